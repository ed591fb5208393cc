"""Event context: is the event negated, in the future, conditional, or reported by a speaker?

Arabic marks these with words right before the trigger (لم، لن، لا، سوف، the prefix سـ), words after a
nominal trigger (القمة المقبلة), or a cue earlier in the clause (إذا، لو). The cue words are data
(resources/events.toml, [context]).
"""
from __future__ import annotations

from ..text.tokenize import Token
from .triggers import Lexicon, Match, word_in


def _any(words: list[Token], lo: int, hi: int, cue: frozenset[str]) -> int | None:
    """Index of the last word in ``words[lo:hi]`` that is one of ``cue`` (None if none)."""
    for k in range(min(hi, len(words)) - 1, max(lo, 0) - 1, -1):
        if word_in(words[k].norm, cue):
            return k
    return None


def _plain(words: list[Token], lo: int, hi: int, cue: frozenset[str]) -> int | None:
    """Like ``_any`` but on the bare folded word (for short particles that clitic readings would blur)."""
    for k in range(min(hi, len(words)) - 1, max(lo, 0) - 1, -1):
        w = words[k].norm
        if w in cue or (w[:1] in "وف" and w[1:] in cue):
            return k
    return None


def _is_future_verb(norm: str, lex: Lexicon) -> bool:
    if norm[:1] in "وف" and len(norm) > 4:
        norm = norm[1:]
    return norm[:1] == "س" and len(norm) > 3 and norm[1] in "يتن" and (
        norm[1:] in lex.support or any(f.pos == "present" for f in lex.forms.get(norm[1:], ())))


def event_context(words: list[Token], m: Match, clause_of: list[int], lex: Lexicon,
                  reported: bool = False) -> list[str]:
    """Context labels for one trigger: ``negated``, ``future``, ``hypothetical``, ``reported``."""
    cues = lex.cues
    out: list[str] = []
    first = m.first
    clause = clause_of[first] if clause_of else 0
    clause_lo = first
    while clause_lo > 0 and clause_of and clause_of[clause_lo - 1] == clause:
        clause_lo -= 1

    # A verb is negated by the particle right before it; a noun by the particle before its verb
    # ("لم يقدم لها عرضا للشراكة"), never across a complementiser ("لا يقبل الشك أن اعتقال").
    reach = 2 if m.pos in ("past", "present") else 4
    comp = _plain(words, max(clause_lo, first - reach), first, cues.get("complementisers", frozenset()))
    neg_lo = max(clause_lo, first - reach) if comp is None else comp + 1
    neg = _plain(words, neg_lo, first, cues.get("negation", frozenset()))
    if neg is None:
        # "نفى أن ..." denies what follows the complementiser; "ونفى الانفصاليون مهاجمة قوات" and "نفيه
        # الهجوم" deny the act named right after (the subject may stand between).
        den = _any(words, 0, first, cues.get("denial", frozenset()))
        if den is not None and any(w.norm in ("ان", "بان") for w in words[den + 1:first]):
            neg = den
        elif den is not None and m.pos in ("noun", "phrase") and first - den <= 3 and \
                not any(w.norm in ("ان", "بان", "انه", "انها") for w in words[den + 1:first]):
            neg = den
    if neg is not None:
        out.append("negated")

    future = m.future_prefix
    if not future and _plain(words, first - 2, first, frozenset({"سوف", "لن"})) is not None:
        future = True
    if not future and _any(words, max(0, first - 4), first, cues.get("future_before", frozenset())) is not None:
        future = True
    if not future and m.pos in ("noun", "phrase") and any(
            _is_future_verb(w.norm, lex) for w in words[max(clause_lo, first - 4):first]):
        future = True  # a future support verb carries its noun: ستجريان مشاورات، سننطلق في معركتنا
    if not future and m.pos in ("noun", "phrase"):
        if _any(words, m.last + 1, m.last + 4, cues.get("future_after", frozenset())) is not None:
            future = True
    if future:
        out.append("future")

    hyp = cues.get("hypothetical", frozenset())
    if _any(words, max(clause_lo, first - 8), first, hyp) is not None or \
            _plain(words, max(0, first - 8), first, frozenset({"اذا", "لو"})) is not None or \
            _generic(words, first, lex) or _irrealis(words, m, lex, clause_lo) or \
            (m.pos in ("noun", "phrase") and
             _any(words, m.last + 1, m.last + 3, cues.get("hypothetical_after", frozenset())) is not None):
        out.append("hypothetical")
    if reported:
        out.append("reported")
    return out


def _seq_before(words: list[Token], first: int, phrases: frozenset[str], reach: int) -> bool:
    """Whether one of ``phrases`` (one or two folded words) ends within ``reach`` words before ``first``."""
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        one = words[k].norm
        if one in phrases or (one[:1] in "وف" and one[1:] in phrases):
            return True
        if k > 0:
            two = words[k - 1].norm + " " + one
            if two in phrases or (two[:1] in "وف" and two[1:] in phrases):
                return True
    return False


def _generic(words: list[Token], first: int, lex: Lexicon) -> bool:
    """A generic agent before the trigger ("كل من يستهدف"، "أي أحد سيضربنا"): nothing happened yet."""
    return _seq_before(words, first, lex.cues.get("generic_before", frozenset()), 3)


def _irrealis(words: list[Token], m: Match, lex: Lexicon, clause_lo: int = 0) -> bool:
    """A nominal trigger that is only demanded, allowed or prevented ("للمطالبة بإطلاق سراح")."""
    if m.pos not in ("noun", "phrase"):
        return False
    cue = lex.cues.get("irrealis_before", frozenset())
    # within the trigger's clause: "من أجل حقوقهم، داعية إلى تحقيق" is a call that was made
    k = _any(words, max(0, clause_lo, m.first - 4), m.first, cue)
    if k is None:
        return False
    # "من أجل نجاح القمة": the success is sought, the summit itself is told as real
    unless = lex.cues.get("irrealis_unless", frozenset())
    return not any(word_in(w.norm, unless) for w in words[k + 1:m.first])


def consult_mode(words: list[Token], m: Match, lex: Lexicon) -> str | None:
    """Mode of a CONSULT event: the lexicon entry's mode unless a nearby word says otherwise."""
    for mode, cue in lex.modes.items():
        # a verb's subject can stand between it and the mode word (بحث الرئيس ماكرون هاتفيا)
        after = 7 if m.pos in ("past", "present") else 4
        if _any(words, m.first - 3, m.last + after, cue) is not None:
            return mode
    return m.entry.mode
