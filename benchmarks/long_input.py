"""How reading time grows with the length of one input (it should grow linearly).

    .venv/bin/python benchmarks/long_input.py [--data ../shared/data] [--sizes 1,8,32,128]

Builds single inputs by joining N consecutive corpus articles (real text, real quotes), reads each
once with ``khabar.api.read`` and prints words, quotes and CPU seconds, and words per CPU second.
Flat words/s across sizes means no stage is quadratic in the article's length or its number of
quotes (before session 5 the quote finder and the events stage were: a 700 KB input took minutes).
A benchmark, not a test: figures vary by machine.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from corpus import DEFAULT_DATA, load_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--sizes", default="1,8,32,128")
    args = ap.parse_args()
    from khabar.api import read
    from khabar.text import words

    sizes = [int(x) for x in args.sizes.split(",")]
    rows = load_rows(args.data, max(sizes) + 200)
    if not rows:
        print(f"no articles under {args.data}/news_*/*.jsonl")
        return 1
    texts = [r.get("text") or "" for r in rows[200:]]  # past the first outlet's opening rows
    read("عنوان\n\n" + texts[0])  # load models and lexicons outside the timings
    print(f"{'articles':>8} {'words':>8} {'quotes':>7} {'CPU s':>8} {'words/s':>9}")
    for n in sizes:
        body = "\n".join(texts[:n])
        t0 = time.process_time()
        record = read("عنوان\n\n" + body)
        dt = time.process_time() - t0
        nw = len(words(record.body))
        print(f"{n:>8} {nw:>8} {len(record.quotes):>7} {dt:>8.2f} {nw / dt:>9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
