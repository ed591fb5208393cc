"""What the reading of an article's events keeps per article (settings, entity mentions, the events read so
far) and per sentence (its words, clauses, triggers, quotes, times): the state the steps of ``extract_events``
(``participants``, ``record``) share."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article, Event
from ..text import clauses
from ..text.intervals import IntervalList
from .actors import in_span, mention_refs, own_duration, pick_duration
from .announced import find_announced
from .dedupe import Mention
from .parties import places_only, channels
from .triggers import Lexicon, Match, find_triggers, sentence_words

from .grouping import _clause_index, _folded_set, _is_object, _merge, _merge_block, _supported


@dataclass
class ArticleScope:
    """Settings read once per article and the events read so far (``events``, ``mentions`` and ``dropped`` are
    parallel: ``mentions`` feeds ``fold_repeats``, ``dropped`` holds indices left out of the result)."""
    article: Article
    lex: Lexicon
    body: str
    refs: list
    name_spans: IntervalList
    quotes: list
    only_places: set
    media: set
    media_kept: set
    drop_contexts: set
    drop_back: bool
    standing: set
    act_nouns: frozenset
    links: frozenset
    fresh: frozenset
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)
    seen_types: set[str] = field(default_factory=set)
    type_actors: dict[str, set[str]] = field(default_factory=dict)


def article_scope(article: Article, lex: Lexicon) -> ArticleScope:
    """The per-article settings of the lexicon and the entity layer's mentions."""
    out_conf = lex.extra.get("output", {})
    drop_contexts = set(out_conf.get("drop_contexts", []))
    drop_back = bool(out_conf.get("drop_back_references", False))
    standing = set(out_conf.get("standing_types", []))
    act_nouns = _folded_set(lex, "output", "act_nouns")
    only_places = places_only(article, lex)
    media = channels(article, lex)
    media_kept = set(lex.extra.get("actors", {}).get("channel_kept_types", []))
    body = article.body
    refs = mention_refs(article)
    name_spans = IntervalList((r.start, r.end) for r in refs if r.kind == "name")
    quotes = sorted(((q.start, q.end, q) for q in article.quotes if q.end > q.start), key=lambda x: x[0])
    return ArticleScope(article, lex, body, refs, name_spans, quotes, only_places, media, media_kept,
                        drop_contexts, drop_back, standing, act_nouns, _folded_set(lex, "merge", "links"),
                        _folded_set(lex, "merge", "fresh"))


@dataclass
class SentenceScope:
    """One sentence's words, clauses and triggers (merged, weak ones without support dropped), with per-trigger
    durations, support and object flags; ``seg_lo`` and ``sentence_events`` grow as its triggers are read."""
    k: int
    s: int
    e: int
    words: list
    spans: list
    clause_of: list[int]
    matches: list[Match]
    quote_of: list
    sent_refs: list
    subject_of: dict
    verbal: set[int]
    durations: list
    supported: list
    object_of: list[bool]
    timed: set[int]
    seg_lo: list[int] = field(default_factory=list)
    sentence_events: list[tuple[Event, Match]] = field(default_factory=list)


def sentence_scope(A: ArticleScope, k: int, s: int, e: int, open_quotes: list) -> SentenceScope | None:
    """The triggers of sentence ``k`` ([s, e)) with what their reading needs; None for a sentence without words."""
    article, lex, body, refs, name_spans = A.article, A.lex, A.body, A.refs, A.name_spans
    words = sentence_words(body, s, e)
    if not words:
        return None
    spans = clauses(body, s, e) or [(s, e)]
    clause_of = [_clause_index(spans, w.start) for w in words]
    # a trigger inside a person's or place's name is part of the name (بايدن، عقبة); a participle
    # entry names the act only opening a circumstantial clause ("، منددة بالهجوم"), not as an
    # adjective or a noun inside one ("المتهم"، "كان منتقدا")
    matches = [m for m in find_triggers(words, lex)
               if not name_spans.overlaps(m.start, m.end)
               and (not m.entry.clause_first or (m.first and not m.definite
                                                 and clause_of[m.first - 1] != clause_of[m.first]))]
    quote_of = [next((q for a, b, q in open_quotes if a <= w.start < b), None) for w in words]
    taken = {i for m in matches for i in range(m.first, m.last + 1)}
    sent_refs = in_span(refs, s, e)
    ent_starts = [(r.start, r.entity.id) for r in sent_refs]
    announced = find_announced(words, taken, lex,
                               [q.start if q else -1 for q in quote_of], ent_starts)
    subject_of = {id(m): lo for m, lo in announced}
    matches = sorted(matches + [m for m, _ in announced], key=lambda m: m.first)
    verbal: set[int] = set()
    matches = _merge(matches, clause_of, words, _merge_block(lex), verbal)
    # a length told right after the noun is its own ("خلال مباحثات استمرت ساعتين"); else the clause's
    durations = [own_duration(article, words, m, spans[clause_of[m.first]], lex)
                 or pick_duration(article, spans[clause_of[m.first]], lex) for m in matches]
    busy = {i for x in matches for i in range(x.first, x.last + 1)}
    sent_times = [t for t in article.times if t.start < e and s < t.end]
    timed = {i for i, w in enumerate(words) for t in sent_times
             if t.start <= w.start < t.end or (i + 1 < len(words) and words[i + 1].start == t.start)}
    supported = [_supported(words, m, lex, clause_of, busy, timed) for m in matches]
    keep = [n for n, m in enumerate(matches)
            if not m.entry.weak or (durations[n] is not None and not m.entry.support_only) or supported[n]]
    matches = [matches[n] for n in keep]
    durations, supported = [durations[n] for n in keep], [supported[n] for n in keep]
    object_of = [bool(n) and _is_object(words, matches[n - 1], m, lex, sent_refs, timed)
                 for n, m in enumerate(matches)]
    return SentenceScope(k, s, e, words, spans, clause_of, matches, quote_of, sent_refs, subject_of, verbal,
                         durations, supported, object_of, timed)
