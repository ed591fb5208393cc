"""Dev F1 of the CRF x BiLSTM product for a candidate dev-phase CRF, without training a BiLSTM.

``train_ner_nn.py --dev-emissions E.npz`` keeps a dev-phase BiLSTM's dev emissions and CRF
parameters; this script tunes the product (weight, O offset: ``ner_ensemble.tune``) of those with a
dev CRF from ``train_ner.py --dev-only --save-dev M``. Comparing two CRFs against the same saved
BiLSTM runs isolates what the CRF change is worth to the shipped product.

Usage:
  .venv/bin/python scripts/ner_product_dev.py --crf-dev M.crfsuite E1.npz [E2.npz ...]
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np

from khabar.entities.ner_score import read_conll

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_ensemble  # noqa: E402  (sibling script)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Tune the CRF x BiLSTM product on dev from saved emissions.")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--crf-dev", required=True)
    ap.add_argument("emissions", nargs="+", help=".npz files of train_ner_nn.py --dev-emissions")
    args = ap.parse_args(argv)
    train = read_conll(os.path.join(args.data, "anercorp_camellab", "ANERCorp_CamelLab_train.txt"))
    dev = train[int(len(train) * 0.9):]
    f1s = []
    for path in args.emissions:
        z = np.load(path)
        labels = [str(x) for x in z["labels"]]
        em = [z[f"arr_{i}"] for i in range(len(dev))]
        if [len(e) for e in em] != [len(t) for t, _ in dev]:
            ap.error(f"{path}: emissions do not match the dev split")
        print(f"== {path}", flush=True)
        best = ner_ensemble.tune(dev, labels, em, (z["trans"], z["start"], z["end"]), args.crf_dev)
        f1s.append(best["dev_micro_f1_product"])
    print(f"PRODUCT dev micro F1: {' '.join(f'{f:.4f}' for f in f1s)}; mean {sum(f1s) / len(f1s):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
