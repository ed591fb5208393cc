"""Hand-check sample for the event rules that record where they fire (``article.scratch["events.rules"]``).

    python benchmarks/events_rules.py [--data /work/shared/data] [--per-file 60] [--sample 30] [--rule NAME]

Runs the whole pipeline on the first N articles of every news JSONL file (single process), counts how
often each rule fired, and prints a fixed-seed random sample of the events it fired on, in their
sentence, for reading. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from khabar.api import default_pipeline
from khabar.article import Article


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--per-file", type=int, default=60)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--rule", default=None, help="only this rule")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    pipe = default_pipeline()
    fired: dict[str, list] = defaultdict(list)
    n_art, t0 = 0, time.perf_counter()
    for path in sorted(Path(args.data).glob("news_*/*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k >= args.per_file:
                    break
                rec = json.loads(line)
                art = Article(body=rec.get("text") or "", published=(rec.get("date") or "")[:10] or None)
                try:
                    pipe(art)
                except Exception as err:  # noqa: BLE001 — counted, not raised
                    print(f"crash on {rec.get('id')}: {type(err).__name__}: {err}")
                    continue
                n_art += 1
                for rule, at in art.scratch.get("events.rules", []):
                    if args.rule and rule != args.rule:
                        continue
                    ev = next((e for e in art.events if e.trigger_start == at), None)
                    fired[rule].append((art, at, ev))
    print(f"{n_art} articles in {time.perf_counter() - t0:.0f} s")
    print("fired: " + ", ".join(f"{r} {len(v)}" for r, v in sorted(fired.items())))
    for rule, items in sorted(fired.items()):
        kept = [x for x in items if x[2] is not None]
        print(f"\n== {rule}: {len(items)} firings, {len(kept)} on events kept in the output")
        for j, (art, at, ev) in enumerate(random.Random(args.seed).sample(kept, min(args.sample, len(kept)))):
            s, e = next(((a, b) for a, b in art.sentences if a <= at < b), (max(0, at - 150), at + 150))
            s, e = max(s, at - 220), min(e, at + 220)
            ents = {x.id: x.name_ar or x.name for x in art.entities}
            text = (art.body[s:at] + "[" + ev.trigger_text + "]" + art.body[ev.trigger_end:e]).replace("\n", " ")
            print(f"#{j + 1:02d} {ev.type} actors={[ents.get(a, a) for a in ev.actors]} "
                  f"loc={ents.get(ev.location)} date={ev.date} :: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
