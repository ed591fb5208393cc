"""Sentence and paragraph boundaries for Arabic news.

Sentences end at . ! ? ؟ ؛ and the headline separator "..", and always at a paragraph break (a
newline). They do not end inside a number (3.5), after a known abbreviation (د. for doctor, م. for
engineer, ق.م), inside an open quotation that closes later in the same paragraph, or before the
closing mark of a quotation: in ``… للغاية”.`` the sentence takes the mark and the period.
The comma ، is a clause boundary, not a sentence boundary (Arabic news chains clauses with it);
``clauses`` gives that finer split for stages that want it.
"""
from __future__ import annotations

import re

from ..pipeline import stage
from ..resources import load_lines

_TERMINAL = set(".!?؟؛…")
_CLOSERS = set("”»\"’'›)]")
_OPENERS = {"“": "”", "«": "»", "‹": "›"}


def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as ``[start, end)`` spans, whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _word_before(text: str, i: int, floor: int) -> str:
    j = i
    while j > floor and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def _open_quote_until(text: str, s: int, e: int) -> list[int]:
    """For each position, the end of the curly/guillemet quotation it sits in (or -1).

    Only quotations whose closing mark exists in the paragraph count: an unbalanced mark must not
    swallow the rest of the paragraph.
    """
    inside = [-1] * (e - s)
    i = s
    while i < e:
        close = _OPENERS.get(text[i])
        if close:
            j = text.find(close, i + 1, e)
            nxt_open = text.find(text[i], i + 1, e)
            if j != -1 and (nxt_open == -1 or nxt_open > j):
                for k in range(i, j):
                    inside[k - s] = j
                i = j + 1
                continue
        i += 1
    return inside


def split_paragraph(text: str, s: int, e: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    out = []
    start = s
    inside = _open_quote_until(text, s, e)
    i = s
    while i < e:
        ch = text[i]
        if ch in _TERMINAL and inside[i - s] == -1:
            # decimal point inside a number: 3.5
            if ch == "." and 0 < i < e - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue
            if ch == "." and _word_before(text, i, start) + "." in abbreviations:
                i += 1
                continue
            j = i + 1
            while j < e and (text[j] in _TERMINAL or text[j] in _CLOSERS):
                j += 1
            # a lone "." between two words without space is not an end (e.g. URLs, a.m.)
            if ch == "." and j == i + 1 and j < e and not text[j].isspace() and text[j] not in "“«\"":
                i += 1
                continue
            out.append((start, j))
            while j < e and text[j].isspace():
                j += 1
            start = j
            i = j
            continue
        i += 1
    if start < e:
        out.append((start, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, in order, never crossing a paragraph break."""
    abbreviations = _abbreviations()
    out: list[tuple[int, int]] = []
    for s, e in paragraphs(text):
        out.extend(split_paragraph(text, s, e, abbreviations))
    return out


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma/semicolon-delimited clauses of one sentence."""
    out, start = [], s
    for m in re.finditer(r"[،,؛;]", text[s:e]):
        cut = s + m.end()
        out.append((start, cut))
        start = cut
    if start < e:
        out.append((start, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


@stage("sentences", requires=("body",), provides=("sentences", "paragraphs"))
def sentences_stage(article) -> None:
    article.paragraphs = paragraphs(article.body)
    article.sentences = split_sentences(article.body)
