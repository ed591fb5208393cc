"""Recognisers for calendar periods: "الأسبوع الماضي", "هذا العام", "مطلع العام", plural periods
("الأيام الماضية", "السنوات الخمس الماضية"), seasons, decades and centuries."""
from __future__ import annotations

import datetime as dt

from . import resolve as R
from .core import Ctx, Hit
from .dates import _FROM, _stem_in
from .numbers import read_definite_number, read_ordinal


# ---------------------------------------------------------------------------------------------
# calendar periods: "الأسبوع الماضي", "هذا العام", "الشهر الجاري", "مطلع العام"; seasons, decades,
# centuries; plural periods ("الأيام الماضية", "السنوات الخمس الماضية")


def _period_value(ctx: Ctx, gran: str, mod: int) -> str | None:
    dct = ctx.dct
    if dct is None:
        return None
    if gran == "week":
        return R.iso_week(dct + dt.timedelta(weeks=mod))
    if gran == "month":
        return R.month_value(*R.add_months(dct.year, dct.month, mod))
    return f"{dct.year + mod:04d}"


def rule_period(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    j, skip = i, 0
    span_mod = False
    sk = _stem_in(ctx, i, lex.span_mods)
    if sk is not None:
        j, skip, span_mod = i + 1, sk, True
    if ctx.text(j) in lex.this or (j == i and _stem_in(ctx, j, lex.this) is not None):
        if j == i:
            skip = _stem_in(ctx, j, lex.this) or 0
        p = lex.periods.match(ctx.scan, j + 1, clitics=False)
        if p:
            return [Hit(i, p[0], _period_value(ctx, p[1], 0), skip=skip)]
        s = lex.seasons.match(ctx.scan, j + 1, clitics=False)
        if s and ctx.dct:
            return [Hit(i, s[0], f"{ctx.dct.year:04d}-{s[1]}", skip=skip)]
        return None
    p = lex.periods.match(ctx.scan, j, clitics=(j == i))
    if p:
        if j == i:
            skip = p[2]
        mod = lex.period_mods.match(ctx.scan, p[0], clitics=False)
        if mod:
            return [Hit(i, mod[0], _period_value(ctx, p[1], mod[1]), skip=skip)]
        if span_mod and p[1] in ("year", "month") and ctx.is_int(p[0], 1000, 2200) is None:
            return [Hit(i, p[0], _period_value(ctx, p[1], 0), skip=skip)]
        return None
    if j == i:
        return _plural_period(ctx, i) or _season(ctx, i) or _decade(ctx, i) or _century(ctx, i)
    inner = _decade(ctx, j) or _century(ctx, j)  # "أواخر القرن التاسع عشر", "نهاية الستينيات"
    if inner:
        return [Hit(i, inner[0].j, inner[0].value, skip=skip)]
    return None


def _plural_period(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    sk = _stem_in(ctx, i, lex.plural_periods)
    if sk is None:
        return None
    stem = ctx.toks[i].text[sk:]
    j = i + 1
    amount = None
    num = read_definite_number(ctx.scan, j, lex)  # "السنوات الخمس", "الساعات الأربع والعشرين"
    if num:
        amount, j = num
    mod = lex.period_mods.match(ctx.scan, j, clitics=False)
    unit = lex.duration_units.get(stem[2:] if stem.startswith("ال") else stem)
    if amount is not None and unit and unit[1] == 1 and (not mod or mod[1] == 0):
        # no modifier: still a duration of that many units ("خلال الساعات الأربع والعشرين")
        value, minutes = R.duration_value(unit[0], amount)
        return [Hit(i, j, value, type="DURATION", skip=sk, minutes=minutes, amount=amount, unit=unit[0])]
    if not mod or mod[1] == 0:
        return None
    if unit:
        letter, base = unit
        if base == 2 and amount is None:
            amount = 2
        if amount is not None:
            value, minutes = R.duration_value(letter, amount)
            return [Hit(i, mod[0], value, type="DURATION", skip=sk, minutes=minutes, amount=amount,
                        unit=letter)]
    return [Hit(i, mod[0], "PAST_REF" if mod[1] < 0 else "FUTURE_REF", skip=sk)]


def _season(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    s = lex.seasons.match(ctx.scan, i, clitics=True)
    if not s:
        return None
    end, code, sk = s
    y = ctx.is_int(end, 1000, 2200)
    if y is not None:
        return [Hit(i, end + 1, f"{y:04d}-{code}", skip=sk)]
    mod = lex.period_mods.match(ctx.scan, end, clitics=False)
    if mod and ctx.dct:
        return [Hit(i, mod[0], f"{ctx.dct.year + (mod[1] if mod[1] and code != 'WI' else 0):04d}-{code}",
                    skip=sk)]
    return None


def _century_at(ctx: Ctx, k: int):
    """(TIMEX3 century value, end) for "القرن" + ordinal or modifier at token k."""
    lex = ctx.lex
    sk = _stem_in(ctx, k, lex.century)
    if sk is None:
        return None
    o = read_ordinal(ctx.scan, k + 1, lex, clitics=False)
    if o and 1 <= o[0] <= 30:
        return f"{o[0] - 1:02d}", o[1], sk
    mod = lex.period_mods.match(ctx.scan, k + 1, clitics=False)
    if mod and ctx.dct:
        return f"{ctx.dct.year // 100 + mod[1]:02d}", mod[0], sk
    return None


def _decade(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    d = lex.decades.match(ctx.scan, i, clitics=True)
    if not d:
        return None
    end, digit, sk = d
    century = "19"
    k = end + 1 if ctx.text(end) == _FROM else end
    c = _century_at(ctx, k)
    if c:
        century, end = c[0], c[1]
    return [Hit(i, end, f"{century}{digit}", skip=sk)]


def _century(ctx: Ctx, i: int) -> list[Hit] | None:
    c = _century_at(ctx, i)
    if not c:
        return None
    return [Hit(i, c[1], c[0], skip=c[2])]
