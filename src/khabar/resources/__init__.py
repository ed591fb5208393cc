"""Language data and trained models, shipped as files and loaded once per process.

Everything khabar knows about Arabic that is not an algorithm lives here as data: lexicons (cue
verbs, boilerplate rules, abbreviations), the knowledge base and the trained tagger. Loaders cache
their result, so every stage can call them freely.
"""
from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(name: str) -> Path:
    return ROOT / name


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text resource, without ``#`` comment lines."""
    out = []
    for line in path(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def load_toml(name: str) -> dict:
    with path(name).open("rb") as f:
        return tomllib.load(f)


@cache
def load_json(name: str):
    return json.loads(path(name).read_text(encoding="utf-8"))


@cache
def folded_words(name: str, *keys: str) -> frozenset[str]:
    """A word list of a TOML resource (``folded_words("roles_grammar.toml", "titles", "words")``),
    folded for matching (khabar.text.fold), loaded and folded once per process. A table (dict)
    at the end of ``keys`` gives its keys."""
    from ..text.normalize import fold
    node = load_toml(name)
    for key in keys:
        node = node[key]
    return frozenset(fold(w) for w in node)
