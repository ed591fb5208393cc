"""Full-text queries over the folded FTS5 tables, and snippets mapped back to the original text.

A user's query is folded exactly as the indexed text was (``khabar.text.fold``), so أعلن/اعلن,
القمة/القمه, مصطفى/مصطفي match each other. Arabic glues proclitics to words (والقمة, بالقمة,
للقمة), which a word tokenizer keeps as distinct tokens; rather than stemming the index, each bare
query word is expanded to its proclitic forms (``normalize.PROCLITICS``), an OR of exact tokens.
Quoted phrases are matched as written (folded, no expansion); ``word*`` is a prefix query;
``OR`` / ``NOT`` / ``AND`` between terms are FTS5's operators; terms are otherwise ANDed.
Suffixes (plurals, pronoun suffixes) are not expanded: use ``word*`` for those.
"""
from __future__ import annotations

import re

from ..text.normalize import PROCLITICS, fold, normalize

_WORD = re.compile(r"[^\W_]+")
# A phrase in any quotation mark (fold turns them all into "), a word (with an optional * for a
# prefix query), or an operator.
_QUERY_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
_OPERATORS = {"OR", "AND", "NOT"}
HL_OPEN, HL_CLOSE = "\x02", "\x03"


def proclitic_forms(word: str) -> list[str]:
    """A folded word and the forms it takes with proclitics: القمه → والقمه, بالقمه, للقمه…"""
    forms = [word]
    if len(word) < 2:
        return forms
    if word.startswith("ال") and len(word) > 3:
        stem = word[2:]
        for p in PROCLITICS:
            if p.endswith("لل"):
                forms.append(p + stem)
            elif p.endswith("ال"):
                forms.append(p + stem)
            elif not p.endswith("ل"):
                forms.append(p + word)  # و + الـ: والقمه is also produced above; dedup below
    else:
        forms.extend(p + word for p in PROCLITICS)
        forms.append("ال" + word)
    return list(dict.fromkeys(forms))


def _term(word: str, prefix: bool, expand: bool) -> str:
    star = "*" if prefix else ""
    forms = proclitic_forms(word) if expand else [word]
    parts = [f'"{f}"{star}' for f in forms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def build_query(text: str, expand: bool = True) -> str | None:
    """An FTS5 MATCH expression for a user's query, or None when it has no searchable word."""
    if not isinstance(text, str):
        return None
    folded = fold(text)
    parts: list[str] = []
    pending_op: str | None = None
    for m in _QUERY_TOKEN.finditer(folded):
        phrase, raw = m.group(1), m.group(2)
        if raw in _OPERATORS:
            if parts:
                pending_op = raw
            continue
        if phrase is not None:
            words = _WORD.findall(phrase.lower())
            if not words:
                continue
            term = '"' + " ".join(words) + '"'
        else:
            prefix = raw.endswith("*")
            words = _WORD.findall(raw.lower())
            if not words:
                continue
            if len(words) == 1:
                term = _term(words[0], prefix, expand)
            else:  # "أ.ف.ب" or "covid-19": the tokenizer splits it, so match it as a phrase
                term = '"' + " ".join(words) + '"' + ("*" if prefix else "")
        if parts:
            parts.append(pending_op or "AND")
        parts.append(term)
        pending_op = None
    if not parts:
        return None
    if parts[0] == "NOT":  # FTS5's NOT is binary: a leading NOT has nothing to subtract from
        return None
    return " ".join(parts)


def snippet(body: str, highlighted: str, width: int = 200) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original ``body`` around the first hit, and the hits inside it.

    ``highlighted`` is FTS5's ``highlight()`` of the folded body with ``HL_OPEN``/``HL_CLOSE``
    markers. Folding maps each original character to zero or one character, so the hit offsets
    in the folded text map back through ``normalize(body).origin`` to exact original spans.
    Returns (snippet text, [(start, end)] relative to the snippet); "…" marks cut ends.
    """
    hits: list[tuple[int, int]] = []
    pos = 0
    start = None
    for ch in highlighted:
        if ch == HL_OPEN:
            start = pos
        elif ch == HL_CLOSE:
            if start is not None:
                hits.append((start, pos))
            start = None
        else:
            pos += 1
    norm = normalize(body)
    if len(norm.text) != pos:  # the index holds another folding (older store): plain head
        hits = []
    spans = [norm.span(s, e) for s, e in hits if s < e]
    if not spans:
        text = body[:width]
        return (text + ("…" if len(body) > width else "")), []
    first = spans[0][0]
    lo = max(0, first - width // 3)
    # start the window on a word boundary
    while 0 < lo < first and not body[lo - 1].isspace():
        lo -= 1
    hi = min(len(body), lo + width)
    while hi < len(body) and hi < first + width and not body[hi].isspace():
        hi += 1
    text = body[lo:hi]
    lead = "…" if lo > 0 else ""
    inside = [(s - lo + len(lead), min(e, hi) - lo + len(lead)) for s, e in spans if lo <= s < hi]
    return lead + text + ("…" if hi < len(body) else ""), inside


def mark(text: str, spans: list[tuple[int, int]], open_: str = "[", close: str = "]") -> str:
    """``text`` with each span wrapped in markers (for terminal output)."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out += [text[pos:s], open_, text[s:e], close]
        pos = e
    out.append(text[pos:])
    return "".join(out)
