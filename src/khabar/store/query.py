"""Questions analysts ask of a store: full text, who said what, who met whom, who appears where.

Every function takes an open connection (``schema.connect``) and returns plain JSON-able dicts,
shared by the command line, the web UI and the JSON API.

Entity names are resolved by ``resolve_entity`` (see there): a KB id, an English or Arabic name,
an alias the knowledge base knows, or a name as written in an article, all compared folded.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from .fts import HL_CLOSE, HL_OPEN, build_query, snippet
from .write import _kb, fold_name, load_record

_MIN_SUBSTRING = 3  # shorter names match too much as substrings (بن, ال)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def resolve_entity(con: sqlite3.Connection, name: str) -> list[str]:
    """Corpus-wide entity keys that ``name`` designates.

    Exact matches first, unioned: the key or KB id itself (``per:sergey_lavrov``, ``loc:RU``);
    any KB entity whose Arabic alias it is (``بوتين`` → Putin); an entity whose English or Arabic
    canonical name it is, folded (``Russia``, ``روسيا``, ``لافروف`` as written in an article).
    Only when nothing matches exactly: a substring of an English/Arabic name (3+ characters).
    """
    q = " ".join((name or "").split())
    if not q:
        return []
    f = fold_name(q)
    keys: set[str] = set()
    for (key,) in con.execute("SELECT DISTINCT key FROM entities WHERE key = ? OR lower(kb) = ?",
                              (q, q.lower())):
        keys.add(key)
    kb = _kb()
    if kb is not None:
        keys.update(kb.lookup(q))
        if not keys:
            keys.update(e.id for e in kb.entities.values()
                        if e.name_en.lower() == q.lower())
    for (key,) in con.execute(
            "SELECT DISTINCT key FROM entities WHERE name_fold = ?1 OR name_ar_fold = ?1 "
            "UNION SELECT DISTINCT e.key FROM mentions m JOIN entities e ON e.pk = m.entity_pk "
            "WHERE m.text_fold = ?1 AND m.kind = 'name'", (f,)):
        keys.add(key)
    if not keys and len(f) >= _MIN_SUBSTRING:
        pat = _like(f)
        for (key,) in con.execute(
                "SELECT DISTINCT key FROM entities WHERE name_fold LIKE ?1 ESCAPE '\\' "
                "OR name_ar_fold LIKE ?1 ESCAPE '\\'", (pat,)):
            keys.add(key)
    return sorted(keys)


def _article_head(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "published": row["published"],
            "url": row["url"], "site": row["site"], "source_id": row["source_id"]}


def search_articles(con: sqlite3.Connection, text: str, limit: int = 20,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching a full-text query, best first (BM25, title weighted 3×), with snippets."""
    match = build_query(text)
    if match is None:
        return []
    try:
        rows = con.execute(
            "SELECT a.*, bm25(articles_fts, 3.0, 1.0) AS score, "
            "highlight(articles_fts, 1, ?, ?) AS hl FROM articles_fts "
            "JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ? "
            "ORDER BY score LIMIT ? OFFSET ?",
            (HL_OPEN, HL_CLOSE, match, max(0, int(limit)), max(0, int(offset)))).fetchall()
    except sqlite3.OperationalError:  # a query FTS5 still rejects: no results, not a crash
        return []
    out = []
    for r in rows:
        snip, hits = snippet(r["body"], r["hl"])
        d = _article_head(r)
        d.update(score=round(-r["score"], 3), snippet=snip, hits=hits)
        out.append(d)
    return out


_QUOTE_SQL = """
SELECT q.*, a.id AS article_id, a.title AS article_title, a.published AS published,
       e.key AS speaker_key, e.name AS speaker_name, e.name_ar AS speaker_name_ar,
       e.kb AS speaker_kb, e.type AS speaker_type
FROM quotes q JOIN articles a ON a.pk = q.article_pk
LEFT JOIN entities e ON e.pk = q.speaker_pk
"""


def _quote(r: sqlite3.Row) -> dict[str, Any]:
    speaker = None
    if r["speaker_key"] is not None:
        speaker = {"key": r["speaker_key"], "name": r["speaker_name"],
                   "name_ar": r["speaker_name_ar"], "kb": r["speaker_kb"], "type": r["speaker_type"]}
    return {"article": r["article_id"], "title": r["article_title"], "published": r["published"],
            "idx": r["idx"], "kind": r["kind"], "text": r["text"], "start": r["start"],
            "end": r["end"], "cue": r["cue"], "speaker": speaker, "source": r["source"]}


def quotes_by(con: sqlite3.Connection, name: str, limit: int = 500) -> list[dict[str, Any]]:
    """Every quote whose speaker is the entity ``name`` designates, newest article first."""
    keys = resolve_entity(con, name)
    if not keys:
        return []
    rows = con.execute(
        _QUOTE_SQL + f"WHERE e.key IN ({_marks(len(keys))}) "
        "ORDER BY a.published DESC, a.pk, q.idx LIMIT ?", (*keys, int(limit))).fetchall()
    return [_quote(r) for r in rows]


def search_quotes(con: sqlite3.Connection, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes matching a full-text query, best first, with their speakers."""
    match = build_query(text)
    if match is None:
        return []
    try:
        rows = con.execute(
            _QUOTE_SQL.replace("FROM quotes q", "FROM quotes_fts f JOIN quotes q ON q.pk = f.rowid")
            + "WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT ?",
            (match, int(limit))).fetchall()
    except sqlite3.OperationalError:
        return []
    return [_quote(r) for r in rows]


def _entity_filter(alias: str, keys: list[str], via_country: bool) -> tuple[str, list[str]]:
    cond = f"{alias}.key IN ({_marks(len(keys))})"
    params = list(keys)
    if via_country:
        cond = f"({cond} OR {alias}.country IN ({_marks(len(keys))}))"
        params += keys
    return cond, params


def events(con: sqlite3.Connection, type: str | None = None, a: str | None = None,
           b: str | None = None, via_country: bool = True, limit: int = 200) -> list[dict[str, Any]]:
    """Events of a PLOVER ``type`` (any when None) whose actors include ``a`` and ``b``.

    An actor matches a name when it is the entity the name designates (``resolve_entity``) or,
    with ``via_country`` (default), when its KB country is that entity: "Russia" then covers
    Lavrov, the Kremlin and the Russian foreign ministry, so "CONSULT between Russia and United
    States" finds the meeting of the two foreign ministers. ``a`` and ``b`` must be met by two
    different actors of the same event.
    """
    joins, where, params = [], ["1 = 1"], []
    for n, name in enumerate((a, b)):
        if not name:
            continue
        keys = resolve_entity(con, name)
        if not keys:
            return []
        cond, p = _entity_filter(f"n{n}", keys, via_country)
        distinct = " AND r1.entity_pk != r0.entity_pk" if n == 1 and joins else ""
        joins.append(f"JOIN event_roles r{n} ON r{n}.event_pk = ev.pk AND r{n}.role = 'actor'{distinct} "
                     f"JOIN entities n{n} ON n{n}.pk = r{n}.entity_pk AND {cond}")
        params += p
    if type:
        where.append("ev.type = ?")
        params.append(type.strip().upper())
    rows = con.execute(
        "SELECT ev.*, a.id AS article_id, a.title AS article_title, a.published AS published "
        f"FROM events ev JOIN articles a ON a.pk = ev.article_pk {' '.join(joins)} "
        f"WHERE {' AND '.join(where)} GROUP BY ev.pk "
        "ORDER BY COALESCE(ev.date, a.published) DESC, a.pk, ev.idx "
        "LIMIT ?", (*params, int(limit))).fetchall()
    return [_event(con, r) for r in rows]


def _event(con: sqlite3.Connection, r: sqlite3.Row) -> dict[str, Any]:
    roles = con.execute(
        "SELECT r.role, e.key, e.name, e.name_ar, e.type FROM event_roles r "
        "JOIN entities e ON e.pk = r.entity_pk WHERE r.event_pk = ? ORDER BY r.role, r.position",
        (r["pk"],)).fetchall()
    actors = [{"key": x["key"], "name": x["name"], "name_ar": x["name_ar"], "type": x["type"]}
              for x in roles if x["role"] == "actor"]
    location = next(({"key": x["key"], "name": x["name"], "name_ar": x["name_ar"]}
                     for x in roles if x["role"] == "location"), None)
    return {"article": r["article_id"], "title": r["article_title"], "published": r["published"],
            "type": r["type"], "mode": r["mode"], "date": r["date"],
            "duration_minutes": r["duration_minutes"], "trigger": r["trigger_text"],
            "trigger_start": r["trigger_start"], "context": json.loads(r["context"] or "[]"),
            "actors": actors, "location": location}


def articles_with_entity(con: sqlite3.Connection, name: str, limit: int = 100) -> list[dict[str, Any]]:
    """Articles that mention the entity ``name`` designates, most mentions first."""
    keys = resolve_entity(con, name)
    return articles_with_keys(con, keys, limit) if keys else []


def articles_with_keys(con: sqlite3.Connection, keys: list[str], limit: int = 100) -> list[dict[str, Any]]:
    rows = con.execute(
        "SELECT a.*, SUM(e.n_mentions) AS n FROM entities e JOIN articles a ON a.pk = e.article_pk "
        f"WHERE e.key IN ({_marks(len(keys))}) GROUP BY a.pk ORDER BY n DESC, a.published DESC "
        "LIMIT ?", (*keys, int(limit))).fetchall()
    return [dict(_article_head(r), mentions=r["n"]) for r in rows]


def entity_info(con: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """The global view of one entity: names, country, counts."""
    r = con.execute("SELECT * FROM global_entities WHERE key = ?", (key,)).fetchone()
    if r is not None:
        d = dict(r)
    else:  # not in any article itself, but the KB knows it (a country its people belong to)
        kb = _kb()
        ent = kb.get(key) if kb is not None else None
        if ent is None:
            return None
        d = {"key": ent.id, "kb": ent.id, "type": ent.type, "name": ent.name_en,
             "name_ar": ent.name_ar, "country": ent.country, "articles": 0, "mentions": 0}
    d["quotes"] = con.execute("SELECT COUNT(*) FROM quotes q JOIN entities e ON e.pk = q.speaker_pk "
                              "WHERE e.key = ?", (key,)).fetchone()[0]
    return d


def top_entities(con: sqlite3.Connection, type: str | None = None, limit: int = 20) -> list[dict]:
    sql = "SELECT key, MAX(name) AS name, MAX(name_ar) AS name_ar, MAX(type) AS type, " \
          "COUNT(DISTINCT article_pk) AS articles FROM entities"
    params: list[Any] = []
    if type:
        sql += " WHERE type = ?"
        params.append(type)
    sql += " GROUP BY key ORDER BY articles DESC, key LIMIT ?"
    return [dict(r) for r in con.execute(sql, (*params, int(limit)))]


def top_speakers(con: sqlite3.Connection, limit: int = 20) -> list[dict]:
    return [dict(r) for r in con.execute(
        "SELECT e.key, MAX(e.name) AS name, MAX(e.name_ar) AS name_ar, COUNT(*) AS quotes "
        "FROM quotes q JOIN entities e ON e.pk = q.speaker_pk GROUP BY e.key "
        "ORDER BY quotes DESC, e.key LIMIT ?", (int(limit),))]


def event_types(con: sqlite3.Connection) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in con.execute(
        "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY COUNT(*) DESC, type")]


def get_article(con: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The full stored record, with each entity's corpus-wide ``key`` added."""
    row = con.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    record = load_record(row)
    keys = dict(con.execute("SELECT local_id, key FROM entities WHERE article_pk = ?", (row["pk"],))
                .fetchall())
    for ent in record.get("entities") or []:
        if isinstance(ent, dict):
            ent["key"] = keys.get(ent.get("id"))
    return record


def stats(con: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for table in ("articles", "entities", "mentions", "quotes", "events", "times", "quantities",
                  "errors"):
        out[table] = con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    out["global_entities"] = con.execute("SELECT COUNT(DISTINCT key) FROM entities").fetchone()[0]
    return out


def errors(con: sqlite3.Connection, limit: int = 100) -> list[dict]:
    return [dict(r) for r in con.execute("SELECT input, line, input_id, error, at FROM errors "
                                         "ORDER BY pk DESC LIMIT ?", (int(limit),))]
