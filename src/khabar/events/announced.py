"""Agreements announced without the word "agreement".

Leaders after a summit announce what both sides will do: "مؤكدًا أن وزيري البلدين سيلتقيان الشهر المقبل"،
"إن فرنسا وألمانيا ستطلقان برنامجًا مشتركًا". The reading is an AGREE event when three things meet in one
sentence: a reported statement (a quote, or a report cue such as أعلن/قال followed by أن/إن), a future
verb in the dual or plural (سيلتقيان، ستطلقان، سوف يعملون), and a subject naming both parties (البلدين،
الجانبين، or two entities). The verb is the trigger.
"""
from __future__ import annotations

from ..text.tokenize import Token
from .triggers import Entry, Lexicon, Match, word_in

ANNOUNCED = Entry(-1, "AGREE", None, False, (), (), 3)
_COMPLEMENTISERS = frozenset({"ان", "بان", "وان", "فان"})


_SUBJECT_REACH = 6  # words before the verb where its subject is read (not the whole quote before it)


def verb_stem(norm: str) -> str:
    """The verb without و/ف, the future prefix and its person prefix: what two mentions share."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    if w[:1] == "س" and len(w) > 3:
        w = w[1:]
    return w[1:] if w[:1] in "يتن" else w


def _future_plural(words: list[Token], i: int) -> bool:
    w = words[i].norm
    if w[:1] in "وف" and len(w) > 5:
        w = w[1:]
    if not (w.endswith("ان") or w.endswith("ون")):
        return False
    # "ستكون" (it will be) ends in ون with its root: a plural needs a stem of two letters before it
    if w.startswith("س") and len(w) >= 6 and w[1] in "يتن":
        return True
    prev = words[i - 1].norm if i > 0 else ""
    return prev in ("سوف", "وسوف") and w[:1] in "يت"


def find_announced(words: list[Token], taken: set[int], lex: Lexicon, quote_starts: list[int],
                   entity_starts: list[tuple[int, str]]) -> list[tuple[Match, int]]:
    """Announced agreements as (match, index of the first subject word).

    ``taken`` holds word indices already covered by lexicon triggers; ``quote_starts`` the body offsets
    where a quotation covering each word begins (-1 outside quotes); ``entity_starts`` the (offset,
    entity id) of every entity mention in the sentence.
    """
    out: list[tuple[Match, int]] = []
    for i in range(len(words)):
        if i in taken or not _future_plural(words, i):
            continue
        # where the statement starts: the quote, else the complementiser after a report cue
        lo = None
        if quote_starts[i] >= 0:
            lo = next((k for k, w in enumerate(words) if w.start >= quote_starts[i]), None)
        if lo is None:
            for k in range(i - 1, -1, -1):
                if words[k].norm in _COMPLEMENTISERS and any(
                        word_in(w.norm, lex.report_cues) for w in words[max(0, k - 6):k]):
                    lo = k + 1
                    break
        if lo is None or lo >= i:
            continue
        lo = max(lo, i - _SUBJECT_REACH)
        subject = words[lo:i]
        ids = {eid for off, eid in entity_starts if subject and subject[0].start <= off < words[i].start}
        both = any(word_in(w.norm, lex.both_sides) for w in subject)
        if both or len(ids) >= 2:
            out.append((Match(ANNOUNCED, "present", i, i, words[i].start, words[i].end,
                              future_prefix=True, dual=True, stem=verb_stem(words[i].norm)), lo))
    return out
