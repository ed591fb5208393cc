"""Features of the NER tagger: per-word-type feature lists, cached, combined per sentence.

Every feature of a token is a function of one word type (its own or a neighbour's), except for two
word-pair features. So the features of a type are computed once and cached; a sentence only
concatenates cached tuples. That is what keeps tagging fast in pure Python.

Knowledge behind the features (all data files under ``resources/ner/``):

- ``clusters.tsv``: word clusters at several granularities learned from unlabelled news
  (``scripts/ner_clusters.py``), plus a log2 frequency class;
- ``triggers.tsv``: words that announce a name (titles, organisation and place heads, name
  particles, speech verbs);
- ``gaz_*.tsv``: names by class (hand-written ``gaz_names.tsv``, generated ``gaz_places.tsv``);
- ``auto_lexicon.tsv``: words the tagger itself labels as one entity type most of the time across
  the unlabelled news corpus (``scripts/ner_autolex.py``), a self-training signal that carries
  what the corpus context says about words never seen in the labelled data;
- the knowledge base (``khabar.entities.kb``) when present: first/inner/last token of a PER/LOC/ORG
  alias. It is optional and may grow: its features only say "this word is part of a known name of
  this type at this position", which stays meaningful as aliases are added.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..resources import path as resource_path
from ..text.normalize import clitic_readings, fold

# Feature groups; training scripts switch them off one by one for ablations.
ALL_GROUPS = frozenset({"word", "affix", "shape", "clitic", "context", "cluster", "freq",
                        "trigger", "gazetteer", "kb", "bigram", "auto", "wide", "names"})
# Neighbour offsets whose features a token sees; +-3 only carries the "far" subset (group "wide").
OFFSETS = (-3, -2, -1, 1, 2, 3)
_PREFIXES = tuple(f"{o:+d}" for o in OFFSETS)  # "-3" ... "+3", the feature-name prefix

_ARABIC = range(0x0600, 0x0700)


def _shape(w: str) -> str:
    """Coarse script class of a surface token; no regex, one pass over a few characters."""
    has_ar = has_lat = has_dig = has_other = False
    for ch in w:
        if ord(ch) in _ARABIC and ch.isalpha():
            has_ar = True
        elif ch.isdigit():
            has_dig = True
        elif ch.isalpha():
            has_lat = True
        else:
            has_other = True
    if has_ar and not (has_lat or has_dig):
        return "ar"
    if has_lat and not (has_ar or has_dig):
        return "LAT" if w[:1].isupper() else "lat"
    if has_dig and not (has_ar or has_lat):
        return "num"
    if not (has_ar or has_lat or has_dig):
        return "punct" if has_other else "empty"
    return "mix"


def _read_tsv(name: str) -> list[list[str]]:
    """Rows of a TSV resource (or of an absolute path), ``#`` lines skipped; [] when missing."""
    if not name:
        return []
    p = Path(name) if os.path.isabs(name) else resource_path(name)
    if not p.is_file():
        return []
    rows = []
    with p.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and row[0] and not row[0].startswith("#"):
                rows.append(row)
    return rows


@dataclass
class Resources:
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> (freq, c1, c2..)
    triggers: dict[str, str] = field(default_factory=dict)  # word -> class
    gazetteer: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> classes
    auto: dict[str, str] = field(default_factory=dict)  # word -> class mined from tagged news
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> name-part rank classes


def _position(pos: int, n: int) -> str:
    return "U" if n == 1 else ("B" if pos == 0 else ("L" if pos == n - 1 else "I"))


def _add_name(gaz: dict[str, set[str]], toks: list[str], cls: str) -> None:
    """Register each token of a name with its class and position (FIRST names have no position)."""
    for pos, tok in enumerate(toks):
        gaz.setdefault(tok, set()).add(cls if cls == "FIRST" else cls + _position(pos, len(toks)))


def _kb_classes() -> dict[str, set[str]]:
    """Name-part classes from the knowledge base, empty when the KB is absent or broken."""
    out: dict[str, set[str]] = {}
    try:
        from .kb import load_kb
        kb = load_kb()
    except Exception:  # the KB is optional and built by another module; never fail on it
        return out
    for key, ids in getattr(kb, "alias_index", {}).items():
        types = set()
        for i in ids:
            ent = kb.entities.get(i) if hasattr(kb, "entities") else None
            if ent is not None and getattr(ent, "type", None) in ("PER", "ORG", "LOC"):
                types.add(ent.type)
        for pos, tok in enumerate(key):
            for t in types:
                out.setdefault(tok, set()).add(t + _position(pos, len(key)))
    return out


def load_resources(use_kb: bool = True, auto_file: str = "ner/auto_lexicon.tsv") -> Resources:
    res = Resources()
    for row in _read_tsv("ner/clusters.tsv"):
        res.clusters[row[0]] = tuple(row[1:])
    for row in _read_tsv("ner/triggers.tsv"):
        if len(row) >= 2:
            res.triggers[fold(row[0]).lower()] = row[1]
    gaz: dict[str, set[str]] = {}
    for p in sorted(resource_path("ner").glob("gaz_*.tsv")):
        for row in _read_tsv("ner/" + p.name):
            if len(row) >= 2:
                _add_name(gaz, fold(row[0]).lower().split(), row[1])
    if use_kb:
        for tok, classes in _kb_classes().items():
            gaz.setdefault(tok, set()).update("kb" + c for c in classes)
    res.gazetteer = {k: frozenset(v) for k, v in gaz.items()}
    for row in _read_tsv("ner/name_parts.tsv"):
        if len(row) >= 2:
            res.names[row[0]] = tuple(row[1].split(","))
    for row in _read_tsv(auto_file):
        if len(row) >= 2:
            res.auto[row[0]] = row[1]
    return res


class Featurizer:
    """Turns a sentence of surface tokens into crfsuite feature lists."""

    def __init__(self, resources: Resources, groups: frozenset[str] = ALL_GROUPS,
                 cache_size: int = 200_000):
        self.res = resources
        self.groups = groups
        self._type = lru_cache(maxsize=cache_size)(self._type_features)
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)

    # -- per type -------------------------------------------------------------------------------
    def _count(self, w: str) -> int:
        c = self.res.clusters.get(w)
        return int(c[0]) if c else -1

    def _analyse(self, word: str) -> tuple[str, str, str]:
        """(folded word, proclitic, stem): the clitic reading whose stem is most frequent."""
        n = fold(word).lower()
        best = ("", n)
        best_c = self._count(n) + 1  # the bare word wins ties (وزير stays وزير)
        for p, s in clitic_readings(n)[1:]:
            c = self._count(s)
            if c > best_c:
                best, best_c = (p, s), c
        return n, best[0], best[1]

    def _type_features(self, word: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """(own features, context features for each offset of OFFSETS)."""
        g = self.groups
        n, pc, st = self.analyse(word)
        core = st[2:] if st.startswith("ال") and len(st) > 3 else st
        own: list[str] = ["b"]
        ctx: list[str] = []
        far: list[str] = []
        if "word" in g:
            own += ["w=" + n, "st=" + st, "core=" + core]
            ctx += ["w=" + n, "st=" + st]
        if "clitic" in g:
            own += ["pc=" + pc, "al=" + str(st != core)]
            ctx += ["pc=" + pc]
        if "affix" in g:
            own += ["p2=" + core[:2], "p3=" + core[:3], "s1=" + n[-1:], "s2=" + n[-2:],
                    "s3=" + n[-3:], "cs2=" + core[-2:]]
        if "shape" in g:
            sh = _shape(word)
            own += ["sh=" + sh, "len=" + str(min(len(core), 8))]
            ctx += ["sh=" + sh]
        cl = self.res.clusters.get(st) or self.res.clusters.get(core) or self.res.clusters.get(n)
        if "freq" in g:
            own.append("f=" + (cl[0] if cl else "unk"))
        if "cluster" in g and cl:
            for i, c in enumerate(cl[1:]):
                own.append(f"c{i}={c}")
            for i, c in enumerate(cl[1:]):
                if i >= 1:
                    ctx.append(f"c{i}={c}")
        if "trigger" in g:
            t = self.res.triggers.get(st) or self.res.triggers.get(n) or self.res.triggers.get(core)
            if t:
                own.append("t=" + t)
                ctx.append("t=" + t)
                far.append("t=" + t)
        if "gazetteer" in g or "kb" in g:
            classes = self.res.gazetteer.get(core, frozenset()) | self.res.gazetteer.get(st, frozenset())
            for c in sorted(classes):
                if c.startswith("kb") and "kb" not in g:
                    continue
                if not c.startswith("kb") and "gazetteer" not in g:
                    continue
                own.append("g=" + c)
                ctx.append("g=" + c)
                far.append("g=" + c)
        if "auto" in g:
            a = self.res.auto.get(st) or self.res.auto.get(core)
            if a:
                own.append("a=" + a)
                ctx.append("a=" + a)
                far.append("a=" + a)
        if "names" in g:
            for c in self.res.names.get(core) or self.res.names.get(st) or ():
                own.append("nm=" + c)
                ctx.append("nm=" + c)
        if "context" not in g:
            ctx = []
        if "wide" not in g or "context" not in g:
            far = []
        offs = tuple(tuple([p + f for f in (far if abs(o) > 2 else ctx)])
                     for o, p in zip(OFFSETS, _PREFIXES))
        return tuple(own), offs

    # -- per sentence ---------------------------------------------------------------------------
    def sentence(self, tokens: list[str]) -> list[list[str]]:
        n = len(tokens)
        types = [self._type(t) for t in tokens]
        bigram = "bigram" in self.groups
        norms = [fold(t).lower() for t in tokens] if bigram else None
        out = []
        for i in range(n):
            feats = list(types[i][0])
            for k, o in enumerate(OFFSETS):
                j = i + o
                if 0 <= j < n:
                    feats.extend(types[j][1][k])
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            if bigram:
                prev = norms[i - 1] if i else "<s>"
                nxt = norms[i + 1] if i + 1 < n else "</s>"
                feats.append("bw-=" + prev + "|" + norms[i])
                feats.append("bw+=" + norms[i] + "|" + nxt)
            out.append(feats)
        return out
