"""Throughput of `khabar.read` over the news corpus, beside spaCy's blank Arabic tokenizer.

    .venv/bin/python benchmarks/read.py [--data ../shared/data] [--limit N] [--stage-times]

Reads every article of ``news_*/*.jsonl`` (8,807), prints articles/s, words/s, peak RSS, the
number of records and error rows, and, over the same texts in the same run, the throughput of
``spacy.blank("ar")``'s tokenizer and the ratio between the two. With ``--stage-times`` it also
prints the time spent in each pipeline stage. A benchmark, not a test: figures vary by machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from corpus import DEFAULT_DATA, load_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--stage-times", action="store_true")
    args = ap.parse_args()

    from khabar.api import default_pipeline, read_jsonl
    from khabar.pipeline import FunctionStage, Pipeline
    from khabar.text import words

    rows = load_rows(args.data, args.limit)
    if not rows:
        print(f"no articles under {args.data}/news_*/*.jsonl")
        return 1
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    n_words = sum(len(words(r.get("text") or "")) for r in rows)

    pipeline = default_pipeline()
    stage_time: dict[str, float] = defaultdict(float)
    if args.stage_times:
        def timed(st):
            def run(article):
                t = time.process_time()  # CPU time: steady on a machine shared with other jobs
                st(article)
                stage_time[st.name] += time.process_time() - t
            return FunctionStage(st.name, st.requires, st.provides, run)
        pipeline = Pipeline([timed(st) for st in pipeline.stages])

    # warm-up: load resources once so the timing is of reading, not of start-up
    t0 = time.perf_counter()
    list(read_jsonl(lines[:1], pipeline))
    startup = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    ok = bad = 0
    errors: dict[str, int] = defaultdict(int)
    for row in read_jsonl(lines, pipeline):
        if "error" in row:
            bad += 1
            errors[row["error"][:60]] += 1
        else:
            ok += 1
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"khabar read: {len(rows)} articles, {n_words} words")
    print(f"  records {ok}, error rows {bad}" + (f" {dict(errors)}" if errors else ""))
    print(f"  start-up (first article, resources loaded) {startup:.2f} s")
    print(f"  {len(rows) / elapsed:.1f} articles/s, {n_words / elapsed:,.0f} words/s, {elapsed:.1f} s wall")
    print(f"  {len(rows) / cpu:.1f} articles per CPU second, {n_words / cpu:,.0f} words per CPU second "
          f"({cpu:.1f} s CPU)")
    print(f"  peak RSS {rss_mb:.0f} MB")
    if args.stage_times:
        for name, t in sorted(stage_time.items(), key=lambda x: -x[1]):
            print(f"    stage {name:12s} {t:7.2f} s CPU  {1000 * t / len(rows):6.2f} ms/article")

    try:
        import spacy
    except ImportError:
        print("spaCy not installed (pip install '.[bench]'): no comparison")
        return 0
    nlp = spacy.blank("ar")
    texts = [r.get("text") or "" for r in rows]
    t0 = time.perf_counter()
    n_tok = sum(len(doc) for doc in nlp.tokenizer.pipe(texts))
    sp = time.perf_counter() - t0
    print(f'spacy.blank("ar") tokenizer: {len(rows) / sp:.1f} articles/s, {n_words / sp:,.0f} words/s '
          f"({n_tok} tokens), {sp:.1f} s")
    print(f"  ratio khabar/spacy-tokenizer throughput: {sp / elapsed:.3f} "
          f"(khabar runs the whole analysis, spaCy only tokenizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
