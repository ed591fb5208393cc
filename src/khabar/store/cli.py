"""The store's subcommands, registered on the main parser by ``add_store_commands``.

    khabar ingest DB FILE... [--workers N] [--dask SCHEDULER|local] [--batch N]
    khabar search DB --text Q | --quotes-by NAME | --quotes Q | --events [TYPE] [--between A B]
                     | --entity NAME | --stats | --errors   [--limit N] [--json] [--no-country]
    khabar serve DB [--host 127.0.0.1] [--port 8000]

Each command function takes ``(args, out)`` and returns an exit code, like ``cli.cmd_read``.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO


def add_store_commands(subparsers: Any) -> None:
    """Register ``ingest``, ``search`` and ``serve`` on an argparse subparsers object."""
    i = subparsers.add_parser("ingest", help="analyse articles and store them in a searchable "
                              "SQLite corpus")
    i.add_argument("db", help="the store file (created if missing)")
    i.add_argument("files", nargs="+", help="JSONL news or record files, .txt/.html articles, "
                   "directories, or - for JSONL on standard input")
    i.add_argument("--workers", type=int, default=1, help="analysis processes (default 1)")
    i.add_argument("--dask", metavar="SCHEDULER|local",
                   help="analyse on Dask: a scheduler address, or 'local' for local processes")
    i.add_argument("--batch", type=int, default=200, help="records per transaction")
    i.add_argument("--quiet", action="store_true", help="no progress lines")
    i.set_defaults(func=cmd_ingest)

    s = subparsers.add_parser("search", help="query a store: full text, quotes, events, entities")
    s.add_argument("db")
    what = s.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", metavar="QUERY", help="full text over titles and bodies")
    what.add_argument("--quotes-by", metavar="NAME", help="every quote of one speaker")
    what.add_argument("--quotes", metavar="QUERY", help="full text over quotes")
    what.add_argument("--events", metavar="TYPE", nargs="?", const="",
                      help="events of a PLOVER type (any if omitted); with --between A B")
    what.add_argument("--entity", metavar="NAME", help="articles mentioning an entity")
    what.add_argument("--stats", action="store_true", help="row counts")
    what.add_argument("--errors", action="store_true", help="inputs that failed")
    s.add_argument("--between", nargs=2, metavar=("A", "B"),
                   help="with --events: actors matching A and B (name, Arabic name or KB id)")
    s.add_argument("--no-country", action="store_true",
                   help="with --between: match actors themselves only, not people/bodies of a country")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    s.set_defaults(func=cmd_search)

    v = subparsers.add_parser("serve", help="browse a store in a read-only web UI")
    v.add_argument("db")
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=8000)
    v.set_defaults(func=cmd_serve)


def cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    from .ingest import ingest

    if args.workers < 1 or args.batch < 1:
        print("khabar: --workers and --batch must be at least 1", file=sys.stderr)
        return 2

    def progress(rep) -> None:
        if not args.quiet and (rep.stored + rep.errors) % 1000 < args.batch:
            print(f"khabar: {rep.stored} stored, {rep.errors} errors…", file=sys.stderr)

    rep = ingest(args.db, args.files, workers=args.workers, dask=args.dask, batch=args.batch,
                 progress=progress)
    for line in rep.error_samples:
        print(f"khabar: error: {line}", file=sys.stderr)
    if rep.errors > len(rep.error_samples):
        print(f"khabar: … {rep.errors - len(rep.error_samples)} more errors "
              f"(khabar search {args.db} --errors)", file=sys.stderr)
    n = rep.stored + rep.errors
    rate = n / rep.elapsed if rep.elapsed else 0.0
    out.write(f"{rep.stored} stored ({rep.replaced} replaced), {rep.errors} errors, "
              f"{rep.elapsed:.1f}s ({rate:.1f} inputs/s; analysis {rep.analysis_seconds:.1f}s, "
              f"storage {rep.storage_seconds:.1f}s)\n")
    return 0 if rep.stored or not rep.errors else 3


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from . import query
    from .schema import connect

    if args.between and args.events is None:
        print("khabar: --between goes with --events [TYPE]", file=sys.stderr)
        return 2
    con = connect(args.db, readonly=True)
    try:
        if args.text is not None:
            rows, kind = query.search_articles(con, args.text, limit=args.limit), "articles"
        elif args.quotes_by is not None:
            rows, kind = query.quotes_by(con, args.quotes_by, limit=args.limit), "quotes"
        elif args.quotes is not None:
            rows, kind = query.search_quotes(con, args.quotes, limit=args.limit), "quotes"
        elif args.events is not None:
            a, b = args.between or (None, None)
            rows = query.events(con, args.events or None, a, b, via_country=not args.no_country,
                                limit=args.limit)
            kind = "events"
        elif args.entity is not None:
            rows, kind = query.articles_with_entity(con, args.entity, limit=args.limit), "entity"
        elif args.errors:
            rows, kind = query.errors(con, limit=args.limit), "errors"
        else:
            rows, kind = [query.stats(con)], "stats"
    finally:
        con.close()
    if args.json:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        _table(rows, kind, out)
    return 0


def _clip(text: Any, n: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _who(ent: dict | None) -> str:
    if not ent:
        return "?"
    return ent.get("name") or ent.get("name_ar") or ent.get("key") or "?"


def _table(rows: list[dict], kind: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from .fts import mark

    con = Console(file=out, width=140, highlight=False, soft_wrap=False)
    if not rows:
        con.print("no results")
        return
    table = Table(show_header=True, header_style="bold", box=None)
    if kind == "articles":
        cols = ("published", "title", "snippet", "id")
        data = [(r["published"] or "", _clip(r["title"], 50),
                 _clip(mark(r["snippet"], r["hits"], "\x02", "\x03"), 100), r["id"][:12])
                for r in rows]
    elif kind == "quotes":
        cols = ("published", "speaker", "kind", "quote", "article")
        data = [(r["published"] or "", _who(r["speaker"]) if r["speaker"] else (r["source"] or "?"),
                 r["kind"] or "", _clip(r["text"], 90), r["article"][:12]) for r in rows]
    elif kind == "events":
        cols = ("date", "type", "mode", "actors", "location", "trigger", "article")
        data = [(r["date"] or r["published"] or "", r["type"], r["mode"] or "",
                 ", ".join(_who(a) for a in r["actors"]), _who(r["location"]) if r["location"] else "",
                 r["trigger"] or "", r["article"][:12]) for r in rows]
    elif kind == "entity":
        cols = ("published", "title", "mentions", "id")
        data = [(r["published"] or "", _clip(r["title"], 70), str(r["mentions"]), r["id"][:12])
                for r in rows]
    else:
        cols = tuple(rows[0].keys())
        data = [tuple(str(r[c]) for c in cols) for r in rows]
    for c in cols:
        table.add_column(c)
    for row in data:
        # rich markup must not interpret [brackets] from article text; hits shown in bold
        table.add_row(*(escape(str(x)).replace("\x02", "[bold]").replace("\x03", "[/bold]")
                        for x in row))
    con.print(table)


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from ..web import serve

    return serve(args.db, host=args.host, port=args.port, out=out)
