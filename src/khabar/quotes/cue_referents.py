"""Who a cue's subject phrase refers back to, among entities already in the article: a person the
entity stage tagged with exactly that name, the organisation a bare head noun stands for ("وأضافت
الوكالة"), one named in quotation marks after its head noun ("القناة الرسمية "ارت 1""), the person a
lone surname belongs to, the person an earlier apposition named with the same description."""
from __future__ import annotations

import re

from ..article import Article, Entity, Mention
from ..text import fold
from .cues import folded_set
from .names import is_head, is_title, name_prefix


def tagged_person(article: Article, s: int, e: int) -> str | None:
    """A person of the entity stage with a name mention that is exactly the phrase [s, e) (quote
    marks and punctuation aside)."""
    body = article.body
    while s < e and body[s] in "«»\"“”'#_()[]،,.:؛ ":
        s += 1
    e = trim_end(body, s, e)
    for ent in article.entities:
        if ent.type == "PER" and ent.source != "cue" and \
                any(m.kind == "name" and m.start == s and m.end == e for m in ent.mentions):
            return ent.id
    return None


def org_referent(article: Article, source: str, pos: int) -> str | None:
    """The organisation a bare definite head refers back to ("الوكالة"، "الوكالة الفلسطينية"،
    "المرصد"): the one last mentioned before ``pos`` with a mention or name opened by that head."""
    words = [fold(strip_marks(w)) for w in source.split()]
    if not 1 <= len(words) <= 3 or not words[0].startswith("ال") or \
            not all(w.startswith("ال") for w in words[1:]):
        return None
    heads = folded_set("cue_entities", "org_heads")
    head, bare = words[0], words[0][2:]
    if head not in heads and bare not in heads:
        return None
    best, best_at = None, -1
    for ent in article.entities:
        if ent.type != "ORG":
            continue
        name = ent.name_ar.split()
        named = bool(name) and fold(strip_marks(name[0])) in (head, bare)
        for m in ent.mentions:
            first = m.text.split()
            if m.start < pos and m.start > best_at and first and \
                    (fold(strip_marks(first[0])) in (head, bare) or named):
                best, best_at = ent.id, m.start
    return best


_PAIRS = {'"': '"', "«": "»", "“": "”", "”": "”"}


def quoted_org(body: str, s: int, e: int) -> tuple[int, int, str] | None:
    """(start, end, name) when the phrase opens with an organisation head noun followed by a
    quoted name: مجموعة "الفريق العامل …"، منظمة «مراسلون بلا حدود»."""
    words = body[s:e].split()
    heads = folded_set("cue_entities", "org_heads")
    head = fold(words[0]) if words else ""
    if not words or head not in heads and not (head.startswith("ال") and head[2:] in heads):
        return None
    i = body.index(words[0], s) + len(words[0])
    # (definite adjectives may stand between: القناة الرسمية "ارت 1")
    for w in words[1:3]:
        if not fold(w).startswith("ال") or _PAIRS.get(w[:1]):
            break
        i = body.index(w, i) + len(w)
    while i < len(body) and body[i] == " ":
        i += 1
    close = _PAIRS.get(body[i:i + 1])
    if close is None:
        return None
    j = body.find(close, i + 1, min(len(body), i + 120))
    inner = body[i + 1:j].strip() if j > 0 else ""
    if not inner or not 1 <= len(inner.split()) <= 8 or "\n" in inner:
        return None
    if i >= e:
        # beyond the subject phrase the quotation may be the quote itself: a short name only,
        # with the complementizer right after it ("القناة الرسمية "ارت 1" أن …")
        after = body[j + 1:j + 12].split()
        if len(inner.split()) > 3 or not after or \
                fold(after[0]) not in folded_set("complementizers", "bare"):
            return None
    return s, j + 1, inner


def surname_of(article: Article, word: str) -> Entity | None:
    """A PER entity of the article whose name ends with ``word`` (a lone surname); or, when the
    entity stage cut a name short ("لوران" of "لوران بلان"), whose name mention the word follows
    in the text: the full name joins that entity as a mention."""
    for ent in article.entities:
        if ent.type == "PER" and ent.mentions and any(
                fold(m.text.split()[-1]) == word for m in ent.mentions if m.kind == "name" and m.text.split()):
            return ent
    if len(word) < 3 or word.startswith("ال") or word in folded_set("names", "stop") or \
            is_title(word) or is_head(word):
        return None
    body, found = article.body, []
    for ent in article.entities:
        if ent.type != "PER" or ent.source == "cue":
            continue
        for m in ent.mentions:
            nxt = _NEXT_WORD.match(body, m.end)
            if m.kind == "name" and nxt is not None and fold(nxt.group(1)) == word:
                found.append((ent, m, nxt.end(1)))
    if len({id(f[0]) for f in found}) != 1:
        return None
    ent, m, z = found[0]
    ent.mentions.append(Mention(m.start, z, body[m.start:z], "name"))
    return ent


_NEXT_WORD = re.compile(r" (\w+)")


def named_before(body: str, s: int, e: int) -> tuple[int, int, str] | None:
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
            n = name_prefix([fold(strip_marks(w)) for w in words])
            if n >= 2 and all(strip_marks(w) == w.rstrip("،,.:؛") for w in words[:n]):
                a = off + lead
                z = a
                for w in words[:n]:
                    z = body.index(w, z) + len(w)
                return a, trim_end(body, a, z), "PER"
        at = body.rfind(desc, 0, at)
    return None


def strip_marks(w: str) -> str:
    return w.strip("«»\"“”'#_()[]،,.:؛")


def trim_end(body: str, a: int, z: int) -> int:
    while z > a and body[z - 1] in "«»\"“”'#_()[]،,.:؛ ":
        z -= 1
    return z
