"""Quoted names and titles: a quotation that names a body, a programme or a reporter is no quote.

Mixed into spans.Finder (split out of spans.py); uses its tokens, marks and cue index.
"""
from __future__ import annotations

from functools import cache

from ..text import clitic_readings
from .cues import folded_set
from .marks import Marked

_COMMA = {",", "،", "؛", ";"}


def title_word(norm: str) -> bool:
    """Is the folded word, under some reading of its clitics, a title or place noun?"""
    return any(st in _title_nouns() for _, st in clitic_readings(norm))


@cache
def _title_nouns() -> frozenset[str]:
    return folded_set("titles", "nouns") | folded_set("titles", "places")


class TitleMixin:
    # Provided by spans.Finder: tokens, body, cue_tok, idx, sent_of_tok, is_comp, _tok_after.

    def _reporter_name(self, m: Marked, hi: int) -> bool:
        """A quotation followed at once by "عن" (inside the sentence): the name of who reports
        or announces ("نقلت "رويترز" عن …"), not words of anyone."""
        x = self._tok_after(m.end)
        return x is not None and x < hi and self.tokens[x].norm == "عن"

    def titled_phrase(self, k: int, m: Marked) -> bool:
        """A title or place noun right before the quotation or two words before it, a modifier
        between ("نقطة "…" التابعة"، "مركز احتجاز "…""، "البرنامج التدريبي "…""): a name or title,
        when the quotation is short and the sentence goes on after it (not "وقال رئيس الحزب
        الحاكم "…"." nor "…"، مضيفا"), and the noun is not the cue's subject."""
        toks = self.tokens
        if k < 1 or not m.closed or m.words(self.body) > 6:
            return False
        if any(x in self.cue_tok for x in (k - 1, k - 2, k - 3) if x >= 0):
            return False  # 'يطالب مشروع القرار "بوصول المساعدات …"': the subject, then its words
        if not title_word(toks[k - 1].norm):
            if k < 2:
                return False
            head, mod = toks[k - 2], toks[k - 1]
            if mod.kind != "word" or (k - 1) in self.cue_tok or self.idx.starts_at(mod.start) or \
                    not title_word(head.norm):
                return False
        x = self._tok_after(m.end)
        if x is None or x >= len(toks) or self.sent_of_tok[x] != self.sent_of_tok[k]:
            return False
        if toks[x].text in _COMMA:
            x += 1
            return x < len(toks) and toks[x].kind == "word" and x not in self.cue_tok
        return toks[x].kind == "word" and x not in self.cue_tok and not self.is_comp(toks[x])
