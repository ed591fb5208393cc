"""Does a cue's subject look like a name? The gate for speaker entities the quotes stage adds.

When the entity stage did not find the subject of a cue ("وقال توماس أجنيفيك"), the quotes stage
may add an entity of its own. A wrong one is worse than none (a junk PER "الذي" or "هذه العمل" in
the output), so a phrase becomes a speaker only when it looks like a person's name or an
organisation's name; anything else is a described, unnamed source (speaker None, ``source`` set).

The evidence is data: stop words, name particles, pronoun suffixes, common heads and endings
(resources/cues.toml [names]); given names (resources/first_names.txt, the NER gazetteer's FIRST
names, the first words of the KB's people); title words (roles_grammar.toml, ner/triggers.tsv);
and corpus word counts (ner/clusters.tsv) to call a frequent word common. Every file is optional:
a missing one only weakens the test, it never breaks the stage.
"""
from __future__ import annotations

from functools import cache

from ..resources import load_lines, load_toml
from ..text import fold
from .cues import folded_set, settings

_MARKS = set("«»\"“”'‘’#_()[]")
# Particles that may open a short form of a name: "بن دالي"، "أبو مازن"، "آل ثاني"، "ولد الشيخ".
_LEADING_PARTICLES = frozenset({"بن", "ابو", "ابي", "ال", "ولد", "بو"})
_KUNYA = "ابو"  # (folded أبو)


@cache
def _first_names() -> frozenset[str]:
    out: set[str] = set()
    try:
        out |= {fold(w) for w in load_lines("first_names.txt") if " " not in w}
    except OSError:
        pass
    try:
        for line in load_lines("ner/gaz_names.tsv"):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] == "FIRST":
                out.add(fold(parts[0].split()[0]))
    except OSError:
        pass
    return frozenset(out)


@cache
def _known_name_words() -> frozenset[str]:
    """Every word of a known person's name (KB people, gazetteer PER and FIRST entries)."""
    out: set[str] = set(_first_names())
    try:
        for line in load_lines("ner/gaz_names.tsv"):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] in ("FIRST", "PER"):
                out |= {fold(w) for w in parts[0].split()}
    except OSError:
        pass
    try:
        from ..entities.kb import load_kb
        for ent in load_kb().entities.values():
            if ent.type == "PER":
                for alias in (ent.name_ar, *ent.aliases):
                    out |= {fold(w) for w in (alias or "").split()}
    except Exception:  # the KB is another stage's resource: its absence only weakens the test
        pass
    particles = folded_set("names", "particles")
    return frozenset(w for w in out if len(w) > 1 and w not in particles)


@cache
def _word_log2() -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        for line in load_lines("ner/clusters.tsv"):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                out[parts[0]] = int(parts[1])
    except OSError:
        pass
    return out


@cache
def _titles() -> frozenset[str]:
    words: set[str] = set()
    try:
        words |= {fold(w) for w in load_toml("roles_grammar.toml").get("titles", {}).get("words", ())}
    except (OSError, ValueError):
        pass
    try:
        for line in load_lines("ner/triggers.tsv"):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] == "PT":
                words.add(fold(parts[0]))
    except OSError:
        pass
    words |= folded_set("unnamed", "anaphoric") | folded_set("titles", "ranks")
    return frozenset(words)


def is_head(word: str) -> bool:
    """A common noun that describes a person ("الشاب"، "موظفة") — folded input."""
    heads = folded_set("names", "common_heads")
    if word in heads or word.startswith("ال") and word[2:] in heads:
        return True
    # the feminine of a listed head ("مندوبة" of "مندوب"): taa marbuta folds onto ه
    return len(word) > 4 and word.endswith("ه") and is_head(word[:-1])


def is_title(word: str) -> bool:
    """A title or role word ("المستشار", "وزير", "الرئيس") — folded input."""
    return word in _titles() or (word.startswith(("و", "ف")) and word[1:] in _titles())


def _is_stop(w: str) -> bool:
    stop = folded_set("names", "stop")
    return w in stop or w[:1] in "وف" and w[1:] in stop


def is_stop(w: str) -> bool:
    """A function word (folded) that cannot be part of a name."""
    return _is_stop(w)


def _has_suffix(w: str) -> bool:
    return len(w) > 3 and w.endswith(tuple(folded_set("names", "pronoun_suffixes")))


def _common(w: str) -> bool:
    """A frequent everyday word that is no known name part."""
    if w in _known_name_words():
        return False
    if w in folded_set("names", "common_heads"):
        return True
    limit = int(settings().get("names", {}).get("common_log2", 9))
    return _word_log2().get(w, 0) >= limit


def _name_word(w: str, first: bool) -> bool:
    """Could this folded word stand in a person's name at this position?"""
    if not w or not any(ch.isalpha() for ch in w) or any(ch.isdigit() for ch in w):
        return False
    if _is_stop(w) or _common(w) or is_title(w):
        return False
    known = w in _known_name_words()
    if known:
        return True
    if first and len(w) > 4 and w.startswith(_KUNYA) and w[len(_KUNYA):] in _known_name_words():
        return True  # a kunya written as one word: "ابوبكر"، "ابوعلي"
    if _has_suffix(w) or w.endswith(tuple(folded_set("names", "common_endings"))):
        return False
    if w.startswith("ال"):
        return not first  # "سامي الرقيق": a definite surname, never a name's first word
    if w[:1] in "لبك" and (w[1:3] == "ال" or _word_log2().get(w[1:], 0) >= 5):
        return False  # a preposition glued to a noun: "لأزمة"، "بالقوة"
    return True


def _words(text: str) -> list[str]:
    """The words of a phrase, marks and hashtag joiners removed (#محمد_بن_سلمان)."""
    clean = "".join(" " if ch in _MARKS else ch for ch in text)
    return clean.split()


def _definite_ok(words: list[str]) -> bool:
    """A definite word after the first ("سامي الرقيق") needs a known given name or a particle
    before it; otherwise it is a noun and its genitive ("سبب الوفاة")."""
    if not any(w.startswith("ال") for w in words[1:]):
        return True
    particles = folded_set("names", "particles")
    return words[0] in _first_names() or words[0] in particles or \
        any(w in particles for w in words[1:-1]) or \
        len(words) == 2 and 0 < _word_log2().get(words[0], 0) <= 5 and not _common(words[0])
    # (a rare given name and a definite surname: "نادر الساعدي"; longer runs are a noun, its
    # genitive and a name: "متسلق الجبال خيرول عزي")


def ambiguous_given(words: list[str], i: int, surface: list[str] | None = None) -> bool:
    """A given name that folds onto a function word ("علي" / "على") counts as a name word when a
    name word follows it: "علي أكبر ولايتي"; or, written with a dotted ي (``surface``), as the
    last word of a name after a name word: a father's name, "أبو بكر علي" (not "العهد على")."""
    w = words[i]
    if not (w in _first_names() and _is_stop(w)):
        return False
    if i + 1 < len(words):
        nxt = words[i + 1]
        if _name_word(nxt, False) and not nxt.startswith("ال") and \
                (nxt in _known_name_words() or _word_log2().get(nxt, 0) <= 4):
            return True
    return surface is not None and i < len(surface) and \
        surface[i].rstrip("،,.:؛").endswith("ي") and i > 0 and \
        not _is_stop(words[i - 1]) and _name_word(words[i - 1], i == 1) and \
        not words[i - 1].startswith("ال")


def person_name(text: str) -> bool:
    """True when ``text`` (a subject phrase, titles already removed) looks like a person's name:
    one to four name words, the first of them not a common noun. A lone word must be rare (a
    surname: "وقال أجنيفيك"); two words need a known given name, a particle ("بن", "أبو"), or
    both words unknown to the corpus counts' common range (foreign names: "ريتشل كروكس")."""
    surface = _words(text)
    words = [fold(w) for w in surface]
    if not 1 <= len(words) <= 4:
        return False
    known = _known_name_words()
    given = words[0] in _first_names()
    for i, (sw, w) in enumerate(zip(surface, words)):
        if w in known:
            continue
        # (after a known given name a surname may begin with ل: "جيمس لاندل")
        if "." in sw or len(sw) > 3 and sw.endswith("ه") or \
                w[:1] == "ل" and not w.startswith("ال") and not (i > 0 and given and w[:2] != "لل"):
            return False  # "آي.إتش.إس"، "مستشاره" (a pronoun suffix)، "لجوء" (a glued preposition)
    particles = folded_set("names", "particles")
    for i, w in enumerate(words):
        if w in particles and i < len(words) - 1 and (i > 0 or w in _LEADING_PARTICLES):
            continue
        if ambiguous_given(words, i, surface):
            continue
        if not _name_word(w, i == 0):
            return False
    if words[0] in folded_set("names", "common_heads"):
        return False
    if not _definite_ok(words):
        return False
    if len(words) == 1:
        return words[0] in known  # a lone unknown word ("راكبة"، "بلاغ") is too weak a name
    if len(words) >= 3 and words[0] not in known and \
            all(w.endswith("ي") and w not in known for w in words[1:]):
        return False  # a noun and indefinite nisba adjectives: "مهندس زراعي سوداني"
    if all(w.endswith("ي") and w not in known for w in words):
        return False  # adjectives only, their noun a title cut off before: "زراعي سوداني"
    if words[0] not in _first_names() and not any(w in particles for w in words) and \
            any(_word_log2().get(w, 0) > 5 for w in words if w not in known):
        # no given name, no particle: only rare words make a (foreign) name, "ريتشل كروكس";
        # "خطة معينة"، "اتخاذ موقف" are everyday words
        return False
    return True


def org_name(text: str) -> bool:
    """An organisation named by its head noun: "وزارة الخارجية"، "الحزب الدستوري الحر"."""
    words = [fold(w) for w in _words(text)]
    if not 1 < len(words) <= 6:
        return False
    heads = folded_set("cue_entities", "org_heads")
    head = words[0]
    if head.startswith("ال") and head[2:] in heads:
        head = head[2:]  # "المجلس العسكري": the head with its article
    if head not in heads and not (head[:1] in "وف" and head[1:] in heads):
        return False
    definite = False
    # ("مكتب حاكم إسطنبول"، "ديوان رئيس الحكومة": an office is named after its holder's title)
    office = head in folded_set("cue_entities", "office_heads")
    for w in words[1:]:
        title = is_title(w)  # (a title is a word of its own: "حاكم" ends in كم by chance)
        if _is_stop(w) or not title and _has_suffix(w) and w not in _known_name_words() or \
                title and not office:
            return False
        det = w.startswith(("ال", "لل", "وال"))
        if definite and not det:
            return False  # "شركة الأطلس للطيران بعثت": the verb after the name
        definite = definite or det
    if not definite and not office and all(w.endswith(("ي", "يه", "يين", "يون")) or _word_log2().get(w, 0) > 7
                            for w in words[1:]):
        return False  # "موقع إخباري"، "وكالة أنباء"، "منظمة خيرية بريطانية": an unnamed source
    return True


def name_kind(text: str) -> str | None:
    """"ORG", "PER" or None for a subject phrase."""
    if org_name(text):
        return "ORG"
    if person_name(text):
        return "PER"
    return None


def name_prefix(words: list[str], surface: list[str] | None = None) -> int:
    """How many of ``words`` (folded, in order) form a person's name from the first: 0 if none.
    Stops before the first word that cannot be in a name (the object after the subject, an
    adjunct), so "سامي الرقيق وجود أي تقصير" gives 2."""
    particles = folded_set("names", "particles")
    n = 0
    for i, w in enumerate(words[:4]):
        if w in particles and i > 0 and i + 1 < len(words):
            n += 1
            continue
        if ambiguous_given(words, i, surface):
            n = i + 1
            continue
        if not _name_word(w, i == 0):
            break
        n = i + 1
    while n and words[n - 1] in particles:
        n -= 1
    while n > 1 and not _definite_ok(words[:n]):
        n -= 1
    if n and words[0] in folded_set("names", "common_heads"):
        return 0
    return n


def known_given_name(word: str) -> bool:
    return fold(word) in _first_names()


def given_not_function_word(surface: str) -> bool:
    """"علي" spelled with a dotted ي: a given name that folds onto a preposition ("على"). The
    written ي, not the folded form, tells the name."""
    w = fold(surface)
    return surface.endswith("ي") and w in _first_names() and _is_stop(w)
