"""Who speaks: the subject of a cue, before or after it, or the subject of its sentence.

Mixed into spans.Finder, whose geometry (tokens, sentences, mention index, drafts) these methods
use. ``subject`` decides for one cue; ``sentence_subject`` serves participles ("قائلا") and verbs
after إذ/حيث, whose speaker is the sentence's subject; ``_may_open`` tells a cue verb from the
same word used as a noun.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..text import fold
from .cues import Cue, folded_set, settings
from .kana import kana_subject
from .names import is_title, name_prefix, org_name
from .speakers import Subject, subject_after
from .subject_before import subject_before
from .subject_order import SubjectOrderMixin

_COMMA = {",", "،", "؛", ";"}


class SubjectMixin(SubjectOrderMixin):
    # Provided by spans.Finder: a, tokens, idx, events, drafts, cue_by_tok, sent_of_tok, tok_at,
    # in_mark.

    def note_subject(self, cue: Cue, a: int, b: int) -> None:
        """Record the named subject of a cue that has no content of its own, so that the cue
        after it (a participle, "وأضاف") continues the right speaker."""
        if any(pos == cue.start for pos, _ in self.events):
            return
        lo, _ = self.sent_tokens(cue.first)
        subj = self.fronted_person(cue, lo) or self.kana_clause(cue, lo) or \
            self.svo_over_object(self.resolve_subject(subject_after(self.a, self.tokens, self.idx, a, b,
                                                                    cue.form.preps), a, b), cue, a, lo)
        if subj.explicit and (subj.entity or subj.source or subj.phrase):
            self.events.append((cue.start, subj))

    def sentence_subject(self, cue: Cue, lo: int) -> Subject | None:
        """For a participle ("… الأرقام قائلا:") or a verb after إذ/حيث, the subject of its
        sentence, unless a quote or cue earlier in the sentence already set the speaker: a
        person named in apposition after a role ("مدير الشرطة، روبرتو سغالا،"), a name or an
        organisation opening the sentence ("شركة العال الإسرائيلية بعثت …"), else the first
        person or organisation named before the cue."""
        toks = self.tokens
        s0 = toks[lo].start
        if any(s0 <= pos < cue.start for pos, _ in self.events) or \
                any(s0 <= (d.cue_start or d.start) < cue.start for d in self.drafts):
            return None
        end = self.cue_by_tok[cue.first].last + 1
        # an apposition name after a role word, between commas
        for k in range(lo + 1, cue.first):
            if toks[k - 1].text in _COMMA and toks[k].kind == "word" and not self.in_mark(toks[k].start):
                words, pos = [], []
                x = k
                while x < cue.first and toks[x].kind == "word" and len(words) < 4:
                    words.append(toks[x].norm)
                    pos.append(x)
                    x += 1
                n = name_prefix(words)
                role = next((y for y in range(k - 2, max(lo, k - 8) - 1, -1) if is_title(toks[y].norm)), None)
                if n >= 2 and n == len(words) and role is not None and x < cue.first and \
                        toks[x].text in _COMMA:
                    if self.idx.starts_at(toks[k].start):
                        m = self.idx.within(toks[k].start, toks[k].end)[0]
                        return Subject(m[2], None, True, end)
                    return Subject(None, None, True, end, (toks[k].start, toks[pos[n - 1]].end))
        # the sentence's opening noun phrase (after و، كان، قد …)
        k = lo
        skip = folded_set("subject", "auxiliaries") | {"و", "ف"}
        while k < cue.first and (toks[k].norm in skip or toks[k].kind != "word"):
            k += 1
        if k < cue.first and not self.idx.starts_at(toks[k].start):
            words = []
            x = k
            while x < cue.first and toks[x].kind == "word" and len(words) < 5:
                words.append(toks[x].text)
                x += 1
            for n in range(len(words), 1, -1):
                if org_name(" ".join(words[:n])):
                    return Subject(None, None, True, end, (toks[k].start, toks[k + n - 1].end))
        after_adjunct = self.main_clause_subject(cue, lo)
        if after_adjunct is not None:
            return after_adjunct
        opening = self.opening_verb_subject(cue, lo)
        if opening is not None and self.country_subject(opening):
            # "وردت تركيا بأن المطالب بإطلاق سراح برانسون "غير مقبولة"، مضيفة أنها …": a country
            # after a verb that agrees with the participle is the subject, not a person named
            # in the object
            return opening
        for m in self.idx.within(s0, cue.start):
            if m[3] in ("PER", "ORG") and not self.in_mark(m[0]):
                return Subject(m[2], None, True, end)
        return self.opening_verb_subject(cue, lo)

    def main_clause_subject(self, cue: Cue, lo: int) -> Subject | None:
        """"وقبيل انقضاء المهلة التي حددتها ماي، نشرت السفارة الروسية تغريدات تقول فيها …": after
        a fronted adjunct, the subject of the verb right after its comma, not a name inside it."""
        toks = self.tokens
        k = lo + 1 if toks[lo].norm in ("و", "ف") else lo
        first = toks[k].norm[1:] if toks[k].norm[:1] in ("و", "ف") and len(toks[k].norm) > 3 else toks[k].norm
        if first not in folded_set("subject", "adjunct_starts") | folded_set("subject", "fronted_adjuncts"):
            return None  # the sentence does not open with an adjunct
        c = next((x for x in range(k + 1, cue.first - 2) if toks[x].text in _COMMA), None)
        if c is None:
            return None
        preps, rel = folded_set("subject", "prepositions"), folded_set("narrator", "relatives")
        for m in self.idx.within(toks[k].start, toks[c].start):
            x = self.tok_at.get(m[0])
            if m[3] in ("PER", "ORG") and x is not None and toks[x - 1].norm not in preps and \
                    not any(toks[y].norm in rel for y in range(k, x)):
                return None  # "في ذلك الوقت هرع الحاخام شلومو غورين، وأخذ …": no adjunct alone
        v, n = toks[c + 1], toks[c + 2]
        if v.kind != "word" or v.norm.startswith("ال") or self.idx.within(v.start, v.end) or \
                v.norm in folded_set("names", "stop") | folded_set("subject", "prepositions"):
            return None
        m = next((m for m in self.idx.within(n.start, n.end)
                  if m[0] == n.start and m[3] in ("PER", "ORG") and m[4] == "name"), None)
        return Subject(m[2], None, True, self.cue_by_tok[cue.first].last + 1) if m else None

    def through_spokesman(self, subj: Subject, b: int) -> Subject:
        """"أعلن الجيش على لسان ناطقه X أن …": the named person the institution spoke through is
        the speaker (an unnamed one leaves the institution)."""
        toks = self.tokens
        k = subj.end
        if not subj.explicit or k + 2 >= b or toks[k].norm != "علي" or toks[k + 1].norm != "لسان":
            return subj
        for m in self.idx.within(toks[k + 2].start, toks[min(b, k + 9) - 1].end):
            if m[3] == "PER" and m[4] == "name":
                return Subject(m[2], None, True, subj.end)
        return subj

    def opening_verb_subject(self, cue: Cue, lo: int) -> Subject | None:
        """"وشنت تركيا … غارات، مشيرة إلى أنها …": a participle's subject is the subject of the
        verb that opens its sentence, whatever its type (a country acts too), when the verb's
        gender (the feminine ending ت) agrees with the participle's."""
        toks = self.tokens
        g = cue.form.gender
        k = lo
        # (and "قد": "فقد رحبت تركيا بالغارات معتبرة …")
        while k < cue.first and (toks[k].norm in ("و", "ف") or
                                 toks[k].norm in folded_set("subject", "perfect_particles")):
            k += 1
        if not g or k + 1 >= cue.first or toks[k].kind != "word":
            return None
        verb = toks[k].norm[1:] if toks[k].norm[:1] in ("و", "ف") else toks[k].norm
        stop = folded_set("names", "stop") | folded_set("subject", "prepositions")
        if len(verb) < 3 or verb.startswith("ال") or verb in stop or toks[k].norm in stop or \
                self.idx.within(toks[k].start, toks[k].end) or verb.endswith(("ه", "ة")):
            return None
        if verb.endswith("ت") != (g == "f"):
            return None
        m = next((m for m in self.idx.within(toks[k + 1].start, toks[k + 1].end)
                  if m[0] == toks[k + 1].start and m[4] == "name"), None)
        if m is None:
            return None
        return Subject(m[2], None, True, self.cue_by_tok[cue.first].last + 1)

    def country_subject(self, subj: Subject) -> bool:
        ent = self.a.entity(subj.entity) if subj.entity else None
        # (a place the knowledge base knows: a tagger "LOC" may be a misread role, "السفيرة")
        if ent is None or ent.type != "LOC" or ent.kb is None:
            return False
        # (nor one a person's role mention also starts at: "السفيرة الأميركية")
        starts = {m.start for m in ent.mentions}
        return not any(m.start in starts for e in self.a.entities if e.type == "PER"
                       for m in e.mentions)

    def _object_of_coordinated(self, cue: Cue, lo: int) -> bool:
        """A و-coordinated cue that takes an object, after a comma, in a sentence where an
        earlier cue already has its speaker."""
        toks = self.tokens
        i = cue.first
        if not (cue.form.objects and cue.kind == "verb" and toks[i].norm.startswith("و") and i > lo
                and toks[i - 1].text in _COMMA):
            return False
        s0 = toks[lo].start
        return any(s0 <= (d.cue_start or d.start) < cue.start and d.subject is not None and
                   (d.subject.entity or d.subject.source) for d in self.drafts) or \
            self._accusative_plural(cue.last + 1)

    def _accusative_plural(self, k: int) -> bool:
        """"وطالب الحوثيين بـ…": a definite sound plural in -ين right after the verb is its
        object (the subject would be -ون)."""
        toks = self.tokens
        return k < len(toks) and toks[k].kind == "word" and toks[k].norm.startswith("ال") and \
            toks[k].norm.endswith("ين") and len(toks[k].norm) >= 8  # (not "الأمين"، "البحرين")

    def coordinated_subject(self, cue: Cue, lo: int) -> Subject | None:
        """"وقتل حزب العمال ضابطين، وقال إن …": a cue coordinated with an earlier verb of its
        sentence (و on the cue, a comma between) shares that verb's VSO subject, unless a quote
        or cue earlier in the sentence already set a speaker."""
        toks = self.tokens
        i = cue.first
        if not toks[i].norm.startswith("و") or i == lo:
            return None
        s0 = toks[lo].start
        if any(s0 <= pos < cue.start for pos, _ in self.events) or \
                any(s0 <= (d.cue_start or d.start) < cue.start for d in self.drafts):
            return None
        comma = False
        stop = folded_set("names", "stop")
        lo = self.paragraph_lo(i, lo)
        for x in range(i - 1, lo - 1, -1):
            t = toks[x]
            if t.text in _COMMA:
                comma = True
                continue
            # (without a comma only the sentence's opening verb: "اتهمت الحكومة … وقالت إن")
            if not (comma or x == lo) or t.kind != "word" or x + 1 >= i or self.in_mark(t.start):
                continue
            verb = t.norm[1:] if t.norm.startswith("و") and x > lo else t.norm if x == lo else ""
            if len(verb) < 3 or verb.startswith("ال") or verb in stop or self.idx.within(t.start, t.end):
                continue
            # (an imperfect "تأوي" is feminine, a past "تحدث" masculine: ت- alone does not tell)
            bare = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 3 else verb
            imperfect = bare.startswith("ت") and not bare.endswith("ت")
            if not comma and cue.form.gender and not imperfect and \
                    (bare.endswith("ت") != (cue.form.gender == "f")):
                continue  # the two verbs must agree: "اتهم … وقالت" has two subjects
            nxt = self.idx.within(toks[x + 1].start, toks[x + 1].end)
            if nxt and nxt[0][0] == toks[x + 1].start and (nxt[0][3] in ("PER", "ORG") or
                                                          self._country_agrees(verb, cue)):
                # (a country acts too, when the verbs agree: "وتأوي تركيا …، وقالت إنها …")
                return Subject(nxt[0][2], None, True, cue.last + 1)
            if not comma:
                subj = self.resolve_subject(
                    subject_after(self.a, toks, self.idx, x + 1, i), x + 1, i)
                if subj.entity:
                    return Subject(subj.entity, None, True, cue.last + 1)
        return None

    def paragraph_lo(self, i: int, lo: int) -> int:
        """The last paragraph break before token ``i`` in its sentence opens the clause too: a
        heading line may share the sentence ("التقرير ⏎ ونشرت إسكوا … التقرير وقالت إنها")."""
        toks = self.tokens
        return next((x for x in range(i - 1, lo, -1)
                     if "\n" in self.body[toks[x - 1].end:toks[x].start]), lo)

    @staticmethod
    def _country_agrees(verb: str, cue: Cue) -> bool:
        """Does the verb before a place name agree in gender with the cue? Countries take the
        feminine (past -ت, imperfect ت-); a cue of unknown gender never continues a place."""
        v = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 3 else verb
        if not cue.form.gender or len(v) < 3:
            return False
        feminine = v.endswith("ت") or v.startswith("ت")
        masculine = v.startswith("ي") or not feminine
        return feminine if cue.form.gender == "f" else masculine and not v.endswith("ت")

    def topic_subject(self, cue: Cue, lo: int) -> Subject | None:
        """"أما وزير الخارجية المصري، فقد أكد …": the topic fronted by أما is the subject of the
        verb after ف."""
        toks = self.tokens
        markers = folded_set("subject", "topic_markers")
        # (the sentence splitter may not cut before أما: look a few words back for it)
        k = next((x for x in range(cue.first - 1, max(lo, cue.first - 14) - 1, -1)
                  if toks[x].norm in markers), None)
        if k is None or any(toks[x].text in ".!?؟" for x in range(k, cue.first)):
            return None
        j = cue.first - 1
        while j > k and toks[j].norm in folded_set("subject", "auxiliaries"):
            j -= 1
        if not (toks[cue.first].norm.startswith("ف") or any(
                toks[x].norm.startswith("ف") for x in range(j + 1, cue.first))):
            return None
        subj = self.resolve_subject(subject_after(self.a, toks, self.idx, k + 1, j + 1), k + 1, j + 1)
        if subj.entity or subj.source or subj.phrase:
            return Subject(subj.entity, subj.source, True, cue.last + 1, subj.phrase,
                           fallback=subj.fallback)
        return None

    def fronted_person(self, cue: Cue, lo: int) -> Subject | None:
        """"إلا أن لافروف انتقد دمشق": a person's name right before the verb, opening its clause
        (after أن، لكن، or at the sentence start), is the SVO subject; what follows the verb is
        its object, not its subject."""
        toks = self.tokens
        i = cue.first
        if cue.kind != "verb" or i == lo or toks[i].norm[:1] in ("و", "ف"):
            return None
        m = self.idx.ending_at(toks[i - 1].end)
        if m is None or m[3] != "PER" or m[4] != "name" or m[1] != toks[i - 1].end:
            return None
        j = self.tok_at.get(m[0])
        if j is None or j < lo:
            return None
        if j > lo and toks[j - 1].norm not in folded_set("subject", "clause_openers"):
            return None
        return Subject(m[2], None, True, cue.last + 1)

    def kana_clause(self, cue: Cue, lo: int) -> Subject | None:
        """"وكانت وزارة الخارجية قد قالت": the subject between كان and قد (quotes/kana.py)."""
        if cue.kind != "verb" or cue.form.source_after:
            return None  # ("وكانت الوكالة قد نقلت عن المتحدث": whom it cites speaks)
        end = cue.last + 1
        subj = kana_subject(self.tokens, self.idx, cue.first, lo, end)
        if subj is None or subj.entity or subj.source or subj.institution or not subj.phrase:
            return subj
        # an unknown phrase is read as a subject after a verb would be: a role or a definite head
        # that points back ("وكان آمر القاعدة قد قال"، "وكانت الشبكة القطرية قد أعلنت")
        x0 = self.tok_at.get(subj.phrase[0])
        x1 = next((x for x in range(x0, cue.first) if self.tokens[x].end >= subj.phrase[1]), None) \
            if x0 is not None else None
        if x1 is None:
            return subj
        read = self.resolve_subject(subject_after(self.a, self.tokens, self.idx, x0, x1 + 1, ()), x0, x1 + 1)
        if read.explicit and (read.entity or read.source or read.anaphor):
            return replace(read, explicit=True, end=end)
        return subj

    def demonstrative_object(self, cue: Cue, a: int, b: int) -> bool:
        """"واعتبر هذا الادعاء «فضيحة خطيرة»"، "ووصف تلك المرحلة بأنها …": after a verb of
        judging, a demonstrative opens the object; the subject is the speaker before."""
        return cue.kind == "verb" and a < b and \
            cue.form.lemma in settings()["subject"].get("demonstrative_object_verbs", ()) and \
            self.tokens[a].norm in folded_set("subject", "demonstratives")

    def _may_open(self, cue: Cue) -> bool:
        """A cue verb without و/ف stands at a clause start, after a subject, a relative or an
        adverb; after any other word it is a noun ("تبادلا وصف") or an adjective ("من أبرز")."""
        toks = self.tokens
        i = cue.first
        if cue.kind == "participle" or i == 0 or toks[i].norm[:1] in ("و", "ف") and \
                toks[i].norm[1:] in lexicon_forms():
            return True
        entry = settings()["verb"][cue.form.lemma]
        if toks[i].norm != fold(entry.get("past", "")) or entry.get("bare_verb"):
            return True  # an inflected form (قالت، ذكروا) is a verb wherever it stands
        prev = toks[i - 1]
        if prev.kind == "num" or prev.norm in ("و", "ف"):
            return True  # "في 12 مارس أعلن"، "و أكد" (the conjunction typed apart)
        if prev.kind != "word" or prev.norm in folded_set("narrator", "openers") or \
                prev.norm in folded_set("narrator", "relatives"):
            return True
        if self.sent_of_tok[i - 1] != self.sent_of_tok[i]:
            return True
        m = self.idx.ending_at(prev.end)
        if m is None:
            return False
        if m[3] == "PER" and m[4] == "name":
            return True  # no noun follows a person's name: "… في لندن الكسندر ياكوفنكو صرح"
        # an SVO subject opens its clause ("بوتين وصف …"); after a verb's subject it is a noun:
        # "واسترجع المستشار في الديوان الملكي وصف ولي العهد …"
        j = self.tok_at.get(m[0])
        if j is None or j == 0:
            return True
        before = toks[j - 1]
        return before.kind != "word" or before.norm in folded_set("narrator", "openers") or \
            before.norm in ("و", "ف") or self.sent_of_tok[j - 1] != self.sent_of_tok[j]

    def subject(self, cue: Cue, a: int, b: int, lo: int) -> Subject:
        if cue.kind == "participle":  # a hal: its subject is the sentence's speaker
            return self.sentence_subject(cue, lo) or Subject(None, None, False, a)
        subj = self.fronted_person(cue, lo) or self.kana_clause(cue, lo)
        if subj is not None:
            self.events.append((cue.start, subj))
            return subj
        if cue.kind == "verb" and cue.first > lo and self.pronoun_connector(cue.first - 1):
            # "…، لكنه أكد ثقته في أن …": the connector's pronoun is the subject (the speaker
            # before it); what follows the verb is its object
            return Subject(None, None, False, a)
        if self.demonstrative_object(cue, a, b):
            return Subject(None, None, False, a)
        subj = subject_after(self.a, self.tokens, self.idx, a, b, cue.form.preps)
        subj = self.svo_over_object(self.resolve_subject(subj, a, b), cue, a, lo)
        subj = self.through_spokesman(subj, b)
        if subj.explicit and (subj.entity is None or self._accusative_plural(a)) and \
                self._object_of_coordinated(cue, lo):
            # "اعتبر X العقوبات "…"، وطمأن الشعب بأن …": the verb shares X; the people reassured
            # are its object, not a new speaker
            return Subject(None, None, False, a)
        if subj.explicit:
            self.events.append((cue.start, subj))
            return subj
        if subj.anaphor:
            return subj
        topic = self.topic_subject(cue, lo)
        if topic is not None:
            self.events.append((cue.start, topic))
            return topic
        relative = self.relative_subject(cue, lo)
        if relative is not None:
            self.events.append((cue.start, relative))
            return relative
        before = subject_before(self.tokens, self.idx, cue.first, lo)
        if before is not None:
            return before
        coord = self.coordinated_subject(cue, lo)
        if coord is not None:
            return coord
        toks = self.tokens
        i = cue.first
        if i > lo and toks[i - 1].norm in folded_set("subject", "subordinators"):
            # "وكان عماد الطرابلسي استعرض …، إذ أشار إلى أنه": the sentence's subject
            return self.sentence_subject(cue, lo) or subj
        if i > lo and toks[i - 1].text in _COMMA and a < len(toks) and \
                toks[a].norm in folded_set("subject", "resumptive"):
            # "بعد تغريدة لترامب، قال فيها إن …": the author of the thing just named
            preps = folded_set("subject", "prepositions")
            for m in self.idx.within(toks[max(lo, i - 4)].start, toks[i - 1].start):
                j = self.tok_at.get(m[0])
                if m[3] == "PER" and not (j and toks[j - 1].norm in preps):
                    return Subject(m[2], None, True, a)
                # (not "لقاء مع الوزير المصري، أكد خلاله": who was met is not who spoke)
            return self.sentence_subject(cue, lo) or subj
        if i > lo and a < len(toks) and toks[a].norm in folded_set("subject", "resumptive"):
            # "عبر عن تفاؤله في تغريدة قال فيها …": the author is the sentence's subject
            return self.sentence_subject(cue, lo) or subj
        return subj


@cache
def lexicon_forms() -> frozenset[str]:
    from .cues import lexicon
    return frozenset(lexicon()[0])
