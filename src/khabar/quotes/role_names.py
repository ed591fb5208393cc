"""Names at the end of a role phrase, and kin of a named person, in a cue's subject.

"وقال رئيس قسم الاقتصاد في شركة التأمين "ألفا" جان دوبون إن …": the person named after a long
description is the speaker when the name plainly closes the subject (closes_subject). "وقالت
زوجة الرئيس X إن …": the wife speaks, not X (kin_subject).
"""
from __future__ import annotations

from ..article import Article
from ..text import Token
from .cues import folded_set
from .names import given_not_function_word, is_head, is_title, known_given_name, name_prefix
from .subject_parts import (_COMMA, _TIME, MentionIndex, Subject, _addressee, _clean, _mention_type, after_mention,
                            segment_end)


def kin_subject(article: Article, tokens: list[Token], idx: MentionIndex, a: int, b: int,
                preps: tuple[str, ...]) -> Subject | None:
    """"وقالت زوجة الرئيس X"، "وقال محامي X": the relative or lawyer of the person named after
    the kin noun speaks — an unnamed source, or the name set off by a comma after the phrase
    ("وقال محامي X، فلان الفلاني"). None when nobody is named after the kin noun (the common
    subject rules apply)."""
    seg = segment_end(tokens, a, b, preps, idx)
    if seg <= a + 1:
        return None
    inner = [m for m in idx.within(tokens[a + 1].start, tokens[seg - 1].end) if m[3] == "PER"]
    nxt = tokens[a + 1]
    # the genitive must be the person: a name right after the kin noun, or a person's title or
    # description then the name ("زوجة الرئيس X"); "محامي السكان X" is the lawyer's own name
    direct = any(m[0] == nxt.start for m in inner) or \
        name_prefix([t.norm for t in tokens[a + 1:seg]], [t.text for t in tokens[a + 1:seg]]) >= 2
    if not direct and not ((is_title(nxt.norm) or is_head(nxt.norm)) and inner):
        return None
    desc = _clean(article.body[tokens[a].start:tokens[seg - 1].end])
    if seg + 1 < b and tokens[seg].text in _COMMA:
        m = next((m for m in idx.within(tokens[seg + 1].start, tokens[seg + 1].end)
                  if m[0] == tokens[seg + 1].start and m[3] == "PER" and m[4] == "name"), None)
        if m is not None:
            return Subject(m[2], None, True, after_mention(tokens, seg + 1, b, m))
        words, pos, _ = _words_from(tokens, seg + 1, b)
        n = name_prefix(words, [tokens[p].text for p in pos])
        # (not a description of the person: "محامية X، صديق طفولة Y")
        if n >= 2 and not (words[0] in folded_set("subject", "kin_of") or is_title(words[0]) or
                           is_head(words[0])):
            return Subject(None, None, True, pos[n - 1] + 1,
                           (tokens[seg + 1].start, tokens[pos[n - 1]].end), fallback=desc)
    return Subject(None, desc, True, seg)


def name_after_role(tokens: list[Token], idx: MentionIndex, a: int, b: int) -> tuple[int, int] | None:
    """The person named after a role phrase, within a few tokens: "المستشار في الديوان الملكي
    سعود القحطاني"، "الرئيس التنفيذي للشركة، جونين أوسيشكين". Token span [start, end) or None."""
    near = min(b, a + 12)
    # (a long role may hold a name further on when that name closes the subject)
    limit = min(b, a + _LONG_ROLE)
    k = a + 1
    while k < limit:
        t = tokens[k]
        if t.text == "(":
            # "مدير عمليات (أونروا) في الأردن رودجر ديفيس": a short parenthetical inside the role
            close = next((x for x in range(k + 1, min(limit, k + 6)) if tokens[x].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if t.text in "«\"“" and tokens[k - 1].kind == "word":
            # "رئيس قسم الاقتصاد في شركة التأمين "ألفا" جان دوبون": the quoted name of the
            # company inside the role
            shut = {"«": "»", "\"": "\"", "“": "”"}[t.text]
            close = next((x for x in range(k + 1, min(limit, k + 6)) if tokens[x].text in (shut, "”")), None)
            if close is not None and close > k + 1 and all(
                    tokens[x].kind == "word" and tokens[x].norm not in folded_set("complementizers", "bare")
                    for x in range(k + 1, close)):
                k = close + 1
                continue
        if t.text in ":«\"“”(" or t.kind == "num" or _addressee(t):
            return None  # (a name after "لوكالة" is the agency spoken to: "… لوكالة فرانس برس")
        if t.kind != "word" or idx.starts_at(t.start) and _mention_type(idx, t.start) != "PER":
            k += 1
            continue
        if t.kind == "word" and t.norm in folded_set("names", "stop") and not given_not_function_word(t.text):
            k += 1  # ("اطلع على مضمون الزيارة": the preposition على folds onto the name علي)
            continue
        after_comma = tokens[k - 1].text in _COMMA
        if k < near:
            words, pos, x = _words_from(tokens, k, near)
            n = name_prefix(words, [tokens[p].text for p in pos])
            if n >= 2 and (after_comma or known_given_name(tokens[k].text)) or n >= 2 and n == len(words) \
                    and (x >= near or tokens[x].text in _COMMA):
                return k, pos[n - 1] + 1
        words, pos, x = _words_from(tokens, k, limit)
        n = name_prefix(words, [tokens[p].text for p in pos])
        if n >= 2 and closes_subject(tokens, idx, a, k, pos[n - 1] + 1, b):
            return k, pos[n - 1] + 1
        k += 1
    return None


def _words_from(tokens: list[Token], k: int, limit: int) -> tuple[list[str], list[int], int]:
    """Up to four words from token ``k`` on (before ``limit``): their folded forms, their token
    indices and the index where the run stopped."""
    words, pos = [], []
    x = k
    while x < limit and len(words) < 4 and (tokens[x].kind == "word" or tokens[x].text in "_#"):
        if tokens[x].kind == "word":
            words.append(tokens[x].norm)
            pos.append(x)
        x += 1
    return words, pos, x


_LONG_ROLE = 16


def closes_subject(tokens: list[Token], idx: MentionIndex, a: int, k: int, z: int, b: int) -> bool:
    """Is the name at tokens [k, z) the end of a long role phrase, so the speaker: the tagger
    read it as a person, or the subject plainly stops after it (the complementizer, a colon or
    quotation, a glued preposition: "… في المعهد الفرنسي ألان دوران أن"، "… سمير حداد لوكالة").
    Not after a title or a person noun, whose genitive the name may be ("زوجة الرئيس محمد X"،
    "عائلة الصحفي جمال X")."""
    stop = folded_set("names", "stop")
    if any(t.kind == "word" and t.norm != "في" and (t.norm in stop or t.norm[:1] in "وف" and t.norm[1:] in stop
                                                    or t.norm in _TIME) for t in tokens[a:k]):
        # a preposition or a relative pronoun before the name opens the object ("علّق X على
        # تحذيرات نائب الرئيس مايك بنس"، "أعلن المتحدث عن مقتل X"); after a time word the
        # subject is over ("أوضح المحامون الثلاثاء للقاضي X")
        return False
    if any(t.norm in folded_set("subject", "kin_of") for t in tokens[a:k]):
        return False  # ("والدة التلميذ X": the name is the kin's genitive)
    if (tokens[k].norm in stop or tokens[k].norm[:1] in "وف" and not known_given_name(tokens[k].text)) \
            and not given_not_function_word(tokens[k].text):
        return False  # ("ونسأل الله أن …"، "على محورين": a conjunction or preposition opens no name)
    before = tokens[k - 1]
    if before.kind == "word":
        owners = folded_set("cue_entities", "org_heads") | folded_set("cue_entities", "office_heads")
        # (nor after an organisation's head in construct, whose owner the name is: "مسؤول في
        # مكتب X" — "في الصحيفة X" is definite, no construct)
        # (a feminine nisba closes an organisation's name, "اللجنة المغربية فلان", not a person's)
        if is_title(before.norm) or is_head(before.norm) and not before.norm.endswith("يه"):
            return False
        for t in reversed(tokens[max(a + 1, k - 3):k]):
            if t.kind != "word":
                break
            if t.norm in owners and not t.norm.startswith("ال"):
                return False
    if any(m[0] == tokens[k].start and m[3] == "PER" and m[4] == "name" and m[1] <= tokens[z - 1].end + 1
           for m in idx.within(tokens[k].start, tokens[k].end)):
        return True
    if z >= len(tokens) or any(idx.within(tokens[x].start, tokens[x].end) for x in range(k, z)):
        return False  # (a place or an organisation the entity stage knows is no person's name)
    nxt = tokens[z]
    if nxt.text in ":«\"“" or nxt.norm in folded_set("complementizers", "bare") or _addressee(nxt):
        return True
    # "… مولاي فلان في تصريحات لقناة …": where the statement was made follows the name
    return nxt.norm == "في" and z + 1 < len(tokens) and \
        tokens[z + 1].norm in folded_set("subject", "speech_settings")
