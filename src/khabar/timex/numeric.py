"""Numeric dates: "16/6/2021", "2021-06-16", "16.6.2021" and Hijri "25/ 5/ 1435 هـ", "1436/9/1".

A four-digit year between 1300 and 1500 is a Hijri year (no news text writes a Gregorian date of
the fourteenth century in digits), converted on the Umm al-Qura calendar. Saudi papers space the
slashes ("25/ 5/ 1435", "20 / 1 / 1419"), so around "/" spaces are allowed when the year has four
digits; "-" and "." must stay glued, as spaced ones are scores and ranges ("3 - 1").
"""
from __future__ import annotations

import re

from . import resolve as R
from .core import Ctx, Hit

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_HIJRI_YEARS = (1300, 1500)


def _parts(ctx: Ctx, i: int) -> tuple[str, str, str, str] | None:
    """The three numbers and the separator of "a/b/c" starting at token ``i``."""
    toks = ctx.toks
    if i + 4 >= ctx.n:
        return None
    sep = toks[i + 1].text
    if sep not in "/-." or toks[i + 3].text != sep or toks[i + 2].kind != "num" or toks[i + 4].kind != "num":
        return None
    a, b, c = toks[i].text, toks[i + 2].text, toks[i + 4].text
    if not (a.isdigit() and b.isdigit() and c.isdigit()):
        return None
    glued = all(toks[k].glued for k in range(i + 1, i + 5))
    # spaced slashes only around a four-digit year at either end
    if not glued and not (sep == "/" and (len(a) == 4 or len(c) == 4)
                          and toks[i + 1].glued == toks[i + 3].glued):
        return None
    return a, b, c, sep


def _era(ctx: Ctx, k: int) -> tuple[int, str | None]:
    """End and calendar ("H"/"G") of an era mark at token ``k`` ("هـ", "ه", "م"), if any."""
    if k >= ctx.n:
        return k, None
    e = ctx.lex.era_hijri.match(ctx.scan, k, clitics=False)
    if e:
        return e[0], "H"
    e = ctx.lex.era_greg.match(ctx.scan, k, clitics=False)
    if e:
        return e[0], "G"
    return k, None


def rule_numeric_date(ctx: Ctx, i: int) -> list[Hit] | None:
    toks = ctx.toks
    t = toks[i]
    if t.kind != "num":
        return None
    m = _DOTTED.fullmatch(t.text)
    if m:
        d = R.make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return [Hit(i, i + 1, d.isoformat(), day=d)] if d else None
    parts = _parts(ctx, i)
    if parts is None:
        return _hijri_year_pair(ctx, i)
    a, b, c, sep = parts
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) in (2, 4):
        d, mo, y = int(a), int(b), int(c)
        if len(c) == 2:
            y += 2000 if y < 50 else 1900
    else:
        return None
    # a following digit or separator means a longer code (phone, reference number)
    if i + 5 < ctx.n and toks[i + 5].glued and (
            toks[i + 5].kind == "num" or toks[i + 5].text in "/-." and i + 6 < ctx.n and toks[i + 6].kind == "num"):
        return None
    end, era = _era(ctx, i + 5)
    hijri = _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1] and max(len(a), len(c)) == 4
    if era == "H" and not hijri or era == "G" and hijri:
        return None
    if hijri:
        if not (1 <= mo <= 12 and 1 <= d <= 30):
            return None
        date = R.hijri_to_date(y, mo, d)
        # a well-formed Hijri date outside the conversion table still is a date, not three numbers
        return [Hit(i, end, date.isoformat() if date else None, day=date)]
    date = R.make_date(y, mo, d)
    if not date:
        return None
    return [Hit(i, end if era else i + 5, date.isoformat(), day=date)]


def _hijri_year_pair(ctx: Ctx, i: int) -> list[Hit] | None:
    """A Hijri academic or fiscal year, "1435/1436هـ", "1436 – 1437 هـ": one expression with no
    single Gregorian value (the numbers are not amounts)."""
    toks = ctx.toks
    if i + 2 >= ctx.n or toks[i + 1].text not in ("/", "-", "–", "ـ") or toks[i + 2].kind != "num":
        return None
    a, b = toks[i].text, toks[i + 2].text
    if not (a.isdigit() and b.isdigit() and len(a) == 4 and len(b) == 4):
        return None
    y1, y2 = int(a), int(b)
    if y2 != y1 + 1 or not _HIJRI_YEARS[0] <= y1 <= _HIJRI_YEARS[1]:
        return None
    if i + 3 < ctx.n and toks[i + 3].glued and toks[i + 3].kind == "num":
        return None
    end, era = _era(ctx, i + 3)
    if era == "G":
        return None
    return [Hit(i, end, None)]
