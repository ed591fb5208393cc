"""Reading numbers off the token stream: digits, number words, scales and ordinals.

``read_number`` accepts "16", "١٦", "1,500", "2.5 مليار", "ستة عشر", "خمسة وتسعين", "ثلاثة ملايين",
"مليون و500 ألف", "ألفين", "نصف مليون". The grammar is the usual accumulate-and-scale reading:
small parts add up, a scale word multiplies what came before it and closes a group, and parts after
the first are joined by "و" (except "عشر" after a unit and "مئة" after a unit, which are glued
compounds in Arabic).

Parts joined by "و" add up only in the order Arabic compounds take (hundreds, units, tens:
"مئة وخمسة وعشرون"; a smaller group after a scale: "مليون و500 ألف"). Anything else is a list of
numbers ("40 و46 عاما", "عشرين وثلاثين"), read as separate numbers. A plural scale opening a
number ("آلاف المتظاهرين", "ملايين الدولارات") is vague, not 1000.
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
    """The first part at token i: (kind, value, proclitic length, folded stem)."""
    t = scan.toks[i]
    if t.kind == "num":
        return ("digit", t.value, 0, t.text) if t.value is not None else None
    if t.kind != "word":
        return None
    readings = t.readings() if clitics else [("", t.text)]
    for prefix, stem in readings:
        if prefix.endswith("ل") and stem.startswith("ال"):
            continue  # "للعشرة": number words are indefinite here
        p = _part(lex, stem)
        if p:
            return p[0], p[1], clitic_skip(t.text, prefix, stem), stem
    return None


def _rank(v: float) -> str:
    """The place of a part inside a compound group: hundreds, teens, tens or units."""
    if v >= 100:
        return "H"
    if 10 <= v < 20:
        return "TEEN"
    if v >= 20:
        return "T"
    return "U"


# Which part may follow which after "و" inside one group: "مئة وخمسة وعشرون" (H U T).
# A digit part ("D") takes no "و" part after it except past a scale ("مليون و500 ألف").
_NEXT_RANK = {"H": ("U", "T", "TEEN"), "U": ("T",), "T": (), "TEEN": (), "D": ()}


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
    kind, value, skip, stem = first
    if kind != "digit" and not allow_words:
        return None
    if kind == "teenhead":
        if i + 1 < n and toks[i + 1].text in _TEN:
            kind, value = "card", value + 10
            i += 1
        else:
            return None
    if kind == "scale" and stem in lex.plural_scales:
        return None  # "آلاف المتظاهرين": a vague plural, no number
    if kind == "frac":
        # "نصف" alone is not a number; "نصف مليون" is.
        if i + 1 < n and toks[i + 1].text in lex.scales:
            return value * lex.scales[toks[i + 1].text], i + 2, skip
        return None
    total, current = 0.0, 0.0
    last_scale = 1.0
    rank: str | None = None  # place of the last part of the current group (see _NEXT_RANK)
    if kind == "scale":
        total, last_scale = value, value
    elif kind == "dual":
        total, last_scale = value, value / 2
    else:
        current = value
        rank = "D" if kind == "digit" else _rank(value)
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
            prev, rank = "card", "TEEN"
            j += 1
            continue
        if prev == "card" and word in _HUNDRED and 0 < current < 10:
            current *= 100
            rank = "H"
            j += 1
            continue
        # a larger scale after a scale multiplies all of it: "ألفي مليار" is 2,000 billion
        if word in lex.scales and prev in ("scale", "dual") and not current \
                and word not in lex.plural_scales and total < lex.scales[word]:
            total *= lex.scales[word]
            last_scale = lex.scales[word]
            j += 1
            continue
        if word in lex.scales and prev in ("card", "digit") and current:
            last_scale = lex.scales[word]
            total += current * last_scale
            current = 0.0
            prev, rank = "scale", None
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
            if current or not total:
                break
            total += v
            prev = "dual"
            j = after
            continue
        new_rank = "D" if k == "digit" else _rank(v)
        if rank is not None and new_rank not in _NEXT_RANK[rank] or \
                rank is None and total and v >= last_scale:
            break  # "40 و46", "عشرين وثلاثين": a list of numbers, not a sum
        current += v
        rank = new_rank
        prev = "card" if k == "card" else "digit"
        j = after
        # "و500 ألف": the scale is handled at the top of the loop
    return total + current, j, skip


def read_definite_number(scan: Scan, i: int, lex: Lexicon) -> tuple[float, int] | None:
    """A number written with the article after its noun, agreeing with it ("الساعات الأربع
    والعشرين", "الدول الخمس", "الأعضاء الثلاثة عشر"): (value, end token) or None.

    "الاثنين" (Monday) and "الواحد" ("the single") are left out: after a noun they are words.
    """
    toks = scan.toks
    n = len(toks)
    if i >= n or toks[i].kind != "word" or not toks[i].text.startswith("ال"):
        return None
    word = toks[i].text[2:]
    if word not in lex.cardinals or word in lex.definite_not_numbers:
        return None
    value = lex.cardinals[word]
    rank = _rank(value)
    j = i + 1
    if j < n and toks[j].text in _TEN and 0 < value < 10:  # "الثلاثة عشر"
        value, rank, j = value + 10, "TEEN", j + 1
    while j < n and toks[j].kind == "word" and toks[j].text.startswith("وال"):
        part = toks[j].text[3:]
        if part not in lex.cardinals:
            break
        v = lex.cardinals[part]
        if _rank(v) not in _NEXT_RANK[rank]:
            break
        value, rank, j = value + v, _rank(v), j + 1
    return value, j


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
