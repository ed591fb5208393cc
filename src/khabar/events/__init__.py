"""Events in the PLOVER ontology, read from the Arabic.

For each sentence: find triggers (lexicon in resources/events.toml, see ``triggers``), add agreements
announced by a speaker (``announced``), merge the triggers that name one event (a verb and its noun,
"جولة محادثات", a killing and the attack that caused it), then read each event's context (negated,
future, hypothetical, reported), actors and location from the entity layer, date from the time layer
and duration from its clause (``actors``). An event without actors in its sentence takes the
article's two main actors when a dual subject stands for them ("وعقدا الرئيسان"), else the actors of
the same kind of event in the two sentences before ("انعقدت الجولة الموسعة").
"""
from __future__ import annotations

from ..article import Article, Event
from ..pipeline import stage
from ..text import clauses, fold
from .actors import (has_dual_subject, in_span, main_actors, mention_refs, pick_actors, pick_date,
                     pick_duration, pick_location)
from .announced import ANNOUNCED, find_announced
from .context import consult_mode, event_context
from .triggers import Lexicon, Match, find_triggers, load_lexicon, sentence_words, word_in

__all__ = ["events_stage", "extract_events", "load_lexicon"]

_MERGE_GAP = 3  # words between two triggers of one type that still name one event


def _clause_index(spans: list[tuple[int, int]], offset: int) -> int:
    for k, (a, b) in enumerate(spans):
        if a <= offset < b:
            return k
    return len(spans) - 1


def _merge_block(lex: Lexicon) -> frozenset[str]:
    conf = lex.extra.setdefault("merge", {})
    if "_folded" not in conf:
        conf["_folded"] = frozenset(fold(w) for w in conf.get("block", []))
    return conf["_folded"]


def _supported(words, m: Match, lex: Lexicon) -> bool:
    """A weak trigger stands when a support verb (عقد، انعقدت، أجرى) is just before it."""
    return any(word_in(w.norm, lex.support) for w in words[max(0, m.first - 2):m.first])


def _merge(matches: list[Match], clause_of: list[int], words=(), block: frozenset[str] = frozenset()
           ) -> list[Match]:
    """One event per trigger group: drop weak triggers beside a strong one of the same type, and
    fold a trigger into the previous one of its type in the same clause when they stand close."""
    strong_types = {m.type for m in matches if not m.entry.weak}
    kept = [m for m in matches if not (m.entry.weak and m.type in strong_types)]
    out: list[Match] = []
    for m in kept:
        prev = next((p for p in reversed(out) if p.type == m.type), None)
        if prev is not None and clause_of[prev.last] == clause_of[m.first] and \
                m.first - prev.last - 1 <= _MERGE_GAP and \
                not any(word_in(w.norm, block) for w in words[prev.last + 1:m.first]):
            continue
        out.append(m)
    return out


def extract_events(article: Article, lex: Lexicon | None = None) -> list[Event]:
    """Events of an article whose sentences, entities, times, quantities and quotes are filled."""
    lex = lex or load_lexicon()
    body = article.body
    refs = mention_refs(article)
    name_spans = [(r.start, r.end) for r in refs if r.kind == "name"]
    quotes = sorted(((q.start, q.end, q) for q in article.quotes if q.end > q.start), key=lambda x: x[0])
    events: list[Event] = []
    for k, (s, e) in enumerate(article.sentences):
        words = sentence_words(body, s, e)
        if not words:
            continue
        spans = clauses(body, s, e) or [(s, e)]
        clause_of = [_clause_index(spans, w.start) for w in words]
        # a trigger inside a person's or place's name is part of the name (بايدن، عقبة)
        matches = [m for m in find_triggers(words, lex)
                   if not any(a < m.end and m.start < b for a, b in name_spans)]
        quote_of = [next((q for a, b, q in quotes if a <= w.start < b), None) for w in words]
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        ent_starts = [(r.start, r.entity.id) for r in in_span(refs, s, e)]
        announced = find_announced(words, taken, lex,
                                   [q.start if q else -1 for q in quote_of], ent_starts)
        subject_of = {id(m): lo for m, lo in announced}
        matches = sorted(matches + [m for m, _ in announced], key=lambda m: m.first)
        matches = _merge(matches, clause_of, words, _merge_block(lex))
        durations = [pick_duration(article, spans[clause_of[m.first]], lex) for m in matches]
        keep = [n for n, m in enumerate(matches)
                if not m.entry.weak or durations[n] is not None or _supported(words, m, lex)]
        matches, durations = [matches[n] for n in keep], [durations[n] for n in keep]
        seg_lo: list[int] = []
        for n, m in enumerate(matches):
            duration = durations[n]
            quote = quote_of[m.first]
            lo = matches[n - 1].end if n else s
            if m.entry is ANNOUNCED:
                lo = words[subject_of[id(m)]].start
            elif n and m.first - matches[n - 1].last <= 2:
                lo = seg_lo[n - 1]  # a noun right after another trigger shares its subject
            seg_lo.append(lo)
            hi = matches[n + 1].start if n + 1 < len(matches) else e
            if quote is not None:
                lo, hi = max(lo, quote.start), min(hi, quote.end)
            seg = in_span(refs, lo, hi)
            location = pick_location(article, seg, m.start, lex)
            actors = pick_actors(article, seg, (m.start, m.end), location, lex)
            if m.entry is ANNOUNCED:
                actors = [a for a in actors if a != location]
                if not actors:
                    actors = main_actors(article, 2, ("PER",)) or main_actors(article, 2, ("LOC", "ORG"))
                if quote is not None and quote.speaker and quote.speaker not in actors:
                    actors.insert(0, quote.speaker)
            elif not actors:
                first_word = next((i for i, w in enumerate(words) if w.start >= lo), m.first)
                if has_dual_subject(words, first_word, m.first, lex, m.dual):
                    actors = main_actors(article, 2)
                else:
                    actors = _inherit(events, m.type, k)
            context = event_context(words, m, clause_of, lex, reported=quote is not None)
            if m.entry is ANNOUNCED and "reported" not in context:
                context.append("reported")
            today = any(w.norm == "اليوم" for w in words) or (
                m.pos == "present" and "future" not in context and quote is None)
            date = pick_date(article, (s, e), m.start, today and "future" not in context)
            events.append(Event(
                type=m.type, trigger_start=m.start, trigger_end=m.end, trigger_text=body[m.start:m.end],
                mode=consult_mode(words, m, lex) if m.type == "CONSULT" else m.entry.mode,
                actors=actors, location=location, date=date, duration_minutes=duration,
                context=context, sentence=k))
    return events


def _inherit(events: list[Event], type_: str, sentence: int) -> list[str]:
    """Actors of the latest event of the same type in the two sentences before."""
    for ev in reversed(events):
        if ev.sentence is not None and sentence - ev.sentence > 2:
            break
        if ev.type == type_ and ev.actors:
            return list(ev.actors)
    return []


@stage("events", requires=("sentences", "entities", "times", "quantities", "quotes"), provides=("events",))
def events_stage(article: Article) -> None:
    """Fill ``article.events``; a failure leaves the layer empty with a warning, never an exception."""
    try:
        article.events = extract_events(article)
    except Exception as err:  # noqa: BLE001 — bad input must not stop the pipeline
        article.events = []
        article.warnings.append(f"events: {type(err).__name__}: {err}")
