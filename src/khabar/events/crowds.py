"""Who protests: a protest told by its noun is a crowd's act.

"تواصلت الاحتجاجات في عمان"، "خلال احتجاجات ضد الرئيس"، "تعاملت الأجهزة الأمنية مع 125 احتجاجا": the
protesters are seldom named, and the names around the noun are the government protested against, the
police that met the crowd, the state that witnessed it, a ministry that reacted, a dateline. The
annotated sets give no named actor to any protest noun; a corpus sample read at HEAD had almost every
named actor of a protest noun wrong. So a protest noun ([crowds] types) keeps a party only when the
text names it as the protest's own:
  - the subject of an organising verb just before the noun ("نظمت النقابة اعتصاما"، "دعا الحزب إلى
    إضراب") or in a relative clause right after it ("مظاهرات نظمها الحزب"; the relative agent);
  - a group named in the noun's own genitive ("احتجاجات المعارضة"، "مظاهرة لأنصار حركة النهضة"), or a
    state after a singular "احتجاج" (its own diplomatic protest: "أثار احتجاج اليابان").
The new parties are set on the result only (``final_parties``, after the repeats are folded), so the names
first read at the noun are still lent to later triggers of the sentence, as before.
Protest verbs ("تظاهر الطلاب"، "احتجت الخارجية") are left alone. An accusative of purpose ("، احتجاجا على
نقل السفارة") is read like any protest noun: in the samples read its borrowed actors were wrong.
"""
from __future__ import annotations

from ..text.tokenize import Token
from .actors import Ref, _folded_list
from .triggers import Lexicon, Match, word_in


def _punct(body: str, a: int, b: int) -> bool:
    # quotation marks stand around names and slogans ("أعلنت إطلاق "حركة احتجاج""), not between clauses
    return any(c in body[a:b] for c in "،,.:;؛!?؟()\n")


def crowd_actors(body: str, words: list[Token], m: Match, refs: list[Ref], actors: list[str],
                 agent: str | None, lex: Lexicon) -> list[str] | None:
    """The actors a protest noun keeps, or None when the rule does not apply (another type, a verb, no
    actors read, a relative agent named)."""
    conf = lex.extra.get("crowds", {})
    if m.type not in set(conf.get("types", [])) or m.pos not in ("noun", "phrase") or not actors:
        return None
    if agent is not None:
        return None  # "مظاهرات نظمتها المعارضة"
    organisers = _folded_list(lex, "crowds", "organisers")
    reach = int(conf.get("organiser_reach", 4))
    org = next((k for k in range(m.first - 1, max(-1, m.first - 1 - reach), -1) if word_in(words[k].norm, organisers)),
               None)
    if org is not None and not _punct(body, words[org].end, m.start):
        # "نظمت النقابة اعتصاما"، "دعا الحزب إلى إضراب": the organiser is named before the noun, or, as a
        # body, again in a later clause of the sentence ("، وذكر بيان للنقابة"); a name in the noun's own
        # clause after it is where or against whom ("بتنظيم مظاهرة أمام السفارة الجزائرية")
        stop = next((i for i in range(m.end, len(body)) if body[i] in "،,.:;؛!?؟\n"), len(body))
        kept = {r.entity.id for r in refs if r.end <= m.start or (r.start >= stop and r.entity.type == "ORG")}
        return [a for a in actors if a in kept]
    org = next((k for k in range(m.last + 1, min(m.last + 4, len(words))) if word_in(words[k].norm, organisers)), None)
    if org is not None:
        # "المظاهرات التي دعت إليها الحركة": the organiser is named after its verb
        after = {r.entity.id for r in refs if r.start >= words[org].end}
        return [a for a in actors if a in after]
    # the noun's own genitive: a group named at once, or after an adjective or a group word
    links = _folded_list(lex, "crowds", "genitive_links")
    gap_max = int(conf.get("genitive_gap", 2))
    nxt = next((r for r in sorted(refs, key=lambda r: r.start) if r.start >= m.end), None)
    # a state may lodge a protest of its own ("أثارت احتجاج الولايات المتحدة"); a place after a plural
    # is where crowds gather ("احتجاجات البصرة")
    kinds = ("ORG", "PER", "LOC") if word_in(words[m.first].norm, _folded_list(lex, "crowds", "state_nouns")) else ("ORG", "PER")
    if nxt is not None and nxt.entity.type in kinds and not _punct(body, m.end, nxt.start):
        # words wholly before the name (a clitic glued to it, "لحزب", is no gap)
        between = [w for w in words[m.last + 1:] if w.end <= nxt.start]
        if len(between) <= gap_max and all(word_in(w.norm, links) for w in between):
            return [nxt.entity.id]
    return []


def final_parties(events: list, parties: dict[int, list[str]], lex: Lexicon) -> None:
    """Give each event noun whose parties a result-only rule read (``crowd_actors``, ``undergone_actors``,
    ``causes.cause_actors``:
    trigger start -> actors) those parties, once all events are read: the names first read at the noun
    may still be lent to later triggers of its sentence, as before these rules."""
    types = {t for key in ("crowds", "undergo", "causes") for t in lex.extra.get(key, {}).get("types", [])}
    for ev in events:
        if ev.type in types and ev.trigger_start in parties:
            ev.actors = list(parties[ev.trigger_start])
