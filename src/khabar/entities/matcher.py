"""Gazetteer matching: knowledge-base aliases found in text, through proclitics, longest first.

The KB's aliases are indexed as tuples of folded tokens. A trie over those tuples is walked from
every word of the text; the first word may carry proclitics (و ف ب ل ك, and لل for ل + ال), so
each of its clitic readings is tried ("وبوتين" → "بوتين", "للولايات" → "الولايات"). The longest
match wins; among entities sharing an alias the KB's order (best first) is kept for the linker.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text import Token, clitic_readings, proclitic_length
from .kb import KB, load_kb

_JOINERS = frozenset(".-_'’")
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


def match_aliases(tokens: list[Token], kb: KB | None = None) -> list[AliasMatch]:
    """All longest non-overlapping alias matches over ``tokens`` (word and number tokens)."""
    kb = kb or load_kb()
    trie = alias_trie(kb)
    out: list[AliasMatch] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.kind != "word":
            i += 1
            continue
        best = None  # (last index, key, prefix)
        for prefix, stem in clitic_readings(tok.norm):
            # "بلد" is not ب + "لد"; a short stem counts only inside a longer alias ("لبي بي سي")
            short = bool(prefix) and len(stem) < 3
            # "like X" (ك) is rare before names and common as a false split ("كبيرا" ≠ ك + بيرا)
            if prefix.endswith("ك") and (len(stem) < 4 or (stem,) in kb.weak):
                continue
            node = trie.get(stem)
            if node is None:
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
                child = node.get(tokens[k].norm)
                if child is None:
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
