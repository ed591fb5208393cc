"""Where a reported clause gives way to another speaker.

An indirect quote runs to the end of its clause; a comma followed by a new speech cue with its own
subject ("…، لكن تيلرسون شدد أن …", "…، في المقابل يدعو الرئيس …", "…، التي قال إنها …") starts
a new report, so the first quote stops at that comma. A named cue opening a reported clause
("… إن كيم أكد …") is a report inside the report (nested_cue), and "بعد قول X إن …" a report by
a masdar (masdar_cues). Mixed into spans.Finder, whose tokens, cue index, marks and mention index
these methods use.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..text import fold
from .cues import Cue, folded_set, lexicon, settings
from .names import ambiguous_given
from .speakers import TIME_WORDS

_COMMA = {",", "،", "؛", ";"}
_MAX_TURN_WORDS = 3
_MAX_SUBJECT_WORDS = 6  # words of an SVO subject between a connector and its cue
_PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن"})  # connector words before the cue ("في المقابل", "لكن")


class BoundaryMixin:
    # Provided by spans.Finder: tokens, cue_tok, cue_by_tok, idx, in_mark.

    def turn_at(self, k: int, hi: int) -> bool:
        """Does a new report start at token ``k`` (just after a comma)? Connector words, then an
        optional relative pronoun or a named subject (SVO), then a cue verb."""
        toks = self.tokens
        x = k
        turns = _turns()
        # connectors, possibly of several words ("في المقابل")
        progressed = True
        n = 0
        while progressed and x < hi and n < _MAX_TURN_WORDS:
            progressed = False
            for words in turns:
                if [t.norm for t in toks[x:x + len(words)]] == words:
                    x += len(words)
                    n += len(words)
                    progressed = True
                    break
        had_connector = x > k
        if x < hi and toks[x].norm in _relatives():
            x += 1
            if not had_connector and not self.content_follows(x, hi):
                # "موقف الاتحاد، الذي يعتبر كل المستوطنات غير شرعية": the antecedent's own verb,
                # with no content of its own, describes it inside the same report
                return False
        elif had_connector and x < hi:
            # an SVO subject after the connector: "لكن تيلرسون شدد"
            ments = self.idx.within(toks[x].start, toks[x].end)
            if ments and ments[0][0] == toks[x].start:
                end = ments[0][1]
                while x < hi and toks[x].start < end:
                    x += 1
            # or a longer one, a role and a name: "لكن المتحدث باسمه تركي المالكي قال"
            y = x
            while y < hi and y - x < _MAX_SUBJECT_WORDS and toks[y].kind == "word" and \
                    y not in self.cue_tok and not self.is_comp(toks[y]):
                y += 1
            if y > x and y < hi and y in self.cue_tok and self.cue_by_tok[y].kind == "verb" and \
                    not toks[y].norm.startswith("و"):
                x = y
        if x >= hi or x not in self.cue_tok:
            return False
        cue = self.cue_by_tok[x]
        if cue.kind != "verb" or self.in_mark(toks[x].start):
            return False
        return x > k  # a cue right after the comma is handled by the caller

    def concessive_turn_at(self, k: int, j: int, hi: int) -> bool:
        """Does the narrator's "إلا أنه أكد أن …" / "إلا أن موسكو نفت ذلك" start at token ``k``
        (just after a comma) inside the reported clause opening at ``j``? The cue (possibly
        negated) must have its content at once, or, after a named subject, be a noun-phrase cue
        ("نفت تورطها"); "…، إلا أنه تشدد دينيا" and "…، إلا أن النتائج لن تعلن" stay inside."""
        toks = self.tokens
        if any(toks[x].norm in _concessions() for x in range(j, k)):
            return False
        words = next((w for w in _concessive() if [t.norm for t in toks[k:k + len(w)]] == w), None)
        if words is None:
            return False
        x = k + len(words)
        named = False
        if words[-1] in self.bare:  # a subject between: a name, or a few plain words
            ments = self.idx.within(toks[x].start, toks[x].end) if x < hi else []
            named = bool(ments) and ments[0][0] == toks[x].start
            y = x
            while y < hi and y - x < _MAX_SUBJECT_WORDS and toks[y].kind == "word" and \
                    y not in self.cue_tok:
                y += 1
            # (a named subject is the name with at most one word more: "الجيش البورمي")
            inside = sum(1 for t in toks[x:y] if t.start < ments[0][1]) if named else 0
            if y == x or named and y - x > inside + 1:
                return False
            x = y
        negated = x < hi and toks[x].norm in folded_set("narrator", "negations")
        x += negated
        cue = self.cue_by_tok.get(x)
        if x >= hi or cue is None or cue.kind != "verb" or toks[x].norm[:1] in ("و", "ف") or \
                self.in_mark(toks[x].start):
            return False
        if self.content_follows(x, hi):
            return True
        nxt = self.cue_by_tok.get(x + 1)
        if x + 1 < hi and (toks[x + 1].text == ":" or nxt is not None and nxt.kind == "participle"):
            return True  # "إلا أنه استدرك قائلا: …"
        return named and not negated and cue.form.content == "np"

    def pronoun_connector(self, k: int) -> bool:
        """Is token ``k`` "لكنه"، "ولكنها" …: a connector carrying a subject pronoun?"""
        toks = self.tokens
        if k < 0 or k >= len(toks) or toks[k].kind != "word":
            return False
        norm = toks[k].norm
        return any(norm.startswith(c) and norm[len(c):] in _PRONOUN_SUFFIXES for c in _pronoun_turns())

    def pronoun_turn_at(self, k: int, hi: int) -> bool:
        """Does "لكنه (لم) أكد أن …" start at token ``k`` (just after a comma)? The connector
        carries the subject pronoun; the cue, possibly negated, must have its content at once
        (a complementizer, a colon or a quotation, after at most a preposition), so that "لكنه
        أخبر الوزير" inside a reported clause is left alone. A negated cue reports nothing, but
        the clause before it ends there all the same."""
        toks = self.tokens
        if k >= hi or toks[k].kind != "word":
            return False
        norm = toks[k].norm
        if not any(norm.startswith(c) and norm[len(c):] in _PRONOUN_SUFFIXES for c in _pronoun_turns()):
            return False
        x = k + 1
        if x < hi and toks[x].norm in folded_set("narrator", "negations"):
            x += 1
        cue = self.cue_by_tok.get(x)
        if cue is None or cue.kind != "verb" or self.in_mark(toks[x].start):
            return False
        if cue.form.content == "np" and toks[k].norm[:1] not in ("و", "ف") and x + 1 < hi and \
                (self.body[toks[k - 1].start - 1:toks[k - 1].start] in '"”»' or
                 toks[x + 1].norm in cue.form.preps):
            # "… "غير مسبوق"، لكنه طالب الشعب بـ…": after a quoted phrase closes the clause, the
            # connector and a stance verb with its object are the speaker's next statement
            return True
        x += 1
        if x < hi and toks[x].norm in cue.form.preps:
            x += 1
        if x < hi and (self.is_comp(toks[x]) is not None or toks[x].text == ":" or
                       toks[x].start in self.mark_at and self.mark_at[toks[x].start].closed):
            return True
        # "لكنه أكد ثقته في أن …": a short object (a masdar and its preposition) before the
        # complementizer; or an adjunct ("لكنها قالت في الوقت نفسه إن …"، "لكنه يقول اليوم إنه …")
        adjunct = self.adjunct_words(x, hi)
        for y in range(x, min(hi, x + max(3, adjunct + 1))):
            if toks[y].kind != "word":
                return False
            comp = self.is_comp(toks[y])
            if comp == "bare" or comp and y == x + adjunct > x:
                return y > x
        return False

    def adjunct_words(self, x: int, hi: int) -> int:
        """How many tokens from ``x`` make a short adjunct between a cue and its complementizer:
        time words ("اليوم") or "في" and up to three words ("في الوقت نفسه"، "في اعتراف نادر")."""
        toks = self.tokens
        if x < hi and toks[x].norm in TIME_WORDS:
            return 1
        if x >= hi or toks[x].norm not in _adjunct_preps():
            return 0
        for y in range(x + 1, min(hi, x + 5)):
            if toks[y].kind != "word" or y in self.cue_tok:
                return 0
            if self.is_comp(toks[y]) is not None:
                return y - x
        return 0

    def content_follows(self, x: int, hi: int) -> bool:
        """Is token ``x`` a cue verb whose content (a complementizer, a colon or a quotation,
        after at most a preposition) follows at once?"""
        toks = self.tokens
        cue = self.cue_by_tok.get(x)
        if x >= hi or cue is None or cue.kind != "verb":
            return False
        x += 1
        if x < hi and toks[x].norm in cue.form.preps:
            x += 1
        return x < hi and (self.is_comp(toks[x]) is not None or toks[x].text == ":" or
                           toks[x].start in self.mark_at and self.mark_at[toks[x].start].closed)

    def relative_report(self, k: int, hi: int, cue) -> int | None:
        """"… التعاون الثنائي، الذي قال إنه لم يرتق …" inside a reported clause of ``cue``: a
        relative clause whose cue agrees with the reporting cue and has its content at once is
        the same speaker speaking of the antecedent (the report goes on). The cue's token index."""
        toks = self.tokens
        if cue is None or k + 1 >= hi or toks[k].norm not in _relatives():
            return None
        inner = self.cue_by_tok.get(k + 1)
        # (a quotation there is the antecedent's words quoted directly, a quote of its own:
        # "… إصلاح التعليم، الذي قال "إنه يحتاج إلى خطة"")
        if inner is None or not self.content_follows(k + 1, hi) or \
                self._quotes_at_once(k + 1, hi) or \
                not cue.form.gender or (inner.form.gender, inner.form.number) != \
                (cue.form.gender, cue.form.number):
            return None
        return k + 1

    def _quotes_at_once(self, x: int, hi: int) -> bool:
        """Does a quotation mark (not a complementizer) open the content of cue verb ``x``?"""
        cue = self.cue_by_tok[x]
        x += 1
        if x < hi and self.tokens[x].norm in cue.form.preps:
            x += 1
        return x < hi and self.tokens[x].start in self.mark_at

    def nested_cue(self, i: int, hi: int) -> Cue | None:
        """A finite cue verb right after a name that opens a reported clause at token ``i``
        ("… إن كيم أكد …"، "… أن السيسي شدد على …"): a report inside the report."""
        toks = self.tokens
        rows = [m for m in self.idx.within(toks[i].start, toks[i].end)
                if m[0] == toks[i].start and m[3] in ("PER", "ORG") and m[4] == "name"]
        if not rows:
            return None
        x = i
        while x < hi and toks[x].start < rows[0][1]:
            x += 1
        while x < hi and toks[x].norm in folded_set("subject", "auxiliaries"):
            x += 1
        c = self.cue_by_tok.get(x)
        if c is None or c.kind != "verb" or toks[x].norm[:1] in ("و", "ف") or c.start in self.done:
            return None
        return c

    def masdar_cues(self) -> list[Cue]:
        """"بعد قول الرئيس … إن …": masdars read as cues (kind "masdar") only in this construction."""
        out = []
        for i, t in enumerate(self.tokens):
            if t.kind == "word" and t.norm in masdar_words():
                lemma = next(k for k, e in settings()["verb"].items()
                             if t.norm in {fold(w) for w in e.get("masdar_cues", ())})
                form = next(f for f in lexicon()[0].values() if f.lemma == lemma)
                out.append(Cue(t.start, t.end, t.text, i, i, replace(form, kind="masdar", gender="",
                                                                      number="")))
        return out

    def speaker_turn(self, cue, j: int, end: int) -> int:
        """"وقال المتحدث إن مسلحي الحركة نفذوا الهجوم لكنه رفض التعليق …": "لكنه" with the
        pronoun of the reporting cue's speaker (same gender and number; the reported clause's
        own subject is someone else) turns back to the narrator, so the report ends there.
        Token index where the indirect quote starting at ``j`` ends."""
        if cue is None or not cue.form.gender or cue.form.number != "s":
            return end
        toks = self.tokens
        suffix = "ه" if cue.form.gender == "m" else "ها"
        for x in range(j + 3, end):
            norm = toks[x].norm
            if any(norm == c + suffix for c in _pronoun_turns()) and x + 1 < end and \
                    toks[x + 1].kind == "word" and not self._clause_subject_agrees(j, x, suffix):
                return x - 1 if toks[x - 1].text in _COMMA else x
        return end

    def _clause_subject_agrees(self, j: int, x: int, suffix: str) -> bool:
        """Could the pronoun ``suffix`` of "لكنه" at ``x`` point to the subject of the reported
        clause opening at ``j``? Its first word is the subject: a singular of that gender
        (no plural -ون/-ين/-ات ending, a feminine ة for ها) can be the one meant."""
        toks = self.tokens
        w = toks[j].norm
        if w in ("ان", "انه", "انها", "إن", "أن") or toks[j].kind != "word":
            return True  # (a pronoun subject: anyone)
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        # (a sound plural, or its construct state before a definite genitive: "مسلحي الحركة")
        plural = w.endswith(("ون", "ين", "ات")) or \
            w.endswith(("ي", "و")) and len(w) > 4 and not w.startswith("ال") and nxt.startswith("ال")
        if plural:
            return False
        feminine = w.endswith("ه")
        return feminine == (suffix == "ها")

    def coordinated_report(self, k: int, hi: int) -> bool:
        """Does a coordinated report start at token ``k``: a و-prefixed cue verb whose own
        content (a complementizer, a colon or a quotation, after at most a preposition) follows
        at once ("… "، وشدد على أن "…"", "… وأضاف أن …")?"""
        toks = self.tokens
        cue = self.cue_by_tok.get(k)
        if cue is None or cue.kind != "verb" or not toks[k].norm.startswith("و") or \
                self.in_mark(toks[k].start):
            return False
        x = k + 1
        if x < hi and toks[x].norm in cue.form.preps:
            x += 1
        return x < hi and (self.is_comp(toks[x]) is not None or toks[x].text == ":" or
                           toks[x].start in self.mark_at and self.mark_at[toks[x].start].closed)

    def object_before(self, cue, a: int, tj: int, hi: int) -> bool:
        """Do plain words stand between a cue's resolved subject and the quotation at ``tj``
        (after time words or a parenthetical)? Then they open the object noun phrase."""
        from .speakers import subject_after
        toks = self.tokens
        subj = subject_after(self.a, toks, self.idx, a, tj, cue.form.preps)
        if not subj.explicit or not (subj.entity or subj.source):
            return False
        k = self.skip_trailers(subj.end, hi)
        return k < tj and toks[k].kind == "word" and not self.is_comp(toks[k]) and \
            k not in self.cue_tok

    def follow_on_at(self, k: int):
        """The quotation of "…"، وهو "…"" at token ``k`` (after the comma): the narrator
        interrupts the speaker and quotes on. None when no such segment starts here."""
        toks = self.tokens
        if k + 1 >= len(toks) or toks[k].norm not in _follow_ons():
            return None
        return self.mark_at.get(toks[k + 1].start)

    def follow_ons(self) -> None:
        """Each quoted segment that follows a quote after "، وهو" is a partial quote of the
        same speaker: إنه "لا أحد بعيد عن الخطر"، وهو "ما يستدعي خطة جديدة …"."""
        from .spans import Draft
        toks = self.tokens
        for d in list(self.drafts):
            if d.cue is None:
                continue
            k = self._tok_after(d.end)
            while k is not None and k < len(toks) and toks[k].kind == "punct" and \
                    toks[k].text not in (",", "،"):
                k += 1  # the closing mark of the quote itself
            if k is None or k + 1 >= len(toks) or toks[k].text not in (",", "،"):
                continue
            m = self.follow_on_at(k + 1)
            if m is None or self.sent_of_tok[k] != self.sent_of_tok[k + 2 if k + 2 < len(toks) else k]:
                continue
            s, e = m.inner_start, m.inner_end
            if e - s > 3 and not self.drafts.overlaps(s, e):
                self.drafts.append(Draft(s, e, "partial", d.cue, d.cue_text, d.cue_start, d.subject,
                                         d.continuation))

    def postposed(self, cue, j: int, lo: int, hi: int) -> bool:
        """"وبات على كييف أن تقدم عناصر جديدة، كما ذكرت السلطات الأوكرانية.": a cue after
        "، كما" that closes its sentence reports the clause before the comma. True when a quote
        was added."""
        from .speakers import subject_after
        toks = self.tokens
        i = cue.first
        if i - 2 <= lo or toks[i - 1].norm != "كما" or toks[i - 2].text not in (",", "،") or \
                hi - j > 8:
            return False
        subj = self.resolve_subject(subject_after(self.a, toks, self.idx, j, hi, cue.form.preps), j, hi)
        if not subj.explicit or subj.end < hi - 1:
            return False  # more than a subject follows: not a closing attribution
        s, e = self.trim(toks[lo].start, toks[i - 2].start)
        if e - s < 10 or self.drafts.overlaps(s, e):
            return False
        self.events.append((cue.start, subj))
        self.add(s, e, "indirect", cue, subj)
        return True

    def pronoun_object_at(self, k: int, preps: tuple[str, ...]) -> bool:
        """A preposition of the cue with an attached pronoun at token ``k`` ("عليها", "إليه")."""
        t = self.tokens[k].norm
        return any(t.startswith(p) and t[len(p):] in _PRONOUN_SUFFIXES for p in preps)

    def name_at(self, k: int) -> bool:
        """Does a person's name start at token ``k``? "علي" folds onto the preposition على."""
        toks = self.tokens
        if self.idx.starts_at(toks[k].start):
            return True
        words = [t.norm for t in toks[k:k + 3] if t.kind == "word"]
        return ambiguous_given(words, 0)

    def object_end(self, k: int, hi: int, preps: tuple[str, ...]) -> int:
        """After a verb's subject, a short object noun phrase may stand before the preposition
        that opens the content ("طالب نتنياهو المجتمع الدولي بالتصدي …"): the preposition's
        token, or ``k`` when none comes within a few plain words."""
        from .spans import _prep_at
        toks = self.tokens
        x = k
        while x < hi and x - k <= 4 and toks[x].kind == "word" and x not in self.cue_tok:
            if x > k and _prep_at(toks[x], preps):
                return x
            x += 1
        return k

    def skip_trailers(self, k: int, hi: int) -> int:
        """Past time words and a parenthetical after a subject ("أعلنت هيئة الأركان الخميس …",
        "أعلنت الحركة (المنبثقة من …) حصول …"): where the object starts."""
        toks = self.tokens
        while k < hi:
            if toks[k].norm in TIME_WORDS:
                k += 1
            elif toks[k].norm == "علي" and k + 1 < hi and toks[k + 1].norm == "لسان":
                # "أكدت الشرطة على لسان ناطقها X، أن …": through whom, not what was stressed
                x = k + 2
                while x < hi and x - k < 12 and toks[x].text not in ",،" and not self.is_comp(toks[x]):
                    x += 1
                if x >= hi or x - k >= 12:
                    return k
                k = x + 1 if toks[x].text in ",،" else x
            elif toks[k].text == "(":
                x = k + 1
                while x < hi and toks[x].text != ")" and x - k < 20:
                    x += 1
                if x >= hi or toks[x].text != ")":
                    return k
                k = x + 1
            else:
                return k
        return k


@cache
def _turns() -> list[list[str]]:
    words = settings()["narrator"].get("turns", ())
    return sorted(([fold(w) for w in p.split()] for p in words), key=len, reverse=True)


@cache
def _adjunct_preps() -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["narrator"].get("adjunct_preps", ()))


@cache
def _concessive() -> list[list[str]]:
    words = settings()["narrator"].get("concessive_turns", ())
    return sorted(([fold(w) for w in p.split()] for p in words), key=len, reverse=True)


@cache
def _concessions() -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["narrator"].get("concessions", ()))


@cache
def _follow_ons() -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["narrator"].get("follow_ons", ()))


@cache
def _pronoun_turns() -> tuple[str, ...]:
    return tuple(fold(w) for w in settings()["narrator"].get("pronoun_turns", ()))


@cache
def _relatives() -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["narrator"].get("relatives", ()) if w != "ما")


@cache
def masdar_words() -> frozenset[str]:
    """Masdars read as cues of their own ("بعد قول X إن …"), folded."""
    return frozenset(fold(w) for e in settings()["verb"].values() for w in e.get("masdar_cues", ()))
