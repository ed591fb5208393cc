"""Train the khabar NER tagger (a CRF, python-crfsuite) on the ANERcorp CAMeL Lab train split.

Two phases, both by default:
  1. dev: train on the first 90% of train sentences, score the last 10% (all tuning happens here);
  2. final: train on the whole train split, write ``src/khabar/resources/ner/model.crfsuite`` and
     score the test split once (the test file is read for scoring only).

Usage:
  .venv/bin/python scripts/train_ner.py                 # dev + final (writes the model)
  .venv/bin/python scripts/train_ner.py --dev-only      # tuning run, no model written, no test
  .venv/bin/python scripts/train_ner.py --dev-only --drop cluster,gazetteer   # ablation

Learned resources it uses (build them first): resources/ner/clusters.tsv (scripts/ner_clusters.py),
hand-written resources/ner/triggers.tsv and gazetteer.tsv, and the KB if present.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from khabar.entities.ner_features import ALL_GROUPS, Featurizer, load_resources
from khabar.entities.ner_score import format_scores, read_conll, score
from khabar.entities.tagger import _Decoder

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_autolex  # noqa: E402  (sibling script)

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "khabar" / "resources" / "ner" / "model.crfsuite"
AUTO_LEXICON = ROOT / "src" / "khabar" / "resources" / "ner" / "auto_lexicon.tsv"


def train(sents, feat: Featurizer, out: str, c1: float, c2: float, iters: int) -> float:
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(feat.sentence(toks), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters,
                        "feature.possible_transitions": True})
    trainer.train(out)
    return time.time() - t0


def fit(sents, groups: frozenset[str], out: str, args, tmp: str, name: str):
    """Train a model on sents.

    With the ``auto`` group the self-trained lexicon is jackknifed, so the model learns how far
    to trust it on words it has not seen labelled: the training sentences are cut into two
    contiguous halves, a model without ``auto`` is trained on each half and tags the news corpus;
    sentences of one half get the lexicon mined by the other half's model, and the lexicon for
    new text (dev, test, production) sums both models' votes. Nothing here reads the test split.

    Returns (featurizer for new text, lexicon path or "", seconds).
    """
    t0 = time.time()
    use_kb = not args.no_kb and "kb" in groups
    if "auto" not in groups:
        feat = Featurizer(load_resources(use_kb=use_kb, auto_file=""), groups)
        train(sents, feat, out, args.c1, args.c2, args.iters)
        return feat, "", time.time() - t0
    base_groups = groups - {"auto"}
    feat0 = Featurizer(load_resources(use_kb=use_kb, auto_file=""), base_groups)
    half = len(sents) // 2
    folds = [sents[:half], sents[half:]]
    counts = []
    for k, fold in enumerate(folds):
        model_k = os.path.join(tmp, f"{name}.fold{k}.crfsuite")
        train(fold, feat0, model_k, args.c1, args.c2, args.iters)
        counts.append(ner_autolex.count(_Decoder(model_k, feat0), args.data))
        print(f"[{name}] fold {k}: model + corpus tagging at {time.time() - t0:.0f}s")
    paths = []
    for k, c in enumerate(counts):
        p = os.path.join(tmp, f"{name}.lexicon{k}.tsv")
        ner_autolex.write(ner_autolex.lexicon(c), p)
        paths.append(p)
    lex_path = os.path.join(tmp, name + ".lexicon.tsv")
    ner_autolex.write(ner_autolex.lexicon(counts), lex_path)
    # fold 0 sentences see the lexicon of the fold-1 model and vice versa
    feats = [Featurizer(load_resources(use_kb=use_kb, auto_file=paths[1 - k]), groups)
             for k in range(2)]
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, fold in enumerate(folds):
        for toks, tags in fold:
            trainer.append(feats[k].sentence(toks), tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    trainer.train(out)
    feat = Featurizer(load_resources(use_kb=use_kb, auto_file=lex_path), groups)
    return feat, lex_path, time.time() - t0


def evaluate(sents, feat: Featurizer, model: str, o_bias: float = 0.0) -> dict:
    dec = _Decoder(model, feat, o_bias)
    pred = [dec.decode(toks) for toks, _ in sents]
    return score([t for _, t in sents], pred)


def tune_o_bias(sents, feat: Featurizer, model: str) -> tuple[float, dict]:
    """The O-score offset with the best dev micro F1 (ties go to the smaller offset)."""
    best = (0.0, evaluate(sents, feat, model, 0.0))
    for b in (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
        s = evaluate(sents, feat, model, b)
        print(f"  o_bias {b:4.2f}: dev micro F1 {s['micro']['f1']:.4f}")
        if s["micro"]["f1"] > best[1]["micro"]["f1"]:
            best = (b, s)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train the khabar NER CRF.")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--drop", default="", help="comma-separated feature groups to leave out")
    ap.add_argument("--no-kb", action="store_true", help="ignore the knowledge base")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--save-dev", default="", help="also keep the dev-phase model here (error analysis)")
    ap.add_argument("--final-only", type=float, default=None, metavar="O_BIAS",
                    help="skip the dev phase (already run with the same settings) and use this O offset")
    args = ap.parse_args(argv)

    base = os.path.join(args.data, "anercorp_camellab")
    train_sents = read_conll(os.path.join(base, "ANERCorp_CamelLab_train.txt"))
    groups = frozenset(ALL_GROUPS - {g for g in args.drop.split(",") if g})
    print(f"groups: {','.join(sorted(groups))}  c1={args.c1} c2={args.c2} iters={args.iters}")

    cut = int(len(train_sents) * (1 - args.dev_frac))
    with tempfile.TemporaryDirectory() as tmp:
        if args.final_only is not None:
            return final(train_sents, groups, args, tmp, args.final_only, None)
        dev_model = os.path.join(tmp, "dev.crfsuite")
        feat, _, secs = fit(train_sents[:cut], groups, dev_model, args, tmp, "dev")
        dev = evaluate(train_sents[cut:], feat, dev_model)
        if args.save_dev:
            shutil.copy(dev_model, args.save_dev)
            if feat.res.auto:
                ner_autolex.write(feat.res.auto, args.save_dev + ".lexicon.tsv")
        print(f"DEV ({len(train_sents) - cut} sentences, trained in {secs:.0f}s)")
        print(format_scores(dev))
        o_bias, dev_b = tune_o_bias(train_sents[cut:], feat, dev_model)
        print(f"DEV with o_bias {o_bias}")
        print(format_scores(dev_b))
        if args.dev_only:
            return 0

        return final(train_sents, groups, args, tmp, o_bias, dev_b)


def final(train_sents, groups, args, tmp: str, o_bias: float, dev_b: dict | None) -> int:
    """Train on the whole train split, write the model and its settings, score the test split."""
    base = os.path.join(args.data, "anercorp_camellab")
    feat, lex_path, secs = fit(train_sents, groups, args.out, args, tmp, "final")
    if lex_path:
        shutil.copy(lex_path, AUTO_LEXICON)
    size = os.path.getsize(args.out) / 1e6
    print(f"model: {args.out} ({size:.1f} MB, trained in {secs:.0f}s)")
    test_sents = read_conll(os.path.join(base, "ANERCorp_CamelLab_test.txt"))
    test = evaluate(test_sents, feat, args.out, o_bias)
    print(f"TEST ({len(test_sents)} sentences)")
    print(format_scores(test))
    meta = {"groups": sorted(groups), "o_bias": o_bias, "c1": args.c1, "c2": args.c2, "iters": args.iters,
            "trained": time.strftime("%Y-%m-%d"),
            "dev_micro_f1": round(dev_b["micro"]["f1"], 4) if dev_b else None,
            "test_micro_f1": round(test["micro"]["f1"], 4)}
    meta_path = Path(args.out).with_suffix(".json")
    if meta_path.exists():  # keep what train_ner_nn.py wrote (the neural half and its settings)
        old = json.loads(meta_path.read_text(encoding="utf-8"))
        meta = {**{k: v for k, v in old.items() if k == "neural"}, **meta}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
