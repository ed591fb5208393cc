"""Trigger mentions that name no event of their own, read per sentence after triggers are merged.

Each test says why a lexicon match is no new event: the setting of a statement ("في مؤتمر صحفي"),
a kind of event as a topic ("بعيدة عن الهجمات الإلكترونية"), a modal demand with no party to address
("يتعين على كلا الجانبين"), or the content of another event (what an announced agreement or a demand
is about: "ستجريان مشاورات"، "دعا إلى إجراء تحقيق"). The words are data, [precision] in
resources/events.toml.
"""
from __future__ import annotations

from ..text import fold
from ..text.tokenize import Token
from .actors import Ref
from .announced import ANNOUNCED
from .roles import demonym_country
from .triggers import Lexicon, Match, word_in


def _conf(lex: Lexicon, key: str) -> frozenset[str]:
    conf = lex.extra.setdefault("precision", {})
    if "_" + key not in conf:
        conf["_" + key] = frozenset(fold(w) for w in conf.get(key, []))
    return conf["_" + key]


def _refs_after(refs: list[Ref], words: list[Token], k: int, reach: int) -> list[Ref]:
    """Entity mentions that start within ``reach`` words after word ``k``."""
    if k + 1 >= len(words):
        return []
    hi = words[min(len(words) - 1, k + reach)].end
    return [r for r in refs if words[k].end <= r.start < hi]


def speech_setting(words: list[Token], m: Match, lex: Lexicon, refs: list[Ref]) -> bool:
    """A nominal CONSULT trigger that is the setting of a statement: a press conference or interview
    without "مع" + a party ("قال في لقاء صحفي"), or a person's own conference ("بعد مؤتمر بوتين")."""
    if m.type != "CONSULT" or m.pos != "noun":
        return False
    after = words[m.last + 1:m.last + 3]
    if any(word_in(w.norm, _conf(lex, "media")) for w in after):
        return not any(w.norm in ("مع", "ومع") for w in words[m.last + 1:m.last + 6])
    if word_in(words[m.first].norm, _conf(lex, "person_owned")):
        nxt = _refs_after(refs, words, m.last, 1)
        return any(r.entity.type == "PER" and r.start == words[m.last + 1].start for r in nxt)
    return False


def _plural(tok: Token, m: Match, lex: Lexicon) -> bool:
    stem = m.stem or tok.norm
    return stem.endswith("ات") or stem in _conf(lex, "broken_plurals")


def generic_plural(words: list[Token], m: Match, lex: Lexicon, refs: list[Ref], has_time: bool,
                   has_place: bool, has_agent: bool) -> bool:
    """A definite plural event noun that names a kind of event, not one: no agent (a nisba, a relative
    clause, a support verb), no entity right after it (the agent or target of "هجمات داعش"), no word
    tying it to a place, target, time or relative clause ("الهجمات على الموصل"), no time or place in its
    clause, no demonstrative ("هذه الهجمات" points at known events)."""
    types = lex.extra.get("precision", {}).get("generic_types", [])
    if m.pos != "noun" or not m.definite or m.type not in types or has_time or has_place or has_agent:
        return False
    tok = words[m.first]
    if not _plural(tok, m, lex) or not tok.norm.lstrip("وفبلك").startswith("ال"):
        return False  # a possessive (هجماتها) has its agent in the suffix
    if _refs_after(refs, words, m.last, 3):
        return False
    tied = _conf(lex, "specific_after")
    after = words[m.last + 1:m.last + 3]
    if any(w.norm in tied or (w.norm[:1] == "و" and w.norm[1:] in tied) for w in after):
        return False
    if any(demonym_country(w.norm) for w in after[:1]):
        return False  # "الغارات الروسية": a nisba names the agent, even when no entity was read
    demo = _conf(lex, "demonstratives")
    return not any(w.norm in demo for w in words[max(0, m.first - 1):m.last + 2])


def pointed_back(words: list[Token], m: Match, lex: Lexicon, no_new_actor: bool) -> bool:
    """A definite event noun that points at an event already told, even with a place or date of its
    own in its clause: after a demonstrative ("لهذه الغارة التي استهدفت حافلة في صعدة"), or as the
    frame of what was said during it, with no new party ("وجرى خلال اللقاء بحث الوضع في اليمن")."""
    if m.pos != "noun" or not m.definite:
        return False
    before = [w.norm for w in words[max(0, m.first - 1):m.first]]
    demo = _conf(lex, "demonstratives")
    if any(w in demo or (w[:1] in "ولب" and w[1:] in demo) for w in before):
        return True
    return no_new_actor and any(w in _conf(lex, "during") for w in before)


def modal_without_party(words: list[Token], m: Match, refs: list[Ref]) -> bool:
    """A modal demand ("يجب على"، "يتعين على") whose addressee after على is no entity ("كلا الجانبين"،
    "الجميع"): a generic statement, no demand made of anyone."""
    if not m.entry.speaker_actor or m.pos != "phrase":
        return False
    return not _refs_after(refs, words, m.last, 2)


def content_of(words: list[Token], prev: Match | None, m: Match, clause_of: list[int], lex: Lexicon) -> bool:
    """Whether a nominal trigger is what the trigger before it is about: the object of an announced
    agreement ("ستجريان مشاورات": the consultations are what was agreed), or the complement of a demand
    ("دعت إلى إجراء تحقيق"، "طالب بفتح تحقيق": the investigation is only asked for)."""
    if prev is None or m.pos not in ("noun", "phrase") or clause_of[prev.last] != clause_of[m.first]:
        return False
    gap = m.first - prev.last - 1
    if prev.entry is ANNOUNCED:
        return gap <= 1
    if prev.type == "AGREE" and m.type != "AGREE":
        # "اتفاق وقف إطلاق النار"، "اتفقا على وقف إطلاق النار": the ceasefire is what was agreed
        if prev.pos in ("noun", "phrase") and (gap == 0 or (gap == 1 and words[m.first - 1].norm in
                                                            ("الي", "الى", "على", "علي"))):
            return True  # "التوصل إلى وقف لإطلاق النار"
        return prev.pos in ("past", "present") and any(
            w.norm in ("على", "علي") for w in words[prev.last + 1:m.first]) and gap <= 3 and \
            words[m.first - 1].norm in ("على", "علي")
    if prev.type != "DEMAND" or gap > 6:
        return False
    opener = _conf(lex, "demand_complement")
    for k in range(m.first, prev.last, -1):
        w = words[k].norm
        if w in opener or (w[:1] in "بل" and not w.startswith("ال") and len(w) > 3 and k > prev.last + 1) \
                or (k == m.first and w[:1] in "بل" and not w.startswith("ال")):
            return m.first - k <= 2
    return False


def threatened_step(words: list[Token], prev: Match | None, m: Match, clause_of: list[int], lex: Lexicon) -> bool:
    """Whether a nominal trigger is the step a threat before it names ("هدد ترامب بالانسحاب من الاتفاق"،
    "توعدت واشنطن بفرض عقوبات"): the noun bears the preposition ب- (not a root ب: "بحث") or follows a
    verbal noun of [precision] threat_support ("بشن ضربات"), in the threat's clause within threat_reach
    words. What one threatens to answer took place ("توعدت بالرد على طرد دبلوماسييها")."""
    conf = lex.extra.get("precision", {})
    if prev is None or m.pos not in ("noun", "phrase") or prev.type not in conf.get("threat_types", ()) \
            or clause_of[prev.last] != clause_of[m.first] or m.first - prev.last - 1 > conf.get("threat_reach", 0):
        return False
    w = words[m.first].norm
    if w[:1] == "ب" and not m.stem.startswith("ب") and len(w) > 2:
        return True
    return m.first - 1 > prev.last and words[m.first - 1].norm in _conf(lex, "threat_support")


def verbal_attack(words: list[Token], m: Match, refs: list[Ref], timed: set[int], lex: Lexicon) -> bool:
    """An ASSAULT verb of [precision] verbal_verbs ("هاجم") whose subject is a named person (right
    after it, a time may stand between, or right before it) in a sentence with no word of violence
    ([precision] violence_words): "هاجم ترامب الديمقراطيين"، "وهاجمت الفنانة … الدراما" attack in
    words, a disapproval. A gunman or a group that attacks is no named person; a named attacker with a
    knife or a gun is kept by the violence words."""
    if m.type != "ASSAULT" or m.pos not in ("past", "present") or m.stem not in _conf(lex, "verbal_verbs"):
        return False
    if any(word_in(w.norm, _conf(lex, "violence_words")) for w in words):
        return False
    k = m.last + 1
    while k < len(words) and k in timed:
        k += 1
    after = next((r for r in refs if k < len(words) and r.start == words[k].start), None)
    if after is not None:
        return after.entity.type == "PER"
    before = [r for r in refs if r.end <= m.start]
    if before and m.first and before[-1].end >= words[m.first - 1].start:
        return before[-1].entity.type == "PER"
    return False


def idle_talk(words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> bool:
    """A verb of talking ([precision] talk_verbs) inside a quote whose partner after "مع"/"إلى" is no
    party: no entity or nationality within talk_reach words ("لقد تحدثت مع الطاقم الطبي بعد الغارة"،
    "أنت تتحدث إلى زوجتي"), no pronoun on the preposition ("معهم") and no meeting or call word in the
    sentence ([precision] talk_setting). The caller asks only for triggers inside a quote."""
    if m.type != "CONSULT" or m.pos not in ("past", "present") or m.stem not in _conf(lex, "talk_verbs"):
        return False
    if any(word_in(w.norm, _conf(lex, "talk_setting")) for w in words):
        return False
    preps = _conf(lex, "talk_preps")
    k = next((j for j in range(m.last + 1, min(len(words), m.last + 9))
              if words[j].norm in preps or words[j].norm.startswith(("مع", "ومع"))), None)
    if k is None or words[k].norm not in preps:
        return False  # no partner, or a pronoun partner ("معهم"): someone told before
    reach = int(lex.extra.get("precision", {}).get("talk_reach", 6))
    if _refs_after(refs, words, k, reach):
        return False
    partner = words[k + 1:k + 1 + reach]
    if any(word_in(w.norm, _conf(lex, "talk_parties")) for w in partner[:2]):
        return False  # an office or a delegation: "تحدثت مع نظيريها"، "مع الرئيس"
    return not any(demonym_country(w.norm) for w in partner)
