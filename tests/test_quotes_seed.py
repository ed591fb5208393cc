"""End-to-end checks on the shared seed article and the dev set (skipped when the data is absent).

The seed's entities are built by hand here (the entity stage is tested on its own); the check is
that the quotes stage finds the gold statements with their speakers, matched as the shared scorer
matches them (token overlap F1 >= 0.6).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from khabar.article import Article, Entity, Mention
from khabar.quotes import find_quotes
from khabar.text import split_sentences

SEED = Path("/work/shared/seed")
SCORER = Path("/work/shared/tools/score_article.py")
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not (SEED / "gold.json").exists() or not SCORER.exists(),
                                reason="shared seed data not available")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_article", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _entities(body: str) -> list[Entity]:
    spec = [("PER", "Joe Biden", ["جو بايدن", "بايدن", "الرئيس الأمريكي", "نظيره الأمريكي"]),
            ("PER", "Vladimir Putin", ["فلاديمير بوتين", "بوتين", "الرئيس الروسي", "نظيره الروسي"]),
            ("LOC", "United States", ["الولايات المتحدة"]), ("LOC", "Russia", ["روسيا"])]
    out = []
    for i, (typ, name, forms) in enumerate(spec, 1):
        ms = []
        for f in forms:
            p = body.find(f)
            while p >= 0:
                ms.append(Mention(p, p + len(f), f, "name" if f in forms[:2] else "role"))
                p = body.find(f, p + 1)
        out.append(Entity(f"e{i}", typ, name, forms[0], mentions=ms))
    return out


def test_seed_quotes_and_speakers():
    raw = (SEED / "article.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    body = "\n".join(lines[4:-3]).strip("\n")  # without title, byline and the comment footer
    ents = _entities(body)
    art = Article(body=body, sentences=split_sentences(body), entities=ents)
    quotes = find_quotes(art)
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    record = {"quotes": [q.to_dict() for q in quotes], "entities": [e.to_dict() for e in ents]}
    result = _scorer().score_quotes(gold, record)
    assert result["matched"] >= 21, result["lines"]
    assert result["attributed"] >= 21, result["lines"]
    assert result["system"] <= 23
    assert all(body[q.start:q.end] == q.text for q in quotes)


def test_dev_set_rows_are_offsets_only():
    rows = [json.loads(line) for line in (ROOT / "benchmarks/data/quotes_dev.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 25
    assert len({r["file"].split("/")[-1] for r in rows}) >= 6
    for r in rows:
        assert set(r) == {"id", "file", "quotes"}
        for q in r["quotes"]:
            assert set(q) == {"start", "end", "kind", "speaker"}
            assert 0 <= q["start"] < q["end"] and q["kind"] in ("direct", "partial", "indirect")
