"""Who said what: direct, partial and indirect quotes with their speakers.

cues.py finds speech cues (a lexicon in resources/cues.toml), marks.py pairs quotation marks,
spans.py decides where each quote starts and ends and of what kind, speakers.py maps the cue's
subject to an entity of the entity stage. This module ties them together as the "quotes" stage.
"""
from __future__ import annotations

from ..article import Article, Entity, Mention, Quote
from ..pipeline import stage
from ..text import fold
from .cues import folded_set, settings
from .spans import Draft, Finder

__all__ = ["find_quotes", "quotes_stage"]


def find_quotes(article: Article, add_entities: bool = True) -> list[Quote]:
    """Quotes of ``article`` (needs ``body``; uses ``sentences`` and ``entities`` when present).

    With ``add_entities``, a speaker named in a cue's subject that the entity stage did not find
    is added to ``article.entities`` (source "cue"), so the quote is not left without a speaker.
    """
    if not article.body or not article.body.strip():
        return []
    finder = Finder(article)
    drafts = finder.run()
    subjects = [(pos, subj) for pos, subj in finder.events]
    subjects += [(d.cue_start if d.cue_start is not None else d.start, d.subject) for d in drafts
                 if d.subject is not None]
    subjects.sort(key=lambda x: x[0])
    if add_entities:
        _cue_entities(article, subjects)
    return _attribute(article, drafts, subjects)


def _cue_entities(article: Article, subjects: list) -> None:
    """Entities for unresolved subject phrases, one per phrase; a later phrase that shares a
    word with an earlier one (a surname: "بارلي" after "فلورانس بارلي") joins it."""
    cfg = settings()["cue_entities"]
    max_words = int(cfg.get("max_words", 4))
    org_heads = folded_set("cue_entities", "org_heads")
    made: list[tuple[set[str], Entity]] = []
    n = 0
    used = {e.id for e in article.entities}
    seen = set()
    for _, subj in subjects:
        if id(subj) in seen or subj.entity or subj.source or not subj.phrase:
            continue
        seen.add(id(subj))
        s, e = subj.phrase
        words = article.body[s:e].split()[:max_words]
        if not words or not any(ch.isalpha() for ch in "".join(words)):
            continue
        e = s + len(" ".join(words)) if article.body[s:e].startswith(" ".join(words)) else e
        text = article.body[s:e]
        keys = {fold(w).lstrip("#") for w in words if len(w) > 2}
        ent = next((x for k, x in made if k & keys), None)
        if ent is None:
            n += 1
            while f"q{n}" in used:
                n += 1
            typ = "ORG" if fold(words[0]).lstrip("وف") in org_heads or fold(words[0]) in org_heads else "PER"
            name = " ".join(w.lstrip("#").replace("_", " ") for w in words)
            ent = Entity(f"q{n}", typ, name, name, None, [], source="cue")
            article.entities.append(ent)
            used.add(ent.id)
            made.append((keys, ent))
        else:
            for k, x in made:
                if x is ent:
                    k |= keys
        ent.mentions.append(Mention(s, e, text, "name"))
        subj.entity = ent.id


def _attribute(article: Article, drafts: list[Draft], subjects: list) -> list[Quote]:
    """Speakers in reading order: a quote without a subject of its own continues the last
    speaker named before it (وأضاف، مضيفا، وتابع بالقول), if that is not too far back."""
    out: list[Quote] = []
    body = article.body
    named = [(pos, s.entity, s.source) for pos, s in subjects if s.entity or s.source]
    for d in drafts:
        speaker = source = None
        subj = d.subject
        pos = d.cue_start if d.cue_start is not None else d.start
        if subj is not None and (subj.entity or subj.source):
            speaker, source = subj.entity, subj.source
        elif d.continuation:
            prev = [x for x in named if x[0] < pos]
            if subj is not None and subj.anaphor:
                prev = _anaphor_candidates(article, prev, subj.anaphor)
            if prev and _near(body, prev[-1][0], pos):
                speaker, source = prev[-1][1], prev[-1][2]
        out.append(Quote(text=body[d.start:d.end], start=d.start, end=d.end, kind=d.kind,
                         speaker=speaker, cue=d.cue_text, cue_start=d.cue_start, source=source))
    out.sort(key=lambda q: q.start)
    return out


def _anaphor_candidates(article: Article, prev: list, head: str) -> list:
    """Earlier speakers a definite head can point to: people whose mentions use the head's word
    ("وزيرة الدفاع" for "الوزيرة"), else any person."""
    stem = head[2:] if head.startswith("ال") else head
    people = [x for x in prev if x[1] and (article.entity(x[1]) or Entity("", "", "", "")).type == "PER"]
    same = [x for x in people if any(stem[:-1] in fold(m.text) for m in article.entity(x[1]).mentions)]
    return same or people


def _near(body: str, prev_end: int, start: int) -> bool:
    """Continuation reaches at most two paragraph breaks back."""
    if prev_end < 0:
        return False
    return body.count("\n", prev_end, start) <= 4


@stage("quotes", requires=("sentences", "entities"), provides=("quotes",))
def quotes_stage(article: Article) -> None:
    try:
        article.quotes = find_quotes(article)
    except Exception as err:  # a bug here must not lose the rest of the record
        article.quotes = []
        article.warnings.append(f"quotes: {type(err).__name__}: {err}")
