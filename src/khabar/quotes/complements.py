"""What a cue's content is once its trigger is found: the words after a colon, a quotation, or the
clause after a complementizer (direct when it is wholly one quotation, else indirect up to the
clause's end). A mixin of spans.Finder, split from spans.py (same behaviour)."""
from __future__ import annotations

from bisect import bisect_left

from ..text import fold
from .cues import Cue, settings
from .marks import Marked
from .mark_ends import _BREAKERS, _after_mark
from .speakers import Subject

_COMMA = {",", "،", "؛", ";"}


class ComplementMixin:
    def finite_that(self, cue: Cue, j: int, tj: int) -> bool:
        """"وكتب ترامب على تويتر أن …": a "mark" verb whose finite forms also report with a
        complementizer (finite_that) — not after "ما"/"قد" ("لو جمع ما كتب، وأراد أن …"، "قد يكتب
        الله عليك أن …"), nor across "، و…" or after a modal ("يمكن أن"): that أن is another verb's."""
        entry = settings()["verb"][cue.form.lemma]
        if not entry.get("finite_that"):
            return False
        toks = self.tokens
        before = entry.get("not_after", ())
        if cue.first > 0 and toks[cue.first - 1].norm in {fold(w) for w in before}:
            return False
        if any(toks[x].text in _COMMA and toks[x + 1].norm[:1] == "و" for x in range(j, tj)):
            return False  # "…، وأراد أن": a clause of its own
        return not (tj > j and toks[tj - 1].norm in {fold(w) for w in entry.get("not_before_comp", ())})

    def after_colon(self, cue: Cue, tj: int, hi: int, subj: Subject) -> None:
        toks = self.tokens
        if tj + 1 < len(toks) and toks[tj + 1].start in self.mark_at:
            m = self.mark_at[toks[tj + 1].start]
            self.add_mark(m, "direct", cue, subj)
            return
        if tj + 1 >= hi:
            return
        if self.is_comp(toks[tj + 1]):
            self.after_comp(cue, tj + 1, hi, subj)  # "قال X: إن أمريكا تريد …" is reported speech
            return
        s = toks[tj + 1].start
        e = toks[self.clause_end(tj + 1, hi, colon=False) - 1].end  # up to "، مضيفا: …"
        s, e = self.trim(s, e)
        if e > s:
            self.add(s, e, "direct", cue, subj)

    def add_mark(self, m: Marked, kind: str, cue: Cue, subj: Subject) -> None:
        s, e = m.inner_start, m.inner_end
        if e > s:
            self.add(s, e, kind, cue, subj)

    def after_comp(self, cue: Cue | None, tj: int, hi: int, subj: Subject, relative: bool = False) -> None:
        toks = self.tokens
        kind = self.is_comp(toks[tj])
        start_tok = tj + 1 if kind == "bare" else tj
        if start_tok >= hi:
            return
        first = toks[start_tok]
        # (a named reporter relays the inner speaker; unnamed reports stay their own claims:
        # "وقالت تقارير إن X اعترف بـ…")
        named = subj is None or not subj.explicit or subj.entity is not None or subj.phrase is not None
        inner = self.nested_cue(start_tok, hi) if cue is not None and kind == "bare" and named \
            else None
        if inner is not None:
            # "وقالت الوكالة إن كيم أكد لنظيره أنه ملتزم …": the innermost named speaker's words
            before, noted = len(self.drafts), len(self.events)
            self.done.add(inner.start)
            self.from_cue(inner)
            if len(self.drafts) > before:
                last = self.clause_end(start_tok, hi)
                outer_end = toks[last - 1].end
                # ("إن X أكد التزامه، وإن الحكومة …": a second complement is the outer speaker's)
                second = any(toks[x - 1].text in _COMMA and self.is_comp(toks[x]) == "bare" and
                             toks[x].norm[:1] == "و" for x in range(start_tok + 1, last))
                if self.drafts[-1].end >= self.trim(first.start, outer_end)[1] and not second:
                    return
                # ("وقالت تقارير إن X اعترف بحبسه، لكنه أخبر …": the outer report says more than
                # the inner one, and stays the outer speaker's)
                del self.drafts[before:]
                del self.events[noted:]
        m = self.mark_at.get(first.start)
        if kind == "pron" and start_tok + 1 < hi and toks[start_tok + 1].start in self.mark_at:
            # "إنه "تم العثور …"": the pronoun of the fact, then the speaker's words
            pron_start = (start_tok, first)
            m, first = self.mark_at[toks[start_tok + 1].start], toks[start_tok + 1]
            if m.closed and m.words(self.body) <= 3 and self._words_after_mark(m, hi) and \
                    not self.verb_quotation(m, hi):
                # ("أنها "خطوة أولى" نحو …": the quoted words are the speaker's, the rest not)
                self.add_mark(m, "partial", cue, subj)
                return
            kind, start_tok = "bare", start_tok + 1
        else:
            pron_start = None
        if m is not None and not m.closed and kind == "bare":
            # «… with no closing mark: it ends where unclosed_end put it (the next report)
            self.add_mark(m, "direct", cue, subj)
            return
        if m is not None and m.closed and kind == "bare":
            # Direct when the quotation is the whole complement: what follows the closing mark
            # is punctuation, the sentence's end or a narrator's clause.
            after = self._tok_after(m.end)
            end_tok = self.clause_end(start_tok, hi, stop_at_comma=relative)
            # (another quotation later in the clause makes it a mixed one: أن "…" قبل أن "…")
            mixed = after is not None and any(toks[x].start in self.mark_at and self.mark_at[
                toks[x].start].closed for x in range(after, end_tok))
            if (after is None or after >= hi or toks[after].kind == "punct" or
                    toks[after].norm in _BREAKERS and not self.quoted_term(m, after, end_tok) or
                    toks[after].norm in _after_mark("after_mark") or
                    self._cue_after_mark(after, hi) or self.run_on_report(after)) and not mixed:
                if pron_start is not None:
                    # "أنه "…"": reported with the pronoun of the fact (the dev set's convention;
                    # held-out annotators differ), ending at the closing mark all the same
                    self.add(pron_start[1].start, m.end, "indirect", cue, subj)
                else:
                    self.add_mark(m, "direct", cue, subj)
                return
        if pron_start is not None:  # not the whole complement: the clause with its pronoun
            start_tok, first = pron_start
        end_tok = self.clause_end(start_tok, hi, stop_at_comma=relative)
        end_tok = self.speaker_turn(cue, start_tok, end_tok)
        while not relative and end_tok + 1 < hi and toks[end_tok].text in _COMMA:
            x = self.relative_report(end_tok + 1, hi, cue)
            if x is None:
                break
            self.done.add(self.cue_by_tok[x].start)  # (its words are this report's)
            end_tok = self.clause_end(x + 1, hi)
        if end_tok <= start_tok:
            return
        s, e = self.trim(first.start, toks[end_tok - 1].end)
        if e > s:
            self.add(s, e, "indirect", cue, subj)

    def quoted_term(self, m: Marked, after: int, end_tok: int) -> bool:
        """'إن "العبيد" في الجماعة كان يتعين عليهن …': a quotation of at most three words right
        after the complementizer, followed by "في"/"على" and at least three more words of the
        clause, is a term the reported clause is about; the report is the whole clause."""
        toks = self.tokens
        if m.words(self.body) > 3 or toks[after].norm not in _after_mark("term_goes_on") or \
                end_tok - after < 4 or any(toks[x].kind != "word" for x in range(after, after + 4)):
            return False
        nxt = toks[after + 1].norm
        return nxt not in _after_mark("term_adjuncts") and \
            not (nxt.startswith("ال") and nxt[2:] in _after_mark("term_adjuncts"))

    def _tok_after(self, pos: int) -> int | None:
        i = bisect_left(self.tok_starts, pos)
        return i if i < len(self.tokens) else None

    def coordinated_complements(self) -> None:
        """"وأضاف سميث أن الصيانة مشكلة جدية. وأن طالبان تستخدم أسلحة …"، "مضيفا أنها "ستبدأ
        سريعا" وأنه ستكون هناك عملية تحقق": a complement coordinated by و (وأن، وأنه، وأنها) right
        after a report, in its sentence or opening the next one, is another clause of the same
        report: an indirect quote of the same speaker and cue."""
        toks = self.tokens
        for d in sorted(self.drafts, key=lambda d: d.start):
            if d.cue is None or d.kind not in ("indirect", "partial", "direct"):
                continue
            k = self._tok_after(d.end)
            stop = False
            while k is not None and k < len(toks) and toks[k].kind == "punct":
                if toks[k].text in ".":
                    stop = True  # the next sentence may open with it
                elif toks[k].text not in "\"»”'’)":
                    break
                k += 1
            if k is None or k + 1 >= len(toks) or not self._and_comp(toks[k]):
                continue
            if stop and self.sent_of_tok[k] == self.sent_of_tok[max(0, self._tok_after(d.end) or 0)] \
                    and toks[k - 1].text != ".":
                continue
            if self.covered(toks[k].start) or self.in_mark(toks[k].start):
                continue
            hi = self.sent_tokens(k)[1]
            before = len(self.drafts)
            self.after_comp(d.cue, k, hi, d.subject)
            for x in self.drafts[before:]:
                # (the quote starts at the complement, not at its conjunction: "وأنه" → "أنه")
                if self.body[x.start:x.start + 1] == "و" and x.start == toks[k].start:
                    x.start += 1
                    self.drafts.touch()
                x.cue_text, x.cue_start = d.cue_text, d.cue_start

    def _and_comp(self, tok) -> bool:
        """وأن / وأنه / وأنها …: a complementizer with the conjunction و (not وإن "even if")."""
        text = tok.text.lstrip("\u0640")
        return text[:1] == "و" and text[1:2] in ("أ", "ا") and self.is_comp(tok) is not None
