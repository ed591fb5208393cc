"""The cleaning stage: raw bytes or page to a clean article body with its headline and credits.

    decode(data) -> (text, encoding)              bytes to text, Arabic-aware; InputError on junk
    looks_like_html(text) / extract_html(html)    main text and metadata of a web page
    clean_text(raw, title_hint=None) -> Cleaned   boilerplate out, title/byline/dateline aside
    prepare(data, url=None, title=None) -> Prepared   all of the above in one call
    clean_article                                 the same as a pipeline stage on an Article
"""
from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from ..errors import InputError
from ..pipeline import stage
from .boilerplate import Cleaned, clean_text
from .decode import decode, has_arabic
from .html import extract_html, looks_like_html


@dataclass(slots=True)
class Prepared:
    """A cleaned article plus what the input itself said (page metadata, encoding)."""

    cleaned: Cleaned
    published: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    encoding: str | None = None
    html: bool = False

    def to_article(self, **extra) -> Article:
        c = self.cleaned
        return Article(body=c.body, title=c.title, byline=c.byline, published=self.published,
                       dateline=c.dateline, url=self.url, site=self.site, encoding=self.encoding,
                       removed=list(c.removed), paragraphs=list(c.paragraphs), **extra)


def prepare(data: bytes | str, url: str | None = None, title: str | None = None,
            html: bool | None = None) -> Prepared:
    """Decode, extract (when HTML) and clean one input document.

    ``title`` is a known headline (a JSONL record's); a page's own title is used otherwise.
    ``html`` forces (True) or forbids (False) HTML extraction; by default it is detected.
    Raises InputError when the input is empty, binary, has no Arabic, or cleans to nothing.
    """
    encoding = None
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, encoding = decode(bytes(data))
    else:
        text, _ = decode(data)
    out = Prepared(cleaned=Cleaned(body=""), url=url, encoding=encoding)
    if html or (html is None and looks_like_html(text)):
        page = extract_html(text, url=url)
        out.html = True
        out.published, out.url, out.site, out.author = page["date"], page["url"], page["site"], page["author"]
        title = title or page["title"]
        text = page["text"]
        if not has_arabic(text):
            raise InputError("no Arabic article text found in the HTML page")
    out.cleaned = clean_text(text, title_hint=title)
    if out.cleaned.byline is None and out.author:
        out.cleaned.byline = out.author
    if not out.cleaned.body.strip():
        raise InputError("nothing left after cleaning: the input holds no article text")
    return out


@stage("clean", requires=(), provides=("clean",))
def clean_article(article: Article) -> None:
    """Clean ``article.body`` in place; keeps a title/byline the article already has."""
    cleaned = clean_text(article.body, title_hint=article.title)
    article.body = cleaned.body
    article.title = article.title or cleaned.title
    article.byline = article.byline or cleaned.byline
    article.dateline = article.dateline or cleaned.dateline
    article.removed.extend(cleaned.removed)
    article.paragraphs = list(cleaned.paragraphs)


__all__ = ["Cleaned", "InputError", "Prepared", "clean_article", "clean_text", "decode", "extract_html",
           "looks_like_html", "prepare"]
