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
from ..text import fold, tokenize
from .cues import folded_set, lookup
from .antecedents import role_only, without_article
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
        head = fold(words[0]) if words else ""
        if (is_title(head) or head in folded_set("names", "common_heads")) and \
                (head not in folded_set("unnamed", "heads") or role_only(q.source)):
            # "وقال مدعي عام باريس إن …" … "وأوضح المدعي العام فرنسوا مولينز": a role, then the
            # person holding it named in the next sentences
            hit = _role_named_after(article, q, named)
            if hit is None and role_only(q.source) and q.source in article.body[q.cue_start:q.start]:
                # "يقول نائب وزير الخارجية الإيراني إن …" … "وقال عباس عراقجي لبي بي سي": a lede's
                # role, then the bare name of who holds it, of the role's gender
                hit = _bare_name_after(article, q, named, _gender(words[0]), max_sentences=1)
            if hit is not None:
                _rename_role_entity(article, quotes, q, hit)  # (before q loses its source)
                _rename(quotes, q, hit)
                continue
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
            _rename(quotes, q, hit)


def _rename(quotes: list[Quote], q: Quote, hit: str) -> None:
    """``q`` and the later quotes of the same unnamed source go to ``hit``."""
    src = q.source  # (q is among the quotes renamed: read its source first)
    for other in quotes:
        if other.source == src and not other.speaker and other.start >= q.start:
            other.speaker, other.source = hit, None


def _rename_role_entity(article: Article, quotes: list[Quote], q: Quote, hit: str) -> None:
    """Later quotes of a person entity made of that very role and nothing else ("وقال نائب وزير
    الخارجية الإيراني إنه …" after the lede named him) go to ``hit`` too."""
    role = " ".join(fold(w) for w in q.source.split())
    for other in quotes:
        ent = article.entity(other.speaker) if other.speaker and other.start > q.start else None
        if ent is not None and ent.id != hit and ent.type == "PER" and not ent.kb and ent.mentions and \
                all(m.kind == "role" and " ".join(fold(w) for w in m.text.split()) == role for m in ent.mentions):
            other.speaker = hit


def _bare(word: str) -> str:
    return without_article(fold(word.strip("«»\"“”'()،,.:؛")))


def _role_named_after(article: Article, q: Quote, named: list) -> str | None:
    """The person named, within a couple of sentences after ``q``, as the subject of a cue,
    right after a role with the same head word as ``q``'s source and other words of which one
    set holds the other ("مدعي عام باريس" / "المدعي العام"); "المتحدث باسم الشرطة" is not
    "المتحدث باسم الجيش". Only the first such subject, and only a person first named there."""
    stop = folded_set("names", "stop") | {"باسم"}
    src = [_bare(w) for w in q.source.split()]
    head, mine = src[0], {w for w in src[1:] if w not in stop and len(w) > 2}
    si = article.sentence_of(q.cue_start)
    body = article.body
    for pos, s in named:
        if pos <= q.cue_start:
            continue
        sj = article.sentence_of(pos)
        if si is None or sj is None or sj - si > _MAX_SENTENCES:
            return None
        ent = article.entity(s.entity)
        if ent is None or ent.type != "PER" or ent.source == "cue":
            continue
        names = [m for m in ent.mentions if m.kind == "name"]
        if not names or min(m.start for m in ent.mentions) < q.cue_start:
            continue  # (someone known before is not the one the description introduced)
        m = min(names, key=lambda m: m.start)
        before = [_bare(w) for w in body[max(0, m.start - 80):m.start].split()]
        while before and is_title(fold(before[-1])) and before[-1] != head and len(before) > 1 and \
                before[-2] != head:
            before.pop()  # "… العميد فلان": a rank between the role and the name
        if head not in before[-6:]:
            continue
        theirs = {w for w in before[len(before) - before[::-1].index(head):] if w not in stop and len(w) > 2}
        if theirs and mine and (theirs <= mine or mine <= theirs):
            return ent.id
    return None


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


def _gender(word: str) -> str:
    """"f" for a feminine noun (ending in ة), else "m"."""
    return "f" if word.strip("«»\"“”'()،,.:؛").endswith("ة") else "m"


def _cue_gender(body: str, pos: int) -> str:
    """The gender of the cue word at ``pos`` as the cue lexicon reads it ("قالت"، "تقول"،
    "مضيفة": "f"; "قال"، "تابع": "m"), "" when it does not say."""
    toks = [t for t in tokenize(body[pos:pos + 30]) if t.kind == "word"]
    form = lookup(toks[0]) if toks else None
    return form.gender if form is not None else ""


def _bare_name_after(article: Article, q: Quote, named: list, gender: str | None = None,
                     max_sentences: int = _MAX_SENTENCES) -> str | None:
    """The first person named as a cue's subject after ``q``, when that is their first mention,
    it carries no role, and it comes within ``max_sentences`` sentences (and, with ``gender``, the
    cue agrees with it: "وزير الداخلية" is not the woman who "اعتبرت")."""
    si = article.sentence_of(q.cue_start)
    for pos, s in named:
        if pos <= q.cue_start:
            continue
        if gender is not None and _cue_gender(article.body, pos) not in (gender, ""):
            return None
        sj = article.sentence_of(pos)
        if si is None or sj is None or sj - si > max_sentences:
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
