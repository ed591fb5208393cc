"""What the recognisers share: the match record and the per-document context."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .lexicon import Lexicon
from .scan import Scan

_SENTENCE_END = frozenset(".!?؟:;؛\n")


@dataclass(slots=True)
class Hit:
    """A recognised expression over tokens ``[i, j)``; ``skip`` folded chars of a proclitic dropped."""

    i: int
    j: int
    value: str | None
    type: str = "DATE"
    skip: int = 0
    minutes: float | None = None
    day: dt.date | None = None  # the calendar day, for day-level dates (anchors clock times)
    clock: tuple[int, int] | None = None  # hour, minute of a clock time not yet tied to a day
    part: str | None = None  # TIMEX3 part of day (MO, AF, EV, NI)
    amount: float | None = None  # of a duration, in ``unit`` (for khabar.quantities)
    unit: str | None = None  # duration unit letter: S MIN H D W MO Y DE CE
    # (token, proclitic skip) where the amount of a shifted date starts: "قبل عامين" is a date and
    # its "عامين" a quantity of 2 years (khabar.quantities)
    inner: tuple[int, int] | None = None


class Ctx:
    def __init__(self, scan: Scan, lex: Lexicon, dct: dt.date | None):
        self.scan = scan
        self.toks = scan.toks
        self.n = len(scan.toks)
        self.lex = lex
        self.dct = dct

    def text(self, i: int) -> str | None:
        """Folded text of token ``i`` (any kind), None past the end."""
        return self.toks[i].text if 0 <= i < self.n else None

    def is_int(self, i: int, lo: int, hi: int) -> int | None:
        """The integer value of digit token ``i`` when it has no separators and is in [lo, hi]."""
        if 0 <= i < self.n:
            t = self.toks[i]
            if t.kind == "num" and t.text.isdigit() and lo <= int(t.text) <= hi:
                return int(t.text)
        return None

    def future_before(self, i: int, window: int = 12) -> bool:
        """Whether the clause before token ``i`` points to the future (سوف, المقرر, سيزور …)."""
        lex = self.lex
        for k in range(i - 1, max(-1, i - 1 - window), -1):
            t = self.toks[k]
            if t.kind == "punct" and t.text in _SENTENCE_END:
                return False
            if t.kind != "word":
                continue
            if t.text in lex.future_stops:
                return False  # "ستطلع المجلس على الهجوم الذي وقع في": the relative clause is past
            for prefix, stem in t.readings()[:2]:
                if stem in lex.future_cues:
                    return True
            w = t.text
            if w.startswith("و") or w.startswith("ف"):
                w = w[1:]
            if (len(w) >= 4 and w[0] == "س" and w[1] in "يتنا" and w not in lex.not_future
                    and not w.startswith("سنو") and not w.startswith("سيا")):
                return True
        return False
