"""Reading numbers off the token stream: digits, number words, scales and ordinals.

``read_number`` accepts "16", "١٦", "1,500", "2.5 مليار", "ستة عشر", "خمسة وتسعين", "ثلاثة ملايين",
"مليون و500 ألف", "ألفين", "نصف مليون". The grammar is the usual accumulate-and-scale reading:
small parts add up, a scale word multiplies what came before it and closes a group, and parts after
the first are joined by "و" (except "عشر" after a unit and "مئة" after a unit, which are glued
compounds in Arabic).
"""
from __future__ import annotations

from .lexicon import Lexicon
from .scan import Scan, clitic_skip

_TEN = ("عشر", "عشره")  # folded "عشر", "عشرة"
_HUNDRED = ("مئه", "مائه")


def _part(lex: Lexicon, word: str) -> tuple[str, float] | None:
    if word in lex.cardinals:
        return "card", lex.cardinals[word]
    if word in lex.scales:
        return "scale", lex.scales[word]
    if word in lex.dual_scales:
        return "dual", lex.dual_scales[word]
    if word in lex.teen_heads:
        return "teenhead", lex.teen_heads[word]
    if word in lex.fractions:
        return "frac", lex.fractions[word]
    return None


def _first_part(scan: Scan, lex: Lexicon, i: int, clitics: bool):
    """The first part at token i: (kind, value, proclitic length)."""
    t = scan.toks[i]
    if t.kind == "num":
        return ("digit", t.value, 0) if t.value is not None else None
    if t.kind != "word":
        return None
    readings = t.readings() if clitics else [("", t.text)]
    for prefix, stem in readings:
        if prefix.endswith("ل") and stem.startswith("ال"):
            continue  # "للعشرة": number words are indefinite here
        p = _part(lex, stem)
        if p:
            return p[0], p[1], clitic_skip(t.text, prefix, stem)
    return None


def read_number(scan: Scan, i: int, lex: Lexicon, clitics: bool = True,
                allow_words: bool = True) -> tuple[float, int, int] | None:
    """A number starting at token ``i``: (value, end token, proclitic length) or None."""
    toks = scan.toks
    n = len(toks)
    if i >= n:
        return None
    first = _first_part(scan, lex, i, clitics)
    if not first:
        return None
    kind, value, skip = first
    if kind != "digit" and not allow_words:
        return None
    if kind == "teenhead":
        if i + 1 < n and toks[i + 1].text in _TEN:
            kind, value = "card", value + 10
            i += 1
        else:
            return None
    if kind == "frac":
        # "نصف" alone is not a number; "نصف مليون" is.
        if i + 1 < n and toks[i + 1].text in lex.scales:
            return value * lex.scales[toks[i + 1].text], i + 2, skip
        return None
    total, current = 0.0, 0.0
    last_scale = 1.0
    if kind == "scale":
        total, last_scale = value, value
    elif kind == "dual":
        total = value
    else:
        current = value
    prev = kind
    j = i + 1
    while j < n:
        t = toks[j]
        if t.kind == "punct":
            break
        word = t.text if t.kind == "word" else None
        # glued compounds: "ستة عشر", "ثلاث مئة", and a scale after any number ("11 مليون")
        if prev in ("card", "digit") and word in _TEN and 0 < current < 10 and prev == "card":
            current += 10
            prev = "card"
            j += 1
            continue
        if prev == "card" and word in _HUNDRED and 0 < current < 10:
            current *= 100
            j += 1
            continue
        if word in lex.scales and prev in ("card", "digit") and current:
            last_scale = lex.scales[word]
            total += current * last_scale
            current = 0.0
            prev = "scale"
            j += 1
            continue
        # "و" + next part
        nxt = None
        if word == "و" and j + 1 < n and toks[j + 1].kind == "num" and toks[j + 1].glued:
            nxt = ("digit", toks[j + 1].value, j + 2)
        elif word and word.startswith("و") and len(word) > 2:
            p = _part(lex, word[1:])
            if p:
                nxt = (p[0], p[1], j + 1)
        if not nxt or nxt[1] is None:
            break
        k, v, after = nxt
        if k == "frac":
            if prev in ("scale", "dual"):
                total += v * last_scale
                j = after
                prev = "frac"
                continue
            break
        if k == "teenhead":
            break
        if k == "scale":
            break
        if k == "dual":
            total += v
            prev = "dual"
            j = after
            continue
        current += v
        prev = "card" if k == "card" else "digit"
        j = after
        # "و500 ألف": the scale is handled at the top of the loop
    return total + current, j, skip


def read_ordinal(scan: Scan, i: int, lex: Lexicon, clitics: bool = True) -> tuple[int, int, int] | None:
    """An ordinal ("الثامن", "الحادي عشر", "الحادي والعشرين"): (value, end token, proclitic length)."""
    toks = scan.toks
    if i >= len(toks) or toks[i].kind != "word":
        return None
    readings = toks[i].readings() if clitics else [("", toks[i].text)]
    for prefix, stem in readings:
        if stem in lex.ordinals:
            value = lex.ordinals[stem]
            j = i + 1
            if value < 10 and j < len(toks) and toks[j].text in _TEN:
                return value + 10, j + 1, clitic_skip(toks[i].text, prefix, stem)
            if value < 10 and j < len(toks) and toks[j].text in lex.ordinal_tens:
                return value + lex.ordinal_tens[toks[j].text], j + 1, clitic_skip(toks[i].text, prefix, stem)
            return value, j, clitic_skip(toks[i].text, prefix, stem)
    return None
