"""The ``khabar`` command: thin argument parsing over the Python API.

    khabar read FILE|- [--format json|text] [--published YYYY-MM-DD] [--html] [--jsonl]
    khabar ner --conll FILE|-
    khabar ingest DB FILE... | khabar search DB ... | khabar serve DB   (store/cli.py)

Exit codes: 0 success; 2 usage error; 3 unreadable input (empty, binary, no Arabic);
4 a file that cannot be opened; 5 a store error.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import BinaryIO, TextIO

from .errors import KhabarError
from .store.cli import add_store_commands


def _open_binary(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def cmd_read(args: argparse.Namespace, out: TextIO) -> int:
    from .api import iso_date, read, read_jsonl

    if args.published and not iso_date(args.published):
        print(f"khabar: --published wants YYYY-MM-DD, got {args.published!r}", file=sys.stderr)
        return 2
    if args.jsonl:
        stream: TextIO | BinaryIO
        stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8", errors="replace")
        ok = bad = 0
        with stream:
            for row in read_jsonl(stream):
                if "error" in row:
                    bad += 1
                else:
                    ok += 1
                out.write(_dump(row) + "\n")
        print(f"khabar: {ok} records, {bad} errors", file=sys.stderr)
        return 0 if ok or not bad else 3

    data = _open_binary(args.file)
    article = read(data, published=args.published, html=True if args.html else None,
                   source_id=None if args.file == "-" else args.file)
    if args.format == "text":
        from .view import render
        render(article, out)
    else:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=1) + "\n")
    return 0


def cmd_ner(args: argparse.Namespace, out: TextIO) -> int:
    from .entities.tagger import conll_main

    stream = sys.stdin if args.conll == "-" else open(args.conll, encoding="utf-8")
    with stream:
        return conll_main(stream, out)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="khabar", description="Read Arabic news: entities, quotes, events, "
                                "times and numbers.")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("read", help="read one article (text or HTML) or a JSONL batch into records")
    r.add_argument("file", help="a file path, or - for standard input")
    r.add_argument("--format", choices=("json", "text"), default="json")
    r.add_argument("--published", help="publication date YYYY-MM-DD (anchors relative dates)")
    r.add_argument("--html", action="store_true", help="treat the input as HTML (default: detect)")
    r.add_argument("--jsonl", action="store_true",
                   help="input is JSONL lines {id,title,text,date,url}; print one record per line")
    r.set_defaults(func=cmd_read)

    n = sub.add_parser("ner", help="tag CoNLL tokens with the trained NER model")
    n.add_argument("--conll", required=True, help="CoNLL file (token [tag] per line), or -")
    n.set_defaults(func=cmd_ner)

    add_store_commands(sub)  # ingest, search, serve
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = sys.stdout
    try:
        return args.func(args, out)
    except KhabarError as err:
        print(f"khabar: {err.message}", file=sys.stderr)
        return err.exit_code
    except FileNotFoundError as err:
        print(f"khabar: no such file: {err.filename}", file=sys.stderr)
        return 4
    except (IsADirectoryError, PermissionError) as err:
        print(f"khabar: cannot open {err.filename}: {err.strerror}", file=sys.stderr)
        return 4
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
