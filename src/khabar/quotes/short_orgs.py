"""An organisation the quotes stage made from a short name joins the one the article names in full.

"وقالت وزارة الداخلية" after "وزارة الداخلية الأفغانية" (or before it: leads often use the short
form first) is that ministry, not a new organisation of its own. Only when exactly one other
organisation of the article has a mention opened by all the short name's words and longer: with
several ("وزارة الخارجية" among four countries' ministries) the short name stays as it is.
"""
from __future__ import annotations

from ..article import Article, Entity
from ..text import fold

_MARKS = "«»\"“”'#_()[]،,.:؛"


def _words(text: str) -> list[str]:
    return [fold(w.strip(_MARKS)) for w in text.split() if w.strip(_MARKS)]


def _opens(short: list[str], text: str) -> bool:
    """Does the mention ``text`` open with all of ``short`` and go on? A preposition glued to its
    first word ("لوزارة الاتصالات وتكنولوجيا المعلومات") is no part of the name."""
    words = _words(text)
    if len(words) <= len(short):
        return False
    first = words[0]
    if first != short[0] and first[:1] in "لب" and first[1:] == short[0]:
        first = first[1:]
    return first == short[0] and words[1:len(short)] == short[1:]


def fuller_org(article: Article, ent: Entity) -> Entity | None:
    """The one other organisation of the article with a mention that opens with the name of
    ``ent`` (a cue-made organisation) and is longer; None when there is none or more than one."""
    short = _words(ent.name_ar or "")
    if not short:
        return None
    found = []
    for other in article.entities:
        if other is ent or other.type != "ORG":
            continue
        if any(m.kind == "name" and _opens(short, m.text) for m in other.mentions):
            found.append(other)
    return found[0] if len(found) == 1 else None


def merge_short_orgs(article: Article, made: list[Entity], subjects: list) -> None:
    """Fold each cue-made organisation in ``made`` that has a unique fuller namesake into it: its
    mentions move there and the subjects that pointed to it point there."""
    for ent in made:
        if ent.type != "ORG" or ent not in article.entities:
            continue
        target = fuller_org(article, ent)
        if target is None:
            continue
        target.mentions.extend(ent.mentions)
        target.mentions.sort(key=lambda m: m.start)
        article.entities.remove(ent)
        for _, subj in subjects:
            if subj is not None and subj.entity == ent.id:
                subj.entity = target.id
