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

from ..resources import folded_words
from ..text import Token, clitic_readings, proclitic_length, strip_article
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


def _match_nominal(tokens: list[Token], i: int, kb: KB) -> tuple[int, str, str, bool] | None:
    """Longest office nominal starting at token ``i``: (last index, role, number, construct)."""
    best = None
    readings = clitic_readings(tokens[i].norm)
    for prefix, stem in readings:
        for length in (3, 2, 1):
            if i + length > len(tokens):
                continue
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
    on_behalf = folded_words("roles_grammar.toml", "counterpart", "on_behalf")
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
        if hit is None:
            i += 1
            continue
        last, role, number, construct = hit
        j = last + 1
        countries: list[str] = []
        want = 2 if number in ("du", "pl") else 1
        if j < n and tokens[j].kind == "word":
            if construct or not tokens[last].norm.startswith("ال"):
                # "رئيس روسيا" / "وزير خارجية فرنسا": the country follows in construct
                # a construct complement carries no proclitic: "رئيس روسيا", not "رئيس لروسيا"
                if j in country_at and not country_at[j][2]:
                    countries.append(country_at[j][0])
                    j = country_at[j][1] + 1
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
        if not countries and tokens[last].norm in on_behalf:
            # "المتحدث باسم الحملة الانتخابية": the body spoken for, up to the next punctuation
            # the body is a noun and its definite modifiers ("وزارة الخارجية الأمريكية"); an
            # indefinite word after them starts the name that follows ("… جون كيربي")
            k = last + 1
            while k < n and k - last <= 5 and tokens[k].kind == "word" and \
                    (k == last + 1 or tokens[k].norm.startswith("ال")):
                k += 1
            if k > last + 1:
                end_tok = k - 1
        former = end_tok + 1 < n and tokens[end_tok + 1].norm in former_words
        if former:
            end_tok += 1
        start = tok.start
        # keep a proclitic out of the mention ("والرئيس الأمريكي" → "الرئيس الأمريكي")
        for prefix, stem in clitic_readings(tok.norm):
            if prefix and _match_nominal([Token(0, 0, stem, stem, "word")] + tokens[i + 1:last + 1], 0, kb):
                start = tok.start + proclitic_length(tok.text, prefix)
                break
        out.append(RolePhrase(start, tokens[end_tok].end, i, end_tok, role, number, countries,
                              nominal_end=last, former=former))
        i = end_tok + 1
    return out
