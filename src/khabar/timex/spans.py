"""Recognisers for durations, clock times, present/past/future references and recurrences."""
from __future__ import annotations

from . import resolve as R
from .core import Ctx, Hit
from .dates import _stem_in
from .numbers import read_definite_number, read_number, read_ordinal
from .scan import clitic_skip

_SHIFT_UNITS = frozenset(("D", "W", "MO", "Y", "DE", "CE"))
_HALF = "ونصف"
_NOT_HOURS = frozenset(("الاول", "الاولي"))  # "الساعة الأولى" is the first hour, not one o'clock


# ---------------------------------------------------------------------------------------------
# durations: "93 دقيقة", "ثلاثة أيام", "ساعتين", "نصف ساعة", "عدة أشهر", "لمدة ساعة";
# "قبل ثلاثة أيام" / "بعد أسبوعين" are dates relative to the publication date


def _unit(ctx: Ctx, k: int):
    """(end, unit letter, base count) for a duration unit word at token k (no proclitic)."""
    u = ctx.lex.duration_units.match(ctx.scan, k, clitics=False)
    if u:
        return u[0], u[1][0], u[1][1]
    return None


def _definite_count(ctx: Ctx, j: int) -> tuple[int, str, float] | None:
    """(end, unit, amount) of a cardinal that carries the article of its unit: "الثلاثين عاما",
    "الخمس سنوات". From eleven up the unit is singular, from three to ten plural, as after a bare
    cardinal; another form after it ("الخمسة أيام" is fine, "الثلاثين يوم" is not Arabic) means the
    word is something else."""
    d = read_definite_number(ctx.scan, j, ctx.lex)
    if not d or d[0] < 3 or d[0] == 100 and ctx.text(j - 1) == "في":
        return None  # "5 في المائة يوم الخميس" is a percentage
    amount, k = d
    u = _unit(ctx, k)
    if not u or u[2] != 1 or u[0] != k + 1:
        return None
    plural = ctx.text(k) in ctx.lex.duration_plurals
    if plural != (amount <= 10):
        return None
    return u[0], u[1], amount


def _half(ctx: Ctx, end: int, amount: float) -> tuple[int, float]:
    if ctx.text(end) == _HALF:
        return end + 1, amount + 0.5
    return end, amount


def _duration_core(ctx: Ctx, j: int, clitics: bool, opened: bool = False):
    """(end, unit, amount or None for vague, proclitic length, start token) at token j;
    ``opened``: a shift word and an approximator come before ("قبل أكثر من عام")."""
    lex, toks = ctx.lex, ctx.toks
    start = j
    # "الـ24 ساعة": the article written on a number
    if ctx.text(j) == "ال" and j + 1 < ctx.n and toks[j + 1].kind == "num" and toks[j + 1].glued:
        j += 1
        clitics = False
    n = read_number(ctx.scan, j, lex, clitics)
    if n:
        amount, k, sk = n
        u = _unit(ctx, k)
        if u and u[2] == 1 and ctx.is_int(u[0], 1000, 2200) is None:  # not "واحدة عام 2007"
            end, amount = _half(ctx, u[0], amount)
            return end, u[1], amount, sk, start
        return None
    if toks[j].kind != "word":
        return None
    d = _definite_count(ctx, j)
    if d:
        return (*d, 0, start)
    readings = toks[j].readings() if clitics else [("", toks[j].text)]
    for prefix, stem in readings:
        sk = clitic_skip(toks[j].text, prefix, stem)
        if stem in lex.fractions:
            u = _unit(ctx, j + 1)
            if u and u[2] == 1:
                return u[0], u[1], lex.fractions[stem], sk, start
        if stem in lex.vague_counts:
            u = _unit(ctx, j + 1)
            if u and u[2] == 1:
                return u[0], u[1], None, sk, start
        bare = stem[2:] if stem.startswith("ال") and not prefix.endswith("ل") else stem
        u = lex.duration_units.get(bare) or lex.duration_units.get(stem)
        if u and u[1] == 2:
            end = j + 2 if ctx.text(j + 1) in lex.two_words else j + 1  # "يومين اثنين"
            end, amount = _half(ctx, end, 2)
            return end, u[0], amount, sk, start
        if u and u[1] == 1 and bare == stem and stem not in lex.duration_plurals and \
                _stem_in(ctx, j + 1, lex.one_unit_followers, clitics=False) is not None:
            # a bare singular unit is one of it when a word of amount follows: "يوم واحد", "ساعة
            # كاملة", "دقيقة حدادا" / "دقيقة صمت" (the minute of silence)
            return j + 2 if ctx.text(j + 1) in lex.one_words else j + 1, u[0], 1, sk, start
        if u and u[1] == 1 and bare == stem and not prefix:
            # a singular unit counts as one after "لمدة", "طوال", "قبل"… or with "ونصف" ("ساعة
            # ونصف"); a plural there is a vague amount ("لمدة أيام")
            plural = stem in lex.duration_plurals
            if ctx.text(j + 1) == _HALF and not plural:
                return j + 2, u[0], 1.5, sk, start
            if _names_a_period(ctx, j + 1):
                return None
            if opened or j > 0 and (_stem_in(ctx, j - 1, lex.duration_openers) is not None
                          or _stem_in(ctx, j - 1, lex.shift_forms) is not None):
                return j + 1, u[0], None if plural else 1, sk, start
    return None


def _names_a_period(ctx: Ctx, k: int) -> bool:
    """A singular unit followed by a number, a month or a definite noun is in construct state and
    names a period, not an amount of one: "قبل عام 2010", "بعد شهر رمضان", "قبل يوم الجمعة"."""
    if k >= ctx.n:
        return False
    tok = ctx.toks[k]
    if tok.kind == "num":
        return True
    if tok.kind != "word":
        return False
    lex = ctx.lex
    return tok.text.startswith("ال") or lex.months.match(ctx.scan, k, clitics=False) is not None or \
        lex.hijri_months.match(ctx.scan, k, clitics=False) is not None


def rule_duration(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    j, skip, sign = i, 0, None
    sh = lex.shift_words.match(ctx.scan, i, clitics=True)
    opened = False
    if sh:
        j, sign, skip = sh
        ap = lex.approximators.match(ctx.scan, j, clitics=False)
        if ap:  # "قبل أكثر من عام", "بعد نحو أسبوعين": the amount is approximate, the date the same
            j, opened = ap[0], True
    core = _duration_core(ctx, j, clitics=(j == i), opened=opened)
    if not core:
        return None
    end, unit, amount, sk, start = core
    if sign is not None and unit in _SHIFT_UNITS and amount is not None and \
            ctx.text(end) not in lex.shift_blockers:
        value = R.shift(ctx.dct, unit, amount, sign) if ctx.dct else None
        return [Hit(i, end, value, type="DATE", skip=skip, amount=amount, unit=unit, inner=(start, sk))]
    # a plain duration: the span starts at the number, a shift word stays outside
    mod = lex.period_mods.match(ctx.scan, end, clitics=False)
    if mod and mod[1] != 0 and ctx.text(start) == "ال":
        end = mod[0]  # "الـ24 ساعة الماضية": the modifier belongs to the duration
    value, minutes = R.duration_value(unit, amount)
    return [Hit(start, end, value, type="DURATION", skip=sk, minutes=minutes, amount=amount, unit=unit)]


# ---------------------------------------------------------------------------------------------
# clock times: "الساعة العاشرة صباحا", "الساعة 10:30", "العاشرة والنصف مساء", "10 صباحا"


def _read_hour(ctx: Ctx, j: int):
    toks = ctx.toks
    hhmm = ctx.is_int(j, 0, 2400)
    if hhmm is not None and len(toks[j].text) == 4 and hhmm % 100 < 60:
        return hhmm // 100, hhmm % 100, j + 1, "hhmm"  # "0800 بتوقيت غرينتش" (military style)
    h = ctx.is_int(j, 0, 24)
    if h is not None and len(toks[j].text) <= 2:
        if ctx.text(j + 1) == ":" and j + 2 < ctx.n and toks[j + 1].glued and toks[j + 2].glued:
            mm = ctx.is_int(j + 2, 0, 59)
            if mm is not None and len(toks[j + 2].text) == 2:
                return h, mm, j + 3, "colon"
            return None
        return h, 0, j + 1, "digit"
    if ctx.text(j) in _NOT_HOURS:
        return None
    o = read_ordinal(ctx.scan, j, ctx.lex, clitics=False)
    if o and 1 <= o[0] <= 12:
        return o[0], 0, o[1], "word"
    return None


_BARE_ZONE = frozenset(("بتوقيت", "بالتوقيت", "توقيت"))


def _zone_end(ctx: Ctx, k: int) -> int | None:
    """End of a time zone after a clock time ("بتوقيت غرينتش", "بتوقيت مدينة X", "ت.غ")."""
    z = ctx.lex.zones.match(ctx.scan, k, clitics=False)
    if not z:
        return None
    end = z[0]
    if end == k + 1 and ctx.text(k) in _BARE_ZONE and ctx.scan.word(end):
        end += 1  # "بتوقيت أنقرة": a zone named by any place
    return end


def _pm(h: int, part: str | None) -> int:
    if part in ("EV", "AF") and h < 12:
        return h + 12
    if part == "NI":
        if 6 <= h < 12:
            return h + 12
        if h == 12:
            return 0
    if part == "MI" and 1 <= h <= 5:
        return h + 12
    return h


def rule_clock(ctx: Ctx, i: int) -> list[Hit] | None:
    lex, toks = ctx.lex, ctx.toks
    j, skip, opener = i, 0, False
    sk = _stem_in(ctx, i, lex.hour_words)
    if sk is not None:
        j, skip, opener = i + 1, sk, True
    hr = _read_hour(ctx, j)
    if not hr:
        return None
    h, mm, k, kind = hr
    s = lex.clock_suffix.match(ctx.scan, k, clitics=False)
    if s and kind != "colon":
        k, delta = s[0], s[1]
        if delta < 0:
            h, mm = (h - 1) % 24, 60 + delta
        else:
            mm = delta
    elif ctx.text(k) == "و" and k + 2 < ctx.n and toks[k + 1].glued and \
            ctx.is_int(k + 1, 1, 59) is not None and toks[k + 2].text in lex.minute_words:
        mm, k = int(toks[k + 1].text), k + 3
    part = None
    adv = lex.day_part_adverbs.match(ctx.scan, k, clitics=False)
    if adv and kind != "hhmm":
        k, part = adv[0], adv[1]
    zone = _zone_end(ctx, k)
    if zone:
        k = zone
    if kind == "hhmm" and not zone and not opener:
        return None  # "0800" alone is a number; with a zone or after "الساعة" (below) a time
    if not opener and not adv and not zone and kind != "colon":
        return None  # "العاشرة" or "10" alone is no time; "10:30" is (scores are written 2-1)
    h = _pm(h, part)
    if not (0 <= h <= 24 and 0 <= mm <= 59):
        return None
    value = f"{ctx.dct.isoformat()}T{h:02d}:{mm:02d}" if ctx.dct else None
    return [Hit(i, k, value, type="TIME", skip=skip, clock=(h, mm), part=part)]


# ---------------------------------------------------------------------------------------------
# references ("الآن", "مؤخرا") and recurrences ("يوميا", "كل عامين")


def rule_reference(ctx: Ctx, i: int) -> list[Hit] | None:
    m = ctx.lex.references.match(ctx.scan, i, clitics=True)
    if not m:
        return None
    return [Hit(i, m[0], m[1], type="DATE", skip=m[2])]


def rule_set(ctx: Ctx, i: int) -> list[Hit] | None:
    lex = ctx.lex
    m = lex.sets.match(ctx.scan, i, clitics=True)
    if not m:
        return None
    end = m[0]
    if m[1] == "P1D" and end < ctx.n:
        # "كل يوم سبت", "كل يوم جمعة", "كل يوم الأحد": a weekday each week
        word = ctx.toks[end].text
        wd = lex.weekdays.get(word) or lex.weekdays.get("ال" + word)
        if wd:
            return [Hit(i, end + 1, f"XXXX-WXX-{wd}", type="SET", skip=m[2])]
    return [Hit(i, end, m[1], type="SET", skip=m[2])]
