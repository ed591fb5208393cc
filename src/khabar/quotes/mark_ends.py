"""Where a quotation or a reported clause ends, read from the marks around it.

A closing mark the journalist's words follow ("…" الذي داهمته الشرطة، «…» وكان …), a report glued on
with و in text written without full stops ("… كردستان وأضاف علي أن …"), an unclosed guillemet
that runs to the next report. Mixed into spans.Finder, whose tokens, marks and cue index these
methods use.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..text import fold
from .cues import folded_set, settings
from .marks import Marked

_COMMA = {",", "،", "؛", ";"}
_END_PUNCT = set(".!?؟…")
_CLOSERS = set("\"”»’}")
_BREAKERS = {"وذلك", "فيما", "بينما", "وهو", "وهي", "دون", "بدون", "في", "حيث", "مما", "ما", "وسط",
             "وفق", "وفقا", "حسب", "بحسب", "حسبما", "على", "خلال", "بعد", "قبل", "عقب", "اثر"}


class MarkEndMixin:
    # Provided by spans.Finder: body, tokens, sentences, mark_at, cue_tok, cue_by_tok, tok_at,
    # tok_starts, is_comp, in_mark, _tok_after.

    def run_on_report(self, k: int) -> bool:
        """A speech verb with و glued on, right after a word (no comma, no full stop), that takes
        a complement or a quotation: a new report of its own, as in texts written without full
        stops. A cue that takes a noun phrase ("وأعلن …") is left inside the clause."""
        c = self.cue_by_tok.get(k)
        if c is None or c.kind != "verb" or not self.tokens[k].norm.startswith("و"):
            return False
        prev = self.tokens[k - 1]
        if not (prev.kind == "word" or prev.text in _CLOSERS or self.glued_stop(k - 1)) or \
                self.in_mark(self.tokens[k].start):
            return False  # (after a word, or a closing mark: "«… باهتزاز.» وقالت X إن …")
        if not (c.form.content in ("that", "mark") or c.form.continues):
            return False
        # its content must follow after a short subject: a complementizer, a colon or a mark
        # ("وتدعى خديجة (٤٢ عاما)" is a name, not a report)
        for x in range(c.last + 1, min(len(self.tokens), c.last + 16)):
            t = self.tokens[x]
            if self.is_comp(t) or t.text == ":" or t.start in self.mark_at:
                return True
            if t.kind != "word" and t.text not in _COMMA:
                return False
        return False

    def glued_stop(self, k: int) -> bool:
        """Is token ``k`` a full stop with no space after it ("… العميل السابق .وكتب توسك …",
        "… العائلات.وقالت إن …")? The sentence splitter keeps such text as one sentence, but a
        word of its own right after the stop is a new sentence. Dotted abbreviations ("إن.بي.سي"),
        whose letters are short, and web names ("العربية.نت") are left alone."""
        toks = self.tokens
        if k < 1 or k + 1 >= len(toks) or toks[k].text != ".":
            return False
        prev, nxt = toks[k - 1], toks[k + 1]
        if nxt.kind != "word" or nxt.start != toks[k].end or len(nxt.norm) < 2 or \
                nxt.norm in _glued_tails():
            return False
        spaced = self.body[toks[k].start - 1:toks[k].start].isspace()
        return prev.kind == "word" and (spaced or len(prev.norm) >= 4)

    def unclosed_end(self, m: Marked) -> int:
        """An unclosed quotation ends before the next sentence that opens with a cue, or at the
        paragraph's end."""
        para_end = m.para_end
        i = bisect_left(self.tok_starts, m.inner_start)
        while i < len(self.tokens) and self.tokens[i].start < para_end:
            t = self.tokens[i]
            c = self.cue_by_tok.get(i)
            if c is not None and c.kind == "verb" and t.norm[:1] == "و" and i > 0 and \
                    self.tokens[i - 1].start > m.inner_start:
                # «… وقال الوزير إن …: a coordinated report of the narrator ends the quotation
                return _rstrip(self.body, m.inner_start, t.start)
            i += 1
        for s, e in self.sentences:
            if s <= m.open or s >= para_end:
                continue
            i = self.tok_at.get(s)
            if i is not None and (i in self.cue_tok or i + 1 in self.cue_tok and
                                  self.tokens[i].norm in ("ثم", "كما")):
                return _rstrip(self.body, m.inner_start, s)
        return _rstrip(self.body, m.inner_start, para_end)

    def _cue_after_mark(self, i: int, hi: int) -> bool:
        """A cue right after a closing mark ("«…» قالت الوزيرة") ends the quotation, unless a
        preposition follows it: then it is the quoted subject's verb ("«نحو ثلاثين جريحا» نقلوا
        إلى المستشفى")."""
        if i not in self.cue_tok:
            return False
        nxt = self.tokens[i + 1] if i + 1 < hi else None
        return nxt is None or nxt.norm not in folded_set("subject", "prepositions")

    def _first_after_mark(self, m: Marked, hi: int, limit: int = 12, marks: bool = True) -> int | None:
        """The first complementizer or colon after mark ``m`` in its sentence, if one comes
        within ``limit`` tokens before any other cue (or, with ``marks``, another quotation)."""
        x = self._tok_after(m.end)
        n = 0
        while x is not None and x < hi and n < limit:
            t = self.tokens[x]
            if self.is_comp(t) or t.text == ":":
                return x
            if x in self.cue_tok or marks and t.start in self.mark_at or t.text in _END_PUNCT:
                return None
            x, n = x + 1, n + 1
        return None

    def verb_quotation(self, m: Marked, hi: int) -> bool:
        """'أنه "يترقب" إشارات حول …'، 'إنه "لا أثر" لاستخدام …': a short quotation that opens the
        reported clause with its verb (an imperfect, a future or a negation), the verb's object
        or complement following outside the marks. The quoted verb is the clause's predicate,
        so the whole clause is the report (unlike a quoted noun phrase: أنها "خطوة أولى" نحو …).
        A coordinated clause after the mark ("… "ستبدأ قريبا" وأنه …") leaves it a partial."""
        words = self.body[m.inner_start:m.inner_end].split()
        after = self._tok_after(m.end)
        if not words or after is None or after >= hi or self.tokens[after].kind != "word" or \
                self.tokens[after].norm[:1] == "و":
            return False
        first = fold(words[0])
        exact, prefixes = _verb_openers()
        return first in exact or len(first) >= 4 and first.startswith(prefixes)

    def _words_after_mark(self, m: Marked, hi: int) -> bool:
        """Does the clause go on with words after the closing mark ``m``?"""
        i = self._tok_after(m.end)
        return i is not None and i < hi and self.tokens[i].kind == "word" and \
            self.tokens[i].norm not in _BREAKERS and self.tokens[i].norm not in _after_mark("after_mark") and \
            self.tokens[i].norm not in _after_mark("clause_goes_on")


def _verb_openers() -> tuple[frozenset[str], tuple[str, ...]]:
    cfg = settings()["narrator"]
    return (frozenset(fold(w) for w in cfg.get("verb_quotation_words", ())),
            tuple(fold(w) for w in cfg.get("verb_quotation_prefixes", ())))


def _rstrip(body: str, s: int, e: int) -> int:
    while e > s and body[e - 1].isspace():
        e -= 1
    return e


@cache
def _after_mark(key: str) -> frozenset[str]:
    words = {fold(w) for w in settings()["narrator"].get(key, ())}
    if key == "after_mark":
        words |= {fold(w) for w in settings()["narrator"].get("relatives", ()) if w != "ما"}
    return frozenset(words)


@cache
def _glued_tails() -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["narrator"].get("glued_stop_not_before", ()))
