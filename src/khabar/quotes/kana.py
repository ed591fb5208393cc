"""The subject of a cue in a «كان X قد <verb>» clause ("وكانت وزارة الخارجية قد قالت إن …",
"وكان الرئيس الأمريكي دونالد ترامب قد وصف رئيس وزراء كندا بأنه …"). In this pluperfect form X
is always the verb's subject, and whatever follows the verb is its object or its report, so it
is read before the verb-first rules (which take the object after the verb as its subject) and
before the speaker of the previous sentence is carried on (an unknown organisation between كان
and قد used to leave the subject empty)."""
from __future__ import annotations

from functools import cache

from ..text import Token
from .cues import folded_set
from .names import is_title
from .speakers import _COMMA, MentionIndex, Subject, _clean, body_of
from .subject_before import _governed

# The phrase between كان and قد is a noun phrase with its appositions: a few words at most.
_MAX_TOKENS = 12
_STOPS = frozenset(".:؛;!?؟()")


def kana_subject(tokens: list[Token], idx: MentionIndex, cue_first: int, floor: int,
                 end: int) -> Subject | None:
    """The subject of the cue at ``cue_first`` when its clause reads «كان X قد <cue>», the
    clause opening the sentence (from ``floor``) or following a comma ("وفي وقت سابق، كان …");
    None for any other form. ``end`` is the token after the cue (where its object starts)."""
    j = cue_first - 1
    if j <= floor or tokens[j].norm not in folded_set("subject", "kana_particles"):
        return None
    last = j - 1  # the phrase's last token
    k = _opening_kana(tokens, floor, last)
    if k is None or k >= last:
        return None  # "وكان قد أعلن": no subject written, the speaker before goes on
    x0 = k + 1
    for x in range(x0 + 1, last + 1):
        if tokens[x].norm in folded_set("narrator", "relatives") or \
                tokens[x].text in _COMMA and x < last and tokens[x + 1].norm[:1] == "و":
            # "المحكمة التي تتخذ من لاهاي مقرا لها"، "لجنة حماية الصحفيين، ومقرها نيويورك،":
            # the head noun phrase, not the clause describing it
            last = x - 1
            break
    while last > x0 and tokens[last].text in _COMMA:
        last -= 1  # "وكانت الحكومة، قد دعت"
    lo, hi = tokens[x0].start, tokens[last].end
    if tokens[x0].kind != "word" and tokens[x0].text not in "\"«“" or \
            tokens[x0].norm in folded_set("subject", "prepositions"):
        return None  # "وكان من المقرر …": no noun phrase opens the clause
    ments = [m for m in idx.within(lo, hi) if m[1] <= hi and not _governed(tokens, idx, m, x0)]
    named = [m for m in ments if m[3] == "PER" and m[4] == "name"]
    if named:
        # "وكان رئيس الوزراء البريطاني ديفيد كاميرون قد وعد": the person named in the phrase
        return Subject(named[0][2], None, True, end)
    first = [m for m in ments if m[0] <= tokens[x0].end and m[3] in ("PER", "ORG", "LOC")]
    if first:
        # "وكان الجيش الإسرائيلي قد أعلن"، "وكانت واشنطن قد حذرت": the entity opening the phrase
        return Subject(first[0][2], None, True, end)
    if tokens[x0].norm in folded_set("institutions", "bare") and \
            all(t.norm.startswith("ال") for t in tokens[x0 + 1:last + 1]):
        # "وكانت الحكومة قد قالت": an institution (cue_entities finds it named in full before)
        return Subject(None, None, True, end, (lo, hi), fallback=body_of(tokens, x0, last),
                       institution=True)
    if tokens[x0].norm in folded_set("unnamed", "heads"):
        # "وكانت مصادر سياسية رفيعة قد كشفت": an unnamed source
        return Subject(None, _clean(body_of(tokens, x0, last)), True, end)
    words = [t for t in tokens[x0:last + 1] if t.kind == "word"]
    if len(words) <= 3 and all(t.norm.startswith("ال") for t in words) and not is_title(words[0].norm):
        # "وكانت الشبكة القطرية قد أعلنت": a definite head pointing back to an organisation the
        # subject rules do not resolve; the speaker before is kept as before (usually that one)
        return None
    # an unknown phrase: cue_entities names it ("وزارة الخارجية") or keeps it as a description
    return Subject(None, None, True, end, (lo, hi))


def _opening_kana(tokens: list[Token], floor: int, last: int) -> int | None:
    """The index of the كان that opens the clause ending at ``last``: the sentence's first word
    (after و/ف) or the word after a comma; no clause break, auxiliary or subordinate clause
    between it and ``last``."""
    kana, blocked = folded_set("subject", "kana"), _blocked()
    for x in range(last, max(floor - 1, last - _MAX_TOKENS - 1), -1):
        t = tokens[x]
        if t.norm in kana:
            if x == floor or tokens[x - 1].text in _COMMA or \
                    all(tokens[y].norm in ("و", "ف") for y in range(floor, x)):
                return x
            return None
        if t.text in _STOPS or t.norm in blocked:
            return None
    return None


@cache
def _blocked() -> frozenset[str]:
    """Words that stop the search for the opening كان: auxiliaries, subordinators, clause openers."""
    return folded_set("subject", "auxiliaries") | folded_set("subject", "subordinators") | \
        folded_set("subject", "clause_openers")
