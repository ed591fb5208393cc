"""How a clause says who acts: readings of the words around a trigger that ``extract_events`` uses to
pick or drop actors (an overt noun subject, a relative clause's agent, "إنه" for the speaker, a noun in
construct that names a standing thing) and the earlier events whose actors a mention takes over."""
from __future__ import annotations

from ..article import Event
from ..text import fold
from .dedupe import Mention
from .triggers import Lexicon, Match, word_in


def _content_after(words, m: Match, refs, links: frozenset[str]) -> frozenset[str]:
    """Folded words in the 8 after a trigger that are no entity name, link word or short particle."""
    return frozenset(w.norm for w in words[m.last + 1:m.last + 9]
                     if len(w.norm) > 2 and not word_in(w.norm, links)
                     and not any(r.start <= w.start < r.end for r in refs))


_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"})


def _relative_agent(words, m: Match, refs, lex: Lexicon) -> str | None:
    """The subject of a support verb with a resumptive suffix right after a nominal trigger ("غارة
    جوية شنتها قوات التحالف"، "الهجمات التي نفذها التنظيم"): the first entity named after that verb."""
    for k in range(m.last + 1, min(m.last + 4, len(words))):
        w = words[k].norm
        if not (w.endswith("ها") or w.endswith("ه")) or not word_in(w, lex.support_agent):
            continue
        for r in refs:
            if r.start >= words[k].end and r.entity.type in ("PER", "ORG", "LOC"):
                gap = [x for x in words[k + 1:] if x.start < r.start]
                return r.entity.id if len(gap) <= 2 else None
        return None
    return None


def _self_reference(words, q: int, m: Match) -> bool:
    """Whether the statement holding the trigger opens with "إنه/أنه/بأنه" (the speaker as "he"; a
    group speaker as "أنهم", two as "أنهما"), with no other complementiser between it and the trigger."""
    opener = ("انه", "بانه", "وانه", "انها", "بانها", "وانها", "انهم", "بانهم", "وانهم", "انهما", "بانهما", "وانهما")
    if 0 < q < len(words) and words[q].norm not in opener and words[q - 1].norm in opener:
        q -= 1  # the quotation marks open after it: قالت إنها "ستواصل استهداف" النواب
    if not 0 <= q < m.first or words[q].norm not in opener:
        return False
    return not any(w.norm in ("ان", "بان", "انه", "انها", "انهم", "انهما") for w in words[q + 1:m.first])


def _construct(words, m: Match, refs, timed: set[int] = frozenset()) -> bool:
    """Whether an indefinite noun trigger is in construct with a definite noun or a name right after it,
    which makes it definite ("معاهدة الحد من الأسلحة"، "اتفاق باريس"): a named, standing thing. A time
    after it ("اتفاق الأحد") or a preposition (إلى) is no construct, and a genitive that is the parties
    of what they agree on or with is the act itself ("اتفاق الجانبين على الدفاع"، "اتفاق الأمم المتحدة
    الأولي مع ميانمار")."""
    k = m.last + 1
    if k >= len(words) or k in timed or words[m.last].end == words[k].start:
        return False
    if any(w.norm in ("على", "علي", "مع") for w in words[k + 1:k + 4]):
        return False
    nxt = words[k].norm
    return (nxt.startswith("ال") and len(nxt) > 3 and nxt not in ("الي", "الى", "الذي", "التي")) \
        or any(r.start == words[k].start for r in refs)


def _noun_subject(words, q0: int, m: Match, refs) -> bool:
    """Whether a definite noun that is no entity stands between the start of the statement (word
    ``q0``) and a plural verb trigger: its subject is that noun, not the speaker ("أوضحت الوزيرة أن
    "المشتبه بهم رفضوا تسليم أنفسهم""). A possessed noun ("أن طائراتها شنت") points back at the speaker
    and does not count; nor does a noun before a singular verb, which may be its object or another
    clause's subject ("إن الهجوم سوف يقابل بقوة"، "إن التقرير أثار غضبها وطالبت بسحبه")."""
    verb = words[m.first].norm
    if m.pos not in ("past", "present") or not (verb.endswith("وا") or verb.endswith("ون")):
        return False
    for w in words[max(0, q0):m.first]:
        norm = w.norm[1:] if w.norm[:1] in "وف" and w.norm[1:3] == "ال" else w.norm
        if norm.startswith("ال") and len(norm) > 4 and not any(r.start <= w.start < r.end for r in refs):
            return True
    return False


def _overt_subject(words, m: Match, refs, clause_of: list[int]) -> bool:
    """Whether a verb trigger has a subject noun that is no entity: a definite noun right after it
    ("وتطالب المعارضة بفرص") or a topic after أما before it ("أما المعارضة فدعت")."""
    if m.pos not in ("past", "present"):
        return False

    def bare_noun(k: int) -> bool:
        if not 0 <= k < len(words) or clause_of[k] != clause_of[m.first]:
            return False
        w = words[k]
        norm = w.norm[1:] if w.norm[:1] in "وف" and w.norm[1:3] == "ال" else w.norm
        return norm.startswith("ال") and len(norm) > 3 and not any(r.start <= w.start < r.end for r in refs)

    if bare_noun(m.last + 1):
        return True
    return any(words[k].norm in ("اما", "واما") and bare_noun(k + 1) for k in range(max(0, m.first - 4), m.first))


def _named_before(events: list[Event], mentions: list[Mention], stem: str, type_: str,
                  place: str) -> Event | None:
    """The earlier event of ``type_`` that an event named by its place ("قمة طهران") is: the latest one
    at that place, else the first one of the same lemma with two or more actors (the mention that
    introduced it), else the latest one of that lemma with actors."""
    for ev in reversed(events):
        if ev.type == type_ and ev.actors and ev.location == place:
            return ev
    same = [ev for ev, mn in zip(events, mentions) if ev.type == type_ and ev.actors and mn.stem == stem]
    return next((ev for ev in same if len(ev.actors) >= 2), same[-1] if same else None)


def _same_lemma_actors(events: list[Event], mentions: list[Mention], stem: str, type_: str) -> list[str]:
    """Actors of the latest earlier event of ``type_`` whose trigger is the same lemma, anywhere in the
    article: a deal told again in a relative clause ("الاتفاق الذي تم التوصل إليه في فيينا") is the
    deal whose parties were named before."""
    for ev, mn in zip(reversed(events), reversed(mentions)):
        if ev.type == type_ and ev.actors and mn.stem == stem:
            return list(ev.actors)
    return []


def _inherit(events: list[Event], type_: str, sentence: int) -> list[str]:
    """Actors of the latest event of the same type in the two sentences before."""
    for ev in reversed(events):
        if ev.sentence is not None and sentence - ev.sentence > 2:
            break
        if ev.type == type_ and ev.actors:
            return list(ev.actors)
    return []


def content_edge(words, m: Match, lex: Lexicon, hi: int, refs=()) -> int:
    """Body offset where the content a statement verb ([actors] content_types) reports begins, at most
    ``hi``: the first complementiser after it, outside a name ([actors] content_openers: "ونفى الكرملين أي
    ضلوع له ويقول إن هوس معاداة روسيا"، "نفى أنه يحاول وقف بريكسيت"). Names inside what is denied, said or
    warned of are no parties."""
    conf = lex.extra.setdefault("actors", {})
    if m.pos not in ("past", "present") or m.type not in conf.get("content_types", ()):
        return hi  # "قتل مفجر انتحاري يشتبه بأنه من تنظيم داعش": the agent may follow a complementiser
    if "_openers" not in conf:
        conf["_openers"] = frozenset(fold(w) for w in conf.get("content_openers", []))
    for w in words[m.last + 1:]:
        if w.start >= hi:
            break
        if w.norm in conf["_openers"] and not any(r.start <= w.start < r.end for r in refs):
            return w.start  # (not inside a name: "مون جاي إن")
    return hi
