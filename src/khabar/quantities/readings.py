"""Second looks at a number's reading: a dot that separates thousands, a "عقد" that is no decade,
a bare number that numbers a list item or gives a score.

The first two are decided by the word after the number (resources/numbers.toml, [thousands_dot]
and [decade_not]) on the reading of khabar.timex.numbers and khabar.timex durations.
"""
from __future__ import annotations

import re
from functools import cache

from ..resources import load_toml
from ..text import fold

# One to three digits, a dot, exactly three digits: "90.500", never "0.250" or "3.5".
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], int]:
    n = load_toml("numbers.toml")
    decimal_nouns = frozenset(fold(w) for w in n["thousands_dot"]["decimal_nouns"])
    held = frozenset(fold(w) for w in n["decade_not"]["held"])
    return decimal_nouns, held, int(n["decade_not"]["max_count"])


def thousands_dot(toks, i: int, k: int) -> bool:
    """Digits at token i ("90.500") counting the noun at token k are a whole number written with a
    thousands dot: a count of people or things has no fraction of three digits."""
    if not _DOT_THOUSANDS.fullmatch(toks[i].text) or k >= len(toks):
        return False
    return toks[k].text not in _lists()[0]


def not_a_decade(toks, j: int, amount: float) -> bool:
    """A "عقد" duration ending at token j that is no span of time: counted past ten it is a
    contract ("31 عقدا"), and alone before a meeting noun it is "holding" ("قبل عقد أي اجتماع")."""
    _, held, max_count = _lists()
    if amount > max_count:
        return True
    return amount == 1 and j < len(toks) and toks[j].text in held


_MARKS = frozenset("-–—)")
# After an item number at a line or sentence start, a stop or colon closes the label too: "2. تفويض
# المجلس", "1936: ولدت" in a timeline. Not after a number in running text ("بلغ 24.").
_ITEM_MARKS = _MARKS | frozenset(".:")
_ITEM_BEFORE = (":", ".", "!", "؟", "?", "\n")
_BULLETS = ("-", "–", "—", "•", "*")


def list_marker(scan, i: int, k: int) -> bool:
    """A bare number that numbers an item or gives a score, not an amount: "1- تجديد العضوية",
    "2. تفويض المجلس", "1936: ولدت" after a colon, a stop, at a line start or after a bullet
    opening a line, and "فاز 3-صفر" (a score written with the word for zero). Tokens i..k are the
    number; the mark follows at k."""
    toks = scan.toks
    if k + 1 >= len(toks) or toks[k].text not in _ITEM_MARKS or toks[k + 1].kind != "word":
        return False
    if toks[k].text in _MARKS and toks[k].text != ")" and toks[k + 1].text == "صفر":
        return True
    start = scan.span(i, i + 1)[0]
    before = scan.original[:start].rstrip(" \t\u00a0")
    if before.endswith(_BULLETS):  # "- 1959: أصبح وزيرا" on a line of its own
        before = before[:-1].rstrip(" \t\u00a0")
        return not before or before.endswith("\n")
    return not before or before.endswith(_ITEM_BEFORE)
