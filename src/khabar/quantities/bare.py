"""Bare numbers that name or number something rather than count it.

A number with neither unit nor counted noun is most often part of a name or a reference in news
text: a channel, product or weapon written as a word and a number ("فرانس 24", "ويندوز 10",
"Nokia 770"), or the number of a resolution, law or article whose noun is qualified before the
number ("القرار الأممي 2216", "قرار مجلس الأمن 2231", "القانون عدد 34", "المادة (8)"). After
reading, two passes drop bare numbers by their shape: pairs joined by "-" or "/" (scores, year
pairs, date pieces: "فاز 3 - 1") and bracketed minutes in match reports ("سدد بجوار القائم (15)").
The words are data (resources/numbers.toml, [bare_names], [references] and [match_minutes]).
"""
from __future__ import annotations

from functools import cache

from ..resources import load_toml
from ..text import fold

_SKIPPED = frozenset('(«"“')


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, frozenset[str]]:
    n = load_toml("numbers.toml")
    heads = frozenset(fold(w) for w in n["bare_names"]["heads"])
    refs = frozenset(fold(w) for w in n["references"]["heads"])
    adjacent = frozenset(fold(w) for w in n["references"]["adjacent"])
    stop = frozenset(fold(w) for w in n["counted_stop"]["words"])
    return heads, refs, adjacent, int(n["references"]["max_words_between"]), stop


def _stems(tok) -> set[str]:
    return {stem for _, stem in tok.readings()[:2]}


def _word_before(toks, i: int) -> int:
    """Index of the word before digits at token i, across one opening bracket or quote."""
    k = i - 1
    if k >= 0 and toks[k].kind == "punct" and toks[k].text in _SKIPPED:
        k -= 1
    return k


def named_number(toks, i: int) -> bool:
    """Digits at token i written after a name word: a Latin word ("Nokia 770", "Big Hero 6") or a
    listed head ("فرانس 24", "لفرانس 24", "ويندوز 10", "بوينغ 737")."""
    k = i - 1
    if k < 0 or toks[i].kind != "num" or toks[k].kind != "word":
        return False
    w = toks[k]
    if w.text.isascii():
        return w.text.isalpha() and len(w.text) >= 2
    return bool(_stems(w) & _lists()[0])


def reference_number(toks, i: int, counted: bool = False) -> bool:
    """Digits at token i numbering a legal text named up to a few words before: "القرار الأممي
    2216", "قراري مجلس الأمن 2216 و2231", "القانون عدد 34", "المادة (8)". The words between are
    the noun's qualifiers, none of them a preposition or another number. ``counted``: a word
    follows that reads as a counted noun; then the legal noun must stand right before the number
    with a bracket ("القرار رقم (2231) بهدف") or the article ("القرار 2254 بحثنا"), or a definite
    qualifier must, with no bracket ("القرار الأممي 2254 دون تأخير"): an indefinite noun takes the
    number as its object ("قرار إرسال 3000 جندي")."""
    if toks[i].kind != "num":
        return False
    _, refs, adjacent, max_between, stop = _lists()
    k = _word_before(toks, i)
    if counted and k >= 0 and not _stems(toks[k]) & (refs | adjacent) and \
            (k != i - 1 or not toks[k].text.startswith("ال")):
        return False  # "قرار إرسال 3000 جندي", "للقرار الوزاري تم تخصيص (10) دوائر"
    if counted and k == i - 1 and not toks[k].text.startswith("ال"):
        return False  # "صدرت بها قرارات 311 قضية": no bracket, no article, a count of cases
    for between in range(max_between + 1):
        if k < 0 or toks[k].kind != "word":
            return False
        stems = _stems(toks[k])
        if stems & refs or not between and stems & adjacent:
            return True
        if between and toks[k].text in stop or stems & stop:
            return False
        k -= 1
    return False


_PAIR_MARKS = frozenset("-–/")
# Plural and accusative endings: a word opening with و that ends so is a noun ("وحدات"); one that
# does not is و + a new phrase ("وتاريخ").
_PLURAL_ENDINGS = ("ات", "ا", "ون", "ين", "اء")
_ZERO = "صفر"


def _number_tok(tok) -> bool:
    return tok.kind == "num" or tok.kind == "word" and tok.text == _ZERO


def drop_number_pairs(toks, found: list, bare: set[int]) -> list:
    """Bare numbers joined to another number by "-", "–" or "/" with nothing counted after the pair
    are a score, a pair of years or the pieces of a date or file number: "فاز 3 - 1", "تعادلا
    صفر / 2", "(1180 – 1225)", "رقم (104 / 47)", "15 - 6 - 1435هـ". A range with its noun after
    the last number ("8 - 10 إصابات", "5 - 7 دولارات") is an amount and stays."""
    starts = {f[0]: f for f in found}
    out = []
    for f in found:
        a, b = f[0], f[1]
        if a not in bare:
            out.append(f)
            continue
        i = a + 1 if toks[a].text == "(" else a  # "(1346 - 1409)": the bracket joined the span
        j = b - 1 if b - 1 > i and toks[b - 1].text == ")" else b
        before = i >= 2 and toks[i - 1].text in _PAIR_MARKS and _number_tok(toks[i - 2])
        after = False
        if j + 1 < len(toks) and toks[j].text in _PAIR_MARKS and _number_tok(toks[j + 1]):
            nxt = starts.get(j + 1)
            after = nxt is None or nxt[0] in bare
        if (before and not _counted_pair_end(starts, i - 2, bare) or after) and not _bracket_counted(toks, j):
            continue
        out.append(f)
    return out


def _counted_pair_end(starts: dict, k: int, bare: set[int]) -> bool:
    """The number at token k begins a quantity with a unit or counted noun (so a bare number after
    it is a second, separate amount: "5 أشخاص - 3 منهم")."""
    f = starts.get(k)
    return f is not None and k not in bare


def _bracket_counted(toks, j: int) -> bool:
    """The chain of joined numbers from token j closes a bracket that a counted noun or unit
    follows: "ما بين (200 - 250) مراجعا", "( 50 - 500 ) ريال"."""
    n = len(toks)
    while j + 1 < n and toks[j].text in _PAIR_MARKS and _number_tok(toks[j + 1]):
        j += 2
    if j + 1 >= n or toks[j].text != ")" or toks[j + 1].kind != "word":
        return False
    w = toks[j + 1].text
    if w.startswith("و") and not w.endswith(_PLURAL_ENDINGS):
        return False  # "رقم ( 57 / 30 ) وتاريخ": a new phrase ("(3 - 5) وحدات" is a noun)
    return w not in _lists()[4]


_AFTER_MINUTE = frozenset("،,.؛)")
_SENTENCE_END = frozenset(".!؟?")


@cache
def _minute_cues() -> tuple[frozenset[str], int, int]:
    m = load_toml("numbers.toml")["match_minutes"]
    return frozenset(fold(w) for w in m["cues"]), int(m["max_minute"]), int(m["window"])


def drop_match_minutes(toks, found: list, bare: set[int]) -> list:
    """A bracketed bare number after a word and before a comma or stop, in a sentence telling a
    move of a match, is the minute of that move: "سدد بجوار القائم (15)،", "وسجل فلان (62)
    وفلان (87)". Only whole numbers up to max_minute; lists of counts in brackets outside match
    reports ("فرنسا (4)، ألمانيا (4)") stay."""
    cues, max_minute, window = _minute_cues()
    out = []
    for f in found:
        a, b, _, value, _ = f
        if a in bare and b - a == 3 and toks[a].text == "(" and toks[b - 1].text == ")" and a > 0 and \
                toks[a - 1].kind == "word" and isinstance(value, int) and 0 < value <= max_minute and \
                (b >= len(toks) or toks[b].text in _AFTER_MINUTE or
                 toks[b].kind == "word" and toks[b].text.startswith("و") and not toks[b].glued) and \
                _in_match_sentence(toks, a, cues, window):
            continue
        out.append(f)
    return out


def _in_match_sentence(toks, a: int, cues: frozenset[str], window: int) -> bool:
    k = a - 1
    while k >= 0 and a - k <= window and toks[k].text not in _SENTENCE_END:
        if toks[k].kind == "word" and _stems(toks[k]) & cues:
            return True
        k -= 1
    return False
