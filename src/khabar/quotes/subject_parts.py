"""The pieces of a cue's subject phrase shared by the subject readers (speakers.py, role_names.py,
subject_before.py): the Subject record, the index of entity mentions, and the token tests that end
a subject phrase (a comma, an adjunct, a time word, a preposition glued to its noun)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..article import Article
from ..text import Token, clitic_readings
from ..text import fold
from .cues import folded_set

_COMMA = {",", "،", "؛", ";"}
_TIME = {"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
         "يوم", "مساء", "صباح", "ليل", "ليله", "الليله", "مؤخرا", "ايضا", "بدوره", "بدورها", "الماضي",
         "الماضيه", "المقبل", "المقبله", "الفائت", "الجاري", "الحالي", "سابقا", "لاحقا"}
TIME_WORDS = _TIME
SAME = "(same source)"  # anaphor of "المصدر نفسه": the previous speaker, whatever its gender
_SPEAKER_TYPES = ("PER", "ORG", "LOC")


@dataclass(slots=True)


class Subject:
    entity: str | None
    source: str | None
    explicit: bool  # a subject phrase was there (even if unresolved)
    end: int  # token index just after the subject phrase (where an np object may start)
    phrase: tuple[int, int] | None = None  # char span of an unresolved subject phrase
    anaphor: str | None = None  # "الوزيرة": a definite head pointing back to a person
    fallback: str | None = None  # the description to keep as ``source`` if ``phrase`` is no name
    gender: str = ""  # "f" when the subject is headed by a feminine role noun ("مندوبة")
    institution: bool = False  # "وقالت الشرطة": ``phrase`` names an institution, not a person
    named: bool = False  # "بيان لمديرية أمن مدينة إسطنبول": ``phrase`` is an organisation's full name


class MentionIndex:
    """Entity mentions sorted by start, for "which mention covers/starts at this span"."""

    def __init__(self, article: Article):
        rows = []
        for ent in article.entities:
            if ent.type not in _SPEAKER_TYPES:
                continue
            for m in ent.mentions:
                if ent.type == "PER" and m.kind == "role" and _plural_head(m.text):
                    continue  # "المسؤولين الإيطاليين" is no single person's role
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

    def starts_at(self, pos: int) -> bool:
        i = bisect_left(self.starts, pos)
        return i < len(self.rows) and self.rows[i][0] == pos

    def ending_at(self, pos: int, slack: int = 0) -> tuple[int, int, str, str, str] | None:
        best = None
        for r in self.rows:
            if pos - slack <= r[1] <= pos + 1 and (best is None or r[1] > best[1]):
                best = r
        return best


def _plural_head(text: str) -> bool:
    """A role led by a sound masculine plural ("المسؤولين الإيطاليين"), not by a singular that
    happens to end so ("الأمين العام")."""
    words = text.split()
    if not words:
        return False
    w = fold(words[0])
    w = w[2:] if w.startswith("ال") else w
    return w.endswith(("ين", "ون")) and len(w) - 2 >= 4


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


def segment_end(tokens: list[Token], a: int, b: int, preps: tuple[str, ...] = (),
                idx: "MentionIndex | None" = None) -> int:
    """End of the subject phrase starting at token ``a``: a comma, an adjunct or ``b``."""
    j = a
    titles = folded_set("titles", "nouns")
    in_title = False
    while j < b:
        t = tokens[j]
        # a quoted name after a title noun belongs to the subject: صحيفة «لاستامبا» الإيطالية
        if t.text in "«\"“”»()" and j > a and (in_title or tokens[j - 1].norm in titles):
            in_title = not in_title
            j += 1
            continue
        if in_title:  # inside the quoted name nothing ends the subject ("«لاستامبا»")
            j += 1
            continue
        adjunct = j > a and is_adjunct(t) and not (idx is not None and idx.starts_at(t.start))
        if t.text in _COMMA or t.text in "(«\"“”:" or adjunct:
            break
        if j > a and (t.norm in _TIME or preps and _prep_glued(t, preps) or
                      t.norm in folded_set("subject", "quantifiers")):
            break  # ("ودعا الأمين العام كل الأطراف": a quantifier opens the object)
        j += 1
    return j


def after_mention(tokens: list[Token], a: int, b: int, m: tuple) -> int:
    """Token index just after mention ``m`` within [a, b)."""
    return max([x for x in range(a, b) if tokens[x].start < m[1]], default=a) + 1


def _addressee(tok: Token) -> bool:
    """"لصحفيين": a glued ل before a noun of the audience is an addressee, whatever was tagged."""
    return tok.norm.startswith("ل") and (tok.norm in folded_set("subject", "addressees") or
                                         tok.norm[1:] in folded_set("subject", "addressees"))


def body_of(tokens: list[Token], k: int, j: int) -> str:
    return " ".join(t.text for t in tokens[k:j + 1])


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ،,")


def _mention_type(idx: MentionIndex, pos: int) -> str | None:
    i = bisect_left(idx.starts, pos)
    return idx.rows[i][3] if i < len(idx.rows) and idx.rows[i][0] == pos else None
