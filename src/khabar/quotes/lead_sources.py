"""A source named before the report, with no comma: "وبحسب الجيش الإسرائيلي فإن قنابل …".

attributions.py reads a sentence-initial attribution's noun phrase up to its comma ("وحسب
التقرير، فإن …"); without the comma the phrase runs on into the report. Here the phrase ends at
the complementizer فإن (فان، فإنه …) when it comes within a few words and nothing else (a comma, a
quotation, a cue) stands between: the clause after it is an indirect quote of the named source.
Only sources that speak (an entity, an unnamed source such as "مصادر أمنية"): "بحسب الدعوى فإن"،
"وفقا للبيانات فإن" name documents and are left to the attribution reader. Mixed into spans.Finder
and run just before AttributionMixin.attributions().
"""
from __future__ import annotations

from functools import cache

from .cues import folded_set, settings

_COMMA = {",", "،", "؛", ";"}


class LeadSourceMixin:
    # Provided by spans.Finder / AttributionMixin: tokens, sent_tokens, attribution_at, is_comp,
    # mark_at, cue_tok, covered, drafts, after_comp, _attribution_subject, _sourced.

    def lead_sources(self) -> None:
        toks = self.tokens
        reach = int(settings()["attribution"].get("lead_comp_reach", 10))
        for k in range(len(toks)):
            n = self.attribution_at(k)
            if n is None:
                continue
            lo, hi = self.sent_tokens(k)
            if not (k == lo or k == lo + 1 and toks[lo].norm in ("و", "ف")):
                continue
            if self.covered(toks[k].start):
                continue
            np_start = k + n
            if toks[k + n - 1].norm.startswith("ل") and toks[k + n - 1].norm not in ("لسان",):
                np_start = k + n - 1  # "وفقا لمسؤولين": the noun is glued to ل
            c = None
            for x in range(np_start, min(hi, np_start + reach)):
                t = toks[x]
                if t.text in _COMMA or t.start in self.mark_at or x in self.cue_tok and x > np_start:
                    break
                if self.is_comp(t) and t.norm[:1] == "ف":
                    c = x
                    break
            if c is None or c == np_start:
                continue
            a = np_start
            if toks[a].norm == "ما" or toks[k + n - 1].norm in ("ما", "حسبما"):
                a += 1 if toks[a].norm == "ما" else 0
                a += 1  # "وبحسب ما ذكرت الوكالة فإن …": the verb, then its subject
            if a >= c:
                continue
            if toks[a].norm in ("في", "على", "من", "عن", "لدى"):
                continue  # "وبحسب ما يشاع في بيروت فإن": a rumour has no source
            if _head(toks[a].norm) in _documents():
                continue  # "بحسب الصور"، "وفقا للدراسة": a document or evidence, nobody's words
            subj = self._attribution_subject(a, c)
            if not self._sourced(subj):
                continue  # "حسب الخطة": no source at all
            before = len(self.drafts)
            self.after_comp(None, c, hi, subj)
            if len(self.drafts) > before:
                d = self.drafts[-1]
                d.cue_text = " ".join(t.text for t in toks[k:k + n])
                d.cue_start = toks[k].start


def _head(word: str) -> str:
    for p in ("وال", "بال", "لل", "ال", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    return word


@cache
def _documents() -> frozenset[str]:
    return folded_set("attribution", "lead_documents")
