"""Tokens with offsets, and optional proclitic splitting.

A token is a word (letters, with digits allowed inside), a number (digits with Arabic or Latin
decimal and thousands separators: ``3.5``, ``٣٫٥``, ``1,000``), or one punctuation character.
``norm`` is the folded form used by every lexicon lookup (see ``normalize.fold``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from .normalize import clitic_readings, fold, proclitic_length

# Word: letters and marks (Arabic diacritics, tatweel, ZWNJ); digits end a word ("و1,200" is و + 1,200).
# Number: digits with internal separators. Anything else that is not space: one char.
_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,٫٬]\d+)*)"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u200c\u200d])*)"
    r"|(?P<punct>\S)",
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    kind: str  # word | num | punct
    prefix: str = ""  # set by split_proclitics: the proclitic part of the original word

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        tok = m.group()
        norm = fold(tok)
        if kind == "word" and not norm:
            kind = "punct"
        out.append(Token(m.start(), m.end(), tok, norm, kind))
    return out


def split_proclitics(tokens: Iterable[Token], is_stem: Callable[[str], bool] | None = None,
                     article: bool = False) -> list[Token]:
    """Split proclitics (و ف ب ل ك, لل) off word tokens, and with ``article=True`` the article ال.

    Arabic words often begin with letters that look like proclitics (وزير, بلد, كبير), so a split is
    made only when ``is_stem`` accepts the remainder (a lexicon or the knowledge base), or, without
    it, when the remainder carries the definite article (``والولايات`` → ``و`` + ``الولايات``).
    Each part becomes its own token with exact offsets; in ``للرئيس`` the article's alef is not
    written, so its token is the single lam (norm ``ال``).
    """
    out: list[Token] = []
    for tok in tokens:
        if tok.kind != "word":
            out.append(tok)
            continue
        chosen = None
        for prefix, stem in clitic_readings(tok.norm)[1:]:
            ok = is_stem(stem) if is_stem else (stem.startswith("ال") and len(stem) > 3
                                                and len(prefix) <= 2)
            if ok:
                chosen = (prefix, stem)
                break
        start, stem = tok.start, tok.norm
        if chosen:
            prefix, stem = chosen
            start = tok.start + proclitic_length(tok.text, prefix)
            out.append(Token(tok.start, start, tok.text[: start - tok.start], prefix, "clitic"))
        rest = tok.text[start - tok.start:]
        if article and stem.startswith("ال") and len(stem) > 3:
            # "الرئيس" → "ال" + "رئيس"; after ل the article is written as one lam ("للرئيس")
            elided = not fold(rest).startswith("ال")
            cut = start + proclitic_length(rest, "ل" if elided else "ال")
            out.append(Token(start, cut, tok.text[start - tok.start: cut - tok.start], "ال", "article"))
            start, rest, stem = cut, tok.text[cut - tok.start:], stem[2:]
        if start == tok.start and not chosen:
            out.append(tok)
        else:
            out.append(Token(start, tok.end, rest, stem, "word", prefix=chosen[0] if chosen else ""))
    return out


def words(text: str) -> list[Token]:
    return [t for t in tokenize(text) if t.kind != "punct"]
