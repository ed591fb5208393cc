"""Events told in a relative clause on their noun: "الاتفاق الذي تم التوصل إليه في فيينا"،
"الاتفاق النووي، الذي وقّع في الرابع عشر من الشهر".

The relative clause asserts that the event took place, whatever the clause around the noun says
("إذا لم يوافق الكونجرس على الاتفاق الذي تم التوصل إليه": the vote is conditional, the deal is not);
its own words name the parties ("الذي توصلت إليه القوى الست مع إيران"). The verbs that tell an event
this way are data ([relative] told in resources/events.toml), besides the support verbs and the
lexicon's own trigger verbs.
"""
from __future__ import annotations

from ..text import fold
from ..text.tokenize import Token
from .actors import Ref, is_locative
from .triggers import Lexicon, Match, _verb_forms, word_in

RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"})
_REACH = 8  # words of a relative clause read for its parties


def _told(lex: Lexicon) -> frozenset[str]:
    """Inflected forms of the [relative] told verbs (cached in the lexicon)."""
    conf = lex.extra.setdefault("relative", {})
    if "_told" not in conf:
        conf["_told"] = frozenset(f for lemma in conf.get("told", []) for f, _ in _verb_forms(lemma))
    return conf["_told"]


def _is_relative(tok: Token) -> bool:
    return fold(tok.text) in RELATIVES or tok.norm in RELATIVES or \
        (tok.norm[:1] == "و" and tok.norm[1:] in RELATIVES)


def told_relative(words: list[Token], m: Match, lex: Lexicon) -> int | None:
    """Index of the verb of a relative clause that tells the nominal trigger ``m`` happened, when the
    relative pronoun stands within two words after it (an adjective may come between)."""
    if m.pos not in ("noun", "phrase"):
        return None
    verbs = lex.support | _told(lex)
    for k in range(m.last + 1, min(m.last + 3, len(words) - 1)):
        if not _is_relative(words[k]):
            continue
        v = words[k + 1].norm
        if word_in(v, verbs) or any(f.pos == "past" for f in lex.forms.get(v, ())):
            return k + 1
        return None
    return None


def relative_parties(body: str, words: list[Token], verb: int, refs: list[Ref], stop: int,
                     lex: Lexicon) -> list[str]:
    """Entities named in the relative clause from its verb on (at most ``_REACH`` words, before body
    offset ``stop``): persons, organisations and places that are not where it happened."""
    hi = min(words[min(len(words) - 1, verb + _REACH)].end, stop)
    out: list[str] = []
    for r in refs:
        if words[verb].start <= r.start and r.end <= hi and r.entity.id not in out:
            if r.entity.type == "LOC" and is_locative(body, r, lex):
                continue
            out.append(r.entity.id)
    return out
