"""Who said it: the subject of a cue mapped to an entity of the entity stage.

The entity stage fills ``article.entities`` with mentions (names, role phrases, counterparts); a
speaker is the entity whose mention starts the cue's subject (VSO: "وقال بوتين إن"), or ends just
before the cue (SVO: "صحيفة الحياة قالت إن"). A subject headed by an unnamed-source noun
("مصدر مطلع", "مسؤولون", "المتحدث باسم الشرطة" without a name) gives no speaker but a ``source``
description. No subject at all ("وأضاف", "مضيفا") means the previous speaker; the span finder
decides which one.
"""
from __future__ import annotations

from ..article import Article
from ..text import Token
from ..text import fold
from .cues import folded_set
from .antecedents import earlier_org as _earlier_org
from .called import called_subject
from .names import given_not_function_word, is_head, is_title, name_kind
from .office_heads import inner_holder, name_end, starts_name
from .role_names import closes_subject, kin_subject, name_after_role
# (SAME, TIME_WORDS, body_of and the rest are read from here by the other subject readers)
from .subject_parts import (SAME, TIME_WORDS, _COMMA, _TIME, MentionIndex, Subject, _addressee, _clean,  # noqa: F401
                            _prep_glued, _stem_in, after_mention, body_of, is_adjunct, segment_end)

__all__ = ["SAME", "TIME_WORDS", "MentionIndex", "Subject", "body_of", "is_adjunct", "segment_end",
           "spokesman_owner", "subject_after"]


def subject_after(article: Article, tokens: list[Token], idx: MentionIndex, a: int, b: int,
                  preps: tuple[str, ...] = ()) -> Subject:
    """The subject in the window of tokens [a, b) after a cue verb."""
    units = folded_set("subject", "time_units")
    while a < b:
        if tokens[a].norm in _TIME or tokens[a].text in _COMMA \
                or tokens[a].norm in ("بالقول", "قائلا") or len(tokens[a].norm) == 1:
            a += 1
        elif tokens[a].norm in units and a + 1 < b and tokens[a + 1].norm in _TIME:
            a += 2  # "قال الأسبوع الماضي إن": when, not who
        else:
            break
    subj = called_subject(tokens, idx, a, b) or _subject_after(article, tokens, idx, a, b, preps)
    if subj.explicit and a < b and subj.end > a and tokens[a].text.endswith("ة") and \
            (is_title(tokens[a].norm) or is_head(tokens[a].norm)):
        # "قال مندوبة أميركا، نيكي هيلي": the role noun, not a careless verb, tells her gender
        subj.gender = "f"
    return subj


def _spokesman_holder(article: Article, first: Token, ments: list) -> str | None:
    """"وقال المتحدث باسم الكرملين إن": the definite spokesman of a body is the person who holds that
    office, when the entity stage linked the role phrase to one (named in the article, or the
    knowledge base's holder at the publication date). "متحدث باسم …" (a spokesman) stays unnamed."""
    if not first.norm.startswith("ال"):
        return None
    for m in ments:
        if m[0] == first.start and m[3] == "PER" and m[4] == "role":
            ent = article.entity(m[2])
            if ent is None or not (ent.kb or any(x.kind == "name" for x in ent.mentions)):
                return None
            # every spokesman phrase of that person speaks for the same body (a role merged
            # across bodies, "المتحدث باسم الجيش" and "المتحدثة باسم الشرطة", is not trusted)
            bodies = {fold(x.text.split("باسم", 1)[1]) for x in ent.mentions
                      if x.kind == "role" and "باسم" in x.text}
            return ent.id if len(bodies) == 1 else None
    return None


def _adjectives_named(article: Article, ent_id: str, words: list[Token]) -> bool:
    """Do the adjectives after a bare noun all occur in the organisation's own mentions? ("الخطوط
    الكويتية" is "الخطوط الجوية الكويتية"; "النادي الملكي" is not "نادي يوفنتوس الإيطالي")."""
    if not words:
        return True
    ent = article.entity(ent_id)
    said = {fold(w) for m in (ent.mentions if ent else ()) for w in m.text.split()}
    return all(t.norm in said for t in words)


def _subject_after(article: Article, tokens: list[Token], idx: MentionIndex, a: int, b: int,
                   preps: tuple[str, ...] = ()) -> Subject:
    if a >= b or tokens[a].text in ":«\"“”" or preps and _prep_glued(tokens[a], preps):
        return Subject(None, None, False, a)
    if tokens[a].norm in folded_set("subject", "quantifiers"):
        return Subject(None, None, False, a)  # "ودعت جميع الأطراف إلى …": the object
    if (tokens[a].norm in folded_set("subject", "former") or tokens[a].norm in folded_set("subject", "latter")) \
            and (a + 1 >= b or tokens[a + 1].kind != "word" or is_adjunct(tokens[a + 1]) or
                 tokens[a + 1].norm in folded_set("complementizers", "bare") or tokens[a + 1].norm in preps):
        return Subject(None, None, False, a + 1, anaphor=tokens[a].norm)  # "وأكد الأول أن"
    if tokens[a].norm in folded_set("subject", "honorific_pronouns"):
        return Subject(None, None, False, a + 1, anaphor=tokens[a].norm)  # "وقال معاليه"
    if a + 1 < len(tokens) and a + 1 <= b and given_not_function_word(tokens[a].text) and tokens[a].text not in preps and \
            (tokens[a + 1].text in ":«\"“" or tokens[a + 1].norm in folded_set("complementizers", "bare")):
        # "وأضاف علي أن …": the given name alone (a surname is joined to the full name later)
        return Subject(None, None, True, a + 1, (tokens[a].start, tokens[a].end))
    if is_adjunct(tokens[a]) and (not idx.starts_at(tokens[a].start) or _addressee(tokens[a])):
        return Subject(None, None, False, a)  # "قال للصحفيين" (but "قال لعمامرة" is a name)
    # ("محاميه فلان": with a pronoun the kin noun is in apposition to the name, not its construct)
    if tokens[a].norm in folded_set("subject", "kin_of") and not tokens[a].text.endswith("ه") and \
            a + 1 < b and tokens[a + 1].kind == "word":
        kin = kin_subject(article, tokens, idx, a, b, preps)
        if kin is not None:
            return kin
    seg = segment_end(tokens, a, b, preps, idx)
    if seg - a == 2 and tokens[a + 1].norm in folded_set("unnamed", "same") and \
            tokens[a].norm.startswith("ال"):
        return Subject(None, None, False, seg, anaphor=SAME)  # "وقال المصدر نفسه": the last one
    if tokens[a].norm in folded_set("unnamed", "anaphoric") and seg - a == 1:
        return Subject(None, None, False, seg, anaphor=tokens[a].norm)  # "وشدد المتحدث"
    body = article.body
    heads = folded_set("unnamed", "heads")
    may_name = folded_set("unnamed", "name_may_follow")
    first = tokens[a]
    # "مستشار خامنئي": a bare indefinite role noun before a name is that name's genitive (whose
    # adviser); a role mention there (linked to the genitive's person) is not the speaker
    genitive_role = a + 1 < b and not first.norm.startswith("ال") and any(
        m[0] == first.start and m[4] == "role" and m[1] <= first.end
        for m in idx.within(first.start, first.end)) and any(
        m[0] == tokens[a + 1].start and m[3] == "PER" and m[4] == "name"
        for m in idx.within(tokens[a + 1].start, tokens[a + 1].end))
    unnamed = first.norm in heads or _stem_in(first, heads) and first.norm[:1] not in "وف"
    titled = (is_title(first.norm) or is_head(first.norm)) and \
        (not idx.starts_at(first.start) or genitive_role)
    # Appositions: "وزيرة الصحة، ليلى الحسن، إن" → look one comma segment further.
    ext_end = seg
    # (an apposition after the comma, but not the cue's own preposition: "طالب X، بفتح …")
    if ext_end < b and tokens[ext_end].text in _COMMA and not (
            preps and ext_end + 1 < b and _prep_glued(tokens[ext_end + 1], preps)):
        nxt = segment_end(tokens, ext_end + 1, b, (), idx)
        if nxt > ext_end + 1:
            ext_end = nxt
    span_end = tokens[ext_end - 1].end if ext_end > a else first.end
    # a "person" that is only a rank or title ("الكولونيل") is a tagger slip: the name follows
    ments = [m for m in idx.within(first.start, span_end)
             if not (m[3] == "PER" and all(is_title(fold(w)) for w in body[m[0]:m[1]].split()))
             and not (genitive_role and m[0] == first.start)]
    if titled and not first.norm.startswith("ال") and a + 1 < b:
        # "مستشار الأمير الدكتور سالم العنزي": a name right after an indefinite role noun is
        # its genitive (whose adviser), not the speaker; but a role mention there that starts
        # with no title of its own is the office's periphrasis the entity stage matched without
        # its head ("رئيس [الدبلوماسية الأمريكية]" is the foreign minister himself)
        ments = [m for m in ments if m[0] != tokens[a + 1].start or _periphrasis(body, m)]
    pers = [m for m in ments if m[3] == "PER" and m[4] == "name"]
    if titled:
        # "رئيس حزب الجمهوريين": the head of an organisation is neither the organisation nor a
        # person the tagger read into the organisation's name
        org_heads = folded_set("cue_entities", "org_heads")
        pers = [m for m in pers if fold(body[m[0]:m[1]].split()[0]) not in org_heads]
    desc = _clean(body[first.start:tokens[seg - 1].end])
    owner = spokesman_owner(tokens, idx, a, b) if unnamed or titled else set()
    if owner:
        # "وقال ناطق بلسان نتنياهو"، "متحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو": the
        # person spoken for is not the speaker; a name in apposition after a comma is
        ments = [m for m in ments if m[2] not in owner]
        pers = [m for m in pers if m[2] not in owner]
        if unnamed and not pers:
            holder = _spokesman_holder(article, first, ments)
            if holder is not None:
                return Subject(holder, None, True, seg)
            return Subject(None, desc, True, seg)
    inner = inner_holder(tokens, a, b, lambda x: starts_name(tokens, idx, x, b)) if titled else None
    if inner is not None:
        # "مدير مكتب زعيم المعارضة سومايلا سيسي": the name is the inner office's holder; the
        # speaker is the unnamed head, unless named in apposition after a comma
        e = name_end(tokens, idx, inner, b)
        if e < b and tokens[e].text in _COMMA:
            found = name_after_role(tokens, idx, e - 1, b)
            if found is not None and found[0] == e + 1:
                m = next((m for m in idx.within(tokens[e + 1].start, tokens[e + 1].end)
                          if m[0] == tokens[e + 1].start and m[3] == "PER"), None)
                if m is not None:
                    return Subject(m[2], None, True, found[1])
                return Subject(None, None, True, found[1],
                               (tokens[found[0]].start, tokens[found[1] - 1].end), fallback=desc)
        return Subject(None, desc, True, max(seg, e))
    org = next((m for m in ments if m[0] == first.start and m[3] == "ORG"), None)
    if unnamed and org is not None and first.norm.startswith("ال") and not pers:
        # "وأكدت الشرطة البريطانية"، "واضافت الوكالة": the entity stage knows which one
        return Subject(org[2], None, True, after_mention(tokens, a, b, org))
    if first.norm in folded_set("institutions", "bare") and not ments:
        # "وقالت الشرطة إن": an institution, not an unnamed source (an entity in cue_entities),
        # with its adjectives ("الشرطة البريطانية"); an object may follow ("لم تذكر الحكومة عدد …")
        z = a + 1
        while z < min(seg, a + 3) and tokens[z].norm.startswith("ال") and tokens[z].norm not in _TIME \
                and (tokens[z].norm.endswith(("يه", "ي")) or tokens[z].norm in folded_set("institutions", "adjectives")):
            z += 1
        return Subject(None, None, True, z, (first.start, tokens[z - 1].end), fallback=desc,
                       institution=True)
    if first.norm.startswith("ال") and not ments and \
            first.norm[2:] in folded_set("cue_entities", "org_heads") | {fold(w) for w in ("وزارة",)} and \
            all(t.norm in folded_set("attribution", "own") for t in tokens[a + 1:seg]):
        # "عن السفارة قولها": the organisation named in full earlier with this head
        earlier = _earlier_org(article, first.norm[2:], first.start)
        if earlier is not None:
            return Subject(earlier, None, True, seg)
    if first.norm.startswith("ال") and len(first.norm) >= 5 and not ments and not unnamed and \
            not titled and all(t.norm.startswith("ال") and t.norm.endswith(("ي", "يه"))
                               for t in tokens[a + 1:seg]):
        # "وقال المتحف في بيان": a bare definite noun (with its adjectives) that opened the name
        # of an organisation mentioned before ("متحف الهولوكوست") is that organisation
        earlier = _earlier_org(article, first.norm[2:], first.start)
        if earlier is not None and _adjectives_named(article, earlier, tokens[a + 1:seg]):
            return Subject(earlier, None, True, seg)
    if unnamed or titled:
        if pers and (first.norm in may_name or titled):
            found = name_after_role(tokens, idx, a, b)
            if found is not None and tokens[found[0]].start == pers[0][0] and \
                    len(body[pers[0][0]:pers[0][1]].split()) == 1 and \
                    tokens[found[1] - 1].end > pers[0][1] + 1 and \
                    name_kind(body[pers[0][0]:tokens[found[1] - 1].end]) == "PER":
                # "وقال احدهم محمد شيخ مؤمن": the tagger's mention holds only the first name
                # (and may be linked to another Mohamed); the whole name is the speaker
                return Subject(None, None, True, found[1], (pers[0][0], tokens[found[1] - 1].end),
                               fallback=desc)
            # (the name closes the role's apposition: "أعلنت رئيسة الوزراء تيريزا ماي طرد …" —
            # what follows it is the object)
            return Subject(pers[0][2], None, True, min(ext_end, after_mention(tokens, a, b, pers[0])))
        if first.norm in may_name or titled:
            # "المدير الجهوي للصحة ببنزرت سامي الرقيق"، "المتحدث باسم الشرطة، توماس أجنيفيك"
            found = name_after_role(tokens, idx, a, b)
            if found is not None:
                ns, ne = found
                return Subject(None, None, True, ne, (tokens[ns].start, tokens[ne - 1].end),
                               fallback=desc)
        if unnamed:
            found = name_after_role(tokens, idx, a, b)
            if found is not None and closes_subject(tokens, idx, a, found[0], found[1], b):
                # "وأوضح خبير الشؤون الأفريقية في المعهد الفرنسي ألان دوران أن": the description
                # ends in the expert's name
                return Subject(None, None, True, found[1],
                               (tokens[found[0]].start, tokens[found[1] - 1].end), fallback=desc)
            holder = _spokesman_holder(article, first, ments) if not pers else None
            if holder is not None:
                return Subject(holder, None, True, seg)
            return Subject(None, desc, True, seg)
    seg_ments = [m for m in ments if m[0] < tokens[seg - 1].end]
    if titled:
        # "رئيس حزب الجمهوريين": the head of an organisation is not the organisation
        org_heads = folded_set("cue_entities", "org_heads")
        seg_ments = [m for m in seg_ments if m[3] == "PER" and m[0] > first.start and
                     fold(body[m[0]:m[1]].split()[0]) not in org_heads or m[0] == first.start]
    window_pers = [m for m in idx.within(first.start, tokens[b - 1].end) if m[3] == "PER"]
    if not seg_ments and not window_pers and first.norm in folded_set("unnamed", "anaphoric") and \
            all(t.norm.startswith("ال") for t in tokens[a + 1:seg]) and seg - a <= 3:
        # "وكشفت الوزيرة الفرنسية": the last person described so
        return Subject(None, None, False, seg, anaphor=first.norm)
    per_any = [m for m in seg_ments if m[3] == "PER"]
    # (a mention may run past the segment: "الحركة الوطنية لتحرير أزواد", ل glued inside the name)
    after = lambda m: max([x for x in range(a, b) if tokens[x].start < m[1]], default=a) + 1
    lead = next((m for m in seg_ments if m[0] == first.start and m[3] != "PER"), None)
    if per_any and lead is not None and not titled and \
            not body[lead[1]:per_any[0][0]].strip(" ،,") == "" and lead[1] <= per_any[0][0]:
        # "أعلنت إسرائيل إغلاق معبر كرم أبو سالم": the name opening the window is the subject;
        # a person named further on is inside the object
        return Subject(lead[2], None, True, after(lead))
    if per_any:
        # the object of an np cue starts after the name: "نفى الوزير سالم وجود …"
        return Subject(per_any[0][2], None, True, after(per_any[0]))
    if seg_ments and seg_ments[0][0] <= tokens[min(a + 1, seg - 1)].start:
        m = seg_ments[0]
        seg_text = body[first.start:tokens[seg - 1].end]
        if m[0] == first.start and m[1] < tokens[seg - 1].end and seg - a >= 2 and \
                name_kind(seg_text) == "PER":
            # "وقال بن دالي": a place name ("بن" → Bonn) read into an unknown person's name
            return Subject(None, None, True, seg, (first.start, tokens[seg - 1].end))
        return Subject(m[2], None, True, after(m))
    if pers and not titled:  # the name in apposition after a role nobody resolved
        return Subject(pers[0][2], None, True, ext_end)
    found = name_after_role(tokens, idx, a, b)
    closes = found is not None and closes_subject(tokens, idx, a, found[0], found[1], b)
    if found is not None and (tokens[found[0] - 1].text in _COMMA and
                              (found[1] >= b or tokens[found[1]].text in _COMMA) or closes):
        # "ويقول محرر الشؤون الدبلوماسية في بي بي سي، جيمس لاندل، إن …": the name set off by
        # commas after a description is the speaker
        return Subject(None, None, True, found[1], (tokens[found[0]].start, tokens[found[1] - 1].end),
                       fallback=desc)
    if titled:
        return Subject(None, None, True, seg, (first.start, tokens[seg - 1].end), fallback=desc)
    return Subject(None, None, True, seg, (first.start, tokens[seg - 1].end))


def spokesman_owner(tokens: list[Token], idx: MentionIndex, a: int, b: int) -> set[str]:
    """Entity ids of the person a spokesman speaks for: "ناطق بلسان نتنياهو"، "المتحدث باسم رئيس
    الوزراء الإسرائيلي بنيامين نتنياهو" (a person's mention opening the noun phrase after
    باسم/بلسان, before any comma)."""
    of = folded_set("subject", "spokesman_of")
    x = next((x for x in range(a + 1, min(b, a + 3)) if tokens[x].norm in of), None)
    if x is None or x + 1 >= b:
        return set()
    end = next((y for y in range(x + 1, b) if tokens[y].text in _COMMA or tokens[y].kind != "word"), b)
    if end <= x + 1:
        return set()
    # (the person right after باسم: "المتحدث باسم الحزب سمير عون" is the party's spokesman Aoun)
    return {m[2] for m in idx.within(tokens[x + 1].start, tokens[end - 1].end)
            if m[3] == "PER" and m[0] == tokens[x + 1].start}


def _periphrasis(body: str, m: tuple) -> bool:
    """A person's role mention whose words hold no title ("الدبلوماسية الأمريكية")."""
    words = body[m[0]:m[1]].split()
    return m[3] == "PER" and m[4] == "role" and bool(words) and \
        not any(is_title(fold(w)) or is_head(fold(w)) for w in words)


