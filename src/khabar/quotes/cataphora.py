"""Unnamed sources named later in the article.

News often introduces a speaker by description and names them afterwards:
- the same description, made definite, with the name in apposition: "أكد ناشط سياسي موصلي أن …"
  … "قال الناشط الحقوقي البصري، نادر الساعدي، …";
- a lede's office holder, then the bare name with no role of its own in the next sentences:
  "أعلن مسؤول الإغاثة في المنظمة أن …" … "وقال سامي الخوري …".
Quotes of such a source take the named person as speaker. Anonymous sources ("مصدر", "شاهد")
are never named this way: a later name is somebody else.
"""
from __future__ import annotations

from ..article import Article, Quote
from ..text import fold
from .cues import folded_set
from .names import is_head, is_title

_MAX_SENTENCES = 2
_SAME_WORDS = 4  # words of an indefinite description repeated to name its source  # a bare name names the lede's office holder only within this distance


def name_sources(article: Article, quotes: list[Quote], subjects: list) -> None:
    """Give the unnamed-source quotes in ``quotes`` the person a later subject names."""
    described = [(pos, s) for pos, s in subjects if s is not None and s.entity and s.fallback]
    named = [(pos, s) for pos, s in subjects if s is not None and s.entity]
    for q in quotes:
        if q.speaker or not q.source or q.cue_start is None:
            continue
        words = q.source.split()
        if not words or fold(words[0]).startswith("ال"):
            continue
        definite = " ".join(_definite(fold(w)) for w in words)
        hit = next((s.entity for pos, s in described if pos > q.cue_start and
                    " ".join(fold(w) for w in s.fallback.split()) == definite), None)
        if hit is None:
            hit = _repeated(article.body, q.cue_start, described)
        if hit is None and fold(words[0]) in folded_set("cataphora", "offices"):
            hit = _bare_name_after(article, q, named)
        if hit is not None:
            src = q.source  # (q is among the quotes renamed: read its source first)
            for other in quotes:
                if other.source == src and not other.speaker and other.start >= q.start:
                    other.speaker, other.source = hit, None


def _repeated(body: str, cue_start: int, described: list) -> str | None:
    """"كشف عضو في رئاسة الاتحاد الإسلامي …" … "وقال عضو في رئاسة الاتحاد الإسلامي، ابوبكر علي،":
    the description repeated word for word after a later cue, with the name in apposition. Only
    a specific one (_SAME_WORDS words or more), never a bare "مسؤول" or "مصدر أمني"."""
    mine = _after_cue(body, cue_start)
    if len(mine) < _SAME_WORDS:
        return None
    for pos, s in described:
        if pos > cue_start and _after_cue(body, pos) == mine:
            return s.entity
    return None


def _after_cue(body: str, pos: int) -> list[str]:
    """The first _SAME_WORDS words after the cue word at ``pos``, up to any punctuation."""
    words = []
    for w in body[pos:pos + 200].split()[1:_SAME_WORDS + 1]:
        bare = w.rstrip("،,؛:.")
        if not bare.replace("ـ", "").isalpha():
            break
        words.append(fold(bare))
        if bare != w:
            break
    return words


def _definite(word: str) -> str:
    if word.startswith("ال"):
        return word
    if word[:1] in "وف" and len(word) > 3:
        return word  # a conjunction: left as is
    return "ال" + word


def _bare_name_after(article: Article, q: Quote, named: list) -> str | None:
    """The first person named as a cue's subject after ``q``, when that is their first mention,
    it carries no role, and it comes within a couple of sentences."""
    si = article.sentence_of(q.cue_start)
    for pos, s in named:
        if pos <= q.cue_start:
            continue
        sj = article.sentence_of(pos)
        if si is None or sj is None or sj - si > _MAX_SENTENCES:
            return None
        ent = article.entity(s.entity)
        if ent is None or ent.type != "PER" or s.fallback:
            return None
        first = min((m.start for m in ent.mentions), default=pos)
        if first < q.cue_start or first < pos:
            return None  # known before: not introduced by the description
        m = min(ent.mentions, key=lambda m: m.start)
        if m.kind != "name" or _role_around(article.body, m.start, m.end):
            return None
        return ent.id
    return None


def _role_around(body: str, s: int, e: int) -> bool:
    """A title just before the name, or an apposition role just after it."""
    before = body[max(0, s - 30):s].split()
    if before and (is_title(fold(before[-1])) or is_head(fold(before[-1]))):
        return True
    after = body[e:e + 40].lstrip()
    if after[:1] in "،,":
        nxt = after[1:].split()
        return bool(nxt) and (is_title(fold(nxt[0])) or is_head(fold(nxt[0])))
    return False
