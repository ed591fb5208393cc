"""Arabic normalisation for matching, with a map back to the original offsets.

Matching (aliases, cue verbs, month names) must ignore the spelling noise of real news: hamza forms of
alef, alef maqsura vs yaa, taa marbuta vs haa, diacritics, tatweel, Eastern digits, invisible bidi
controls and the many quotation marks. ``normalize`` folds all of that while keeping, for every
character of the normalised string, the index of the original character it came from, so a match
found in the normalised view maps back to an exact span of the body.

Every folding is one character to zero or one character, so the map is a plain list of ints.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Characters dropped entirely: Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef,
# Quranic marks), tatweel, zero-width and bidi control characters, BOM.
_DROP = set(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u2060"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_FOLD: dict[str, str] = {
    # alef forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # yaa / alef maqsura, Persian yeh and kaf, taa marbuta, hamza on waw/yaa kept distinct from plain
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ھ": "ه",
    # quotation marks all become a plain double quote; apostrophe-like marks a single quote
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"', "＂": '"',
    "‹": "'", "›": "'", "‘": "'", "’": "'", "‚": "'", "′": "'",
    # Arabic punctuation to Latin
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    # dashes
    "–": "-", "—": "-", "−": "-", "ـ": "",
    # non-breaking and other spaces
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

# A translation table for the common case where only folding (no offset map) is needed.
_TABLE = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): (v or None) for k, v in _FOLD.items()})


def fold(text: str) -> str:
    """Normalised text without the offset map (fast path)."""
    return text.translate(_TABLE)


@dataclass(slots=True)
class Normalized:
    """A normalised string and, for each of its characters, the original index it came from."""

    text: str
    origin: list[int]  # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for a normalised ``[start, end)``."""
        if start >= end:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the map back to original offsets."""
    out: list[str] = []
    origin: list[int] = []
    fold_map = _FOLD
    drop = _DROP
    for i, ch in enumerate(text):
        if ch in drop:
            continue
        rep = fold_map.get(ch, ch)
        if not rep:
            continue
        out.append(rep)
        origin.append(i)
    origin.append(len(text))
    return Normalized("".join(out), origin)


# Proclitics as they attach in news text; longest first so "وال" wins over "و".
PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
              "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def proclitic_length(surface: str, prefix: str) -> int:
    """Characters of ``surface`` (original spelling) that the folded ``prefix`` covers.

    Diacritics and tatweel between letters fold to nothing, so ``بـ`` + word needs care: the cut
    falls after the last original character that belongs to the prefix (tatweel included).
    """
    if not prefix:
        return 0
    seen = i = 0
    while i < len(surface) and seen < len(prefix):
        if fold(surface[i]):
            seen += 1
        i += 1
    while i < len(surface) and not fold(surface[i]):
        i += 1
    return i


def strip_article(word: str) -> str:
    """Drop a leading definite article: ``الروسي`` → ``روسي``."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


@lru_cache(maxsize=1 << 18)
def clitic_readings(word: str, min_stem: int = 2) -> tuple[tuple[str, str], ...]:
    """Every (proclitic, stem) reading of a normalised word, the bare word first.

    ``لل`` before a stem means ``ل`` + ``ال``: the stem is given back with its article
    (``للرئيس`` → ``ل`` + ``الرئيس``). Callers decide which reading fits (a lexicon lookup).
    """
    readings = [("", word)]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            stem = word[len(p):]
            if p.endswith("لل"):
                readings.append((p[:-1], "ال" + stem))
            elif p.endswith("ال"):
                readings.append((p[:-2], "ال" + stem))
            else:
                readings.append((p, stem))
    # de-duplicate while keeping order (cached: word types repeat, so this is computed once each)
    return tuple(dict.fromkeys(readings))
