"""The Python API: ``khabar.read`` turns one raw article into an Article; ``read_jsonl`` a batch.

Input flows: bytes → decode → (HTML → main text + metadata) → Arabic cleaning → the analysis
pipeline (sentences, entities, quotes, times, quantities, events, summary).
"""
from __future__ import annotations

import json
import re
from functools import cache
from typing import Any, Iterable, Iterator

from .article import Article
from .clean import prepare
from .errors import InputError, KhabarError
from .pipeline import Pipeline

_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a date-ish value ("2018-03-06T14:39:31+04:00", "2021-06-16"), else None."""
    if not value:
        return None
    m = _DATE_RE.search(str(value))
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return m.group()


def _dateline_date(dateline: str | None) -> str | None:
    """The calendar day a dateline states ("الرياض 11 أغسطس 2015 واس"): the publication date of
    an input that gives none, so relative dates in the story can still be resolved."""
    if not dateline:
        return None
    from .timex import find_times
    for t in find_times(dateline, None):
        if t.value and len(t.value) == 10 and t.value[4] == "-":
            return t.value
    return None


@cache
def default_pipeline() -> Pipeline:
    """The analysis stages, in order; resources load lazily on first use."""
    from .stages import default_stages
    return Pipeline(default_stages(), given=("body",))


def read(source: str | bytes, published: str | None = None, html: bool | None = None, *,
         title: str | None = None, url: str | None = None, source_id: str | None = None,
         pipeline: Pipeline | None = None) -> Article:
    """Read one article (plain text or HTML, as ``str`` or raw ``bytes``) into an Article.

    ``published`` (YYYY-MM-DD) anchors relative dates; without it, the page's own date is used.
    ``html`` forces (True) or forbids (False) HTML extraction; by default it is detected.
    ``title`` is a known headline (from a feed or a JSONL record), removed from the body if repeated.
    Raises ``InputError`` for input that is not an Arabic article (empty, binary, no Arabic, or
    nothing left once the boilerplate is out).
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise InputError(f"cannot read a {type(source).__name__}: give text or bytes")
    prepared = prepare(source, url=url, title=title, html=html)
    article = prepared.to_article(source_id=source_id)
    article.title = article.title or title
    article.published = iso_date(published) or iso_date(prepared.published) or \
        _dateline_date(article.dateline)
    (pipeline or default_pipeline())(article)
    return article


def read_record(record: dict[str, Any], pipeline: Pipeline | None = None) -> Article:
    """Read one news JSONL record: ``{"id", "title", "text", "date", "url"}`` (other keys kept out)."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("record has no text field")
    return read(text, published=record.get("date"), html=None if "<" in text[:2000] else False,
                title=record.get("title"), url=record.get("url"),
                source_id=str(record["id"]) if record.get("id") is not None else None,
                pipeline=pipeline)


def read_jsonl(lines: Iterable[str], pipeline: Pipeline | None = None) -> Iterator[dict[str, Any]]:
    """One output row per input line: the article record, or ``{"id", "line", "error"}``.

    A batch never stops on a bad line: malformed JSON, a missing text or an article that fails
    to read all end as error rows, so every input is accounted for.
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rid = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("line is not a JSON object")
            rid = record.get("id")
            article = read_record(record, pipeline)
            out = article.to_dict()
            if rid is not None:
                out["source_id"] = rid
            yield out
        except json.JSONDecodeError as err:
            yield {"id": rid, "line": n, "error": f"invalid JSON: {err.msg}"}
        except KhabarError as err:
            yield {"id": rid, "line": n, "error": err.message}
        except Exception as err:  # a bug must not lose the rest of the batch; report it as a row
            yield {"id": rid, "line": n, "error": f"internal error: {type(err).__name__}: {err}"}
