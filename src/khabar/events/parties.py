"""Who took part, when the clause says it without naming them where the entity layer looks.

- "خلال لقاء مع نظيره الأمريكي جون كيري": a meeting told as an adjunct of a statement or an act has
  two sides, the one "مع" names and the subject of the sentence (the speaker of its statement, else
  the first person or organisation named before the meeting).
- "والتقى الوزيران"، "اتفق الجانبان": a dual subject stands for the two parties of the latest event of
  its kind that had two (else the article's two main people).
- A speaker who reports violence ("وأشار إلى «اشتباكات عنيفة»") is no party to it unless the clause
  says so; the words that make violence are data ([actors] no_speaker_types).
The words are data, [actors] in resources/events.toml.
"""
from __future__ import annotations

from ..article import Article, Event
from ..text import fold
from ..text.tokenize import Token
from .actors import Ref, is_locative
from .triggers import Lexicon, Match, tok_in, word_in


def _conf(lex: Lexicon, key: str) -> frozenset[str]:
    conf = lex.extra.setdefault("actors", {})
    if "_" + key not in conf:
        conf["_" + key] = frozenset(fold(w) for w in conf.get(key, []))
    return conf["_" + key]


def no_speaker_side(lex: Lexicon, type_: str) -> bool:
    """Whether the speaker of a quote that only names an event of ``type_`` stays out of its actors."""
    return type_ in set(lex.extra.get("actors", {}).get("no_speaker_types", []))


def with_partner(article: Article, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon,
                 sentence: tuple[int, int], stop: int) -> list[str] | None:
    """The two sides of a nominal meeting in an adjunct ("خلال لقاء مع X"، "في مؤتمر صحفي عقده مع X"):
    the sentence's subject and the entities after "مع" up to ``stop``. None when the pattern is absent."""
    if m.type != "CONSULT" or m.pos not in ("noun", "phrase") or m.first == 0:
        return None
    if not word_in(words[m.first - 1].norm, _conf(lex, "adjunct_links")) and \
            not (m.first > 1 and word_in(words[m.first - 2].norm, _conf(lex, "adjunct_links"))):
        return None
    k = next((i for i in range(m.last + 1, min(m.last + 4, len(words)))
              if words[i].norm in ("مع", "ومع")), None)
    if k is None:
        return None
    partners = []
    for r in refs:
        if words[k].end <= r.start < stop and r.entity.type in ("PER", "ORG", "LOC") \
                and not is_locative(article.body, r, lex) and r.entity.id not in partners:
            partners.append(r.entity.id)
            break  # the one named right after "مع"
    if not partners:
        return None
    host = _subject(article, refs, sentence, m.start)
    if host is None or host in partners:
        return None
    return [host] + partners


def _subject(article: Article, refs: list[Ref], sentence: tuple[int, int], before: int) -> str | None:
    """The speaker of a statement in the sentence, else its first person or organisation before
    ``before``."""
    for q in article.quotes:
        if q.speaker and sentence[0] <= q.start < sentence[1]:
            return q.speaker
    for r in refs:
        if sentence[0] <= r.start < before and r.entity.type in ("PER", "ORG"):
            return r.entity.id
    return None


def dual_after(words: list[Token], m: Match, lex: Lexicon) -> bool:
    """A dual or plural subject right after a verb trigger ("والتقى الوزيران في فندق")."""
    if m.pos not in ("past", "present"):
        return False
    duals = _conf(lex, "dual_nouns")
    return any(word_in(w.norm, duals) for w in words[m.last + 1:m.last + 3])


def last_pair(events: list[Event], type_: str, article: Article) -> list[str]:
    """The two people of the latest event of ``type_`` with two or more, else of any such event."""
    kinds = {e.id: e.type for e in article.entities}
    for same in (True, False):
        for ev in reversed(events):
            if same and ev.type != type_:
                continue
            people = [a for a in ev.actors if kinds.get(a) == "PER"]
            if len(people) >= 2:
                return people[:2]
    return []


def speech_type(lex: Lexicon, type_: str) -> bool:
    """Whether events of ``type_`` are speech acts, whose actor is who says them ([actors] speech_types)."""
    return type_ in set(lex.extra.get("actors", {}).get("speech_types", []))


def cue_speaker(article: Article, body_end: int, m: Match, words: list[Token]) -> str | None:
    """The speaker of a quote the trigger introduces ("، داعية إلى «تحقيق مفتوح»"، "وطالب بأن …"): a
    quote opening at most two words after it, before ``body_end``."""
    after = [w for w in words[m.last + 1:m.last + 4]]
    for q in article.quotes:
        if not q.speaker or q.start < m.end or q.start >= body_end:
            continue
        between = [w for w in after if w.start < q.start]
        if len(between) <= 2:
            return q.speaker
    return None


def named_before(refs: list[Ref], clause: tuple[int, int], m: Match) -> bool:
    """Whether a person or organisation is named in the trigger's clause before it."""
    return any(r.entity.type in ("PER", "ORG") and clause[0] <= r.start < m.start for r in refs)


def object_only(words: list[Token], m: Match, refs: list[Ref]) -> str | None:
    """The entity after a verb trigger that is its object, not its subject: the only name between the
    verb and the preposition of its second complement ("واتهمت حماس بالعمل على …"، "وحث المتظاهرين
    على"), so the subject is the pronoun in the verb. None otherwise."""
    if m.pos not in ("past", "present"):
        return None
    named: list[Ref] = []
    for w in words[m.last + 1:m.last + 6]:
        inside = next((r for r in refs if r.start <= w.start < r.end), None)
        if inside is not None:
            if inside not in named:
                named.append(inside)
            continue
        n = w.norm
        if n[:1] == "ب" or n in ("على", "علي", "الى", "إلى"):
            return named[0].entity.id if len(named) == 1 else None
        return None
    return None


def recent_speaker(article: Article, before: int, since: int) -> str | None:
    """The speaker of the latest quote that ends before offset ``before`` and after ``since``."""
    best = None
    for q in article.quotes:
        if q.speaker and since <= q.start and q.end <= before and (best is None or q.end > best.end):
            best = q
    return best.speaker if best else None


def struck_place(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon,
                 clause_end: int) -> str | None:
    """The place an attack verb hits, named after its subject ("قصفت إسرائيل مدينة رفح"، "قصفت الطائرات
    الحربية مدينة رفح"): after the verb and its subject, with no preposition or punctuation between, a
    place is where the attack happened, not an actor."""
    types = set(lex.extra.get("location", {}).get("object_types", []))
    if m.type not in types or m.pos not in ("past", "present"):
        return None
    after = [r for r in refs if m.end <= r.start < clause_end]
    if not after:
        return None

    def plain_gap(a: int, b: int, most: int) -> bool:
        gap = [w for w in words if a <= w.start < b]
        return len(gap) <= most and not any(
            w.norm[:1] in "بل" or w.norm in ("على", "علي", "مع", "ضد", "من", "في", "الى", "إلى") for w in gap)

    first = after[0]
    if first.entity.type == "LOC" and not is_locative(body, first, lex):
        gap = [w for w in words if m.end <= w.start < first.start]
        if gap and plain_gap(m.end, first.start, 4):
            return first.entity.id  # a subject the entity layer did not name stands between
        if gap:
            return None
    for r in after[1:2]:
        if r.entity.type == "LOC" and not is_locative(body, r, lex) and plain_gap(first.end, r.start, 2):
            return r.entity.id
    return None


def places_only(article: Article, lex: Lexicon) -> frozenset[str]:
    """Entities that are only places, never parties: towns, governorates, seas, world regions (KB
    subtypes under [actors] place_subtypes; a capital stands for its state and stays a possible actor).
    Cached in ``article.scratch``."""
    cached = article.scratch.get("events.places_only")
    if cached is not None and cached[0] == len(article.entities):
        return cached[1]
    conf = lex.extra.get("actors", {})
    subtypes = set(conf.get("place_subtypes", []))
    keep_tags = set(conf.get("actor_tags", []))
    try:
        from ..entities.kb import load_kb
        kb = load_kb()
    except Exception:  # noqa: BLE001 — without a KB no place is known to be only a place
        kb = None
    out = set()
    for e in article.entities:
        ke = kb.get(e.kb) if kb is not None and e.type == "LOC" and e.kb else None
        if ke is not None and ke.subtype in subtypes and not keep_tags.intersection(ke.tags):
            out.add(e.id)
    result = frozenset(out)
    article.scratch["events.places_only"] = (len(article.entities), result)
    return result


def reporters(words: list[Token], m: Match, refs: list[Ref], lex: Lexicon, clause_lo: int) -> set[str]:
    """Entities that only report violence told as a noun after their verb of saying ("أعلنت وزارة
    الداخلية السبت مقتل رجل أمن في انفجار عبوة ناسفة"، "ذكرت الشرطة أن هجوما استهدف …"): a person or
    organisation named before a report cue ([announced] report_cues) that stands before the trigger in
    its sentence, from ``clause_lo`` (an offset) on. A support verb between the cue and the trigger makes
    the act the subject's own ("أعلنت الوزارة أن طائراتها شنت غارات"), and then nobody is left out."""
    if not no_speaker_side(lex, m.type) or m.pos not in ("noun", "phrase"):
        return set()
    tellers = _conf(lex, "teller_cues")
    cue = next((k for k in range(m.first - 1, -1, -1)
                if words[k].start >= clause_lo and (word_in(words[k].norm, lex.report_cues)
                                                    or tok_in(words[k], tellers))), None)
    if cue is None or any(word_in(w.norm, lex.support) for w in words[cue + 1:m.first]):
        return set()
    # the cue's subject stands before it or right after it (VSO), never past a complementiser: "قالت
    # الشرطة إن مسلحي طالبان …" names the agent after إن
    edge = words[min(cue + 5, m.first)].start
    comp = next((w for w in words[cue + 1:m.first] if w.norm in ("ان", "بان", "انه", "انها", "وان")), None)
    if comp is not None:
        edge = min(edge, comp.start)
    if not word_in(words[cue].norm, lex.report_cues):
        # a verb of telling or blaming: its object names the agent ("اتهم الوزير إيران بشن هجمات"), so
        # only the first name after the verb is its subject
        after = sorted((r for r in refs if r.entity.type in ("PER", "ORG") and words[cue].end <= r.start < edge),
                       key=lambda r: r.start)
        if after:
            edge = after[0].end
    # one named again in what is told, before the trigger, is its agent after all: "قال المتحدث باسم
    # طالبان إن مسلحي الحركة نفذوا الهجومين"
    again = {r.entity.id for r in refs if edge <= r.start < words[m.first].start}
    return {r.entity.id for r in refs
            if r.entity.type in ("PER", "ORG") and clause_lo <= r.start < edge and r.entity.id not in again}


def channels(article: Article, lex: Lexicon) -> frozenset[str]:
    """Entities that carry the news rather than act in it: media, news agencies and social platforms
    ([actors] channel_subtypes and channel_ids): "في مقابلة أجرتها معه شبكة فوكس نيوز"، "في تغريدة على
    تويتر". Cached in ``article.scratch``."""
    cached = article.scratch.get("events.channels")
    if cached is not None and cached[0] == len(article.entities):
        return cached[1]
    conf = lex.extra.get("actors", {})
    subtypes, ids = set(conf.get("channel_subtypes", [])), set(conf.get("channel_ids", []))
    try:
        from ..entities.kb import load_kb
        kb = load_kb()
    except Exception:  # noqa: BLE001 — without a KB only the listed ids are known
        kb = None
    out = set()
    for e in article.entities:
        if not e.kb or e.type != "ORG":
            continue
        ke = kb.get(e.kb) if kb is not None else None
        if e.kb in ids or (ke is not None and ke.subtype in subtypes):
            out.add(e.id)
    result = frozenset(out)
    article.scratch["events.channels"] = (len(article.entities), result)
    return result


def opposed(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities named after "ضد" in the words after a trigger of support or cooperation ([actors]
    against_types): "تركيا التي تدعم قوات المعارضة ضد قوات الرئيس السوري بشار الأسد" supports the
    opposition, not Assad. At most two words may stand between ضد and the name."""
    if m.type not in set(lex.extra.get("actors", {}).get("against_types", [])):
        return set()
    out = set()
    for k in range(m.last + 1, len(words)):
        if words[k].norm not in ("ضد", "وضد"):
            continue
        for r in refs:
            if r.start < words[k].end:
                continue
            gap = [w for w in words[k + 1:] if w.start < r.start]
            if len(gap) <= 2 and "،" not in body[words[k].end:r.start] and "," not in body[words[k].end:r.start]:
                out.add(r.entity.id)
            break
    return out
