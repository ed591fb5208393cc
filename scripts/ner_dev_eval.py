"""Dev F1 of a dev-phase CRF as the tagger runs it: running text, in-text propagation, decoding rules.

``train_ner.py --dev-only`` scores the dev split sentence by sentence; the shipped tagger tags a
text as a whole (``tagger.tag_sentences``: surname and repeat propagation, split at و, theophoric
names). This script puts a dev CRF (``--save-dev M``: M, M.lexicon.tsv, M.json) in a scratch model
directory and scores the dev split through ``tag_sentences``, at the O offset given or at each of
train_ner.py's offsets.

Usage:
  .venv/bin/python scripts/ner_dev_eval.py M.crfsuite [--o-bias 0.25]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from khabar.entities import tagger
from khabar.entities.ner_data import read_aqmar
from khabar.entities.ner_features import ALL_GROUPS
from khabar.entities.ner_score import format_scores, read_conll, score

O_BIASES = (0.0, 0.25, 0.5, 0.75, 1.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Dev F1 of a dev CRF with the tagger's decoding rules.")
    ap.add_argument("model")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--o-bias", type=float, default=None, help="one offset (default: try several)")
    ap.add_argument("--aqmar", action="store_true",
                    help="also score AQMAR's held-out half B (PERS/LOC/ORG) at the best offset")
    args = ap.parse_args(argv)
    train = read_conll(os.path.join(args.data, "anercorp_camellab", "ANERCorp_CamelLab_train.txt"))
    dev = train[int(len(train) * 0.9):]
    side = Path(args.model + ".json")
    domain = json.loads(side.read_text(encoding="utf-8")).get("domain", "") if side.exists() else ""
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(args.model, os.path.join(tmp, "model.crfsuite"))
        if os.path.exists(args.model + ".lexicon.tsv"):
            shutil.copy(args.model + ".lexicon.tsv", os.path.join(tmp, "auto_lexicon.tsv"))
        for b in ([args.o_bias] if args.o_bias is not None else O_BIASES):
            meta = {"groups": sorted(ALL_GROUPS), "o_bias": b, "domain": domain}
            Path(tmp, "model.json").write_text(json.dumps(meta), encoding="utf-8")
            tagger.use_model_dir(tmp)
            s = score([g for _, g in dev], tagger.tag_sentences([t for t, _ in dev]))
            print(f"  o_bias {b:4.2f}: dev micro F1 with propagation {s['micro']['f1']:.4f}", flush=True)
            if best is None or s["micro"]["f1"] > best[1]["micro"]["f1"]:
                best = (b, s)
        if args.aqmar:
            meta["o_bias"] = best[0]
            Path(tmp, "model.json").write_text(json.dumps(meta), encoding="utf-8")
            tagger.use_model_dir(tmp)
            docs = read_aqmar(args.data, "B")
            gold = [g for d in docs for _, g in d]
            pred = [t for d in docs for t in tagger.tag_sentences([toks for toks, _ in d])]
            drop = lambda seq: [["O" if t.endswith("MISC") else t for t in s] for s in seq]  # noqa: E731
            m = score(drop(gold), drop(pred))["micro"]
            print(f"AQMAR half B, PERS/LOC/ORG: P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}")
        tagger.use_model_dir(None)
    print(f"DEV with propagation, o_bias {best[0]}")
    print(format_scores(best[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
