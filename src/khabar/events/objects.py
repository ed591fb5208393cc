"""The object of a directed verb is its target, not a party to the act.

"اتهم وزير الخزانة ستيفن منوتشين الروس بشن هجمات"، "اعتقلت إسرائيل الطالبة"، "وكانت واشنطن حذرت
الأسد": whoever accuses, arrests, demands or warns is the subject; the one named
after the subject (or right after the verb when the subject stands before it) is whom it is done to.
The gold convention keeps the target out of the actors; for the acts that have two sides (CONSULT,
AGREE, COOPERATE) the one named after the subject is a partner and is kept, so only [objects] types are
read here. A subject that is a noun the entity layer names no entity ("واتهمت المعارضة شمعون"، "اعتقلت
الشرطة نافالني") leaves the first name after it as the object, not the subject.
"""
from __future__ import annotations

from .actors import Ref, _folded_list
from .triggers import Lexicon, Match


def _word_index(words, offset: int) -> int:
    """Index of the word holding body offset ``offset`` (the first word starting after it if none)."""
    for i, w in enumerate(words):
        if w.start <= offset < w.end or w.start >= offset:
            return i
    return len(words)


def _coordinated(body: str, words, prev: Ref, ref: Ref, conj: frozenset[str], waw_nouns: frozenset[str]) -> bool:
    """Whether ``ref`` is joined to ``prev`` by "و" ("والإمارات"، "الولايات المتحدة ودول آسيان"): a
    standalone conjunction between them, or a و glued to the word the mention starts inside or to the
    first word after ``prev`` (unless that word begins with و itself: وزير، وكالة)."""
    i = _word_index(words, ref.start)
    if i < len(words) and words[i].start < ref.start and body[words[i].start] == "و":
        return True
    j = _word_index(words, prev.end)
    if any(w.norm in conj for w in words[j:i]):
        return True
    return j < i and words[j].norm.startswith("و") and words[j].norm not in waw_nouns


def unnamed_subject(body: str, words, m: Match, refs: list[Ref], lex: Lexicon) -> int | None:
    """Index of the word right after verb ``m`` (past an adverb of [objects] subject_adverbs) when it is a
    noun of [objects] unnamed_subjects that no entity mention covers: the verb's subject has no name."""
    if m.pos not in ("past", "present"):
        return None
    nouns = _folded_list(lex, "objects", "unnamed_subjects")
    adverbs = _folded_list(lex, "objects", "subject_adverbs")
    k = m.last + 1
    while k < len(words) and words[k].norm in adverbs:
        k += 1
    if k >= len(words) or words[k].norm not in nouns or any(r.start <= words[k].start < r.end for r in refs):
        return None
    return k


def _unnamed_objects(body: str, words, m: Match, refs: list[Ref], after: list[Ref], lex: Lexicon,
                     conj: frozenset[str], waw_nouns: frozenset[str]) -> set[str] | None:
    """Objects of verb ``m`` whose subject is a noun the entity layer names no entity ("واتهمت المعارضة
    شمعون بمحاولة التأثير"): the first name after it, and all after that; None when undecided (no such
    subject; a name in construct with it, "دانت دول مجلس التعاون"; a co-subject joined by و, "دعت دول غربية
    ومسؤولون من الأمم المتحدة"; a comma; too far), for the general reading."""
    lead = unnamed_subject(body, words, m, refs, lex)
    if lead is None:
        return None
    # names after a preposition belong to the subject ("خبراء في الأمم المتحدة"، "نشطاء من بينهم منظمة
    # أوكسفام"); the first name with none before it is the object
    preps = _folded_list(lex, "objects", "subject_preps")
    edge, k = words[lead].end, 0
    while k < len(after):
        gap = [w for w in words if edge <= w.start < after[k].start]
        if len(gap) > 3 or not any(w.norm in preps for w in gap):
            break
        edge, k = after[k].end, k + 1
    if k == len(after):
        return set()
    first = after[k]
    i = _word_index(words, first.start)
    lead_norm = words[lead].norm
    if k == 0 and i == lead + 1 and not lead_norm.startswith("ال") and not lead_norm.endswith("ون"):
        return None  # an indefinite broken plural in construct with the name: "دول مجلس التعاون"
    between = [w for w in words[lead + 1:i] if w.start >= edge]
    glued = i < len(words) and words[i].start < first.start and body[words[i].start] == "و"
    if i - lead - 1 > int(lex.extra.get("objects", {}).get("subject_reach", 5)) or glued or \
            any(w.norm in conj or (w.norm.startswith("و") and w.norm not in waw_nouns) for w in between) or \
            any(c in body[edge:first.start] for c in "،,.:;؛()"):
        return None
    return {r.entity.id for r in after[k:]}


def verb_objects(body: str, words, m: Match, refs: list[Ref], hi: int, lex: Lexicon) -> set[str]:
    """Entity ids named as the object of the directed verb ``m`` (a past or present trigger of an
    [objects] type), among ``refs`` (the sentence's) before ``hi`` (its segment's end) and before a
    statement that opens after a comma ("…، ذكر هولاند": [objects] new_statement); empty when the subject
    cannot be placed.

    The subject stands right before the verb ("وكانت واشنطن حذرت الأسد") or is the first name after
    it, within [objects] subject_reach words ("اتهم وزير الخزانة ستيفن منوتشين الروس"). Names joined to
    the subject by و are co-subjects; a person named right against an organisation or a place is in
    apposition to it ("المتحدث باسم الخارجية الروسية ماريا زاخاروفا"); the first other name is the
    object, and every name after it belongs to the object's clause (its charge, its place)."""
    conf = lex.extra.get("objects", {})
    if m.pos not in ("past", "present") or m.type not in conf.get("types", ()):
        return set()
    conj = _folded_list(lex, "objects", "conjunctions")
    waw_nouns = _folded_list(lex, "objects", "waw_nouns")
    opens = _folded_list(lex, "objects", "new_statement")
    hi = next((w.start for i, w in enumerate(words) if i > m.last and w.start < hi and w.norm in opens
               and any(c in body[words[i - 1].end:w.start] for c in "،,")), hi)
    after = sorted((r for r in refs if r.start >= m.end and r.start < hi), key=lambda r: r.start)
    if not after:
        return set()
    before = [r for r in refs if r.end <= m.start]
    preps = _folded_list(lex, "carry", "pronoun_not_first")
    k = _word_index(words, before[-1].start) if before else 0
    # a name governed by a preposition is no subject ("بسبب هجوم في بريطانيا دعا غوتيريس")
    governed = bool(before) and ((k > 0 and words[k - 1].norm in preps) or (
        words[k].start < before[-1].start and body[words[k].start] in "بلك"))
    adjacent = bool(before) and not governed and \
        _word_index(words, m.start) - _word_index(words, before[-1].end) <= 1 \
        and not any(c in body[before[-1].end:m.start] for c in "،,.:;؛()\"«»-–") \
        and not any(w.start >= before[-1].end and w.end <= m.start and w.norm in conj for w in words)
    if adjacent:
        subject = [before[-1]]
        rest = after
    elif (unnamed := _unnamed_objects(body, words, m, refs, after, lex, conj, waw_nouns)) is not None:
        return unnamed
    else:
        first = after[0]
        if _word_index(words, first.start) - m.last - 1 > int(conf.get("subject_reach", 5)):
            return set()
        subject, rest = [first], after[1:]
    objects: set[str] = set()
    for ref in rest:
        prev = subject[-1]
        if objects:
            objects.add(ref.entity.id)
            continue
        if ref.entity.id in {s.entity.id for s in subject}:
            subject.append(ref)
            continue
        if prev.end <= ref.start and _coordinated(body, words, prev, ref, conj, waw_nouns):
            subject.append(ref)
            continue
        gap = _word_index(words, ref.start) - _word_index(words, prev.end)
        titled = _word_index(words, subject[0].start) > m.last + 1
        if ref.entity.type == "PER" and prev.entity.type in ("ORG", "LOC") and gap <= 0 and titled:
            # a person in apposition to the body a title names ("المتحدث باسم الخارجية الروسية ماريا
            # زاخاروفا"); right after the verb the body is the subject ("اتهمت الصين ترامب")
            subject.append(ref)
            continue
        if ref.start < prev.end:
            continue  # nested inside the subject's mention ("وزير خارجية إيران")
        objects.add(ref.entity.id)
    return objects - {s.entity.id for s in subject}

