"""Numbers inside names: "مقاتلتي "ميراج 2000""، "من طراز (إف 16)"، "برنامج "60 دقيقة"".

A model or a programme title carries a number that is neither a year nor a duration. A span is read
as a name when it stands in quotation marks or brackets (at most a few words) and either follows a
title noun (برنامج، طراز، مقاتلة) or starts with a word before the number (a model: ميراج 2000); an
unquoted "word number" after a model cue (طراز، نوع) is one too. The cue words are data
(resources/titles.toml). The time and quantity recognisers drop what falls inside such a name.
"""
from __future__ import annotations

import re
from functools import cache

from ..resources import load_toml
from ..text import fold

_OPEN = "\"“«(‘'"
_CLOSE = "\"”»)’'"
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _conf() -> tuple[frozenset[str], frozenset[str], int]:
    try:
        data = load_toml("titles.toml")
    except Exception:  # noqa: BLE001 — without the data file nothing is read as a name
        data = {}
    strip = lambda w: w[2:] if w.startswith("ال") and len(w) > 3 else w  # noqa: E731
    nouns = frozenset(strip(fold(w)) for w in data.get("title_nouns", []))
    cues = frozenset(fold(w) for w in data.get("model_cues", []))
    return nouns, cues, int(data.get("max_words", 4))


def _words_before(text: str, pos: int) -> set[str]:
    """Readings of the folded word ending before ``pos`` (spaces skipped): as written, and without
    a proclitic or the article in front (وبرنامج، لبرنامج، البرنامج)."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    w = fold(text[j:k])
    out = {w}
    for p in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            out.add(w[len(p):])
    return out


def in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number, with or without its unit) lies inside a name."""
    nouns, cues, max_words = _conf()
    line_lo = max(text.rfind("\n", 0, start) + 1, start - 60)
    line_hi = text.find("\n", end)
    line_hi = min(end + 60, len(text) if line_hi < 0 else line_hi)
    # the nearest opening mark before and closing mark after, on the same line
    o = max((text.rfind(c, line_lo, start) for c in _OPEN), default=-1)
    closes = [text.find(c, end, line_hi) for c in _CLOSE]
    closes = [c for c in closes if c >= 0]
    if o >= 0 and closes:
        c = min(closes)
        inner = text[o + 1:c]
        if 0 < len(inner.split()) <= max_words and not any(ch in inner for ch in _OPEN + _CLOSE):
            if _words_before(text, o) & nouns:
                return True
            head = inner[: start - o - 1].split()
            tail = inner[end - o - 1:].strip()
            if len(head) == 1 and _WORD.fullmatch(head[0]) and not tail:
                return True  # one word, then the number, closing: a model ("ميراج 2000"، "إف 16")
    # unquoted: "من طراز إف 16"
    head = text[line_lo:start].split()
    return len(head) >= 2 and bool(_WORD.fullmatch(head[-1])) and fold(head[-2]) in cues
