"""A KB person's given names, and whether a name written in an article is one of them.

A KB person found by part of a name ("جونسون", "قائد السبسي") is someone else when the article
writes that part after another given name ("كيفين جونسون", "حافظ قائد السبسي"); names.py and
linking.py use these to tell the two apart.
"""
from __future__ import annotations

from functools import cache

from ..resources import load_lines
from ..text import fold
from .translit import given_names


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def kb_given_names(ent) -> set[str]:
    """The first words of a KB person's multi-word aliases that are given names: a word some alias
    has in a later place ("قائد" in "الباجي قائد السبسي") is part of the surname, not a given name."""
    words = [fold(a).split() for a in ent.aliases + (ent.name_ar,)]
    later = {w for ws in words for w in ws[1:]}
    return {ws[0] for ws in words if len(ws) > 1 and ws[0] not in later}


_VOWEL_LETTERS = str.maketrans("", "", "اويىءئؤأإآة")


@cache
def known_given_names() -> frozenset[str]:
    """Folded given names: kb/name_latin.tsv's given and foreign names and first_names.txt's
    one-word names (names.first_names, read here as names.py imports this module)."""
    return frozenset(fold(w) for w in load_lines("first_names.txt") if " " not in w) | given_names()


def same_given_name(word: str, firsts: set[str]) -> bool:
    """``word`` is one of the KB's given names ``firsts`` or a spelling of one. Foreign names are
    written with and without long vowels ("يائير"/"جايير", "خولن"/"خولين"), so consonant skeletons
    are compared, one letter apart allowed between names of four letters or more; two names both
    listed as given names ("سامي"/"سمير", "سالم"/"سليم") are different names however close."""
    if word in firsts:
        return True
    sk = word.translate(_VOWEL_LETTERS)
    known = known_given_names()
    for f in firsts:
        if word in known and f in known:
            continue
        fk = f.translate(_VOWEL_LETTERS)
        if sk == fk or (min(len(word), len(f)) >= 4 and max(len(sk), len(fk)) >= 2 and one_edit(sk, fk)):
            return True
    return False


def _words(text: str) -> list[str]:
    return fold(text).replace("_", " ").split()


def release_namesakes(clusters: dict, kb) -> None:
    """A KB person found only by part of their name ("جونسون", "قائد السبسي") after the article
    named one other person in full with that ending and a different given name ("كيفين جونسون",
    "حافظ قائد السبسي") is that person from there on: the partial mentions after that full name
    move to them. Kept: the most famous (a relative named in full does not hide them), a person
    the article also gives an office (a role mention), a person it names with their own given
    name or before that full name (then a relative named in full is someone else: "ميشيل
    بولسونارو")."""
    from .variants import _RELATIVES_PRIORITY  # variants.py imports names.py, which imports this
    people = [cl for cl in clusters.values() if cl.type == "PER" and not cl.key.startswith("role:")]
    for cl in people:
        ent = kb.get(cl.kb) if cl.kb else None
        if ent is None or ent.type != "PER" or ent.priority >= _RELATIVES_PRIORITY or \
                any(m.kind != "name" for m in cl.mentions):
            continue
        firsts = kb_given_names(ent)
        forms = {tuple(_words(m.text)) for m in cl.mentions}
        if not firsts or any(not f or same_given_name(f[0], firsts) for f in forms):
            continue
        owners: dict[str, int] = {}  # cluster key → start of its first full name with that ending
        for other in people:
            if other is cl or other.key not in clusters:
                continue
            for m in other.mentions:
                w = tuple(_words(m.text))
                if m.kind == "name" and not same_given_name(w[0] if w else "", firsts) and any(
                        len(w) > len(f) and w[-len(f):] == f for f in forms):
                    owners[other.key] = min(owners.get(other.key, m.start), m.start)
        if not owners:
            continue
        # the person introduced first is the one the story goes on about ("جيمي بينيت" before
        # his father "عمر بينيت"); a KB person already named before any of them stays
        key, since = min(owners.items(), key=lambda kv: kv[1])
        if any(m.start < since for m in cl.mentions):
            continue
        target = clusters[key]
        for m in list(cl.mentions):
            cl.mentions.remove(m)
            if not any(t.start == m.start and t.end == m.end for t in target.mentions):
                target.mentions.append(m)
        if not cl.mentions:
            del clusters[cl.key]


@cache
def _noun_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines("kb/given_name_nouns.txt"))


def conflicting_given_name(tokens: list, first: int, firsts: set[str]) -> bool:
    """The words right before a KB person's partial alias at token ``first`` are given names and
    none is the KB's ("كيفين جونسون", "محمود أبو زيد", "عبدالله بن سعد العتيبي"): another person.
    The run of given names and "بن"/"بنت" is walked back, so a KB given name further back keeps
    the link ("عمر حسن أحمد البشير"); a word right before that is as often a noun ("عمر بوتين",
    Putin's age; "على" folds to علي) is no different given name."""
    known = known_given_names()
    j = first - 1
    names = []
    while j >= 0 and tokens[j].kind == "word" and tokens[j + 1].start - tokens[j].end <= 1:
        w = tokens[j].norm
        if w in ("بن", "بنت"):
            j -= 1
            continue
        if w not in known:
            break
        names.append(w)
        j -= 1
    if not names or any(same_given_name(w, firsts) for w in names):
        return False
    return names[0] not in _noun_names()  # the word right before decides; "الآن على خليل زاد"
