"""Words that still belong to a subject the entity stage cut short, read before an np object.

"أعلنت شركة غوغل الأمريكية عن وقف …"، "وأكد الهلال الأحمر الكردي من جهته إصابة …": when the
tagged name ends before a definite demonym (or another adjective that qualifies organisations,
cues.toml subject_tail.adjectives) the adjective still describes the subject, and so does "من
جهته"; the object the cue reports starts after them. Only called right after the subject's own
name, so an object that opens with such a word ("وأعلن التنظيم المسؤولية") is not touched: those
nouns are neither demonyms nor listed.
"""
from __future__ import annotations

from functools import cache

from ..text import Token
from .cues import folded_set
from .described import demonyms

_MAX_ADJECTIVES = 3


def subject_tail_end(toks: list[Token], k: int, hi: int) -> int:
    """The token after the subject's trailing adjectives and "من جهته" starting at ``k``
    (``k`` itself when there are none)."""
    n = 0
    while k < hi and n < _MAX_ADJECTIVES and _adjective(toks[k]):
        k, n = k + 1, n + 1
    if k + 1 < hi and toks[k].norm == "من" and toks[k + 1].norm in _sides():
        k += 2  # "من جهته"، "من جانبها"
    return k


def _adjective(tok: Token) -> bool:
    w = tok.norm
    if tok.kind != "word" or not w.startswith("ال") or len(w) < 5:
        return False
    return w in _listed() or w[2:] in demonyms()


@cache
def _listed() -> frozenset[str]:
    return folded_set("subject_tail", "adjectives")


@cache
def _sides() -> frozenset[str]:
    return folded_set("subject_tail", "sides")
