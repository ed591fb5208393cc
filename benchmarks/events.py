"""Event triggers against a small hand-annotated set: precision and recall per PLOVER type.

    python benchmarks/events.py [--data /work/shared/data] [--show]

benchmarks/data/events_dev.jsonl holds, for 30 articles of eight outlets in the shared news data, the
article id, its file, and its events as type + trigger offsets into the raw "text" field (no article
text). It was annotated by reading the articles before the trigger lexicon existed. Guidelines: an
event is a PLOVER interaction said to have happened, to be happening, to be planned or to be denied
(contexts are noted but not scored); its trigger is the verb or the event noun (for a support-verb
construction, "وقع اتفاقا"، "فتحت تحقيقا", the noun, with the verb as an accepted alternative span
under "alt"); a killing reported as the result of an annotated attack in the same sentence is not a
separate event; natural disasters, accidents and elections are not events.

A system event matches a gold event when the types are equal and its trigger overlaps the gold span
(or an alternative); matching is one-to-one. The articles run with sentences only (no entity, time
or quote layer), so this measures the triggers, not the arguments. With ``--full`` the whole analysis
pipeline (sentences, entities, quotes, times, quantities, events) runs on the raw text instead, so the
filters that read those layers (a back-reference with its own date or place is a new event) count
too; offsets stay those of the raw text because no cleaning runs. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.article import Article, Event
from khabar.events import extract_events
from khabar.text import split_sentences

HERE = Path(__file__).resolve().parent


def load_articles(data_dir: Path, rows: list[dict]) -> dict[str, dict]:
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["file"], set()).add(row["id"])
    found = {}
    for name, ids in wanted.items():
        path = data_dir / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in ids:
                    found[rec["id"]] = rec
    return found


def overlaps(ev, span) -> bool:
    return ev.trigger_start < span[1] and span[0] < ev.trigger_end


def tellings(events: list) -> list:
    """Each trigger a system event stands on: a happening told twice and folded into one event
    (events.retold) keeps its later triggers under ``also``; the gold marks every trigger."""
    out = []
    for ev in events:
        out.append(ev)
        out += [Event(type=ev.type, trigger_start=t["start"], trigger_end=t["end"], trigger_text=t["text"],
                      sentence=t.get("sentence")) for t in ev.also]
    return out


def sweep(data_dir: Path, per_file: int, full: bool = False, sample: int = 0) -> None:
    """Throughput and type distribution on unannotated articles (single process); with ``full`` the
    whole analysis pipeline runs first (events/article then counts every filter). With ``sample``,
    print that many of the swept events, drawn with a fixed seed, in their sentence for a hand check
    of precision."""
    types, n_art, n_ev, crashes, chars, elapsed = Counter(), 0, 0, 0, 0, 0.0
    pool: list[tuple[Article, object]] = []
    for path in sorted(data_dir.glob("news_*/*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k >= per_file:
                    break
                rec = json.loads(line)
                t0 = time.perf_counter()
                try:
                    art, _ = analyse(rec.get("text") or "", (rec.get("date") or "")[:10] or None, full)
                    events = art.events
                except Exception as err:  # noqa: BLE001 — counted, not raised
                    crashes += 1
                    print(f"crash on {rec.get('id')}: {type(err).__name__}: {err}")
                    continue
                finally:
                    elapsed += time.perf_counter() - t0
                n_art += 1
                n_ev += len(events)
                chars += len(art.body)
                types.update(e.type for e in events)
                if sample:
                    pool.extend((art, ev) for ev in events)
    print(f"sweep{' (whole pipeline)' if full else ''}: {n_art} articles, {chars / 1e6:.1f} M chars, {n_ev} events ({n_ev / max(1, n_art):.1f}/article), "
          f"{crashes} crashes, {elapsed:.1f} s ({n_art / max(elapsed, 1e-9):.0f} articles/s)")
    print("sweep types: " + ", ".join(f"{t} {c}" for t, c in types.most_common()))
    if sample:
        show_sample(pool, sample)


def show_sample(pool: list, n: int, seed: int = 4) -> None:
    """Print ``n`` events drawn from ``pool`` (article, event) with their sentence, for hand judging."""
    for k, (art, ev) in enumerate(random.Random(seed).sample(pool, min(n, len(pool)))):
        ents = {e.id: e.name_ar or e.name for e in art.entities}
        s, e = next(((a, b) for a, b in art.sentences if a <= ev.trigger_start < b),
                    (max(0, ev.trigger_start - 120), ev.trigger_end + 120))
        body = art.body
        text = (body[s:ev.trigger_start] + "[" + ev.trigger_text + "]" + body[ev.trigger_end:e]).replace("\n", " ")
        who = ", ".join(ents.get(a, a) for a in ev.actors)
        ctx = ",".join(ev.context or [])
        print(f"#{k + 1:02d} {ev.type}{'/' + ev.mode if ev.mode else ''} [{who}] ({ctx}) :: {text}")


def analyse(text: str, published: str | None, full: bool) -> tuple[Article, float]:
    """An Article with its events: sentences only, or the whole analysis pipeline (``full``)."""
    art = Article(body=text, published=published)
    if full:
        from khabar.api import default_pipeline
        t0 = time.perf_counter()
        default_pipeline()(art)
        return art, time.perf_counter() - t0
    art.sentences = split_sentences(text)
    t0 = time.perf_counter()
    art.events = extract_events(art)
    return art, time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--gold", default=str(HERE / "data" / "events_dev.jsonl"))
    ap.add_argument("--show", action="store_true", help="print misses and false alarms in context")
    ap.add_argument("--full", action="store_true",
                    help="run the whole analysis pipeline (entities, times, quotes) before the events")
    ap.add_argument("--sweep", type=int, default=0, metavar="N",
                    help="also run on the first N articles of every news JSONL file: speed, crashes, types")
    ap.add_argument("--sample", type=int, default=0, metavar="K",
                    help="with --sweep, print K swept events (fixed seed) in context for a hand check")
    args = ap.parse_args(argv)
    if args.sweep:
        sweep(Path(args.data), args.sweep, args.full, args.sample)
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    articles = load_articles(Path(args.data), rows)
    if not articles:
        print(f"no articles found under {args.data}; nothing to measure")
        return 0
    analyse("وقصفت الطائرات مواقع في المدينة.", None, args.full)  # load lexicons and the KB before timing
    tp, fp, fn = Counter(), Counter(), Counter()
    any_tp = any_sys = any_gold = 0
    elapsed = 0.0
    for row in rows:
        rec = articles.get(row["id"])
        if rec is None:
            continue
        text = rec["text"]
        art, took = analyse(text, (rec.get("date") or "")[:10] or None, args.full)
        events = tellings(art.events)
        elapsed += took
        gold = row["events"]
        spans = [[(g["start"], g["end"])] + [tuple(a) for a in g.get("alt", [])] for g in gold]
        used_g, used_s = set(), set()
        for si, ev in enumerate(events):  # typed matches
            for gi, g in enumerate(gold):
                if gi not in used_g and g["type"] == ev.type and any(overlaps(ev, sp) for sp in spans[gi]):
                    used_g.add(gi)
                    used_s.add(si)
                    tp[ev.type] += 1
                    break
        for si, ev in enumerate(events):
            if si not in used_s:
                fp[ev.type] += 1
        for gi, g in enumerate(gold):
            if gi not in used_g:
                fn[g["type"]] += 1
        # untyped: is there an event at all?
        hit = set()
        for ev in events:
            gi = next((i for i in range(len(gold)) if i not in hit and any(overlaps(ev, sp) for sp in spans[i])),
                      None)
            if gi is not None:
                hit.add(gi)
        any_tp += len(hit)
        any_sys += len(events)
        any_gold += len(gold)
        if args.show:
            for si, ev in enumerate(events):
                if si not in used_s:
                    a = ev.trigger_start
                    print(f"FP {ev.type:<11} {row['id'][:28]:<28} …{text[max(0, a - 30):a]}[{ev.trigger_text}]"
                          f"{text[ev.trigger_end:ev.trigger_end + 30]}…".replace("\n", " "))
            for gi, g in enumerate(gold):
                if gi not in used_g:
                    a, b = g["start"], g["end"]
                    print(f"FN {g['type']:<11} {row['id'][:28]:<28} …{text[max(0, a - 30):a]}[{text[a:b]}]"
                          f"{text[b:b + 30]}…".replace("\n", " "))

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return pr, rc, f1

    print(f"articles {len(articles)}/{len(rows)}; gold events {sum(len(r['events']) for r in rows)}")
    print(f"{'type':<12}{'gold':>5}{'sys':>5}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for typ in sorted(set(tp) | set(fp) | set(fn)):
        pr, rc, f1 = prf(tp[typ], fp[typ], fn[typ])
        print(f"{typ:<12}{tp[typ] + fn[typ]:>5}{tp[typ] + fp[typ]:>5}{tp[typ]:>5}{pr:>7.2f}{rc:>7.2f}{f1:>7.2f}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    pr, rc, f1 = prf(T, P, N)
    print(f"{'ALL (typed)':<12}{T + N:>5}{T + P:>5}{T:>5}{pr:>7.2f}{rc:>7.2f}{f1:>7.2f}")
    pr, rc, f1 = prf(any_tp, any_sys - any_tp, any_gold - any_tp)
    print(f"{'ALL (any)':<12}{any_gold:>5}{any_sys:>5}{any_tp:>5}{pr:>7.2f}{rc:>7.2f}{f1:>7.2f}")
    what = "whole analysis pipeline" if args.full else "extract_events, sentences given"
    print(f"{what}: {elapsed * 1000 / max(1, len(articles)):.1f} ms/article (resources loaded before timing)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
