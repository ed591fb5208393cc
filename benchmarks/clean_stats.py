"""Cleaning speed and removals over the news corpus (/work/shared/data/news_*/*.jsonl).

    .venv/bin/python benchmarks/clean_stats.py [--data DIR] [--sample N] [--seed S] [--html-repeat K]

Prints articles/s of ``clean_text`` (title hint given, as for a JSONL record), how many articles
had something removed, by reason, how many got a byline/dateline/title line, and a random sample
of removed pieces per reason for a by-eye audit (no story sentence should appear there).
Then the time of ``prepare`` (decode + trafilatura + cleaning) per HTML page of news_html_pages.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import random
import time

from khabar.clean import clean_text, prepare
from khabar.clean.boilerplate import split_lines
from khabar.clean.subheadings import heading_spans


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--sample", type=int, default=6, help="removed pieces shown per reason")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--html-repeat", type=int, default=5, help="runs per HTML page (0: skip)")
    args = ap.parse_args()
    records = []
    for path in sorted(glob.glob(os.path.join(args.data, "news_*", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    if not records:
        raise SystemExit(f"no JSONL articles under {args.data}")
    clean_text("warm-up: تحميل القواعد")  # load rules outside the timing
    t0, c0 = time.perf_counter(), time.process_time()
    results = [clean_text(r.get("text") or "", title_hint=r.get("title")) for r in records]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(r.get("text") or "") for r in records)
    # CPU time is the steadier figure on a shared machine; wall time is printed too.
    print(f"articles: {len(records)}  wall: {elapsed:.2f}s  cpu: {cpu:.2f}s  speed: {len(records) / cpu:.0f} articles/s"
          f" of CPU ({chars / cpu / 1e6:.2f} M chars/s)")

    by_reason: collections.Counter = collections.Counter()
    pieces: dict[str, list] = collections.defaultdict(list)
    by_source: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    touched = byline = dateline = title_line = 0
    for rec, c in zip(records, results):
        reasons = {x.reason for x in c.removed}
        if reasons:
            touched += 1
        for reason in reasons:
            by_reason[reason] += 1
            by_source[reason][rec.get("source")] += 1
        for x in c.removed:
            pieces[x.reason].append((rec.get("source"), x.text))
        byline += c.byline is not None
        dateline += c.dateline is not None
        title_line += len(c.body) < len((rec.get("text") or "").strip()) and bool(rec.get("title")) \
            and (rec.get("text") or "").lstrip().startswith(rec["title"].strip()[:20])
    n = len(records)
    print(f"articles with something removed: {touched} ({100 * touched / n:.1f}%)")
    print(f"byline found: {byline}  dateline found: {dateline}  title line repeated in text: {title_line}")
    print("articles with a removal, by reason (top sources):")
    for reason, count in by_reason.most_common():
        top = ", ".join(f"{s} {k}" for s, k in by_source[reason].most_common(3))
        print(f"  {reason:14s} {count:5d}   [{top}]")
    # Sub-headings glued inside a paragraph are split onto their own line, not removed.
    split_articles = split_count = 0
    for rec in records:
        lines, _ = split_lines(rec.get("text") or "")
        found = sum(len(heading_spans(line)) for line in lines)
        split_articles += found > 0
        split_count += found
    print(f"glued sub-headings put on their own line: {split_count} in {split_articles} articles")
    rng = random.Random(args.seed)
    print(f"\nsample of removed pieces ({args.sample} per reason):")
    for reason in sorted(pieces):
        items = pieces[reason]
        for source, text in rng.sample(items, min(args.sample, len(items))):
            print(f"  [{reason}] {source}: {text[:110]!r}")

    pages = sorted(glob.glob(os.path.join(args.data, "news_html_pages", "*.html")))
    if pages and args.html_repeat > 0:
        prepare(open(pages[0], "rb").read())  # imports trafilatura outside the timing
        print("\nHTML pages (prepare: decode + extract + clean):")
        for page in pages:
            data = open(page, "rb").read()
            c0 = time.process_time()
            for _ in range(args.html_repeat):
                out = prepare(data)
            cpu = (time.process_time() - c0) / args.html_repeat
            print(f"  {os.path.basename(page)}: {len(data) / 1024:.0f} KB  {cpu * 1000:.0f} ms CPU/page"
                  f"  body {len(out.cleaned.body)} chars")


if __name__ == "__main__":
    main()
