"""How the triggers of a sentence group into events: a weak trigger stands on a support verb, triggers
of one type standing close name one event, a nominal trigger may be the object of the verb before it,
and a definite noun names a new event only with information of its own. Split out of the events
stage (same behaviour)."""
from __future__ import annotations

from ..article import Article
from ..text import fold, tokenize
from .actors import in_span, is_locative
from .triggers import Lexicon, Match, word_in

_MERGE_GAP = 3  # words between two triggers of one type that still name one event


def _clause_index(spans: list[tuple[int, int]], offset: int) -> int:
    for k, (a, b) in enumerate(spans):
        if a <= offset < b:
            return k
    return len(spans) - 1


def _merge_block(lex: Lexicon) -> frozenset[str]:
    conf = lex.extra.setdefault("merge", {})
    if "_folded" not in conf:
        conf["_folded"] = frozenset(fold(w) for w in conf.get("block", []))
    return conf["_folded"]


_SUPPORT_REACH = 10  # words back to a support verb whose subject stands between ("عقد مجلس الأمن جلسة")


def _supported(words, m: Match, lex: Lexicon, clause_of: list[int] | None = None,
               taken: set[int] | None = None, timed: set[int] = frozenset()) -> bool:
    """A weak trigger stands when a support verb (عقد، انعقدت، أجرى, or the entry's own: وجه اتهاما) is
    just before it, or, for a weak entry, further back in its clause with only its subject between
    ("ووجه مولر خلال فبراير 13 اتهاما"): no other trigger there."""
    verbs = lex.support | m.entry.support
    if m.entry.weak and _prepositional(words[m.first].norm):
        return False  # "واصلت الأسعار مكاسبها للجلسة الرابعة": a support verb takes its noun bare
    for k in range(m.first - 1, max(-1, m.first - 1 - _SUPPORT_REACH), -1):
        if k < m.first - 2 and (not m.entry.weak or clause_of is None or clause_of[k] != clause_of[m.first]
                                or (taken and k in taken)
                                or (_prepositional(words[k + 1].norm) and k + 1 not in timed)):
            # "بدأنا في دبلجة الأعمال … في الحوار": a preposition ends the verb's reach, unless it
            # opens a time ("ووجه مولر في فبراير 13 اتهاما")
            return False
        if word_in(words[k].norm, verbs):
            return True
    return False


_PREPOSITIONS = frozenset({"في", "فى", "الى", "إلى", "على", "علي", "من", "عن", "مع", "حول"})


def _prepositional(norm: str) -> bool:
    """A preposition, or a word with ب or ل glued to it (not the article)."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
    return bare in _PREPOSITIONS or (bare[:1] in "بل" and len(bare) > 3
                                     and (bare[1:3] == "ال" or bare.startswith("لل")))


def _merge(matches: list[Match], clause_of: list[int], words=(), block: frozenset[str] = frozenset(),
           verbal: set[int] | None = None) -> list[Match]:
    """One event per trigger group: drop weak triggers beside a strong one of the same type, and
    fold a trigger into the previous one of its type in the same clause when they stand close."""
    strong_types = {m.type for m in matches if not m.entry.weak}
    firm_types = {m.type for m in matches if not m.entry.weak and not m.entry.yields}
    kept = [m for m in matches if not (m.entry.weak and m.type in strong_types)
            and not (m.entry.yields and m.type in firm_types)]
    out: list[Match] = []
    for m in kept:
        prev = next((p for p in reversed(out) if p.type == m.type), None)
        if prev is not None and clause_of[prev.last] == clause_of[m.first] and \
                m.first - prev.last - 1 <= _MERGE_GAP and \
                not any(word_in(w.norm, block) for w in words[prev.last + 1:m.first]):
            if verbal is not None and m.pos in ("past", "present"):
                verbal.add(id(prev))  # "الاتفاق الذي أبرمته إيران": the noun is told with a verb
            continue
        out.append(m)
    return out


def _withdrawn(words, m: Match, lex: Lexicon) -> bool:
    """Whether a [polarity] flip_from trigger stands right after a word of withdrawal ("سحب مساندتها")."""
    conf = lex.extra.get("polarity", {})
    if m.type != conf.get("flip_from") or not conf.get("flip_to") or not m.first:
        return False
    return words[m.first - 1].norm in _folded_set(lex, "polarity", "withdraw")


def _word_at(words, offset: int, default: int) -> int:
    return next((i for i, w in enumerate(words) if w.start >= offset), default)


def _is_object(words, prev: Match, m: Match, lex: Lexicon, refs=(), timed: set[int] = frozenset()) -> bool:
    """Whether a nominal trigger is the object of the verb trigger before it, with at most its subject
    between: up to three words ("أدان الرئيس التفجير"), or only the words of a named subject and of a
    time (word indices in ``timed``: "اعتبر الرئيس التركي رجب طيب أردوغان العقوبات طعنة"، "ودان رئيس
    الوزراء عمر الرزاز السبت الهجوم"). A preposition between links them instead ("اتفقا
    أثناء اتصال هاتفي")."""
    if prev.pos not in ("past", "present") or m.pos not in ("noun", "phrase"):
        return False
    between = words[prev.last + 1:m.first]
    named = all(any(r.start <= w.start < r.end for r in refs) or k in timed
                for k, w in enumerate(between, prev.last + 1))
    if (len(between) > 3 and not (named and len(between) <= 10)) or (between and between[0].start < prev.end):
        return False
    if words[m.first].norm[:1] in "بلك" and not words[m.first].norm.startswith("ال"):
        return False  # "طالب بإطلاق"، "ندد بالقصف": a prepositional complement, read as before
    links = _folded_set(lex, "merge", "links")
    return not any(word_in(w.norm, links) for w in between)


def _folded_set(lex: Lexicon, section: str, key: str) -> frozenset[str]:
    conf = lex.extra.setdefault(section, {})
    if "_" + key not in conf:
        conf["_" + key] = frozenset(fold(w) for w in conf.get(key, []))
    return conf["_" + key]


def _own_information(article: Article, m: Match, clause: tuple[int, int], duration, location,
                     supported: bool, refs, lex: Lexicon, known: set[str]) -> bool:
    """Whether a nominal mention carries what makes it a new event: its own duration, date or place in
    its clause, a support verb ("شنت الهجمات"), or a participant named right after it that no earlier
    event of its type had ("بعد لقائه رئيس الوزراء الياباني"، "للتفاوض مع طالبان"). ``known`` holds
    the actors of the earlier events of its type."""
    if duration is not None or supported or location is not None:
        return True
    for r in in_span(refs, m.end, clause[1]):
        toks = [t for t in tokenize(article.body, m.end, r.start)]
        if any(t.kind == "punct" for t in toks) or len(toks) > 3:
            break
        if r.entity.id not in known:
            return True
    if any(t.value and t.type in ("DATE", "TIME") and clause[0] <= t.start < clause[1] for t in article.times):
        return True
    return any(is_locative(article.body, r, lex) for r in in_span(refs, m.end, clause[1]))


_DURING_REACH = 6  # words from an attack's trigger to the event noun it happened in


def happened_during(words, prev: Match | None, m: Match, clause_of: list[int], lex: Lexicon) -> bool:
    """Whether ``prev`` (an attack) is told as happening in the event noun ``m`` of another type: "قتل
    شخصان في تظاهرة للمعارضة في نيكاراغوا", "قتل محتج خلال احتجاجات في البصرة". The noun stands right
    after a [merge] during word, a few words after ``prev`` in its clause; the attack then takes the
    place (and date) read for the noun when it has none of its own."""
    if prev is None or prev.type not in lex.extra.get("merge", {}).get("during_types", ()) \
            or m.type == prev.type or m.pos not in ("noun", "phrase") or not m.first:
        return False
    if m.first - prev.last > _DURING_REACH or clause_of[prev.last] != clause_of[m.first]:
        return False
    return words[m.first - 1].norm in _folded_set(lex, "merge", "during")
