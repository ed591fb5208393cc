"""Quotation marks paired into quoted spans, tolerant of the way real news uses them.

Arabic news mixes “ ” « » " ' and often misuses ” as an opening mark (بـ”القاتل”). Whether a
mark opens or closes is read from its neighbours: a mark after a space (or a proclitic with
tatweel) and before a letter opens; a mark after a letter and before a space or punctuation
closes. Marks of one family (double quotes of any shape, guillemets, single quotes) are paired
with a stack, so nesting of the same family still works ("مصنع مخابر "سيف" شهد…"). An opening
mark that never closes in its paragraph is returned with ``closed=False``; the span finder ends
it at the next cue or the paragraph's end, so it cannot swallow the rest of the article.
"""
from __future__ import annotations

from dataclasses import dataclass

# (some papers quote with braces: "موضحا أن {تركيا تتعهد …}")
_FAMILY = {"“": "d", "”": "d", '"': "d", "„": "d", "‟": "d", "«": "g", "»": "g",
           "‘": "s", "’": "s", "'": "s", "‹": "g", "›": "g", "{": "b", "}": "b"}
_ALWAYS_OPEN = set("“«„‹‘{")
_ALWAYS_CLOSE = set("»›}")
_CLITIC_LETTERS = set("بلوفك")


@dataclass(slots=True)
class Marked:
    """A quoted span: ``open`` is the mark's index, ``close`` the closing mark's (or None)."""

    open: int
    close: int | None
    inner_start: int
    inner_end: int
    para_end: int

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def end(self) -> int:
        """End of the span including the closing mark."""
        return self.close + 1 if self.close is not None else self.inner_end

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch == "ـ" or "\u064b" <= ch <= "\u065f"


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'amb' for the mark at ``i`` within the paragraph [lo, hi)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in _ALWAYS_CLOSE:
        return "close"
    if ch in _ALWAYS_OPEN and ch != "‘":
        return "open"
    before_space = prev.isspace() or prev in "(:[،,؛" or prev == "ـ" or i == lo
    # a one-letter proclitic glued to the mark: ب"…", ل"…"
    if prev in _CLITIC_LETTERS and (i - 1 == lo or text[i - 2].isspace()):
        before_space = True
    after_letter = _is_letter(nxt) or nxt in "(["
    after_space = nxt.isspace() or nxt in ".،,؛;:!?؟)]" or i + 1 >= hi
    if ch in ("'", "’", "‘") and _is_letter(prev) and _is_letter(nxt):
        return "none"  # an apostrophe inside a word
    if before_space and after_letter:
        return "open"
    if _is_letter(prev) and after_space or prev in ".!?؟…)" and after_space:
        return "close"
    if before_space and after_space:
        return "amb"
    return "close" if not before_space else "open"


def find_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Quoted spans of ``text``, sorted by opening position; never crossing a paragraph."""
    out: list[Marked] = []
    for lo, hi in paragraphs:
        stacks: dict[str, list[int]] = {"d": [], "g": [], "s": [], "b": []}
        for i in range(lo, hi):
            fam = _FAMILY.get(text[i])
            if fam is None:
                continue
            role = _role(text, i, lo, hi)
            if role == "none":
                continue
            stack = stacks[fam]
            if role == "amb":
                role = "close" if stack else "open"
            if role == "open":
                stack.append(i)
            elif stack:
                o = stack.pop()
                out.append(_make(text, o, i, hi))
        for fam, stack in stacks.items():
            for o in stack:
                if fam in ("s", "b"):
                    continue  # a lone single mark is an apostrophe, a lone brace no quotation
                out.append(_make(text, o, None, hi))
    out.sort(key=lambda m: m.open)
    return out


def _make(text: str, o: int, c: int | None, para_end: int) -> Marked:
    s, e = o + 1, (c if c is not None else para_end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Marked(o, c, s, e, para_end)


def innermost_at(marks: list[Marked], pos: int) -> Marked | None:
    """The mark span that opens exactly at ``pos`` (skipping whitespace is the caller's job)."""
    for m in marks:
        if m.open == pos:
            return m
    return None
