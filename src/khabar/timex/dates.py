"""Recognisers for calendar dates: explicit dates, years, weekdays and relative days.

Each ``rule_*`` takes the context and a token index and returns the hits that start there (several
for a range such as "من 5 إلى 7 يونيو", whose first day borrows the month of the second), or None.
"""
from __future__ import annotations

import datetime as dt

from ..text import fold
from . import resolve as R
from .core import Ctx, Hit
from .numbers import read_ordinal
from .scan import clitic_skip

_FROM = "من"


def _stem_in(ctx: Ctx, i: int, forms, clitics: bool = True) -> int | None:
    """Proclitic length when token ``i`` (read through its proclitics) is one of ``forms``."""
    if i >= ctx.n or ctx.toks[i].kind != "word":
        return None
    readings = ctx.toks[i].readings() if clitics else [("", ctx.toks[i].text)]
    for prefix, stem in readings:
        if stem in forms:
            return clitic_skip(ctx.toks[i].text, prefix, stem)
    return None


# ---------------------------------------------------------------------------------------------
# explicit dates with month names (Gregorian, Levantine, Maghreb, Hijri)


def _month_at(ctx: Ctx, j: int, clitics: bool):
    """(end, month, calendar 'G'|'H', weak form?) for a month name at token j."""
    m = ctx.lex.months.match(ctx.scan, j, clitics)
    if m:
        return m[0], m[1], "G", m[2], _weak(ctx, j, m, "G")
    m = ctx.lex.hijri_months.match(ctx.scan, j, clitics)
    if m:
        return m[0], m[1], "H", m[2], _weak(ctx, j, m, "H")
    return None


def _weak(ctx: Ctx, j: int, m, cal: str) -> bool:
    if m[0] - j != 1:
        return False
    text = ctx.toks[j].text
    stem = text[m[2]:]
    weak = ctx.lex.weak_months if cal == "G" else ctx.lex.weak_hijri
    return stem in weak or text in weak


def _year_after(ctx: Ctx, j: int, hijri: bool):
    """A year after a month: (end, year or None, relative mod or None, era) or None."""
    lex = ctx.lex
    lo, hi = (1300, 1600) if hijri else (1000, 2200)
    if ctx.text(j) in lex.year_nouns and ctx.is_int(j + 1, lo, hi) is not None:
        j += 1  # "15 يوليو عام 2016", "3 مارس سنة 2010"
    y = ctx.is_int(j, lo, hi)
    if y is not None and len(ctx.toks[j].text) == 4:
        k = j + 1
        era = None
        e = lex.era_hijri.match(ctx.scan, k, clitics=False)
        if e:
            k, era = e[0], "H"
        else:
            e = lex.era_greg.match(ctx.scan, k, clitics=False)
            if e:
                k, era = e[0], "G"
        return k, y, None, era
    mod = lex.period_mods.match(ctx.scan, j, clitics=False)
    if mod:
        return mod[0], None, mod[1], None
    # "من العام الماضي", "من العام 2015", "من هذا العام"
    if ctx.text(j) == _FROM:
        k = j + 1
        if ctx.text(k) in lex.this:
            p = lex.periods.match(ctx.scan, k + 1, clitics=False)
            if p and p[1] == "year":
                return p[0], None, "Y0", None
            return None
        if ctx.text(k) in lex.year_nouns:  # "من عام 2016"
            y = ctx.is_int(k + 1, lo, hi)
            if y is not None:
                return k + 2, y, None, None
        p = lex.periods.match(ctx.scan, k, clitics=False)
        if p and p[1] == "year":
            y = ctx.is_int(p[0], lo, hi)
            if y is not None:
                return p[0] + 1, y, None, None
            mod = lex.period_mods.match(ctx.scan, p[0], clitics=False)
            if mod:
                return mod[0], None, "Y%d" % mod[1], None
    return None


def date_expr(ctx: Ctx, i: int, clitics: bool = True) -> list[Hit] | None:
    lex, toks = ctx.lex, ctx.toks
    j, skip = i, 0
    first = True

    def take(forms) -> bool:
        nonlocal j, skip, first
        sk = _stem_in(ctx, j, forms, clitics and first)
        if sk is None:
            return False
        if first:
            skip = sk
        first = False
        j += 1
        return True

    take(lex.span_mods)
    take(lex.day_word)
    day = None
    day2_hit_start = None
    if ctx.is_int(j, 1, 31) is not None and len(toks[j].text) <= 2:
        day = int(toks[j].text)
        first = False
        j += 1
    else:
        o = read_ordinal(ctx.scan, j, lex, clitics and first)
        if o and 1 <= o[0] <= 31:
            # an ordinal is a day only when "من" + month follows ("الثامن من مايو", "الرابع
            # عشر من الشهر الجاري")
            if ctx.text(o[1]) == _FROM and (_month_at(ctx, o[1] + 1, False)
                                            or _month_period_at(ctx, o[1] + 1)):
                if first:
                    skip = o[2]
                day, j, first = o[0], o[1], False
    # range "5 إلى 7 يونيو", "5 و7 يونيو", "5-7 يونيو": the first day borrows the month
    if day is not None and ctx.text(j) in lex.range_to | {"-"}:
        k = j + 1
        d2 = ctx.is_int(k, 1, 31)
        if d2 is not None and d2 > day and _month_at(ctx, k + 1, False):
            day2_hit_start = k
    if day is not None and ctx.text(j) == _FROM and day2_hit_start is None:
        j += 1
        mp = _month_period_at(ctx, j)
        if mp:  # "الرابع عشر من الشهر الجاري", "10 من الشهر الماضي": a day of a relative month
            end, offset = mp
            d = None
            if ctx.dct is not None:
                d = R.make_date(*R.add_months(ctx.dct.year, ctx.dct.month, offset), day)
            return [Hit(i, end, d.isoformat() if d else None, skip=skip, day=d)]
    if day2_hit_start is not None:
        rest = date_expr(ctx, day2_hit_start, clitics=False)
        if not rest:
            return None
        second = rest[0]
        hits = []
        if second.value and len(second.value) == 10:
            first_day = _with_day(second.value, day)
            d = dt.date.fromisoformat(first_day) if first_day else None
            hits.append(Hit(i, _day_token_end(ctx, i), first_day, skip=skip, day=d))
        else:
            hits.append(Hit(i, _day_token_end(ctx, i), None, skip=skip))
        return hits + rest
    had_month_word = take(lex.month_word)
    mm = _month_at(ctx, j, clitics and first)
    if not mm:
        return None
    end, month, cal, sk, weak = mm
    if first:
        skip = sk
    j = end
    # "يونيو/حزيران", "حزيران (يونيو)"
    if ctx.text(j) in ("/", "(", "-"):
        alt = _month_at(ctx, j + 1, False)
        if alt and alt[1] == month and alt[2] == cal:
            j = alt[0]
            if ctx.text(j) == ")":
                j += 1
    ya = _year_after(ctx, j, cal == "H")
    year, mod, era = None, None, None
    if ya:
        j, year, mod, era = ya
    if weak and day is None and year is None and mod is None and not had_month_word:
        return None
    if cal == "H" or era == "H":
        value, d = _resolve_hijri(ctx, year if cal == "H" else None, month, day) if cal == "H" else (None, None)
        return [Hit(i, j, value, skip=skip, day=d)]
    if isinstance(mod, str):  # relative year "من العام الماضي"
        year = ctx.dct.year + int(mod[1:]) if ctx.dct else None
        mod = None
    if year is None:
        if ctx.dct is None:
            return [Hit(i, j, None, skip=skip)]
        if mod is None and ctx.future_before(i):
            mod = 2  # "سيعقد المؤتمر في 17 أبريل": the next such date
        year = R.year_for_month(ctx.dct, month, mod, day)
    if day is None:
        return [Hit(i, j, R.month_value(year, month), skip=skip)]
    d = R.make_date(year, month, day)
    return [Hit(i, j, d.isoformat() if d else None, skip=skip, day=d)]


def _month_period_at(ctx: Ctx, k: int) -> tuple[int, int] | None:
    """(end, month offset) for "الشهر الجاري/الماضي/المقبل" or "هذا الشهر" at token k."""
    lex = ctx.lex
    j = k + 1 if ctx.text(k) in lex.this else k
    p = lex.periods.match(ctx.scan, j, clitics=False)
    if not p or p[1] != "month":
        return None
    if j > k:
        return p[0], 0
    mod = lex.period_mods.match(ctx.scan, p[0], clitics=False)
    if mod and mod[1] in (-1, 0, 1):
        return mod[0], mod[1]
    return None


def _day_token_end(ctx: Ctx, i: int) -> int:
    """End of the first day of a range: the day token itself (after an optional "يوم")."""
    k = i
    while k < ctx.n and ctx.toks[k].kind != "num" and k < i + 3:
        k += 1
    return min(k + 1, ctx.n)


def _with_day(value: str, day: int) -> str | None:
    d = R.make_date(int(value[:4]), int(value[5:7]), day)
    return d.isoformat() if d else None


def _resolve_hijri(ctx: Ctx, year: int | None, month: int, day: int | None):
    if day is None:
        return None, None  # a Hijri month straddles two Gregorian months: no TIMEX3 value
    if year is None:
        if ctx.dct is None:
            return None, None
        hy = R.hijri_year_of(ctx.dct)
        if hy is None:
            return None, None
        d = R.hijri_to_date(hy, month, day)
        if d and (d - ctx.dct).days > 200:
            d = R.hijri_to_date(hy - 1, month, day)
        elif d and (ctx.dct - d).days > 200:
            d = R.hijri_to_date(hy + 1, month, day)
    else:
        d = R.hijri_to_date(year, month, day)
    return (d.isoformat() if d else None), d


def rule_date(ctx: Ctx, i: int) -> list[Hit] | None:
    return date_expr(ctx, i, clitics=True)


# ---------------------------------------------------------------------------------------------
# years: "عام 2015", "في 2015", bare "1949", "1442 هـ"


def rule_year(ctx: Ctx, i: int) -> list[Hit] | None:
    lex, toks = ctx.lex, ctx.toks
    j, skip, opener = i, 0, False
    sk = _stem_in(ctx, i, lex.year_nouns)
    if sk is not None:
        j, skip, opener = i + 1, sk, True
        if ctx.text(j) in lex.year_nouns:  # "مطلع عام 2016"
            j += 1
    elif toks[i].kind != "num":
        return None
    y = ctx.is_int(j, 1000, 2200)
    if y is None or len(toks[j].text) != 4:
        return None
    k = j + 1
    era = None
    e = lex.era_hijri.match(ctx.scan, k, clitics=False)
    if e and (toks[k].glued or e[0] - k >= 1):
        k, era = e[0], "H"
    else:
        e = lex.era_greg.match(ctx.scan, k, clitics=False)
        if e:
            k, era = e[0], "G"
    if not opener and era is None:
        prev = ctx.toks[j - 1] if j > 0 else None
        licensed = prev is not None and prev.kind == "word" and _stem_in(ctx, j - 1, lex.year_openers) is not None
        in_parens = ctx.text(j - 1) == "(" and ctx.text(j + 1) == ")"
        if not licensed and not in_parens and not (1900 <= y <= 2100):
            return None
        if not _bare_year_ok(ctx, j):
            return None
    if era == "H" or era is None and _recent_hijri(ctx, y):
        return [Hit(i, k, None, skip=skip)]  # a Hijri year straddles two Gregorian years
    return [Hit(i, k, f"{y:04d}", skip=skip)]


_HIJRI_PAST, _HIJRI_AHEAD = 60, 5


def _recent_hijri(ctx: Ctx, y: int) -> bool:
    """A year without an era mark near the Hijri year of publication is Hijri: "عام 1435" in a 2015
    paper. Gregorian years of that range (1376-1441 for 2015) are medieval history, rare in news,
    and are usually marked "م"."""
    hy = R.hijri_year_of(ctx.dct) if ctx.dct else None
    return hy is not None and hy - _HIJRI_PAST <= y <= hy + _HIJRI_AHEAD


def _bare_year_ok(ctx: Ctx, j: int) -> bool:
    """A bare 4-digit number is a year unless a unit, currency, scale or "%" follows, or it is
    glued into a longer code ("2015-123", "+2015")."""
    lex, toks = ctx.lex, ctx.toks
    if j > 0 and toks[j].glued and toks[j - 1].kind == "punct" and toks[j - 1].text in "+-/.#:":
        return False
    if j > 0 and toks[j - 1].kind == "word" and toks[j - 1].text in lex.identifier_cues:
        return False
    k = j + 1
    if k < ctx.n:
        t = toks[k]
        if t.kind == "punct" and t.text in "%/:-" and t.glued:
            return False
        if t.kind == "num" and t.glued:
            return False
        if t.kind == "word":
            if t.text.endswith("ا") and len(t.text) > 3 and t.text not in lex.counted_stop \
                    and not t.text.startswith("و") and not t.glued:
                return False  # an accusative counted noun: "2015 شخصا"
            if t.text in lex.scales or lex.units.match(ctx.scan, k, False) or \
                    lex.currencies.match(ctx.scan, k, False) or lex.percent.match(ctx.scan, k, False):
                return False
    return True


# ---------------------------------------------------------------------------------------------
# weekdays and relative days, with an optional part of day: "صباح اليوم", "مساء أمس الثلاثاء",
# "الأربعاء المقبل", "يوم الأحد 16 يونيو"


def _is_today_blocked(ctx: Ctx, k: int) -> bool:
    """After "اليوم": an adjective, ordinal or relative means "the day", not today."""
    w = ctx.text(k)
    if w is None or ctx.toks[k].kind != "word":
        return False
    lex = ctx.lex
    if w in lex.today_blockers:
        return True
    if w in lex.weekdays:
        return False
    return w.startswith("ال") and w.endswith("ي") and len(w) > 4


def day_expr(ctx: Ctx, i: int, clitics: bool, after_part: bool = False):
    """(day or None, end, proclitic length, part) for a relative day or weekday at token i."""
    lex = ctx.lex
    dct = ctx.dct
    m = lex.relative_days.match(ctx.scan, i, clitics)
    if not m and after_part:
        m = lex.relative_after_part.match(ctx.scan, i, clitics)
    if m:
        end, offset, sk = m
        word = ctx.toks[end - 1].text
        word = "اليوم" if word.endswith("اليوم") else "الليله" if word.endswith("الليله") else word
        if word == "اليوم" and (_is_today_blocked(ctx, end) or
                                (i > 0 and _stem_in(ctx, i - 1, lex.today_blockers_before) is not None)):
            return None
        part = "NI" if word == "الليله" else None
        if part:
            mod = lex.period_mods.match(ctx.scan, end, clitics=False)
            if mod and mod[1] == -1:
                offset, end = -1, mod[0]
        w = lex.weekdays.match(ctx.scan, end, clitics=False)
        day = dct + dt.timedelta(days=offset) if dct else None
        if w:
            end = w[0]
            if day is not None:
                # the named weekday wins over the publication date: "اليوم الأحد" in a paper dated
                # Monday (printed after midnight, in another time zone, or scraped days later) is
                # the last Sunday on or before it. On the corpus the named day is never after the
                # record's date (777 same day, 82 the day before, 22 two to five days before).
                day = day - dt.timedelta(days=(day.isoweekday() - w[1]) % 7)
        return day, end, sk, part
    k, sk = i, 0
    s = _stem_in(ctx, k, lex.day_word, clitics)
    if s is not None:
        k, sk = k + 1, s
    w = lex.weekdays.match(ctx.scan, k, clitics and k == i)
    if not w:
        return None
    end, wd, s2 = w
    if k == i:
        sk = s2
    mod = lex.period_mods.match(ctx.scan, end, clitics=False)
    if mod:
        end = mod[0]
        direction = {-1: -1, 1: 1}.get(mod[1], 0)
    else:
        direction = 2 if ctx.future_before(i) else 0
    day = R.weekday_date(dct, wd, direction) if dct else None
    return day, end, sk, None


def rule_relative_day(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    part, skip, j = None, 0, i
    p = lex.day_parts.match(ctx.scan, i, clitics=True)
    if p:
        j, part, skip = p
    de = day_expr(ctx, j, clitics=(j == i), after_part=part is not None)
    if not de:
        return None
    day, end, sk, own_part = de
    if j == i:
        skip = sk
    part = part or own_part
    # an explicit date after the weekday wins: "الأربعاء 16 يونيو 2021", "الأحد، 5 رمضان"
    k = end + 1 if ctx.text(end) in (",", "،") else end
    if ctx.text(k) in ("الموافق",):
        k += 1
    if k < ctx.n and not part:
        dh = date_expr(ctx, k, clitics=False)
        if dh and len(dh) == 1 and dh[0].day is not None:
            return [Hit(i, dh[0].j, dh[0].value, skip=skip, day=dh[0].day)]
    if part:
        if part == "NI" and day is not None:
            end = _night_through(ctx, end, day)
        value = f"{day.isoformat()}T{part}" if day else None
        return [Hit(i, end, value, type="TIME", skip=skip, day=day, part=part)]
    return [Hit(i, end, day.isoformat() if day else None, skip=skip, day=day)]


_NIGHT_JOINERS = frozenset({"/", "-", "–", "و", fold("إلى")})  # (fold: الى too)


def _night_through(ctx: Ctx, end: int, day) -> int:
    """"ليل الجمعة السبت", "ليلة الجمعة إلى السبت", "ليل الجمعة/السبت": the night between two days is
    one time, the night of the first; the second weekday is not a day of its own."""
    k = end + 1 if ctx.text(end) in _NIGHT_JOINERS else end
    w = ctx.lex.weekdays.match(ctx.scan, k, clitics=False) if k < ctx.n else None
    if w and w[1] == day.isoweekday() % 7 + 1:
        return w[0]
    return end
