"""A coordinated verb with no subject of its own carries the subject of the verb before it.

"قام بومبيو بزيارة سرية إلى كوريا الشمالية والتقى مع زعيمها كيم": "والتقى" has no overt subject (a
preposition follows it at once), so its agent is the subject of the event before it in the sentence
(Pompeo), and whoever follows "مع" is the partner.
"""
from __future__ import annotations

from ..article import Event
from ..text import fold
from .actors import Ref, _folded_list
from .triggers import Lexicon, Match, word_in

_CONJ = ("و", "ف")


def carried_subject(words, m: Match, prev: tuple[Event, Match] | None, refs: list[Ref], timed: set[int],
                    lex: Lexicon) -> list[str]:
    """Subject actors of ``prev`` (the sentence's previous event) that the verb ``m`` shares, or [].

    ``m`` must be a verb with the conjunction glued to it whose next word (past a time) is one of
    [carry] open_words (a preposition: no VSO subject stands there); ``prev`` must be a verb, or a
    noun carried by a support or light verb ("قام بزيارة"), whose plain subject (``_subject_of``) is kept; no
    person or organisation may be named between the two triggers (a new subject)."""
    if prev is None or m.pos not in ("past", "present"):
        return []
    text = fold(words[m.first].text)
    if not text.startswith(_CONJ) or (m.stem and m.stem.startswith(_CONJ)):
        return []
    opens = _folded_list(lex, "carry", "open_words")
    k = m.last + 1
    while k < len(words) and k in timed:
        k += 1
    if k >= len(words):
        return []
    nxt = words[k].norm
    glued = nxt[:1] in "بل" and len(nxt) > 3 and not nxt.startswith("لا")
    if not (nxt in opens or glued):
        return []
    ev, pm = prev
    if any(r.entity.type in ("PER", "ORG") and pm.end <= r.start < m.start for r in refs):
        return []
    subject = _subject_of(words, pm, refs, timed, lex)
    return [subject] if subject and subject in ev.actors else []


def _subject_of(words, pm: Match, refs: list[Ref], timed: set[int], lex: Lexicon) -> str | None:
    """The entity that is plainly the subject of the verb (or support verb) at ``pm``: named right after
    it (VSO, a time may stand between; for a noun, its support or [carry] light verb, with only names
    and times between), right before it ("أن الأردن وافق"، "الأردن قد وافق"), or opening
    a complement clause before it with nothing but its apposition between ("إن مايك بومبيو مدير …
    قام بزيارة"). Otherwise None: an unnamed subject ("كشفت إحدى الضحايا") must not lend another's."""
    verb = pm.first
    if pm.pos not in ("past", "present"):
        light = _folded_list(lex, "carry", "light_verbs")
        verb = next((k for k in range(pm.first - 1, max(-1, pm.first - 12), -1)
                     if word_in(words[k].norm, lex.support) or word_in(words[k].norm, light)), None)
        if verb is None:
            return None
        # only the subject (names, titles) or a time may stand between the light verb and its noun
        if not all(k in timed or any(r.start <= words[k].start < r.end for r in refs)
                   for k in range(verb + 1, pm.first)):
            return None
    k = verb + 1
    while k < len(words) and k in timed:
        k += 1
    if k < len(words):
        after = next((r for r in refs if r.start == words[k].start and r.entity.type in ("PER", "ORG", "LOC")),
                     None)
        if after is not None:
            return after.entity.id
    before = [r for r in refs if r.end <= words[verb].start and r.entity.type in ("PER", "ORG", "LOC")]
    if not before:
        return None
    last = before[-1]
    gap = [w for w in words if last.end <= w.start < words[verb].start]
    if len(gap) <= 1 and all(w.norm in ("قد", "وقد", "لقد") for w in gap):
        return last.entity.id
    comps = _folded_list(lex, "carry", "complementisers")
    head = next((r for r in before if r.entity.id == last.entity.id and r.start >= words[max(0, verb - 12)].start),
                None)
    if head is None:
        return None
    k0 = next((i for i, w in enumerate(words) if w.start >= head.start), None)
    if k0 and words[k0 - 1].norm in comps and not any(
            r.entity.type == "PER" and r.entity.id != head.entity.id and head.start <= r.start < words[verb].start
            for r in refs):
        return head.entity.id
    return None


def masdar_subject(words, m: Match, refs: list[Ref], timed: set[int], matches: list[Match],
                   lex: Lexicon) -> str | None:
    """The sentence's subject as the agent of an event noun that complements its verb with ب or ل:
    "استهل وزير الخارجية الايراني أمس جولته … بالاجتماع بأمير دولة الكويت" (the minister met the emir).

    The sentence must open with a verb and its named subject (VSO: a person named at its second word,
    a time may stand first); the noun must carry ب or ل ([carry] masdar_types), with no person, no
    complementiser and no verb trigger between the subject and it."""
    types = set(lex.extra.get("carry", {}).get("masdar_types", []))
    if m.type not in types or m.pos != "noun" or not words or m.first < 3:
        return None
    if words[m.first].norm[:1] not in "بل" or words[m.first].norm.startswith("لا"):
        return None
    if m.stem not in _folded_list(lex, "carry", "masdar_stems"):
        return None
    k = 1
    while k < len(words) and k in timed:
        k += 1
    if k >= m.first:
        return None
    subj = next((r for r in refs if r.start == words[k].start and r.entity.type == "PER"), None)
    if subj is None:
        return None
    comps = _folded_list(lex, "carry", "complementisers")
    if any(w.norm in comps for w in words[k:m.first]):
        return None
    if any(x.pos in ("past", "present") and subj.end <= x.start < m.start for x in matches):
        return None
    if any(r.entity.type == "PER" and r.entity.id != subj.entity.id and subj.end <= r.start < m.start
           for r in refs):
        return None
    return subj.entity.id


def visiting_speaker(words, m: Match, speaker: str | None, lex: Lexicon) -> str | None:
    """The speaker of a statement made during a visit is the visitor: "وقال بوتين خلال زيارته لأنقرة
    إن …"، "وقال في كلمة … أثناء زيارة إلى إندونيسيا «…»". The visit noun ([carry] visit_stems) must
    follow a [actors] adjunct link and either carry a possessive suffix or be followed at once by a
    preposition of direction: a bare noun with a genitive names its own visitor ("خلال زيارة مشرعين
    أمريكيين للبيت الأبيض")."""
    if speaker is None or m.pos != "noun" or m.type != "CONSULT" or not m.first:
        return None
    if m.stem not in _folded_list(lex, "carry", "visit_stems"):
        return None
    if words[m.first - 1].norm not in _folded_list(lex, "carry", "visit_links"):
        return None
    own = words[m.first].norm
    possessive = own != m.stem and own.endswith(("ته", "تها", "تهم", "تهما"))
    nxt = words[m.last + 1].norm if m.last + 1 < len(words) else ""
    directed = nxt in _folded_list(lex, "carry", "visit_to") or (
        nxt[:1] == "ل" and len(nxt) > 3 and not nxt.startswith("لا"))
    return speaker if possessive or directed else None


def pronoun_subject(words, m: Match, refs: list[Ref], timed: set[int], lex: Lexicon) -> str | None:
    """The sentence's opening subject as the agent of a verb whose subject is only a pronoun on a
    contrastive conjunction: "وتنفذ تركيا بانتظام ضربات … لكنها أيضا هددت …" (Turkey threatened),
    "غير أنه رفض"، "إلا أنها وافقت". The sentence must open with its verb and a named subject (VSO:
    named at the second word, a time may stand first; not a preposition first), and [carry]
    pronoun_skip words ("أيضا"، "قد") may stand between the conjunction and the verb."""
    if m.pos not in ("past", "present") or m.first < 3:
        return None
    conf = lex.extra.get("carry", {})
    skip = _folded_list(lex, "carry", "pronoun_skip")
    k = m.first - 1
    while k > 0 and words[k].norm in skip:
        k -= 1
    one = _folded_list(lex, "carry", "pronoun_conj")
    two = _folded_list(lex, "carry", "pronoun_conj_pairs")
    if not (words[k].norm in one or (k > 0 and f"{words[k - 1].norm} {words[k].norm}" in two)):
        return None
    if not conf.get("pronoun_conj"):
        return None
    return _opening_subject(words, refs, timed, lex, k)


def _opening_subject(words, refs: list[Ref], timed: set[int], lex: Lexicon, upto: int,
                     through_complements: bool = False) -> str | None:
    """The named subject of a sentence that opens with its verb (VSO: named at the second word, past a
    time; not a preposition first), when no complementiser stands between it and word ``upto`` (unless
    ``through_complements``: a participle clause hangs on the main verb, past any complement)."""
    if words[0].norm in _folded_list(lex, "carry", "pronoun_not_first"):
        return None
    j = 1
    while j < len(words) and j in timed:
        j += 1
    if j >= upto:
        return None
    subj = next((r for r in refs if r.start == words[j].start and r.entity.type in ("PER", "ORG", "LOC")), None)
    if subj is None:
        return None
    comps = _folded_list(lex, "carry", "complementisers")
    if not through_complements and any(w.norm in comps for w in words[j:upto - 1]):
        return None  # "قال الوزير إن … لكنه": the pronoun may be the complement clause's subject
    return subj.entity.id


def participle_subject(words, m: Match, refs: list[Ref], timed: set[int], clause_of: list[int],
                       lex: Lexicon) -> str | None:
    """The sentence's opening subject as the agent of a circumstantial clause: a participle trigger
    opening its clause ("أكدت المملكة … ، متوعدة بالرد") or a verb told after a speaking participle and
    a pronoun ("وردت تركيا … ، مضيفة أنها سترد"). The sentence must open with its verb and a named
    subject (``_opening_subject``); a noun opening its clause counts only for [carry] participle_types
    ("، غارات جوية على …" is no act of the sentence's subject)."""
    if m.first < 3:
        return None
    if m.pos == "noun" and not m.definite and clause_of[m.first - 1] != clause_of[m.first] and \
            m.type in lex.extra.get("carry", {}).get("participle_types", ()):
        start = m.first
    elif m.pos in ("past", "present") and \
            words[m.first - 1].norm in _folded_list(lex, "carry", "participle_pronouns") and \
            words[m.first - 2].norm in _folded_list(lex, "carry", "participle_cues") and \
            clause_of[m.first - 3] != clause_of[m.first - 2]:
        start = m.first - 2
    else:
        return None
    return _opening_subject(words, refs, timed, lex, start + 1, through_complements=True)


def circumstantial_agent(words, m: Match, refs: list[Ref], timed: set[int], lex: Lexicon,
                         speaker: str | None, verb_actors: list[str] | None) -> list[str]:
    """The agent of a circumstantial participle opening its clause (a ``clause_first`` entry: "وقالت
    الوزارة إن … ، منددة بشدة بهذا العمل"): it hangs on the sentence's main verb, so its agent is that
    verb's subject: the speaker of the statement it closes, else the named subject opening a verb-first
    sentence, else the first actor of the sentence's last verb event before it. Names after it are what
    it condemns, never its agent."""
    if speaker:
        return [speaker]
    opening = _opening_subject(words, refs, timed, lex, m.first + 1, through_complements=True)
    if opening:
        return [opening]
    if verb_actors:
        return verb_actors[:1]
    # "وفي إعلان مفاجئ أعلن ترامب … ، منددا": the first person named not governed by a preposition (a
    # place or an outlet first is a dateline more often than a subject: "دبي، الإمارات (CNN)--")
    preps = _folded_list(lex, "carry", "pronoun_not_first")
    for i, w in enumerate(words[:m.first]):
        ref = next((r for r in refs if r.start == w.start and r.entity.type == "PER"), None)
        if ref is not None and (i == 0 or words[i - 1].norm not in preps):
            return [ref.entity.id]
    return []
