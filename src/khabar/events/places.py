"""Where an event happened, refined: the place placed relative to another names the spot.

"قبالة ميناء درنة شمال شرق ليبيا"، "على دوما قرب دمشق"، "في مالي قرب الحدود مع النيجر": a place followed
by a word that locates it relative to a second place (north of, near, the border with) is where it
happened; the second place is only a landmark. When the location read so far is such a landmark, the
place named just before it takes its stead.
"""
from __future__ import annotations

from ..article import Article
from ..text import tokenize
from .actors import Ref, _folded_list
from .triggers import Lexicon

_MAX_GAP = 4  # relation words between the place and its landmark ("شمال شرق"، "بالقرب من الحدود مع")


def landmark_place(article: Article, refs: list[Ref], location: str | None, trigger: tuple[int, int],
                   actors: list[str], lex: Lexicon) -> str | None:
    """The place that ``location`` only locates, or None. ``refs`` are the sentence's mentions; the
    landmark mention taken is the first after the trigger, else the last before it. The words between
    the two places must all be [location] relation words (a comma may stand before them), so "دوما
    ودمشق" (two places) or "من دمشق إلى حلب" never qualify; the place must not be one of the event's
    ``actors``."""
    if location is None:
        return None
    relation = _folded_list(lex, "location", "relation")
    if not relation:
        return None
    marks = [r for r in refs if r.entity.id == location]
    if not marks:
        return None
    # the mention the location was read from: the first after the trigger, else the last before it
    # (as pick_location reads places)
    after = [r for r in marks if r.start >= trigger[1]]
    mark = after[0] if after else marks[-1]
    before = [r for r in refs if r.end <= mark.start and r.entity.type == "LOC"
              and r.entity.id not in (location, *actors)]
    if not before:
        return None
    place = before[-1]
    if any(place.end <= r.start < mark.start for r in refs):
        return None  # another name stands between
    toks = tokenize(article.body, place.end, mark.start)
    words = [t for t in toks if t.kind != "punct"]
    if any(t.kind == "punct" and t.text not in ",،" for t in toks):
        return None
    # the bare words only: "بين آسيا الوسطى وشرق إفريقيا" coordinates two places
    if not words or len(words) > _MAX_GAP or not all(w.norm in relation for w in words):
        return None
    if any(t.kind == "punct" for t in toks) and toks[0].kind != "punct":
        return None  # a comma only right after the place: "دوما، قرب دمشق"
    return place.entity.id

