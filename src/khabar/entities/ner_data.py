"""Labelled data besides ANERcorp for the NER scripts: the AQMAR Wikipedia corpus and its halves.

AQMAR (28 Wikipedia articles, IOB2 with PER/LOC/ORG and four article-specific MIS classes) is the
out-of-domain check of ``benchmarks/ner.py`` and may also be extra training data
(``scripts/train_ner.py --aqmar``). So that the check stays honest, the corpus is split by
document: the articles at even positions of the sorted file list are the training half ("A"),
the others ("B") are only ever scored. Training-time code reads these helpers, never a file list
of its own, so both sides agree on the split.
"""
from __future__ import annotations

import glob
import os

from .ner_score import read_conll

AQMAR_DIR = "aqmar_wikipedia_ner"


def aqmar_tag(tag: str) -> str:
    """AQMAR's IOB2 tags to ANERcorp's set: PER→PERS, MIS0..3→MISC; stray tags become O."""
    tag = tag.strip("`").strip()
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    typ = tag[2:].strip("-").upper()
    if typ.startswith("PER"):
        return tag[0] + "-PERS"
    if typ.startswith("LOC"):
        return tag[0] + "-LOC"
    if typ.startswith("ORG"):
        return tag[0] + "-ORG"
    if typ.startswith("MIS"):
        return tag[0] + "-MISC"
    return "O"


def aqmar_files(data: str, half: str = "") -> list[str]:
    """Article files of AQMAR under ``data``: all ("") or one half by document ("A" even, "B" odd)."""
    files = sorted(glob.glob(os.path.join(data, AQMAR_DIR, "articles", "*.txt")))
    if half == "A":
        return files[0::2]
    if half == "B":
        return files[1::2]
    if half:
        raise ValueError(f"AQMAR half must be 'A', 'B' or '': {half!r}")
    return files


def read_aqmar(data: str, half: str = "") -> list[list[tuple[list[str], list[str]]]]:
    """Sentences (tokens, ANERcorp tags) per article, for the articles of ``aqmar_files``."""
    return [read_conll(f, tag_map=aqmar_tag) for f in aqmar_files(data, half)]
