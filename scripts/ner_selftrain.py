"""Self-labelled training sentences for the NER CRF: a teacher model tags the unlabelled news and
only the sentences it is sure of, token by token, are kept.

Confidence is the CRF's own: per token, the marginal probability of the Viterbi label
(forward-backward over the decoder's emission and transition scores). A sentence is kept when
every token's marginal reaches ``--min-marginal`` and it has at least one entity; repeats are
dropped. The kept sentences are shuffled (seeded) and written as CoNLL, so ``train_ner.py
--self-train FILE --self-n N`` takes a random N of them.

The teacher must not have seen what is evaluated: for dev runs, the dev-phase CRF
(``train_ner.py --dev-only --save-dev M``, read with its ``M.lexicon.tsv``).

Usage:
  .venv/bin/python scripts/ner_selftrain.py --model M.crfsuite --out news_auto.conll [--limit 20000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

from khabar.entities.tagger import load_decoder, viterbi
from khabar.text import split_sentences, tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news_corpus import news_paragraphs  # noqa: E402  (sibling script)


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def marginals(em: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Per-token label marginals (n, k) of a linear-chain model with scores em (n, k), trans[a, b]."""
    n, k = em.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = em[0]
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, 0) + em[t]
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans + (em[t + 1] + beta[t + 1])[None, :], 1)
    z = _logsumexp(alpha[-1], 0)
    return np.exp(alpha + beta - z)


def confident(dec, toks: list[str], min_marginal: float) -> list[str] | None:
    """The teacher's tags when every token's marginal reaches min_marginal and there is an entity."""
    em = dec.emissions(toks)
    path = viterbi(em, dec.trans)
    if all(dec.labels[j] == "O" for j in path):
        return None
    m = marginals(em, dec.trans)
    if m[np.arange(len(toks)), path].min() < min_marginal:
        return None
    return [dec.labels[j] for j in path]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Self-label news sentences for NER training.")
    ap.add_argument("--model", required=True, help="teacher CRF; its lexicon is MODEL.lexicon.tsv")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-marginal", type=float, default=0.9)
    ap.add_argument("--min-len", type=int, default=5)
    ap.add_argument("--max-len", type=int, default=60)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many kept sentences (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.time()
    side = Path(args.model + ".json")
    domain = json.loads(side.read_text(encoding="utf-8")).get("domain", "") if side.exists() else ""
    lex = args.model + ".lexicon.tsv"
    dec = load_decoder(args.model, None, auto_file=lex if os.path.exists(lex) else "", domain=domain)
    seen: set[tuple[str, ...]] = set()
    kept: list[tuple[list[str], list[str]]] = []
    n_sents = 0
    for para in news_paragraphs(args.data):
        for s, e in split_sentences(para):
            toks = [t.text for t in tokenize(para, s, e)]
            if not args.min_len <= len(toks) <= args.max_len or tuple(toks) in seen:
                continue
            seen.add(tuple(toks))
            n_sents += 1
            tags = confident(dec, toks, args.min_marginal)
            if tags is not None:
                kept.append((toks, tags))
        if args.limit and len(kept) >= args.limit:
            break
    random.Random(args.seed).shuffle(kept)
    with open(args.out, "w", encoding="utf-8") as f:
        for toks, tags in kept:
            f.write("".join(f"{w} {t}\n" for w, t in zip(toks, tags)) + "\n")
    ents = sum(t.startswith("B-") for _, tags in kept for t in tags)
    print(f"{n_sents} distinct news sentences, {len(kept)} kept ({ents} entities, "
          f"{sum(len(t) for t, _ in kept)} tokens) -> {args.out} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
