"""Named sites and facilities: a head noun and the name after it, one place.

"مطار عدن", "قاعدة العند الجوية", "معبر صوفا", "سد النهضة", "جامع الإمام الصادق" name a place
(LOC) of their own: the airport is not the town, the mosque is not the imam. The head nouns, the
common noun phrases they also make ("قاعدة البيانات", "سد العجز") and the adjectives a site name
takes are data (entity_context.toml [sites]).

The name after the head is read by grammar, not from a list of sites:
- a place the KB knows ("مطار عدن"): linking.py asks ``site_before`` when it matches the place;
- a definite word ("قاعدة العند", "مخيم اليرموك") not of the common phrases;
- a title and the name after it ("مطار الملك خالد", "جامع الإمام الصادق");
- a bare word where the tagger starts a name, or before a definite adjective ("معبر صوفا
  الإسرائيلي"): an indefinite word after the head is as often an adjective ("قاعدة عسكرية").
Then the site's adjectives ("الجوية", "الدولي"); "قاعدة العديد الجوية" and "قاعدة العديد" share one
entity (``site_key``). A camp ("مخيم البريج") is the settlement of the same name: the head joins that
place's mention instead of making a new entity. Hospitals (ORG) are read the same way; universities
and institutes only by a title and a name; a title after any such head is no role phrase
(``after_named_head``: "مطار الملك خالد" is no King Khalid).

Also here, for the same unknown-names pass: definite institution nouns with naming adjectives
("المحكمة الجزائية", "النيابة العمومية", "المجلس الوطني الكردي"; ``definite_org_spans``,
entity_context.toml [definite_orgs]), and a weak place alias in a list of places ("والزرقاء";
``listed_place``).
"""
from __future__ import annotations

import re
from functools import cache

from ..resources import folded_words
from ..text import Token, clitic_readings, proclitic_length


@cache
def site_heads() -> frozenset[str]:
    return folded_words("entity_context.toml", "sites", "heads")


@cache
def _typed_heads() -> dict[str, tuple[str, bool]]:
    """Folded head → (type, whether a definite word alone may name it)."""
    out = {h: ("ORG", False) for h in folded_words("entity_context.toml", "sites", "named_org_heads")}
    out.update({h: ("ORG", True) for h in folded_words("entity_context.toml", "sites", "org_heads")})
    out.update({h: ("LOC", True) for h in site_heads()})
    return out


@cache
def _named_after() -> frozenset[str]:
    return folded_words("roles_grammar.toml", "titles", "named_after")


def after_named_head(tokens: list[Token], body: str, first: int) -> bool:
    """Token ``first`` (a title) follows a noun that things are named after ("مطار" + "الملك
    خالد", "جامعة" + "الملك عبدالعزيز"): the title and name are part of that name, no person."""
    if first < 1 or not _adjacent(body, tokens[first - 1], tokens[first]) or tokens[first - 1].kind != "word":
        return False
    return any(st in _named_after() for _, st in clitic_readings(tokens[first - 1].norm))


@cache
def settlement_heads() -> frozenset[str]:
    return folded_words("entity_context.toml", "sites", "settlements")


@cache
def _common() -> frozenset[str]:
    """Definite words after a head that are no site name: the common phrases, and the place nouns
    ("مطار العاصمة" is the capital's airport, "مسجد القرية" the village mosque)."""
    triggers = folded_words("entity_context.toml", "place_triggers", "words")
    return folded_words("entity_context.toml", "sites", "common") | \
        folded_words("entity_context.toml", "sites", "abstract") | triggers | \
        frozenset("ال" + w for w in triggers if not w.startswith("ال"))


@cache
def _adjectives() -> frozenset[str]:
    return folded_words("entity_context.toml", "sites", "adjectives")


@cache
def _titles() -> frozenset[str]:
    return folded_words("roles_grammar.toml", "titles", "words")


@cache
def _stop() -> frozenset[str]:
    return folded_words("entity_context.toml", "org_patterns", "stop") | \
        folded_words("roles_grammar.toml", "titles", "stop")


def _head(tok: Token, heads: frozenset[str] | dict | None = None) -> tuple[str, str] | None:
    """(proclitic, head stem) when ``tok`` is a site head, perhaps after a proclitic ("بمطار")."""
    if tok.kind != "word":
        return None
    heads = site_heads() if heads is None else heads
    return next(((p, st) for p, st in clitic_readings(tok.norm) if st in heads), None)


def _adjacent(body: str, a: Token, b: Token) -> bool:
    """``b`` follows ``a`` across spaces only (no punctuation, no line break)."""
    return b.kind == "word" and body[a.end:b.start].strip(" \u00a0") == ""


def site_before(tokens: list[Token], body: str, first: int) -> tuple[int, str] | None:
    """(start, head stem) of a site head right before token ``first`` ("مطار" + "عدن"), or None."""
    if first < 1 or not _adjacent(body, tokens[first - 1], tokens[first]):
        return None
    head = _head(tokens[first - 1])
    if head is None:
        return None
    tok = tokens[first - 1]
    return tok.start + proclitic_length(tok.text, head[0]), head[1]


def site_end(tokens: list[Token], body: str, last: int) -> int:
    """End of a site name whose last word so far is token ``last``, through the site adjectives
    after it ("قاعدة العند" + "الجوية")."""
    k = last
    while k + 1 < len(tokens) and k - last < 2 and _adjacent(body, tokens[k], tokens[k + 1]) and \
            tokens[k + 1].norm in _adjectives():
        k += 1
    return tokens[k].end


def _name_words(tokens: list[Token], body: str, j: int, definite: bool = True) -> int | None:
    """Last token of the name that starts at token ``j`` right after a head, or None (a definite
    word counts only when ``definite``)."""
    tok = tokens[j]
    w = tok.norm
    if w in _common() or w in _stop():
        return None
    if w in _titles():
        # "مطار الملك خالد", "جامع الإمام الصادق": a title and one name word (two with "بن", or
        # when the word is "عبد" or "أبو" written apart)
        if j + 1 >= len(tokens) or not _adjacent(body, tok, tokens[j + 1]) or tokens[j + 1].norm in _stop():
            return None
        k = j + 1
        if tokens[k].norm in _connectors() and k + 1 < len(tokens) and _adjacent(body, tokens[k], tokens[k + 1]):
            k += 1
        while k + 2 < len(tokens) and k - j < 4 and tokens[k + 1].norm in ("بن", "ابن") and \
                _adjacent(body, tokens[k], tokens[k + 1]) and _adjacent(body, tokens[k + 1], tokens[k + 2]):
            k += 2
        return k
    if definite and w.startswith("ال") and len(w) > 3:
        return j
    return None


def _definite_run(tokens: list[Token], body: str, last: int) -> int:
    """Last token of the definite words running on after token ``last`` ("مستشفى الحرس" +
    "الوطني", "مستشفيات القوات" + "المسلحة"), at most two."""
    k = last
    while k + 1 < len(tokens) and k - last < 2 and _adjacent(body, tokens[k], tokens[k + 1]) and \
            tokens[k + 1].norm.startswith("ال") and tokens[k + 1].norm not in _stop():
        k += 1
    return k


@cache
def _connectors() -> frozenset[str]:
    return folded_words("entity_context.toml", "name_connectors", "words")



def site_spans(tokens: list[Token], body: str, tagged: dict[int, int],
               is_demonym=lambda w: False) -> list[tuple[int, int, str]]:
    """Site names by their head noun (see the module docstring). ``tagged`` maps the start of each
    tagger name to its end: a bare word after a head is a name where the tagger starts one, or
    where a definite adjective follows it ("معبر صوفا الإسرائيلي": an indefinite adjective, "معبر
    حدودي", is never followed by a definite one)."""
    out = []
    heads = _typed_heads()
    for i, tok in enumerate(tokens[:-1]):
        head = _head(tok, heads)
        if head is None or not _adjacent(body, tok, tokens[i + 1]):
            continue
        typ, free = heads[head[1]]
        nxt = tokens[i + 1]
        last = _name_words(tokens, body, i + 1, free)
        if last is not None and typ == "ORG" and last == i + 1 and nxt.norm.startswith("ال"):
            last = _definite_run(tokens, body, last)
        # a bare word the tagger starts a name at, not a preposition's object ("مخيم لنازحي")
        if last is None and free and not nxt.norm.startswith(("ال", "ل")) and nxt.start in tagged:
            end = tagged[nxt.start]
            last = next((k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].end == end), None)
        if last is None and free and not nxt.norm.startswith(("ال", "ل")) and \
                not nxt.text.endswith(("ي", "ية", "ة")) and nxt.norm not in _stop() and nxt.norm not in _common() and \
                i + 2 < len(tokens) and \
                _adjacent(body, nxt, tokens[i + 2]) and \
                (tokens[i + 2].norm in _adjectives() or is_demonym(tokens[i + 2].norm)):
            last = i + 1
        if last is None:
            continue
        out.append((tok.start + proclitic_length(tok.text, head[0]), site_end(tokens, body, last), typ))
    return out


@cache
def _definite() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(heads, listed adjectives, describing adjectives, seated heads) of [definite_orgs]."""
    get = lambda key: folded_words("entity_context.toml", "definite_orgs", key)  # noqa: E731
    return get("heads"), get("adjectives"), get("not_names"), get("seated")


@cache
def _seated_in() -> frozenset[str]:
    return folded_words("entity_context.toml", "definite_orgs", "seated_in")


def definite_heads() -> frozenset[str]:
    return _definite()[0]


def _naming_adjective(tok: Token) -> bool:
    """A definite relational adjective that can name a body ("الجزائية", "الوطني"); the written
    word must end in ي or ية ("الشكاوى" folds to a nisba's shape and is a plural noun)."""
    _, listed, describing, _ = _definite()
    w = tok.norm
    if w in describing or w in _stop() or len(w) < 5:
        return False
    return w in listed or (w.startswith("ال") and tok.text.endswith(("ي", "ية", "يه")))


@cache
def _placing() -> frozenset[str]:
    return folded_words("entity_context.toml", "definite_orgs", "placing")


def definite_org_spans(tokens: list[Token], body: str, is_place, is_demonym,
                       tagged: dict[int, int] | None = None) -> list[tuple[int, int, str]]:
    """"المحكمة الجزائية", "المجلس الوطني الكردي": a definite institution noun and the naming
    adjectives after it (at most three); a court may end in "ب" + the town it sits in, when
    ``is_place(word)`` says the folded word is a place ("المحكمة الابتدائية بتونس"). Adjectives
    that only place the body (``is_demonym``, [definite_orgs].placing) need a ل-complement after
    them ("الهيئة السعودية" + "للمهندسين"); alone they describe a body already named. A longer
    tagger name at the same start is left to stand ("المجلس العسكري في تعز"): ``tagged`` maps
    tagger starts to ends."""
    tagged = tagged or {}
    heads, _, _, seated = _definite()
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind != "word":
            continue
        reading = next(((p, st) for p, st in clitic_readings(tok.norm) if st in heads and p in ("", "و", "ف", "ب", "ل")),
                       None)
        if reading is None:
            continue
        k = i
        while k + 1 < len(tokens) and k - i < 3 and _adjacent(body, tokens[k], tokens[k + 1]) and \
                _naming_adjective(tokens[k + 1]):
            k += 1
        if k == i:
            continue
        if all(tokens[n].norm in _placing() or is_demonym(tokens[n].norm) for n in range(i + 1, k + 1)):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or not _adjacent(body, tokens[k], nxt) or not nxt.norm.startswith("ل") or \
                    nxt.norm in _stop():
                continue
        if reading[1] in seated and k + 1 < len(tokens) and _adjacent(body, tokens[k], tokens[k + 1]):
            w = tokens[k + 1].norm
            if w.startswith("ب") and len(w) > 3 and is_place(w[1:]):
                k += 1
        if reading[1] in _seated_in() and k + 2 < len(tokens) and tokens[k + 1].norm == "في" and \
                _adjacent(body, tokens[k], tokens[k + 1]) and _adjacent(body, tokens[k + 1], tokens[k + 2]) and \
                is_place(tokens[k + 2].norm, True):
            k += 2
        start = tok.start + proclitic_length(tok.text, reading[0])
        if tagged.get(start, 0) > tokens[k].end:
            continue
        out.append((start, tokens[k].end, "ORG"))
    return out


_PARENS = re.compile(r"\([^()]{0,40}\)")


def listed_place(body: str, m, pick: str, chosen: list, kb) -> bool:
    """A weak place alias joined by "و" to a place just named ("جرش (50 كم شمال عمان) والزرقاء",
    "والطفيلة ومعان"): in a list of places it is a place too. Only commas, spaces and a short
    parenthesis may lie between the two."""
    if m.prefix not in ("و",) or kb.get(pick).type != "LOC" or not chosen:
        return False
    # only a word whose place readings are all in one country: "وعمان" (Oman or Amman), "والشرقية"
    # (Saudi or Egyptian) in a list need more than the list (seen wrong in the corpus)
    if any(kb.get(i).type != "LOC" for i in m.ids) or len({kb.get(i).country or i for i in m.ids}) != 1:
        return False
    prev, prev_id = chosen[-1]
    if kb.get(prev_id).type != "LOC" or prev.end > m.start:
        return False
    between = body[prev.end:m.start - len(m.prefix)]
    between = _PARENS.sub("", between).replace(")", "")
    return len(between) < 60 and between.strip(" \u00a0,،") == ""


def site_key(words: list[str]) -> list[str]:
    """Folded words of a site's name without its trailing site adjectives, so that "قاعدة العديد
    الجوية" and a later "قاعدة العديد" are one entity."""
    if len(words) < 3 or not any(st in _typed_heads() for _, st in clitic_readings(words[0])):
        return words
    k = len(words)
    while k > 2 and words[k - 1] in _adjectives():
        k -= 1
    return words[:k]
