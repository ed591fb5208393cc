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
from .names import is_title, name_kind, name_prefix
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
    """Entities for unresolved subject phrases that look like names (names.py), one per name; a
    later phrase that shares a word with an earlier one (a surname: "بارلي" after "فلورانس
    بارلي") joins it. A phrase that is no name leaves the speaker empty: a description becomes
    the quote's ``source``, anything else is dropped ("الذي", "هذه العمل")."""
    cfg = settings()["cue_entities"]
    max_words = int(cfg.get("max_words", 4))
    body = article.body
    made: list[tuple[set[str], Entity]] = []
    n = 0
    used = {e.id for e in article.entities}
    seen = set()
    for _, subj in subjects:
        if id(subj) in seen or subj.entity or subj.source or not subj.phrase:
            continue
        seen.add(id(subj))
        joined = _join_word(article, made, body, *subj.phrase)
        if joined is not None:
            ent, s, e = joined
            ent.mentions.append(Mention(s, e, body[s:e], "name"))
            subj.entity = ent.id
            continue
        span = _name_span(body, *subj.phrase, max_words)
        if span is None:
            # "وقالت موظفة الاستقبال": the person the same description named earlier
            span = _named_before(body, *subj.phrase)
        if span is None:
            subj.source = subj.fallback or _description(body[subj.phrase[0]:subj.phrase[1]])
            subj.phrase = None
            continue
        s, e, typ = span
        text = body[s:e]
        words = _name_words(text)
        keys = {fold(w) for w in words if len(w) > 2} - folded_set("names", "particles")
        ent = next((x for k, x in made if k & keys), None)
        if ent is None and typ == "PER" and len(words) == 1:
            ent = _surname_of(article, fold(words[0]))
        if ent is None:
            if typ is None:
                subj.source = subj.fallback or _description(body[subj.phrase[0]:subj.phrase[1]])
                subj.phrase = None
                continue
            n += 1
            while f"q{n}" in used:
                n += 1
            name = " ".join(words)
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


def _name_span(body: str, s: int, e: int, max_words: int) -> tuple[int, int, str | None] | None:
    """The part of a subject phrase that names someone: leading titles dropped ("المستشار"),
    cut before the first word no name has. (start, end, "PER" | "ORG" | None for a lone word
    that may still join a known name), or None when nothing there is a name."""
    text = body[s:e]
    # word spans of the phrase, on whitespace
    spans, i = [], 0
    for w in text.split():
        i = text.index(w, i)
        spans.append((s + i, s + i + len(w)))
        i += len(w)
    spans = spans[:max_words + 2]
    while spans and is_title(fold(_strip_marks(body[spans[0][0]:spans[0][1]]))):
        spans = spans[1:]
    if not spans:
        return None
    for end in range(min(len(spans), max_words), 0, -1):
        a, z = spans[0][0], spans[end - 1][1]
        if end < len(spans) and not _ends_name(fold(_strip_marks(body[spans[end][0]:spans[end][1]]))):
            continue  # a name is cut only before a word no name has ("بارلي ما حدث")
        kind = name_kind(body[a:z])
        if kind:
            z = _trim_end(body, a, z)
            return a, z, kind
    words = [fold(_strip_marks(body[x:y])) for x, y in spans]
    if len(words) > 1 and not _ends_name(words[1]):
        return None
    if len(words) >= 1 and name_prefix(words[:1]) == 1 and not words[0].startswith("ال") or \
            words[0].startswith("ال") and len(words[0]) > 4 and words[0].endswith("ي"):
        return spans[0][0], _trim_end(body, *spans[0]), None  # may join "القحطاني" → earlier name
    return None


def _join_word(article: Article, made: list, body: str, s: int, e: int):
    """A one-word subject that names someone already named: a surname ("الخلف" after "موضي
    الخلف"), or a definite organisation head ("الحزب" after "الحزب الدستوري الحر")."""
    words = body[s:e].split()
    if len(words) != 1:
        return None
    w = fold(_strip_marks(words[0]))
    z = s + len(words[0].rstrip("«»\"“”'#_()[]،,.:؛"))
    for keys, ent in made:
        if w in keys:
            return ent, s, z
    ent = _surname_of(article, w)
    if ent is not None:
        return ent, s, z
    bare = w[2:] if w.startswith("ال") else w
    if w.startswith("ال") and (w in folded_set("cue_entities", "org_heads") or
                               bare in folded_set("cue_entities", "org_heads")):
        for ent in reversed(article.entities):
            if ent.type != "ORG" or not ent.name_ar.split():
                continue
            head = fold(ent.name_ar.split()[0])
            if head in (w, bare) or any(fold(m.text.split()[0]) in (w, bare) for m in ent.mentions
                                        if m.text.split()):
                return ent, s, z
    return None


def _named_before(body: str, s: int, e: int) -> tuple[int, int, str] | None:
    """The name an earlier apposition gave to this description: "…اتهامات موظفة الاستقبال، ريتشل
    كروكس، …" before "وقالت موظفة الاستقبال إنها …"."""
    desc = body[s:e].strip()
    if len(desc.split()) < 2:
        return None
    at = body.rfind(desc, 0, s)
    while at >= 0:
        k = at + len(desc)
        rest = body[k:k + 80]
        stripped = rest.lstrip()
        if stripped[:1] in "،,":
            after = stripped[1:]
            off = k + (len(rest) - len(stripped)) + 1
            lead = len(after) - len(after.lstrip())
            words = after.lstrip().split()[:4]
            n = name_prefix([fold(_strip_marks(w)) for w in words])
            if n >= 2 and all(_strip_marks(w) == w.rstrip("،,.:؛") for w in words[:n]):
                a = off + lead
                z = a
                for w in words[:n]:
                    z = body.index(w, z) + len(w)
                return a, _trim_end(body, a, z), "PER"
        at = body.rfind(desc, 0, at)
    return None


def _ends_name(word: str) -> bool:
    """Can a name end just before ``word``? Before a function word or a preposition, yes."""
    stop = folded_set("names", "stop")
    return word in stop or word[:1] in "وف" and word[1:] in stop or \
        word[:1] in "لب" and not word.startswith("ال") or not word


def _strip_marks(w: str) -> str:
    return w.strip("«»\"“”'#_()[]،,.:؛")


def _trim_end(body: str, a: int, z: int) -> int:
    while z > a and body[z - 1] in "«»\"“”'#_()[]،,.:؛ ":
        z -= 1
    return z


def _name_words(text: str) -> list[str]:
    clean = "".join(" " if ch in "«»\"“”'#_()[]" else ch for ch in text)
    return clean.split()


def _surname_of(article: Article, word: str) -> Entity | None:
    """A PER entity of the article whose name ends with ``word`` (a lone surname)."""
    for ent in article.entities:
        if ent.type == "PER" and ent.mentions and any(
                fold(m.text.split()[-1]) == word for m in ent.mentions if m.kind == "name" and m.text.split()):
            return ent
    return None


def _description(text: str) -> str | None:
    """A subject phrase kept as an unnamed source when it describes someone ("موظفة الاستقبال"،
    "الصحافة"); junk ("الذي", "هذه العمل") is dropped."""
    words = _name_words(text)
    if not words:
        return None
    head = fold(words[0])
    described = folded_set("names", "common_heads") | folded_set("unnamed", "heads")
    if head in described or is_title(head) or head.startswith("ال") and head[2:] in described:
        return " ".join(words).strip(" ،,")
    return None


def _attribute(article: Article, drafts: list[Draft], subjects: list) -> list[Quote]:
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
    for pos, _, d, subj in timeline:
        form = d.cue.form if d is not None and d.cue is not None else None
        g, num = (form.gender, form.number) if form else ("", "")
        speaker = source = None
        explicit = subj is not None and (subj.entity or subj.source)
        if explicit:
            speaker, source = subj.entity, subj.source
            key = speaker or source
            if g and key and key not in gender and num == "s":
                gender[key] = g
        elif d is not None and d.continuation:
            cands = history
            if subj is not None and subj.anaphor:
                cands = _anaphor_candidates(article, history, subj.anaphor)
            for prev in reversed(cands):
                if not _near(body, prev[0], pos):
                    break
                if _agrees(article, prev, g, num, gender):
                    speaker, source = prev[1], prev[2]
                    break
        if speaker or source:
            history.append((pos, speaker, source, g, num))
        if d is None:
            continue
        q = Quote(text=body[d.start:d.end], start=d.start, end=d.end, kind=d.kind, speaker=speaker,
                  cue=d.cue_text, cue_start=d.cue_start, source=source)
        out.append(q)
        _name_back(article, chain, q, d, subj, explicit)
    out.sort(key=lambda q: q.start)
    return out


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
    if g and known and ent is not None and ent.type == "PER" and known != g:
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
