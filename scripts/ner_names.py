"""Write the person-name-part list of the NER tagger from the names-dataset package (PyPI, Apache-2.0).

names-dataset (v3) holds first and last names with their popularity rank per country, counted from
public profiles. Its Arabic-script entries give the tagger what ANERcorp's few thousand names cannot:
how often a word is used as a given name or a family name across Arab countries. The list is noisy
(profiles also hold everyday words), so each word keeps only a coarse rank class and the tagger
learns how far to trust each class next to the word's own news frequency.

Output ``src/khabar/resources/ner/name_parts.tsv``: folded word <TAB> classes (``F1``..``F3`` for
given names, ``L1``..``L3`` for family names; 1 = among the most common). Build-time only:
  .venv/bin/pip install names-dataset==3.3.1
  .venv/bin/python scripts/ner_names.py
"""
from __future__ import annotations

import gzip
import pickle
import re
import sys
from importlib import util
from pathlib import Path

from khabar.text import fold

OUT = Path(__file__).resolve().parents[1] / "src" / "khabar" / "resources" / "ner" / "name_parts.tsv"
ARABIC_WORD = re.compile("^[\u0621-\u064a]{2,}$")
# rank thresholds of the classes: 1 = top 300 in some country, 2 = top 3,000, 3 = top 15,000
CLASS_LIMITS = (300, 3000, 15000)


def rank_class(ranks: dict) -> int:
    best = min((r for r in ranks.values() if r), default=0)
    if not best:
        return 0
    for cls, limit in enumerate(CLASS_LIMITS, 1):
        if best <= limit:
            return cls
    return 0


def main() -> int:
    spec = util.find_spec("names_dataset")
    if spec is None or not spec.submodule_search_locations:
        print("names-dataset is not installed: .venv/bin/pip install names-dataset==3.3.1", file=sys.stderr)
        return 2
    base = Path(list(spec.submodule_search_locations)[0]) / "v3"
    classes: dict[str, set[str]] = {}
    for letter, fname in (("F", "first_names.pkl.gz"), ("L", "last_names.pkl.gz")):
        with gzip.open(base / fname) as f:
            table = pickle.load(f)  # the package's own data format (trusted, installed from PyPI)
        for word, info in table.items():
            if not ARABIC_WORD.match(word):
                continue
            cls = rank_class(info.get("rank") or {})
            if cls:
                classes.setdefault(fold(word).lower(), set()).add(f"{letter}{cls}")
    rows = [f"{w}\t{','.join(sorted(c))}" for w, c in sorted(classes.items())]
    OUT.write_text("# word\tname classes (scripts/ner_names.py, from names-dataset 3.3.1)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
