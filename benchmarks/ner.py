"""NER benchmark: exact-span F1 on ANERcorp test and AQMAR (out of domain), and tagging speed.

Usage: .venv/bin/python benchmarks/ner.py [--data /work/shared/data] [--model-dir DIR]

The test file is tagged as running text (``tag_sentences``: entities propagate to repeats within
20 sentences); the figure without propagation is printed too. Scores follow conlleval (``khabar.entities.ner_score``): a predicted entity counts only when its
type and both token boundaries match. Speed is measured single-threaded over the ANERcorp test
tokens, first with cold caches (every word type featurised once) and then warm. When the BiLSTM
half is shipped, the CRF alone is scored too.

AQMAR is scored whole and on its half B (odd articles of the sorted list, ``ner_data``); a model
trained on half A (model.json ``aqmar_train_half``) is scored on half B only.
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core, as the target is stated: set before NumPy loads

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from khabar.entities import tagger  # noqa: E402
from khabar.entities.ner_data import aqmar_files, aqmar_tag  # noqa: E402,F401  (aqmar_tag: old import path)
from khabar.entities.ner_score import format_scores, read_conll, score  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="khabar NER benchmark")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--model-dir", default=None,
                    help="take model.crfsuite / model.json / the BiLSTM .npz from here where present "
                         "(a candidate model, before it is shipped)")
    args = ap.parse_args(argv)
    if args.model_dir:
        tagger.use_model_dir(args.model_dir)

    test_path = os.path.join(args.data, "anercorp_camellab", "ANERCorp_CamelLab_test.txt")
    test = read_conll(test_path)
    ntok = sum(len(t) for t, _ in test)

    t0 = time.perf_counter()
    tagger._decoder()
    load = time.perf_counter() - t0
    sents = [toks for toks, _ in test]
    def timed(fn):
        """(result, wall seconds, CPU seconds of this process): on a machine shared with other
        jobs the CPU time is the steadier measure of one core's throughput."""
        w0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        return out, time.perf_counter() - w0, time.process_time() - c0

    pred, cold, cold_cpu = timed(lambda: tagger.tag_sentences(sents))
    _, warm, warm_cpu = timed(lambda: tagger.tag_sentences(sents))
    alone, warm_alone, alone_cpu = timed(lambda: tagger.tag_sentences(sents, window=0))

    print(f"ANERcorp test: {len(test)} sentences, {ntok} tokens")
    print(format_scores(score([g for _, g in test], pred)))
    m = score([g for _, g in test], alone)["micro"]
    print(f"without in-text propagation (window=0): P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}")
    dec = tagger._decoder()
    if isinstance(dec, tagger._Ensemble):
        for name, half in (("CRF", dec.crf.decode_many), ("BiLSTM", dec.neural_decode_many)):
            m = score([g for _, g in test], half(sents))["micro"]
            print(f"{name} half alone (window=0): P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}")
    print(f"\nmodel load: {load:.2f}s")
    print(f"speed (cold caches): {ntok / cold:,.0f} words/s wall, {ntok / cold_cpu:,.0f} per CPU second")
    print(f"speed (warm caches): {ntok / warm:,.0f} words/s wall, {ntok / warm_cpu:,.0f} per CPU second")
    print(f"speed (warm, no propagation): {ntok / warm_alone:,.0f} words/s wall, "
          f"{ntok / alone_cpu:,.0f} per CPU second")

    # A model trained on one half of AQMAR (by document, model.json "aqmar_train_half") is checked
    # on the other half only; otherwise the whole corpus is scored, and the held-out half B too,
    # so figures before and after such a model compare on the same articles.
    half = _meta().get("aqmar_train_half", "")
    checks = [("B", "half B (articles the model did not train on)")] if half else \
        [("", "all 28 articles"), ("B", "half B only")]
    for which, what in checks:
        files = aqmar_files(args.data, which)
        if files:
            aqmar(files, what)
    return 0


def _meta() -> dict:
    p = tagger._model_path(tagger.META_FILE)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def aqmar(files: list[str], what: str) -> None:
    sents = [s for f in files for s in read_conll(f, tag_map=aqmar_tag)]
    gold = [g for _, g in sents]
    pred = []
    for f in files:  # one article at a time: propagation stays inside an article
        pred += tagger.tag_sentences([t for t, _ in read_conll(f)])
    print(f"\nAQMAR (Wikipedia, out of domain), {what}: {len(sents)} sentences, "
          f"{sum(len(g) for g in gold)} tokens; MIS0-3 mapped to MISC")
    print(format_scores(score(gold, pred)))
    drop = lambda seq: [["O" if t.endswith("MISC") else t for t in s] for s in seq]  # noqa: E731
    s3 = score(drop(gold), drop(pred))["micro"]
    print(f"AQMAR PERS/LOC/ORG only: P {s3['p']:.3f} R {s3['r']:.3f} F1 {s3['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
