"""Writing records into the store: one article and all its layers, replacing any earlier copy.

A record is the dict of ``Article.to_dict()`` (the output contract). Writing is idempotent: the
same article id (the hash of its cleaned body) replaces the stored one, and so does the same
``source_id`` + ``url`` (a newer reading of the same input whose cleaning changed the body).
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from functools import cache
from typing import Any

from ..text.normalize import fold


class RecordError(ValueError):
    """A record that does not follow the output contract (no body, malformed layers)."""


def fold_name(text: str | None) -> str:
    """The matching form of a name: folded, lower-cased (Latin), single-spaced."""
    return " ".join(fold(text or "").lower().split())


@cache
def _kb():
    try:
        from ..entities.kb import load_kb
        return load_kb()
    except Exception:  # a store must stay usable without the KB (e.g. a broken resource file)
        return None


def kb_country(kb_id: str | None) -> str | None:
    """KB id of the country an entity belongs to (a country is its own)."""
    if not kb_id:
        return None
    kb = _kb()
    ent = kb.get(kb_id) if kb else None
    if ent is None:
        return None
    if ent.subtype in ("country", "territory"):
        return ent.id
    return ent.country


def entity_key(kb_id: str | None, etype: str, name_ar: str | None, name: str | None) -> str:
    """Corpus-wide identity of an entity: its KB id, else its type and folded Arabic name."""
    if kb_id:
        return kb_id
    return f"{etype}:{fold_name(name_ar or name)}"


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _num(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _dicts(record: dict, key: str) -> list[dict]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise RecordError(f"record field {key!r} is not a list of objects")
    return value


def delete_article(con: sqlite3.Connection, pk: int) -> None:
    """Remove one article, its layers (cascade) and its full-text rows."""
    con.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT pk FROM quotes WHERE article_pk = ?)",
                (pk,))
    con.execute("DELETE FROM articles_fts WHERE rowid = ?", (pk,))
    con.execute("DELETE FROM articles WHERE pk = ?", (pk,))


def store_record(con: sqlite3.Connection, record: dict[str, Any], input_ref: str | None = None) -> int:
    """Store one record (replacing an earlier copy); returns the article's ``pk``.

    Atomic: runs in a savepoint, so a failure writes nothing; inside the caller's transaction
    (``ingest`` commits in batches) it commits with it, outside one it commits at once.
    Raises ``RecordError`` for a record without a body or with malformed layers.
    """
    con.execute("SAVEPOINT khabar_record")
    try:
        pk = _store(con, record, input_ref)
    except BaseException:
        con.execute("ROLLBACK TO khabar_record")
        con.execute("RELEASE khabar_record")
        raise
    con.execute("RELEASE khabar_record")
    return pk


def _store(con: sqlite3.Connection, record: dict[str, Any], input_ref: str | None) -> int:
    if not isinstance(record, dict):
        raise RecordError("record is not a JSON object")
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        raise RecordError("record has no body")
    rid = _str(record.get("id"))
    if not rid:
        import hashlib
        rid = hashlib.sha1(body.encode("utf-8")).hexdigest()
    entities = _dicts(record, "entities")
    quotes = _dicts(record, "quotes")
    events = _dicts(record, "events")
    times = _dicts(record, "times")
    quantities = _dicts(record, "quantities")

    source_id = _str(record.get("source_id"))
    url = _str(record.get("url"))
    old = con.execute("SELECT pk FROM articles WHERE id = ?", (rid,)).fetchall()
    if source_id:
        old += con.execute("SELECT pk FROM articles WHERE source_id = ? AND url IS ?",
                           (source_id, url)).fetchall()
    for row in {r[0] for r in old}:
        delete_article(con, row)

    slim = {k: v for k, v in record.items() if k != "body"}
    title = _str(record.get("title"))
    cur = con.execute(
        "INSERT INTO articles(id, source_id, url, site, title, byline, published, dateline, body,"
        " record, input) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (rid, source_id, url, _str(record.get("site")), title, _str(record.get("byline")),
         _str(record.get("published")), _str(record.get("dateline")), body,
         zlib.compress(json.dumps(slim, ensure_ascii=False).encode("utf-8"), 6), input_ref))
    apk = cur.lastrowid
    con.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                (apk, fold(title or ""), fold(body)))

    local: dict[str, int] = {}
    for ent in entities:
        lid = _str(ent.get("id"))
        etype = _str(ent.get("type")) or "MISC"
        if not lid or lid in local:
            continue
        kb_id = _str(ent.get("kb"))
        name, name_ar = _str(ent.get("name")), _str(ent.get("name_ar"))
        mentions = ent.get("mentions") or []
        if not isinstance(mentions, list):
            mentions = []
        cur = con.execute(
            "INSERT INTO entities(article_pk, local_id, kb, type, name, name_ar, key, country,"
            " name_fold, name_ar_fold, n_mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (apk, lid, kb_id, etype, name, name_ar, entity_key(kb_id, etype, name_ar, name),
             kb_country(kb_id), fold_name(name), fold_name(name_ar), len(mentions)))
        epk = local[lid] = cur.lastrowid
        con.executemany(
            'INSERT INTO mentions(entity_pk, article_pk, start, "end", text, kind, text_fold)'
            " VALUES (?,?,?,?,?,?,?)",
            [(epk, apk, _int(m.get("start")), _int(m.get("end")), _str(m.get("text")),
              _str(m.get("kind")), fold_name(_str(m.get("text"))))
             for m in mentions if isinstance(m, dict) and _int(m.get("start")) is not None
             and _int(m.get("end")) is not None])

    for i, q in enumerate(quotes):
        text = _str(q.get("text")) or ""
        speaker = _str(q.get("speaker"))
        cur = con.execute(
            'INSERT INTO quotes(article_pk, idx, speaker_pk, speaker_local, kind, text, start, "end",'
            " cue, cue_start, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (apk, i, local.get(speaker) if speaker else None, speaker, _str(q.get("kind")), text,
             _int(q.get("start")), _int(q.get("end")), _str(q.get("cue")), _int(q.get("cue_start")),
             _str(q.get("source"))))
        con.execute("INSERT INTO quotes_fts(rowid, text) VALUES (?,?)", (cur.lastrowid, fold(text)))

    for i, ev in enumerate(events):
        trig = ev.get("trigger") if isinstance(ev.get("trigger"), dict) else {}
        context = ev.get("context") if isinstance(ev.get("context"), list) else []
        cur = con.execute(
            "INSERT INTO events(article_pk, idx, type, mode, date, duration_minutes, trigger_start,"
            " trigger_end, trigger_text, context, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (apk, i, _str(ev.get("type")) or "?", _str(ev.get("mode")), _str(ev.get("date")),
             _num(ev.get("duration_minutes")), _int(trig.get("start")), _int(trig.get("end")),
             _str(trig.get("text")), json.dumps(context, ensure_ascii=False),
             _int(ev.get("sentence"))))
        epk = cur.lastrowid
        actors = ev.get("actors") if isinstance(ev.get("actors"), list) else []
        roles = [(epk, local[a], "actor", n) for n, a in enumerate(actors) if a in local]
        if ev.get("location") in local:
            roles.append((epk, local[ev["location"]], "location", 0))
        con.executemany("INSERT OR IGNORE INTO event_roles(event_pk, entity_pk, role, position)"
                        " VALUES (?,?,?,?)", roles)

    con.executemany(
        'INSERT INTO times(article_pk, start, "end", text, value, timex3, type) VALUES (?,?,?,?,?,?,?)',
        [(apk, _int(t.get("start")), _int(t.get("end")), _str(t.get("text")), _str(t.get("value")),
          _str(t.get("timex3")), _str(t.get("type"))) for t in times])
    con.executemany(
        'INSERT INTO quantities(article_pk, start, "end", text, value, unit) VALUES (?,?,?,?,?,?)',
        [(apk, _int(q.get("start")), _int(q.get("end")), _str(q.get("text")), _num(q.get("value")),
          _str(q.get("unit"))) for q in quantities])
    return apk


def store_error(con: sqlite3.Connection, input_ref: str, line: int, input_id: Any, error: str) -> None:
    """Record an input that did not become a record (replaces the same input+line's older error)."""
    con.execute("INSERT OR REPLACE INTO errors(input, line, input_id, error) VALUES (?,?,?,?)",
                (input_ref, line, _str(input_id), error))


def clear_error(con: sqlite3.Connection, input_ref: str, line: int) -> None:
    """An input that now reads fine loses its old error row."""
    con.execute("DELETE FROM errors WHERE input = ? AND line = ?", (input_ref, line))


def load_record(row: sqlite3.Row) -> dict[str, Any]:
    """The full record of an ``articles`` row (body put back in its place)."""
    raw = row["record"]
    record = json.loads(zlib.decompress(raw) if isinstance(raw, bytes) else raw)
    out = {}
    for k, v in record.items():
        out[k] = v
        if k == "published":
            out["body"] = row["body"]
    out.setdefault("body", row["body"])
    return out
