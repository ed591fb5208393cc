"""The subject written before a cue (SVO: "صحيفة الحياة قالت إن", "وكان الوزير قد قال"), for
``speakers``' verb-first reading: the mention ending just before the cue, within the clause, not
governed by a preposition, not inside a question; an organisation head noun a few words back.
Before a و-verb only the subject of the clause before counts ("، عاد الرئيس وقال"), not a name in
its object; after كان or a contrastive opener (لكن، غير أن …) the noun phrase set off by commas.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..text import Token
from .called import called_before
from .cues import folded_set
from .names import is_head, is_title, name_kind
from .speakers import _COMMA, _TIME, MentionIndex, Subject, _clean, _stem_in, body_of, is_adjunct


def subject_before(tokens: list[Token], idx: MentionIndex, cue_first: int, floor: int) -> Subject | None:
    """An SVO subject ending right before the cue ("بوتين قال", "كانت الخلف قد ذكرت")."""
    aux = folded_set("subject", "auxiliaries")
    j = cue_first - 1
    while j >= floor and tokens[j].norm in aux:
        j -= 1
    if j < floor:
        return None
    tok = tokens[j]
    if tok.norm in folded_set("subject", "pronoun_subjects"):
        return Subject(None, None, False, cue_first)  # a pronoun: the previous speaker
    if _in_question(tokens, floor, j):
        # "وردا على سؤال عما إذا كان X عاد من ليبيا قالت": what was asked holds no subject (nor
        # does a fronted topic: "وعن وضع مرفأ بيروت قال")
        return Subject(None, None, False, cue_first)
    if tok.text in _COMMA and j - 1 >= floor and tokens[cue_first].norm[:1] not in ("و", "ف"):
        # (not "أن المهاجم يدعى X، وأضاف": a و-verb goes on with the clause's own subject)
        called = called_before(tokens, idx, j, floor)
        if called is not None:
            return Subject(called, None, True, cue_first)  # "شاب، يدعى X، قال": X
    if tok.kind != "word" and tok.text not in "\"»”":
        return _kana_subject(tokens, idx, floor, j, cue_first) if tok.text in _COMMA else None
    # allow one trailing adjective or closing mark between the mention and the cue
    m = idx.ending_at(tok.end, slack=0)
    if m is None and j - 1 >= floor:
        m = idx.ending_at(tokens[j - 1].end, slack=0)
    if m is not None and m[3] == "LOC" and m[0] > tokens[floor].start:
        # "صحيفة «الحياة» السعودية قالت": the place is an adjective of an organisation's name
        org = _org_before(tokens, idx, m[0], floor)
        if org is not None:
            return Subject(None, None, True, cue_first, org)
    if m is not None and _governed(tokens, idx, m, floor):
        i = bisect_left([t.start for t in tokens], m[0]) - 1  # the token "بموقع"/"بوزارة"
        if _glued(tokens, m) and not any(tokens[x].norm in folded_set("unnamed", "heads")
                                         for x in range(max(floor, i - 3), i)):
            m = None  # "تغريدات بموقع تويتر تقول": a tweet's medium is no speaker
        elif not _glued(tokens, m):
            return None  # "… من ليبيا قالت": the object of a preposition is no subject
    if m is not None and conjoined(tokens, cue_first) and not _after_verb(tokens, idx, m, floor):
        # "استنكرت المنظمة تصريحات المالكي وقالت إن …": a name inside the object before a
        # و-verb is not its subject; the verb shares the clause's subject (coordinated_subject)
        return None
    if m is not None:
        i = bisect_left([t.start for t in tokens], m[0])
        if floor < i < len(tokens) and tokens[i].start == m[0] and \
                tokens[i - 1].norm in folded_set("unnamed", "heads") and m[3] != "PER":
            # "وكان مسؤولو الاستخبارات الأميركية قالوا": officials of an institution, unnamed
            return Subject(None, " ".join(t.text for t in tokens[i - 1:j + 1]), True, cue_first)
        return Subject(m[2], None, True, cue_first)
    conj = conjoined(tokens, cue_first)
    # an unnamed source before the verb: "وكانت السلطات الأمنية قالت"
    k = j
    while k > floor and tokens[k - 1].kind == "word" and j - k < 3:
        k -= 1
    heads = folded_set("unnamed", "heads")
    for s in range(k, j + 1):
        if conj and not _opens_after_verb(tokens, idx, s, floor):
            # ("… التقرير يوم الأربعاء وقالت إنها …": a noun in the object of the verb before;
            # but "عبارات وجهها أحد المتهمين وذكر فيها": the subject of that verb)
            continue
        if tokens[s].norm in folded_set("institutions", "bare") and \
                all(t.norm.startswith("ال") for t in tokens[s + 1:j + 1]) and \
                (s == floor or tokens[s - 1].norm in aux or tokens[s - 1].text in _COMMA or
                 tokens[s - 1].norm in folded_set("subject", "subordinators") or
                 tokens[s - 1].norm in folded_set("narrator", "openers")):
            # (it opens its clause: in "عن قرار المحكمة قال" the court is a genitive)
            # "وكانت الشرطة قالت": an institution (cue_entities), not an unnamed source
            return Subject(None, None, True, cue_first, (tokens[s].start, tokens[j].end),
                           fallback=" ".join(t.text for t in tokens[s:j + 1]), institution=True)
        if tokens[s].norm in heads or _stem_in(tokens[s], heads):
            org = linked_head(tokens, idx, s)
            if org is not None:
                # "ونشرت الوكالة خبرا عاجلا قالت فيه": the head the entity stage linked to an
                # organisation named before is that organisation, not an unnamed source
                return Subject(org, None, True, cue_first)
            return Subject(None, " ".join(t.text for t in tokens[s:j + 1]), True, cue_first)
    # a short clause-initial noun phrase of two words or more: "موضي الخلف كانت قد ذكرت"; only
    # a name ("بشأن أموال تقول إنها": a relative clause, its subject is someone said before)
    if not conj and (k == floor or tokens[k - 1].text in _COMMA) and j > k:
        words = tokens[k:j + 1]
        if all(w.kind == "word" and not is_adjunct(w) and w.norm not in _TIME
               and w.norm not in folded_set("narrator", "openers") for w in words) and \
                name_kind(body_of(tokens, k, j)) is not None:
            return Subject(None, None, True, cue_first, (tokens[k].start, tokens[j].end))
    return None


def conjoined(tokens: list[Token], cue_first: int) -> bool:
    """A cue verb with و glued to it opens a new coordinated clause: the name right before it
    ends the clause before ("استنكرت المنظمة تصريحات المالكي وقالت إن …": المالكي is the object
    there), so it is this verb's subject only as the subject of that clause (_after_verb)."""
    norm = tokens[cue_first].norm
    # (not ف: "وتحدث في المؤتمر أيضا رئيس الوزراء باولو جنتيلوني فذكّر بأن …" goes on with the
    # subject just named, after an adjunct)
    return norm[:1] == "و" and norm[1:] in _lexicon_forms()


def _after_verb(tokens: list[Token], idx: MentionIndex, m: tuple, floor: int) -> bool:
    """Mention ``m`` opens its clause or follows the clause's opening verb ("، عاد الرئيس
    الأميركي وقال"، "الذي نفته السلطات وقالت"): it is that verb's subject, which the و-verb after
    it shares. After a noun or a preposition it is a genitive or an object."""
    starts = [t.start for t in tokens]
    i = bisect_left(starts, m[0])
    if i >= len(tokens) or tokens[i].start != m[0]:
        return False  # glued to a preposition: "لعفرين"، "بموقع تويتر"
    while i > floor:
        # (a role before the name is the same noun phrase: "الرئيس الأميركي دونالد ترامب")
        role = idx.ending_at(tokens[i - 1].end)
        if role is None or role[1] != tokens[i - 1].end or role[0] >= tokens[i].start:
            break
        j = bisect_left(starts, role[0])
        if j >= len(tokens) or tokens[j].start != role[0]:
            return False
        i = j
    return _opens_after_verb(tokens, idx, i, floor)


def _opens_after_verb(tokens: list[Token], idx: MentionIndex, i: int, floor: int) -> bool:
    """Token ``i`` opens its clause or follows the clause's opening verb."""
    if i <= floor:
        return True
    k = i - 1
    if k > floor and tokens[k].norm in folded_set("subject", "pronoun_preps"):
        k -= 1  # "تصريح أدلى به الرئيس": a pronoun-preposition between verb and subject
    prev = tokens[k]
    if prev.kind != "word" or prev.norm.startswith("ال") or idx.within(prev.start, prev.end) or \
            prev.norm in folded_set("subject", "prepositions"):
        return False
    if k == floor or prev.norm[:1] in ("و", "ف") and len(prev.norm) > 3:
        return True  # "وعاد الرئيس وقال"
    before = tokens[k - 1]
    return before.text in _COMMA or before.norm in folded_set("narrator", "relatives") | \
        folded_set("subject", "auxiliaries") | folded_set("subject", "subordinators") | \
        folded_set("narrator", "openers") | folded_set("subject", "clause_openers")


@cache
def _lexicon_forms() -> frozenset[str]:
    from .cues import lexicon
    return frozenset(lexicon()[0])


def linked_head(tokens: list[Token], idx: MentionIndex, s: int) -> str | None:
    """The organisation a definite head noun at token ``s`` is a role mention of ("الوكالة")."""
    if not tokens[s].norm.startswith("ال"):
        return None
    m = next((m for m in idx.within(tokens[s].start, tokens[s].end)
              if m[0] == tokens[s].start and m[1] == tokens[s].end), None)
    return m[2] if m is not None and m[3] == "ORG" and m[4] == "role" else None


def _kana_subject(tokens: list[Token], idx: MentionIndex, floor: int, j: int,
                  cue_first: int) -> Subject | None:
    """"وكان رئيس المجمع الأسقفي، الكاردينال ليوبولدو برينيس، قد قال": in a sentence opened by
    كان, the noun phrase between it and the cue is the subject, appositions and all. The person
    named in it wins (the apposition after the role), then a person or organisation opening it."""
    k = floor
    while k < j and tokens[k].norm in ("و", "ف"):
        k += 1
    contrast = False
    if k >= j or tokens[k].norm not in folded_set("subject", "kana"):
        k = contrast_opener(tokens, floor, j, cue_first)
        if k is None:
            return None
        contrast = True
    lo, hi = tokens[k + 1].start, tokens[j].start
    ments = [m for m in idx.within(lo, hi) if m[1] <= hi and not _governed(tokens, idx, m, k + 1)]
    named = [m for m in ments if m[3] == "PER" and m[4] == "name"]
    if contrast:
        # (after لكن the person is the one opening the phrase, its apposition after a comma, or
        # the name a title leads to: not "والدة النور فاطمة"، a relative inside the apposition)
        named = [m for m in named if m[0] == lo or _after_comma(tokens, m[0]) or
                 is_title(tokens[k + 1].norm) or is_head(tokens[k + 1].norm)]
    if named:
        return Subject(named[0][2], None, True, cue_first)
    if contrast:
        first = [m for m in ments if m[0] == lo and m[3] in ("PER", "ORG")]
        return Subject(first[0][2], None, True, cue_first) if first else None
    if tokens[k + 1].norm in folded_set("unnamed", "heads"):
        # "وكان مسؤولو الاستخبارات الأميركية قالوا": unnamed officials of an institution are not
        # the institution
        return Subject(None, _clean(body_of(tokens, k + 1, j - 1 if tokens[j].text in _COMMA else j)),
                       True, cue_first)
    first = [m for m in ments if m[0] == lo and m[3] in ("PER", "ORG")]
    if first:
        return Subject(first[0][2], None, True, cue_first)
    return None


def _after_comma(tokens: list[Token], pos: int) -> bool:
    i = bisect_left([t.start for t in tokens], pos)
    return 0 < i < len(tokens) and tokens[i].start == pos and tokens[i - 1].text in _COMMA


def contrast_opener(tokens: list[Token], floor: int, j: int, cue_first: int) -> int | None:
    """"لكن وزير الخارجية الأمريكي، مايك بومبيو، قال": the last token of a contrastive opener
    (لكن، غير أن، إلا أن، فيما …) that starts the clause whose subject, set off by commas, ends at
    the comma ``j`` before the cue; at most one more comma (the apposition's) in between."""
    openers = [tuple(p.split()) for p in folded_set("subject", "contrast_openers")]
    if any(tokens[x].norm in folded_set("subject", "also") for x in range(j + 1, cue_first)):
        return None  # "…، كما أوضح": the speaker before goes on
    commas = 0
    for x in range(j - 1, max(floor - 1, j - 25), -1):
        t = tokens[x]
        if t.text in _COMMA:
            commas += 1
            if commas > 1:
                return None
            continue
        if t.text in ".!?؟:":
            return None
        if t.kind != "word":
            continue  # (quotation marks, brackets: "وكالة الأنباء "سبأ"، المتحدثة …")
        for op in openers:
            n = len(op)
            if x - n + 1 >= floor and tuple(tokens[y].norm for y in range(x - n + 1, x + 1)) == op:
                return x if x + 1 < j else None
    return None


def _in_question(tokens: list[Token], floor: int, j: int) -> bool:
    """A question clause ("ردا على سؤال …") or a fronted topic ("وعن وضع المطار قال") runs from
    ``floor`` to token ``j`` with no comma."""
    if floor <= j and tokens[floor].norm in folded_set("subject", "topic_openers"):
        return not any(t.text in _COMMA for t in tokens[floor:j + 1])
    openers = folded_set("subject", "question_openers")
    for k in range(floor, j + 1):
        if tokens[k].text in _COMMA:
            return False
        if tokens[k].norm in openers:
            return not any(t.text in _COMMA for t in tokens[k:j + 1])
    return False


def _governed(tokens: list[Token], idx: MentionIndex, m: tuple, floor: int) -> bool:
    """Mention ``m`` is the object of a preposition standing before it ("من ليبيا")."""
    if _glued(tokens, m):
        return True
    i = bisect_left([t.start for t in tokens], m[0])
    if i <= floor or i >= len(tokens) or tokens[i].start != m[0]:
        return False
    return tokens[i - 1].norm in folded_set("subject", "prepositions")


def _glued(tokens: list[Token], m: tuple) -> bool:
    """The preposition ب glued to the name's first word: "بموقع تويتر" (not ل: "القيادة العامة
    للقوات المسلحة" is one subject)."""
    i = bisect_left([t.start for t in tokens], m[0])
    return 0 < i <= len(tokens) and tokens[i - 1].start < m[0] < tokens[i - 1].end and \
        tokens[i - 1].text[:m[0] - tokens[i - 1].start] in ("ب", "وب", "فب")


def _org_before(tokens: list[Token], idx: MentionIndex, pos: int, floor: int) -> tuple[int, int] | None:
    """The span of an organisation's name that ends with the place adjective starting at ``pos``:
    the clause-initial words from an organisation head ("صحيفة", "وزارة") up to it."""
    org_heads = folded_set("cue_entities", "org_heads")
    i = next((x for x in range(floor, len(tokens)) if tokens[x].start >= pos), None)
    if i is None:
        return None
    for k in range(i - 1, max(floor, i - 6) - 1, -1):
        if tokens[k].text in _COMMA or tokens[k].text == ".":
            return None
        if tokens[k].norm in org_heads or tokens[k].norm[:1] in "وف" and tokens[k].norm[1:] in org_heads:
            end = idx.ending_at(tokens[i].end) or (0, tokens[i].end)
            return tokens[k].start, end[1]
    return None
