"""The office of an office: "مدير مكتب زعيم المعارضة سومايلا سيسي".

After an indefinite office noun ("مدير"), a chain of institution nouns ("مكتب"، "مجلس إدارة")
and a second office ("زعيم المعارضة"، "الرئيس الفرنسي"), the name that follows belongs to that
second office: the speaker is the unnamed head of the institution, not the named person. A name
set off by commas after it ("مدير مكتب رئيس الحكومة سعد الحريري، نادر الحريري،") is the head's
own name and stays with the caller. Without a second office ("رئيس مجلس إدارة شركة أرامكو أمين
الناصر") the name is the head's, and nothing here applies.
"""
from __future__ import annotations

from functools import cache

from ..resources import load_toml
from ..text import Token, fold
from .names import is_title

_COMMA = {",", "،", "؛", ";"}


@cache
def _grammar() -> tuple[frozenset[str], frozenset[str], int]:
    try:
        g = load_toml("office_heads.toml").get("office_heads", {})
    except (OSError, ValueError):
        return frozenset(), frozenset(), 0
    return (frozenset(fold(w) for w in g.get("institutions", ())),
            frozenset(fold(w) for w in g.get("offices", ())),
            int(g.get("max_complement", 3)))


def _office(word: str, offices: frozenset[str]) -> bool:
    return word in offices or is_title(word) and not word.startswith(("و", "ف"))


def inner_holder(tokens: list[Token], a: int, b: int, name_starts) -> int | None:
    """Token index where the inner office's holder is named, for a subject phrase starting at
    token ``a`` (the outer office noun) within [a, b); None when the phrase is not an office of
    an office. ``name_starts(k)`` tells whether a person's name starts at token ``k``."""
    institutions, offices, room = _grammar()
    if not institutions or a + 3 >= b or tokens[a].norm.startswith("ال"):
        return None
    k = a + 1
    while k < b and tokens[k].kind == "word" and tokens[k].norm in institutions:
        k += 1
    if k == a + 1 or k >= b or tokens[k].kind != "word" or not _office(tokens[k].norm, offices):
        return None
    # the inner office's complement: definite words only ("الوزراء"، "المعارضة"، "الفرنسي")
    x = k + 1
    while x < b and x - k - 1 <= room:
        t = tokens[x]
        if t.kind != "word" or t.text in _COMMA:
            return None  # a comma: the name after it is in apposition to the whole phrase
        if name_starts(x):
            return x
        if not t.norm.startswith("ال") and not _office(t.norm, offices):
            return None
        x += 1
    return None


def name_end(tokens: list[Token], idx, x: int, b: int) -> int:
    """Token index just after the name starting at token ``x``: its PER mention, else the
    longest name prefix of up to four words."""
    from .names import name_prefix
    for m in idx.within(tokens[x].start, tokens[x].end):
        if m[0] == tokens[x].start and m[3] == "PER" and m[4] == "name":
            return max((y for y in range(x, b) if tokens[y].start < m[1]), default=x) + 1
    words = [t.norm for t in tokens[x:min(b, x + 4)] if t.kind == "word"]
    return x + max(1, name_prefix(words))


def starts_name(tokens: list[Token], idx, x: int, b: int) -> bool:
    """Does a person's name start at token ``x`` (a tagged name, or two name words)?"""
    from .names import name_prefix
    if any(m[0] == tokens[x].start and m[3] == "PER" and m[4] == "name"
           for m in idx.within(tokens[x].start, tokens[x].end)):
        return True
    words = []
    for t in tokens[x:min(b, x + 4)]:
        if t.kind != "word":
            break
        words.append(t.norm)
    return name_prefix(words) >= 2
