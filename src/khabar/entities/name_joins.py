"""One person's name the tagger cut in two: adjacent PER spans that are parts of one Arab name.

"اللواء أحمد سيف محرم اليافعي" comes out of the tagger as "أحمد سيف" + "محرم اليافعي" (a name
part that is also a month), "صالح بن ناصر الجاسر" as "صالح بن ناصر" + "الجاسر". An Arab name runs
given name, father's (and grandfather's) name, then a family or origin name with the article; so a
first span made only of such name parts (no "ال" word, or a "بن" chain), followed across one space
by a span that ends in the family name, is one name. Two full names written side by side ("مروان
حماده أكرم شهيب", a list without commas) do not fit: the first already ends in a family name, or
the second has none. A second span opening with "و" ("ودانتي", "وقصي الخيبري") is the next item of
a list unless the word is a given name itself (وليد).
"""
from __future__ import annotations

import re
from functools import cache

from ..resources import folded_words
from ..text import fold
from .given_names import known_given_names

_NASAB = ("بن", "بنت", "ابن")


def _family_word(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


@cache
def _not_family() -> frozenset[str]:
    return folded_words("entity_context.toml", "name_joins", "not_family") | \
        folded_words("roles_grammar.toml", "titles", "words")


def _joinable(first_raw: str, second_raw: str, names: frozenset[str]) -> bool:
    first, second = fold(first_raw).split(), fold(second_raw).split()
    if not first or not second or len(first) + len(second) > 6 or len(second) > 2:
        return False
    if second[-1] in _not_family() or second_raw.endswith("ة"):
        return False  # "مالك الصحيفة", "خليفة جبر المنتج": a noun after the name
    if any(_family_word(w) for w in first) or first[-1] in _NASAB or first[0] in _NASAB:
        return False  # the first part already has its family name, or is cut after "بن"
    if not _family_word(second[-1]) or (len(second) == 2 and _family_word(second[0])):
        return False  # no family name to close the first part with
    lead = second[0]
    if lead.startswith("و") and lead not in names:
        return False  # "… وقصي الخيبري": the next person of a list
    return first[0] in names  # the first part must open like a name: "أحمد", "صالح"


def join_cut_names(spans: list[tuple[int, int, str]], body: str,
                   others: list[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """The tagger's ``spans`` (start, end, type) with adjacent PER parts of one name joined, plus
    ``others`` (names after titles, pattern organisations) not inside a joined name, sorted."""
    spans = sorted(spans)
    names = known_given_names()
    out: list[tuple[int, int, str]] = []
    joined: list[tuple[int, int]] = []
    for span in spans:
        if out and span[2] in ("PER", "PERS") and out[-1][2] in ("PER", "PERS") and \
                out[-1][1] < span[0] and body[out[-1][1]:span[0]] == " " and \
                not _named_after(body, out[-1][0]) and \
                _joinable(body[out[-1][0]:out[-1][1]], body[span[0]:span[1]], names):
            out[-1] = (out[-1][0], span[1], out[-1][2])
            joined.append((out[-1][0], span[1]))
            continue
        out.append(span)
    tagged = [s for s in out if s[2] in ("PER", "PERS")]
    # a part found again after a title ("اللواء أحمد سيف محرم") goes with the joined name
    out.extend(s for s in others if not any(a <= s[0] and s[1] <= b for a, b in joined))
    # The title rule takes three words ("العميد سالم محمد رجب" of the tagger's "سالم محمد رجب
    # القحطاني"): a longer tagger name at the same place is tried first when what it adds is more
    # of a name (a family name, "بن"/"آل", a given name); the shorter one still stands if the
    # longer is turned down. Other words ("فيصل بحرصه الشديد", "سعيد القرني والطاقم") are no name.
    first = {t for t in tagged if any(o[2] in ("PER", "PERS") and o[0] == t[0] and o[1] < t[1] and
                                      _more_name(body, o[1], t[1], names) for o in others)}
    return sorted(out, key=lambda s: (s[0], s not in first, s[1], s[2]))


def _more_name(body: str, start: int, end: int, names: frozenset[str]) -> bool:
    """``body[start:end]``, right after a name, only continues it."""
    extra = body[start:end]
    if not extra.strip() or any(ch in extra for ch in "\n,،.:;\"«»()"):
        return False
    words = fold(extra).split()
    return all(w in _CONNECTORS or w in names or
               (_family_word(w) and w not in _not_family() and not w.endswith("ه"))
               for w in words)


_CONNECTORS = frozenset({"بن", "بنت", "ال", "عبد", "ابو", "الله"})


def _named_after(body: str, start: int) -> bool:
    """"مطار الأمير محمد بن عبدالعزيز الدولي", "جامعة الملك عبدالعزيز": a royal name inside an
    institution's name (institution noun, then الملك/الأمير), which runs on past the person."""
    words = fold(body[max(0, start - 40):start]).split()
    if len(words) < 2 or words[-1] not in ("الملك", "الامير", "الشيخ"):
        return False
    from .translit import institution_heads
    from ..text import clitic_readings
    return any(st in institution_heads() for _, st in clitic_readings(words[-2]))


def _letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def _word_end(body: str, i: int) -> int:
    while i < len(body) and (_letter(body[i]) or "\u064b" <= body[i] <= "\u0652"):
        i += 1
    return i


def _word_start(body: str, i: int) -> int:
    while i > 0 and (_letter(body[i - 1]) or "\u064b" <= body[i - 1] <= "\u0652"):
        i -= 1
    return i


def _alone_elsewhere(body: str, word: str) -> bool:
    """``word`` occurs in ``body`` as a word of its own, with no hyphen on either side."""
    pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
    return re.search(pattern, body) is not None


def bridge_hyphens(spans: list[tuple[int, int, str]], body: str,
                   taken=lambda start, end: False) -> list[tuple[int, int, str]]:
    """Names written with a hyphen ("جان-كلود أرنو", "كيم هاك-سونغ", "كون-بينديت", "بونغي-ري"):
    the tagger stops at the hyphen, cutting the name or making two entities of it. A span that ends
    (or starts) at a hyphen between two letters takes in the word on the other side, and a span that
    starts there joins it. Definite words ("الأميركي-الكوري", "آسيا-المحيط") are compound
    adjectives or two names, not one name; nor is a side the KB already named ("قمة ترمب-كيم"), or a
    word the article writes elsewhere without the hyphen ("قمة كيم-مون" beside "مون جاي إن"): a pair
    of people, as in "ثنائي ميسي-رونالدو"."""
    out: list[tuple[int, int, str]] = []
    for start, end, typ in sorted(spans):
        if start >= 2 and body[start - 1] == "-" and _letter(body[start - 2]) and \
                not fold(body[start:end]).startswith("ال"):
            ws = _word_start(body, start - 1)
            if not fold(body[ws:start - 1]).startswith("ال") and start - 1 - ws >= 2 and \
                    not taken(ws, start - 1) and not taken(start, end) and \
                    not _alone_elsewhere(body, body[ws:start - 1]) and \
                    not _alone_elsewhere(body, body[start:_word_end(body, start)]):
                start = ws
        while end + 1 < len(body) and body[end] == "-" and _letter(body[end + 1]) and \
                not fold(body[_word_start(body, end):end]).startswith("ال"):
            we = _word_end(body, end + 1)
            if fold(body[end + 1:we]).startswith("ال") or we - end - 1 < 2 or \
                    taken(end + 1, we) or taken(start, end) or _alone_elsewhere(body, body[end + 1:we]) or \
                    _alone_elsewhere(body, body[_word_start(body, end):end]):
                break
            end = we
        if out and start < out[-1][1]:
            prev = out.pop()  # the other half of the name: "كون" + "بينديت"
            start, end, typ = prev[0], max(prev[1], end), prev[2]
        out.append((start, end, typ))
    return out
