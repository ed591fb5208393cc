"""The corpus store: khabar records in one SQLite file with FTS5, and the questions asked of it.

    >>> from khabar.store import ingest, open_store, quotes_by, events
    >>> ingest("corpus.db", ["news.jsonl"], workers=2)
    >>> con = open_store("corpus.db", readonly=True)
    >>> quotes_by(con, "لافروف")
    >>> events(con, "CONSULT", "Russia", "United States")
"""
from .ingest import IngestReport, analyse, ingest, iter_tasks
from .query import (articles_with_entity, entity_info, errors, event_types, events, get_article,
                    quotes_by, resolve_entity, search_articles, search_quotes, stats)
from .schema import StoreError, connect as open_store, fts5_available
from .write import RecordError, delete_article, store_record

__all__ = ["IngestReport", "RecordError", "StoreError", "analyse", "articles_with_entity",
           "delete_article", "entity_info", "errors", "event_types", "events", "fts5_available",
           "get_article", "ingest", "iter_tasks", "open_store", "quotes_by", "resolve_entity",
           "search_articles", "search_quotes", "stats", "store_record"]
