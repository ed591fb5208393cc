"""One happening told more than once becomes one event.

News tells its main event in the lead and again further down ("التقى ترامب وكيم في سنغافورة" …
"وخلال القمة التي عقدها الزعيمان …"), and a sentence may name one happening with two triggers
("وسيجتمع الزعيمان في هلسنكي لإجراء محادثات يوم الاثنين"). The events stage reads each trigger in its
own sentence, so the record held the same meeting two or three times, each copy with part of what
the article says (one the place, another the date). An analyst counting meetings between two
countries wants one row per meeting with everything known about it.

Two events are one when they have a type listed in ``event_coreference.toml`` (meetings and
agreements), the same type and mode, the same actors, the same future / negated / hypothetical
context, and nothing that disagrees (date, place, duration). Other types stay apart even within one
sentence: "جمدت السعودية التعاملات … وطردت سفيرها" is two sanctions, and a second attack or a second
condemnation by the same actor is more often another incident or another statement. The first
telling is kept; what it lacks (place, date, duration) is taken from the later ones, whose triggers
are listed under ``also``.
"""
from __future__ import annotations

from ..article import Article, Event
from ..pipeline import stage
from ..resources import load_toml

_CONTEXT_FLAGS = ("future", "negated", "hypothetical")


def _retold_types() -> frozenset[str]:
    return frozenset(load_toml("event_coreference.toml").get("types", []))


def _flags(ev: Event) -> frozenset[str]:
    return frozenset(c for c in ev.context if c in _CONTEXT_FLAGS)


def _agree(a, b) -> bool:
    return a is None or b is None or a == b


def same_happening(first: Event, later: Event, types: frozenset[str]) -> bool:
    """Whether ``later`` tells the happening ``first`` told (see the module docstring)."""
    if first.type not in types or first.type != later.type or first.mode != later.mode or not first.actors:
        return False
    if set(first.actors) != set(later.actors) or _flags(first) != _flags(later):
        return False
    return (_agree(first.date, later.date) and _agree(first.location, later.location)
            and _agree(first.duration_minutes, later.duration_minutes))


def _absorb(kept: Event, later: Event) -> None:
    kept.date = kept.date or later.date
    kept.location = kept.location or later.location
    if kept.duration_minutes is None:
        kept.duration_minutes = later.duration_minutes
    kept.also.append({"start": later.trigger_start, "end": later.trigger_end,
                      "text": later.trigger_text, "sentence": later.sentence})
    kept.also.extend(later.also)


def merge_retold(events: list[Event]) -> list[Event]:
    """The events with every later telling of a happening folded into its first telling."""
    types = _retold_types()
    kept: list[Event] = []
    for ev in sorted(events, key=lambda e: e.trigger_start):
        into = next((k for k in kept if same_happening(k, ev, types)), None)
        if into is None:
            kept.append(ev)
        else:
            _absorb(into, ev)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


@stage("event_coreference", requires=("events",), provides=("events",))
def event_coreference_stage(article: Article) -> None:
    article.events = merge_retold(article.events)
