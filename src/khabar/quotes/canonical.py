"""The fuller entity for a speaker the entity stage split in two ("مون" beside "مون جاي-إن")."""
from __future__ import annotations

from ..article import Article
from ..text import fold
from .names import is_title, name_kind


_VOWEL_LETTERS = str.maketrans("", "", "اويىءئؤأإآ")


def _skeleton(word: str) -> str:
    """A name word without its long vowels and hamza seats: transliteration variants of one
    foreign name agree on it (غيراشتشنكو / غيراشتشينكو)."""
    w = fold(word.strip("«»\"“”'()[]،,.:؛"))
    return w[:1] + w[1:].translate(_VOWEL_LETTERS)


def canonical_speaker(article: Article, eid: str | None, cache: dict) -> str | None:
    """The fuller entity for a person the entity stage split in two: a tagger-only PER whose name
    words (vowel-free) all belong to one other person's name mentions ("مون" → "مون جاي-إن",
    "باتريك ستيغر" → "الكولونيل باتريك ستيغر"). Unchanged when no single such person exists."""
    if eid is None:
        return None
    if eid in cache:
        return cache[eid]
    out = eid
    ent = article.entity(eid)
    if ent is not None and ent.type == "PER" and not ent.kb:
        words = {_skeleton(w) for m in ent.mentions if m.kind == "name" for w in m.text.split()
                 if not is_title(fold(w))}
        if words and all(len(w) >= 2 for w in words):
            cands = []
            for other in article.entities:
                if other is ent or other.type != "PER":
                    continue
                names = [m.text for m in other.mentions if m.kind == "name"]
                ow = {_skeleton(w) for t in names for w in t.split()}
                # the fuller entity must be trustworthy: in the KB, or its longest name a name
                # ("اسباير زون حسين القحطاني" is a tagger slip over an organisation's name)
                if words <= ow and (other.kb or len(ow) > len(words) and
                                    name_kind(max(names, key=len)) == "PER"):
                    cands.append(other)
            known = [c for c in cands if c.kb]
            if len(cands) == 1:
                out = cands[0].id
            elif len(known) == 1:
                out = known[0].id
    cache[eid] = out
    return out
