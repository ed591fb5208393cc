"""Gazetteer matching: knowledge-base aliases found in text, through proclitics, longest first.

The KB's aliases are indexed as tuples of folded tokens. A trie over those tuples is walked from
every word of the text; the first word may carry proclitics (و ف ب ل ك, and لل for ل + ال), so
each of its clitic readings is tried ("وبوتين" → "بوتين", "للولايات" → "الولايات"). The longest
match wins; among entities sharing an alias the KB's order (best first) is kept for the linker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import Token, clitic_readings, fold, proclitic_length
from ..resources import load_toml
from .kb import KB, load_kb

_JOINERS = frozenset(".-_'’#")  # "#" joins hashtag-written names: "تيريزا #ماي"
_END = "\x00"  # trie key holding the alias key at a node where an alias ends


@dataclass(slots=True)
class AliasMatch:
    start: int            # char offset of the match in the text (after the proclitic)
    end: int
    first: int            # index of the first token
    last: int             # index of the last token (inclusive)
    key: tuple[str, ...]  # the alias key matched
    ids: tuple[str, ...]  # KB entity ids, best first
    prefix: str           # proclitic stripped from the first token
    weak: bool


_TRIES: dict[int, tuple[KB, dict]] = {}
_YAA_ONLY: dict[int, tuple[KB, frozenset]] = {}
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
# Words that show whether a text keeps final ي and ى apart: "فى", "التى" are written in Egypt for
# في, التي (and then "على" may well be the name علي); "في" with ي shows the two letters are distinct.
_MAQSURA_STYLE = frozenset({"فى", "التى", "الذى", "الى"})
_YAA_STYLE = frozenset({"في", "التي", "الذي"})


def yaa_only_words(kb: KB) -> frozenset:
    """Folded alias words that the KB spells with a final ي only, never ى ("علي", not "على"):
    a text word ending in ى is another word (the preposition على) in a text that keeps them apart."""
    hit = _YAA_ONLY.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    maqsura: dict[str, bool] = {}
    for ent in kb.entities.values():
        for alias in ent.aliases:
            for w in _DIACRITICS.sub("", alias).split():
                if w.endswith(("ي", "ى")):
                    f = fold(w)
                    maqsura[f] = maqsura.get(f, False) or w.endswith("ى")
    words = frozenset(f for f, m in maqsura.items() if not m)
    _YAA_ONLY[id(kb)] = (kb, words)
    return words


def keeps_yaa_apart(tokens: list[Token]) -> bool:
    """True unless the text writes final ي as ى (Egyptian style: "فى", "التى" and never "في")."""
    maqsura = False
    for t in tokens:
        if t.text in _YAA_STYLE:
            return True
        maqsura = maqsura or t.text in _MAQSURA_STYLE
    return not maqsura


def _maqsura_words() -> frozenset:
    return frozenset(_DIACRITICS.sub("", w) for w in
                     load_toml("entity_context.toml").get("alef_maqsura", {}).get("words", ()))


def _maqsura_clash(tok: Token, stem: str, yaa_only: frozenset) -> bool:
    """"على" read as the name "علي": only function words written with ى are kept apart, so a
    name that one text spells with ى ("الهمامى") still matches."""
    if stem not in yaa_only or not tok.text.endswith(("ى", "ى\u064b")):
        return False
    surface = _DIACRITICS.sub("", tok.text)
    return surface.endswith("ى") and any(
        surface.endswith(w) and len(surface) - len(w) <= 2 for w in _maqsura_words())


def alias_trie(kb: KB | None = None) -> dict:
    """The trie of ``kb``'s alias keys, built once per KB object."""
    kb = kb or load_kb()
    hit = _TRIES.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    root: dict = {}
    for key in kb.alias_index:
        node = root
        for tok in key:
            node = node.setdefault(tok, {})
        node[_END] = key
    _TRIES[id(kb)] = (kb, root)
    return root


def _readings(norm: str) -> tuple[tuple[str, str], ...]:
    """Clitic readings of a word, plus ل + a noun that itself starts with لـ: "للجنة" is ل + اللجنة
    (the article's alef drops and the two lams are written once), which the generic reading
    ("ال" + "جنة") misses."""
    readings = clitic_readings(norm)
    if norm.startswith("لل") and len(norm) > 4:
        readings = readings + (("ل", "ال" + norm[1:]),)
    return readings


def match_aliases(tokens: list[Token], kb: KB | None = None) -> list[AliasMatch]:
    """All longest non-overlapping alias matches over ``tokens`` (word and number tokens)."""
    kb = kb or load_kb()
    trie = alias_trie(kb)
    yaa_only = yaa_only_words(kb)
    apart: list[bool] = []  # whether the text keeps ى/ي apart, decided at the first clash

    def clash(tok: Token, stem: str) -> bool:
        if not _maqsura_clash(tok, stem, yaa_only):
            return False
        if not apart:
            apart.append(keeps_yaa_apart(tokens))
        return apart[0]
    out: list[AliasMatch] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.kind != "word":
            i += 1
            continue
        best = None  # (last index, key, prefix)
        if tok.norm.isascii():
            readings = ((("", tok.norm.lower()),))  # Latin: no clitics, any case ("CNN", "cnn")
        else:
            readings = clitic_readings(tok.norm)
            if tok.norm.startswith("لل"):
                readings = _readings(tok.norm)
        for prefix, stem in readings:
            # "بلد" is not ب + "لد"; a short stem counts only inside a longer alias ("لبي بي سي")
            short = bool(prefix) and len(stem) < 3
            # "like X" (ك) is rare before names and common as a false split ("كبيرا" ≠ ك + بيرا)
            if prefix.endswith("ك") and (len(stem) < 4 or (stem,) in kb.weak):
                continue
            node = trie.get(stem)
            if node is None or (stem in yaa_only and clash(tok, stem)):
                continue
            j = i
            while True:
                if _END in node and not (short and j == i) and (
                        best is None or j > best[0] or (j == best[0] and len(prefix) < len(best[2]))):
                    best = (j, node[_END], prefix)
                if j + 1 >= n:
                    break
                k = j + 1
                # intra-name punctuation is not part of alias keys ("أ.ف.ب", "آل-سعود")
                while k < n and tokens[k].kind == "punct" and tokens[k].text in _JOINERS \
                        and k + 1 < n and tokens[k + 1].start == tokens[k].end:
                    k += 1
                if k >= n or tokens[k].kind == "punct":
                    break
                nxt = tokens[k].norm
                child = node.get(nxt.lower() if nxt.isascii() else nxt)
                if child is None or (tokens[k].norm in yaa_only and clash(tokens[k], tokens[k].norm)):
                    break
                node, j = child, k
        if best is None:
            i += 1
            continue
        last, key, prefix = best
        start = tok.start + proclitic_length(tok.text, prefix)
        out.append(AliasMatch(start, tokens[last].end, i, last, key, kb.alias_index[key], prefix,
                              key in kb.weak))
        i = last + 1
    return out
