"""Speakers that only point back: honorific pronouns and bare role descriptions.

"وقال معاليه" names nobody: "معاليه" refers to the person introduced with the honorific noun
("معالي وزير الخارجية … عادل الجبير"). "الأمير السعودي" or "المنظمة الأممية" is a description
of someone the article already named ("ولي العهد السعودي الأمير محمد بن سلمان", "الأمم
المتحدة"): when the entity stage made a separate entity of the description, the quote goes to
the earlier entity whose mentions share the description's words.
"""
from __future__ import annotations

import re

from ..article import Article, Entity
from ..text import fold
from .cues import folded_set
from .names import is_title

_WORD = re.compile(r"\w+")


def honorific_candidates(article: Article, history: list, pos: int) -> list:
    """History rows (pos, speaker, source, g, n) a bare honorific pronoun may continue, in
    ascending preference (the caller tries the last first): any earlier person speaker, then
    one introduced with an honorific noun, then, when no such person spoke yet, the first person
    the article introduced with an honorific."""
    people = [x for x in history if x[1] and _type(article, x[1]) == "PER"]
    titled = _honorific_people(article, pos)
    preferred = [x for x in people if x[1] in titled]
    if preferred:
        return people + preferred[-1:]
    if titled:
        return people + [(pos, titled[0], None, "", "")]
    return people


def _honorific_people(article: Article, pos: int) -> list[str]:
    """Ids of people whose mention before ``pos`` follows an honorific noun within a few words,
    in the order of that mention."""
    nouns = folded_set("subject", "honorific_nouns")
    body = article.body
    rows = []
    for ent in article.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.start >= pos:
                continue
            before = [fold(w) for w in _WORD.findall(body[max(0, m.start - 60):m.start])][-5:]
            before += [fold(w) for w in m.text.split()[:1]]
            if any(w in nouns or w[:1] in "وف" and w[1:] in nouns for w in before):
                rows.append((m.start, ent.id))
                break
    rows.sort()
    return [eid for _, eid in rows]


def _type(article: Article, eid: str) -> str | None:
    ent = article.entity(eid)
    return ent.type if ent is not None else None


def _stem(word: str) -> str:
    """A folded word without ال and a nisba or feminine ending: الأممية → امم, السعودي → سعود."""
    w = fold(word)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    for suf in ("يين", "يون", "يه", "ي", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w


def _descriptive(ent: Entity) -> bool:
    """An entity the tagger or a role rule made of a definite description only: every mention
    a short "ال…" phrase opened by a title or an organisation head ("الأمير السعودي")."""
    if ent.kb or not ent.mentions:
        return False
    heads = folded_set("cue_entities", "org_heads")
    for m in ent.mentions:
        words = m.text.split()
        if not 1 <= len(words) <= 3 or not all(fold(w).startswith("ال") for w in words):
            return False
        first = fold(words[0])
        if not (is_title(first) or first in heads or first[2:] in heads):
            return False
    return True


def earlier_referent(article: Article, eid: str | None, pos: int, cache: dict) -> str | None:
    """``eid`` unless it is a bare description of someone named before ``pos``: then that
    entity (same type, sharing the description's modifier words, most shared, latest named)."""
    if eid is None:
        return None
    key = (eid, pos)
    if key in cache:
        return cache[key]
    out = eid
    ent = article.entity(eid)
    if ent is not None and ent.type in ("PER", "ORG") and _descriptive(ent):
        desc = [m for m in ent.mentions if m.start < pos + 200]
        words = desc[0].text.split() if desc else ent.mentions[0].text.split()
        stems = [_stem(w) for w in words]
        mods = stems[1:]  # the head alone ("الأمير") matches too much
        best, best_key = None, (0, -1)
        for other in article.entities:
            if other is ent or other.type != ent.type or _descriptive(other):
                continue
            before = [m for m in other.mentions if m.start < pos]
            if not before:
                continue
            ostems = {_stem(w) for m in before for w in _WORD.findall(m.text)}
            hit_mods = sum(1 for s in mods if _shares(s, ostems))
            if mods and not hit_mods:
                continue
            score = hit_mods + (1 if _shares(stems[0], ostems) else 0)
            if not mods and score < 1:
                continue
            k = (score, max(m.start for m in before))
            if k > best_key:
                best, best_key = other, k
        if best is not None:
            out = best.id
    cache[key] = out
    return out


def _shares(stem: str, stems: set[str]) -> bool:
    if len(stem) < 3:
        return False
    return any(s == stem or len(s) >= 3 and (s.startswith(stem) or stem.startswith(s)) and
               abs(len(s) - len(stem)) <= 1 for s in stems)


def role_in_source(article: Article, source: str | None, pos: int) -> str | None:
    """The person an unresolved source describes with a role the article gave that person
    elsewhere: "رئيس الدبلوماسية الأمريكية" when the entity stage linked "الدبلوماسية
    الأمريكية" to the foreign minister earlier. Only a role of two words or more, held by a
    single person mentioned before ``pos``."""
    if not source:
        return None
    folded = " " + " ".join(fold(w) for w in _WORD.findall(source)) + " "
    found = set()
    for ent in article.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = _WORD.findall(m.text)
            if m.kind == "role" and m.start < pos and len(words) >= 2 and \
                    " " + " ".join(fold(w) for w in words) + " " in folded:
                found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


def role_before_name(article: Article, phrase: str, pos: int) -> str | None:
    """The person the article introduced with this role written right before the name, titles
    and honorifics aside: "ووصف معالي وزير الخارجية …" after "التقى معالي وزير الخارجية الأستاذ
    عادل الجبير …". Only a role of two words or more that fits a single person before ``pos``."""
    honorifics = folded_set("subject", "honorific_nouns")
    role = [fold(w) for w in _WORD.findall(phrase)]
    while role and (role[0] in honorifics or role[0][:1] in "وف" and role[0][1:] in honorifics):
        role = role[1:]
    if len(role) < 2 or not is_title(role[0]):
        return None
    body, found = article.body, set()
    for ent in article.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            if m.kind != "name" or m.start >= pos:
                continue
            before = [fold(w) for w in _WORD.findall(body[max(0, m.start - 80):m.start])]
            while before and before[-1] not in role and (is_title(before[-1]) or before[-1] in honorifics):
                before.pop()  # "… الأستاذ عادل": a title between the role and the name
            tail = before[-len(role):]
            if len(tail) == len(role) and tail[1:] == role[1:] and \
                    tail[0] in (role[0], "و" + role[0], "ف" + role[0]):
                found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


def role_only(phrase: str) -> bool:
    """A subject phrase that is a role and nothing else ("ولي العهد"، "وزير الخارجية البولوني"،
    "الأمين العام للأمم المتحدة"): a title first, then only definite or genitive words, no name."""
    words = [fold(w) for w in _WORD.findall(phrase)]
    if not 2 <= len(words) <= 6 or not is_title(words[0]):
        return False
    return all(w.startswith(("ال", "لل")) or is_title(w) for w in words[1:])


def role_holder(article: Article, phrase: str, pos: int) -> str | None:
    """The one person the article gave this role before ``pos``: "ولي العهد" after "ولي العهد
    السعودي، محمد بن سلمان" or after a role mention "ولي العهد السعودي". The role may carry
    more words where the article introduced it (a nationality, a portfolio); titles and
    honorifics between the role and the name are skipped. None unless exactly one person fits."""
    honorifics = folded_set("subject", "honorific_nouns")
    role = [fold(w) for w in _WORD.findall(phrase)]
    while role and (role[0] in honorifics or role[0][:1] in "وف" and role[0][1:] in honorifics):
        role = role[1:]
    if role and role[0][:1] in "وف" and is_title(role[0][1:]) and not is_title(role[0]):
        role[0] = role[0][1:]
    if len(role) < 2 or not is_title(role[0]):
        return None

    def fits(words: list[str]) -> bool:
        return len(words) >= len(role) and words[1:len(role)] == role[1:] and \
            words[0] in (role[0], "و" + role[0], "ف" + role[0])
    found = _holders(article, role, pos, fits)
    if not found and len(role) >= 3:
        # a repeat that drops a word of the role ("قائد المنطقة الرابعة" after "قائد المنطقة
        # العسكرية الرابعة اللواء …"): the head the same, the other words in the same order
        bare = [_bare(w) for w in role]
        found = _holders(article, role, pos, lambda words: _loose_fits(bare, words), bounded=True)
    return next(iter(found)) if len(found) == 1 else None


def _holders(article: Article, role: list[str], pos: int, fits, bounded: bool = False) -> set[str]:
    """Ids of the people (not made by the quote stage) with a role mention before ``pos`` that
    ``fits``, or a name mention right after words that ``fits`` (titles between skipped). With
    ``bounded``, the words before the name must not go on before the role with another title
    ("نائب قائد اللواء …" is not "قائد اللواء …")."""
    honorifics = folded_set("subject", "honorific_nouns")
    body, found = article.body, set()
    for ent, m in earlier_people(article, pos):
        if m.kind == "role":
            if fits([fold(w) for w in _WORD.findall(m.text)]):
                found.add(ent.id)
            continue
        if m.kind != "name":
            continue
        before = [fold(w) for w in _WORD.findall(body[max(0, m.start - 100):m.start])]
        while before and before[-1] not in role and (is_title(before[-1]) or before[-1] in honorifics):
            before.pop()  # "… الأمير محمد": a title between the role and the name
        # the role right before the name, with up to three words more ("السعودي")
        if any(fits(before[-n:]) and not (bounded and n < len(before) and is_title(before[-n - 1]))
               for n in range(len(role), len(role) + 4) if n <= len(before)):
            found.add(ent.id)
    return found


def earlier_people(article: Article, pos: int):
    """(entity, mention) for every mention before ``pos`` of a person the entity stage found (the
    quote stage's own speakers, source "cue", are no antecedents)."""
    for ent in article.entities:
        if ent.type != "PER" or ent.source == "cue":
            continue
        for m in ent.mentions:
            if m.start < pos:
                yield ent, m


def _bare(word: str) -> str:
    """A folded word without a leading و/ف and the article or a glued ل ("لوزير" = "الوزير")."""
    return without_article(word[1:] if word[:1] in "وف" and len(word) > 3 and not is_title(word) else word)


def without_article(word: str) -> str:
    """A folded word without the article or a glued ل/لل ("لوزير" → "وزير")."""
    for p in ("لل", "ال", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def _loose_fits(role: list[str], words: list[str]) -> bool:
    """``words`` open with the head of ``role`` (bare words) and hold its other words in order,
    with other words between ("المنطقة العسكرية الرابعة" for "المنطقة الرابعة")."""
    bare = [_bare(w) for w in words]
    if not bare or bare[0] != role[0]:
        return False
    i = 1
    for w in bare[1:]:
        if i < len(role) and w == role[i]:
            i += 1
    return i == len(role)


def earlier_org(article: Article, head: str, pos: int) -> str | None:
    """The organisation last named before ``pos`` by a mention of two words or more whose first
    word is ``head`` (folded, without ال): "السفارة الروسية في باماكو" for a later "السفارة"."""
    best, best_start = None, -1
    for ent in article.entities:
        if ent.type != "ORG":
            continue
        for m in ent.mentions:
            words = m.text.split()
            if m.start < pos and m.start > best_start and len(words) >= 2 and \
                    fold(words[0].strip("«»\"“”")) in (head, "ال" + head):
                best, best_start = ent.id, m.start
    return best if best is not None else introduced_org(article, head, pos)


# what may be glued to the head noun before a name: "وشركة"، "لشركة"، "بالشركة"
_HEAD_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "لل", "ال", "وب", "ول", "ولل", "وال", "بال", "فال"})
_BEFORE_NAME = re.compile(r"(\w+)[\s«»\"“”'(]*$")


def introduced_org(article: Article, head: str, pos: int) -> str | None:
    """The organisation last named before ``pos`` right after the indefinite head noun ``head``
    (folded, without ال), the head outside the mention: "جمعية «بي إي إن»"، "شركة ريان إير"،
    "شبكة سي بي إس" for a later "الجمعية"، "الشركة"، "الشبكة". Only when no mention opened by
    the head exists (earlier_org)."""
    body = article.body
    best, best_start = None, -1
    for ent in article.entities:
        if ent.type != "ORG" or ent.source == "cue":
            continue
        for m in ent.mentions:
            if not best_start < m.start < pos:
                continue
            last = _BEFORE_NAME.search(body[max(0, m.start - 40):m.start])
            if last is None:
                continue
            if fold(m.text.strip("«»\"“”")).startswith("ال") and not re.search(r"[«\"“]", last.group(0)):
                # "لجنة الأمم المتحدة"، "إذاعة الجيش الإسرائيلي": a definite noun after the head
                # is its genitive (whose committee), not its name; «الحياة» in marks is a name
                continue
            word = fold(last.group(1))
            if word.endswith(head) and word[:len(word) - len(head)] in _HEAD_CLITICS:
                best, best_start = ent.id, m.start
    if best is not None and _other_named(body, head, body.find(" ", best_start), pos):
        return None
    return best


def _other_named(body: str, head: str, s: int, e: int) -> bool:
    """Is another organisation of the kind introduced in ``body[s:e]``: the indefinite head
    again ("شركة أخرى"، "قناة «سكاي»"), or the definite head with a name in marks a few words
    on ("القناة الرسمية «ارت 1»") that the entity stage does not know?"""
    if s < 0 or s >= e:
        return False
    words = list(re.finditer(r"\S+", body[s:e]))
    for i, w in enumerate(words):
        f = fold(w.group().strip("«»\"“”()،,.:"))
        if not f.endswith(head) or f[:len(f) - len(head)] not in _HEAD_CLITICS:
            continue
        if "ال" not in f[:len(f) - len(head)]:
            return True
        if any(c in x.group() for x in words[i:i + 3] for c in "«\"“"):
            return True
    return False
