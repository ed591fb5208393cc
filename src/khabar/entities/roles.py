"""Role nominals: "الرئيس الروسي", "وزير خارجية فرنسا", "الرئيسان الأمريكي والروسي", "نظيره الأمريكي".

A role phrase is an office nominal from the KB's role lexicon (``الرئيس``, ``وزير الخارجية``, with
proclitics on its first word), followed by what tells whose office it is: one or two demonym
adjectives (``الروسي``, ``الأمريكي والروسي`` for a dual), or a country in construct (``رئيس روسيا``,
``وزير خارجية فرنسا``), or ``ل`` + an organisation (``الأمين العام للأمم المتحدة``). The counterpart
construction ``نظيره``/``نظيرته``/``نظيرها`` + demonym names the holder of the antecedent's office in
another country. This module only finds the phrases; linking.py decides who holds the office.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..resources import folded_words, load_toml
from ..text import Token, clitic_readings, fold, proclitic_length, strip_article
from .kb import KB

# The construct form drops the article of the office word's complement: "وزير خارجية فرنسا" is the
# role key ("وزير","الخارجية") with "خارجية" in place of "الخارجية".


@dataclass(slots=True)
class RolePhrase:
    start: int
    end: int
    first: int                # token indices (inclusive)
    last: int
    role: str                 # role key, e.g. "president"
    number: str               # sg | du | pl
    countries: list[str] = field(default_factory=list)  # KB ids of the office's country/organisation
    counterpart: bool = False  # "نظيره …": the antecedent's office in ``countries``
    nominal_end: int = 0      # token index of the last token of the office nominal itself
    former: bool = False      # "رئيس الوزراء العراقي السابق": a past holder
    posting: str | None = None  # "مندوب الكويت لدى الأمم المتحدة": KB id of the body posted to


def _demonym_at(tokens: list[Token], j: int, kb: KB) -> tuple[str, str, int] | None:
    """(proclitic, country id, tokens used) when a demonym adjective starts at token ``j``:
    "الروسي", "والروسية", and two-word ones such as "الكوري الشمالي" or "جنوب الأفريقي"."""
    tok = tokens[j]
    if tok.kind != "word":
        return None
    nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else None
    for prefix, stem in clitic_readings(tok.norm):
        if prefix not in ("", "و") or not stem.startswith("ال"):
            continue
        if nxt is not None and nxt.norm.startswith("ال"):
            country = kb.demonym_index.get(strip_article(stem) + " " + strip_article(nxt.norm))
            if country:
                return prefix, country, 2
        country = kb.demonym_index.get(strip_article(stem))
        if country:
            return prefix, country, 1
    return None


def _indefinite_demonym(tok: Token, kb: KB) -> str | None:
    """A demonym without the article, as after an indefinite office ("رئيس روسي سابق")."""
    return kb.demonym_index.get(tok.norm)


_SHAPES: dict[int, tuple[KB, frozenset, int]] = {}


def _nominal_shape(kb: KB) -> tuple[frozenset, int]:
    """First words of the role lexicon's keys and the longest key, to skip words that start none."""
    hit = _SHAPES.get(id(kb))
    if hit is None or hit[0] is not kb:
        firsts = frozenset(k[0] for k in kb.role_index)
        hit = _SHAPES[id(kb)] = (kb, firsts, max((len(k) for k in kb.role_index), default=1))
    return hit[1], hit[2]


def _match_nominal(tokens: list[Token], i: int, kb: KB) -> tuple[int, str, str, bool] | None:
    """Longest office nominal starting at token ``i``: (last index, role, number, construct)."""
    best = None
    firsts, longest = _nominal_shape(kb)
    readings = clitic_readings(tokens[i].norm)
    for prefix, stem in readings:
        if stem not in firsts and "ال" + stem not in firsts:
            continue
        for length in range(min(longest, len(tokens) - i), 0, -1):
            rest = tuple(t.norm for t in tokens[i + 1:i + length])
            key = (stem,) + rest
            hit = kb.role_index.get(key)
            construct = False
            if hit is None and length > 1:
                # construct state: the last word without its article ("وزير خارجية فرنسا")
                key2 = key[:-1] + ("ال" + key[-1],)
                hit = kb.role_index.get(key2)
                construct = hit is not None
            if hit is None and length == 1 and not stem.startswith("ال"):
                hit = kb.role_index.get(("ال" + stem,))
                construct = hit is not None
            if hit and (best is None or i + length - 1 > best[0]):
                best = (i + length - 1, hit[0], hit[1], construct)
    return best


def find_roles(tokens: list[Token], kb: KB,
               country_at: dict[int, tuple[str, int, str]]) -> list[RolePhrase]:
    """Role phrases in ``tokens``. ``country_at`` maps a token index to (KB id, last token index,
    proclitic) of a country or organisation name starting there (from the alias matcher)."""
    counterpart_words = folded_words("roles_grammar.toml", "counterpart", "words")
    former_words = folded_words("roles_grammar.toml", "former", "words")
    elect = folded_words("roles_grammar.toml", "elect", "words")
    elect_roles = load_toml("roles_grammar.toml").get("elect", {}).get("roles", {})
    on_behalf = folded_words("roles_grammar.toml", "counterpart", "on_behalf")
    deputies = _deputy_words()
    not_after = folded_words("roles_grammar.toml", "roles", "not_after")
    place_nouns = folded_words("roles_grammar.toml", "roles", "place_nouns")
    occupations = occupation_roles()
    out: list[RolePhrase] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.kind != "word":
            i += 1
            continue
        stems = {s for _, s in clitic_readings(tok.norm)}
        if stems & counterpart_words:
            j = i + 1
            countries = []
            while j < n and len(countries) < 2:
                d = _demonym_at(tokens, j, kb)
                if not d or (countries and d[0] != "و"):
                    break
                countries.append(d[1])
                j += d[2]
            if countries:
                prefix = next(p for p, s in clitic_readings(tok.norm) if s in counterpart_words)
                out.append(RolePhrase(tok.start + proclitic_length(tok.text, prefix), tokens[j - 1].end,
                                      i, j - 1, "", "sg", countries, counterpart=True, nominal_end=i))
                i = j
                continue
        hit = _match_nominal(tokens, i, kb)
        deputy = None
        if i + 1 < n and tokens[i + 1].kind == "word":
            # "نائب وزير الخارجية": the deputy's office, not the minister's, unless the lexicon
            # has the whole phrase ("نائب الرئيس", "نائب رئيس الوزراء")
            deputy = next(((p, deputies[st]) for p, st in clitic_readings(tok.norm) if st in deputies),
                          None)
            if deputy is not None:
                inner = _match_nominal(tokens, i + 1, kb)
                if inner is not None and (hit is None or inner[0] > hit[0]):
                    hit = inner
                else:
                    deputy = None
        if hit is not None and i > 0 and tokens[i - 1].kind == "word" and \
                any(st in not_after for _, st in clitic_readings(tokens[i - 1].norm)):
            # "مكتب المدعي العام", "منصب رئيس وزراء فرنسا": the bureau or the post, not a holder
            i = hit[0] + 1
            continue
        if hit is None:
            i += 1
            continue
        last, role, number, construct = hit
        if role in occupations and i > 0 and tokens[i - 1].kind == "word" and \
                tokens[i - 1].norm.startswith("ال") and deputy is None:
            # "المؤتمر الصحفي", "اللجنة الإعلامية", "الوفد الصحفي لرئيس الجمهورية": an occupation
            # word after a definite noun is its adjective; the next word may open an office
            i += 1
            continue
        if deputy is not None:
            role = deputy[1] + role
        j = last + 1
        countries: list[str] = []
        want = 2 if number in ("du", "pl") else 1
        if j < n and tokens[j].kind == "word":
            # "والرئيس الأمريكي" is definite: look through a proclitic on a one-word nominal
            definite = tokens[last].norm.startswith("ال") or (last == i and any(
                p and st.startswith("ال") for p, st in clitic_readings(tokens[last].norm)))
            if construct or not definite:
                # "رئيس روسيا" / "وزير خارجية فرنسا": the country follows in construct
                # a construct complement carries no proclitic: "رئيس روسيا", not "رئيس لروسيا"
                if j in country_at and not country_at[j][2]:
                    countries.append(country_at[j][0])
                    j = country_at[j][1] + 1
                elif last > i and last in country_at and country_at[last][1] > last and \
                        not country_at[last][2] and tokens[last].norm in place_nouns:
                    # "حاكم ولاية فلوريدا": the office's place noun opens the place's own name
                    countries.append(country_at[last][0])
                    j = country_at[last][1] + 1
                else:
                    c = _indefinite_demonym(tokens[j], kb)
                    if c:
                        countries.append(c)
                        j += 1
            else:
                while j < n and len(countries) < want:
                    d = _demonym_at(tokens, j, kb)
                    if d and (not countries or d[0] == "و"):
                        countries.append(d[1])
                        j += d[2]
                        continue
                    # "الأمين العام للأمم المتحدة": ل + organisation
                    if not countries and j in country_at and country_at[j][2] == "ل":
                        countries.append(country_at[j][0])
                        j = country_at[j][1] + 1
                    break
        end_tok = j - 1 if countries else last
        if not countries and tokens[last].norm in on_behalf and last + 1 in country_at and \
                not country_at[last + 1][2]:
            # "المتحدث باسم الأمم المتحدة": the body spoken for is a KB organisation
            countries.append(country_at[last + 1][0])
            end_tok = country_at[last + 1][1]
        elif not countries and tokens[last].norm in on_behalf:
            # "المتحدث باسم الحملة الانتخابية": the body spoken for, up to the next punctuation
            # the body is a noun and its definite modifiers ("وزارة الخارجية الأمريكية"); an
            # indefinite word after them starts the name that follows ("… جون كيربي")
            k = last + 1
            while k < n and k - last <= 5 and tokens[k].kind == "word" and \
                    (k == last + 1 or tokens[k].norm.startswith("ال")):
                k += 1
            if k > last + 1:
                end_tok = k - 1
        if not countries:
            # a nominal that names its body itself ("المفوض السامي لحقوق الإنسان")
            nominal_key = tuple(t.norm for t in tokens[i:last + 1])
            holder = kb.role_holder.get(nominal_key) or kb.role_holder.get(
                (strip_article(nominal_key[0]),) + nominal_key[1:]) or next(
                (kb.role_holder[(st,) + nominal_key[1:]] for _, st in clitic_readings(tokens[i].norm)
                 if (st,) + nominal_key[1:] in kb.role_holder), None)
            if holder:
                countries.append(holder)
        posting, end_tok = _posting(tokens, end_tok, kb, country_at, role)
        former = end_tok + 1 < n and tokens[end_tok + 1].norm in former_words
        if former:
            end_tok += 1
        elif end_tok + 1 < n and tokens[end_tok + 1].norm in elect and role in elect_roles:
            # "الرئيس الأميركي المنتخب": the president-elect, not the holder at the date
            role, end_tok = elect_roles[role], end_tok + 1
        start = tok.start
        # keep a proclitic out of the mention ("والرئيس الأمريكي" → "الرئيس الأمريكي")
        for prefix, stem in clitic_readings(tok.norm):
            if prefix and _match_nominal([Token(0, 0, stem, stem, "word")] + tokens[i + 1:last + 1], 0, kb):
                start = tok.start + proclitic_length(tok.text, prefix)
                break
        if deputy is not None:
            start = tok.start + proclitic_length(tok.text, deputy[0])
        out.append(RolePhrase(start, tokens[end_tok].end, i, end_tok, role, number, countries,
                              nominal_end=last, former=former, posting=posting))
        i = end_tok + 1
    return _nest(out, tokens, kb, country_at)


def _posting(tokens: list[Token], end_tok: int, kb: KB, country_at: dict[int, tuple[str, int, str]],
             role: str) -> tuple[str | None, int]:
    """"مندوب الكويت في مجلس الأمن", "الموفد الخاص … في الصومال": a preposition and a KB body
    (or, for the roles posted to a country, a place) right after a role phrase name where the
    holder serves; the phrase takes them in. Returns (KB id or None, new last token)."""
    grammar = load_toml("roles_grammar.toml").get("posting", {})
    k = end_tok + 1
    if k < len(tokens) and tokens[k].norm in {fold(w) for w in grammar.get("adjectives", ())}:
        k += 1  # "المندوبة الأمريكية الدائمة لدى الأمم المتحدة"
    if k + 1 >= len(tokens) or fold(tokens[k].text) not in {fold(w) for w in grammar.get("preps", ())}:
        return None, end_tok
    hit = country_at.get(k + 1)
    if hit is None and tokens[k + 1].kind == "word" and tokens[k + 1].norm.startswith("ال"):
        # posted to a body the KB does not know ("في المنظمة"), for roles that have postings
        return ("?" if role in grammar.get("bodies", {}) else None), end_tok
    if hit is None or hit[2]:
        return None, end_tok
    ent = kb.get(hit[0])
    base = role.split("_", 1)[1] if role.startswith(("deputy_", "assistant_")) else role
    if ent is None or base not in grammar.get("roles", ()):
        return None, end_tok
    if ent.type != "ORG" and base not in grammar.get("place_roles", ()):
        # "المندوب الروسي الدائم في جنيف": posted to a place, so not the UN seat in New York
        return ("?" if role in grammar.get("bodies", {}) else None), end_tok
    return hit[0], hit[1]


def _nest(phrases: list[RolePhrase], tokens: list[Token], kb: KB,
          country_at: dict[int, tuple[str, int, str]]) -> list[RolePhrase]:
    """"الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا": an office "of" another office (ل +
    a role phrase) is one phrase: the outer office, of the inner one's body. The inner office's
    holder is not mentioned."""
    out: list[RolePhrase] = []
    for rp in phrases:
        prev = out[-1] if out else None
        if prev is not None and rp.first == prev.last + 1 and not prev.countries and \
                not prev.counterpart and not prev.former and not rp.counterpart and \
                tokens[rp.first].norm.startswith("ل") and rp.start > tokens[rp.first].start:
            prev.end, prev.last = rp.end, rp.last
            prev.countries = list(rp.countries)
            prev.posting = rp.posting
            if prev.posting is None:
                prev.posting, prev.last = _posting(tokens, prev.last, kb, country_at, prev.role)
                prev.end = tokens[prev.last].end
            continue
        out.append(rp)
    return out


def _deputy_words() -> dict[str, str]:
    """Folded "deputy" words → the prefix they put on the office's role key (roles_grammar.toml)."""
    table = load_toml("roles_grammar.toml").get("deputy", {}).get("prefixes", {})
    return {fold(word): prefix for word, prefix in table.items()}


@cache
def occupation_roles() -> frozenset[str]:
    """Role keys that are occupations, not offices (roles_grammar.toml [roles] occupations)."""
    return frozenset(load_toml("roles_grammar.toml")["roles"].get("occupations", ()))
