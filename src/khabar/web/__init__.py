"""A small read-only browse UI over a corpus store (stdlib ``wsgiref``; no JavaScript).

    >>> from khabar.web import make_app
    >>> app = make_app("corpus.db")          # a WSGI callable, usable under any WSGI server
"""
from __future__ import annotations

import sys
from typing import TextIO

from .app import App


def make_app(db: str) -> App:
    """The WSGI app over the store ``db`` (raises ``StoreError`` if it is not a store)."""
    return App(db)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, out: TextIO | None = None) -> int:
    """Serve ``db`` with wsgiref until interrupted (single-threaded: for one analyst's browsing)."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format, *args):  # one short line per request, on stderr
            sys.stderr.write("%s %s\n" % (self.address_string(), format % args))

    app = make_app(db)
    try:
        server = make_server(host, port, app, handler_class=QuietHandler)
    except OSError as err:
        print(f"khabar: cannot listen on {host}:{port}: {err.strerror or err}", file=sys.stderr)
        return 4
    (out or sys.stdout).write(f"khabar: serving {db} on http://{host}:{server.server_port}/ "
                              "(Ctrl-C to stop)\n")
    (out or sys.stdout).flush()
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


__all__ = ["App", "make_app", "serve"]
