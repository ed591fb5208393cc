"""Time expressions in Arabic news, resolved against the publication date (TIMEX3 values).

``find_times(text, published)`` returns ``khabar.article.Timex`` records with exact offsets into
``text``: dates ("اليوم الأربعاء", "16 يونيو 2021", "١٦ حزيران ٢٠٢١", "16/6/2021", "5 رمضان 1442 هـ",
"الأسبوع الماضي", "العام 2015"), times ("الساعة العاشرة صباحا", "مساء أمس"), durations ("93 دقيقة",
"ساعتين") and recurrences ("يوميا"). Matching runs on folded text through proclitics ("والأربعاء",
"بالأمس"); the proclitic stays outside the span. What cannot be resolved (no publication date, a
Hijri month without a day) keeps ``value=None`` with its type.

How it works: ``scan.Scan`` tokenises the folded text once; at each token the recognisers of
``dates`` and ``spans`` (lexicon-driven, resources/timex.toml and numbers.toml) propose matches and
the longest wins; a clock time next to a day ("العاشرة من صباح اليوم") is then merged into one TIME,
a clock time elsewhere in a sentence that names a day takes that day ("هاجموا القرية أمس … الساعة
العاشرة ليلا"), and a duration keeps a short approximator ("أكثر من 100 دقيقة", TIMEX3 mod).
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..article import Article, Timex
from ..pipeline import stage
from .core import Ctx, Hit
from .dates import rule_date, rule_relative_day, rule_year
from .numeric import rule_numeric_date
from .titles import in_name
from .periods import rule_period
from .lexicon import Lexicon, lexicon
from .resolve import parse_dct
from .scan import Scan
from .spans import _pm, rule_clock, rule_duration, rule_reference, rule_set

__all__ = ["Hit", "Scan", "may_match", "find_times", "find_times_in", "parse_dct", "time_hits", "times_stage"]

# Order breaks ties between matches of the same length: the more specific recogniser first.
_RULES = (rule_numeric_date, rule_clock, rule_date, rule_relative_day, rule_year, rule_period,
          rule_duration, rule_reference, rule_set)

_TRAILING_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])
_MERGE_GAP = frozenset(("من", ",", "،", "في", "عند"))


@cache
def _triggers() -> frozenset[str]:
    """Every folded word that can open an expression, to skip the other tokens cheaply."""
    lex: Lexicon = lexicon()
    words: set[str] = set()
    for table in (lex.weekdays, lex.months, lex.hijri_months, lex.relative_days, lex.day_parts,
                  lex.day_part_adverbs, lex.periods, lex.references, lex.duration_units,
                  lex.shift_words, lex.sets, lex.seasons, lex.decades):
        words.update(table.first)
    words.update(lex.year_nouns | lex.span_mods | lex.hour_words | lex.this | lex.plural_periods
                 | lex.century | lex.day_word | lex.month_word | lex.vague_counts)
    words.update(lex.cardinals, lex.teen_heads, lex.scales, lex.dual_scales, lex.fractions,
                 lex.ordinals)
    words.update("ال" + w for w in list(lex.duration_units.first))
    words.update("ال" + w for w in lex.cardinals)  # "الخمس سنوات" (spans._definite_count)
    words.add("ال")
    return frozenset(words)


def _is_candidate(tok, trig: frozenset[str]) -> bool:
    if tok.kind == "num":
        return True
    if tok.kind != "word":
        return False
    return may_match(tok, trig)


def may_match(tok, trig: frozenset[str]) -> bool:
    """Whether a word token, read through its proclitics, may be in ``trig``; cheap string checks
    first, the full clitic readings only when one of them hits."""
    w = tok.text
    if w in trig:
        return True
    if w[0] not in "وفبلك":
        return False
    for k in (1, 2, 3, 4):
        rest = w[k:]
        if rest in trig or "ال" + rest in trig:
            return any(stem in trig for _, stem in tok.readings()[1:])
    return False


def _match(ctx: Ctx) -> list[Hit]:
    trig = _triggers()
    hits: list[Hit] = []
    toks, n, i = ctx.toks, ctx.n, 0
    while i < n:
        if not _is_candidate(toks[i], trig):
            i += 1
            continue
        best, best_end = None, i
        for rule in _RULES:
            try:
                found = rule(ctx, i)
            except (ValueError, IndexError, TypeError, OverflowError, AttributeError):
                found = None  # a recogniser bug must not lose the article
            if found:
                end = max(h.j for h in found)
                if end > best_end:
                    best, best_end = found, end
        if best:
            hits.extend(best)
            i = best_end
        else:
            i += 1
    return _with_vague_prefix(ctx, _anchor_clocks(ctx, _with_approximators(ctx, _merge_clock(ctx, hits))))


def _merge_clock(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """Join a clock time and the day it belongs to ("الساعة العاشرة من صباح اليوم")."""
    out: list[Hit] = []
    for h in hits:
        if out:
            p = out[-1]
            gap = [ctx.toks[k].text for k in range(p.j, h.i)]
            if len(gap) <= 2 and all(g in _MERGE_GAP for g in gap):
                clock, day_hit = (p, h) if p.clock and h.clock is None else (h, p)
                if clock.clock and day_hit.day is not None and day_hit.clock is None and clock is not day_hit:
                    hh, mm = clock.clock
                    part = day_hit.part or clock.part
                    if clock.part is None and part:
                        hh = _pm(hh, part)
                    value = f"{day_hit.day.isoformat()}T{hh:02d}:{mm:02d}"
                    out[-1] = Hit(p.i, h.j, value, type="TIME", skip=p.skip, day=day_hit.day,
                                  clock=None, part=part)
                    continue
        out.append(h)
    return out


def _with_approximators(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """A duration keeps a short approximator before it in its span, as TIMEX3 does (mod
    MORE_THAN, APPROX): "أكثر من 100 دقيقة", "نحو ثلاث ساعات"."""
    prev_end = 0
    for n, h in enumerate(hits):
        if h.type == "DURATION" and h.skip == 0:
            for k in (h.i - 3, h.i - 2, h.i - 1):  # "ما يقرب من عامين" has three words
                if k < prev_end:
                    continue
                ap = ctx.lex.approximators.match(ctx.scan, k, clitics=True)
                if ap and ap[0] == h.i:  # "ونحو ثلاث ساعات": the conjunction stays outside
                    hits[n] = replace(h, i=k, skip=ap[2])
                    break
        prev_end = hits[n].j
    return hits


def _with_vague_prefix(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """A day keeps the vague time before it in its span: "في وقت لاحق اليوم", "في وقت متأخر من
    ليل السبت" (the value stays the day's; "في" is kept only with "وقت")."""
    lex = ctx.lex
    prev_end = 0
    for n, h in enumerate(hits):
        if h.type in ("DATE", "TIME") and h.skip == 0:
            k = h.i - 1
            if k >= prev_end and ctx.text(k) == "من":
                k -= 1
            if k - 1 >= prev_end and ctx.text(k) in lex.vague_times and ctx.text(k - 1) == "وقت":
                start = k - 2 if k - 2 >= prev_end and ctx.text(k - 2) == "في" else k - 1
                hits[n] = replace(h, i=start, skip=0)
        prev_end = hits[n].j
    return hits


_SENTENCE_STOPS = frozenset(".!?؟;؛")


def _same_sentence(ctx: Ctx, a: int, b: int) -> bool:
    """Whether tokens a < b are in one sentence: no full stop or line break between them."""
    toks = ctx.toks
    if any(toks[k].text in _SENTENCE_STOPS for k in range(a + 1, b)):
        return False
    return "\n" not in ctx.scan.text[toks[a].end:toks[b].start]


def _anchor_clocks(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """A clock time with no day of its own takes the day its sentence names ("هاجموا القرية أمس
    … وبدأ القصف الساعة العاشرة ليلا"), the nearest one; else it stays on the publication date."""
    days = [h for h in hits if h.day is not None and h.clock is None and h.type in ("DATE", "TIME")]
    if not days:
        return hits
    for n, h in enumerate(hits):
        if h.clock is None or h.day is not None:
            continue
        best, best_gap = None, None
        for d in days:
            a, b = (d.j - 1, h.i) if d.j <= h.i else (h.j - 1, d.i)
            if a >= b or not _same_sentence(ctx, a, b):
                continue
            if best_gap is None or b - a < best_gap:
                best, best_gap = d, b - a
        if best is not None:
            hh, mm = h.clock
            hits[n] = Hit(h.i, h.j, f"{best.day.isoformat()}T{hh:02d}:{mm:02d}", type="TIME",
                          skip=h.skip, minutes=h.minutes, day=best.day, clock=h.clock, part=h.part)
    return hits


def span_of(scan: Scan, i: int, j: int, skip: int = 0) -> tuple[int, int]:
    """Original offsets of tokens [i, j), with trailing tatweel and diacritics ("هـ", "غدًا")."""
    start, end = scan.span(i, j, skip)
    body = scan.original
    while end < len(body) and body[end] in _TRAILING_MARKS:
        end += 1
    return start, end


def time_hits(scan: Scan, published: str | None = None, reuse: bool = False) -> list[Hit]:
    """The raw matches (token ranges, types, duration amounts) of a scanned text.

    The last result is kept on the scan; with ``reuse`` a caller that needs only the spans (the
    quantity recogniser) takes it whatever publication date it was resolved against.
    """
    cached = scan.hits
    if cached is not None and (reuse or cached[0] == published):
        return cached[1]
    hits = _match(Ctx(scan, lexicon(), parse_dct(published)))
    scan.hits = (published, hits)
    return hits


def conjunction_chars(word: str, skip: int) -> int:
    """How many of the ``skip`` proclitic characters of ``word`` are a و/ف conjunction."""
    k = 0
    while k < skip and word[k] in "وف":
        k += 1
    return k


def find_times_in(scan: Scan, published: str | None) -> list[Timex]:
    """Time expressions of an already scanned text (``find_quantities`` reuses the scan)."""
    body = scan.original
    out: list[Timex] = []
    for h in time_hits(scan, published):
        if h.j <= h.i:
            continue
        # the span keeps an attached preposition ("بالأمس", "لأسبوعين"): the word as written; a
        # و/ف conjunction stays outside ("والاثنين" → "الاثنين"), as the open sets annotate it
        start, end = span_of(scan, h.i, h.j, conjunction_chars(scan.toks[h.i].text, h.skip))
        if end <= start or in_name(body, start, end):
            continue  # "ميراج 2000"، برنامج "60 دقيقة": a number inside a name
        out.append(Timex(body[start:end], start, end, h.value, h.type, h.minutes))
    return out


def find_times(text: str, published: str | None = None) -> list[Timex]:
    """Time expressions of ``text`` with TIMEX3 values anchored on ``published`` (YYYY-MM-DD…)."""
    if not isinstance(text, str) or not text:
        return []
    return find_times_in(Scan.of(text), published)


@stage("times", requires=("sentences",), provides=("times",))
def times_stage(article: Article) -> None:
    article.times = find_times(article.body, article.published)
