"""CoNLL reading and exact-span scoring for the NER tagger (conlleval chunk rules).

Chunks follow conlleval: a chunk starts at ``B-X``, or at ``I-X`` after ``O`` or after a tag of
another type; it ends before ``O``, before any ``B-``, or before a tag of another type. A predicted
chunk counts only if type, start and end all match a gold chunk.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable


def read_conll(path: str, tag_map=None) -> list[tuple[list[str], list[str]]]:
    """Sentences of ``token tag`` lines (blank line between sentences); tags mapped by tag_map."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                continue
            tok = parts[0]
            tag = parts[-1] if len(parts) > 1 else "O"
            toks.append(tok)
            tags.append(tag_map(tag) if tag_map else tag)
    if toks:
        sents.append((toks, tags))
    return sents


def _split(tag: str) -> tuple[str, str]:
    if tag == "O" or "-" not in tag:
        return "O", ""
    prefix, _, typ = tag.partition("-")
    return prefix, typ


def chunks(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans, end exclusive."""
    out = []
    start, cur = -1, ""
    i = -1
    for i, tag in enumerate(tags):
        prefix, typ = _split(tag)
        if cur and (prefix in ("O", "B") or typ != cur):
            out.append((start, i, cur))
            cur = ""
        if prefix in ("B", "I") and not cur:
            start, cur = i, typ
    if cur:
        out.append((start, i + 1, cur))
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and micro precision/recall/F1 over sentences of tags."""
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for g, p in zip(gold, pred):
        gs = set(chunks(g))
        ps = set(chunks(p))
        for c in gs:
            n_gold[c[2]] += 1
        for c in ps:
            n_pred[c[2]] += 1
            if c in gs:
                tp[c[2]] += 1
    out = {}
    for typ in sorted(set(n_gold) | set(n_pred)) + ["micro"]:
        if typ == "micro":
            t, ng, np_ = sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())
        else:
            t, ng, np_ = tp[typ], n_gold[typ], n_pred[typ]
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[typ] = {"p": p, "r": r, "f1": f, "gold": ng, "pred": np_}
    return out


def format_scores(s: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for typ, v in s.items():
        lines.append(f"{typ:6} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['gold']:6d} {v['pred']:6d}")
    return "\n".join(lines)
