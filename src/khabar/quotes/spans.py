"""Where each quote starts and ends, and what kind it is.

For every cue (cues.py) the finder reads forward inside the sentence: the subject, then the first
thing that introduces content — a colon, a quotation mark, or a complementizer (إن، أن، بأن، إلى أن;
with an attached pronoun, "أنه …", the pronoun is kept as the clause's subject). Content that is
entirely one quotation is a direct quote (the text inside the marks); otherwise it is indirect and
runs to the end of the clause: the sentence's end, or a comma followed by another cue ("، مضيفا"),
an attribution ("، بحسب …") or a narrator's aside ("، وذلك …"). Short quoted phrases governed by a
cue are partial quotes; quoted titles and names are not quotes at all. Attributions ("بحسب X",
"وفقا لـ X", "وفق ما أعلن X") turn the clause they close into an indirect quote of X.
"""
from __future__ import annotations

import re

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from functools import cache

from ..article import Article
from ..text import Token, clitic_readings, fold, paragraphs as find_paragraphs, split_sentences, tokenize
from .cues import Cue, find_cues, folded_set, gated, light, light_reading, settings, stance_reading
from .marks import Marked, find_marks
from .attributions import AttributionMixin
from .boundaries import BoundaryMixin, masdar_words
from .statements import StatementMixin
from .mark_ends import _CLOSERS, MarkEndMixin, _after_mark
from .subjects import SubjectMixin
from .content import ContentMixin, object_head, prep_at as _prep_at
from .complements import ComplementMixin
from .titled import TitleMixin
from .chants import ChantMixin
from .lead_sources import LeadSourceMixin
from .speakers import MentionIndex, Subject
from ..text.intervals import IntervalList

_COMMA = {",", "،", "؛", ";"}
_END_PUNCT = set(".!?؟…")
_SAYING = ("بالقول", "قائلا", "قوله", "قولها", "قولهم")
_WHILE = frozenset({"فيما", "وفيما", "بينما", "وبينما"})
_MAX_PARTIAL_WORDS = 6
_MAX_GAP_TOKENS = 40  # a cue's content must start within this many tokens


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    cue_text: str | None
    cue_start: int | None
    subject: Subject | None
    continuation: bool = False  # no subject: the previous speaker


class Finder(SubjectMixin, AttributionMixin, BoundaryMixin, StatementMixin, ContentMixin,
             MarkEndMixin, ComplementMixin, TitleMixin, ChantMixin, LeadSourceMixin):
    def __init__(self, article: Article):
        self.a = article
        self.body = body = article.body
        self.tokens: list[Token] = tokenize(body)
        self.sentences = list(article.sentences) or split_sentences(body)
        self.paragraphs = list(article.paragraphs) or find_paragraphs(body)
        self.marks = find_marks(body, self.paragraphs)
        self.mark_at = {m.open: m for m in self.marks}
        self.idx = MentionIndex(article)
        self.tok_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.sent_of_tok = self._sentence_index()
        cfg = settings()
        comp = cfg["complementizers"]
        self.bare = {fold(w) for w in comp["bare"]}
        self.with_pron = {fold(s) + fold(p) for s in comp["pronoun_stems"] for p in comp["pronouns"]}
        self.with_pron |= {"و" + w for w in self.with_pron} | {"ف" + w for w in self.with_pron}
        self.titles = folded_set("titles", "nouns")
        self.cues = [c for c in find_cues(self.tokens) if gated(c, self.tokens, body)]
        self.cue_tok = {c.first for c in self.cues}
        self.cue_by_tok = {c.first: c for c in self.cues}
        self.tok_starts = [t.start for t in self.tokens]
        self.drafts: IntervalList = IntervalList()
        self.events: list[tuple[int, Subject]] = []  # explicit subjects of every cue, for continuations
        self.done: set[int] = set()  # cues already read (a nested report is read from its outer one)
        for m in self.marks:  # an unclosed quotation stops at the next cue or the paragraph end
            if not m.closed:
                m.inner_end = self.unclosed_end(m)
        self.mark_opens = [m.open for m in self.marks]
        self.mark_reach = list(accumulate((m.end for m in self.marks), max))  # furthest end so far

    # -- geometry ---------------------------------------------------------------------------
    def _sentence_index(self) -> list[int]:
        out, si = [], 0
        for t in self.tokens:
            while si < len(self.sentences) - 1 and t.start >= self.sentences[si][1]:
                si += 1
            out.append(si)
        return out

    def sent_tokens(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the sentence holding token ``i``."""
        s = self.sent_of_tok[i]
        lo = i
        while lo > 0 and self.sent_of_tok[lo - 1] == s:
            lo -= 1
        hi = i
        while hi < len(self.tokens) and self.sent_of_tok[hi] == s:
            hi += 1
        return lo, hi

    def para_end(self, pos: int) -> int:
        for s, e in self.paragraphs:
            if s <= pos < e:
                return e
        return len(self.body)

    def covered(self, pos: int) -> bool:
        return self.drafts.covers(pos)

    def in_mark(self, pos: int, min_words: int = 1) -> Marked | None:
        # marks are in opening order; only those opened before pos and reaching past it can hold
        # it: walk back from pos while an earlier mark may still reach (a scan of all the marks
        # made long inputs quadratic), then answer the earliest, as a scan would
        i = bisect_left(self.mark_opens, pos) - 1
        found = None
        while i >= 0 and self.mark_reach[i] > pos:
            m = self.marks[i]
            if m.end > pos and m.words(self.body) >= min_words:
                found = m
            i -= 1
        return found

    # -- content boundaries -----------------------------------------------------------------
    def is_comp(self, tok: Token) -> str | None:
        """'bare' or 'pron' when the token is a complementizer."""
        if tok.kind != "word" or "آ" in tok.text:
            return None  # (a complementizer never has madda: "آن كلير" is a name)
        if self.body[tok.end:tok.end + 1] == "." and self.body[tok.end + 1:tok.end + 2].isalpha():
            return None  # "إن.بي.سي": the first letters of a dotted abbreviation
        if tok.start > 1 and self.body[tok.start - 1] == "-" and self.body[tok.start - 2].isalpha() \
                and _LATER_COMP.search(self.body, tok.end, self.body.find(".", tok.end) % (len(self.body) + 1)):
            # "قال مون جاي-إن، الذي …، إنه": the last syllable of a hyphenated name, when the
            # cue's own complementizer follows in the sentence (without one, as in "دعا X مون
            # جاي-إن إلى …", the old reading keeps the object where it was)
            return None
        if tok.norm in self.bare:
            return "bare"
        if tok.norm in self.with_pron:
            return "pron"
        return None

    def clause_end(self, j: int, hi: int, stop_at_comma: bool = False, colon: bool = True) -> int:
        """Token index where an indirect quote starting at token ``j`` stops (exclusive)."""
        k = j
        inside = None
        # "وفيما أكد X أن …، شدد Y على …": a report in a "while" clause ends where the main
        # clause's verb follows the comma
        lo_s = self.sent_tokens(j)[0] if j < len(self.tokens) else j
        while_clause = any(self.tokens[x].norm in _WHILE for x in range(max(lo_s, j - 12), j))
        chants = self.chant_stops()
        while k < hi:
            t = self.tokens[k]
            m = self.mark_at.get(t.start)
            if m is not None and m.closed and inside is None:  # never cut inside a quotation
                inside = m
            if inside is not None:
                if t.start < inside.end:
                    k += 1
                    continue
                inside = None
            if k > j and k in chants:
                return k  # "… إن X، بينما تعالت هتافات الأنصار "…"": the crowd's words follow
            if colon and t.text == ":" and k + 1 < hi and self.tokens[k + 1].start in self.mark_at:
                return k  # "… في ربيع 2016: «يأتي الخفض …»": a direct quote follows
            if t.text in _COMMA and k + 1 < hi:
                if stop_at_comma:
                    return k
                if k > j and self.body[t.start - 1:t.start] in _CLOSERS and \
                        self.tokens[k + 1].norm in _after_mark("after_mark_comma"):
                    return k  # "… "بلغت مداها"، في إشارة إلى …": the journalist's comment
                if k + 1 in self.cue_tok and (while_clause or not self._predicate_cue(k + 1)) or \
                        self._aside_at(k + 1) or \
                        self.attribution_at(k + 1) is not None or self.statement_at(k + 1) or \
                        self.turn_at(k + 1, hi) or self.pronoun_turn_at(k + 1, hi) or \
                        self.concessive_turn_at(k + 1, j, hi) or \
                        self.follow_on_at(k + 1) is not None:
                    return k
            if k > j and self.body[t.start - 2:t.start - 1] in _CLOSERS and \
                    self.body[t.start - 1:t.start] == " " and t.norm in _after_mark("after_mark_clause"):
                return k  # "… حول "من يتولى تمثيل الدبلوماسية" وذلك على خلفية …": the narrator
            if k > j and k in self.cue_tok and self._cue_kind(k) == "participle" and \
                    not self._cue_kind(k + 1) == "verb":
                return k  # "… في القمة" مضيفا أن … (but "منتقدين يقولون": a noun, the subject)
            if k > j and k in self.cue_tok and self.tokens[k - 1].norm in ("فيما", "بينما", "وفيما", "وبينما"):
                return k - 1
            if k > j and self.coordinated_report(k, hi):
                return k  # "… إن X، وشدد على أن Y": a report of its own
            if k > j and (self.glued_stop(k) or self.run_on_report(k)):
                # text with no full stops ("… لبرلمان كردستان وأضاف علي أن …") or with one glued
                # to the next sentence ("… الروسي السابق .وكتب توسك …")
                return k
            k += 1
        return hi

    def _predicate_cue(self, k: int) -> bool:
        """"إن الميليشيات، توعدت شيوخ القبيلة …": a finite cue verb after a comma with no و/ف
        is the predicate of the reported clause's subject, not a new report."""
        c = self.cue_by_tok.get(k)
        return c is not None and c.kind == "verb" and self.tokens[k].norm[:1] not in ("و", "ف") and \
            settings()["verb"][c.form.lemma].get("past", "") != "" and \
            not settings()["verb"][c.form.lemma].get("bare_verb")

    def _cue_kind(self, k: int) -> str | None:
        c = self.cue_by_tok.get(k)
        return c.kind if c else None

    def _aside_at(self, k: int) -> bool:
        for words in _asides():
            if [t.norm for t in self.tokens[k:k + len(words)]] == words:
                return True
        return False

    def trim(self, s: int, e: int) -> tuple[int, int]:
        body = self.body
        while s < e and (body[s].isspace() or body[s] in "،,؛;"):
            s += 1
        while e > s and (body[e - 1].isspace() or body[e - 1] in "،,؛;.:"):
            e -= 1
        return s, e

    # -- cues -------------------------------------------------------------------------------
    def run(self) -> list[Draft]:
        self.chants()  # before the cues: a report just before a chant ends where it begins
        for cue in sorted(self.cues + self.masdar_cues(), key=lambda c: c.start):
            if cue.kind == "masdar" and cue.text and fold(light(cue.text)) not in masdar_words():
                continue
            if cue.start in self.done or self.covered(cue.start) or self.in_mark(cue.start, 2):
                continue
            self.done.add(cue.start)
            self.from_cue(cue)
        self.lead_sources()  # "وبحسب X فإن …" (no comma): before the attribution reader
        self.attributions()
        self.partials()
        self.follow_ons()
        self.coordinated_complements()
        self.orphans()
        self.reopened()
        self.drafts.sort(key=lambda d: d.start)
        return self.drafts

    def from_cue(self, cue: Cue) -> None:
        toks, body = self.tokens, self.body
        lo, hi = self.sent_tokens(cue.first)
        form = cue.form
        j = cue.last + 1
        if cue.first > 0 and toks[cue.first - 1].norm in folded_set("narrator", "negations"):
            # "لم تعلن الشرطة …": nothing was said; but who did not say it is who the next
            # cue continues ("ولم تذكر الحكومة عدد الجرحى لكنها أشارت إلى …")
            if cue.kind == "verb" and toks[cue.first - 1].norm[:1] in ("و", "ف", "ل"):
                self.note_subject(cue, j, min(hi, j + 8))
            return
        if toks[cue.first].norm in folded_set("narrator", "words"):
            return  # "يذكر أن": the narrator's own formula
        relative = cue.first > 0 and toks[cue.first - 1].norm in folded_set("narrator", "relatives")
        if not self._may_open(cue):
            return
        if relative and j < hi and self.pronoun_object_at(j, form.preps):
            return  # "الصلابة التي يصر عليها المدرب": what is insisted on is the antecedent
        if cue.kind == "verb" and j + 1 < hi and toks[j + 1].kind == "word" and \
                toks[j].norm in _bare_clause(form.lemma) and not relative:
            # "وقال لا يوجد أي صحفي محبوس …": unmarked words of the speaker right after the verb
            subj = self.subject(cue, j, j, lo)
            end_tok = self.clause_end(j, hi)
            s, e = self.trim(toks[j].start, toks[end_tok - 1].end)
            if end_tok - j >= 4:
                self.add(s, e, "direct", cue, subj)
            return
        # The subject window runs to the first content trigger.
        trigger, tj = None, None
        k = j
        src_after = form.source_after
        window_start = j
        said = False  # "وتابع بالقول إن": the masdar makes any cue a verb of saying
        subject_end = None  # "جدد الرئيس التأكيد على …": the subject ends at the masdar
        skipped_name = None  # a quoted name passed over: "انتقد روحاني حظر تطبيق "تيليغرام""
        while k < hi and k - j < _MAX_GAP_TOKENS:
            t = toks[k]
            reading = light_reading(form, t) if subject_end is None else None
            if reading is not None:
                form, subject_end = reading, k
                cue = Cue(cue.start, cue.end, cue.text, cue.first, cue.last, form)
                k += 1
                continue
            if src_after and t.norm == src_after and window_start == j:
                window_start = k + 1  # "نقلت الوكالة عن مسؤول": the speaker follows عن
            elif k == j and k in self.cue_tok and self.cue_by_tok[k].form.lemma == "qaal":
                said, window_start = True, k + 1  # "وتابع يقول": a hal of saying, no subject
            elif t.text == ":":
                trigger, tj = "colon", k
                break
            elif t.start in self.mark_at and t.text in "\"“”«'‘{":
                m = self.mark_at[t.start]
                prev = toks[k - 1] if k > 0 else None
                titled = prev is not None and (any(st in self.titles for _, st in clitic_readings(prev.norm))
                                               or prev.norm in ("ل", "لل"))
                if titled and k >= 2 and toks[k - 2].norm in folded_set("subject", "media_preps") and \
                        m.words(body) > 3:
                    titled = False  # "وقال X على تويتر "…"": where it was said, then the quote
                if not titled and prev is not None and self.titled_phrase(k, m):
                    titled = True  # 'مركز احتجاز "هارموندسوورث"'، 'البرنامج التدريبي "…"'
                short = m.words(body) <= 3
                # (a complementizer after another cue is that cue's: "اعتبر X العقوبات "طعنة"،
                # وطمأن الشعب بأن …")
                later = short and self._first_after_mark(m, hi, _MAX_GAP_TOKENS, False) is not None
                if not later and k > j and m.closed:
                    # "قال X، عضو اللجنة المكلفة بمسألة "…"، إنه "…"": a quotation inside the
                    # subject, when the cue's own complementizer follows before any other cue
                    later = self._first_after_mark(m, hi) is not None
                named = titled and not form.describe and self.titled_phrase(k, m)
                if named and skipped_name is None:
                    skipped_name = k  # (the cue's subject is still noted below)
                if (form.content == "partial" or form.describe) and not named:
                    trigger, tj = "partial", k
                    break
                if short and k == j and m.closed and (src_after or "عن" in form.preps) and \
                        self._reporter_name(m, hi):
                    k += 1  # 'ونقلت "إرنا" عن مسؤول'، 'أعلنت "سبيس إكس" عن': a quoted name, the subject
                    continue
                if not titled and not later:
                    if short and k > j and form.content == "np":
                        k += 1  # "نفى تأكيد امرأة عن "قبلة"": a quoted word inside the object
                        continue
                    # (right after "قائلا"/"بالقول" the quotation is all that was said: direct)
                    after_saying = k > j and toks[k - 1].norm in _SAYING
                    trigger, tj = ("partial" if short and k > j and not after_saying else "mark"), k
                    break
            elif self.is_comp(t):
                if form.lemma == "qaal" and light(t.text).startswith("أن") and any(
                        light(toks[x].text).lstrip("وف").startswith("إن") and self.is_comp(toks[x])
                        or toks[x].text == ":" for x in range(k + 1, hi)):
                    k += 1  # قال takes إنّ: an أنْ before it belongs to the subject's clause
                    continue
                trigger, tj = "comp", k
                break
            elif form.content == "np" and k == j and object_head(t):
                trigger, tj = "np", k  # "أكد التزامه بالاتفاق، وإن …": the object comes first
                break
            elif t.norm == "علي" and k > j and k + 1 < hi and toks[k + 1].norm == "لسان":
                k += 2  # "أكدت الشرطة على لسان ناطقها X أن": through whom, not the cue's على
                continue
            elif form.content == "np" and k > j and _prep_at(t, form.preps) and \
                    not (k + 1 < hi and self.is_comp(toks[k + 1]) and t.norm in form.preps) and \
                    not self.name_at(k):
                # (a bare preposition before a complementizer is the cue's: "أشار إلى أن"; glued
                # to its noun it is the object: "طالب الشعب بالصبر لأن …")
                trigger, tj = "np", k
                break
            elif toks[k].norm in _SAYING:
                said = True
            elif k > j and k in self.cue_tok and self._may_open(self.cue_by_tok[k]):
                break  # another cue verb: this one has no content of its own
                # (not a noun spelled like one: "إجابة عن سؤال حول طلب …، أنه …")
            k += 1
        if trigger is None and self.postposed(cue, j, lo, hi):
            return
        if trigger in ("mark", "partial") and form.content == "np" and not relative and \
                self.object_before(cue, window_start, tj, hi):
            trigger = "np"  # "أعلنت الحركة حصول "اشتباكين" …": the quotation is inside the object
        if trigger is None and form.description == "object" and cue.kind == "verb" and not relative:
            self.description(cue, j, hi, lo, None)  # "ووصف الوزير اللقاء بالإيجابي"
            return
        if trigger is None and form.content == "partial" and cue.kind == "verb" and not relative:
            stance = stance_reading(form, toks, j, hi)
            if stance is not None:  # "وأعرب عن استعداده للتعاون …": a stated intention
                form = stance
                cue = Cue(cue.start, cue.end, cue.text, cue.first, cue.last, form)
        if trigger is None or trigger == "np":
            if form.content == "np" and not relative:
                before = len(self.drafts)
                self.np_content(cue, j, hi, lo, relative)
                if len(self.drafts) > before:
                    return
            if cue.kind == "verb" and k < hi and k in self.cue_tok and not relative:
                # "وقال X، المتحدث باسم …، مشيرا إلى أن …": the next cue's content is X's
                self.note_subject(cue, window_start, k)
            elif cue.kind == "verb" and skipped_name is not None and not relative:
                # ("انتقد روحاني حظر "تيليغرام"، واعتبر أن …": the speaker goes on)
                self.note_subject(cue, window_start, skipped_name)
            return
        entry = settings()["verb"][form.lemma]
        if form.content == "mark" and trigger not in ("colon", "mark") and not said and \
                not (trigger == "comp" and tj == j and entry.get("adjacent_comp")) and \
                not (trigger == "comp" and cue.kind == "verb" and self.finite_that(cue, j, tj)):
            return  # ("وتابع أن …": adjacent_comp; "وكتب ترامب على تويتر أن …": finite_that)
        if form.content == "partial" and trigger != "partial":
            if not (form.describe and trigger == "comp"):
                return
        if cue.kind == "masdar" and trigger != "comp":
            return  # "بعد قول X إن …" only
        # A complementizer may come after the cue's preposition (أشار إلى أن): fine either way.
        subj = self.subject(cue, window_start, tj if subject_end is None else subject_end, lo)
        if cue.kind == "masdar" and not (subj.entity or subj.phrase):
            return
        if trigger == "colon":
            self.after_colon(cue, tj, hi, subj)
        elif trigger in ("mark", "partial"):
            m = self.mark_at[toks[tj].start]
            if trigger == "partial" or form.describe:
                # (a cue that only takes a quoted phrase keeps it whatever its length: "أشاد
                # بـ"…"، أعرب عن تقديره "…" (long_partial); elsewhere a long one is no partial)
                if m.closed and (m.words(body) <= _MAX_PARTIAL_WORDS or
                                 settings()["verb"][form.lemma].get("long_partial")):
                    self.add(m.inner_start, m.inner_end, "partial", cue, subj)
                return
            self.add_mark(m, "direct", cue, subj)
        else:
            if form.describe:  # وصف القمة بأنها "بناءة": only the quoted words are quoted
                before = len(self.drafts)
                self.describe_partial(cue, tj, hi, subj, stop_at_comma=bool(form.description))
                if len(self.drafts) == before and form.description and cue.kind == "verb" and \
                        not relative:
                    self.description(cue, j, hi, lo, tj, subj)  # no quotation: reported
                return
            self.after_comp(cue, tj, hi, subj, relative)

    def add(self, s: int, e: int, kind: str, cue: Cue | None, subj: Subject | None,
            cue_text: str | None = None, cue_start: int | None = None) -> None:
        if self.drafts.overlaps(s, e):
            return
        if kind == "partial" and subj is not None and subj.explicit and not (subj.entity or subj.source
                                                                             or subj.phrase):
            return  # "تبادلا وصف بعضهما بـ"القاتل"": nobody in particular is quoted
        self.drafts.append(Draft(s, e, kind, cue, cue.text if cue else cue_text,
                                 cue.start if cue else cue_start, subj,
                                 continuation=subj is None or not subj.explicit))


_LATER_COMP = re.compile(r'(?:^|[\s،,])[وف]?(?:إن|أن|بأن)(?:ه|ها|هم)?\s')


@cache
def _bare_clause(lemma: str) -> frozenset[str]:
    return frozenset(fold(w) for w in settings()["verb"].get(lemma, {}).get("bare_clause", ()))


@cache
def _asides() -> list[list[str]]:
    return [[fold(w) for w in p.split()] for p in settings()["narrator"]["asides"]]
