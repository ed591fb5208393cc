"""The corpus store: ingest articles written for these tests, then ask it analysts' questions."""
from __future__ import annotations

import argparse
import io
import json
import sqlite3

import pytest

from khabar.store import (StoreError, articles_with_entity, events, get_article, ingest, open_store,
                          quotes_by, resolve_entity, search_articles, search_quotes, stats,
                          store_record)
from khabar.store import schema
from khabar.store.cli import add_store_commands
from khabar.store.fts import build_query, proclitic_forms, snippet
from khabar.store.write import RecordError

# Two short news items of our own: Lavrov is quoted in both; China and Russia meet in the first.
TALKS = {
    "id": "t-1", "date": "2023-03-14", "url": "https://example.org/talks",
    "title": "لافروف يلتقي وانغ يي في بكين",
    "text": "التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في بكين يوم الثلاثاء، "
            "وبحث الجانبان التعاون الاقتصادي بين البلدين.\n"
            "وقال لافروف إن العلاقات بين موسكو وبكين \"تمر بأفضل مراحلها\".\n"
            "وأكد وانغ يي أن الصين مستعدة لتعزيز التنسيق مع روسيا في مجلس الأمن.",
}
PRESS = {
    "id": "t-2", "date": "2023-03-15", "url": "https://example.org/press",
    "title": "موسكو ترفض الشروط المسبقة",
    "text": "صرح وزير الخارجية الروسي سيرغي لافروف اليوم الأربعاء بأن بلاده لن تقبل أي شروط مسبقة "
            "للمفاوضات.\n"
            "وأضاف لافروف في مؤتمر صحفي في موسكو أن \"الحوار هو الطريق الوحيد لحل الأزمة\".\n"
            "من جهة أخرى، أعلنت وزارة الصحة الروسية عن افتتاح مستشفى جديد بتكلفة خمسين مليون روبل.",
}
PLAIN = ("أعلنت بلدية مدينة صفاقس التونسية، اليوم الاثنين، عن إطلاق حملة واسعة لتنظيف الشواطئ "
         "بمشاركة ثلاثمئة متطوع.\n"
         "وقال رئيس البلدية إن الحملة ستستمر أسبوعين.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    news = d / "news.jsonl"
    news.write_text("\n".join([
        json.dumps(TALKS, ensure_ascii=False),
        "{not json",                                       # line 2: malformed
        json.dumps({"id": "t-3", "title": "بلا نص"}, ensure_ascii=False),  # line 3: no text
        json.dumps(PRESS, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    plain = d / "sfax.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    db = d / "corpus.db"
    report = ingest(db, [str(news), str(plain), str(d / "missing.jsonl")])
    return {"db": db, "dir": d, "news": news, "plain": plain, "report": report}


@pytest.fixture
def con(corpus):
    c = open_store(corpus["db"], readonly=True)
    yield c
    c.close()


def _article_id(con, source_id):
    return con.execute("SELECT id FROM articles WHERE source_id = ?", (source_id,)).fetchone()[0]


def test_every_input_is_a_record_or_an_error_row(corpus, con):
    rep = corpus["report"]
    assert (rep.stored, rep.errors) == (3, 3)
    rows = {(r["line"], r["error"].split(":")[0]) for r in con.execute("SELECT * FROM errors")}
    assert (2, "invalid JSON") in rows
    assert (3, "record has no text field") in rows
    assert any(line == 0 and "cannot read" in err for line, err in rows)
    counts = stats(con)
    assert counts["articles"] == 3 and counts["errors"] == 3
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_quotes_of_one_speaker_across_articles(con):
    quotes = quotes_by(con, "لافروف")
    assert {q["article"] for q in quotes} == {_article_id(con, "t-1"), _article_id(con, "t-2")}
    assert all(q["speaker"]["kb"] == "per:sergey_lavrov" for q in quotes)
    texts = " | ".join(q["text"] for q in quotes)
    assert "الحوار هو الطريق الوحيد" in texts and "تمر بأفضل مراحلها" in texts
    # the same speaker by English name, KB id, another KB spelling, a lower-case fragment
    for name in ("Sergey Lavrov", "per:sergey_lavrov", "سيرجي لافروف", "lavrov"):
        assert {q["text"] for q in quotes_by(con, name)} == {q["text"] for q in quotes}, name
    assert quotes_by(con, "نابليون بونابرت") == []


def test_events_between_two_countries(con):
    found = events(con, "CONSULT", "China", "Russia")
    assert len(found) == 1
    ev = found[0]
    assert ev["article"] == _article_id(con, "t-1")
    assert {a["key"] for a in ev["actors"]} >= {"per:wang_yi", "per:sergey_lavrov"}
    assert ev["location"]["key"] == "loc:city:beijing"
    # the order of the two sides does not matter; Arabic names resolve too
    assert [e["article"] for e in events(con, "consult", "روسيا", "الصين")] == [ev["article"]]
    # without the country link, the two people themselves must be named
    assert events(con, "CONSULT", "China", "Russia", via_country=False) == []
    assert len(events(con, "CONSULT", "وانغ يي", "لافروف", via_country=False)) == 1
    assert events(con, "CONSULT", "Russia", "France") == []
    assert events(con, "CONSULT", "Russia", "no such place anywhere") == []


def test_full_text_matches_spelling_variants(con):
    press = _article_id(con, "t-2")
    # hamza and taa marbuta written plainly: الازمه for الأزمة
    hits = search_articles(con, "الازمه")
    assert [h["id"] for h in hits] == [press]
    snip, spans = hits[0]["snippet"], hits[0]["hits"]
    assert [snip[s:e] for s, e in spans] == ["الأزمة"]  # the original spelling, mapped back
    # a proclitic form in the text (للمفاوضات) found from the bare word
    assert [h["id"] for h in search_articles(con, "المفاوضات")] == [press]
    # diacritics and tatweel in the query are ignored
    assert [h["id"] for h in search_articles(con, "الحِوار")] == [press]
    assert [h["id"] for h in search_articles(con, "مـستشفى")] == [press]
    # a phrase, and a word in the title only
    assert [h["id"] for h in search_articles(con, '"شروط مسبقة"')] == [press]
    assert _article_id(con, "t-1") in [h["id"] for h in search_articles(con, "يلتقي")]
    assert search_articles(con, "كرة القدم") == []


def test_full_text_over_quotes(con):
    found = search_quotes(con, "مراحلها")
    assert len(found) == 1 and found[0]["speaker"]["key"] == "per:sergey_lavrov"
    assert search_quotes(con, "") == []


def test_entity_articles_and_plain_text_input(con, corpus):
    arts = articles_with_entity(con, "Russia")
    assert _article_id(con, "t-1") in {a["id"] for a in arts}
    sfax = con.execute("SELECT * FROM articles WHERE source_id = ?", (str(corpus["plain"]),)).fetchone()
    assert sfax is not None and "صفاقس" in sfax["body"]
    assert resolve_entity(con, "") == []


def test_stored_record_round_trips(con):
    aid = _article_id(con, "t-2")
    rec = get_article(con, aid)
    assert rec["id"] == aid and rec["source_id"] == "t-2"
    assert rec["published"] == "2023-03-15"
    assert rec["body"].startswith("صرح وزير الخارجية")
    for q in rec["quotes"]:
        assert rec["body"][q["start"]:q["end"]] == q["text"]
    assert all(e["key"] for e in rec["entities"])


def test_reingest_replaces_instead_of_duplicating(corpus, tmp_path):
    before = open_store(corpus["db"], readonly=True)
    counts = stats(before)
    before.close()
    rep = ingest(corpus["db"], [str(corpus["news"]), str(corpus["plain"])])
    assert rep.stored == 3 and rep.replaced == 3
    after = open_store(corpus["db"], readonly=True)
    try:
        now = stats(after)
        assert now == counts
        assert after.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 3
        assert after.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()[0] == now["quotes"]
    finally:
        after.close()


def test_analysed_records_are_stored_as_they_are(corpus, tmp_path):
    con = open_store(corpus["db"], readonly=True)
    records = [get_article(con, r[0]) for r in con.execute("SELECT id FROM articles ORDER BY pk")]
    con.close()
    out = tmp_path / "records.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    rep = ingest(tmp_path / "copy.db", [str(out)])
    assert (rep.stored, rep.errors) == (3, 0)
    copy = open_store(tmp_path / "copy.db", readonly=True)
    try:
        assert {q["text"] for q in quotes_by(copy, "لافروف")} == \
            {q["text"] for q in quotes_by(open_store(corpus["db"], readonly=True), "لافروف")}
    finally:
        copy.close()


def _record(**over):
    body = "قال المتحدث باسم الشركة إن الأرباح ارتفعت."
    rec = {"id": "r1", "title": "عنوان", "published": "2024-01-02", "body": body,
           "entities": [{"id": "e1", "type": "ORG", "name": "Sharikat", "name_ar": "الشركة",
                         "kb": None, "mentions": [{"start": 16, "end": 22, "text": "الشركة",
                                                   "kind": "name"}]}],
           "quotes": [{"text": "الأرباح ارتفعت", "start": 26, "end": 40, "kind": "indirect",
                       "speaker": "e1", "cue": "قال", "cue_start": 0}],
           "events": [], "times": [], "quantities": [], "sentences": [[0, len(body)]]}
    rec.update(over)
    return rec


def test_tagger_only_entity_key_and_atomic_failure(tmp_path):
    con = open_store(tmp_path / "r.db")
    try:
        store_record(con, _record())
        assert resolve_entity(con, "الشركه") == ["ORG:الشركه"]
        assert [q["text"] for q in quotes_by(con, "Sharikat")] == ["الأرباح ارتفعت"]
        with pytest.raises(RecordError):
            store_record(con, _record(id="r2", quotes="not a list"))
        with pytest.raises(RecordError):
            store_record(con, {"id": "r3", "body": "   "})
        assert stats(con)["articles"] == 1
        # the same id again replaces, with no orphaned rows anywhere
        store_record(con, _record(title="عنوان جديد"))
        assert stats(con)["quotes"] == 1 and stats(con)["entities"] == 1
        assert con.execute("SELECT title FROM articles").fetchone()[0] == "عنوان جديد"
    finally:
        con.close()


def test_store_errors_are_clear(tmp_path, monkeypatch):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable khabar store"):
        open_store(junk)
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "absent.db", readonly=True)
    monkeypatch.setattr(schema, "fts5_available", lambda: False)
    with pytest.raises(StoreError, match="FTS5"):
        schema.connect(tmp_path / "x.db")


def test_query_building_never_breaks():
    assert build_query("") is None and build_query("  ,. ") is None
    assert build_query("NOT") is None
    q = build_query("القمة")
    assert '"القمه"' in q and '"والقمه"' in q and '"للقمه"' in q and '"لالقمه"' not in q
    assert "لافروف" in proclitic_forms("لافروف")[0] and "بلافروف" in proclitic_forms("لافروف")
    assert build_query('"قمة جنيف"') == '"قمه جنيف"'
    assert build_query("أ.ف.ب") == '"ا ف ب"'
    assert build_query("بوتين OR بايدن").count(" OR ") > 2
    assert build_query("مفاوض*").startswith('("مفاوض"*')
    for weird in ('"', "*", "OR OR", '"unclosed', "a:b", "(", "NEAR(x y)", "\x00"):
        build_query(weird)  # must not raise


def test_bad_fts_queries_return_nothing_rather_than_crash(con):
    for weird in ('"', "*", "OR", '"unclosed', "(((", "NEAR(x y)", "a:b", "\x00", "-"):
        assert isinstance(search_articles(con, weird), list)
        assert isinstance(search_quotes(con, weird), list)


def test_snippet_maps_folded_hits_to_original_text():
    body = "أعلنت الوزارة أمس عن مبادرة جديدة للشباب."
    hl = "\x02اعلنت\x03 الوزاره امس عن مبادره جديده للشباب."
    text, spans = snippet(body, hl)
    assert [text[s:e] for s, e in spans] == ["أعلنت"]


def test_workers_give_the_same_store(corpus, tmp_path):
    rep = ingest(tmp_path / "par.db", [str(corpus["news"]), str(corpus["plain"])], workers=2)
    assert (rep.stored, rep.errors) == (3, 2)
    con = open_store(tmp_path / "par.db", readonly=True)
    try:
        assert len(events(con, "CONSULT", "China", "Russia")) == 1
    finally:
        con.close()


def test_dask_local(corpus, tmp_path):
    pytest.importorskip("dask.bag")
    rep = ingest(tmp_path / "dask.db", [str(corpus["news"])], dask="local", workers=2)
    assert (rep.stored, rep.errors) == (2, 2)


def test_dask_missing_is_a_clear_error(corpus, tmp_path, monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_dask(name, *args, **kw):
        if name.startswith("dask"):
            raise ImportError(name)
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(StoreError, match="Dask"):
        ingest(tmp_path / "nodask.db", [str(corpus["news"])], dask="local")
    assert not (tmp_path / "nodask.db").exists()


def _cli(argv):
    p = argparse.ArgumentParser(prog="khabar")
    add_store_commands(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    out = io.StringIO()
    return args.func(args, out), out.getvalue()


def test_command_line(corpus, tmp_path):
    db = str(tmp_path / "cli.db")
    code, text = _cli(["ingest", db, str(corpus["news"]), "--quiet"])
    assert code == 0 and text.startswith("2 stored (0 replaced), 2 errors")
    code, text = _cli(["search", db, "--quotes-by", "Sergey Lavrov", "--json"])
    rows = [json.loads(line) for line in text.splitlines()]
    assert code == 0 and len(rows) >= 3 and all(r["speaker"]["kb"] == "per:sergey_lavrov" for r in rows)
    code, text = _cli(["search", db, "--events", "CONSULT", "--between", "Russia", "China"])
    assert code == 0 and "Wang Yi" in text and "Sergey Lavrov" in text
    code, text = _cli(["search", db, "--text", "الازمة"])
    assert code == 0 and "موسكو ترفض" in text
    code, text = _cli(["search", db, "--stats", "--json"])
    assert json.loads(text)["articles"] == 2
    code, text = _cli(["search", db, "--text", "كلمة لا توجد"])
    assert code == 0 and "no results" in text


def test_store_is_plain_sqlite(corpus):
    # analysts may use any SQLite client: the schema answers plain SQL
    con = sqlite3.connect(corpus["db"])
    try:
        n = con.execute("SELECT COUNT(*) FROM quotes q JOIN entities e ON e.pk = q.speaker_pk "
                        "WHERE e.kb = 'per:sergey_lavrov'").fetchone()[0]
        assert n >= 3
        assert con.execute("SELECT articles FROM global_entities WHERE key = 'per:sergey_lavrov'"
                           ).fetchone()[0] == 2
    finally:
        con.close()


def test_single_json_record_and_html_page(corpus, tmp_path):
    con = open_store(corpus["db"], readonly=True)
    record = get_article(con, _article_id(con, "t-1"))
    con.close()
    one = tmp_path / "one.json"
    one.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>عنوان الصفحة</title></head><body><nav>الرئيسية | رياضة</nav>"
        "<article><h1>افتتاح معرض الكتاب في الرباط</h1><p>افتتح وزير الثقافة المغربي اليوم معرض "
        "الكتاب الدولي في الرباط بمشاركة أكثر من سبعمئة دار نشر من أربعين دولة.</p>"
        "<p>وقال الوزير إن المعرض يعكس مكانة الكتاب في المجتمع المغربي.</p></article></body></html>",
        encoding="utf-8")
    rep = ingest(tmp_path / "mixed.db", [str(one), str(page)])
    assert (rep.stored, rep.errors) == (2, 0)
    mixed = open_store(tmp_path / "mixed.db", readonly=True)
    try:
        assert [h["source_id"] for h in search_articles(mixed, "معرض الكتاب")] == [str(page)]
        assert get_article(mixed, record["id"])["quotes"] == record["quotes"]
    finally:
        mixed.close()
