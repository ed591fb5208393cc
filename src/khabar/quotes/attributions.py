"""Attributions: "بحسب X"، "وفقا لـ X"، "وفق ما أعلن X"، "نقلا عن X"، "وجاء في بيان X أن …".

The clause an attribution closes (or, sentence-initially, the clause after its comma) is an
indirect quote of X. Mixed into spans.Finder, whose geometry and boundaries these methods use.
"""
from __future__ import annotations

from functools import cache

from ..text import fold
from .cues import folded_set, settings
from .speakers import Subject, subject_after
from .statements import STATEMENT, statement_words

_COMMA = {",", "،", "؛", ";"}
_PARENTHESIS = {"-", "–", "—", "(", "["}


class AttributionMixin:
    # Provided by spans.Finder: tokens, drafts, cue_tok, tok_at, idx, a, sent_tokens, covered,
    # in_mark, is_comp, clause_end, trim, add, after_comp.

    # -- attributions -----------------------------------------------------------------------
    def attribution_at(self, k: int) -> int | None:
        """Token count of an attribution phrase starting at token ``k`` (بحسب، وفقا لـ …)."""
        toks = self.tokens
        first = toks[k].norm
        cands = _attribution_index().get(first)
        if not cands:
            return None
        for words in cands:
            n = len(words)
            if k + n > len(toks):
                continue
            ok = True
            for x in range(1, n):
                t, w = toks[k + x].norm, words[x]
                if x == n - 1 and w == "ل":  # "وفقا لـ": ل is glued to its noun or stands alone
                    ok = t.startswith("ل")
                    break
                if t != w:
                    ok = False
                    break
            if ok:
                return n
        return None

    def attributions(self) -> None:
        toks = self.tokens
        for k in range(len(toks)):
            if self.covered(toks[k].start) or self.in_mark(toks[k].start):
                continue
            n = self.statement_at(k)
            if n is not None:
                self.statement(k, n)
                continue
            n = self.attribution_at(k)
            if n is not None:
                lo, hi = self.sent_tokens(k)
                self.attribution(k, n, lo, hi)

    def statement_at(self, k: int) -> int | None:
        if self.tokens[k].norm not in _statement_firsts():
            return None
        for words in _statement_phrases():
            n = len(words)
            if [t.norm for t in self.tokens[k:k + n]] == words:
                return n
        return None

    def statement(self, k: int, n: int) -> None:
        """"وجاء في بيان الوزارة أن …": the statement's author is named between."""
        lo, hi = self.sent_tokens(k)
        for tj in range(k + n, min(hi, k + n + 15)):
            m = self.mark_at.get(self.tokens[tj].start)
            if m is not None and m.closed and m.words(self.body) >= 4 and tj > k + n:
                # "وجاء في بيان حصلت رويترز عليه "…"": the quotation is the statement's text
                subj = self._attribution_subject(k + n, tj)
                self.add(m.inner_start, m.inner_end, "direct", None, subj,
                         cue_text=" ".join(t.text for t in self.tokens[k:k + n]),
                         cue_start=self.tokens[k].start)
                return
            if self.is_comp(self.tokens[tj]):
                subj = self._attribution_subject(k + n, tj)
                cue_text = " ".join(t.text for t in self.tokens[k:k + n])
                before = len(self.drafts)
                self.after_comp(None, tj, hi, subj)
                if len(self.drafts) > before:
                    d = self.drafts[-1]
                    d.cue_text, d.cue_start = cue_text, self.tokens[k].start
                return

    def attribution(self, k: int, n: int, lo: int, hi: int) -> None:
        toks, body = self.tokens, self.body
        own = folded_set("attribution", "own")
        np_start = k + n
        if toks[k + n - 1].norm.startswith("ل") and toks[k + n - 1].norm not in ("لسان",):
            np_start = k + n - 1  # "وفقا لمسؤولين": the noun is glued to ل
        # The noun phrase runs to the next comma or the sentence's end.
        np_end = np_start
        while np_end < hi and toks[np_end].text not in _COMMA:
            np_end += 1
        if np_start < hi and toks[np_start].norm in own:
            self.own_words(k, np_start + 1, lo)  # "…"، حسب تعبيره": the words just quoted
            return  # (unquoted, "وفق تقديره" is handled with partial quotes)
        # who: "بحسب ما أعلن X" → the subject after the verb; "بحسب X" → X itself
        a = np_start
        if a < hi and (toks[a].norm in ("ما",) or toks[k + n - 1].norm in ("ما", "حسبما")):
            a += 1 if toks[a].norm == "ما" else 0
            a += 1  # the verb
            while a < np_end and toks[a].norm in ("به", "عنه", "بها", "عنها", "فيه"):
                a += 1
        subj = self._attribution_subject(a, np_end)
        if not (subj.entity or subj.source or subj.phrase or subj.anaphor):
            return
        lead = k == lo or k == lo + 1 and toks[lo].norm in ("و", "ف")
        if lead:
            # "وحسب التقرير، فإن …": the content follows the comma
            c = np_end + 1
            if c < hi and self.is_comp(toks[c]) == "bare":
                c += 1
            if c >= hi:
                return
            end_tok = self.clause_end(c, hi)
            s, e = self.trim(toks[c].start, toks[end_tok - 1].end)
        else:
            phrase = " ".join(t.norm for t in toks[k:k + n])
            if phrase in {" ".join(fold(w).split()) for w in
                          settings()["attribution"].get("partial_phrases", ())}:
                # "باتت "في حالة سقوط حر"، على حد تعبير الوزير": only the quoted words are his
                subj = self._attribution_subject(a, hi)
                for m in self.mark_at.values():
                    if m.closed and m.end <= toks[k].start and \
                            not body[m.end:toks[k].start].strip(" \u060c,"):
                        self.add(m.inner_start, m.inner_end, "partial", None, subj,
                                 cue_text=" ".join(t.text for t in toks[k:k + n]),
                                 cue_start=toks[k].start)
                        break
                return
            c = np_end + 1
            # (not inside dashes or brackets: "واندفع الجيران - بحسب ما أفادت تقارير - إلى …")
            opens = c < hi and self._opens_clause(c) and toks[k - 1].text not in _PARENTHESIS
            if np_end < hi and toks[np_end].text in _COMMA and c < hi and not opens and \
                    toks[k - 1].text not in _COMMA and \
                    toks[c].norm not in folded_set("narrator", "relatives") and \
                    not any(self.is_comp(toks[x]) or x in self.cue_tok for x in range(c, hi)) and \
                    not any(toks[lo].start <= d.start < toks[k].start for d in self.drafts):
                # "يصبح بإمكانها وفق عبدالرحمن، التقدم باتجاه …": an attribution inside a clause
                # (no comma before it), closed by a comma; what it introduces follows the comma
                # ("…، وفق ما أفاد به X، في تصريح" closes the clause before it instead)
                end_tok = self.clause_end(c, hi)
                s, e = self.trim(toks[c].start, toks[end_tok - 1].end)
                if end_tok - c >= 4 and e - s >= 10:
                    self.add(s, e, "indirect", None, subj,
                             cue_text=" ".join(t.text for t in toks[k:k + n]), cue_start=toks[k].start)
                return
            if np_end < hi and toks[np_end].text in _COMMA and opens and toks[k - 1].text not in _COMMA:
                # "…، أسفرت عن سقوط 30 جريحا بحسب المعارضة، ودعا …" ("، فيما …"، "، بينما …"): a
                # new clause follows, so the attribution closes the clause before it, back to its
                # comma. With no report after it, only for a named source: "وفق التصميم، والعمل
                # على …"، "حسب الخطة، ثم …" are no attributions.
                if not self._sourced(subj) and \
                        not any(self.is_comp(toks[x]) or x in self.cue_tok for x in range(c, hi)):
                    return
                if any(self.is_comp(toks[x]) for x in range(np_start, np_end)):
                    return  # "نقلا عن شهود أن سيارة …، ثم …": the phrase brings its own report
                first = max([x + 1 for x in range(lo, k) if toks[x].text in _COMMA], default=lo)
                if toks[first].norm in ("و", "ف"):
                    first += 1
                if first < k and toks[first].norm in folded_set("narrator", "words"):
                    # "ويذكر أن 200 شخص نزحوا … وفق المرصد، فيما …": the narrator's formula is
                    # nobody's words; the report starts after its complementizer
                    first += 1 + (first + 1 < k and toks[first + 1].norm == fold("إلى"))
                    if first < k and self.is_comp(toks[first]) == "bare":
                        first += 1
                s, e = self.trim(toks[first].start, toks[k].start)
                if k - first >= 3 and e - s >= 10 and not self.drafts.overlaps(s, e):
                    self.add(s, e, "indirect", None, subj,
                             cue_text=" ".join(t.text for t in toks[k:k + n]), cue_start=toks[k].start)
                return
            # a closing attribution: what follows it to the sentence's end is its noun phrase
            rest = range(np_start, hi)
            if hi - k > 16 or any(self.is_comp(toks[x]) or x in self.cue_tok and x > np_start + 1
                                  for x in rest):
                return
            for d in self.drafts:
                if toks[lo].start <= d.start < toks[k].start:
                    # the clause is already a quote: the phrase names its source, which a cue
                    # with no subject of its own takes ("ويتوقع أن …، بحسب ما ذكرته صحيفة X")
                    if (d.subject is None or not d.subject.explicit) and d.end <= toks[k].start:
                        src = self._attribution_subject(a, hi)
                        if src.entity or src.phrase:  # (not "حسب نص البيان": the speaker's own)
                            d.subject, d.continuation = src, False
                    return
            s, e = self.trim(toks[lo].start, toks[k].start)
            i = self.tok_at.get(s)
            if i is not None and i + 1 < hi and self.is_comp(toks[i]) == "bare":
                s = toks[i + 1].start  # "فإن …"
            subj = self._attribution_subject(a, hi)
        if e - s < 10:
            return
        self.add(s, e, "indirect", None, subj, cue_text=" ".join(t.text for t in toks[k:k + n]),
                 cue_start=toks[k].start)

    def _sourced(self, subj: Subject) -> bool:
        """Does the attribution name a source: an entity, an unnamed source, or a phrase headed by
        a source noun ("الأطباء الشرعيين"، "مصادر أمنية")? "حسب الخطة" names none."""
        if subj.entity or subj.source:
            return True
        if not subj.phrase:
            return False
        words = self.body[subj.phrase[0]:subj.phrase[1]].split()
        head = fold(words[0]) if words else ""
        heads = folded_set("unnamed", "heads")
        return head in heads or head[:2] == "ال" and head[2:] in heads or \
            head[:2] == "لل" and head[2:] in heads or head[:1] == "ل" and head[1:] in heads

    def _opens_clause(self, c: int) -> bool:
        """Does token ``c`` (right after an attribution's closing comma) open a new clause? A word
        with the conjunction و (as before), or a clause connective ("فيما"، "بينما"، "في حين")."""
        toks = self.tokens
        if toks[c].norm[:1] == "و":
            return True
        for words in _clause_openers():
            if [t.norm for t in toks[c:c + len(words)]] == words:
                return True
        return False

    def own_words(self, k: int, end: int, lo: int) -> None:
        """"انتقد أداء الوزارة، "دون أن تقدم أي حلول"، حسب تعبيره": a quotation closed right
        before "وفق قوله / حسب تعبيره / على حد قوله" is the words of the person the pronoun
        points to, the last speaker; partial inside a sentence, direct when it is the sentence."""
        toks, body = self.tokens, self.body
        at = toks[k].start
        for m in self.marks:
            if not m.closed or m.end > at or body[m.end:at].strip(" \u060c,") or m.words(body) < 2:
                continue
            before = [t for t in toks[lo:k] if t.end <= m.open]
            if self.covered(m.inner_start) or before and (
                    before[-1].text == ":" or self.tok_at.get(before[-1].start) in self.cue_tok or
                    before[-1].norm in folded_set("attribution", "saying")):
                return  # the quotation has a cue of its own: "ليستكمل بقوله: "…"، حسب تعبيره"
            whole = not body[toks[lo].start:m.open].strip(" \u060c,:")
            self.add(m.inner_start, m.inner_end, "direct" if whole else "partial", None,
                     Subject(None, None, False, end),
                     cue_text=" ".join(t.text for t in toks[k:end]), cue_start=at)
            return

    def _attribution_subject(self, a: int, b: int) -> Subject:
        nouns = folded_set("attribution", "statement_nouns")
        toks = self.tokens
        if a + 1 < b and toks[a].norm.lstrip("ل") in statement_words() and \
                toks[a].norm.lstrip("ل").startswith("ال") and toks[a + 1].norm.startswith("ال") and \
                toks[a + 1].norm[2:] not in folded_set("statements", "modifiers") and \
                not self.idx.within(toks[a + 1].start, toks[a + 1].end):
            # "وجاء في البيان الاتهامي …": a document of its own kind, not the last speaker's
            # statement (its author, if any, is no quote's speaker here)
            return Subject(None, " ".join(t.text for t in toks[a:a + 2]), True, a + 2)
        if a < b and toks[a].norm.lstrip("ل") in statement_words():
            # "بيان لنقابة المعلمين"، "بيان نشره البيت الأبيض"، or no issuer: the last speaker
            # whose sentence spoke of a statement
            return self.statement_owner(a + 1, b) or Subject(None, None, False, a + 1, anaphor=STATEMENT)
        if a < b and toks[a].norm.lstrip("ل") in nouns | {fold("ل" + w) for w in nouns}:
            a += 1
            if a < b and toks[a].kind == "word" and toks[a].norm.endswith(("ه", "ها")) and \
                    not toks[a].norm.startswith("ال"):
                a += 1  # "بيان نشره البيت الأبيض": skip the relative verb
        subj = subject_after(self.a, self.tokens, self.idx, a, b) if a < b else Subject(None, None, False, a)
        if subj.entity or subj.source:
            return subj
        # "وفقا لبيان نشره البيت الأبيض": an entity anywhere in the phrase
        if a < b:
            ments = self.idx.within(self.tokens[a].start, self.tokens[b - 1].end)
            if subj.phrase and all(m[0] >= subj.phrase[1] for m in ments):
                return subj  # "صحيفة الوطن الموالية للحكومة": the head, not its modifier
            if ments:
                return Subject(ments[0][2], None, True, b)
            if subj.phrase:
                return subj
            text = " ".join(t.text for t in self.tokens[a:b]).lstrip("ل")
            first = fold(text.split()[0]) if text.split() else ""
            if first not in folded_set("unnamed", "heads") | nouns:
                return Subject(None, None, False, b)  # "وفقا لمعايير عالية": no source at all
            return Subject(None, text or None, True, b)
        return subj


@cache
def _attribution_phrases() -> list[list[str]]:
    out = [[fold(w) for w in p.split()] for p in settings()["attribution"]["phrases"]]
    return sorted(out, key=len, reverse=True)


@cache
def _attribution_index() -> dict[str, list[list[str]]]:
    """Phrases by their first word, with the proclitics و/ف."""
    out: dict[str, list[list[str]]] = {}
    for words in _attribution_phrases():
        for pro in ("", "و", "ف"):
            out.setdefault(pro + words[0], []).append(words)
    return out


@cache
def _statement_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in _statement_phrases())


@cache
def _statement_phrases() -> list[list[str]]:
    return [[fold(w) for w in p.split()] for p in settings()["attribution"]["statement_verbs"]]


@cache
def _clause_openers() -> list[list[str]]:
    return [fold(p).split() for p in settings()["attribution"].get("clause_openers", ())]
