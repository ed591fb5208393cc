"""The news corpus the benchmarks read: every ``news_*/*.jsonl`` under ``../shared/data``."""
from __future__ import annotations

import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "shared", "data")


def load_rows(data: str = DEFAULT_DATA, limit: int | None = None) -> list[dict]:
    """The corpus records (``id, source, url, date, title, text``), in file order."""
    rows = []
    for path in sorted(glob.glob(os.path.join(data, "news_*", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows[:limit] if limit else rows
