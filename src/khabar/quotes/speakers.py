"""Who said it: the subject of a cue mapped to an entity of the entity stage.

The entity stage fills ``article.entities`` with mentions (names, role phrases, counterparts); a
speaker is the entity whose mention starts the cue's subject (VSO: "وقال بوتين إن"), or ends just
before the cue (SVO: "صحيفة الحياة قالت إن"). A subject headed by an unnamed-source noun
("مصدر مطلع", "مسؤولون", "المتحدث باسم الشرطة" without a name) gives no speaker but a ``source``
description. No subject at all ("وأضاف", "مضيفا") means the previous speaker; the span finder
decides which one.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..article import Article
from ..text import Token, clitic_readings
from .cues import folded_set

_COMMA = {",", "،", "؛", ";"}
_TIME = {"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
         "يوم", "مساء", "صباح", "ليل", "ليله", "الليله", "مؤخرا", "ايضا", "بدوره", "بدورها", "الماضي",
         "الماضيه", "المقبل", "المقبله", "الفائت", "الجاري", "الحالي", "سابقا", "لاحقا"}
_SPEAKER_TYPES = ("PER", "ORG", "LOC")


@dataclass(slots=True)
class Subject:
    entity: str | None
    source: str | None
    explicit: bool  # a subject phrase was there (even if unresolved)
    end: int  # token index just after the subject phrase (where an np object may start)
    phrase: tuple[int, int] | None = None  # char span of an unresolved subject phrase
    anaphor: str | None = None  # "الوزيرة": a definite head pointing back to a person


class MentionIndex:
    """Entity mentions sorted by start, for "which mention covers/starts at this span"."""

    def __init__(self, article: Article):
        rows = []
        for ent in article.entities:
            if ent.type not in _SPEAKER_TYPES:
                continue
            for m in ent.mentions:
                rows.append((m.start, m.end, ent.id, ent.type, m.kind))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def within(self, start: int, end: int) -> list[tuple[int, int, str, str, str]]:
        """Mentions that start inside [start, end) or cover ``start``."""
        i = bisect_left(self.starts, start)
        out = [r for r in self.rows[max(0, i - 8):i] if r[0] <= start < r[1]]
        while i < len(self.rows) and self.rows[i][0] < end:
            out.append(self.rows[i])
            i += 1
        return out

    def ending_at(self, pos: int, slack: int = 0) -> tuple[int, int, str, str, str] | None:
        best = None
        for r in self.rows:
            if pos - slack <= r[1] <= pos + 1 and (best is None or r[1] > best[1]):
                best = r
        return best


def _stem_in(tok: Token, words: frozenset[str]) -> bool:
    return any(s in words for _, s in clitic_readings(tok.norm)) if tok.kind == "word" else False


def is_adjunct(tok: Token) -> bool:
    adj = folded_set("subject", "adjunct_starts")
    if tok.norm in adj or any(st in adj for _, st in clitic_readings(tok.norm)[1:] if len(st) > 2):
        return True
    # a preposition glued to its noun: لوكالة، للصحفيين، لـ"…"
    if tok.kind == "word" and tok.norm.startswith("ل") and not tok.norm.startswith("ال"):
        return True
    return False


def _prep_glued(tok: Token, preps: tuple[str, ...]) -> bool:
    """A preposition of the cue, alone or glued to its noun (بفتح، إلى)."""
    if tok.norm in preps:
        return True
    return any(len(p) == 1 and tok.norm.startswith(p) and len(tok.norm) > 3 for p in preps)


def segment_end(tokens: list[Token], a: int, b: int, preps: tuple[str, ...] = ()) -> int:
    """End of the subject phrase starting at token ``a``: a comma, an adjunct or ``b``."""
    j = a
    titles = folded_set("titles", "nouns")
    in_title = False
    while j < b:
        t = tokens[j]
        # a quoted name after a title noun belongs to the subject: صحيفة «لاستامبا» الإيطالية
        if t.text in "«\"“”»" and j > a and (in_title or tokens[j - 1].norm in titles):
            in_title = not in_title
            j += 1
            continue
        if t.text in _COMMA or t.text in "(«\"“”:" or (j > a and is_adjunct(t)):
            break
        if j > a and (t.norm in _TIME or preps and _prep_glued(t, preps)):
            break
        j += 1
    return j


def subject_after(article: Article, tokens: list[Token], idx: MentionIndex, a: int, b: int,
                  preps: tuple[str, ...] = ()) -> Subject:
    """The subject in the window of tokens [a, b) after a cue verb."""
    while a < b and (tokens[a].norm in _TIME or tokens[a].text in _COMMA
                     or tokens[a].norm in ("بالقول", "قائلا") or len(tokens[a].norm) == 1):
        a += 1
    if a >= b or is_adjunct(tokens[a]) or tokens[a].text in ":«\"“”" or preps and _prep_glued(tokens[a], preps):
        return Subject(None, None, False, a)
    seg = segment_end(tokens, a, b, preps)
    if tokens[a].norm in folded_set("unnamed", "anaphoric") and seg - a == 1:
        return Subject(None, None, False, seg, anaphor=tokens[a].norm)  # "وشدد المتحدث"
    body = article.body
    heads = folded_set("unnamed", "heads")
    may_name = folded_set("unnamed", "name_may_follow")
    first = tokens[a]
    unnamed = first.norm in heads or _stem_in(first, heads) and first.norm[:1] not in "وف"
    # Appositions: "وزيرة الدفاع الفرنسية، فلورانس بارلي، إن" → look one comma segment further.
    ext_end = seg
    if ext_end < b and tokens[ext_end].text in _COMMA:
        nxt = segment_end(tokens, ext_end + 1, b)
        if nxt > ext_end + 1:
            ext_end = nxt
    span_end = tokens[ext_end - 1].end if ext_end > a else first.end
    ments = idx.within(first.start, span_end)
    pers = [m for m in ments if m[3] == "PER" and m[4] == "name"]
    if unnamed:
        if pers and first.norm in may_name:
            return Subject(pers[0][2], None, True, ext_end)
        return Subject(None, _clean(body[first.start:tokens[seg - 1].end]), True, seg)
    seg_ments = [m for m in ments if m[0] < tokens[seg - 1].end]
    window_pers = [m for m in idx.within(first.start, tokens[b - 1].end) if m[3] == "PER"]
    if not seg_ments and not window_pers and first.norm in folded_set("unnamed", "anaphoric") and \
            all(t.norm.startswith("ال") for t in tokens[a + 1:seg]) and seg - a <= 3:
        # "وكشفت الوزيرة الفرنسية": the last person described so
        return Subject(None, None, False, seg, anaphor=first.norm)
    per_any = [m for m in seg_ments if m[3] == "PER"]
    after = lambda m: max([x for x in range(a, seg) if tokens[x].start < m[1]], default=a) + 1
    if per_any:
        # the object of an np cue starts after the name: "نفى الوزير سالم وجود …"
        return Subject(per_any[0][2], None, True, after(per_any[0]))
    if seg_ments and seg_ments[0][0] <= tokens[min(a + 1, seg - 1)].start:
        return Subject(seg_ments[0][2], None, True, after(seg_ments[0]))
    if pers:  # the name in apposition after a role nobody resolved
        return Subject(pers[0][2], None, True, ext_end)
    return Subject(None, None, True, seg, (first.start, tokens[seg - 1].end))


def subject_before(tokens: list[Token], idx: MentionIndex, cue_first: int, floor: int) -> Subject | None:
    """An SVO subject ending right before the cue ("بوتين قال", "كانت الخلف قد ذكرت")."""
    aux = folded_set("subject", "auxiliaries")
    j = cue_first - 1
    while j >= floor and tokens[j].norm in aux:
        j -= 1
    if j < floor:
        return None
    tok = tokens[j]
    if tok.norm in folded_set("subject", "pronoun_subjects"):
        return Subject(None, None, False, cue_first)  # a pronoun: the previous speaker
    if tok.kind != "word" and tok.text not in "\"»”":
        return None
    # allow one trailing adjective or closing mark between the mention and the cue
    m = idx.ending_at(tok.end, slack=0)
    if m is None and j - 1 >= floor:
        m = idx.ending_at(tokens[j - 1].end, slack=0)
    if m is not None:
        return Subject(m[2], None, True, cue_first)
    # an unnamed source before the verb: "وكانت السلطات الأمنية قالت"
    k = j
    while k > floor and tokens[k - 1].kind == "word" and j - k < 3:
        k -= 1
    heads = folded_set("unnamed", "heads")
    for s in range(k, j + 1):
        if tokens[s].norm in heads or _stem_in(tokens[s], heads):
            return Subject(None, " ".join(t.text for t in tokens[s:j + 1]), True, cue_first)
    # a short clause-initial noun phrase of two words or more: "موضي الخلف كانت قد ذكرت"
    if (k == floor or tokens[k - 1].text in _COMMA) and j > k:
        words = tokens[k:j + 1]
        if all(w.kind == "word" and not is_adjunct(w) and w.norm not in _TIME
               and w.norm not in folded_set("narrator", "openers") for w in words):
            return Subject(None, None, True, cue_first, (tokens[k].start, tokens[j].end))
    return None


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ،,")
