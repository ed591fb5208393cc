"""HTML of the browse UI: plain server-rendered pages, right-to-left, every value escaped.

Nothing from the store reaches the page unescaped: text goes through ``esc`` (``html.escape``
with quotes), URLs are built by ``link`` from ``urlencode``d parameters, and the only markup is
written here. English names sit in ``<bdi>`` so they do not scramble the right-to-left flow.
"""
from __future__ import annotations

from html import escape
from typing import Any, Iterable
from urllib.parse import quote, urlencode

CSS = """
body{font-family:"Noto Naskh Arabic","Amiri",Tahoma,sans-serif;margin:0 auto;max-width:62rem;
padding:1rem;line-height:1.7;color:#222;background:#fdfdfb}
header{border-bottom:1px solid #ccc;margin-bottom:1rem}header a{margin-left:1rem}
a{color:#1a4f8b;text-decoration:none}a:hover{text-decoration:underline}
form.search input[type=text],form.search input[type=search]{width:22rem;font-size:1rem;padding:.2rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem;
vertical-align:top;text-align:right}
.body{white-space:pre-wrap;font-size:1.1rem}
.ent{border-bottom:2px solid #7aa6d8}.ent.PER{border-color:#d88a7a}.ent.ORG{border-color:#8ac17a}
.q{background:#fff3c4}.q.indirect{background:#eef4ff}.q.partial{background:#f6e8ff}
mark{background:#ffe066}.muted{color:#777;font-size:.9rem}.kind{font-size:.8rem;color:#555}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-right:4px solid #e0c060;background:#fffbea}
"""


def esc(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def link(path: str, text: Any, **params: Any) -> str:
    """An anchor to ``path`` with query parameters; ``text`` is escaped."""
    return f'<a href="{esc(href(path, **params))}">{esc(text)}</a>'


def href(path: str, **params: Any) -> str:
    qs = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return path + ("?" + qs if qs else "")


def article_href(article_id: str) -> str:
    return "/article/" + quote(str(article_id), safe="")


def page(title: str, body: str, query: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{esc(title)} · khabar</title>'
        '<link rel="stylesheet" href="/style.css"></head><body>'
        '<header><a href="/"><b>khabar</b></a><a href="/events">الأحداث</a>'
        '<form class="search" action="/search" method="get" style="display:inline">'
        f'<input type="search" name="q" value="{esc(query)}" placeholder="بحث في النصوص">'
        ' <input type="submit" value="بحث"></form></header>'
        f"<main><h1>{esc(title)}</h1>{body}</main></body></html>")


def name_html(ent: dict | None) -> str:
    """An entity's Arabic name with its English one, linked to its page."""
    if not ent:
        return '<span class="muted">؟</span>'
    label = ent.get("name_ar") or ent.get("name") or ent.get("key")
    en = ent.get("name")
    extra = f' <bdi class="muted">({esc(en)})</bdi>' if en and en != label else ""
    return link("/entity", label, key=ent.get("key")) + extra


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escaped ``text`` with ``spans`` wrapped in <mark>."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos or e > len(text):
            continue
        out += [esc(text[pos:s]), "<mark>", esc(text[s:e]), "</mark>"]
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A table of already-escaped cells."""
    if not rows:
        return '<p class="muted">لا نتائج.</p>'
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def quote_rows(quotes: list[dict], with_speaker: bool = True) -> list[list[str]]:
    rows = []
    for q in quotes:
        who = name_html(q["speaker"]) if q.get("speaker") else esc(q.get("source") or "؟")
        row = [f'<span class="kind">{esc(q.get("kind"))}</span> {esc(q.get("text"))}',
               f'{link(article_href(q["article"]), q.get("title") or q["article"][:12])}'
               f'<div class="muted">{esc(q.get("published") or "")}</div>']
        rows.append(([who] if with_speaker else []) + row)
    return rows


def event_rows(events: list[dict]) -> list[list[str]]:
    return [[esc(e.get("date") or e.get("published") or ""), esc(e["type"]), esc(e.get("mode") or ""),
             "، ".join(name_html(a) for a in e["actors"]),
             name_html(e["location"]) if e.get("location") else "",
             esc(e.get("trigger") or ""),
             link(article_href(e["article"]), e.get("title") or e["article"][:12])]
            for e in events]


def article_rows(articles: list[dict], extra: str | None = None) -> list[list[str]]:
    rows = []
    for a in articles:
        cell = link(article_href(a["id"]), a.get("title") or a["id"][:12])
        if a.get("snippet"):
            cell += f'<div class="muted">{marked(a["snippet"], a.get("hits") or [])}</div>'
        row = [esc(a.get("published") or ""), cell]
        if extra:
            row.append(esc(a.get(extra)))
        rows.append(row)
    return rows


def body_html(record: dict) -> str:
    """The article body with entity mentions linked and quotes marked, as nested spans.

    The body is cut at every span boundary; each piece is wrapped in the quote that covers it
    (if any) and the mention that covers it (if any), so overlapping layers still nest validly.
    """
    body = record.get("body") or ""
    n = len(body)
    names = {e.get("id"): e for e in record.get("entities") or [] if isinstance(e, dict)}
    mentions = []
    for ent in names.values():
        for m in ent.get("mentions") or []:
            s, e = m.get("start"), m.get("end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n:
                mentions.append((s, e, ent))
    quotes = []
    for q in record.get("quotes") or []:
        s, e = q.get("start"), q.get("end")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n:
            quotes.append((s, e, q))
    cuts = sorted({0, n, *(x for s, e, _ in mentions + quotes for x in (s, e))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(body[a:b])
        ment = next((ent for s, e, ent in mentions if s <= a and b <= e), None)
        if ment is not None:
            title = ment.get("name") or ment.get("name_ar") or ""
            piece = (f'<a class="ent {esc(ment.get("type"))}" title="{esc(title)}" '
                     f'href="{esc(href("/entity", key=ment.get("key")))}">{piece}</a>')
        quo = next((q for s, e, q in quotes if s <= a and b <= e), None)
        if quo is not None:
            who = names.get(quo.get("speaker"), {})
            title = f'{quo.get("kind")}: {who.get("name_ar") or who.get("name") or "؟"}'
            piece = f'<span class="q {esc(quo.get("kind"))}" title="{esc(title)}">{piece}</span>'
        out.append(piece)
    return f'<div class="body" dir="rtl">{"".join(out)}</div>'
