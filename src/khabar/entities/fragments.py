"""A speaker entity the quotes stage made from a piece of a name the entity stage already holds.

The quotes stage reads a speaker's name from the words after a cue, at most a few words, and makes
an entity of its own (source "cue") when no entity-stage mention lies inside those words. When the
entity stage's mention is longer ("يحيى بن سيف" cut from "يحيى بن سيف صالح", "المجيد دبار" from
"عبد المجيد دبار", "كامبردج أناليتيكا" from "شركة كامبردج أناليتيكا"), the cue entity is a fragment
of the same occurrence of the same name: it is that entity, and its quotes are that entity's.
Runs after the quotes stage (before events, which read speakers as actors).
"""
from __future__ import annotations

from functools import cache

from ..article import Article
from ..pipeline import stage
from ..resources import folded_words
from ..text import fold
from .translit import institution_heads


def _container(article: Article, ent) -> object | None:
    """The one entity-stage entity whose name mentions hold every name mention of ``ent``."""
    names = [m for m in ent.mentions if m.kind == "name"]
    if not names or len(names) != len(ent.mentions):
        return None
    found: dict[int, object] = {}
    for m in names:
        holders = {id(x): x for x in article.entities if x.source != "cue" and x.type in ("PER", "ORG")
                   for o in x.mentions if o.kind == "name" and o.start <= m.start and m.end <= o.end
                   and (o.start, o.end) != (m.start, m.end)}
        if len(holders) != 1:
            return None
        found.update(holders)
    return next(iter(found.values())) if len(found) == 1 else None


def _slip(article: Article, ent, target) -> bool:
    """A person's name at the end of an organisation span that does not open with an institution
    noun: the tagger ran a place or a firm into the name ("مراسل بي بي سي في جوهانسبورغ ميلتون
    إنكوسي", "مؤسسة إيفوب فريديريك دابي"), and the cue's shorter reading is the person."""
    if ent.type != "PER" or target.type != "ORG":
        return False
    heads = _heads()
    for m in ent.mentions:
        o = next(o for o in target.mentions if o.kind == "name" and o.start <= m.start and m.end <= o.end)
        words = fold(o.text).split()
        if o.end == m.end and words and words[0] not in heads:
            return True
    return False


@cache
def _heads() -> frozenset[str]:
    return institution_heads() | folded_words("entity_context.toml", "org_support", "words")


def merge_cue_fragments(article: Article) -> None:
    """Fold cue-made entities that are fragments of an entity-stage name into that entity."""
    for ent in [e for e in article.entities if e.source == "cue" and e.type in ("PER", "ORG")]:
        target = _container(article, ent)
        if target is None or _slip(article, ent, target):
            continue
        for q in article.quotes:
            if q.speaker == ent.id:
                q.speaker = target.id
        article.entities.remove(ent)


@stage("entity_fragments", requires=("entities", "quotes"), provides=())
def fragments_stage(article: Article) -> None:
    try:
        merge_cue_fragments(article)
    except Exception as err:  # a bug here must not lose the rest of the record
        article.warnings.append(f"entity_fragments: {type(err).__name__}: {err}")
