"""Content read from a cue's object or from quotation marks with no cue of their own.

np_content: verbs whose bare object is the report ("نفى الوزير وجود تقصير", "دعت مصر إلى عقد
اجتماع"). describe_partial: the quoted description after وصف … بأنه. partials and orphans: quoted
phrases after "وفق تقديره" and long quotations after a colon with no cue. Mixed into
spans.Finder, whose geometry (tokens, marks, clause_end, trim, add) these methods use.
"""
from __future__ import annotations

from functools import cache

from ..text import Token, fold
from .cues import Cue, folded_set, light_masdar_of
from .names import is_title, name_kind
from .speakers import Subject, is_adjunct, subject_after
from .subject_before import subject_before
from .subject_tail import subject_tail_end

_COMMA = {",", "،", "؛", ";"}
_MAX_PARTIAL_WORDS = 6


def prep_at(tok: Token, preps: tuple[str, ...]) -> bool:
    if tok.norm in preps:
        return True
    return any(len(p) == 1 and tok.norm.startswith(p) and len(tok.norm) > 3
               and not tok.norm.startswith(p + "ال") or p == "ب" and tok.norm.startswith("بال")
               for p in preps)



def object_head(tok: Token) -> bool:
    """A noun that opens a reported object by itself ("ضرورة"، "أهمية"، "رغبة"): after an np cue
    it is the content, never the subject."""
    return tok.kind == "word" and tok.norm.startswith(_object_heads())


@cache
def _object_heads() -> tuple[str, ...]:
    return tuple(folded_set("np_objects", "heads"))


class ContentMixin:
    # Provided by spans.Finder: a, body, tokens, marks, mark_at, tok_at, idx, drafts, events,
    # clause_end, trim, add, covered, in_mark, skip_trailers, object_end, resolve_subject,
    # topic_subject, coordinated_subject, attribution_at.

    def describe_partial(self, cue: Cue, tj: int, hi: int, subj: Subject,
                         stop_at_comma: bool = False) -> None:
        end_tok = self.clause_end(tj + 1, hi, stop_at_comma=stop_at_comma)
        for k in range(tj + 1, end_tok):
            m = self.mark_at.get(self.tokens[k].start)
            # a quotation right after بأنها is the whole description, however long
            if m is not None and m.closed and (m.words(self.body) <= _MAX_PARTIAL_WORDS or k == tj + 1):
                self.add(m.inner_start, m.inner_end, "partial", cue, subj)
                return

    def np_content(self, cue: Cue, j: int, hi: int, lo: int, relative: bool = False) -> None:
        """نفى الوزير وجود تقصير / دعت مصر إلى عقد اجتماع: the object is the content."""
        toks = self.tokens
        if j >= hi:
            return
        kana = self.kana_clause(cue, lo)
        if kana is not None:
            # "وكان الجيش قد أعلن إغلاق المعبر": the subject stands before the verb, all after it
            # is the object (explicit=False, like a topic subject below)
            self.events.append((cue.start, kana))
            # (time words after the verb are no object: "قد دعت الأسبوع الماضي السلطات إلى …")
            subj = Subject(kana.entity, kana.source, False, self._own_prep(cue, self.skip_trailers(j, hi), hi),
                           kana.phrase, fallback=kana.fallback)
        elif cue.kind == "participle" or object_head(toks[j]) or \
                self._accusative_plural(j) and self._object_of_coordinated(cue, lo):
            # "مؤكدا الوعي بـ…"، "وأكد ضرورة الإسراع …"، "…، وطالب الحوثيين بـ…": no subject,
            # the object follows
            subj = Subject(None, None, False, j)
        else:
            # (a light verb's masdar ends the subject: "وجددت غنيمات التأكيد على …")
            b = next((x for x in range(j, min(hi, j + 12))
                      if light_masdar_of(toks[x]) == cue.form.lemma), hi)
            subj = self.resolve_subject(subject_after(self.a, toks, self.idx, j, b, cue.form.preps),
                                          j, hi)
        if subj.explicit and subj.source and subj.entity is None and cue.kind != "participle":
            subj = self._unnamed_then_object(subj, j)
        k = subj.end
        if subj.entity is not None and k < hi:
            # a name in apposition after the role: "طالب الأمين العام … انطونيو غوتيريش، بـ…"
            nxt = [m for m in self.idx.within(toks[k].start, toks[k].end) if m[0] == toks[k].start]
            if nxt and nxt[0][2] == subj.entity:
                while k < hi and toks[k].start < nxt[0][1]:
                    k += 1
                subj = Subject(subj.entity, subj.source, subj.explicit, k, subj.phrase,
                               subj.anaphor, subj.fallback)
        tailed = False  # "أعلنت شركة غوغل الأمريكية عن …": the cut subject's adjectives
        if subj.entity is not None and subj.explicit and self._after_name(subj, k):
            k2 = subject_tail_end(toks, k, hi)
            # (not when an adjunct or the adjective's own complement follows, whose end is
            # unknown: "الألمانية للسيارات"، "السوري في وقت سابق دخول …، فضلا عن …")
            k3 = self.skip_trailers(k2, hi)  # (time words: "الأفغانية الجمعة تعيين …")
            if k2 > k and not (k3 < hi and (toks[k3].norm in ("في", "على") or is_adjunct(toks[k3]))
                               and not prep_at(toks[k3], cue.form.preps)):
                tailed, k = True, k2
        if k < hi and light_masdar_of(toks[k]) == cue.form.lemma:
            k += 1  # "جدد الرئيس التأكيد على …": the light verb's masdar, then the content
            subj = Subject(subj.entity, subj.source, subj.explicit, k, subj.phrase,
                           subj.anaphor, subj.fallback)
        located = subj.phrase is not None and subj.fallback is not None  # a name after a role
        # time words or a parenthetical after the subject mark where it ends
        marked_end = False
        if subj.explicit:
            k2 = self.skip_trailers(k, hi)
            # only verbs whose bare object is a report (أعلن مقتل …) take one; أقر القانون is a vote
            marked_end, k = (k2 > k or tailed or self._after_name(subj, k)) and cue.form.bare_object, k2
        preps = cue.form.preps
        if cue.form.objects and subj.explicit and subj.phrase and not (subj.entity or subj.source) \
                and not located and k < hi and prep_at(toks[k], preps) and \
                (self.body[subj.phrase[0]:subj.phrase[1]].split()[0].endswith("ين") or
                 name_kind(self.body[subj.phrase[0]:subj.phrase[1]]) is None):
            # "ودعا الفاعلين الاقتصاديين إلى …"، "وحث الأطراف الرئيسية على …": an oblique plural,
            # or any phrase that names nobody, is the object, not the subject
            subj = Subject(None, None, False, k)
        # (a name, its end marked by a time word, or by an adjunct as in "أعلن مكتب رئيس الحكومة
        # في بيان، عن بدء …")
        named = (marked_end or k < hi and (toks[k].norm in ("في", "على") or is_adjunct(toks[k]))) and \
            subj.phrase is not None and name_kind(self.body[subj.phrase[0]:subj.phrase[1]]) is not None
        if subj.explicit and not relative and (subj.entity or subj.source or located or named or
                                               k < hi and prep_at(toks[k], preps)):
            self.events.append((cue.start, subj))
        if subj.explicit and subj.entity is None and subj.source is None and not located and \
                not named and not (k < hi and prep_at(toks[k], preps)):
            return  # an unresolved subject: where the object starts is unknown
        if k + 1 < hi and toks[k].text in _COMMA and prep_at(toks[k + 1], preps):
            k += 1  # "طالب الأمين العام …، بفتح …"
        if cue.form.objects and k < hi and not prep_at(toks[k], preps) and \
                (subj.explicit or toks[k].norm in folded_set("subject", "quantifiers")):
            k = self.object_end(k, hi, preps)  # "دعا السبسي السياح الإيطاليين إلى …"
        if not subj.explicit and cue.kind != "participle":
            before = self.topic_subject(cue, lo) or self.coordinated_subject(cue, lo)
            if before is not None:
                self.events.append((cue.start, before))
                # (explicit=False: the words after the cue are its object, not a subject)
                subj = Subject(before.entity, before.source, False, k, before.phrase,
                               fallback=before.fallback)
        if not subj.explicit and not (subj.entity or subj.source):
            before = subject_before(toks, self.idx, cue.first, lo)
            if before is not None:
                subj = Subject(before.entity, before.source, before.explicit, k)
        while k < hi and (toks[k].text in _COMMA or (toks[k].norm in ("في", "على") or
                                                     is_adjunct(toks[k]) and toks[k].norm != "ل")
                          and toks[k].norm not in cue.form.preps and not prep_at(toks[k], preps)):
            # skip a trailing adjunct "في بيان، …" only when a comma closes it
            if toks[k].text in _COMMA:
                k += 1
                continue
            stop = k + 1
            while stop < hi and toks[stop].text not in _COMMA and not prep_at(toks[stop], preps) \
                    and not object_head(toks[stop]):
                stop += 1  # ("أكد كيري في تصريحات رغبة بلده …": the object's head ends it)
            if stop >= hi:
                return
            # ("أقر في وقت سابق بتنفيذ …": the cue's own preposition ends the adjunct)
            k = stop if toks[stop].text not in _COMMA else stop + 1
        if k < hi and toks[k].norm in cue.form.preps:
            k += 1
        elif subj.explicit and cue.form.preps and not marked_end and \
                not (k < hi and (prep_at(toks[k], cue.form.preps) or object_head(toks[k]))):
            return  # "أكد مسؤول في الشرطة اعتقال …": where the subject ends is unknown
        m = self.quoted_object(k, hi, preps)
        if m is not None:
            self.add(m.inner_start, m.inner_end, "partial", cue, subj)
            return
        if k >= hi or toks[k].kind != "word":
            return
        # a bare object after a name ("وأعلنت الولايات المتحدة فرض عقوبات على …، في تحرك وصفه
        # مسؤول …") is a noun phrase: it ends at the comma
        bare = marked_end and (tailed or self._after_name(subj, subj.end)) and not prep_at(toks[k], preps) and \
            not (k > 0 and prep_at(toks[k - 1], preps))
        end_tok = self.clause_end(k, hi, stop_at_comma=bare)
        if end_tok - k < 2:
            return
        s, e = self.trim(toks[k].start, toks[end_tok - 1].end)
        self.add(s, e, "indirect", cue, subj)

    def _after_name(self, subj: Subject, k: int) -> bool:
        """Does the subject end with its name right before token ``k``? A name closes its noun
        phrase, so a bare word after it opens the object ("أعلنت رئيسة الوزراء تيريزا ماي طرد …"،
        "أعلنت إسرائيل إغلاق المعبر")."""
        if subj.entity is None or k == 0 or k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False  # (after a comma comes an apposition: "قوات الدفاع، الجناح العسكري …،")
        end = self.tokens[k - 1].end
        return any(m[2] == subj.entity and m[4] == "name" and m[1] == end
                   for m in self.idx.within(self.tokens[k - 1].start, end))

    def _unnamed_then_object(self, subj: Subject, j: int) -> Subject:
        """"توقعت مصادر تركية رسمية اقتراب الحسم …": an unnamed head and its adjectives are the
        subject; the first word that is no adjective opens the object, which the subject phrase
        (running to the comma) would otherwise swallow."""
        toks = self.tokens
        heads = folded_set("unnamed", "heads")
        if j >= subj.end or toks[j].norm not in heads:
            return subj
        adjectives = folded_set("unnamed", "adjectives")
        x = j + 1
        while x < subj.end and toks[x].kind == "word" and (
                toks[x].norm in adjectives or toks[x].norm.endswith(("ي", "يه", "يين", "يون"))):
            x += 1
        if subj.end - x < 2 or toks[x].kind != "word" or toks[x].norm.startswith("ال"):
            return subj  # nothing left, or a definite genitive ("مصادر الشرطة")
        return Subject(None, " ".join(t.text for t in toks[j:x]), True, x)

    # -- partial quotes ---------------------------------------------------------------------
    def partials(self) -> None:
        """Quoted phrases after "وفق تقديره" and the like; other quoted phrases stay narration."""
        toks = self.tokens
        own = folded_set("attribution", "own")
        for m in self.marks:
            if not m.closed or self.covered(m.open) or m.words(self.body) > _MAX_PARTIAL_WORDS:
                continue
            i = self.tok_at.get(m.open)
            if i is None or i < 2:
                continue
            if toks[i - 1].norm in own and self.attribution_at(i - 2) is not None:
                self.add(m.inner_start, m.inner_end, "partial", None, None,
                         cue_text=f"{toks[i - 2].text} {toks[i - 1].text}", cue_start=toks[i - 2].start)


    def orphans(self) -> None:
        """A long quotation after a colon with no cue of its own ("… 2016: «يأتي الخفض …»",
        "ينادي أهالي قريته: «ساعدوني…»") is a direct quote of the last speaker."""
        for m in self.marks:
            if self.covered(m.open) or m.words(self.body) < 4:
                continue
            i = self.tok_at.get(m.open)
            if i is None or i == 0 or self.tokens[i - 1].text != ":":
                continue
            if self.in_mark(m.open, 4) is not None:
                continue
            self.add(m.inner_start, m.inner_end, "direct", None, None, cue_text=None,
                     cue_start=self.tokens[i - 1].start)

    def reopened(self) -> None:
        """A long quotation runs over several paragraphs, each reopening the mark and only the
        last closing it: a paragraph that opens with a quotation mark, right after a paragraph
        whose quotation was left open, goes on quoting the same speaker (a direct quote)."""
        for m in self.marks:
            if self.covered(m.open) or m.words(self.body) < 4 or \
                    self.body[self._para_start(m.open):m.open].strip():
                continue
            prev = self._para_start(m.open) - 1
            if not any(not x.closed and x.para_end <= prev + 1 and x.para_end >= prev - 1 and
                       self.covered(x.inner_start) for x in self.marks if x.open < m.open):
                continue
            self.add(m.inner_start, m.inner_end, "direct", None, None, cue_text=None, cue_start=m.open)

    def _para_start(self, pos: int) -> int:
        for s, e in self.paragraphs:
            if s <= pos < e:
                return s
        return 0

    def quoted_object(self, k: int, hi: int, preps: tuple[str, ...]):
        """The quotation that opens a cue's object at token ``k`` ("أكد على "ضرورة …"", or
        after the preposition's noun: "طالب … بفتح "تحقيق مستقل"", "أقر بتنفيذ "عمل عسكري
        مشروع""): only the quoted words are the speaker's, a partial quote. A quotation deeper
        in the object ("إلى إبرام اتفاق … "المزعزع للاستقرار"") or followed by more quoted
        words ("وقوع "عطلين" … و"أضرار …"") leaves the object an indirect quote."""
        toks = self.tokens
        for x in (k, k + 1):
            if x >= hi or x > k and not (toks[k].kind == "word" and prep_at(toks[k], preps)):
                break
            m = self.mark_at.get(toks[x].start)
            if m is not None and m.closed:
                end = self.clause_end(x, hi, stop_at_comma=True)
                if any(toks[y].start in self.mark_at and toks[y].start > m.close
                       for y in range(x, end)):
                    return None
                return m
        return None

    def _own_prep(self, cue: Cue, j: int, hi: int) -> int:
        """"تعهد عند توليه السلطة بإجراء …"، "دعت السلطات إلى …": the words (no comma) between the
        verb and its own preposition are an adjunct or the object, not the report, which starts at
        the preposition."""
        toks = self.tokens
        preps = cue.form.preps
        if not preps or j >= hi or prep_at(toks[j], preps) or object_head(toks[j]):
            return j
        for x in range(j + 1, min(hi, j + 8)):
            if toks[x].kind != "word":
                if toks[x].text in _COMMA and x + 1 < hi and toks[x + 1].norm in preps:
                    continue  # "كشفت الأسبوع الماضي في بيان، عن …"
                return j
            if toks[x].norm in preps or prep_at(toks[x], preps) and \
                    toks[x].norm not in folded_set("subject", "prepositions"):
                return x  # ("دعت الأسبوع الماضي السلطات إلى الإفراج": the object is no report)
        return j

    def description(self, cue: Cue, j: int, hi: int, lo: int, tj: int | None,
                    subj: Subject | None = None) -> None:
        """An unquoted description is reported speech. "اتهم أردوغان أوروبا بأنها لا تبذل …"
        (description = "clause"): the clause after بأن. "ووصف الوزير، في تصريح له، لقاءه مع
        نظيره بالإيجابي …" (description = "object"): the object and its description, to the
        clause's end; the words after the verb are the object unless they name a speaker."""
        toks = self.tokens
        if cue.form.description == "clause":
            if tj is not None and subj is not None:
                self.after_comp(cue, tj, hi, subj)
            return
        kana = self.kana_clause(cue, lo)
        found = kana or self.resolve_subject(subject_after(self.a, toks, self.idx, j, hi, ("ب",)), j, hi)
        if kana is not None:
            # "وكان ترامب قد وصف ترودو بأنه …": the words after the verb are its object
            subj, k = Subject(kana.entity, kana.source, False, j, kana.phrase, fallback=kana.fallback), j
            self.events.append((cue.start, kana))
        elif found.explicit and (found.entity or found.source or found.anaphor or
                               self._titled(found.phrase)):
            subj, k = found, self.skip_trailers(found.end, hi)
            self.events.append((cue.start, found))
        else:
            subj, k = Subject(None, None, False, j), j
            before = subject_before(toks, self.idx, cue.first, lo)
            if before is not None:
                subj = Subject(before.entity, before.source, before.explicit, j)
        if k < hi and is_adjunct(toks[k]):  # "في تصريح له عقب اللقاء، …": up to the comma
            x = k
            while x < hi and x - k < 12 and toks[x].text not in _COMMA and \
                    not toks[x].norm.startswith(("بال", "بان")):
                x += 1
            if x < hi and toks[x].text in _COMMA:
                k = x
        while k < hi and toks[k].text in _COMMA:
            k += 1
        end = self.clause_end(k, hi)
        said = any(x == tj or toks[x].norm.startswith(("بال", "بان")) for x in range(k + 1, end))
        if not said or end - k < 3 or toks[k].kind != "word":
            return
        s, e = self.trim(toks[k].start, toks[end - 1].end)
        self.add(s, e, "indirect", cue, subj)

    def _titled(self, phrase: tuple[int, int] | None) -> bool:
        """Does an unresolved subject phrase open with a title ("معالي وزير الخارجية")?"""
        words = self.body[phrase[0]:phrase[1]].split() if phrase else []
        head = fold(words[0]) if words else ""
        return bool(head) and (is_title(head) or head in folded_set("subject", "honorific_nouns"))
