"""Who said what: direct, partial and indirect quotes with their speakers.

cues.py finds speech cues (a lexicon in resources/cues.toml), marks.py pairs quotation marks,
spans.py decides where each quote starts and ends and of what kind, speakers.py maps the cue's
subject to an entity of the entity stage. This module ties them together as the "quotes" stage.
"""
from __future__ import annotations

import re

from ..article import Article, Entity, Quote
from ..pipeline import stage
from ..text import fold
from .cues import folded_set
from .antecedents import earlier_referent, honorific_candidates, role_holder, role_in_source, role_only
from .cataphora import name_sources
from .canonical import canonical_speaker
from .cue_entities import cue_entities
from .described import described_person
from .fallback import sentence_subject
from .spans import Draft, Finder
from .speakers import SAME
from .statements import STATEMENT

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
        cue_entities(article, subjects)
    quotes = _attribute(article, drafts, subjects, finder.issuers())
    name_sources(article, quotes, subjects)
    return quotes


def _attribute(article: Article, drafts: list[Draft], subjects: list,
               issuers: list[tuple[int, str]] = ()) -> list[Quote]:
    """Speakers in reading order. A quote without a subject of its own continues the speaker of
    the quote (or the named subject of a cue) just before it — "وأضاف"، "مضيفا"، "وتابع بالقول" —
    if that is not too far back and agrees with the cue in gender and number ("تقول" is not the
    man quoted last; "قالتا" is no single person)."""
    out: list[Quote] = []
    body = article.body
    drafted = {id(d.subject) for d in drafts if d.subject is not None}
    timeline = [(pos, 1, None, s) for pos, s in subjects if id(s) not in drafted]
    timeline += [(d.cue_start if d.cue_start is not None else d.start, 0, d, d.subject) for d in drafts]
    timeline.sort(key=lambda x: (x[0], x[1]))
    history: list[tuple[int, str | None, str | None, str, str]] = []  # pos, speaker, source, g, n
    gender: dict[str, str] = {}
    chain: list[tuple[Quote, str | None, bool]] = []  # quote, unnamed source, singular source
    canon: dict = {}
    referents: dict = {}
    for pos, _, d, subj in timeline:
        form = d.cue.form if d is not None and d.cue is not None else None
        g, num = (form.gender, form.number) if form else ("", "")
        speaker = source = None
        explicit = subj is not None and (subj.entity or subj.source)
        if explicit:
            speaker, source = subj.entity, subj.source
            if speaker is None and source:
                speaker = None if _kin(source) else role_in_source(article, source, pos)
                if speaker is None and role_only(source):
                    # "وقال وزير الخارجية البولوني" after the minister was named with that role
                    speaker = role_holder(article, source, pos)
                if speaker is None and not _kin(source):
                    # "وقال المسؤول الكوري الشمالي": the one North Korean the article introduced
                    speaker = described_person(article, source, pos, tuple(h[1] for h in history if h[1]))
                source = None if speaker else source
            key = speaker or source
            # (a verb whose speaker follows عن agrees with the reporter: "ونقلت تقارير عن الرئيس")
            if key and key not in gender and num == "s" and not (form and form.source_after):
                if subj.gender or g:
                    gender[key] = subj.gender or g
        elif d is not None and d.continuation:
            chosen = None
            cands = history
            if subj is not None and subj.anaphor == STATEMENT:
                cands = _statement_candidates(article, history, issuers, pos)
            elif subj is not None and subj.anaphor == SAME:
                cands = history
            elif subj is not None and subj.anaphor in folded_set("subject", "former") | \
                    folded_set("subject", "latter"):
                cands = _ordinal_candidates(article, pos, subj.anaphor in folded_set("subject", "former"))
            elif subj is not None and subj.anaphor in folded_set("subject", "honorific_pronouns"):
                cands = honorific_candidates(article, history, pos)
            elif subj is not None and subj.anaphor:
                cands = _anaphor_candidates(article, history, subj.anaphor)
            for prev in reversed(cands):
                if not _near(body, prev[0], pos):
                    break
                # (the statement noun, not its issuer, agrees with the verb: "وأضاف البيان")
                stated = subj is not None and subj.anaphor in (STATEMENT, SAME)
                if _agrees(article, prev, "" if stated else g, num, gender):
                    speaker, source = prev[1], prev[2]
                    chosen = prev[0]
                    break
            if (subj is None or not subj.anaphor) and not _local(article, chosen, pos):
                # no speaker in this paragraph or the sentence before to continue: the person
                # the sentence before is about ("ورفض ماكرون كشف التفاصيل. لكنه أكد أن …")
                fallback = sentence_subject(article, pos, g, num)
                if fallback:
                    speaker, source = fallback, None
        speaker = earlier_referent(article, speaker, pos, referents)
        if speaker or source:
            history.append((pos, speaker, source, g, num))
        if d is None:
            continue
        q = Quote(text=body[d.start:d.end], start=d.start, end=d.end, kind=d.kind,
                  speaker=canonical_speaker(article, speaker, canon),
                  cue=d.cue_text, cue_start=d.cue_start, source=source)
        out.append(q)
        _name_back(article, chain, q, d, subj, explicit)
    out.sort(key=lambda q: q.start)
    return out


def _kin(source: str) -> bool:
    """"زوجة الرئيس السوري": a relative described by the person, who is not the speaker."""
    words = source.split()
    return bool(words) and fold(words[0]) in folded_set("subject", "kin_of")


def _agrees(article: Article, prev: tuple, g: str, num: str, gender: dict[str, str]) -> bool:
    """Can a cue of gender ``g`` and number ``num`` continue the speaker ``prev``?"""
    _, speaker, source, pg, pnum = prev
    ent = article.entity(speaker) if speaker else None
    if num in ("d", "p"):
        # a pair or group: never one person
        return not (ent is not None and ent.type == "PER") and (pnum in ("d", "p", "") or source is not None)
    if ent is not None and ent.type == "PER" and pnum in ("d", "p"):
        return False
    known = gender.get(speaker or source or "")
    # (a place or organisation keeps the gender its own verb gave it: "وتقول واشنطن" is not
    # continued by "وأضاف")
    if g and known and known != g and pg != g:
        # (unless the verb just before agreed as this one does: "وأضاف البيان … واصفاً": the
        # statement, not its issuing ministry, is the grammatical subject)
        return False
    return True


def _name_back(article: Article, chain: list, q: Quote, d: Draft, subj, explicit: bool) -> None:
    """"وقال شاهد عيان إنه …". وأضاف: "…". وتابع توم رويل: "…"": a continuing cue that names
    its speaker names the unnamed single source it continues, back to where that source began."""
    single = folded_set("unnamed", "name_may_follow")
    if explicit and q.source and not q.speaker:
        first = fold(q.source.split()[0]) if q.source.split() else ""
        chain[:] = [(q, q.source, first in single)]
        return
    if not explicit and chain and q.source == chain[-1][1] and not q.speaker:
        chain.append((q, q.source, chain[-1][2]))
        return
    if explicit and q.speaker and d.cue is not None and d.cue.form.continues and chain and chain[0][2]:
        ent = article.entity(q.speaker)
        if ent is not None and ent.type == "PER":
            for earlier, _, _ in chain:
                earlier.speaker, earlier.source = q.speaker, None
    chain.clear()


def _statement_candidates(article: Article, prev: list, issuers=(), pos: int = 0) -> list:
    """Earlier speakers a bare "البيان" can be: those whose sentence spoke of a statement ("قال
    البيت الأبيض في بيان"), and issuers named with a statement outside any cue ("جاء ذلك في
    بيان صادر عن X"); every earlier speaker when there is none."""
    words = folded_set("statements", "mentions")
    body = article.body
    out = []
    for x in prev:
        i = article.sentence_of(x[0])
        s, e = article.sentences[i] if i is not None else (x[0], min(len(body), x[0] + 200))
        if any(w in words for w in re.findall(r"\w+", fold(body[s:e]))):
            out.append(x)
    # (an issuer in the sentence of a speaker who spoke "في بيان" is only where it went out:
    # "وقال البنك في بيان لبورصة الكويت"، "ذكر الوزير في بيان نشرته الوكالة")
    spoke = {article.sentence_of(x[0]) for x in prev}
    out += [(at, eid, None, "", "s") for at, eid in issuers
            if at < pos and article.sentence_of(at) not in spoke]
    out.sort(key=lambda x: x[0])
    return out or prev


def _ordinal_candidates(article: Article, pos: int, former: bool) -> list:
    """"الأول" / "الثاني": the earlier or the later of the two people last named before ``pos``
    (as history rows: pos, speaker, source, gender, number)."""
    last: dict[str, int] = {}
    for ent in article.entities:
        if ent.type != "PER":
            continue
        starts = [m.start for m in ent.mentions if m.kind == "name" and m.start < pos]
        if starts:
            last[ent.id] = max(starts)
    two = sorted(last.items(), key=lambda x: x[1])[-2:]
    if len(two) < 2:
        return []
    eid, at = two[0] if former else two[1]
    return [(at, eid, None, "", "s")]


def _anaphor_candidates(article: Article, prev: list, head: str) -> list:
    """Earlier speakers a definite head can point to: people whose mentions use the head's word
    ("وزيرة الدفاع" for "الوزيرة"), else any person."""
    stem = head[2:] if head.startswith("ال") else head
    people = [x for x in prev if x[1] and (article.entity(x[1]) or Entity("", "", "", "")).type == "PER"]
    same = [x for x in people if any(stem[:-1] in fold(m.text) for m in article.entity(x[1]).mentions)]
    # ("وقال متحدث باسم X إن …". "وأضاف المتحدث أن …": the unnamed source described so)
    described = [x for x in prev if not x[1] and x[2] and _head_of(x[2]) == stem]
    if described:
        return sorted(same + described, key=lambda x: x[0])
    if head in folded_set("unnamed", "heads") and head not in folded_set("unnamed", "speaking"):
        # ("ورد الناطق على الاتهام الموجه لنتنياهو": a spokesman or a source nobody was called
        # before is not whichever person spoke last)
        return same
    return same or people


def _head_of(source: str) -> str:
    words = source.split()
    first = fold(words[0]) if words else ""
    return first[2:] if first.startswith("ال") else first


def _local(article: Article, prev: int | None, pos: int) -> bool:
    """Is an earlier speaker at ``prev`` in the same paragraph as ``pos`` or its sentence before?"""
    if prev is None:
        return False
    if "\n" not in article.body[prev:pos]:
        return True
    i, j = article.sentence_of(prev), article.sentence_of(pos)
    return i is not None and j is not None and j - i <= 1


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
