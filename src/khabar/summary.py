"""Extractive summary: the article's most informative sentences, most important first.

Each sentence gets a score from signals that carry over from English news summarisation and hold in
Arabic news: lead position (news is written as an inverted pyramid), how many entities and events it
holds, whether it carries a quote with a named speaker, and how many title words it shares. Sentences
too short to stand alone (datelines, captions) or that are only a quotation's tail are skipped. The
weights are data (resources/summary.toml).
"""
from __future__ import annotations

import math

from .article import Article
from .pipeline import stage
from .resources import load_toml
from .text import fold, strip_article, tokenize

_DEFAULTS = {"lead": 2.0, "lead_decay": 0.35, "entity": 0.35, "entity_cap": 4, "event": 0.8, "event_cap": 3,
             "quote": 0.6, "title": 2.0, "min_words": 6, "max_sentences": 5, "fraction": 0.3333,
             "negated_event": 0.3}


def _weights() -> dict:
    try:
        conf = load_toml("summary.toml")
    except (OSError, ValueError):
        conf = {}
    out = dict(_DEFAULTS)
    out.update(conf.get("weights", {}))
    out["stopwords"] = frozenset(fold(w) for w in conf.get("stopwords", []))
    return out


def _content_words(text: str, stop: frozenset[str]) -> set[str]:
    out = set()
    for t in tokenize(text):
        if t.kind != "word" or len(t.norm) < 3:
            continue
        w = strip_article(t.norm)
        if t.norm[:1] in "وفب" and len(t.norm) > 4 and t.norm[1:3] == "ال":
            w = strip_article(t.norm[1:])
        if w not in stop and t.norm not in stop:
            out.add(w)
    return out


def score_sentences(article: Article) -> list[float]:
    """One score per sentence of ``article.sentences`` (higher is more important)."""
    w = _weights()
    body = article.body
    n = len(article.sentences)
    title = _content_words(article.title or "", w["stopwords"])
    ents = [0] * n
    for e in article.entities:
        seen = set()
        for m in e.mentions:
            k = article.sentence_of(m.start)
            if k is not None and k not in seen:
                seen.add(k)
                ents[k] += 1
    evs = [0.0] * n
    for ev in article.events:
        if ev.sentence is not None and 0 <= ev.sentence < n:
            evs[ev.sentence] += w["negated_event"] if "negated" in ev.context else 1.0
    quoted = [0] * n
    for q in article.quotes:
        k = article.sentence_of(q.start)
        if k is not None and q.speaker:
            quoted[k] = 1
    scores = []
    for k, (s, e) in enumerate(article.sentences):
        text = body[s:e]
        words = [t for t in tokenize(text) if t.kind == "word"]
        if len(words) < w["min_words"]:
            scores.append(-1.0)
            continue
        score = w["lead"] * math.exp(-w["lead_decay"] * k)
        score += w["entity"] * min(ents[k], w["entity_cap"])
        score += w["event"] * min(evs[k], w["event_cap"])
        score += w["quote"] * quoted[k]
        if title:
            overlap = len(title & _content_words(text, w["stopwords"])) / len(title)
            score += w["title"] * overlap
        scores.append(score)
    return scores


def summarize(article: Article, limit: int | None = None) -> list[int]:
    """Sentence indices, most important first: at most ``max_sentences`` or a third of the article."""
    n = len(article.sentences)
    if n == 0:
        return []
    w = _weights()
    scores = score_sentences(article)
    if limit is None:
        limit = max(1, min(int(w["max_sentences"]), math.ceil(round(n * w["fraction"], 2))))
    ranked = sorted((k for k in range(n) if scores[k] >= 0), key=lambda k: (-scores[k], k))
    if not ranked:  # every sentence is short: keep the lead
        ranked = [0]
    return ranked[:limit]


@stage("summary", requires=("sentences", "entities", "quotes", "events"), provides=("summary",))
def summary_stage(article: Article) -> None:
    try:
        article.summary = summarize(article)
    except Exception as err:  # noqa: BLE001 — a summary is never worth a crash
        article.summary = list(range(min(1, len(article.sentences))))
        article.warnings.append(f"summary: {type(err).__name__}: {err}")
