"""Speaker entities the quotes stage adds or reuses.

When the entity stage did not find a cue's subject, the subject phrase may still name someone
(names.py decides): it becomes an entity of its own (source "cue"), unless the entity stage
already has that person under another mention, or the phrase is a description (an unnamed
source). Entities the subject points back to are found in cue_referents.py; canonical.py moves a
quote from a short or misspelt duplicate of a person to the fuller entity.
"""
from __future__ import annotations

import re
from functools import cache

from ..article import Article, Entity, Mention
from ..text import fold
from .antecedents import earlier_org as _earlier_org, role_before_name, role_holder, role_in_source, role_only
from .cues import folded_set, settings
from .names import is_head, is_title, name_kind, name_prefix
from .cue_referents import (named_before, org_referent, quoted_org, strip_marks, surname_of, tagged_person,
                            trim_end)
from .short_orgs import merge_short_orgs


def cue_entities(article: Article, subjects: list) -> None:
    """Entities for unresolved subject phrases that look like names (names.py), one per name; a
    later phrase that shares a word with an earlier one (a surname: "بارلي" after "فلورانس
    بارلي") joins it. A phrase that is no name leaves the speaker empty: a description becomes
    the quote's ``source``, anything else is dropped ("الذي", "هذه العمل")."""
    cfg = settings()["cue_entities"]
    max_words = int(cfg.get("max_words", 4))
    body = article.body
    made: list[tuple[set[str], Entity]] = []
    used = {e.id for e in article.entities}
    seen = set()
    for at, subj in subjects:
        if id(subj) not in seen and not subj.entity and subj.source and not subj.phrase:
            # "وأضافت الوكالة": the agency named before, though the subject rules read the bare
            # head as an unnamed source (the organisation may be one this stage made)
            org = org_referent(article, subj.source, at)
            if org is not None:
                subj.entity, subj.source = org, None
                seen.add(id(subj))
                continue
        if id(subj) in seen or subj.entity or subj.source or not subj.phrase:
            continue
        seen.add(id(subj))
        if subj.named:
            # a statement's issuer named in full (statements.headed_owner): one ORG per name
            s, e = subj.phrase
            keys = {"<named>", fold(body[s:e])}
            ent = next((x for k, x in made if keys <= k), None)
            if ent is None:
                ent = _new_entity(article, used, "ORG", body[s:e])
                made.append((keys, ent))
            ent.mentions.append(Mention(s, e, body[s:e], "name"))
            subj.entity = ent.id
            continue
        if subj.institution:
            # "الشرطة": the organisation named in full before ("شرطة مانشستر الكبرى"), else one
            # of its own per head noun, which "النيابة" and "النيابة البلجيكية" share
            s, e = subj.phrase
            e = _place_tail(article, e)  # "المحكمة العليا في السعودية"
            text = body[s:e]
            head = fold(text.split()[0])
            stem = head[2:] if head.startswith("ال") else head
            earlier = _earlier_org(article, stem, s)
            govs = {x.id for x in article.entities if (x.kb or "").startswith("org:government:")}
            if earlier is None and head in folded_set("institutions", "governments") and len(govs) == 1:
                # "وأعلنت الحكومة" with one government in the article (a lead often names it in
                # full only later: "قالت الحكومة المكسيكية" in the next paragraph)
                earlier = govs.pop()
            if earlier is not None:
                subj.entity = earlier
                continue
            keys = {"<institution>", head}
            ent = next((x for k, x in made if keys <= k), None)
            if ent is not None and len(text) > len(ent.name_ar):
                ent.name = ent.name_ar = text
            if ent is None:
                ent = _new_entity(article, used, "ORG", text)
                made.append((keys, ent))
            ent.mentions.append(Mention(s, e, text, "name"))
            subj.entity = ent.id
            continue
        phrase = body[subj.phrase[0]:subj.phrase[1]]
        if role_only(phrase):
            # "وشدد ولي العهد": the person the article gave the role, never a new entity made of
            # the role's words ("العهد")
            holder = role_holder(article, phrase, subj.phrase[0])
            if holder is not None:
                subj.entity = holder
                continue
        quoted = quoted_org(body, *subj.phrase)
        if quoted is not None:
            # "مجموعة "الفريق العامل المعني …"": an organisation named in quotation marks
            s, e, name = quoted
            ent = _entity_at(article, s, e, "ORG")
            if ent is None:
                ent = _new_entity(article, used, "ORG", name)
            ent.mentions.append(Mention(s, e, body[s:e], "name"))
            subj.entity = ent.id
            continue
        joined = _join_word(article, made, body, *subj.phrase)
        if joined is not None:
            ent, s, e = joined
            ent.mentions.append(Mention(s, e, body[s:e], "name"))
            subj.entity = ent.id
            continue
        tagged = tagged_person(article, *subj.phrase)
        if tagged is not None:
            # the entity stage read the phrase as a person's name ("لودوفيك سوبران") that the
            # name rules here do not know: that person speaks
            subj.entity = tagged
            continue
        span = _name_span(body, *subj.phrase, max_words)
        if span is None:
            # "وقالت موظفة الاستقبال": the person the same description named earlier
            span = named_before(body, *subj.phrase)
        if span is None:
            # "ووصف معالي وزير الخارجية": the person introduced as "وزير الخارجية الأستاذ X"
            holder = role_before_name(article, body[subj.phrase[0]:subj.phrase[1]], subj.phrase[0])
            if holder is not None:
                subj.entity = holder
                continue
        if span is None:
            subj.source = subj.fallback or _description(body[subj.phrase[0]:subj.phrase[1]])
            subj.phrase = None
            continue
        s, e, typ = span
        if typ == "ORG":
            e = _place_tail(article, e)
        text = body[s:e]
        holder = _office_holder(article, s, e) if typ == "ORG" else None
        if holder is not None:
            # "مكتب رئيس الوزراء التركي": the office speaks for the holder the article names
            subj.entity = holder
            continue
        if typ == "ORG" and s != subj.phrase[0] and \
                is_title(fold(strip_marks(body[subj.phrase[0]:s].split()[0]))):
            # "رئيس المجلس المحلي": the head of an organisation, not the organisation itself;
            # an unnamed source described by the whole phrase
            subj.source = subj.fallback or _description(body[subj.phrase[0]:subj.phrase[1]])
            subj.phrase = None
            continue
        # (an organisation after a stripped title is the one the titled person heads: not it)
        known = _entity_at(article, s, e, typ) if typ == "PER" or s == subj.phrase[0] else None
        if known is not None and typ == "ORG" and _office(text) and \
                not any(m.start == s for m in known.mentions):
            known = None  # "مكتب رئيس الحكومة التركية" is not the government it names
        if known is not None and typ == "PER" and not _shares_last_word(known, text):
            # "محمد شيخ مؤمن" is not the "محمد" the tagger linked to someone else: a person is
            # the same only when the surname is
            known = None
        if known is not None:
            # the entity stage already has this person ("رئيس الجمهورية، الباجي قايد السبسي")
            if not any(m.start <= s and e <= m.end for m in known.mentions):
                known.mentions.append(Mention(s, e, text, "name"))
            subj.entity = known.id
            continue
        words = _name_words(text)
        keys = {fold(w) for w in words if len(w) > 2} - folded_set("names", "particles")
        if typ == "ORG" and len(words) > 1 and fold(words[0]) in folded_set("cue_entities", "org_heads"):
            # ("وزارة الصحة" is not the "وزارة الحج" made before: the head noun they share joins
            # nothing; a bare "الخارجية" still joins "وزارة الخارجية")
            keys.discard(fold(words[0]))
        ent = next((x for k, x in made if k & keys), None)
        if ent is None and typ == "PER" and len(words) == 1:
            ent = surname_of(article, fold(words[0]))
        if ent is None:
            if typ is None:
                subj.source = subj.fallback or _description(body[subj.phrase[0]:subj.phrase[1]])
                subj.phrase = None
                continue
            ent = _new_entity(article, used, typ, " ".join(words))
            made.append((keys, ent))
        else:
            for k, x in made:
                if x is ent:
                    k |= keys
        ent.mentions.append(Mention(s, e, text, "name"))
        subj.entity = ent.id
    # "وزارة الداخلية" made here is the "وزارة الداخلية الأفغانية" the article names in full
    merge_short_orgs(article, [x for _, x in made], subjects)


def _new_entity(article: Article, used: set[str], typ: str, name: str) -> Entity:
    """A cue-made entity under the first free id q1, q2, …, added to the article."""
    k = 1
    while f"q{k}" in used:
        k += 1
    ent = Entity(f"q{k}", typ, name, name, None, [], source="cue")
    article.entities.append(ent)
    used.add(ent.id)
    return ent


_PLACE_TAIL = re.compile(r"\s+(?:في\s+|ب)(\w+)")


def _place_tail(article: Article, e: int) -> int:
    """"المجلس العسكري في تعز"، "المجلس المحلي بحلب": a place right after an organisation's name
    is part of the name (which council), when the entity stage knows the place."""
    m = _PLACE_TAIL.match(article.body, e)
    if m is None:
        return e
    s2, e2 = m.span(1)
    for ent in article.entities:
        if ent.type == "LOC" and any(x.start <= s2 and e2 <= x.end for x in ent.mentions):
            return e2
    return e


def _office(text: str) -> bool:
    words = text.split()
    return bool(words) and fold(words[0]) in folded_set("cue_entities", "office_heads")


def _office_holder(article: Article, s: int, e: int) -> str | None:
    """The person whose role mention stands inside an office's name [s, e) ("مكتب رئيس الوزراء
    التركي" → the prime minister), for organisation heads listed as offices; else None."""
    if not _office(article.body[s:e]):
        return None
    for ent in article.entities:
        if ent.type == "PER" and ent.source != "cue" and \
                any(s < m.start and m.end <= e for m in ent.mentions):
            return ent.id
    # (or the person the article gave that role earlier)
    return role_in_source(article, article.body[s:e], s)


def _shares_last_word(ent: Entity, text: str) -> bool:
    """Does ``ent`` carry the last word of the name ``text`` (in a mention or its Arabic name)?"""
    words = text.split()
    if len(words) < 2:
        return True
    last = fold(words[-1])
    seen = {fold(w) for m in ent.mentions for w in m.text.split()}
    seen |= {fold(w) for w in (ent.name_ar or "").split()}
    return last in seen


def _entity_at(article: Article, s: int, e: int, typ: str | None) -> Entity | None:
    """An entity of the entity stage (not of this stage) with a name mention inside [s, e) and of
    a compatible type: the longest such mention's. (A mention that runs past the name, as
    "اسباير زون حسين القحطاني" for "حسين القحطاني", is a tagger slip not to spread.)"""
    best, best_len = None, 0
    for ent in article.entities:
        if ent.source == "cue" or ent.type == "LOC" or typ and ent.type != typ:
            continue
        for m in ent.mentions:
            n = m.end - m.start
            if s <= m.start and m.end <= e and n > best_len and m.kind == "name":
                best, best_len = ent, n
    return best


def _name_span(body: str, s: int, e: int, max_words: int) -> tuple[int, int, str | None] | None:
    """The part of a subject phrase that names someone: leading titles dropped ("المستشار"),
    cut before the first word no name has. (start, end, "PER" | "ORG" | None for a lone word
    that may still join a known name), or None when nothing there is a name."""
    text = body[s:e]
    # word spans of the phrase, on whitespace
    spans, i = [], 0
    for w in text.split():
        i = text.index(w, i)
        spans.append((s + i, s + i + len(w)))
        i += len(w)
    spans = spans[:max_words + 2]
    while spans and is_title(fold(strip_marks(body[spans[0][0]:spans[0][1]]))):
        spans = spans[1:]
    if not spans:
        return None
    for end in range(min(len(spans), max_words), 0, -1):
        a, z = spans[0][0], spans[end - 1][1]
        if end < len(spans) and not _ends_name(fold(strip_marks(body[spans[end][0]:spans[end][1]]))):
            continue  # a name is cut only before a word no name has ("بارلي ما حدث")
        kind = name_kind(body[a:z])
        if kind:
            z = trim_end(body, a, z)
            return a, z, kind
    words = [fold(strip_marks(body[x:y])) for x, y in spans]
    if len(words) > 1 and not _ends_name(words[1]):
        return None
    if len(words) >= 1 and name_prefix(words[:1]) == 1 and not words[0].startswith("ال") or \
            words[0].startswith("ال") and len(words[0]) > 4 and words[0].endswith("ي"):
        return spans[0][0], trim_end(body, *spans[0]), None  # may join "القحطاني" → earlier name
    return None


def _join_word(article: Article, made: list, body: str, s: int, e: int):
    """A one-word subject that names someone already named: a surname ("الخلف" after "موضي
    الخلف"), or a definite organisation head ("الحزب" after "الحزب الدستوري الحر"), which may
    carry definite adjectives ("المجموعة التابعة")."""
    words = body[s:e].split()
    heads = folded_set("cue_entities", "org_heads")
    if len(words) > 1 and fold(words[0]).startswith("ال") and \
            fold(words[0]) in heads | {"ال" + w for w in heads}:
        k = 1
        while k < len(words) and fold(words[k]).startswith("ال"):
            k += 1
        # ("المرصد بمقتل تسعة": the object after a glued preposition is no part of the name)
        rest = fold(words[k]) if k < len(words) else ""
        if k == len(words) or rest[:1] in "بل" and not rest.startswith("ال"):
            e = s + len(words[0])
            words = words[:1]
    if len(words) == 2 and fold(strip_marks(words[1])) in _saying():
        words = words[:1]  # "وأضاف الفلاني قائلا": the participle is no part of the name
    if len(words) != 1:
        return None
    w = fold(strip_marks(words[0]))
    z = s + len(words[0].rstrip("«»\"“”'#_()[]،,.:؛"))
    for keys, ent in made:
        if w in keys:
            return ent, s, z
    ent = surname_of(article, w)
    if ent is not None:
        return ent, s, z
    named = _name_after_role(article, w, s)
    if named is not None:
        return (named, s, z)
    bare = w[2:] if w.startswith("ال") else w
    if w.startswith("ال") and (w in folded_set("cue_entities", "org_heads") or
                               bare in folded_set("cue_entities", "org_heads")):
        for ent in reversed(article.entities):
            if ent.type != "ORG" or not ent.name_ar.split():
                continue
            head = fold(ent.name_ar.split()[0])
            if head in (w, bare) or any(fold(m.text.split()[0]) in (w, bare) for m in ent.mentions
                                        if m.text.split()):
                return ent, s, z
    return None


_ROLE_NAME_WORDS = 3


@cache
def _saying() -> frozenset[str]:
    """Masdars and participles of saying ("قائلا") that may trail a cue's subject."""
    return frozenset(fold(w) for e in settings()["verb"].values() for w in e.get("masdar", ()))


def _name_after_role(article: Article, word: str, before: int) -> Entity | None:
    """A lone surname whose full name the entity stage missed right after a person's title:
    "المتحدث باسم الخارجية زيد عمرو الفلاني" (a role-only entity) before "وأضاف الفلاني". The
    name (up to three words, no punctuation between) joins that entity as a name mention."""
    body = article.body
    for ent in article.entities:
        if ent.type != "PER" or any(m.kind == "name" for m in ent.mentions):
            continue
        for m in ent.mentions:
            if m.kind != "role" or m.end >= before:
                continue
            tail = body[m.end:m.end + 60]
            lead = len(tail) - len(tail.lstrip(" "))
            if lead != 1:
                continue  # (the name follows the title at once, in apposition)
            words, z = [], m.end + lead
            for w in tail[lead:].split(" ")[:_ROLE_NAME_WORDS]:
                clean = w.rstrip("،,.:؛")
                if not clean or not clean.isalpha() or is_title(fold(clean)):
                    break
                words.append(clean)
                z = body.index(clean, z) + len(clean)
                if fold(clean) == word:
                    if len(words) < 2 or fold(words[0]) in folded_set("names", "stop"):
                        break
                    a = m.end + lead
                    ent.mentions.append(Mention(a, z, body[a:z], "name"))
                    return ent
                if clean != w:
                    break
    return None


def _ends_name(word: str) -> bool:
    """Can a name end just before ``word``? Before a function word or a preposition, yes; and
    before a role noun in apposition ("جون سميث المتحدث باسم الشرطة")."""
    stop = folded_set("names", "stop")
    return word in stop or word[:1] in "وف" and word[1:] in stop or \
        word[:1] in "لب" and not word.startswith("ال") or not word or \
        word.startswith("ال") and (is_title(word) or is_head(word))


def _name_words(text: str) -> list[str]:
    clean = "".join(" " if ch in "«»\"“”'#_()[]" else ch for ch in text)
    return clean.split()


def _description(text: str) -> str | None:
    """A subject phrase kept as an unnamed source when it describes someone ("موظفة الاستقبال"،
    "الصحافة"); junk ("الذي", "هذه العمل") is dropped."""
    words = _name_words(text)
    if not words:
        return None
    head = fold(words[0])
    described = folded_set("names", "common_heads") | folded_set("unnamed", "heads")
    if head in described or is_title(head) or head.startswith("ال") and head[2:] in described:
        return " ".join(words).strip(" ،,")
    return None


