"""Dev-split scoring and tuning of the CRF x BiLSTM product (used by train_ner_nn.py)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from khabar.entities.ner_score import format_scores, score
from khabar.entities.tagger import load_decoder, viterbi

WEIGHTS = (0.5, 0.75, 1.0, 1.5, 2.0)
O_BIASES = (0.0, 0.25, 0.5, 0.75, 1.0)


def evaluate(sents, labels, neural_em, trans, start, end) -> dict:
    """Micro/per-type scores of the BiLSTM-CRF alone (emissions given, labels in their order)."""
    pred = [[labels[j] for j in viterbi(em, trans, start, end)] for em in neural_em]
    return score([t for _, t in sents], pred)


def tune(sents, labels, neural_em, neural_crf, crf_path: str) -> dict:
    """Weight of the neural scores and O offset of the product with the dev-phase CRF."""
    # the dev CRF is trained by train_ner.py with every feature group; its sidecar .json (written
    # by --save-dev) names the domain prefix of a domain-adapted model
    side = Path(crf_path + ".json")
    domain = json.loads(side.read_text(encoding="utf-8")).get("domain", "") if side.exists() else ""
    crf = load_decoder(crf_path, None, auto_file=crf_path + ".lexicon.tsv", domain=domain)
    order = [labels.index(lab) for lab in crf.labels]
    trans, start, end = (np.asarray(a) for a in neural_crf)
    crf_em = [crf.emissions(toks) for toks, _ in sents]
    o = crf.labels.index("O")
    gold = [t for _, t in sents]
    best = (-1.0, {})
    for w in WEIGHTS:
        tr = crf.trans + w * trans[np.ix_(order, order)]
        st, en = w * start[order], w * end[order]
        for b in O_BIASES:
            pred = []
            for cem, nem in zip(crf_em, neural_em):
                em = cem + w * nem[:, order]
                em[:, o] -= b
                pred.append([crf.labels[j] for j in viterbi(em, tr, st, en)])
            s = score(gold, pred)
            f1 = s["micro"]["f1"]
            print(f"  weight {w:4.2f} o_bias {b:4.2f}: dev micro F1 {f1:.4f}", flush=True)
            if f1 > best[0]:
                best = (f1, {"weight": w, "o_bias": b, "dev_micro_f1_product": round(f1, 4)}, s)
    print("DEV, product with the CRF:", best[1])
    print(format_scores(best[2]))
    return best[1]
