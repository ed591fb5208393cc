"""Sub-headings flattened into a paragraph, put back on their own line.

Some scrapes lose the line break around an article's inner sub-headings, so a heading is glued
between two sentences: "... للأمم المتحدة". حسن نصر الله ينتقد وقال الأمين العام ...". Later
stages then read "ينتقد وقال الأمين العام" as one clause. The shape is narrow: after a sentence end,
a short fragment with no punctuation (one ".." headline separator allowed), then a sentence opener
with an explicit subject ("وقال الأمين العام", "ونشرت إسكوا", "من جانبها"). The fragment must not
open with a connective, a particle or a perfective verb (a subject-first sentence "الجيش أعلن ...
وقال" is prose; headings use the present tense or no verb).

Nothing is removed: the fragment only gets its own line, so the body keeps every character and the
paragraph structure becomes what the page showed. Settings: ``[subheading]`` in boilerplate.toml.
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml
from ..text.normalize import fold
from .rules import RESOURCE
from .teasers import load_teaser_rules

# Whitespace and invisible marks at a piece's edges (as boilerplate.split_lines strips them).
_EDGE = " \t\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u3000"
_TOKEN = re.compile(r"\S+")
# A sentence end followed by a space: where a glued heading can begin.
_END_THEN_SPACE = re.compile(r"[.!?؟][\"'”»)]*(?=\s+\S)")
_PUNCT = re.compile(r"[.!?؟،,:;؛\"'«»“”()\[\]{}/\\|*#@\-–—_…]")
_ARABIC = re.compile("[\u0621-\u064a]")
# A real sentence end: not an initial ("رتشارد س.") nor a bare number.
_SHORT_END = re.compile(r"^\W*\w{0,2}[.!?؟]")
_HEADLINE_SEP = re.compile(r"^[^\W\d_][^.\s]*[^.\s]\.\.$")


@dataclass(frozen=True, slots=True)
class HeadingRules:
    max_words: int
    opener_verbs: frozenset[str]
    opener_after_min: frozenset[str]
    function_words: frozenset[str]
    perfective: frozenset[str]


@cache
def load_heading_rules(resource: str = RESOURCE) -> HeadingRules:
    data = load_toml(resource).get("subheading", {})
    lead = load_teaser_rules(resource).verbs
    verbs = {fold(v) for v in data.get("opener_verbs", ())}
    verbs |= {v + "ت" for v in list(verbs) if not v.endswith("ت")}
    return HeadingRules(
        max_words=int(data.get("max_words", 10)),
        opener_verbs=frozenset(verbs),
        opener_after_min=frozenset(fold(w) for w in data.get("opener_after_min", ())),
        function_words=frozenset(fold(w) for w in data.get("function_words", ())),
        perfective=lead,
    )


def _opener(tokens: list[str], j: int, hr: HeadingRules) -> bool:
    """Whether tokens[j:] start a new sentence with an explicit subject."""
    if j + 1 >= len(tokens):
        return False
    word, nxt = fold(tokens[j]), fold(tokens[j + 1]).strip("\"'«»“”(),،")
    if word == "من":
        return nxt.rstrip(",،") in hr.opener_after_min
    if not (word.startswith("و") and word[1:] in hr.opener_verbs):
        return False
    # "وقال الأمين العام" opens a sentence; "وقال للصحفيين", "وقالت إنها", "وأكد صحتها" continue one.
    return bool(nxt) and nxt not in hr.function_words and not nxt.startswith(("ل", "ب")) \
        and not nxt.endswith(("ها", "هم", "هما")) and not _PUNCT.search(nxt)


def _fragment_ok(words: list[str], hr: HeadingRules) -> bool:
    if not 1 <= len(words) <= hr.max_words:
        return False
    seps = 0
    for i, w in enumerate(words):
        if _HEADLINE_SEP.match(w) and 0 < i < len(words) - 1:
            seps += 1
            w = w[:-2]
        if _PUNCT.search(w):
            return False
        f = fold(w)
        if f in hr.perfective:
            return False
    if seps > 1 or not any(_ARABIC.search(w) for w in words):
        return False
    if fold(words[0]).startswith(("و", "ف")):
        return False
    # A particle anywhere means a clause of running prose ("لافتا إلى أنه ...", "هل تعتقد أن ...").
    return not any(fold(w).rstrip(".") in hr.function_words for w in words)


def heading_spans(paragraph: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans in ``paragraph`` of sub-headings glued between two sentences."""
    hr = load_heading_rules()
    out: list[tuple[int, int]] = []
    floor = 0
    # Only the few words after each sentence end are looked at (most paragraphs have two or three).
    for end in _END_THEN_SPACE.finditer(paragraph):
        if end.start() < floor:
            continue
        token_start = paragraph.rfind(" ", 0, end.start()) + 1
        ender = paragraph[token_start:end.start() + 1]
        if ender.endswith("..") or _SHORT_END.match(ender):
            continue
        matches = list(islice(_TOKEN.finditer(paragraph, end.end()), hr.max_words + 2))
        tokens = [m.group() for m in matches]
        found = None
        for j in range(1, min(len(tokens), hr.max_words + 1)):
            if _opener(tokens, j, hr):
                found = j
                break
            if _PUNCT.search(tokens[j - 1]) and not _HEADLINE_SEP.match(tokens[j - 1]):
                break  # punctuation inside: a sentence, not a heading
        if found is not None and _fragment_ok(tokens[:found], hr):
            out.append((matches[0].start(), matches[found - 1].end()))
            floor = matches[found - 1].end()
    return out


def split_paragraph(paragraph: str) -> list[str]:
    """The paragraph cut around its glued sub-headings (pieces are exact substrings)."""
    spans = heading_spans(paragraph)
    if not spans:
        return [paragraph] if paragraph else []
    pieces, pos = [], 0
    for s, e in spans:
        pieces.extend((paragraph[pos:s].rstrip(), paragraph[s:e]))
        pos = e
    pieces.append(paragraph[pos:].lstrip())
    return [p.strip(_EDGE) for p in pieces if p.strip(_EDGE)]
