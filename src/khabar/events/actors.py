"""Who, where, when and how long: an event's arguments from the layers other stages built.

Actors and location come from ``article.entities`` (their mentions, coreference included), the date
from ``article.times`` (else the publication date for events of "today"), the duration from a
duration in the trigger's clause (``article.times`` DURATION timexes, ``article.quantities`` in
minutes or hours, or the clause's own words). Nothing here finds entities or times itself.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..article import Article, Entity
from ..text import fold, tokenize
from .triggers import Lexicon, word_in

_ACTOR_TYPES = ("PER", "ORG")
_QUOTE_MARKS = frozenset('"«»“”„\'‘’')
_DATE_RE = re.compile(r"^\d{4}(-\d\d){0,2}$")


@dataclass(slots=True)
class Ref:
    """One entity mention, flattened for span queries."""

    start: int
    end: int
    entity: Entity
    kind: str


def mention_refs(article: Article) -> list[Ref]:
    """All mentions of all entities, sorted by position (cached in ``article.scratch``)."""
    cached = article.scratch.get("events.refs")
    if cached is not None and cached[0] == len(article.entities):
        return cached[1]
    refs = _Refs(sorted((Ref(m.start, m.end, e, m.kind) for e in article.entities for m in e.mentions
                         if e.type in ("PER", "ORG", "LOC")), key=lambda r: (r.start, -r.end)))
    article.scratch["events.refs"] = (len(article.entities), refs)
    return refs


class _Refs(list):
    """Refs in position order with their starts, so that ``in_span`` need not scan them all (it is
    asked once per sentence and per trigger: a scan made long inputs quadratic)."""

    def __init__(self, refs):
        super().__init__(refs)
        self.starts = [r.start for r in self]


def in_span(refs: list[Ref], lo: int, hi: int) -> list[Ref]:
    """The refs inside [lo, hi), in order."""
    if not isinstance(refs, _Refs):
        return [r for r in refs if r.start >= lo and r.end <= hi]
    out = []
    for i in range(bisect_left(refs.starts, lo), len(refs)):
        r = refs[i]
        if r.start > hi:
            break
        if r.end <= hi:
            out.append(r)
    return out


def main_actors(article: Article, k: int = 2, types: tuple[str, ...] = ("PER",)) -> list[str]:
    """The article's ``k`` most mentioned entities of ``types`` (ties: first mentioned first)."""
    scored = []
    for e in article.entities:
        if e.type in types and e.mentions:
            scored.append((-len(e.mentions), min(m.start for m in e.mentions), e.id))
    scored.sort()
    return [eid for _, _, eid in scored[:k]]


def _word_before(body: str, start: int) -> tuple[str, str]:
    """(proclitic glued to the mention, previous word) at ``start``, both folded."""
    j = start
    while j > 0 and body[j - 1] in _QUOTE_MARKS:
        j -= 1  # ب"جنيف": the clitic stands before the opening mark
    if j < start and (j == 0 or not body[j - 1].isalpha()):
        j = start  # no clitic before the mark: the mention starts a word
    while j > 0 and not body[j - 1].isspace() and body[j - 1].isalpha():
        j -= 1
    glued = fold(body[j:start])
    toks = [t for t in tokenize(body, max(0, j - 40), j) if t.kind != "punct"]
    prev = toks[-1].norm if toks and j - toks[-1].end <= 2 else ""
    return glued, prev


def _folded_list(lex: Lexicon, section: str, key: str) -> frozenset[str]:
    conf = lex.extra.setdefault(section, {})
    cache_key = "_" + key
    if cache_key not in conf:
        conf[cache_key] = frozenset(fold(w) for w in conf.get(key, []))
    return conf[cache_key]


def _nisba(norm: str) -> bool:
    """A definite nisba adjective by its form (الكينية، الأمريكي)."""
    return norm.startswith("ال") and len(norm) > 4 and (norm.endswith("يه") or norm.endswith("ي"))


def is_locative(body: str, ref: Ref, lex: Lexicon) -> bool:
    """Whether a place mention says where something happened (في جنيف، بسويسرا، في مدينة جنيف)."""
    if ref.entity.type != "LOC":
        return False
    before = _folded_list(lex, "location", "before")
    between = _folded_list(lex, "location", "between")
    glued, _prev = _word_before(body, ref.start)
    if glued in ("ب", "وب", "فب"):
        return True
    head = body[ref.start:ref.end].split(maxsplit=1)
    if len(head) == 2 and fold(head[0]) in _folded_list(lex, "location", "place_heads"):
        return True  # the mention says it is a place: "وناحية سليمان بيك"، "قرية النبي صالح"
    # "في مدينة جنيف"، "في العاصمة الكينية نيروبي"، "في ريف إدلب": a place word or في up to three
    # words back, with only place words or nisba adjectives between and no punctuation.
    j = ref.start - len(glued)
    # quotation marks around a name do not cut it from its preposition: في "جنيف"
    toks = [t for t in tokenize(body, max(0, j - 60), j) if t.text not in _QUOTE_MARKS]
    words = [t for t in toks if t.kind != "punct"]
    if len(words) >= 2 and words[-1].end == toks[-1].end and words[-1].norm in ("مع", "ومع") \
            and word_in(words[-2].norm, _folded_list(lex, "location", "border")):
        return True  # "قرب الحدود مع سوريا": a place that says where, never a party
    for t in reversed(toks[-4:] if len(toks) >= 4 else toks):
        if t.kind == "punct":
            return False
        if t.norm in before or (t.norm[:1] in "وف" and t.norm[1:] in before):
            return True  # the bare word: "إليه كولومبيا" (to it, Colombia …) is no place
        if not (word_in(t.norm, between) or _nisba(t.norm)):
            return False
    return False


def _words_between(body: str, a: int, b: int) -> list | None:
    """Word tokens in ``body[a:b]``; None when punctuation stands there."""
    toks = tokenize(body, a, b)
    if any(t.kind == "punct" for t in toks):
        return None
    return toks


def attached_location(article: Article, refs: list[Ref], trigger: tuple[int, int], lex: Lexicon,
                      type_: str, nominal: bool = False, visit: bool = False) -> str | None:
    """A place governed by the trigger: "زيارة للقاهرة"، "زيارة دولة إلى روما"، "قصف هضبة الجولان".

    The place follows within three words with a locative preposition glued to it or before it; for
    a nominal attack (``nominal``), the place it hits may also follow bare, as its genitive object
    (after a verb the bare noun is the subject: "قصفت إسرائيل"). After a verb of visiting (``visit``)
    the bare place after its subject is the place visited.
    """
    attached = _folded_list(lex, "location", "attached")
    between = _folded_list(lex, "location", "between")
    objects = lex.extra.get("location", {}).get("object_types", [])
    body = article.body
    named = [r for r in refs if r.entity.type in _ACTOR_TYPES]
    for r in refs:
        if r.entity.type != "LOC" or r.start < trigger[1]:
            continue
        if any(o.start <= r.start and r.end <= o.end for o in named):
            continue  # inside a person's or an organisation's mention (وزير خارجية قطر)
        glued, _ = _word_before(body, r.start)
        toks = _words_between(body, trigger[1], r.start - len(glued))
        if toks is None:
            return None
        if (visit or (nominal and type_ == "CONSULT")) and glued.lstrip("وف") in ("ل", "الي", "الى") \
                and len(toks) <= 25:
            return r.entity.id  # "زيارة ولي العهد … مؤخرا لموسكو": the place visited, after a long title
        if len(toks) > (4 if visit else 3):
            return None
        # place words between the preposition and the name: "على مدينة جازان"، "إلى العاصمة الكينية نيروبي"
        head = list(toks)
        while head and (word_in(head[-1].norm, between) or _nisba(head[-1].norm)):
            head.pop()
        prep = head[-1].norm if head else ""
        # after an attack, "على" names its target place ("هجوم صاروخي على مدينة جازان")
        if glued.lstrip("وف") in attached or (prep and word_in(prep, attached)) or \
                (type_ in objects and prep == "علي"):
            return r.entity.id
        if nominal and not glued and len(toks) <= 1 and type_ in objects:
            return r.entity.id
        if visit and not glued:
            return r.entity.id  # the place visited: "يزور الرئيس روما"
        return None
    return None


def construct_place(article: Article, refs: list[Ref], trigger: tuple[int, int], lex: Lexicon,
                    type_: str) -> str | None:
    """A place in construct right after a nominal trigger names where it happened, never a party: "قمة
    سنغافورة"، "قمة طهران"، "مؤتمر جنيف" ([location] construct_types). The place must follow the noun
    with nothing but a space between (no clitic, no quotation mark)."""
    if type_ not in set(lex.extra.get("location", {}).get("construct_types", [])):
        return None
    body = article.body
    for r in refs:
        if r.start < trigger[1]:
            continue
        if r.entity.type == "LOC" and body[trigger[1]:r.start].isspace() and len(body[trigger[1]:r.start]) <= 2:
            return r.entity.id
        return None
    return None


def outside_titles(refs: list[Ref], apply: bool = True) -> list[Ref]:
    """``refs`` without the places named inside a person's or an organisation's mention: a title
    ("نائب رئيس الشرطة في دبي"، "السفير السعودي في الولايات المتحدة") says where one serves, not
    where the event happened. ``apply=False`` keeps them all."""
    if not apply:
        return refs
    holders = [r for r in refs if r.entity.type in _ACTOR_TYPES]
    return [r for r in refs if r.entity.type != "LOC" or
            not any(h.start <= r.start and r.end <= h.end and h.entity is not r.entity for h in holders)]


def pick_location(article: Article, refs: list[Ref], trigger_start: int, lex: Lexicon) -> str | None:
    """The first place named as a location in ``refs``, preferring those after the trigger."""
    places = [r for r in refs if is_locative(article.body, r, lex)]
    after = [r for r in places if r.start >= trigger_start]
    best = after[0] if after else (places[-1] if places else None)
    return best.entity.id if best else None


def pick_actors(article: Article, refs: list[Ref], trigger: tuple[int, int], location: str | None,
                lex: Lexicon, limit: int = 4, clause: tuple[int, int] | None = None,
                reach: int = 10**9) -> list[str]:
    """Actors among ``refs``: persons, organisations and places that are not where it happened.

    A country or a capital stands for its state ("وافقت أنقرة"، "أوكرانيا وروسيا اتفقوا"), so a place
    that is not said to be the location is an actor beside the persons and organisations; a place
    inside a person's or organisation's mention (منظمة الأمن والتعاون في أوروبا) is not, nor one
    outside the trigger's ``clause`` (there it is more often another event's place). When one actor
    stands within ``reach`` characters of the trigger, those further away are left out.
    """
    lo, hi = clause if clause else (0, len(article.body))
    body = article.body
    named = [r for r in refs if r.entity.type in _ACTOR_TYPES]
    people = [r for r in named if not (r.start < trigger[1] and r.end > trigger[0])]
    people += [r for r in refs if r.entity.type == "LOC" and r.entity.id != location and lo <= r.start < hi
               and not (r.start < trigger[1] and r.end > trigger[0])
               and not any(o.start <= r.start and r.end <= o.end for o in named)
               and not is_locative(body, r, lex)]
    # nearest to the trigger first, then back to text order
    def dist(r: Ref) -> int:
        return min(abs(r.start - trigger[0]), abs(r.end - trigger[1]))

    people.sort(key=dist)
    if people and dist(people[0]) <= reach:
        # names far down a long clause belong to its other predicates ("… الملاصقة لمحافظة اللاذقية حيث
        # مسقط رأس الرئيس"): once one is near, the far ones are left out
        people = [r for r in people if dist(r) <= reach]
    chosen: list[str] = []
    for r in people:
        if r.entity.id not in chosen and r.entity.id != location:
            chosen.append(r.entity.id)
        if len(chosen) >= limit:
            break
    order = {}
    for r in refs:
        order.setdefault(r.entity.id, r.start)
    return sorted(chosen, key=lambda eid: order.get(eid, 0))


def has_dual_subject(words, lo: int, hi: int, lex: Lexicon, dual_verb: bool = False) -> bool:
    """A dual/plural subject (الرئيسان، الجانبين) or a dual support verb (عقدا) in ``words[lo:hi]``."""
    duals = lex.extra.get("actors", {}).get("_folded")
    if duals is None:
        duals = frozenset(fold(w) for w in lex.extra.get("actors", {}).get("dual_nouns", []))
        lex.extra.setdefault("actors", {})["_folded"] = duals
    for w in words[max(0, lo):hi]:
        if word_in(w.norm, duals) or word_in(w.norm, lex.support_dual):
            return True
    return dual_verb


_SINCE = frozenset({"منذ", "ومنذ"})


def _since(body: str, start: int, text: str) -> bool:
    """Whether منذ stands two to five words before a time expression, in its clause ("منذ توليه منصبه
    في عام 2011"). Right before it, "منذ يومين" says when (two days ago) and is kept."""
    toks = tokenize(body, max(0, start - 60), start)
    for k, t in enumerate(reversed(toks[-5:])):
        if t.kind == "punct":
            return False
        if t.norm in _SINCE:
            return k > 0
    return False


def _noun_after_date(article: Article, sent: tuple[int, int], trigger_end: int, others: tuple[int, ...],
                     lex: Lexicon) -> str | None:
    """The date of a time just after an event noun ([date] noun_after_reach words), in its sentence,
    with no other trigger and no relative clause of another verb between ("الهجوم الكيماوي المشتبه
    بوقوعه في 7 أبريل"، "انعقاد مباحثات بين … الاثنين القادم")."""
    conf = lex.extra.get("date", {})
    reach = int(conf.get("noun_after_reach", 0))
    if not reach:
        return None
    relatives = _folded_list(lex, "date", "relatives")
    occurred = _folded_list(lex, "date", "occurred")
    blockers = _folded_list(lex, "date", "blockers")
    body = article.body
    for t in sorted(article.times, key=lambda t: t.start):
        if t.start < trigger_end or t.end > sent[1] or t.type not in ("DATE", "TIME") or not t.value:
            continue
        if any(trigger_end <= o < t.start for o in others):
            return None  # another event stands between: the time is its own
        words = [w for w in tokenize(body, trigger_end, t.start) if w.kind != "punct"]
        if len(words) > reach:
            return None
        value = t.value[:10]
        if len(value) != 10 or not _DATE_RE.match(value) or _since(body, t.start, t.text):
            return None
        own = [w for w in tokenize(body, t.start, t.end) if w.kind != "punct"][:1]
        if any(word_in(w.norm, blockers) for w in words + own):
            return None
        for k, w in enumerate(words):
            if word_in(w.norm, relatives) and not (k + 1 < len(words) and words[k + 1].norm in occurred):
                return None
        return value
    return None


def pick_date(article: Article, sent: tuple[int, int], trigger_start: int, today: bool,
              clause: tuple[int, int] | None = None, others: tuple[int, ...] = (),
              noun_end: int | None = None, lex: Lexicon | None = None) -> str | None:
    """The date of the sentence's time expression nearest the trigger; else today's for present events.
    A time after منذ is left out: it dates the start of a state, not the event. A time outside the
    trigger's ``clause``, after it, with another trigger (offsets in ``others``) between them dates that
    other event ("قمة سنغافورة … يمكن مقارنتها بزيارة نيكسون إلى الصين في عام 1972"); a time before the
    trigger still dates the events conjoined after the first ("التقى أمس نظيره وبحث معه"). For an event
    noun (``noun_end`` given, with ``lex``), a time just after it wins (``_noun_after_date``)."""
    after = _noun_after_date(article, sent, noun_end, others, lex) \
        if noun_end is not None and lex is not None else None
    nearest = _nearest_date(article, sent, trigger_start, today, clause, others)
    if after and after != nearest:
        article.scratch.setdefault("events.rules", []).append(("date_after_noun", trigger_start))
    return after or nearest


def _nearest_date(article: Article, sent: tuple[int, int], trigger_start: int, today: bool,
                  clause: tuple[int, int] | None, others: tuple[int, ...]) -> str | None:
    body = article.body
    best = None
    for t in article.times:
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        value = t.value[:10]
        if not _DATE_RE.match(value):
            continue
        if t.start >= sent[0] and t.end <= sent[1]:
            if _since(body, t.start, t.text):
                continue  # "منذ توليه منصبه في عام 2011": when a state began, not the event's date
            if t.start > trigger_start and not (clause is not None and clause[0] <= t.start < clause[1]
                                                and len(tokenize(body, trigger_start, t.start)) <= 6) \
                    and any(trigger_start < o < t.start for o in others):
                continue
            d = abs(t.start - trigger_start)
            if best is None or d < best[0]:
                best = (d, value)
    if best:
        return best[1]
    if today and article.published:
        return article.published[:10]
    return None


def _number(text: str) -> float | None:
    try:
        return float(fold(text).replace(",", "").replace("٬", ""))
    except ValueError:
        return None


def _duration_conf(lex: Lexicon) -> dict:
    """The [duration] settings with their folded word lists, built once per lexicon."""
    conf = lex.extra.get("duration", {})
    if "_cues" not in conf:
        conf["_cues"] = frozenset(fold(w) for w in conf.get("cues", []))
        conf["_not"] = frozenset(fold(w) for w in conf.get("not_after", []))
        conf["_units"] = {fold(k): v for k, v in conf.get("units", {}).items()}
        conf["_dual"] = {fold(k): v for k, v in conf.get("dual_units", {}).items()}
    return conf


def pick_duration(article: Article, clause: tuple[int, int], lex: Lexicon) -> float | None:
    """Minutes of a duration in the clause, when a duration word (استمرت، لمدة) introduces it."""
    conf = _duration_conf(lex)
    cues = conf["_cues"]
    words = [t for t in tokenize(article.body, clause[0], clause[1]) if t.kind != "punct"]

    def introduced(k: int) -> bool:
        before = words[max(0, k - 3):k]
        if any(w.norm in conf["_not"] for w in before):
            return False
        # the cue may stand before the event's subject: "استغرقت زيارة ميركل بالكاد ثلاث ساعات"
        return any(word_in(w.norm, cues) for w in words[max(0, k - 5):k])

    # 1. the time layer's durations
    for t in article.times:
        if t.type == "DURATION" and t.minutes and clause[0] <= t.start < clause[1]:
            k = next((i for i, w in enumerate(words) if w.start >= t.start), None)
            if k is not None and introduced(k):
                return _clean(t.minutes)
    # 2. quantities in minutes or hours
    for q in article.quantities:
        if q.unit in ("minute", "hour") and q.value is not None and clause[0] <= q.start < clause[1]:
            k = next((i for i, w in enumerate(words) if w.start >= q.start), None)
            if k is not None and introduced(k):
                return _clean(float(q.value) * (60 if q.unit == "hour" else 1))
    # 3. the clause's own words: a number and a unit, or a dual unit
    for k, w in enumerate(words):
        if w.kind == "num" and k + 1 < len(words):
            unit = words[k + 1].norm
            if unit in conf["_units"] and introduced(k):
                value = _number(w.text)
                if value is not None:
                    return _clean(value * conf["_units"][unit])
        elif w.norm in conf["_dual"] and introduced(k):
            return _clean(conf["_dual"][w.norm])
    return None


def _clean(minutes: float) -> float | int:
    return int(minutes) if float(minutes).is_integer() else minutes


_OWN_REACH = 4  # words after the cue that may hold the length ("استمرت لأكثر من ساعتين")


def own_duration(article: Article, words: list, m, clause: tuple[int, int], lex: Lexicon) -> float | None:
    """The length told right after an event noun by a duration verb ("خلال مباحثات استمرت ساعتين"،
    "بعد مفاوضات استمرت عشرين ساعة"، "معارك دامت ثلاثة أيام"): it is that noun's own, though a word
    before the noun (خلال، بعد) hides it from the clause's reading (``pick_duration``), and it is not
    lent to the other events of the clause. ``words`` are the sentence's word tokens."""
    if m.pos not in ("noun", "phrase") or m.last + 2 >= len(words):
        return None
    cue = words[m.last + 1]
    if cue.norm not in _duration_conf(lex)["_cues"] or cue.start >= clause[1]:
        return None
    end = words[min(len(words) - 1, m.last + 1 + _OWN_REACH)].end
    return pick_duration(article, (cue.start, min(end, clause[1])), lex)
