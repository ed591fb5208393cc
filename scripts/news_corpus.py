"""The unlabelled news text the NER scripts learn from: every paragraph of ``news_*/*.jsonl``."""
from __future__ import annotations

import glob
import json
from typing import Iterator


def news_paragraphs(data: str) -> Iterator[str]:
    """Non-empty paragraphs of every record's title and text, in file order."""
    for fn in sorted(glob.glob(f"{data}/news_*/*.jsonl")):
        with open(fn, encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                for field in ("title", "text"):
                    for para in (rec.get(field) or "").split("\n"):
                        if para.strip():
                            yield para
