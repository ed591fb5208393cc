"""Hand-built Articles for the quote tests (shared by test_quotes_*.py): entities whose mentions
sit at every occurrence of given surface forms, so the tests do not depend on the entity stage."""
from __future__ import annotations

from khabar.article import Article, Entity, Mention
from khabar.quotes import find_quotes
from khabar.text import split_sentences


def mentions_of(body: str, forms: list[str | tuple[str, str]]) -> list[Mention]:
    """A mention at every occurrence of each form; a form is a surface or (surface, kind)."""
    out = []
    for form in forms:
        surface, kind = form if isinstance(form, tuple) else (form, "name")
        p = body.find(surface)
        while p >= 0:
            out.append(Mention(p, p + len(surface), surface, kind))
            p = body.find(surface, p + 1)
    return out


def article(body: str, people: dict[str, list[str]] | None = None) -> Article:
    """Entities e1… in the order given; a name "ORG:…" or "LOC:…" sets the type (else PER)."""
    ents = []
    for i, (name, forms) in enumerate((people or {}).items(), 1):
        typ = "PER"
        if name.startswith(("ORG:", "LOC:")):
            typ, name = name[:3], name[4:]
        ents.append(Entity(f"e{i}", typ, name, forms[0], mentions=mentions_of(body, forms)))
    return Article(body=body, sentences=split_sentences(body), entities=ents)


def quotes(body: str, people=None, **kw):
    """(article, quotes) of ``body``."""
    a = article(body, people)
    return a, find_quotes(a, **kw)


def quotes_only(body: str, people=None):
    """The quotes alone, without speaker entities added by the quote stage."""
    return quotes(body, people, add_entities=False)[1]
