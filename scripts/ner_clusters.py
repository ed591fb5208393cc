"""Learn word clusters for the NER tagger from unlabelled Arabic news (PPMI + SVD + k-means).

Reads every ``text`` and ``title`` in /work/shared/data/news_*/*.jsonl plus the tokens of the ANERcorp
*train* split (never the test split), folds them with ``khabar.text.fold`` and writes
``src/khabar/resources/ner/clusters.tsv``: ``word<TAB>log2 count<TAB>c1<TAB>c2...``, one cluster id per
granularity. Clusters group words that occur in the same contexts (names with names, cities with
cities), which lets the tagger generalise from the few thousand names of its training data to the
hundred thousand words of the news corpus.

Usage: .venv/bin/python scripts/ner_clusters.py [--data /work/shared/data] [--dim 200] [--min-count 3]
Single process; set OPENBLAS_NUM_THREADS=1 to keep it to one core.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.text import fold
from khabar.text.tokenize import _TOKEN_RE
from news_corpus import news_paragraphs  # scripts/ is on sys.path

OUT = Path(__file__).resolve().parents[1] / "src" / "khabar" / "resources" / "ner" / "clusters.tsv"
OFFSETS = (-2, -1, 1, 2)


def corpus_sentences(data: str):
    """Folded token lists: one per line of news text, one per ANERcorp train sentence."""
    for para in news_paragraphs(data):
        toks = [fold(m.group()).lower() for m in _TOKEN_RE.finditer(para)]
        toks = [t for t in toks if t]
        if toks:
            yield toks
    sent: list[str] = []
    with open(f"{data}/anercorp_camellab/ANERCorp_CamelLab_train.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                sent = []
                continue
            t = fold(parts[0]).lower()
            if t:
                sent.append(t)
    if sent:
        yield sent


def randomized_svd(rows, cols, vals, shape, k, n_iter=2, chunk=4000, seed=0):
    """Truncated SVD of a sparse COO matrix (rows sorted) by the randomised range finder.

    The matrix is materialised densely one block of rows at a time, so memory stays bounded
    without needing scipy.
    """
    n, m = shape
    rng = np.random.default_rng(seed)
    bounds = np.searchsorted(rows, np.arange(0, n + chunk, chunk))

    def blocks():
        for b in range(len(bounds) - 1):
            lo, hi = bounds[b], bounds[b + 1]
            r0 = b * chunk
            r1 = min(n, r0 + chunk)
            if r0 >= n:
                break
            d = np.zeros((r1 - r0, m), dtype=np.float32)
            d[rows[lo:hi] - r0, cols[lo:hi]] = vals[lo:hi]
            yield r0, r1, d

    def a_times(x):
        y = np.empty((n, x.shape[1]), dtype=np.float32)
        for r0, r1, d in blocks():
            y[r0:r1] = d @ x
        return y

    def at_times(y):
        z = np.zeros((m, y.shape[1]), dtype=np.float32)
        for r0, r1, d in blocks():
            z += d.T @ y[r0:r1]
        return z

    p = k + 20
    q = a_times(rng.standard_normal((m, p)).astype(np.float32))
    q, _ = np.linalg.qr(q)
    for _ in range(n_iter):
        z, _ = np.linalg.qr(at_times(q))
        q, _ = np.linalg.qr(a_times(z))
    b = at_times(q).T  # p x m  ==  q.T @ A
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub
    return u[:, :k], s[:k]


def kmeans(x, k, iters=15, seed=0):
    """Spherical k-means (rows of x are unit vectors); returns the cluster of each row."""
    rng = np.random.default_rng(seed)
    # frequent words first in x: seed centroids from the first rows to avoid empty rare clusters
    cent = x[rng.choice(min(len(x), k * 20), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        for lo in range(0, len(x), 20000):
            assign[lo:lo + 20000] = np.argmax(x[lo:lo + 20000] @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        cent = np.where(empty[:, None], cent, sums / np.maximum(norms, 1e-9))
    return assign


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--dim", type=int, default=200)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=6000, help="context words per offset")
    ap.add_argument("--ks", default="64,256,1024,4096")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    t0 = time.time()
    sents = list(corpus_sentences(args.data))
    counts = Counter(t for s in sents for t in s)
    ntok = sum(counts.values())
    print(f"corpus: {len(sents)} lines, {ntok} tokens, {len(counts)} types ({time.time()-t0:.0f}s)")
    vocab = [w for w, c in counts.most_common() if c >= args.min_count]
    wid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(w for w, _ in counts.most_common(args.contexts))}
    nctx = len(ctx)
    # co-occurrence codes: row * (4 * nctx) + offset_index * nctx + context id
    width = len(OFFSETS) * nctx
    codes = []
    for s in sents:
        ids = [wid.get(t, -1) for t in s]
        cids = [ctx.get(t, -1) for t in s]
        n = len(s)
        for i in range(n):
            r = ids[i]
            if r < 0:
                continue
            base = r * width
            for oi, off in enumerate(OFFSETS):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    codes.append(base + oi * nctx + cids[j])
    codes = np.asarray(codes, dtype=np.int64)
    uniq, cnt = np.unique(codes, return_counts=True)
    del codes
    rows = (uniq // width).astype(np.int64)
    cols = (uniq % width).astype(np.int64)
    cnt = cnt.astype(np.float64)
    print(f"pairs: {len(uniq)} nonzero, rows {len(vocab)}, cols {width} ({time.time()-t0:.0f}s)")
    # PPMI with context-distribution smoothing (alpha 0.75)
    row_sum = np.bincount(rows, weights=cnt, minlength=len(vocab))
    col_sum = np.bincount(cols, weights=cnt, minlength=width) ** 0.75
    col_p = col_sum / col_sum.sum()
    pmi = np.log(cnt / row_sum[rows]) - np.log(col_p[cols])
    keep = pmi > 0
    rows, cols, vals = rows[keep], cols[keep], pmi[keep].astype(np.float32)
    u, s = randomized_svd(rows, cols, vals, (len(vocab), width), args.dim)
    emb = u * np.sqrt(s)[None, :]
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    emb = emb.astype(np.float32)
    print(f"svd done ({time.time()-t0:.0f}s)")
    ks = [int(k) for k in args.ks.split(",")]
    assigns = []
    for k in ks:
        assigns.append(kmeans(emb, k))
        print(f"k-means {k} done ({time.time()-t0:.0f}s)")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# word\tlog2count\t" + "\t".join(f"k{k}" for k in ks) + "\n")
        for i, w in enumerate(vocab):
            f.write(w + "\t" + str(int(math.log2(counts[w]))) + "\t"
                    + "\t".join(str(int(a[i])) for a in assigns) + "\n")
    print(f"wrote {args.out}: {len(vocab)} words ({time.time()-t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
