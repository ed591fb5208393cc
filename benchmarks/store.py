"""The corpus store: ingest throughput (analysis and storage apart), size, and query latencies.

    .venv/bin/python benchmarks/store.py [--data ../shared/data] [--limit 2000] [--workers 1]
                                         [--db PATH] [--repeat 20]

Ingests the first N articles of ``news_*/*.jsonl`` into a fresh store, printing articles/s for the
analysis (the khabar pipeline) and for storage separately, then stores the same records again
from their JSON (storage alone, no analysis), prints the file size, and times typical queries
(full text, quotes of a speaker, events between two countries, articles of an entity): median
and 95th percentile over ``--repeat`` runs. A benchmark, not a test: figures vary by machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from corpus import DEFAULT_DATA, load_rows  # noqa: E402


def _size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _time(fn, repeat: int) -> tuple[float, float, int]:
    runs, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = len(fn())
        runs.append((time.perf_counter() - t) * 1000)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, int(len(runs) * 0.95))], n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", help="store path (default: a temporary file, removed at the end)")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    from khabar.store import ingest, open_store, query
    from khabar.store.ingest import ingest_tasks

    rows = load_rows(args.data, args.limit)
    if not rows:
        print(f"no articles under {args.data}/news_*/*.jsonl")
        return 1
    tmp = tempfile.mkdtemp(prefix="khabar-store-")
    db = args.db or os.path.join(tmp, "corpus.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)

    tasks = [("corpus", n, "news", row) for n, row in enumerate(rows, 1)]
    rep = ingest_tasks(db, tasks, workers=args.workers)
    n = rep.stored + rep.errors
    print(f"articles: {len(rows)} ({rep.stored} stored, {rep.errors} errors), workers {args.workers}")
    print(f"ingest: {rep.elapsed:.1f}s, {n / rep.elapsed:.1f} articles/s overall")
    print(f"  analysis: {rep.analysis_seconds:.1f}s ({n / max(rep.analysis_seconds, 1e-9):.1f} articles/s)")
    print(f"  storage:  {rep.storage_seconds:.2f}s ({n / max(rep.storage_seconds, 1e-9):.0f} articles/s)")

    con = open_store(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = query.stats(con)
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"db size: {_size(db) / 1e6:.1f} MB ({_size(db) / max(1, rep.stored) / 1e3:.1f} kB/article; "
          f"corpus text {sum(len(r.get('text') or '') for r in rows) * 2 / 1e6:.1f} MB as UTF-8 approx.)")

    # Storage alone: the same records again, already analysed, into a second store.
    records = os.path.join(tmp, "records.jsonl")
    with open(records, "w", encoding="utf-8") as f:
        for (aid,) in con.execute("SELECT id FROM articles"):
            f.write(json.dumps(query.get_article(con, aid), ensure_ascii=False) + "\n")
    rep2 = ingest(os.path.join(tmp, "copy.db"), [records])
    print(f"store analysed records: {rep2.stored} in {rep2.elapsed:.2f}s "
          f"({rep2.stored / rep2.elapsed:.0f} records/s, incl. JSON parsing)")
    rep3 = ingest(os.path.join(tmp, "copy.db"), [records])
    print(f"re-ingest same records (replace): {rep3.replaced} replaced in {rep3.elapsed:.2f}s")

    # Query latencies over the store, with the corpus's own most frequent speaker and countries.
    speaker = (query.top_speakers(con, 1) or [{"key": "per:vladimir_putin"}])[0]["key"]
    pair = con.execute(
        "SELECT n0.country, n1.country, COUNT(*) c FROM event_roles r0 "
        "JOIN entities n0 ON n0.pk = r0.entity_pk JOIN event_roles r1 ON r1.event_pk = r0.event_pk "
        "JOIN entities n1 ON n1.pk = r1.entity_pk WHERE r0.role = 'actor' AND r1.role = 'actor' "
        "AND n0.country < n1.country GROUP BY 1, 2 ORDER BY c DESC LIMIT 1").fetchone()
    a, b = (pair[0], pair[1]) if pair else ("loc:US", "loc:RU")
    country = (query.top_entities(con, "LOC", 1) or [{"key": "loc:EG"}])[0]["key"]
    checks = [
        ("fts: السعودية", lambda: query.search_articles(con, "السعودية")),
        ("fts: وزير الخارجية", lambda: query.search_articles(con, "وزير الخارجية")),
        ("fts phrase: \"مجلس الأمن\"", lambda: query.search_articles(con, '"مجلس الأمن"')),
        ("fts quotes: الحوار", lambda: query.search_quotes(con, "الحوار")),
        (f"quotes by {speaker}", lambda: query.quotes_by(con, speaker)),
        ("quotes by name: بوتين", lambda: query.quotes_by(con, "بوتين")),
        (f"events between {a} {b}", lambda: query.events(con, None, a, b)),
        (f"CONSULT between {a} {b}", lambda: query.events(con, "CONSULT", a, b)),
        (f"articles with {country}", lambda: query.articles_with_entity(con, country)),
    ]
    print(f"query latency over {counts['articles']} articles (median / p95 ms, results):")
    for label, fn in checks:
        med, p95, hits = _time(fn, args.repeat)
        print(f"  {label:42s} {med:8.2f} / {p95:8.2f}  ({hits})")
    con.close()
    if not args.db:
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
        os.rmdir(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
