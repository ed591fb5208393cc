"""The country of a bare currency family ("ريال", "جنيه", "دينار") from the rest of the text.

The quantity recogniser gives a bare "ريال" the family name ("riyal") because it may be Saudi,
Qatari, Omani, Yemeni or Iranian. The article usually says which: a qualified mention elsewhere
("بالريال اليمني"), or the only country of that family it names. Lexicon and order of evidence:
``[currency_context]`` in ``resources/numbers.toml``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..article import Quantity
from ..resources import load_toml
from ..text.normalize import fold

_RESOURCE = "numbers.toml"
_LETTER = r"[^\W\d_]"


def _cue(word: str) -> str:
    """A pattern for a cue word with its proclitics and article: "والسعودية", "لليمن", "بسعودي"."""
    if word.startswith("ال"):
        return rf"(?:[وف]?[بك]?ال|[وف]?لل){re.escape(word[2:])}"
    return rf"[وف]?[بلك]?(?:ال|ل)?{re.escape(word)}"


@cache
def _qualified_names() -> dict[str, dict[str, re.Pattern]]:
    """family -> code -> a pattern for a qualified name without a number ("الريال اليمني")."""
    cur = load_toml(_RESOURCE).get("currencies", {})
    names: dict[str, list[str]] = {}
    for word, family in cur.get("names", {}).items():
        names.setdefault(family, []).append(re.escape(fold(word)))
    out: dict[str, dict[str, re.Pattern]] = {}
    for key, code in cur.get("qualified", {}).items():
        family, _, adjective = key.partition(" ")
        if family not in names:
            continue
        alts = "|".join(sorted(names[family], key=len, reverse=True))
        out.setdefault(family, {})[code] = re.compile(
            rf"(?<!{_LETTER})[وفبلك]?(?:ال|ل)?(?:{alts}) (?:ال)?{re.escape(fold(adjective))}(?!{_LETTER})")
    return out


@cache
def _context() -> tuple[dict[str, str], dict[str, dict[str, re.Pattern]]]:
    data = load_toml(_RESOURCE).get("currency_context", {})
    defaults = dict(data.get("defaults", {}))
    cues: dict[str, dict[str, re.Pattern]] = {}
    for family, codes in data.items():
        if family == "defaults" or not isinstance(codes, dict):
            continue
        cues[family] = {}
        for code, words in codes.items():
            alts = "|".join(sorted((_cue(fold(w)) for w in words), key=len, reverse=True))
            cues[family][code] = re.compile(rf"(?<!{_LETTER})(?:{alts})(?!{_LETTER})")
    return defaults, cues


def _family_code(family: str, folded: str, qualified: set[str]) -> str | None:
    defaults, cues = _context()
    codes = cues.get(family, {})
    named = [c for c in qualified if c in codes]
    if len(named) == 1:
        return named[0]
    if named:
        return None  # two currencies of the family in one text: each bare mention stays open
    present = [code for code, pattern in codes.items() if pattern.search(folded)]
    if len(present) == 1:
        return present[0]
    if not present:
        return defaults.get(family)
    return None


def resolve_families(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare currency family replaced by its code when the text tells which."""
    families = {q.unit for q in found if q.unit in _context()[1]}
    if not families:
        return found
    folded = fold(text)
    qualified = {q.unit for q in found if q.unit and q.unit.isupper()}
    for family in families:
        qualified.update(c for c, p in _qualified_names().get(family, {}).items() if p.search(folded))
    code = {f: _family_code(f, folded, qualified) for f in families}
    return [replace(q, unit=code[q.unit]) if q.unit in code and code[q.unit] else q for q in found]
