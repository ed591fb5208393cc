"""The corpus store's schema: one SQLite file (WAL, foreign keys, FTS5).

Every layer of a record gets its own table so that analysts' questions are plain SQL joins
("every quote of one speaker", "every meeting between two countries"). Child rows hang off
``articles.pk`` with ``ON DELETE CASCADE``: replacing an article is one DELETE plus inserts.

The full-text tables hold a *folded* copy of the text (``khabar.text.fold``: hamza forms of alef,
taa marbuta, alef maqsura, tatweel and diacritics all collapse), tokenised by ``unicode61`` with
``remove_diacritics 2``; queries are folded the same way (see ``fts.py``), so spelling variants
match. They are ordinary FTS5 tables keyed by the parent row's ``pk`` (their ``rowid``), kept in
step by the writer, which makes snippets available without an extra SQL function.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import KhabarError

SCHEMA_VERSION = "1"

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,          -- record id: sha1 hex of the cleaned body
    source_id TEXT, url TEXT, site TEXT, title TEXT, byline TEXT,
    published TEXT, dateline TEXT,
    body TEXT NOT NULL,
    record BLOB NOT NULL,             -- zlib of the record JSON without its body (kept above);
                                      -- every layer is also in the tables below
    input TEXT,                       -- where it came from: "file:line" or a file name
    ingested TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS entities (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    local_id TEXT NOT NULL,           -- "e1" within the record
    kb TEXT, type TEXT NOT NULL, name TEXT, name_ar TEXT,
    key TEXT NOT NULL,                -- corpus-wide identity: kb id, else "TYPE:" + folded name_ar
    country TEXT,                     -- KB id of the entity's country (people, ministries, cities)
    name_fold TEXT, name_ar_fold TEXT,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_pk, local_id)
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);
CREATE INDEX IF NOT EXISTS entities_name_fold ON entities(name_fold);
CREATE INDEX IF NOT EXISTS entities_name_ar_fold ON entities(name_ar_fold);

CREATE TABLE IF NOT EXISTS mentions (
    pk INTEGER PRIMARY KEY,
    entity_pk INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT, kind TEXT,
    text_fold TEXT
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_pk);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_pk);
CREATE INDEX IF NOT EXISTS mentions_text_fold ON mentions(text_fold);

CREATE TABLE IF NOT EXISTS quotes (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL,             -- position in the record's quote list
    speaker_pk INTEGER REFERENCES entities(pk) ON DELETE SET NULL,
    speaker_local TEXT, kind TEXT, text TEXT NOT NULL,
    start INTEGER, "end" INTEGER, cue TEXT, cue_start INTEGER,
    source TEXT                       -- an unnamed source's description ("مصدر مطلع")
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_pk);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_pk);

CREATE TABLE IF NOT EXISTS events (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL, mode TEXT, date TEXT, duration_minutes REAL,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
    context TEXT,                     -- JSON list: future | negated | hypothetical | reported
    sentence INTEGER
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_article ON events(article_pk);

-- Actors and the location of an event, one row each (role: actor | location).
CREATE TABLE IF NOT EXISTS event_roles (
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    entity_pk INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    role TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (event_pk, role, position)
);
CREATE INDEX IF NOT EXISTS event_roles_entity ON event_roles(entity_pk);

CREATE TABLE IF NOT EXISTS times (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER, "end" INTEGER, text TEXT, value TEXT, timex3 TEXT, type TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_pk);
CREATE INDEX IF NOT EXISTS times_value ON times(value);

CREATE TABLE IF NOT EXISTS quantities (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER, "end" INTEGER, text TEXT, value REAL, unit TEXT
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_pk);

-- Inputs that did not become a record: one row per (input, line), replaced on re-ingest.
CREATE TABLE IF NOT EXISTS errors (
    pk INTEGER PRIMARY KEY,
    input TEXT NOT NULL, line INTEGER NOT NULL DEFAULT 0, input_id TEXT,
    error TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (input, line)
);

-- One row per corpus-wide entity (kb id, or type + folded Arabic name for tagger-only ones).
CREATE VIEW IF NOT EXISTS global_entities AS
    SELECT key, MAX(kb) AS kb, MAX(type) AS type, MAX(name) AS name, MAX(name_ar) AS name_ar,
           MAX(country) AS country, COUNT(DISTINCT article_pk) AS articles,
           SUM(n_mentions) AS mentions
    FROM entities GROUP BY key;
"""

_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2');
"""


class StoreError(KhabarError):
    """A store that cannot be opened or used (no FTS5, wrong schema version, not a database)."""

    exit_code = 5


def fts5_available() -> bool:
    """True when this Python's sqlite3 module was built with FTS5."""
    try:
        con = sqlite3.connect(":memory:")
        try:
            con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
        finally:
            con.close()
        return True
    except sqlite3.OperationalError:
        return False


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (and with ``readonly=False`` create or migrate) a store.

    Raises ``StoreError`` with a clear message when FTS5 is missing, the file is not a khabar
    store, or a read-only open finds no store.
    """
    if not fts5_available():
        raise StoreError(f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5: "
                         "install a Python whose sqlite3 module includes FTS5 (CPython's does)")
    path = Path(path)
    try:
        if readonly:
            if not path.is_file():
                raise StoreError(f"no store at {path}: run `khabar ingest {path} FILE...` first")
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                  check_same_thread=False)
        else:
            # Autocommit mode: transactions are explicit (BEGIN/COMMIT in ingest, savepoints
            # per record), never opened behind the writer's back by the sqlite3 module.
            con = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA busy_timeout = 10000")
        if readonly:
            _check_version(con, path)
            return con
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        con.executescript(_TABLES + _FTS)
        con.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        _check_version(con, path)
        return con
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is not a usable khabar store: {err}") from None


def _check_version(con: sqlite3.Connection, path: Path) -> None:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.OperationalError:
        raise StoreError(f"{path} is not a khabar store (no meta table)") from None
    if row is None or row[0] != SCHEMA_VERSION:
        found = row[0] if row else "none"
        raise StoreError(f"{path} has store schema {found}, this khabar expects {SCHEMA_VERSION}: "
                         "re-ingest into a new file")
