"""Main text and metadata from an HTML news page.

trafilatura does the heavy lifting (main-content detection, metadata). Its options are chosen to
keep the whole story with one line per paragraph and to leave out comments; Arabic comment-form and
share debris that it still keeps is removed afterwards by ``boilerplate.clean_text``. Dates come
from structured metadata and the URL first: trafilatura's own date guess is often a copyright year
or a sidebar date on Arabic pages. Malformed pages never raise: lxml paragraphs, then plain tag
stripping are the fall-backs.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from typing import Any

_TAG_HINT = re.compile(r"<(?:html|head|body|div|p|span|article|section|meta|script|style|br|a|table|ul|li|h[1-6]|title|link)\b[^>]*>",
                       re.I)
_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
# /2013/middle_east/8/3/..., /2021/06/16/..., /2021-06-16-...
_URL_DATE = (re.compile(r"/((?:19|20)\d\d)/(?:[a-z_\-]+/)?(\d{1,2})/(\d{1,2})(?:/|$)", re.I),
             re.compile(r"[/_\-]((?:19|20)\d\d)[\-_]?(\d\d)[\-_]?(\d\d)(?:[/_\-.]|$)"))
_META_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
                   "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
                   "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "created")
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
              "button", "select", "textarea")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document (or fragment) rather than plain text."""
    if not text:
        return False
    head = text.lstrip()[:4096].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<" in head[1:]:
        return True
    return len(_TAG_HINT.findall(text[:20000])) >= 3


def _valid_date(y: str, m: str, d: str) -> str | None:
    try:
        yi, mi, di = int(y), int(m), int(d)
    except ValueError:
        return None
    if 1900 <= yi <= 2100 and 1 <= mi <= 12 and 1 <= di <= 31:
        return f"{yi:04d}-{mi:02d}-{di:02d}"
    return None


def _date_from_text(value: str | None) -> str | None:
    if not value:
        return None
    m = _DATE.search(value)
    return _valid_date(*m.groups()) if m else None


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            found = _valid_date(*m.groups())
            if found:
                return found
    return None


def _jsonld_dates(obj: Any) -> list[str]:
    out: list[str] = []
    if isinstance(obj, dict):
        for key in ("datePublished", "dateCreated", "uploadDate"):
            if isinstance(obj.get(key), str):
                out.append(obj[key])
        for value in obj.values():
            if isinstance(value, (dict, list)):
                out.extend(_jsonld_dates(value))
    elif isinstance(obj, list):
        for value in obj:
            out.extend(_jsonld_dates(value))
    return out


def _parse(html: str):
    try:
        import lxml.html

        return lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - malformed markup: callers fall back to plain stripping
        return None


def date_from_markup(tree) -> str | None:
    """Publication date from structured markup: meta tags, JSON-LD, dc:date, <time datetime>."""
    if tree is None:
        return None
    try:
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
            if key in _META_DATE_KEYS:
                found = _date_from_text(meta.get("content"))
                if found:
                    return found
        for script in tree.iter("script"):
            if (script.get("type") or "").lower() == "application/ld+json" and script.text:
                try:
                    for value in _jsonld_dates(json.loads(script.text)):
                        found = _date_from_text(value)
                        if found:
                            return found
                except ValueError:
                    continue
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            prop = (el.get("property") or el.get("itemprop") or "").lower()
            if prop in ("dc:date", "datepublished", "dcterms:created", "dc:created"):
                found = _date_from_text(el.get("content") or el.get("datetime") or el.text_content())
                if found:
                    return found
        for el in tree.iter("time"):
            found = _date_from_text(el.get("datetime"))
            if found:
                return found
    except Exception:  # noqa: BLE001
        return None
    return None


def _fallback_text(tree, html: str) -> str:
    """Paragraph text via lxml, or the page with its tags stripped."""
    if tree is not None:
        try:
            for bad in list(tree.iter(*_DROP_TAGS)):
                if bad.getparent() is not None:
                    bad.drop_tree()
            paras = [" ".join(p.text_content().split()) for p in tree.iter("p")]
            paras = [p for p in paras if re.search("[\u0621-\u064a]", p)]
            if paras:
                return "\n".join(paras)
            body = tree.find("body")
            text = (body if body is not None else tree).text_content()
            return "\n".join(" ".join(x.split()) for x in text.splitlines() if x.strip())
        except Exception:  # noqa: BLE001
            pass
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</h[1-6]\s*>|</li\s*>", "\n", text)
    text = html_lib.unescape(re.sub(r"<[^>]*>", " ", text))
    return "\n".join(" ".join(x.split()) for x in text.splitlines() if x.strip())


def _title_from_tree(tree) -> str | None:
    if tree is None:
        return None
    try:
        for meta in tree.iter("meta"):
            if (meta.get("property") or "").lower() == "og:title" and meta.get("content"):
                return meta.get("content").strip()
        h1 = next(iter(tree.iter("h1")), None)
        if h1 is not None and h1.text_content().strip():
            return " ".join(h1.text_content().split())
        title = tree.find(".//title")
        if title is not None and title.text:
            return title.text.strip()
    except Exception:  # noqa: BLE001
        return None
    return None


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata of a news page.

    Returns ``{"text", "title", "date", "author", "site", "url"}``; ``text`` has one paragraph per
    line (empty when nothing was found), ``date`` is ``YYYY-MM-DD`` or None.
    """
    result: dict[str, Any] = {"text": "", "title": None, "date": None, "author": None, "site": None, "url": url}
    if not html or not html.strip():
        return result
    doc = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False, deduplicate=False,
            favor_precision=False, favor_recall=False)
    except Exception:  # noqa: BLE001 - extractor crash on broken markup: fall back below
        doc = None
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
    doc = doc or {}
    tree = _parse(html)
    result["title"] = (doc.get("title") or "").strip() or _title_from_tree(tree)
    result["author"] = (doc.get("author") or "").strip() or None
    result["site"] = (doc.get("sitename") or doc.get("hostname") or "").strip() or None
    result["url"] = url or doc.get("url") or None
    result["date"] = date_from_markup(tree) or date_from_url(result["url"]) or _htmldate(html, result["url"])
    text = (doc.get("text") or "").strip()
    if not text or not re.search("[\u0621-\u064a]", text):
        text = _fallback_text(tree, html)  # last: it prunes the tree
    result["text"] = text
    return result


def _htmldate(html: str, url: str | None) -> str | None:
    """Last resort: htmldate's quick search for an original publication date."""
    try:
        from htmldate import find_date

        return _date_from_text(find_date(html, url=url, original_date=True, extensive_search=False))
    except Exception:  # noqa: BLE001
        return None
