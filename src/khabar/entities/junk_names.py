"""Tagger person spans that are no people, told by the words around them.

Called from names.py for each span the tagger marks PER, before it becomes an entity:
- a title or rank alone ("وقال الكولونيل المتقاعد، …") is not a name;
- a one-word definite "name" right after a definite noun is that noun's adjective ("عيد الفطر
  المبارك", "الظهير الأيمن", "الأخ العزيز"), unless the noun is a title or a word a name follows;
- "المتحدث باسم X": after a spokesman noun "باسم" means "on behalf of"; the span loses it.
("ديبي و|الش" is repaired by linking.join_waw_surnames.)
Word lists: entity_context.toml [junk], roles_grammar.toml [titles], cues.toml [titles].
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cache

from ..resources import folded_words, load_toml
from ..text import Token, fold


@cache
def _titles() -> frozenset[str]:
    """Titles and ranks that come before a name (folded)."""
    out = set(folded_words("roles_grammar.toml", "titles", "words"))
    grammar = load_toml("roles_grammar.toml")
    out |= {fold(w) for w in grammar["titles"].get("honorifics", ()) if " " not in w}
    out |= {fold(w) for w in grammar["roles"].get("head_titles", ()) if " " not in w}
    try:
        out |= {fold(w) for w in load_toml("cues.toml").get("titles", {}).get("ranks", ())}
    except (FileNotFoundError, OSError):  # the quotes lexicon is optional here
        pass
    return frozenset(out)


@cache
def _rules() -> dict:
    return load_toml("entity_context.toml").get("junk", {})


@cache
def _fold_list(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _rules().get(key, ()))


def _token_at(tokens: list[Token], starts: list[int], offset: int) -> int:
    """Index of the token containing ``offset`` (-1 when none)."""
    k = bisect_right(starts, offset) - 1
    return k if k >= 0 and tokens[k].end > offset else -1


def is_title_word(body: str, start: int, end: int) -> bool:
    """"الكولونيل" alone: a title or a rank, not a person."""
    words = fold(body[start:end]).split()
    return len(words) == 1 and words[0] in _titles()


def is_attributive_adjective(body: str, tokens: list[Token], starts: list[int],
                             start: int, end: int, taken, demonyms=None) -> bool:
    """A lone definite word right after a definite noun, with nothing between (no comma, no
    bracket), agrees with it as an adjective: "الفطر المبارك", "الظهير الأيمن". Kept when the noun
    is a title ("الدكتور التركي"), a word a name follows ("السابق", "الله"), a given name after a
    title ("اللواء العربي السروي"), a nationality ending an office, or already part of an entity ("مدرب الشباب الفارو")."""
    words = fold(body[start:end]).split()
    # the article as written: folding makes "ألبرتو" (a storm's name) look definite
    if len(words) != 1 or not body.startswith("ال", start) or len(words[0]) < 4:
        return False
    k = _token_at(tokens, starts, start)
    if k < 1 or tokens[k].start != start:
        return False
    prev = tokens[k - 1]
    if prev.kind != "word" or body[prev.end:start].strip():
        return False
    surface = prev.text[1:] if prev.text[:1] in ("و", "ف") and prev.text[1:3] == "ال" else prev.text
    p = prev.norm
    bare = p[1:] if p.startswith(("و", "ف")) and p[1:].startswith("ال") else p
    if not surface.startswith("ال") or bare in _titles() or bare in _fold_list("name_before"):
        return False
    if demonyms and demonyms.get(bare[2:]):
        return False  # "وزير العدل الجزائري الطيب لوح": an office with its nationality, then a name
    if k >= 2 and tokens[k - 2].kind == "word" and tokens[k - 2].norm in _titles() and \
            not body[tokens[k - 2].end:prev.start].strip():
        return False  # "اللواء العربي السروي": the noun is the given name after a title
    return not taken.overlaps(prev.start, prev.end)


def behalf_start(body: str, tokens: list[Token], starts: list[int], start: int, end: int) -> int | None:
    """"المتحدث باسم مشار": the span's start moved past "باسم" when a spokesman noun (or a verb
    of speaking for someone) comes before it; None when the span is no such case."""
    k = _token_at(tokens, starts, start)
    if k < 1 or tokens[k].start != start or tokens[k].norm != fold(_rules().get("behalf_word", "باسم")):
        return None
    j = k - 1
    if j >= 1 and tokens[j].norm in _fold_list("behalf_between"):
        j -= 1
    if tokens[j].kind != "word" or tokens[j].norm not in _fold_list("behalf_nouns"):
        return None
    if k + 1 >= len(tokens) or tokens[k + 1].start >= end:
        return end  # nothing left after "باسم"
    return tokens[k + 1].start



def is_everyday_given_name(body: str, tokens: list[Token], starts: list[int], start: int, end: int) -> bool:
    """A lone given name that is also an everyday adjective or noun ("بشكل سليم", "أسلوب فريد",
    "وسط رضا", "وأنا سعيد", "وقال مشرف العمل"), with nothing around it that makes it a person's
    name: a definite word or a title right before it ("الرئيس المخلوع صالح", "الشيخ سعيد"), "و" glued
    to it after another name, or an age right after it ("كريم (29 عاما)", "كريم 32 عاما"). The caller
    keeps it when a name of the article starts with the word or a full name ends with it."""
    words = fold(body[start:end]).split()
    if len(words) != 1 or words[0] not in _fold_list("everyday_given_names"):
        return False
    k = _token_at(tokens, starts, start)
    if k < 0 or (tokens[k].start < start and body[tokens[k].start] == "و"):
        return False  # "جوزيف وعادل", "غياث أيوب وسعيد البطل": the next of a list of people
    before = tokens[k - 1] if k > 0 else None
    if before is not None and before.kind == "word" and not body[before.end:start].strip() and \
            (before.norm.startswith("ال") or before.norm in _titles()):
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].text == "(":
        j += 1
    return not (j < len(tokens) and tokens[j].kind == "num")
