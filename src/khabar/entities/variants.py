"""In-article name variants: a partial or differently spelt name joins the full name already found.

Runs after every other entity step (linking.py). An article introduces a person once in full
("يوسف بن علوي", "سليمان ديمبيلي", "رامي عبد الرحمن") and then shortens the name ("بن علوي",
"ديمبيلي", "عبدالرحمن"). The short form may have become an entity of its own: an unknown name from
the tagger, or a lesser-known KB person who happens to share the surname (a footballer called
Dembélé). The name the article spelled out is the better reading, so the short form joins it when
exactly one full name fits.

A short form fits a full name when its words are a run of the full name's words, compared folded
and also with the space inside compound names dropped ("عبد الرحمن" = "عبدالرحمن").
"""
from __future__ import annotations

from ..resources import folded_words
from ..text import fold
from .kb import SURNAME_ALONE_PRIORITY, KB
from .cluster import Cluster


_RELATIVES_PRIORITY = 85  # at or above: a surname alone is this person even beside a namesake


def _words(text: str) -> list[str]:
    return fold(text).replace("_", " ").split()


def _runs(words: list[str]) -> set[str]:
    """Every run of consecutive words, written with and without the spaces between them. A run
    that starts right after "بن" is a father's or grandfather's name, someone else: "عبدالعزيز"
    alone is not "فهد بن بدر بن عبدالعزيز" (while "بن علوي" still is "يوسف بن علوي")."""
    out = set()
    for i in range(len(words)):
        if i and words[i - 1] in ("بن", "بنت"):
            continue
        for j in range(i + 1, len(words) + 1):
            out.add(" ".join(words[i:j]))
            out.add("".join(words[i:j]))
    return out


def _full_names(cl: Cluster) -> list[list[str]]:
    return [w for m in cl.mentions if m.kind == "name" for w in [_words(m.text)] if len(w) >= 2]


def _is_short_form(cl: Cluster, kb: KB) -> bool:
    """A cluster that may be a shortened mention of someone else: every name mention is shorter
    than a full name, and it is not a KB person well known enough to be named by surname alone."""
    names = [m for m in cl.mentions if m.kind == "name"]
    if not names or cl.key.startswith("role:"):
        return False
    if cl.kb:
        ent = kb.get(cl.kb)
        if ent is None:
            return False
        if ent.type == "PER" and ent.priority >= SURNAME_ALONE_PRIORITY:
            # a well-known person found by the surname alone ("المالكي") may still be the
            # article's own namesake ("تركي المالكي"): only when nothing else (a role) points at
            # them (merge_variants also wants the full name first). The most famous keep their
            # surname beside a relative named in full ("ميلانيا ترامب" … "ترامب").
            return ent.priority < _RELATIVES_PRIORITY and \
                all(m.kind == "name" and len(_words(m.text)) == 1 for m in cl.mentions)
        # a KB entity found by one word only ("ديمبيلي" the footballer, "ليون" the city)
        return all(len(_words(m.text)) == 1 for m in names) and \
            (ent.type == "PER" or len(names) <= 3)
    # "يحيى بن سيف" beside "يحيى بن سيف صالح": a shorter nasab is the same man
    return cl.type in ("PER", "LOC", "ORG") and all(
        len(w) <= 2 or (cl.type == "PER" and len(w) == 3 and w[1] in ("بن", "بنت"))
        for w in (_words(m.text) for m in names))


def _famous(cl: Cluster, kb: KB) -> bool:
    ent = kb.get(cl.kb) if cl.kb else None
    return ent is not None and ent.priority >= SURNAME_ALONE_PRIORITY


def merge_variants(clusters: dict[str, Cluster], kb: KB) -> None:
    """Fold short-form clusters into the one full-name person cluster they are part of."""
    people = [cl for cl in clusters.values() if cl.type == "PER" and not cl.key.startswith("role:")
              and _full_names(cl)]
    if not people:
        return
    first_names = folded_words("entity_context.toml", "variants", "not_alone")
    runs = {cl.key: set().union(*(_runs(w) for w in _full_names(cl))) for cl in people}
    lasts = {cl.key: {w[-1] for w in _full_names(cl)} for cl in people}
    first_full = {cl.key: min(m.start for m in cl.mentions if m.kind == "name" and len(_words(m.text)) >= 2)
                  for cl in people}
    for cl in list(clusters.values()):
        if cl.key not in clusters or not _is_short_form(cl, kb):
            continue
        forms = {" ".join(_words(m.text)) for m in cl.mentions if m.kind == "name"}
        if any(len(f.replace(" ", "")) < 3 or f in first_names for f in forms):
            continue
        fits = []
        for p in people:
            if p is cl or p.key not in clusters:
                continue
            if cl.type != "PER" and not forms <= lasts[p.key]:
                continue  # a place/organisation reading is given up only for a person's surname
            if cl.kb and cl.type != "PER" and min(m.start for m in cl.mentions) < first_full[p.key]:
                continue  # "ليون" the city named before "برناردينو ليون" stays the city
            if cl.kb and cl.type == "PER" and _famous(cl, kb) and \
                    min(m.start for m in cl.mentions) < first_full[p.key]:
                continue  # "ترامب" named before "إيفانكا ترامب" stays the president
            if all(f in runs[p.key] or f.replace(" ", "") in runs[p.key] for f in forms) and \
                    not any(f in {" ".join(w) for w in _full_names(p)} for f in forms):
                fits.append(p)
        if len(fits) != 1:
            continue
        _absorb(clusters, cl, fits[0])


def _absorb(clusters: dict[str, Cluster], cl: Cluster, target: Cluster) -> None:
    """``cl`` joins ``target``: its mentions move over (each span once) and it is dropped."""
    for m in cl.mentions:
        if not any(t.start == m.start and t.end == m.end for t in target.mentions):
            target.mentions.append(m)
    del clusters[cl.key]


def merge_parenthesised(clusters: dict[str, Cluster], body: str) -> None:
    """"وكالة الأنباء الصينية الرسمية (شينخوا)": a name and, in parentheses right after it, its
    short form or abbreviation are one entity. An unknown one joins the KB one; two unknown ones
    join the first."""
    starts: dict[int, Cluster] = {}
    for cl in clusters.values():
        for m in cl.mentions:
            if m.kind == "name":
                starts[m.start] = cl
    for cl in list(clusters.values()):
        if cl.key not in clusters:
            continue
        for m in list(cl.mentions):
            if m.kind != "name":
                continue
            k = m.end
            while k < len(body) and body[k] == " ":
                k += 1
            if k >= len(body) or body[k] != "(":
                continue
            k += 1
            while k < len(body) and body[k] == " ":
                k += 1
            other = starts.get(k)
            if other is None or other is cl or other.key not in clusters or other.type != cl.type:
                continue
            inner = next(o for o in other.mentions if o.start == k)
            if body[inner.end:].lstrip(" ")[:1] != ")":
                continue
            if cl.kb and other.kb:
                continue  # two KB entities: the parenthesis may be something else (a country)
            keep, drop = (other, cl) if other.kb else (cl, other)
            for dm in drop.mentions:
                if not any(t.start == dm.start and t.end == dm.end for t in keep.mentions):
                    keep.mentions.append(dm)
            del clusters[drop.key]
            for dm in drop.mentions:
                starts[dm.start] = keep
            if drop is cl:
                break



def merge_misspelt(clusters: dict[str, Cluster], kb: KB) -> None:
    """"سيرجيو ماتارالا" beside the KB's "سيرجيو ماتاريلا" (named in this article by a role or
    another alias): an unknown full name with that person's first name and a surname one letter off
    (five letters or more) is the same person, when exactly one KB person of the article fits."""
    from .names import one_edit
    people = [cl for cl in clusters.values() if cl.type == "PER" and cl.kb and kb.get(cl.kb)]
    if not people:
        return
    joined = folded_words("entity_context.toml", "name_spelling", "joined")

    def parts(text: str) -> list[str]:
        # "عبد الفتاح" is one given name, not a first name and a surname
        w = _words(text)
        return [w[0] + w[1]] + w[2:] if len(w) >= 2 and w[0] in joined else w
    ends = {cl.key: {(w[0], w[-1]) for a in kb.get(cl.kb).aliases for w in [parts(a)] if len(w) >= 2}
            for cl in people}
    for cl in list(clusters.values()):
        if cl.type != "PER" or cl.kb or cl.key.startswith("role:"):
            continue
        names = [parts(m.text) for m in cl.mentions if m.kind == "name"]
        full = [w for w in names if len(w) >= 2]
        if not full:
            continue
        first, last = full[0][0], full[0][-1]
        if len(last) < 5:
            continue
        fits = [p for p in people if any(f == first and one_edit(last, l) for f, l in ends[p.key])]
        if len(fits) != 1:
            continue
        _absorb(clusters, cl, fits[0])
