"""Chants: "وردد المحتجون شعارات "…" و"…""، "بينما تعالت هتافات الأنصار "…"".

What a crowd chants (or a speaker repeats) is quoted words: each quotation right after a chant
word, and those coordinated with it (و"…"، أو "…"), is a direct quote. After a chant verb the
speaker is the verb's subject (often an unnamed crowd: no speaker); after a noun ("هتافات
الأنصار") nobody in particular. The lexicon is [chant] in resources/cues.toml. Mixed into
spans.Finder; chants are read before the cues so that a report just before one ("قال X إن …
بينما تعالت هتافات …") ends where the chant's clause begins.
"""
from __future__ import annotations

import re
from functools import cache

from .cues import folded_set, settings
from .speakers import Subject, subject_after
from .titled import title_word

_COORD = re.compile(r"\s*(?:[،,]\s*)?(?:و|أو|ثم)?\s*")


class ChantMixin:
    # Provided by spans.Finder: tokens, body, mark_at, sent_tokens, cue_tok, is_comp, idx, a,
    # resolve_subject, drafts, add, _tok_after.

    def chant_stops(self) -> set[int]:
        """Token indices where a chant's clause begins (a report before it stops there)."""
        return {s for s, _, _ in self._chants()}

    def chants(self) -> None:
        for _, k, marks in self._chants():
            t = self.tokens[k]
            subj = Subject(None, None, True, k + 1)  # a crowd: said, but by no one named
            if t.norm in _verbs():
                first = self.tok_at.get(marks[0].open, k + 1)
                # (the crowd ends at "شعارات"، "هتافات"، "مع الحشد": what and how, not who)
                first = next((x for x in range(k + 1, first) if self.tokens[x].norm in _between()), first)
                found = self.resolve_subject(subject_after(self.a, self.tokens, self.idx, k + 1,
                                                           first, ()), k + 1, first)
                if found.entity or found.source or found.phrase:
                    subj = found
            for m in marks:
                self.add(m.inner_start, m.inner_end, "direct", None, subj,
                         cue_text=t.text, cue_start=t.start)

    def _chants(self) -> list[tuple[int, int, list]]:
        """(clause start token, chant word token, quotations) for each chant, cached."""
        cached = getattr(self, "_chant_cache", None)
        if cached is not None:
            return cached
        out = []
        toks = self.tokens
        verbs, nouns, between = _verbs(), _nouns(), _between()
        cfg = settings().get("chant", {})
        max_words = int(cfg.get("max_words", 20))
        for k, t in enumerate(toks):
            if t.norm not in verbs and t.norm not in nouns:
                continue
            if self.in_mark(t.start):
                continue  # a chant inside someone's quoted words is part of them
            lo, hi = self.sent_tokens(k)
            start = k
            for back in (1, 2, 3):
                if k - back >= lo and toks[k - back].norm in _openers():
                    start = k - back
                    break
            if start == k and any(x in self.cue_tok or self.is_comp(toks[x]) and
                                  not (x > lo and toks[x - 1].norm in _adverbial())
                                  for x in range(lo, k)):
                # "اعتبر خامنئي أن ترامب … وردد "أكاذيب""، "قال إن المهاجم هتف "…"": inside a
                # report the chant is part of it (only a new clause, "بينما هتف …", stands alone)
                continue
            first = None
            reach = int(cfg.get("reach_noun" if t.norm in nouns else "reach_verb", 6))
            for x in range(k + 1, min(hi, k + 1 + reach)):
                tx = toks[x]
                m = self.mark_at.get(tx.start)
                if m is not None:
                    if _place_or_title(self, x):
                        continue  # 'وردد المعتصمون في محيط "الدوار الرابع" …': a name
                    if m.closed and 1 <= m.words(self.body) <= max_words:
                        first = m
                    break
                if self.in_mark(tx.start):
                    continue
                if tx.norm in _stops() or t.norm in nouns and tx.norm[:1] in ("ب", "ل", "ك"):
                    break  # "في محيط "الدوار الرابع""، "هتافات بإنهاء الوجود "الإيراني"": an adjunct
                if tx.text == ":" or tx.norm in between or tx.text in "،,":
                    continue
                if x in self.cue_tok or self.is_comp(tx) or tx.kind != "word":
                    break
                if t.norm in nouns and x > k + 2:
                    break  # "هتافات الأنصار "…"": only the crowd between
            if first is None:
                continue
            marks = [first]
            while True:
                g = _COORD.match(self.body, marks[-1].end)
                nxt = self.mark_at.get(g.end()) if g else None
                if nxt is None or not nxt.closed or nxt.words(self.body) > max_words or \
                        nxt.open == marks[-1].end:
                    break
                marks.append(nxt)
            out.append((start, k, marks))
        self._chant_cache = out
        return out


def _place_or_title(finder, x: int) -> bool:
    """The word before token ``x`` is a title or place noun: the quotation there is a name."""
    return x >= 1 and title_word(finder.tokens[x - 1].norm)


@cache
def _verbs() -> frozenset[str]:
    base = folded_set("chant", "verbs")
    return base | {p + w for w in base for p in ("و", "ف")}


@cache
def _nouns() -> frozenset[str]:
    base = folded_set("chant", "nouns")
    return base | {"و" + w for w in base}


@cache
def _between() -> frozenset[str]:
    return folded_set("chant", "between")


@cache
def _stops() -> frozenset[str]:
    return folded_set("chant", "stops")


@cache
def _adverbial() -> frozenset[str]:
    return folded_set("chant", "adverbial")


@cache
def _openers() -> frozenset[str]:
    return folded_set("chant", "openers")
