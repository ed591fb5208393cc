"""One event told twice: fold a repeated mention into the first.

News repeats itself: the lead reports what a leader announced, a quote then gives his words
("معلنًا أن سفيري البلدين سيعودان" … "وقال: سفيرا البلدين سيعودان"); a paragraph names an attack and
comes back to it ("أودى تفجير بحياة …" … "ودان الرئيس التفجير"). A later event is the earlier one when

- both are agreements a speaker announced (``announced``) by the same speaker, with the same verb or a
  shared word in what was announced ("ستجريان مشاورات" / "ستبدآن مشاورات"), anywhere in the article; or
- both have the same type and trigger lemma, the later adds no actor (and has some, unless it is a
  definite noun), they sit in one paragraph, no date, place or duration of the two disagree, and both
  are, or both are not, still to come; or
- in another paragraph, the same, with the same actors or none, and the same words after the trigger
  (a lead repeated in the body: "ودعا الأمين العام كل الأطراف إلى الهدوء" … "ودعا غوتيريس في بيانه
  كل الأطراف إلى الهدوء"): three shared content words, four when neither has an actor.

A mention with a word saying it is another one ("منفصل"، "آخر"، "جديد") is never a repeat. The first
mention stays; it takes the actors, place, date and duration the repeat adds.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..article import Event

_SHARED = 3  # content words two mentions in different paragraphs must share after their triggers


@dataclass(slots=True)
class Mention:
    """What the dedupe needs to know of an event's trigger beyond the Event itself."""

    stem: str
    announced: bool
    speaker: str | None
    objects: frozenset[str]  # folded words right after an announced verb: what was announced
    definite: bool = False  # a definite noun (التفجير، لقائه): it points back at a known event
    after: frozenset[str] = frozenset()  # content words after the trigger, outside entity names
    fresh: bool = False  # a word near it says it is another event ("في حادث منفصل")


def paragraph_starts(body: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(body) if c == "\n"]


def _conflict(a: Event, b: Event) -> bool:
    return any(x is not None and y is not None and x != y for x, y in
               ((a.date, b.date), (a.location, b.location), (a.duration_minutes, b.duration_minutes)))


def _same(a: Event, ma: Mention, b: Event, mb: Mention, para_a: int, para_b: int) -> bool:
    if a.type != b.type or mb.fresh or _conflict(a, b):
        return False
    if ma.announced and mb.announced:
        return ma.speaker is not None and ma.speaker == mb.speaker and (
            ma.stem == mb.stem or bool(ma.objects & mb.objects))
    if ma.announced or mb.announced or not ma.stem or ma.stem != mb.stem:
        return False
    if ("future" in a.context) != ("future" in b.context):
        return False
    if para_a != para_b:
        if a.actors or b.actors:
            return bool(set(a.actors) & set(b.actors)) and len(ma.after & mb.after) >= _SHARED
        return len(ma.after & mb.after) >= _SHARED + 1
    # a repeat names no new party; without actors two mentions may be two acts ("تم إيقاف شخص" … "تم
    # إيقاف شخصين") unless the later is a definite noun that points back ("تفجير" … "التفجير")
    if not b.actors:
        return mb.definite
    return set(b.actors) <= set(a.actors)


def _absorb(a: Event, b: Event) -> None:
    a.actors.extend(x for x in b.actors if x not in a.actors)
    a.location = a.location or b.location
    a.date = a.date or b.date
    if a.duration_minutes is None:
        a.duration_minutes = b.duration_minutes


def fold_repeats(events: list[Event], mentions: list[Mention], body: str, dropped: set[int]) -> None:
    """Add to ``dropped`` the index of every event that repeats an earlier kept one, after moving
    what it adds into that one. ``mentions`` runs parallel to ``events``."""
    starts = paragraph_starts(body)
    para = [bisect_right(starts, ev.trigger_start) for ev in events]
    for j, b in enumerate(events):
        if j in dropped:
            continue
        for i in range(j - 1, -1, -1):
            if i in dropped:
                continue
            if _same(events[i], mentions[i], b, mentions[j], para[i], para[j]):
                _absorb(events[i], b)
                dropped.add(j)
                break
