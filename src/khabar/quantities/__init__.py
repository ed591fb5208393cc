"""Quantities in Arabic news: numbers with their unit, currency or counted noun.

``find_quantities(text)`` returns ``khabar.article.Quantity`` records with exact offsets: digits in
both scripts with Arabic separators ("١٢٬٥٠٠", "٣٫٥"), number words ("ستة عشر", "ثلاثة ملايين",
"مليار"), scales after digits ("11 مليون برميل" → 11000000 barrel), percentages ("15%", "15 في المئة"
→ percent), currencies, measurement units, durations ("93 دقيقة" → 93 minute, "ساعتين" → 2 hour) and
counted nouns ("16 كيانًا" → 16, unit None, the noun kept in the span).

Units (resources/numbers.toml): SI-like symbols for measures ("km", "kg", "m2", "MW"), English
words for the rest ("barrel", "ton", "percent", "minute", "hour", "day", "week", "month", "year").
Currencies: an ISO 4217 code when the currency is certain ("دولار" → USD, "ريال سعودي" → SAR), else
the English family name ("ريال" → riyal, "جنيه" → pound, "دينار" → dinar).

Counts carried by nouns (nouns.py): duals ("جنديين" → 2, "كيلومترين" → 2 km), "شخص واحد" → 1,
"الدول الخمس" → 5. Numbers in a list or range are read one by one and share the unit written after
the last ("40 و46 عاما" → 40 year, 46 year; "57/ كلم" → 57 km).

Not quantities: years, dates, clock times and recurrences (the time recogniser claims them first;
durations are kept as quantities; "0800 بتوقيت غرينتش" is a clock time), identifiers after "رقم",
"القرار", "المادة" … (and the numbers listed after them), phone-like digit strings, scores and
fractions written with "/" or "-" ("2-1", "3/4", "3-صفر"), list item numbers ("1- تجديد العضوية"),
model names ("F-16"), ordinals ("الذكرى الـ65"),
vague plurals ("آلاف المتظاهرين") and days listed before a date ("يومي 8 و9 من الشهر الجاري").
"""
from __future__ import annotations

from functools import cache

from ..article import Article, Quantity
from ..pipeline import stage
from ..timex import Scan, conjunction_chars, may_match, span_of, time_hits
from ..timex.lexicon import Lexicon, adjective_key, lexicon
from ..timex.numbers import read_number
from ..timex.titles import in_name
from .nouns import (before_clock_cue, belongs_to_noun, dual_before_two, list_joiners, noun_counts, one_of,
                    ordinal_context)
from .bare import drop_match_minutes, drop_number_pairs, named_number, reference_number
from .currency import resolve_families
from .readings import list_marker, not_a_decade, thousands_dot

__all__ = ["find_quantities", "quantities_stage", "TIME_UNITS"]

# Duration unit letters of khabar.timex → quantity units.
TIME_UNITS = {"S": "second", "MIN": "minute", "H": "hour", "D": "day", "W": "week", "MO": "month",
              "Y": "year", "DE": "decade", "CE": "century"}

_CODE_GLUE = frozenset("-/:+#_")
_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = frozenset('"»”')


def _number_value(v: float) -> float | int:
    """An int when the value is whole; "16,6 مليار" is 16600000000, not 16600000000.000002."""
    r = round(v, 6)
    whole = round(r)
    return int(whole) if abs(r - whole) <= 1e-9 * max(1.0, abs(r)) else r


def _is_code(scan: Scan, i: int, j: int) -> bool:
    """Digits glued to letters or separators on either side: a phone number, score, model or code."""
    toks = scan.toks
    t = toks[i]
    if t.kind == "num":
        digits = t.text.replace(",", "").replace(".", "")
        if len(digits) >= 7 and t.text.isdigit() and t.text.startswith("0"):
            return True
        if len(digits) >= 9 and t.text.isdigit():
            return True
    if i > 0 and t.glued:
        p = toks[i - 1]
        if p.kind == "punct" and p.text in _CODE_GLUE and i > 1 and toks[i - 2].kind != "punct" and p.glued:
            return True
        if p.kind == "word" and p.text.isascii():
            return True
        if p.kind == "punct" and p.text == "+":
            return True
    # Omani press writes decimals with "ر" ("49ر2 مليون", "19 ر 15"): skip rather than misread
    if j + 1 < len(toks) and toks[j].text == "ر" and toks[j + 1].kind == "num":
        return True
    if i > 1 and toks[i - 1].text == "ر" and toks[i - 2].kind == "num":
        return True
    if j < len(toks) and toks[j].glued:
        nx = toks[j]
        if nx.kind == "punct" and nx.text in _CODE_GLUE and j + 1 < len(toks) and \
                toks[j + 1].kind == "num" and toks[j + 1].glued:
            return True
        if nx.kind == "word" and nx.text.isascii():
            return True
    return False


def _unit_after(scan: Scan, lex: Lexicon, j: int):
    """(end, unit) for a percent sign/phrase, currency (with its nationality) or unit at token j."""
    toks = scan.toks
    if j >= len(toks):
        return None
    if toks[j].text in ("%", "٪"):
        return j + 1, "percent"
    p = lex.percent.match(scan, j, clitics=False)
    if p:
        return p[0], "percent"
    c = lex.currencies.match(scan, j, clitics=False)
    if c:
        end, family = c[0], c[1]
        if end < len(toks) and toks[end].kind == "word":
            code = lex.currency_qualified.get((family, adjective_key(toks[end].text)))
            if code:
                return end + 1, code
        return end, family
    u = lex.units.match(scan, j, clitics=False)
    if u:
        return u[0], u[1]
    if toks[j].text == "/" and j + 1 < len(toks) and toks[j + 1].kind == "word":
        u = lex.units.match(scan, j + 1, clitics=False)  # "57/ كلم": a unit after a slash
        if u:
            return u[0], u[1]
    return None


# Endings of plural nouns and of the accusative: a word starting with و that ends so is a noun
# ("وفيات", "وزراء", "ولايات"), not و + a verb ("وقال").
_PLURAL_ENDINGS = ("ا", "ات", "اء", "ون", "ين", "ائق", "اً")


def _counted_noun(scan: Scan, lex: Lexicon, j: int) -> int | None:
    """End of the counted noun after a number ("16 كيانًا", "ثلاثة أشخاص"), if one follows."""
    toks = scan.toks
    # A counted noun in quotation marks: 'ثلاثة "إرهابيين"', '71 "فردا تكفيريا"'. The mark opens a
    # short quoted phrase (closed within four words), touches the word it opens and not the number
    # ('"إس 400" متوافقة' closes a name); a longer quotation after a number is speech ('فرانس 24
    # "يوجد ..."'). The closing mark right after the noun stays in the span.
    if j + 1 < len(toks) and toks[j].text in _OPEN_QUOTES and toks[j + 1].kind == "word" and \
            toks[j + 1].glued and not toks[j].glued and len(toks[j + 1].text) >= 3 and \
            any(t.text in _CLOSE_QUOTES for t in toks[j + 2:j + 6]) and _counted_noun(scan, lex, j + 1) == j + 2:
        return j + 3 if j + 2 < len(toks) and toks[j + 2].text in _CLOSE_QUOTES else j + 2
    if j >= len(toks) or toks[j].kind != "word":
        return None
    w = toks[j].text
    if w == "من" and j + 1 < len(toks) and toks[j + 1].kind == "word" and \
            toks[j + 1].text not in lex.counted_stop:
        return j + 2  # partitive: "خمسة من مرافقيه", "عشرة من الجنود"
    if w in lex.counted_stop or len(w) < 2 or w.isascii() or _definite(scan, j):
        return None  # a counted noun is indefinite: "ست البيت" is no number
    if w.startswith("و") and (not w.endswith(_PLURAL_ENDINGS) or w[1:] in _number_words()):
        return None  # "وقال": a new clause, "وثلاثين": the next number; "وفيات", "وزراء" are nouns
    if any(stem in lex.counted_stop for _, stem in toks[j].readings()[1:2]):
        return None
    return j + 1


def _definite(scan: Scan, j: int) -> bool:
    """Token j opens with the article as written: folding turns "آليات" and "ألغام" into "ال…"."""
    if not scan.toks[j].text.startswith("ال"):
        return False
    a, b = scan.span(j, j + 1)
    return not scan.original[a:b].lstrip("\u0640").startswith(("آ", "أ", "إ"))


@cache
def _number_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset([*lex.cardinals, *lex.teen_heads, *lex.scales, *lex.dual_scales, *lex.fractions])


def _quantities(scan: Scan) -> list[Quantity]:
    lex = lexicon()
    toks = scan.toks
    n = len(toks)
    body = scan.original
    hits = time_hits(scan, reuse=True)
    blocked = [False] * (n + 1)
    found: list[tuple[int, int, int, float | int, str | None]] = []  # (i, j, skip, value, unit)
    bare: set[int] = set()  # starts of numbers found with neither unit nor counted noun
    for h in hits:
        if h.unit == "DE" and h.amount is not None and not_a_decade(toks, h.j, h.amount):
            continue  # "31 عقدا" is read below as a counted noun, "قبل عقد أي اجتماع" as no number
        # "الدقيقتين 98 و104": a dual unit followed by digits names the minutes, it counts nothing
        label = h.j - h.i == 1 and h.j < n and toks[h.j].kind == "num"
        if h.type == "DURATION" and h.amount is not None and h.unit in TIME_UNITS and not label:
            found.append((h.i, h.j, h.skip, _number_value(h.amount), TIME_UNITS[h.unit]))
        elif h.type == "DATE" and h.inner is not None and h.amount is not None and h.unit in TIME_UNITS:
            found.append((h.inner[0], h.j, h.inner[1], _number_value(h.amount), TIME_UNITS[h.unit]))
        for k in range(h.i, h.j):
            blocked[k] = True
    i = 0
    while i < n:
        t = toks[i]
        if blocked[i] or t.kind == "punct" and t.text not in lex.currency_symbols:
            i += 1
            continue
        symbol = None
        start = i
        if t.kind == "punct":  # "$50"
            if i + 1 < n and toks[i + 1].kind == "num" and toks[i + 1].glued and not blocked[i + 1]:
                symbol = lex.currency_symbols[t.text]
                i += 1
            else:
                i += 1
                continue
        if t.kind == "word" and not may_match(t, _number_words()):
            i += 1
            continue
        r = read_number(scan, i, lex, clitics=True)
        if not r:
            i += 1
            continue
        value, j, skip = r
        if any(blocked[k] for k in range(i, j)):
            i += 1
            continue
        is_digit = toks[i].kind == "num"
        if not is_digit and i > 0 and toks[i - 1].text in lex.ordinals:
            i = j  # "السادس عشر": the tens of an ordinal
            continue
        if is_digit and (_is_code(scan, i, j) or before_clock_cue(toks, j)):
            i = j
            continue
        if not is_digit and j - i == 1 and value == 1 and one_of(toks, i):
            i = j  # "واحدة من أكبر المدن": "one of", no count
            continue
        # "(41) مشروعا": parentheses around the digits stay in the span
        k = j
        scaled = False
        if start > 0 and toks[start - 1].text == "(" and k < n and toks[k].text == ")":
            start -= 1
            k += 1
            # "(162) مليون ريال": the scale written after the brackets still multiplies; after a
            # number already in full ("(1.063.837) مليون راكب") it only repeats the order
            if is_digit and k < n and toks[k].text in lex.scales and not blocked[k] and value < 1000:
                value *= lex.scales[toks[k].text]
                k += 1
                scaled = True
        unit = symbol
        end = k
        if unit is None:
            u = _unit_after(scan, lex, k)
            if u and not blocked[k]:
                end, unit = u
        if unit is None and is_digit and i > 1 and toks[i].glued and toks[i - 1].text == "ال" and \
                ordinal_context(toks, i - 1):
            i = j  # "الذكرى الـ65", "الرئيس الـ45": an ordinal ("الدول الـ15" is a count)
            continue
        if unit is None and i > 0 and toks[i - 1].kind == "word" and not toks[i].glued and skip == 0 \
                and any(stem in lex.identifier_cues for _, stem in toks[i - 1].readings()[:2]):
            i = _skip_number_list(scan, lex, j)  # "القرار 2254", "المادتين 62 و63"; with a unit it
            continue  # is an amount ("الطريق 120 كيلومترا")
        if unit is None and skip == 0 and named_number(toks, i):
            i = j  # "فرانس 24", "ويندوز 10", "Nokia 770": part of a name (bare.py)
            continue
        if unit is None and skip == 0 and reference_number(toks, i, counted=True):
            i = _skip_number_list(scan, lex, j)  # "القرار رقم (2231) بهدف", "القرار الأممي 2254 دون"
            continue
        if unit is None and not is_digit and j - i == 1 and belongs_to_noun(toks, i, value):
            i = j  # "شخص واحد", "في وقت واحد", "شخصين اثنين": read with the noun (nouns.py)
            continue
        if unit is None:
            noun_end = _counted_noun(scan, lex, k) if not blocked[k] else None
            if noun_end:
                end = noun_end
                if is_digit and j - i == 1 and not scaled and thousands_dot(toks, i, k):
                    value = round(value * 1000)
            elif not is_digit and j - i == 1 and value == 2 and \
                    (s2 := dual_before_two(toks, i, found[-1][1] if found else 0)) is not None:
                start = s2  # "مواطنين إيرانيين اثنين": the number repeats a dual noun
            elif not is_digit and j - i == 1 and value < 11:
                i = j  # "ست", "سبع" alone are as often words as numbers
                continue
        if unit is None and end == k and is_digit and reference_number(toks, i):
            i = _skip_number_list(scan, lex, j)  # "قرار مجلس الأمن 2216." (bare.py)
            continue
        if unit is None and end == k and is_digit and start == i and list_marker(scan, i, j):
            i = j  # "1- تجديد العضوية", "3-صفر": an item number or a score
            continue
        found.append((start, end, skip if start == i else 0, _number_value(value), unit))
        if unit is None and end == k:
            bare.add(start)
        i = max(end, i + 1)
    for a, b, *_ in found:
        for k in range(a, b):
            blocked[k] = True
    found.extend(noun_counts(scan, blocked))
    found.sort(key=lambda f: f[0])
    found = _drop_day_lists(toks, found, bare, {h.i for h in hits if h.day is not None})
    found = drop_number_pairs(toks, found, bare)
    found = drop_match_minutes(toks, found, bare)
    _share_list_units(toks, found, bare)
    out = []
    for a, b, skip, value, unit in found:
        if skip and b - a == 1 and value == 2 and toks[a].kind == "word":
            # a one-word dual keeps its attached preposition in the span ("لأسبوعين", "بصاروخين"):
            # the word is the whole expression, as the open sets annotate it; a و/ف conjunction
            # stays outside
            skip = conjunction_chars(toks[a].text, skip)
        s, e = span_of(scan, a, b, skip)
        if e > s and not in_name(body, s, e):  # "(إف 16)"، برنامج "60 دقيقة": inside a name
            out.append(Quantity(body[s:e], s, e, value, unit))
    return out


def _skip_number_list(scan: Scan, lex: Lexicon, j: int) -> int:
    """End of the numbers listed after the one that ends at token j ("62 و63 و70")."""
    toks = scan.toks
    joiners = list_joiners()
    while j + 1 < len(toks) and toks[j].text in joiners and toks[j + 1].kind == "num":
        r = read_number(scan, j + 1, lex, clitics=False)
        if not r:
            break
        j = r[1]
    return j


def _drop_day_lists(toks, found: list, bare: set[int], day_starts: set[int]) -> list:
    """Bare numbers listed before a date are days of it, not amounts: "يومي 8 و9 من الشهر
    الجاري", "أيام 7 و8 و12 يونيو"."""
    joiners = list_joiners()
    starts = set(day_starts)
    keep = []
    for entry in reversed(found):
        a, b = entry[0], entry[1]
        if a in bare and b + 1 < len(toks) and toks[b].text in joiners and b + 1 in starts \
                and toks[a].kind == "num":
            starts.add(a)
            continue
        keep.append(entry)
    keep.reverse()
    return keep


def _share_list_units(toks, found: list, bare: set[int]) -> None:
    """In a list or range of numbers the unit is written once, after the last: "40 و46 عاما",
    "بين 5 و7 دولارات", "3 أو 4 أيام". A bare number before it takes that unit."""
    joiners = list_joiners()
    for n in range(len(found) - 2, -1, -1):
        a, b, skip, value, unit = found[n]
        na, unit_next = found[n + 1][0], found[n + 1][4]
        if unit is not None or unit_next is None or a not in bare or b >= len(toks):
            continue
        joiner = toks[b]
        if na == b + 1 and joiner.text in joiners or \
                na == b and joiner.kind == "word" and joiner.text.startswith("و") and len(joiner.text) > 2:
            found[n] = (a, b, skip, value, unit_next)


def find_quantities(text: str) -> list[Quantity]:
    """Quantities of ``text`` with exact offsets (see the module docstring for units)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return resolve_families(text, _quantities(Scan.of(text)))
    except (ValueError, IndexError, TypeError, OverflowError, AttributeError):
        return []  # never lose an article to a recogniser bug


@stage("quantities", requires=("sentences",), provides=("quantities",))
def quantities_stage(article: Article) -> None:
    article.quantities = find_quantities(article.body)
