"""The person a definite description by nationality points back to.

"وقال المسؤول الكوري الشمالي" after "كيم كي غوان النائب الأول لوزير الخارجية الكوري الشمالي",
"وأضاف الوزير السعودي" after "وزير الخارجية السعودي عادل الجبير": the description's nationality
(a KB demonym) and, for a head that is a specific title ("الوزير"), the title itself stand around
one person's earlier name mention (in the words before the name, or in an apposition after it)
or in that person's role mention. Generic heads (cues.toml described.generic: "المسؤول") need the
nationality only. The person must have spoken already; of several, the last to speak.
"""
from __future__ import annotations

import re
from functools import cache

from ..article import Article
from ..text import fold
from .antecedents import earlier_people, without_article
from .cues import folded_set
from .names import is_title

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[.،,:؛;!?؟\n\"«»“”()]")
_WINDOW = 10  # words of context on each side of a name


@cache
def demonyms() -> dict[str, str]:
    """The KB's demonym index (bare demonym → country), read once."""
    try:
        from ..entities.kb import load_kb
        return dict(load_kb().demonym_index)
    except Exception:  # noqa: BLE001 — the KB is another stage's resource: without it, no demonyms
        return {}


def _country(words: list[str]) -> str | None:
    """The KB country of a demonym written as these definite words ("الكوري الشمالي")."""
    index = demonyms()
    bare = [without_article(w) for w in words]
    return index.get(" ".join(bare)) or (index.get(bare[0]) if len(bare) == 1 else None)


def _context_countries(words: list[str]) -> set[str]:
    """Countries of the demonyms (one or two words) among ``words``."""
    index = demonyms()
    bare = [without_article(w) for w in words]
    out = {index[w] for w in bare if w in index}
    out |= {index[a + " " + b] for a, b in zip(bare, bare[1:]) if a + " " + b in index}
    return out


def described_person(article: Article, source: str | None, pos: int,
                     spoke: tuple[str, ...] = ()) -> str | None:
    """The person a description "ال<title> <demonym>" names, or None (see the module doc): of
    those who fit, the one who spoke last (``spoke``: speaker ids so far, in order), so that of
    "الزعيم الكوري الشمالي" and his deputy who gave the statement, the deputy."""
    if not source:
        return None
    words = [fold(w) for w in _WORD.findall(source)]
    if not 2 <= len(words) <= 3 or not all(w.startswith("ال") for w in words):
        return None
    head = words[0]
    generic = head in folded_set("described", "generic")
    if not (generic or is_title(head)):
        return None
    country = _country(words[1:])
    if country is None:
        return None
    need = None if generic else without_article(head)
    body, found = article.body, set()
    if _unnamed_before(body, without_article(head), country, pos):
        return None  # "مسؤول أميركي" before "المسؤول الأميركي": the official never named
    for ent, m in earlier_people(article, pos):
        if ent.id in found:
            continue  # one mention that fits is enough
        if m.kind == "role":
            ctx = [fold(w) for w in _WORD.findall(m.text)]
        elif m.kind == "name":
            left = _STOP.split(body[max(0, m.start - 120):m.start])[-1]
            after = body[m.end:m.end + 120]
            if after.lstrip()[:1] in ("،", ","):
                after = after.lstrip()[1:]  # "X، نائب وزير التجارة الكندي،": the apposition
            right = _STOP.split(after)[0]
            ctx = [fold(w) for w in _WORD.findall(left)][-_WINDOW:] + \
                [fold(w) for w in _WORD.findall(right)][:_WINDOW]
        else:
            continue
        if country in _context_countries(ctx) and (need is None or need in {without_article(w) for w in ctx}):
            found.add(ent.id)
    # (a person only mentioned with that nationality is no source yet: "إدارة الرئيس الأميركي
    # باراك أوباما" before "وشرح المسؤول الأميركي" — an official never named)
    last = next((x for x in reversed(spoke) if x in found), None)
    return last


def _unnamed_before(body: str, head: str, country: str, pos: int) -> bool:
    """Did the text before ``pos`` bring in someone with the indefinite head and the same
    nationality ("مسؤول أميركي"، "مسؤول في الخارجية الأميركية")? Then the description is that one."""
    words = [fold(w) for w in _WORD.findall(body[:pos])]
    for i, w in enumerate(words[:-1]):
        if w == head or w[:1] in "وف" and w[1:] == head:
            nxt = words[i + 1]
            # (not a head in construct, "مدرب ريال مدريد الفرنسي": that one is named)
            if not nxt.startswith("ال") and country in _context_countries([nxt]) or \
                    nxt in ("في", "ب", "من") and country in _context_countries(words[i + 2:i + 6]):
                return True
    return False
