"""Which side of the verb the subject is on, when the verb-first reading is only an object.

"لكن الرئيس الأمريكي نفى صحة هذه المزاعم، مؤكدا …": the window after نفى holds the object, which
speakers.subject_after reads as an unknown subject phrase; the person written before the verb is
the subject (and the participle after it continues that person, not the speaker quoted before).
"جاستن ترودو، الذي وصف الرسوم …": a cue opening a relative clause has the person before the
relative pronoun as its subject. Mixed into subjects.SubjectMixin (spans.Finder).
"""
from __future__ import annotations

from functools import cache

from ..text import fold
from .cues import Cue, folded_set, settings
from .names import name_kind
from .speakers import Subject, is_adjunct
from .subject_before import subject_before

_COMMA = {",", "،", "؛", ";"}


class SubjectOrderMixin:
    # Provided by spans.Finder: a, body, tokens, idx, events, drafts, cue_by_tok, tok_at.

    def svo_over_object(self, subj: Subject, cue: Cue, a: int, lo: int) -> Subject:
        """``subj`` unless the verb-first reading is only an unknown phrase that is no name while a
        known entity ends right before the verb: "لكن الرئيس الأمريكي نفى صحة هذه المزاعم"،
        "وكان التحالف قد أعلن فتح تحقيق" — the phrase is the object, the entity the subject."""
        if not subj.explicit or subj.entity or subj.source or not subj.phrase or subj.institution or \
                subj.anaphor or subj.fallback or cue.form.source_after:
            return subj  # ("وأضافت الصحيفة نقلا عن تلك المصادر": whom it cites, not an object)
        toks = self.tokens
        first = self.tok_at.get(subj.phrase[0])
        if first is not None and (toks[first].norm in folded_set("subject", "prepositions") or
                                  toks[first].norm.endswith("ون")):
            return subj  # (a nominative plural is the subject: "الذي يرى كثيرون أنه")
        if name_kind(self.body[subj.phrase[0]:subj.phrase[1]]) is not None:
            return subj  # an unknown name after the verb: "قال جون سميث"
        j = cue.first - 1
        while j >= lo and toks[j].norm in folded_set("subject", "auxiliaries"):
            j -= 1
        if j >= lo and (toks[j].norm in folded_set("narrator", "relatives") or
                        _bare_and(toks[j].norm) in _SINGULAR_RELATIVES):
            return self.relative_subject(cue, lo, object_after=True) or subj
        if toks[cue.first].norm[:1] in ("و", "ف") and j >= lo and toks[j].kind != "word":
            return subj  # "…، وأفادت الأنباء أن": a new clause with its own subject after the verb
        before = subject_before(toks, self.idx, cue.first, lo)
        if before is None or not before.entity:
            return subj
        ms = [m for m in self.idx.within(toks[lo].start, toks[cue.first].start) if m[2] == before.entity]
        if ms:
            # (not the object of a preposition: "وقال المسؤول لوكالة الصحافة الفرنسية طالبا …",
            # nor the source of an attribution: "وحسب مجلة «ذا ويك» أشارت الأبحاث …")
            at = max(ms, key=lambda m: m[0])[0]
            k = max((x for x in range(lo, cue.first) if toks[x].start <= at), default=lo)
            if toks[k].start < at or k > lo and toks[k - 1].norm in folded_set("subject", "prepositions") or \
                    any(_bare_and(toks[x].norm) in _attribution_openers() for x in range(lo, k)):
                return subj
        return Subject(before.entity, None, True, a)

    def relative_subject(self, cue: Cue, lo: int, object_after: bool = False) -> Subject | None:
        """"… جاستن ترودو، الذي وصف الرسوم بأنها …"، "ستورمي دانييلز، …، التي تقول إنها …": a cue
        opening a singular relative clause of its own gender has the person set off by a comma
        just before the relative pronoun as its subject (not inside another quote's report:
        "وتابع البيان أن رفض موسكو التي تنفي …" is the statement's content). ``object_after``: the
        verb-first reading found an object phrase after the verb (svo_over_object)."""
        toks = self.tokens
        j = cue.first - 1
        while j >= lo and toks[j].norm in folded_set("subject", "auxiliaries"):
            j -= 1
        if j <= lo or _bare_and(toks[j].norm) not in _SINGULAR_RELATIVES:
            return None
        gender = _SINGULAR_RELATIVES[_bare_and(toks[j].norm)]
        if cue.form.number in ("d", "p") or cue.form.gender and cue.form.gender != gender:
            return None  # "التي قال ترامب إنها": an object relative, its subject comes after
        verb = toks[cue.first].norm
        if verb.endswith(_OBJECT_SUFFIXES):
            return None  # "حماس التي وصفتها بالإرهابية": the verb's object pronoun is the antecedent
        a = self.cue_by_tok[cue.first].last + 1
        if not object_after and a < len(toks) and toks[a].kind == "word" and not is_adjunct(toks[a]) and \
                toks[a].norm not in folded_set("complementizers", "bare") and \
                not any(toks[a].norm.startswith(c) for c in folded_set("complementizers", "pronoun_stems")):
            return None  # "مارادونا، الذي يرى كثيرون أنه": a subject follows the verb
        if any(d.start <= cue.start < d.end for d in self.drafts):
            return None
        # Only a person set off by a comma ("جاستن ترودو، الذي"): without it the relative may
        # belong to the noun the name depends on ("خطيبة الأمير هاري التي"), and a place or an
        # organisation before it is often a genitive ("عضوة مجلس الشيوخ عن ولاية ألاسكا، التي").
        k = j - 1
        if k < lo or toks[k].text not in _COMMA:
            return None
        k -= 1
        while k >= lo and toks[k].kind != "word" and toks[k].text in "\"»”":
            k -= 1
        if k < lo:
            return None
        m = self.idx.ending_at(toks[k].end)
        if m is None or m[1] != toks[k].end or m[3] != "PER":
            return None
        x = self.tok_at.get(m[0])
        if x is not None and x > lo and toks[x - 1].norm in folded_set("subject", "prepositions"):
            return None
        return Subject(m[2], None, True, self.cue_by_tok[cue.first].last + 1)


# object pronouns glued to a verb ("وصفتها"، "وصفته"): the relative is its object
_OBJECT_SUFFIXES = ("ته", "تها", "ها", "هم", "هما")
# singular relative pronouns and their gender (folded; "والتي" is read without its و)
_SINGULAR_RELATIVES = {fold("الذي"): "m", fold("التي"): "f"}


def _bare_and(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


@cache
def _attribution_openers() -> frozenset[str]:
    """First words of the attribution phrases ("بحسب"، "وفقا"، "نقلا")."""
    return frozenset(fold(p.split()[0]) for p in settings()["attribution"]["phrases"] if p.split())
