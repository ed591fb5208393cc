"""The document model: one Article flows through every stage.

Every span is a half-open ``[start, end)`` pair of Python ``str`` indices into ``Article.body``.
This module holds data and serialisation only; the stages live in their own modules.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | role | pronoun | implicit

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # PER | ORG | LOC (MISC kept internally, not serialised by default)
    name: str
    name_ar: str
    kb: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    source: str = "kb"  # kb | tagger | cue: which mechanism found it

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name, "name_ar": self.name_ar,
                "kb": self.kb, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    source: str | None = None  # description of an unnamed source ("مصدر مطلع")

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
             "speaker": self.speaker, "cue": self.cue, "cue_start": self.cue_start}
        if self.source:
            d["source"] = self.source
        return d


@dataclass(slots=True)
class Event:
    type: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    duration_minutes: float | None = None
    context: list[str] = field(default_factory=list)  # future | negated | hypothetical | reported
    sentence: int | None = None
    also: list[dict[str, Any]] = field(default_factory=list)  # later tellings folded in (events.retold)

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.type, "mode": self.mode, "actors": list(self.actors),
                "location": self.location, "date": self.date,
                "duration_minutes": self.duration_minutes,
                "trigger": {"start": self.trigger_start, "end": self.trigger_end,
                            "text": self.trigger_text},
                "context": list(self.context), "sentence": self.sentence}
        if self.also:
            out["also"] = [dict(t) for t in self.also]
        return out


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    value: str | None
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    minutes: float | None = None  # for durations

    def to_dict(self) -> dict[str, Any]:
        # The contract's value is a calendar day or null; the full TIMEX3 value (a month, a week,
        # a time of day, a duration such as PT93M) is kept beside it.
        day = self.value[:10] if self.value and _DAY.match(self.value) else None
        d = {"text": self.text, "start": self.start, "end": self.end, "value": day,
             "timex3": self.value, "type": self.type}
        if self.minutes is not None:
            d["minutes"] = self.minutes
        return d


@dataclass(slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "unit": self.unit}


@dataclass(slots=True)
class Removed:
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass(slots=True)
class Article:
    body: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    site: str | None = None
    source_id: str | None = None  # the id of the input (JSONL line id, file name)
    encoding: str | None = None
    removed: list[Removed] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Stage bookkeeping: which layers have been provided (see pipeline.py); and scratch space
    # shared between stages (e.g. the tagger's raw spans), never serialised.
    layers: set[str] = field(default_factory=set)
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return hashlib.sha1(self.body.encode("utf-8")).hexdigest()

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (binary search; sentences are sorted)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if offset < s:
                hi = mid - 1
            elif offset >= e:
                lo = mid + 1
            else:
                return mid
        return None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "published": self.published,
            "body": self.body,
            "removed": [r.to_dict() for r in self.removed],
            "sentences": [[s, e] for s, e in self.sentences],
            "entities": [e.to_dict() for e in self.entities if e.type in ("PER", "ORG", "LOC")],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "times": [t.to_dict() for t in self.times],
            "quantities": [q.to_dict() for q in self.quantities],
            "summary": list(self.summary),
        }
        for key in ("dateline", "url", "site", "source_id", "encoding"):
            value = getattr(self, key)
            if value:
                d[key] = value
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d
