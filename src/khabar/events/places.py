"""Where an event happened, refined: the place placed relative to another names the spot.

"قبالة ميناء درنة شمال شرق ليبيا"، "على دوما قرب دمشق"، "في مالي قرب الحدود مع النيجر": a place followed
by a word that locates it relative to a second place (north of, near, the border with) is where it
happened; the second place is only a landmark. When the location read so far is such a landmark, the
place named just before it takes its stead.
"""
from __future__ import annotations

from ..article import Article
from ..text import fold, tokenize
from .actors import Ref, _folded_list, is_locative
from .triggers import Lexicon

_MAX_GAP = 4  # relation words between the place and its landmark ("شمال شرق"، "بالقرب من الحدود مع")


def landmark_place(article: Article, refs: list[Ref], location: str | None, trigger: tuple[int, int],
                   actors: list[str], lex: Lexicon) -> str | None:
    """The place that ``location`` only locates, or None. ``refs`` are the sentence's mentions; the
    landmark mention taken is the first after the trigger, else the last before it. The words between
    the two places must all be [location] relation words (a comma may stand before them), so "دوما
    ودمشق" (two places) or "من دمشق إلى حلب" never qualify; the place must not be one of the event's
    ``actors``."""
    if location is None:
        return None
    relation = _folded_list(lex, "location", "relation")
    if not relation:
        return None
    marks = [r for r in refs if r.entity.id == location]
    if not marks:
        return None
    # the mention the location was read from: the first after the trigger, else the last before it
    # (as pick_location reads places)
    after = [r for r in marks if r.start >= trigger[1]]
    mark = after[0] if after else marks[-1]
    before = [r for r in refs if r.end <= mark.start and r.entity.type == "LOC"
              and r.entity.id not in (location, *actors)]
    if not before:
        return None
    place = before[-1]
    if any(place.end <= r.start < mark.start for r in refs):
        return None  # another name stands between
    toks = tokenize(article.body, place.end, mark.start)
    words = [t for t in toks if t.kind != "punct"]
    if any(t.kind == "punct" and t.text not in ",،" for t in toks):
        return None
    # the bare words only: "بين آسيا الوسطى وشرق إفريقيا" coordinates two places
    if not words or len(words) > _MAX_GAP or not all(w.norm in relation for w in words):
        return None
    if any(t.kind == "punct" for t in toks) and toks[0].kind != "punct":
        return None  # a comma only right after the place: "دوما، قرب دمشق"
    return place.entity.id



_WITNESS_SUBJECT_GAP = 4  # words between the verb and its place subject ("شهدت ساحات المسجد الأقصى")
_WITNESS_REACH = 10  # words between the place subject (or the verb) and the event noun
_WITNESS_LINKS = 3  # words between a place told first and its verb ("وكانت إيران قد شهدت"، "البصرة التي تشهد")


def witnessed_at(body: str, words: list, m, refs: list[Ref], others: list[tuple[int, int]], location: str | None,
                 lex: Lexicon) -> tuple[str, set[str]] | None:
    """The place that "witnessed" the event ("شهدت تركيا أمس 4 هجمات"، "ويشهد الأردن منذ الأربعاء
    احتجاجات"، "وكانت الكويت قد شهدت هجوما انتحاريا"، "محافظة البصرة التي تشهد موجة احتجاجات"): a verb of
    witnessing ([location] witness_verbs) whose subject is a place and whose object is the event noun
    ``m``. Such a subject is where it happened and no party: it returns (the place, the subject's place
    mentions); a single place named after the noun stays the location (``_spot_within``). The subject follows the verb within a few words with no other name before it, or stands
    right before it (only [location] witness_links between); no other trigger (``others``, body spans)
    and no sentence punctuation may stand between the verb and the event noun, and no person or
    organisation between the subject and the noun ("شهد الرئيس مراسم"، "شهدت المملكة زيارة الوزير"
    keeps the visitor: names after the noun are not read here)."""
    if m.pos not in ("noun", "phrase"):
        return None
    verbs = _folded_list(lex, "location", "witness_verbs")
    links = _folded_list(lex, "location", "witness_links")
    if not verbs:
        return None

    def is_verb(w) -> bool:
        return w.norm in verbs or (w.norm[:1] in "وف" and w.norm[1:] in verbs)

    lo = max(0, m.first - _WITNESS_SUBJECT_GAP - _WITNESS_REACH - 2)
    v = next((k for k in range(m.first - 1, lo - 1, -1) if is_verb(words[k])), None)
    if v is None:
        return None
    gap = body[words[v].end:words[m.first].start]
    if any(c in gap for c in ".!?؟:;\n") or any(words[v].end <= a < words[m.first].start for a, _ in others):
        return None
    between = [r for r in refs if words[v].end <= r.start and r.end <= words[m.first].start]
    stops = _folded_list(lex, "location", "witness_stops")
    joins = _folded_list(lex, "location", "between")
    subject: list[Ref] = []
    if between and between[0].entity.type == "LOC":
        # verb first: the place follows within a few words ("شهدت مدن السلط وإربد احتجاجات"), with no
        # clause of its own before it ("شهدت العملية التي تطلق عليها أنقرة اسم"، "العلاقات بين فنزويلا")
        head = [w for w in words[v + 1:m.first] if w.end <= between[0].start]
        if len(head) > _WITNESS_SUBJECT_GAP or any(w.norm in stops or w.kind == "num" for w in head) \
                or any(c in body[words[v].end:between[0].start] for c in "()[]:.!?؟"):
            return None
        subject = [between[0]]
        for r in between[1:]:
            gap = [w for w in body[subject[-1].end:r.start].replace("،", " ").replace(",", " ").split()]
            if r.entity.type != "LOC" or not all(w == "و" or fold(w) in joins for w in gap):
                break
            subject.append(r)
    elif not between:
        # place first: "درنة تشهد معارك"، "وكانت إيران قد شهدت"، "البصرة التي تشهد"
        k = v - 1
        while k >= 0 and v - k <= _WITNESS_LINKS and words[k].norm in links:
            k -= 1
        if k < 0:
            return None
        place = next((r for r in refs if r.start <= words[k].start < r.end), None)
        if place is None or place.entity.type != "LOC" or any(c in body[place.end:words[v].start] for c in ".!?؟:;،,\n"):
            return None
        subject = [place]
    if not subject:
        return None
    last = max(r.end for r in subject) if subject[0].start > words[v].start else words[v].end
    if len([w for w in words[v + 1:m.first] if w.start >= last]) > _WITNESS_REACH:
        return None
    if any(r.start >= last and (r.entity.type != "LOC" or not is_locative(body, r, lex)) for r in between):
        return None  # a party named between ("شهدت مصر زيارة الوزير X"، "توترا، فواشنطن تفرض عقوبات")
    return _spot_within(body, refs, m, location) or subject[0].entity.id, {r.entity.id for r in subject}


def _spot_within(body: str, refs: list[Ref], m, location: str | None) -> str | None:
    """``location`` when it is one place named after the event noun ("شهدت إسطنبول إطلاق نار قرب
    القنصلية في حي ساريير": the spot inside the witnessing place); None when it is one of a list ("شهدت
    تركيا 4 هجمات … في إسطنبول وشرناق": the witnessing place sums them up) or told before the noun."""
    after = [r for r in refs if r.start >= m.end]
    mark = next((i for i, r in enumerate(after) if r.entity.id == location), None)
    if mark is None:
        return None
    nxt = after[mark + 1] if mark + 1 < len(after) else None
    if nxt is not None and nxt.entity.type == "LOC" and body[after[mark].end:nxt.start].strip(" ،,") in ("و", ""):
        return None
    return location
