"""Speaker of a subjectless cue when no earlier quote gives one: the subject of the sentence before.

"ورفض ماكرون كشف التفاصيل. لكنه أكد أن …" and "وصل الوزير إلى القاهرة. وقال: …" continue the
person the previous sentence is about, not a quoted speaker. That person is the first PER mention
that opens the sentence (SVO) or follows its main verb (VSO), within a few words of its start; a
verb before it must agree with the cue in gender (رفضت is not continued by أكد).
"""
from __future__ import annotations

import re

from ..article import Article
from ..text import fold
from .cues import folded_set, settings

_WORD = re.compile(r"\w+")


def sentence_subject(article: Article, pos: int, g: str, num: str) -> str | None:
    """Entity id of the person the sentence before the cue at ``pos`` is about, or None."""
    if num in ("d", "p") or not article.sentences or not article.entities:
        return None
    i = article.sentence_of(pos)
    if i is None:
        return None
    s, _ = article.sentences[i]
    # (a cue inside its sentence, "وصل الوزير وقال: …", reads that sentence up to the cue)
    lead = [w for w in _WORD.findall(fold(article.body[s:pos]))]
    if len(lead) > _lead_words():
        span = (s, pos)
    elif i > 0:
        span = article.sentences[i - 1]
    else:
        return None
    return _subject_in(article, span, g)


def _lead_words() -> int:
    # words that may stand before a subjectless cue at a sentence start ("لكنه", "وفي المقابل")
    return int(settings().get("fallback", {}).get("lead_words", 2))


def _subject_in(article: Article, span: tuple[int, int], g: str) -> str | None:
    s, e = span
    body = article.body
    # (a dateline "باريس - " is not part of the sentence)
    dash = re.match(r"[^\n.]{0,40}?\s[-\u2013\u2014]\s", body[s:e])
    if dash:
        s += dash.end()
    mentions = sorted(((m.start, ent) for ent in article.entities for m in ent.mentions
                       if s <= m.start < e), key=lambda x: x[0])  # (two may start together)
    # The first clause that names anyone decides: "يشار إلى أنه، إثر افتتاح الاجتماعات، عقد
    # الوزير، خميس الجهيناوي، لقاء …" is about the minister; an organisation there means the
    # sentence is not about a person.
    for a, b in _clauses(body, s, e):
        inside = [(p, ent) for p, ent in mentions if a <= p < b]
        if inside:
            return _qualifies(body, a, inside[0][0], inside[0][1], g)
    return None


def _clauses(body: str, s: int, e: int) -> list[tuple[int, int]]:
    out, a = [], s
    for m in re.finditer(r"[\u060c,;\u061b]", body[s:e]):
        out.append((a, s + m.start()))
        a = s + m.end()
    out.append((a, e))
    return out


def _qualifies(body: str, a: int, start: int, ent, g: str) -> str | None:
    """The person mention at ``start`` is the clause's subject: a person, within a few words of
    the clause start, not after a preposition, after a verb of the cue's gender if any."""
    if ent.type != "PER":
        return None
    window = int(settings().get("fallback", {}).get("window", 6))
    before = _WORD.findall(body[a:start])
    if len(before) > window:
        return None
    if before and fold(before[-1]) in folded_set("fallback", "blocked_before"):
        return None
    if before and g:
        verb = fold(before[0])
        if verb.startswith("ال"):
            return ent.id  # a title, not a verb: no gender to read
        for p in ("و", "ف"):
            if verb.startswith(p) and len(verb) > 3:
                verb = verb[1:]
                break
        if (g == "f") != verb.endswith("ت"):
            return None
    return ent.id
