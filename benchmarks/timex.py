"""Time expressions against the silver TimeML set, and speed on news articles.

    .venv/bin/python benchmarks/timex.py                 # agreement + speed
    .venv/bin/python benchmarks/timex.py --show 40       # also list disagreements
    .venv/bin/python benchmarks/timex.py --speed-only

Agreement: /work/shared/data/arabic_timex_dahmri/Corpus_test/*.tml (50 docs, 283 TIMEX3, silver,
probably HeidelTime-style system output; see its SOURCE.md). The documents carry no DCT element;
the values show the tagger anchored everything on 2015-12-24 ("اليوم" is 2015-12-24 in every
document), so that date is the reference unless a document resolves "اليوم" otherwise.
Span agreement is strict (same offsets) and relaxed (overlap); value and type agreement are over
relaxed matches. Speed: ms/article of find_times + find_quantities on the first N articles of
/work/shared/data/news_*/*.jsonl (fields "text", "date").
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from khabar.quantities import find_quantities  # noqa: E402
from khabar.timex import find_times  # noqa: E402

DATA = Path(os.environ.get("KHABAR_DATA", "/work/shared/data"))
TML = DATA / "arabic_timex_dahmri" / "Corpus_test"
DEFAULT_DCT = "2015-12-24"
_TAG = re.compile(r'<TIMEX3([^>]*)>(.*?)</TIMEX3>', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path):
    raw = path.read_text(encoding="utf-8")
    body = raw.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    text, gold, pos = [], [], 0
    last = 0
    for m in _TAG.finditer(body):
        chunk = body[last:m.start()]
        text.append(chunk)
        pos += len(chunk)
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = m.group(2)
        gold.append({"start": pos, "end": pos + len(inner), "text": inner,
                     "value": attrs.get("value"), "type": attrs.get("type")})
        text.append(inner)
        pos += len(inner)
        last = m.end()
    text.append(body[last:])
    plain = "".join(text)
    dct = DEFAULT_DCT
    for g in gold:
        if g["text"].strip() == "اليوم" and re.fullmatch(r"\d{4}-\d\d-\d\d", g["value"] or ""):
            dct = g["value"]
    return plain, gold, dct


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def agreement(show: int) -> None:
    files = sorted(TML.glob("*.tml"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    if not files:
        print(f"no TimeML files under {TML}")
        return
    n_gold = n_sys = strict = relaxed_sys = relaxed_gold = val_ok = type_ok = matched = 0
    lines = []
    for f in files:
        text, gold, dct = read_tml(f)
        sys_t = find_times(text, dct)
        n_gold += len(gold)
        n_sys += len(sys_t)
        gs = {(g["start"], g["end"]) for g in gold}
        strict += sum((t.start, t.end) in gs for t in sys_t)
        for t in sys_t:
            if any(g["start"] < t.end and t.start < g["end"] for g in gold):
                relaxed_sys += 1
            else:
                lines.append(f"{f.stem}\tEXTRA\t{t.text}\t{t.value}\t{t.type}")
        for g in gold:
            ov = [t for t in sys_t if g["start"] < t.end and t.start < g["end"]]
            if not ov:
                lines.append(f"{f.stem}\tMISSED\t{g['text']}\t{g['value']}\t{g['type']}")
                continue
            relaxed_gold += 1
            matched += 1
            t = ov[0]
            if t.value == g["value"]:
                val_ok += 1
            else:
                lines.append(f"{f.stem}\tVALUE\t{g['text']} | {t.text}\tgold={g['value']}\tours={t.value}")
            type_ok += t.type == g["type"]
    sp, sr, sf = prf(strict, n_sys, strict, n_gold)
    rp, rr, rf = prf(relaxed_sys, n_sys, relaxed_gold, n_gold)
    print(f"TimeML silver: {len(files)} docs, gold {n_gold}, system {n_sys}")
    print(f"  strict  span P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    print(f"  relaxed span P={rp:.3f} R={rr:.3f} F1={rf:.3f}")
    if matched:
        print(f"  value agreement on relaxed matches: {val_ok}/{matched} = {val_ok / matched:.3f}")
        print(f"  type agreement on relaxed matches:  {type_ok}/{matched} = {type_ok / matched:.3f}")
    for line in lines[:show]:
        print("   ", line)


def speed(limit: int) -> None:
    arts = []
    paths = sorted(glob.glob(str(DATA / "news_*" / "*.jsonl")))
    per_file = max(1, -(-limit // max(1, len(paths))))  # the same share from every source
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= per_file:
                    break
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if d.get("text"):
                    arts.append((d["text"], d.get("date")))
    arts = arts[:limit]
    if not arts:
        print("no news articles found")
        return
    find_times("تسخين", "2020-01-01")  # load lexicons outside the timing
    # warm-up: lexicons, and the knowledge base the dual-noun check consults (loaded once per process)
    find_quantities("تسخين 1، مخزنين يحتويان")
    n_t = n_q = 0
    t0 = time.process_time()
    for text, date in arts:
        n_t += len(find_times(text, date))
    t1 = time.process_time()
    for text, _ in arts:
        n_q += len(find_quantities(text))
    t2 = time.process_time()
    from khabar.article import Article
    from khabar.quantities import quantities_stage
    from khabar.timex import times_stage
    t3 = time.process_time()
    for text, date in arts:
        art = Article(body=text, published=date)
        times_stage(art)
        quantities_stage(art)
    t4 = time.process_time()
    chars = sum(len(t) for t, _ in arts)
    print(f"speed: {len(arts)} articles, {chars / len(arts):.0f} chars avg")
    print(f"  find_times      {1000 * (t1 - t0) / len(arts):.2f} ms/article  ({n_t} times)")
    print(f"  find_quantities {1000 * (t2 - t1) / len(arts):.2f} ms/article  ({n_q} quantities)")
    print(f"  both stages on one Article (shared scan) {1000 * (t4 - t3) / len(arts):.2f} ms/article")
    print("  (CPU time, time.process_time; single process)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="list this many disagreements")
    ap.add_argument("--speed-only", action="store_true")
    ap.add_argument("--articles", type=int, default=500)
    a = ap.parse_args()
    if not a.speed_only:
        agreement(a.show)
    speed(a.articles)


if __name__ == "__main__":
    main()
