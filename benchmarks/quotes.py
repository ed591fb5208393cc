"""Quotes on the annotated dev set: P/R/F1, kind accuracy, speaker accuracy, and speed.

    .venv/bin/python benchmarks/quotes.py [--data /work/shared/data] [--list] [--no-entities]

benchmarks/data/quotes_dev.jsonl holds article ids, file names and gold offsets only; the texts are
read from the shared data directory. Each article goes through khabar's pipeline
(``khabar.read``); when the installed pipeline does not yet provide entities or quotes, the
entity stage and the quotes stage are run on the article directly (whatever of them works).
Matching follows /work/shared/tools/score_article.py: a system quote matches a gold one when the
token overlap F1 of their texts is at least 0.6; a speaker is right when the predicted entity's
Arabic name or mentions contain the gold name (score_article.name_matches), or both are null.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_article.py")


def _scorer():
    if SCORER.exists():
        spec = importlib.util.spec_from_file_location("score_article", SCORER)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod.overlap_f1, mod.name_matches
    return _overlap_f1, _name_matches


def _tokens(text):
    text = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", "", text or "")
    text = re.sub("[إأآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return [w for w in re.split(r"[^\w]+", text) if w]


def _overlap_f1(a, b):
    ta, tb = _tokens(a), _tokens(b)
    pool, common = list(tb), 0
    for w in ta:
        if w in pool:
            pool.remove(w)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _name_matches(entity, gold):
    words = set()
    for t in [entity.get("name_ar")] + [m.get("text") for m in entity.get("mentions") or []]:
        words |= set(_tokens(t))
    ar = _tokens(gold)
    return bool(ar) and ar[-1] in words


def analyse(text: str, date: str | None, use_entities: bool):
    """The article record for ``text``, by the pipeline, topped up with the stages it lacks."""
    import khabar
    from khabar.article import Article
    from khabar.quotes import quotes_stage
    from khabar.text import split_sentences
    try:
        article = khabar.read(text, published=date, html=False)
    except Exception as err:  # the API is still being built: fall back to a bare article
        print(f"  (khabar.read failed: {type(err).__name__}: {err}; using a bare article)", file=sys.stderr)
        article = Article(body=text, published=date)
    if not article.sentences:
        article.sentences = split_sentences(article.body)
    if use_entities and "entities" not in article.layers:
        try:
            from khabar.entities import entities_stage
            entities_stage(article)
        except Exception as err:
            if not getattr(analyse, "warned", False):
                print(f"  (entity stage unavailable: {type(err).__name__}: {err})", file=sys.stderr)
                analyse.warned = True
    if "quotes" not in article.layers:
        quotes_stage(article)
    return article


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--dev", default=str(HERE / "data" / "quotes_dev.jsonl"))
    ap.add_argument("--list", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--no-entities", action="store_true")
    args = ap.parse_args(argv)
    overlap_f1, name_matches = _scorer()
    data = Path(args.data)
    if not data.exists():
        print(f"no data at {data}: nothing to measure")
        return 0
    dev = [json.loads(line) for line in open(args.dev, encoding="utf-8") if line.strip()]
    wanted = {}
    for row in dev:
        wanted.setdefault(row["file"], set()).add(row["id"])
    records = {}
    for fname, ids in wanted.items():
        with open(data / fname, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in ids:
                    records[r["id"]] = r
    n_gold = n_sys = n_match = n_kind = n_spk = 0
    elapsed = stage_time = 0.0
    chars = 0
    from khabar.quotes import find_quotes
    for row in dev:
        rec = records[row["id"]]
        text = rec["text"]
        golds = [dict(q, text=text[q["start"]:q["end"]]) for q in row["quotes"]]
        t0 = time.perf_counter()
        art = analyse(text, (rec.get("date") or "")[:10] or None, not args.no_entities)
        elapsed += time.perf_counter() - t0
        out = art.to_dict()
        art.entities = [e for e in art.entities if e.source != "cue"]
        t1 = time.perf_counter()
        find_quotes(art, add_entities=False)  # the quotes stage alone, for its own speed
        stage_time += time.perf_counter() - t1
        chars += len(text)
        ents = {e["id"]: e for e in out.get("entities", [])}
        system = out.get("quotes", [])
        pairs = sorted(((overlap_f1(g["text"], s["text"]), gi, si) for gi, g in enumerate(golds)
                        for si, s in enumerate(system)), reverse=True)
        used_g, used_s, matches = set(), set(), []
        for f, gi, si in pairs:
            if f < 0.6:
                break
            if gi not in used_g and si not in used_s:
                used_g.add(gi)
                used_s.add(si)
                matches.append((gi, si))
        n_gold += len(golds)
        n_sys += len(system)
        n_match += len(matches)
        for gi, si in matches:
            g, s = golds[gi], system[si]
            n_kind += g["kind"] == s["kind"]
            ent = ents.get(s.get("speaker"))
            ok = (s.get("speaker") is None) if g["speaker"] is None else \
                (ent is not None and name_matches(ent, {"ar": g["speaker"]}))
            n_spk += ok
            if args.list and (not ok or g["kind"] != s["kind"]):
                got = (ent or {}).get("name_ar") or s.get("source")
                print(f"  {row['id']}: speaker {got!r} (gold {g['speaker']!r}) kind {s['kind']} "
                      f"(gold {g['kind']}): {g['text'][:60]}")
        if args.list:
            for gi, g in enumerate(golds):
                if gi not in used_g:
                    print(f"  {row['id']}: MISSED {g['kind']}: {g['text'][:80]}")
            for si, s in enumerate(system):
                if si not in used_s:
                    print(f"  {row['id']}: FALSE {s['kind']} ({s.get('cue')}): {s['text'][:80]}")
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"articles {len(dev)}; gold {n_gold}; system {n_sys}; matched {n_match}")
    print(f"quotes P={p:.3f} R={r:.3f} F1={f1:.3f}; kind accuracy {n_kind / max(n_match, 1):.3f}; "
          f"speaker accuracy {n_spk / max(n_match, 1):.3f} ({n_spk}/{n_match})")
    print(f"time {elapsed:.2f}s for {chars} chars ({chars / max(elapsed, 1e-9) / 1000:.0f}k chars/s, "
          f"whole pipeline as run); quotes stage alone {stage_time:.2f}s "
          f"({chars / max(stage_time, 1e-9) / 1000:.0f}k chars/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
