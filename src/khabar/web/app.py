"""The read-only WSGI app over a store: HTML pages and JSON endpoints (stdlib only).

Pages: ``/`` (search box, counts, top speakers and entities), ``/search?q=``,
``/article/ID``, ``/entity?key=`` (or ``?name=``), ``/speaker?key=`` (or ``?name=``),
``/events?type=&a=&b=``. JSON: ``/api/search?q=``, ``/api/quotes?speaker=``,
``/api/events?type=&a=&b=``, ``/api/article/ID``, ``/api/stats``.

Each request opens its own read-only connection (``mode=ro``), so the app never writes and can
run while ``khabar ingest`` adds to the same file (WAL).
"""
from __future__ import annotations

import json
import sqlite3
import sys
import traceback
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

from ..store import query
from ..store.schema import connect
from . import pages as P

_MAX_LIMIT = 500
_SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'; "
                                "base-uri 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
]


class _Response(Exception):
    """Raised by handlers to answer at once (404, 400)."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class App:
    """``App(db)`` is a WSGI callable; it checks the store once at construction."""

    def __init__(self, db: str):
        self.db = db
        connect(db, readonly=True).close()  # a clear StoreError now rather than on each request

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = _wsgi_str(environ.get("PATH_INFO") or "/")
        api = path.startswith("/api/")
        if method not in ("GET", "HEAD"):
            return self._send(start_response, "405 Method Not Allowed", *self._error(
                api, "405 Method Not Allowed", "read-only: GET only"), extra=[("Allow", "GET, HEAD")],
                head=False)
        params = {k: v[0] for k, v in parse_qs(_wsgi_str(environ.get("QUERY_STRING", "")),
                                               keep_blank_values=True).items()}
        try:
            if path == "/style.css":
                return self._send(start_response, "200 OK", "text/css; charset=utf-8", P.CSS,
                                  head=method == "HEAD")
            con = connect(self.db, readonly=True)
            try:
                ctype, body = self._route(con, path, params)
            finally:
                con.close()
            status = "200 OK"
        except _Response as r:
            status = r.status
            ctype, body = self._error(api, r.status, r.message)
        except Exception:  # a bug must give a 500 page, never a traceback to the browser
            traceback.print_exc(file=sys.stderr)
            status = "500 Internal Server Error"
            ctype, body = self._error(api, status, "internal error")
        return self._send(start_response, status, ctype, body, head=method == "HEAD")

    @staticmethod
    def _send(start_response, status, ctype, body, extra=(), head=False) -> list[bytes]:
        data = body.encode("utf-8")
        headers = [("Content-Type", ctype), ("Content-Length", str(len(data)))]
        start_response(status, headers + _SECURITY_HEADERS + list(extra))
        return [] if head else [data]

    @staticmethod
    def _error(api: bool, status: str, message: str) -> tuple[str, str]:
        if api:
            return "application/json; charset=utf-8", json.dumps({"error": message})
        return "text/html; charset=utf-8", P.page(status, f"<p>{P.esc(message)}</p>")

    def _route(self, con: sqlite3.Connection, path: str, params: dict[str, str]) -> tuple[str, str]:
        if path.startswith("/api/"):
            return "application/json; charset=utf-8", json.dumps(
                self._api(con, path[5:], params), ensure_ascii=False)
        if path.startswith("/article/"):
            return _html(article_page(con, path[len("/article/"):]))
        handler = _PAGES.get(path.rstrip("/") or "/")
        if handler is None:
            raise _Response("404 Not Found", "no such page")
        return _html(handler(con, params))

    def _api(self, con: sqlite3.Connection, name: str, params: dict[str, str]) -> Any:
        limit = _limit(params)
        if name == "search":
            q = params.get("q", "")
            return {"query": q, "articles": query.search_articles(con, q, limit=limit),
                    "quotes": query.search_quotes(con, q, limit=limit)}
        if name == "quotes":
            speaker = params.get("speaker", "")
            if not speaker.strip():
                raise _Response("400 Bad Request", "give ?speaker=NAME")
            return {"speaker": speaker, "keys": query.resolve_entity(con, speaker),
                    "quotes": query.quotes_by(con, speaker, limit=limit)}
        if name == "events":
            return {"events": query.events(con, params.get("type") or None, params.get("a") or None,
                                           params.get("b") or None,
                                           via_country=params.get("country") != "0", limit=limit)}
        if name.startswith("article/"):
            record = query.get_article(con, name[len("article/"):])
            if record is None:
                raise _Response("404 Not Found", "no such article")
            return record
        if name == "stats":
            return query.stats(con)
        raise _Response("404 Not Found", "no such endpoint")


def _wsgi_str(value: str) -> str:
    """A WSGI environ string (bytes carried as latin-1, PEP 3333) read back as UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _html(body: str) -> tuple[str, str]:
    return "text/html; charset=utf-8", body


def _limit(params: dict[str, str], default: int = 50) -> int:
    try:
        return max(1, min(_MAX_LIMIT, int(params.get("limit", default))))
    except ValueError:
        raise _Response("400 Bad Request", "limit must be a number") from None


def home_page(con: sqlite3.Connection, params: dict[str, str]) -> str:
    st = query.stats(con)
    counts = "، ".join(f"{P.esc(v)} {P.esc(k)}" for k, v in st.items())
    speakers = [[P.name_html(s), P.link("/speaker", s["quotes"], key=s["key"])]
                for s in query.top_speakers(con, 15)]
    ents = [[P.name_html(e), P.esc(e["type"]), P.esc(e["articles"])]
            for e in query.top_entities(con, limit=15)]
    types = " · ".join(P.link("/events", f"{t} ({n})", type=t) for t, n in query.event_types(con))
    body = (f'<p class="muted">{counts}</p><h2>أكثر المتحدثين</h2>'
            + P.table(["المتحدث", "الاقتباسات"], speakers)
            + "<h2>أكثر الكيانات ذكرا</h2>" + P.table(["الكيان", "النوع", "المقالات"], ents)
            + f"<h2>الأحداث</h2><p>{types}</p>")
    return P.page("مدونة الأخبار", body)


def search_page(con: sqlite3.Connection, params: dict[str, str]) -> str:
    q = params.get("q", "")
    limit = _limit(params)
    arts = query.search_articles(con, q, limit=limit)
    quotes = query.search_quotes(con, q, limit=limit)
    body = (f"<h2>المقالات ({len(arts)})</h2>"
            + P.table(["التاريخ", "المقال"], P.article_rows(arts))
            + f"<h2>الاقتباسات ({len(quotes)})</h2>"
            + P.table(["المتحدث", "الاقتباس", "المقال"], P.quote_rows(quotes)))
    return P.page(f"بحث: {q}", body, query=q)


def article_page(con: sqlite3.Connection, article_id: str) -> str:
    rec = query.get_article(con, article_id)
    if rec is None:
        raise _Response("404 Not Found", "no such article")
    names = {e.get("id"): e for e in rec.get("entities") or []}
    meta = " · ".join(P.esc(x) for x in (rec.get("published"), rec.get("byline"), rec.get("site"))
                      if x)
    if rec.get("url"):
        meta += f' · <bdi>{P.esc(rec["url"])}</bdi>'
    ents = [[P.name_html(e), P.esc(e.get("type")), P.esc(len(e.get("mentions") or []))]
            for e in rec.get("entities") or []]
    quotes = [[P.name_html(names.get(q.get("speaker"))) if q.get("speaker") in names
               else P.esc(q.get("source") or "؟"),
               f'<span class="kind">{P.esc(q.get("kind"))}</span> {P.esc(q.get("text"))}']
              for q in rec.get("quotes") or []]
    evs = [[P.esc(e.get("date") or ""), P.esc(e.get("type")), P.esc(e.get("mode") or ""),
            "، ".join(P.name_html(names.get(a)) for a in e.get("actors") or []),
            P.name_html(names.get(e.get("location"))) if e.get("location") in names else "",
            P.esc((e.get("trigger") or {}).get("text"))]
           for e in rec.get("events") or []]
    body = (f'<p class="muted">{meta}</p>' + P.body_html(rec)
            + "<h2>الكيانات</h2>" + P.table(["الكيان", "النوع", "الذكر"], ents)
            + "<h2>الاقتباسات</h2>" + P.table(["المتحدث", "الاقتباس"], quotes)
            + "<h2>الأحداث</h2>" + P.table(["التاريخ", "النوع", "الصيغة", "الأطراف", "المكان",
                                             "المؤشر"], evs))
    return P.page(rec.get("title") or "(بلا عنوان)", body)


def _keys(con: sqlite3.Connection, params: dict[str, str]) -> list[str]:
    if params.get("key"):
        return [params["key"]]
    if params.get("name", "").strip():
        return query.resolve_entity(con, params["name"])
    raise _Response("400 Bad Request", "give ?key= or ?name=")


def _choose(con: sqlite3.Connection, keys: list[str], path: str) -> str:
    """A name that designates several entities: let the reader pick one."""
    rows = []
    for k in keys:
        info = query.entity_info(con, k) or {"key": k}
        label = info.get("name_ar") or info.get("name") or k
        rows.append([P.link(path, label, key=k), f'<bdi>{P.esc(info.get("name") or "")}</bdi>',
                     P.esc(info.get("articles", 0))])
    return P.page("أي كيان؟", P.table(["الكيان", "", "المقالات"], rows))


def _one_entity(con: sqlite3.Connection, params: dict[str, str], path: str, what: str):
    """The entity a page is about: its info, or the HTML of a choice page when the name given
    matches several entities; 404 when it matches none."""
    keys = _keys(con, params)
    if len(keys) > 1:
        return None, _choose(con, keys, path)
    info = query.entity_info(con, keys[0]) if keys else None
    if info is None:
        raise _Response("404 Not Found", f"no such {what}")
    return info, None


def entity_page(con: sqlite3.Connection, params: dict[str, str]) -> str:
    info, choice = _one_entity(con, params, "/entity", "entity")
    if choice is not None:
        return choice
    key = info["key"]
    meta = (f'<p><bdi>{P.esc(info.get("name"))}</bdi> · {P.esc(info.get("type"))} · '
            f'<bdi>{P.esc(info.get("kb") or "")}</bdi> · {P.esc(info["articles"])} مقالات · '
            + P.link("/speaker", f'{info["quotes"]} اقتباسات', key=key)
            + (" · " + P.link("/entity", info["country"], key=info["country"])
               if info.get("country") and info["country"] != key else "") + "</p>")
    arts = query.articles_with_keys(con, [key], limit=_limit(params))
    evs = query.events(con, a=key, limit=_limit(params))
    body = (meta + "<h2>المقالات</h2>" + P.table(["التاريخ", "المقال", "الذكر"],
                                                   P.article_rows(arts, extra="mentions"))
            + "<h2>الأحداث</h2>" + P.table(["التاريخ", "النوع", "الصيغة", "الأطراف", "المكان",
                                             "المؤشر", "المقال"], P.event_rows(evs)))
    return P.page(info.get("name_ar") or info.get("name") or key, body)


def speaker_page(con: sqlite3.Connection, params: dict[str, str]) -> str:
    info, choice = _one_entity(con, params, "/speaker", "speaker")
    if choice is not None:
        return choice
    quotes = query.quotes_by(con, info["key"], limit=_limit(params, 200))
    body = (f'<p>{P.name_html(info)} · {len(quotes)} اقتباسات</p>'
            + P.table(["الاقتباس", "المقال"], P.quote_rows(quotes, with_speaker=False)))
    return P.page("اقتباسات " + (info.get("name_ar") or info.get("name") or ""), body)


def events_page(con: sqlite3.Connection, params: dict[str, str]) -> str:
    etype, a, b = params.get("type", ""), params.get("a", ""), params.get("b", "")
    options = '<option value="">(الكل)</option>' + "".join(
        f'<option value="{P.esc(t)}"{" selected" if t == etype else ""}>{P.esc(t)} ({n})</option>'
        for t, n in query.event_types(con))
    form = ('<form class="search" action="/events" method="get">'
            f'<select name="type">{options}</select> '
            f'<input type="text" name="a" value="{P.esc(a)}" placeholder="طرف أول"> '
            f'<input type="text" name="b" value="{P.esc(b)}" placeholder="طرف ثان"> '
            '<input type="submit" value="تصفية"></form>')
    evs = query.events(con, etype or None, a or None, b or None, limit=_limit(params, 200))
    body = form + P.table(["التاريخ", "النوع", "الصيغة", "الأطراف", "المكان", "المؤشر", "المقال"],
                          P.event_rows(evs))
    return P.page("الأحداث", body)


_PAGES = {"/": home_page, "/search": search_page, "/entity": entity_page,
          "/speaker": speaker_page, "/events": events_page}
