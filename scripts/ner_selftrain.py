"""Self-labelled training sentences for the NER CRF: a teacher model tags the unlabelled news and
only the sentences it is sure of, token by token, are kept.

Confidence is the CRF's own: per token, the marginal probability of the Viterbi label
(forward-backward over the decoder's emission and transition scores). A sentence is kept when
every token's marginal reaches ``--min-marginal`` and it has at least one entity; repeats are
dropped. The kept sentences are shuffled (seeded) and written as CoNLL, so ``train_ner.py
--self-train FILE --self-n N`` takes a random N of them.

The teacher must not have seen what is evaluated: for dev runs, the dev-phase CRF
(``train_ner.py --dev-only --save-dev M``, read with its ``M.lexicon.tsv``).

The teacher can also be the CRF x BiLSTM product (``--model-dir DIR``, a model directory as
``tagger.use_model_dir`` reads it), whose marginals come from the summed chain scores.

Usage:
  .venv/bin/python scripts/ner_selftrain.py --model M.crfsuite --out news_auto.conll [--limit 20000]
  .venv/bin/python scripts/ner_selftrain.py --model-dir DIR --out news_auto.conll
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

from khabar.entities import tagger
from khabar.entities.tagger import load_decoder, viterbi_many
from khabar.text import split_sentences, tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news_corpus import news_paragraphs  # noqa: E402  (sibling script)


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def marginals(em: np.ndarray, trans: np.ndarray, start: np.ndarray | None = None,
              end: np.ndarray | None = None) -> np.ndarray:
    """Per-token label marginals (n, k) of a linear-chain model with scores em (n, k), trans[a, b]
    and optional start / end scores."""
    n, k = em.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = em[0] + (start if start is not None else 0.0)
    if end is not None:
        beta[-1] = end
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans, 0) + em[t]
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans + (em[t + 1] + beta[t + 1])[None, :], 1)
    z = _logsumexp(alpha[-1] + beta[-1], 0)
    return np.exp(alpha + beta - z)


class Teacher:
    """Chain scores of a teacher for a batch of sentences: a CRF decoder (``tagger._Decoder``) or
    the CRF x BiLSTM product (``tagger._Ensemble``, the shipped tagger's form, without the
    text-level propagation rules, which would break the per-token confidence)."""

    def __init__(self, dec):
        self.dec = dec
        self.labels = dec.labels
        self.trans = np.asarray(dec.trans)
        self.start = getattr(dec, "start", None)
        self.end = getattr(dec, "end", None)

    def emissions(self, sents: list[list[str]]) -> list[np.ndarray]:
        dec = self.dec
        if not hasattr(dec, "neural"):
            return [dec.emissions(toks) for toks in sents]
        neural = dec.neural.emissions(sents)
        return [dec.crf.emissions(toks) + dec.weight * nem[:, dec._order] for toks, nem in zip(sents, neural)]

    def label(self, sents: list[list[str]], min_marginal: float) -> list[tuple[list[str], float] | None]:
        """(the teacher's tags, the lowest token marginal of its path) for each sentence where
        every token's marginal reaches min_marginal and there is an entity, else None."""
        ems = self.emissions(sents)
        paths = viterbi_many(ems, self.trans, self.start, self.end)
        o = self.labels.index("O")
        out: list[tuple[list[str], float] | None] = []
        for em, path in zip(ems, paths):
            if all(j == o for j in path):
                out.append(None)
                continue
            m = marginals(em, self.trans, self.start, self.end)
            low = float(m[np.arange(len(path)), path].min())
            out.append(([self.labels[j] for j in path], low) if low >= min_marginal else None)
        return out


def load_teacher(model: str, model_dir: str) -> Teacher:
    """``--model M.crfsuite`` (with M.lexicon.tsv, M.json) or ``--model-dir DIR`` (a tagger model
    directory: model.crfsuite, auto_lexicon.tsv, model.json and the BiLSTM file it names)."""
    if model_dir:
        tagger.use_model_dir(model_dir)
        return Teacher(tagger._decoder())
    side = Path(model + ".json")
    domain = json.loads(side.read_text(encoding="utf-8")).get("domain", "") if side.exists() else ""
    lex = model + ".lexicon.tsv"
    return Teacher(load_decoder(model, None, auto_file=lex if os.path.exists(lex) else "", domain=domain))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Self-label news sentences for NER training.")
    ap.add_argument("--model", default="", help="teacher CRF; its lexicon is MODEL.lexicon.tsv")
    ap.add_argument("--model-dir", default="",
                    help="teacher = the CRF x BiLSTM product of this model directory (see load_teacher)")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-marginal", type=float, default=0.9)
    ap.add_argument("--min-len", type=int, default=5)
    ap.add_argument("--max-len", type=int, default=60)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many kept sentences (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if bool(args.model) == bool(args.model_dir):
        ap.error("give one of --model and --model-dir")
    t0 = time.time()
    teacher = load_teacher(args.model, args.model_dir)
    seen: set[tuple[str, ...]] = set()
    kept: list[tuple[list[str], list[str], float]] = []
    n_sents = 0
    batch: list[list[str]] = []

    def flush() -> None:
        for toks, got in zip(batch, teacher.label(batch, args.min_marginal)):
            if got is not None:
                kept.append((toks, *got))
        batch.clear()

    for para in news_paragraphs(args.data):
        for s, e in split_sentences(para):
            toks = [t.text for t in tokenize(para, s, e)]
            if not args.min_len <= len(toks) <= args.max_len or tuple(toks) in seen:
                continue
            seen.add(tuple(toks))
            n_sents += 1
            batch.append(toks)
        if len(batch) >= 512:
            flush()
            if args.limit and len(kept) >= args.limit:
                break
    if batch:
        flush()
    random.Random(args.seed).shuffle(kept)
    # the product's marginals are sharper than the CRF's (two models' scores add up), so the
    # sentence's lowest marginal goes to OUT.conf, line by line: a stricter cut needs no retagging
    with open(args.out, "w", encoding="utf-8") as f, open(args.out + ".conf", "w", encoding="utf-8") as fc:
        for toks, tags, low in kept:
            f.write("".join(f"{w} {t}\n" for w, t in zip(toks, tags)) + "\n")
            fc.write(f"{low:.6f}\n")
    ents = sum(t.startswith("B-") for _, tags, _ in kept for t in tags)
    print(f"{n_sents} distinct news sentences, {len(kept)} kept ({ents} entities, "
          f"{sum(len(t) for t, _, _ in kept)} tokens) -> {args.out} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
