"""Counts carried by nouns rather than by a number before them.

- a dual ("جنديان", "شخصين", "كيلومترين", "دولارين") is two of the noun or unit; a noun the lexicon
  lacks is known for a dual by what agrees with it (a dual verb or relative, a feminine -تين/-تان
  adjective: "مستودعين يستخدمان", "آليتين مدرعتين") or by a verbal-noun pattern that has no sound
  plural ("اتصالين", "تفجيرين");
- a noun with "واحد/واحدة" after it is one ("شخص واحد", "دولار واحد"), "اثنين" after a dual repeats it;
- a definite noun with a definite number after it ("الدول الخمس", "الأعضاء الثلاثة عشر") is that many.

Duration units ("يومين", "ساعة واحدة", "الساعات الأربع والعشرين") are read by khabar.timex and reach
the quantities as durations; this module handles the other nouns. Lexicons: resources/numbers.toml
([dual_units], [counted_duals], [one_idioms]).
"""
from __future__ import annotations

from functools import cache

from ..resources import load_toml
from ..text import fold
from ..timex import may_match
from ..timex.lexicon import lexicon
from ..timex.numbers import read_definite_number
from ..timex.scan import Scan, clitic_skip

Found = tuple[int, int, int, "float | int", "str | None"]  # (i, j, skip, value, unit) over tokens


def _duals(singular: str, plural_like: bool) -> list[str]:
    if singular.endswith("ه"):  # folded taa marbuta: "طائرة" → "طائرتين", "طائرتان"
        stem = singular[:-1] + "ت"
        return [stem + "ين", stem + "ان"]
    return [singular + "ان"] if plural_like else [singular + "ين", singular + "ان"]


class _QLex:
    def __init__(self) -> None:
        n = load_toml("numbers.toml")
        self.dual_units = {fold(k): v for k, v in n["dual_units"].items()}
        cd = n["counted_duals"]
        plural_like = {fold(w) for w in cd["plural_like"]}
        self.dual_nouns = frozenset(d for w in cd["singulars"] for d in _duals(fold(w), fold(w) in plural_like))
        self.duals = frozenset(self.dual_units) | self.dual_nouns
        self.one_idioms = frozenset(fold(w) for w in n["one_idioms"]["words"])
        self.list_joiners = frozenset(fold(w) for w in n["list_joiners"]["words"])
        oh = n["ordinal_heads"]
        self.ordinal_heads = frozenset(fold(w) for w in oh["words"])
        # the heads without ال, as they stand before a possessive ending ("دورته", "عيده")
        self.ordinal_bases = self.ordinal_heads | {h[2:] for h in self.ordinal_heads if h.startswith("ال")}
        self.plurals_in_ta = frozenset(fold(w) for w in oh["plurals_in_ta"])
        self.clock_cues = frozenset(tuple(fold(w).split()) for w in n["clock_cues"]["words"])
        self.one_of = frozenset(fold(w) for w in n["one_of"]["words"])
        self.possessive_endings = tuple(sorted((fold(w) for w in n["possessive_endings"]["forms"]),
                                               key=len, reverse=True))
        t = load_toml("timex.toml")
        self.one_words = frozenset(fold(w) for w in t["one_unit_followers"]["one"])
        self.two_words = frozenset(fold(w) for w in t["two_words"]["forms"])


@cache
def _qlex() -> _QLex:
    return _QLex()


def list_joiners() -> frozenset[str]:
    """Words between the numbers of a list or range ("40 و46 عاما", "5 إلى 7 دولارات")."""
    return _qlex().list_joiners


def ordinal_context(toks, k: int) -> bool:
    """Whether a definite number at token k ("الـ65", "الستين") is an ordinal: it follows a
    singular head ("الذكرى الـ65", "الرئيس الـ45", "الدورة العشرين"), not a plural ("الدول الخمس")."""
    if k <= 0 or toks[k - 1].kind != "word":
        return False
    q = _qlex()
    stems = [stem for _, stem in toks[k - 1].readings()[:2]]
    if any(stem in q.plurals_in_ta for stem in stems):
        return False
    return any(stem in q.ordinal_heads or stem.endswith("ه") and len(stem) > 3 for stem in stems)


def _single_unit(scan: Scan, i: int, stem: str) -> str | None:
    """The unit or currency a singular noun names ("دولار" → USD), if any."""
    lex = lexicon()
    for table in (lex.units, lex.currencies):
        for words, payload in table.first.get(stem, ()):
            if len(words) == 1:
                return payload
    return None


def _is_noun_candidate(word: str) -> bool:
    return len(word) >= 2 and not word.isascii()


def noun_counts(scan: Scan, blocked: list[bool]) -> list[Found]:
    """Counts of duals, "X واحد" and "الـX الخمس" in ``scan`` outside the ``blocked`` tokens."""
    q, lex = _qlex(), lexicon()
    toks = scan.toks
    n = len(toks)
    out: list[Found] = []
    i = 0
    while i < n:
        t = toks[i]
        if blocked[i] or t.kind != "word" or not _is_noun_candidate(t.text):
            i += 1
            continue
        nxt = toks[i + 1].text if i + 1 < n else ""
        # cheap checks first: most words are neither a dual nor followed by "واحد" or "الخمس"
        if not (nxt in q.one_words or nxt.startswith("ال") and nxt[2:] in lex.cardinals
                or may_match(t, q.duals) or t.text.endswith(("ين", "ان")) and len(t.text) >= 5 and (
                    _dual_agreement(toks, i + 1) or _dual_agreement(toks, i + 2)
                    or _verbal_noun_dual(t.text) or _verbal_noun_dual(t.text[1:]) or _verbal_noun_dual(t.text[2:]))):
            i += 1
            continue
        hit = None
        readings = list(t.readings())
        if not any(stem in q.dual_units or stem in q.dual_nouns for _, stem in readings):
            # an unlisted dual: the whole word first, as the noun may begin with a letter that is
            # also a proclitic ("فلسطينيين"، "فرصتين"، "بلدتين"); then without a و/ف conjunction
            dual = next((r for r in sorted(readings, key=lambda r: len(r[0]))
                         if set(r[0]) <= {"و", "ف"} and _unlisted_dual(scan, i, r[0], r[1], lex)), None)
            if dual:
                readings = [dual]
        else:
            dual = None
        for prefix, stem in readings:
            sk = clitic_skip(t.text, prefix, stem)
            if stem in q.dual_units or stem in q.dual_nouns or (prefix, stem) == dual:
                end = i + 1
                if end < n and not blocked[end] and (toks[end].text in q.two_words
                                                     or _agreeing_dual(toks[end], stem, lex, scan, end)):
                    end += 1  # "يومين اثنين"; "طائرتين مسيرتين": an agreeing dual adjective
                hit = (i, end, sk, 2, q.dual_units.get(stem))
                break
            if i + 1 < n and toks[i + 1].text in q.one_words and not blocked[i + 1] and \
                    _one_noun(stem, toks, i, q, lex):
                unit = None
                for p2, s2 in t.readings():  # "بدولار واحد": the unit is read through the proclitic
                    unit = _single_unit(scan, i, s2)
                    if unit:
                        sk = clitic_skip(t.text, p2, s2)
                        break
                hit = (i, i + 2, sk, 1, unit)
                break
            possessed = _possessed(scan, i, stem, q, lex)
            if stem.startswith("ال") and len(stem) >= 5 and stem[2:] not in lex.cardinals or possessed:
                num = read_definite_number(scan, i + 1, lex)
                if num and not any(blocked[k] for k in range(i + 1, num[1])) and \
                        (not _scale_after(toks, num[1], lex) if possessed else not ordinal_context(toks, i + 1)):
                    if possessed:  # "وأطفاله الثلاثة": the conjunction stays outside
                        sk = max(clitic_skip(t.text, p2, s2) for p2, s2 in t.readings()
                                 if _possessed(scan, i, s2, q, lex))
                    hit = (i, num[1], sk, num[0], None)
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


# Words that agree only with a dual: the dual relative pronouns, and (tested by shape) an
# imperfect verb in the dual ("يستخدمان", "تقعان").
_DUAL_RELATIVES = frozenset(["اللذين", "اللتين", "اللذان", "اللتان"])


def _dual_agreement(toks, k: int) -> str | None:
    """What makes the word before token k a dual: "relative", "verb" or "feminine" (an indefinite
    adjective in -تين/-تان, which only a feminine dual takes), else None."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    w = toks[k].text
    if w in _DUAL_RELATIVES:
        return "relative"
    if len(w) >= 5 and w.endswith(("تين", "تان")) and not w.startswith(("ال", "و")):
        return "feminine"  # before the verb test: "تجاريتان" is an adjective
    if len(w) >= 5 and w[0] in "يت" and w.endswith("ان"):
        return "verb"
    return None


def _verbal_noun_dual(word: str) -> bool:
    """A verbal noun of the افتعال/انفعال/إفعال, استفعال or تفعيل pattern with a dual ending
    ("اتصالين", "تفجيرين", "استهدافين"): these nouns have no sound plural in -ين/-ان, so the ending
    can only be the dual. On the corpus: 74 such words, all duals."""
    s = word[:-2]
    return (len(s) == 5 and s[0] == "ا" and s[3] == "ا" or len(s) == 6 and s.startswith("است") and s[4] == "ا"
            or len(s) == 5 and s[0] == "ت" and s[3] == "ي")


def _known_name(word: str) -> bool:
    """A place, organisation or person the knowledge base or the given-name list knows ("لبنان
    تخضعان", "فلوريان"): a name in -ان/-ين is no dual."""
    from ..entities.kb import load_kb, norm_key
    from ..entities.names import first_names
    return bool(load_kb().alias_index.get(norm_key(word))) or word in first_names()


def _unlisted_dual(scan: Scan, i: int, prefix: str, stem: str, lex) -> bool:
    """A dual of any indefinite noun, known by what agrees with it: "مستودعين يستخدمان",
    "منزلين اللذين", "آليتين مدرعتين". A sound masculine plural ("مسلحين") takes "الذين" and
    plural verbs, and a feminine plural ends in -ات, so none of them is taken for a dual."""
    if len(stem) < 5 or not stem.endswith(("ين", "ان")) or stem in lex.cardinals or stem in lex.counted_stop \
            or any(s in _DUAL_RELATIVES for _, s in scan.toks[i].readings()):
        return False
    a, b = scan.span(i, i + 1)
    surface = scan.original[a:b].lstrip("وف")
    if surface[:1] in ("ب", "ك") and surface[1:3] == "ال":
        surface = surface[1:]
    if surface.startswith(("ال", "لل")):
        return False  # definite: "الطرفين اللذين", "للجانبين اللذين" are no count
    toks = scan.toks
    if surface[:1] == "ي" and stem.endswith("ان"):
        return False  # itself a dual verb: "لا يزالان يرتابان"
    if _known_name(stem):
        return False
    if _verbal_noun_dual(stem):
        return True
    # after a conjunction the dual agreement may be the pair's: "روسيا وإيران تعدان", "حزن
    # واكتئاب شديدان يخيمان"; only an agreeing feminine adjective is then the noun's own
    coordinated = toks[i].text.startswith("و") or i > 0 and toks[i - 1].text.startswith("و") \
        and len(toks[i - 1].text) >= 5  # "واكتئاب شديدان", not the verb "وصل مهندسان"
    k = i + 1
    # "مذيعان أمريكيان يشككان": the verb agrees past an adjective with the noun's ending
    if k + 1 < len(toks) and _agreeing_dual(toks[k], stem, lex, scan, k) and \
            _dual_agreement(toks, k + 1) in ("relative", "verb"):
        k += 1
    how = _dual_agreement(toks, k)
    if coordinated and how != "feminine":
        return False
    if how == "feminine":
        return stem.endswith(("تين", "تان")) and toks[k].text[-3:] == stem[-3:]
    return how is not None


def _possessed(scan: Scan, i: int, stem: str, q: _QLex, lex) -> bool:
    """A noun with a possessive ending and at least three letters before it ("أطفاله"), itself
    not a number word; folding writes ة as ه, so the surface decides ("مدرسة الثلاثة" is no count)."""
    if stem.startswith("ال") or stem in lex.cardinals:
        return False
    for end in q.possessive_endings:
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            if end == "ه":
                a, b = scan.span(i, i + 1)
                if scan.original[b - 1:b] != "ه":
                    return False
            if any(s2.endswith(end) and s2[:-len(end)] in q.ordinal_bases for _, s2 in scan.toks[i].readings()):
                return False  # "بعيده الثلاثين": بـ + عيد, a singular head
            base = stem[:-len(end)]
            # a singular head makes the number an ordinal: "بدورته الأربعين", "بعيده الثلاثين";
            # before a suffix ة is written ت, unlike the plural ات ("مشاركاتها الأربع")
            if base.endswith("ت") and not base.endswith("ات") and "ال" + base[:-1] + "ه" not in q.plurals_in_ta:
                return False
            return True
    return False


def _scale_after(toks, j: int, lex) -> bool:
    """"مقاهيها الثمانية آلاف": the definite number reads no scale, so the count would be wrong."""
    return j < len(toks) and (toks[j].text in lex.scales or toks[j].text in lex.plural_scales)


def before_clock_cue(toks, j: int) -> bool:
    """Whether the number that ends at token j is a clock time: "14.00 بتوقيت غرينتش", "10,30 ت غ"."""
    if j >= len(toks) or toks[j].kind != "word":
        return False
    return any(tuple(t.text for t in toks[j:j + len(cue)]) == cue for cue in _qlex().clock_cues)


def one_of(toks, i: int) -> bool:
    """Whether the word "واحد/واحدة/أحد/إحدى" at token i opens "one of" ("واحدة من أكبر المدن")."""
    return i + 1 < len(toks) and toks[i + 1].text == "من" and \
        any(stem in _qlex().one_of for _, stem in toks[i].readings()[:2])


def dual_before_two(toks, i: int, blocked_until: int) -> int | None:
    """Start of the dual noun (and its agreeing adjective) that "اثنين/اثنتين/اثنان" at token i
    repeats: "مواطنين إيرانيين اثنين", "مصابين اثنين". The noun and the number end alike (-ين with
    اثنين/اثنتين, -ان with اثنان/اثنتان), so "أدين اثنان" (a verb) is no noun. Tokens before
    ``blocked_until`` belong to an earlier quantity."""
    lex = lexicon()
    word = toks[i].text
    ending = "ين" if word.endswith("ين") else "ان" if word.endswith("ان") else None
    if ending is None:
        return None
    start = None
    for p in (i - 1, i - 2):
        if p < max(blocked_until, 0) or toks[p].kind != "word":
            break
        w = toks[p].text
        if len(w) < 5 or not w.endswith(ending) or w.startswith("ال") or w in lex.counted_stop \
                or w in lex.cardinals:
            break
        start = p
    return start


def belongs_to_noun(toks, i: int, value: float) -> bool:
    """Whether a lone "واحد" or "اثنين" at token i is an adjective of the noun before it ("شخص
    واحد", "في وقت واحد", "شخصين اثنين"), not a number on its own ("قال واحد من الشهود")."""
    if i == 0 or toks[i - 1].kind != "word":
        return False
    q, lex = _qlex(), lexicon()
    stems = [stem for _, stem in toks[i - 1].readings()]
    if value == 2:
        return any(s in q.duals for s in stems)
    if value != 1:
        return False
    if any(s in q.one_idioms for s in stems):
        return True
    if i + 1 < len(toks) and toks[i + 1].text == "من":
        return False
    return toks[i - 1].text not in lex.counted_stop


def _agreeing_dual(tok, noun: str, lex, scan: Scan | None = None, k: int = -1) -> bool:
    """Whether ``tok`` is an indefinite dual adjective agreeing with the dual ``noun``; with the
    scan, definiteness is read off the written word ("ألمانيان" folds to "المانيان")."""
    w = tok.text
    if scan is not None and w.startswith("ال"):
        a, b = scan.span(k, k + 1)
        definite = not scan.original[a:b].startswith(("آ", "أ", "إ"))
    else:
        definite = w.startswith("ال")
    return (tok.kind == "word" and len(w) >= 5 and w[-2:] == noun[-2:] and not definite
            and not w.startswith("و") and w not in lex.counted_stop)


def _one_noun(stem: str, toks, i: int, q: _QLex, lex) -> bool:
    """Whether ``stem`` is an indefinite noun that "واحد/واحدة" at i+1 counts ("شخص واحد")."""
    if stem.startswith("ال") or stem in lex.counted_stop or len(stem) < 2:
        return False
    if any(s in q.one_idioms or p.endswith("ك") for p, s in toks[i].readings()):
        return False  # "في وقت واحد" (at once), "كرجل واحد" (as one man)
    if i + 2 < len(toks) and toks[i + 2].text == "من":
        return False  # "واحد من": "one of", a partitive after a verb ("قال واحد من الشهود")
    if stem in lex.cardinals or stem in lex.scales or stem in lex.ordinals:
        return False
    feminine_one = toks[i + 1].text.startswith("واحده")
    if stem.endswith("ه") and not feminine_one:
        return False  # "مرة واحدة": the number agrees with a feminine noun
    if feminine_one and stem.endswith("ت"):
        return False  # "قالت واحدة": a feminine verb, not a noun
    return True
