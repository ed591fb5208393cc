"""A token stream over the folded text, shared by the time and quantity recognisers.

Matching happens on ``khabar.text.normalize`` output (hamza, taa marbuta, diacritics and Eastern
digits folded), and every token keeps its offsets in that folded string; ``Scan.span`` maps a token
range back to exact ``[start, end)`` offsets of the original text.

Tokens are digit runs (with their internal separators), letter runs and single punctuation
characters. Letters and digits are split even when written together ("2003م", "و2015"), so the
era mark and the conjunction become tokens of their own; ``glued`` tells whether a token touches
the previous one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..text import clitic_readings, fold, normalize
from ..text.normalize import _TABLE, Normalized

# Characters that folding drops (diacritics, tatweel, invisible controls). When a text has none,
# the offset map is the identity and the per-character loop of ``normalize`` can be skipped.
_DROPPED_RE = re.compile("[" + "".join(re.escape(chr(k)) for k, v in _TABLE.items() if v is None) + "]")

_TOKEN_RE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)|(?P<punct>\S)")
_ARABIC_COMMA = "\u060c"


@dataclass(slots=True)
class Tok:
    text: str  # folded form
    start: int  # offsets into the folded string
    end: int
    kind: str  # num | word | punct
    glued: bool = False  # no space between this token and the previous one
    value: float | None = None  # numeric value of a digit token
    _readings: list[tuple[str, str]] | None = field(default=None, repr=False)

    def readings(self) -> list[tuple[str, str]]:
        """(proclitic, stem) readings, bare word first (see ``khabar.text.clitic_readings``)."""
        if self._readings is None:
            self._readings = clitic_readings(self.text) if self.kind == "word" else [("", self.text)]
        return self._readings


def clitic_skip(text: str, prefix: str, stem: str) -> int:
    """Folded characters of a proclitic to leave out of a span.

    For "لل" (ل + ال, the alef elided) the preposition cannot be cut off without leaving a
    misspelled word ("لقرن"), so the span keeps it: "للقرن العشرين", "وللقرن" → "للقرن …".
    """
    if prefix and stem.startswith("ال") and not text[len(prefix):].startswith("ال"):
        return len(prefix) - 1
    return len(prefix)


def parse_digits(s: str) -> float | None:
    """Value of a digit run with separators: ``1,500`` → 1500, ``3.5`` and ``3,5`` → 3.5.

    A comma followed by groups of exactly three digits is a thousands separator (Arabic ``٬`` folds
    to a comma); otherwise a single comma is a decimal mark, as in Maghreb and French usage.
    """
    try:
        if "," not in s and "." not in s:
            return float(int(s))
        if "," in s and "." in s:
            last = max(s.rfind(","), s.rfind("."))
            whole = s[:last].replace(",", "").replace(".", "")
            return float(whole + "." + s[last + 1:])
        sep = "," if "," in s else "."
        parts = s.split(sep)
        if len(parts) > 2 or (sep == "," and all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3):
            if all(len(p) == 3 for p in parts[1:]):
                return float("".join(parts))
            return float(parts[0])
        return float(parts[0] + "." + parts[1])
    except ValueError:
        return None


def _normalize(text: str) -> Normalized:
    """``khabar.text.normalize`` with a fast path: the same folding, the offset map built from the
    runs between dropped characters instead of one Python step per character."""
    folded = fold(text)
    if len(folded) == len(text):
        return Normalized(folded, list(range(len(text) + 1)))
    origin: list[int] = []
    pos = 0
    for m in _DROPPED_RE.finditer(text):
        origin.extend(range(pos, m.start()))
        pos = m.end()
    origin.extend(range(pos, len(text)))
    if len(origin) != len(folded):  # folding did something else: take the reference path
        return normalize(text)
    origin.append(len(text))
    return Normalized(folded, origin)


class Scan:
    """The folded text of one document and its tokens."""

    _last: "Scan | None" = None

    @classmethod
    def of(cls, text: str) -> "Scan":
        """The scan of ``text``, reused when the same text was scanned just before (the times and
        quantities stages read the same body)."""
        last = cls._last
        if last is not None and last.original is text:
            return last
        scan = cls(text)
        cls._last = scan
        return scan

    def __init__(self, text: str):
        self.original = text
        self.hits = None  # (published, time hits) cached by khabar.timex.time_hits
        norm = _normalize(text)
        folded = norm.text
        if _ARABIC_COMMA in text:
            # The Arabic comma folds to "," like the thousands separator; restore it so that
            # "5،6" stays two numbers.
            chars = list(folded)
            for m in re.finditer(_ARABIC_COMMA, text):
                k = bisect_left(norm.origin, m.start())
                if k < len(chars) and norm.origin[k] == m.start():
                    chars[k] = _ARABIC_COMMA
            folded = "".join(chars)
        self.norm = norm
        self.text = folded
        toks: list[Tok] = []
        prev_end = -1
        for m in _TOKEN_RE.finditer(folded):
            kind = m.lastgroup or "punct"
            tok = Tok(m.group(), m.start(), m.end(), kind, glued=(m.start() == prev_end))
            if kind == "num":
                tok.value = parse_digits(tok.text)
                if tok.value is None:
                    tok.kind = "punct"
            toks.append(tok)
            prev_end = m.end()
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def span(self, i: int, j: int, skip: int = 0) -> tuple[int, int]:
        """Original offsets of tokens ``[i, j)``; ``skip`` folded characters dropped at the start
        (a proclitic that is not part of the expression)."""
        a = self.toks[i].start + skip
        b = self.toks[j - 1].end
        return self.norm.span(a, b)

    def word(self, i: int) -> str | None:
        """Folded text of token ``i`` when it is a word, else None (also past the end)."""
        if 0 <= i < len(self.toks):
            t = self.toks[i]
            if t.kind == "word":
                return t.text
        return None
