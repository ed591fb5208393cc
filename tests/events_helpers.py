"""Hand-built Articles for the event tests (shared by test_events*.py)."""
from __future__ import annotations

import re

from khabar.article import Article, Entity, Mention, Quote, Timex
from khabar.events import extract_events
from khabar.text import split_sentences


def make(text: str, entities: dict | None = None, times: list | None = None, quotes: list | None = None,
         published: str | None = "2024-03-10") -> Article:
    """An Article with sentences, and entities/times/quotes placed where their strings occur.

    ``entities``: {id: (type, [surface, ...])}, every occurrence becomes a mention (the first surface a
    name, the others roles). ``times``: [(text, value)]. ``quotes``: [(text, speaker id)].
    """
    art = Article(body=text, published=published)
    art.sentences = split_sentences(text)
    for eid, (typ, surfaces) in (entities or {}).items():
        mentions = []
        for n, surface in enumerate(surfaces):
            for m in re.finditer(re.escape(surface), text):
                if any(x.start < m.end() and m.start() < x.end for x in mentions):
                    continue
                mentions.append(Mention(m.start(), m.end(), surface, "name" if n == 0 else "role"))
        art.entities.append(Entity(eid, typ, eid, surfaces[0], mentions=mentions))
    for ttext, value in times or []:
        i = text.index(ttext)
        art.times.append(Timex(ttext, i, i + len(ttext), value))
    for qtext, speaker in quotes or []:
        i = text.index(qtext)
        art.quotes.append(Quote(qtext, i, i + len(qtext), "indirect", speaker=speaker))
    return art


def only(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger_text) for e in events]
    return found[0]


def types_of(text: str, **kw) -> list[str]:
    return [e.type for e in extract_events(make(text, **kw))]
