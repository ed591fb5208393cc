"""Claims of responsibility: "أعلن تنظيم داعش مسؤوليته عن الهجوم"، "تبنت الجبهة الهجوم على القنصلية".

Who claims an attack is its agent. The claim is told with a verb of saying, whose subject is otherwise
no party to violence it tells of (``parties.reporters``), and the attack it names was mostly told
before, so the noun is a back-reference that would be left out: the claimant is then given to the
attack already told, or the claim stands as the attack when none was. A denied claim ("نفت الحركة
مسؤوليتها عن الهجوم") names no agent. The cue words are data ([claims] in resources/events.toml).
"""
from __future__ import annotations

from ..text import fold
from ..text.tokenize import Token
from .actors import Ref, is_locative
from .triggers import Lexicon, Match, _verb_forms, word_in

_AGENT_TYPES = ("PER", "ORG")


def _conf(lex: Lexicon) -> dict:
    conf = lex.extra.setdefault("claims", {})
    if "_nouns" not in conf:
        conf["_nouns"] = frozenset(fold(w) for w in conf.get("responsibility", []))
        conf["_verbs"] = frozenset(f for lemma in conf.get("verbs", []) for f, _ in _verb_forms(lemma))
        conf["_denial"] = frozenset(fold(w) for w in conf.get("denial", []))
        conf["_about"] = frozenset(fold(w) for w in conf.get("about", []))
        conf["_anaphors"] = frozenset(fold(w) for w in conf.get("anaphors", []))
        conf["_filler"] = frozenset(fold(w) for w in conf.get("filler", []))
        conf["_complementisers"] = frozenset(fold(w) for w in conf.get("complementisers", []))
        conf["_possessive"] = tuple(fold(w) for w in conf.get("possessive", []))
        conf["_blame"] = frozenset(f for lemma in conf.get("blame_verbs", []) for f, _ in _verb_forms(lemma))
        conf["_masdar_before"] = frozenset(fold(w) for w in conf.get("masdar_before", []))
    return conf


def _cue(words: list[Token], m: Match, lex: Lexicon, clause_lo: int, refs: list[Ref],
         timed: set[int]) -> tuple[int, bool] | None:
    """Index of the claim cue before the attack noun ``m``, and whether it is a verb (تبنى): a
    responsibility noun followed by "عن" right before the trigger (a time word may come between), or a
    claim verb at most five words before it with only its subject, a time or "في بيان" between (the
    verb also adopts a policy: "تبنت الحكومة خطة لمواجهة الهجمات")."""
    conf = _conf(lex)
    for k in range(m.first - 1, max(-1, m.first - 7), -1):
        if words[k].start < clause_lo:
            return None
        norm = words[k].norm
        if word_in(norm, conf["_verbs"]):
            if norm[:1] == "ل" or (k and word_in(words[k - 1].norm, conf["_masdar_before"])):
                return None  # the verbal noun of a kind of act: "لتبني هجمات"، "في إعلان تبني الاعتداءات"
            between = words[k + 1:m.first]
            if all(j in timed or word_in(w.norm, conf["_filler"]) or
                   any(r.start <= w.start < r.end for r in refs)
                   for j, w in zip(range(k + 1, m.first), between)):
                return k, True
            return None
        if word_in(norm, conf["_nouns"]) and (
                norm[:1] == "ب" or norm.endswith(conf["_possessive"])
                or any(word_in(w.norm, conf["_blame"]) for w in words[max(0, k - 4):k])):
            # a claim ("مسؤوليته عن") or a charge ("بالمسؤولية عن"، "حملت دمشق المسؤولية عن"); the bare
            # noun is a topic ("آلية لتحديد المسؤولية عن الهجمات")
            about = [j for j in range(k + 1, m.first) if words[j].norm in conf["_about"]]
            if about and m.first - about[-1] <= 2 and about[0] - k <= 3:
                return k, False
            return None
    return None


def claimant(body: str, words: list[Token], m: Match, sent_refs: list[Ref], all_refs: list[Ref], lex: Lexicon,
             clause_lo: int, sentence_lo: int, since: int, timed: set[int]) -> tuple[str, str] | None:
    """The entity that claims the attack named by ``m``, with how: "claimed", "blamed" (by someone else:
    "اتهمت لندن موسكو بالمسؤولية عن التسميم"، "حملت واشنطن دمشق المسؤولية عن الهجوم") or "denied"
    ("نفت الحركة مسؤوليتها عن الهجوم"); or None.

    The claimant is the subject of the claim: the first person or organisation after a claim verb
    (VSO: "تبنت جبهة التحرر الهجوم"), else the nearest one before the cue in its clause ("أعلن تنظيم
    داعش مسؤوليته عن"، "داعش يتبنى الهجوم"). A subject named only by a group noun ("وتبنت المجموعة
    الهجوم") is the organisation last named before the sentence, from body offset ``since`` on."""
    if m.type != "ASSAULT" or m.pos not in ("noun", "phrase"):
        return None
    found = _cue(words, m, lex, clause_lo, sent_refs, timed)
    if found is None:
        return None
    k, is_verb = found
    conf = _conf(lex)
    if any(word_in(w.norm, conf["_denial"]) for w in words[max(0, k - 4):k]):
        kind = "denied"  # "نفت الحركة مسؤوليتها عن الهجوم": the denier is no agent
    elif words[k].norm[:1] == "ب" or any(word_in(w.norm, conf["_blame"]) for w in words[max(0, k - 4):k]):
        kind = "blamed"
    else:
        kind = "claimed"
    # a country stands for its state ("تتهم لندن روسيا بالمسؤولية عن هجوم"), unless it is a place named
    agents = [r for r in sent_refs if r.entity.type in _AGENT_TYPES or
              (r.entity.type == "LOC" and not is_locative(body, r, lex))]
    if is_verb:
        after = [r for r in agents if words[k].end <= r.start < m.start]
        if after:
            return after[0].entity.id, kind
    lo = max(clause_lo, words[max(0, k - 8)].start)
    # never past a complementiser: "قال المتحدث إن مجموعة من الرعاع تبنت التفجير" (the speaker claims nothing)
    comp = [w for w in words[max(0, k - 8):k] if w.norm in conf["_complementisers"] and w.start >= lo]
    if comp:
        lo = comp[-1].end
    before = [r for r in agents if lo <= r.start and r.end <= words[k].start]
    if before:
        return before[-1].entity.id, kind
    # a group noun as the subject: "وتبنت المجموعة في بيان … الهجوم"
    subject = range(k + 1, min(k + 2, m.first)) if is_verb else range(max(0, k - 2), k)
    if any(word_in(words[j].norm, conf["_anaphors"]) for j in subject):
        named = [r for r in all_refs if since <= r.start < sentence_lo and r.entity.type == "ORG"]
        if named:
            return named[-1].entity.id, kind
    return None


def give_claim(events: list, dropped: set[int], sentence: int, dual: bool, claimed: str, kind: str) -> bool:
    """Give a claimed attack's agent to the attack(s) told in the sentence or the four before without
    actors, else to one told in the sentence just before ("وأعلن تنظيم داعش مسؤوليته عن الهجومين": the
    last two); whether there was one (then the claim adds no event of its own)."""
    told = [ev for j, ev in reversed(list(enumerate(events)))
            if j not in dropped and ev.type == "ASSAULT" and sentence - ev.sentence <= 4]
    # an attack with actors already keeps them, unless it was told in the sentence just before or in
    # this one (its actors were then mostly read from names around it: targets, places); one only blamed
    # is given to an attack without actors only ("حملت روسيا المسؤولية عن الهجوم" after US strikes told)
    told = [ev for ev in told if not ev.actors] + \
        [ev for ev in told if ev.actors and sentence - ev.sentence <= 1 and kind == "claimed"]
    for ev in told[:2 if dual else 1]:
        ev.actors = [claimed]
    return bool(told)
