"""Who undergoes criticism, threats or sanctions is no party to them.

"وتعرضت الزعيمة البورمية لانتقادات حادة"، "ويواجه العبادي انتقادات بشأن الفساد"، "أثار القرار انتقادات
واسعة من المعارضة"، "تتعرض إيران لعقوبات": a verb of undergoing ([undergo] verbs) governs the event noun, and
whoever is named before the noun (its subject, a title, the cause) is the target. The critic, when named at
all, follows the noun ("انتقادات من المعارضة"، "انتقادات المعارضة"); the names the general reading lent to the
noun from before it, or from earlier sentences, are dropped. Attacks have their own rule (roles.suffered_by).
"""
from __future__ import annotations

from ..text.tokenize import Token
from .actors import Ref, _folded_list
from .roles import demonym_country
from .triggers import Lexicon, Match, word_in


def undergone_actors(body: str, words: list[Token], m: Match, refs: list[Ref], actors: list[str],
                     nisba: list[str], lex: Lexicon) -> list[str] | None:
    """The actors an undergone event noun keeps (those named after it in its sentence, or ``nisba`` agents
    when a nationality adjective follows it), or None when no verb of undergoing governs it."""
    conf = lex.extra.get("undergo", {})
    if m.type not in set(conf.get("types", [])) or m.pos not in ("noun", "phrase") or not actors:
        return None
    verbs = _folded_list(lex, "undergo", "verbs")
    reach = int(conf.get("reach", 8))
    v = next((k for k in range(m.first - 1, max(-1, m.first - 1 - reach), -1) if word_in(words[k].norm, verbs)), None)
    if v is None or any(c in body[words[v].end:m.start] for c in "،,.:;؛!?؟()\"«»\n"):
        return None
    head = words[m.first].norm
    if (head[1:] if head[:1] in "وف" else head).startswith("ب"):
        return None  # "أثارت شبح الحرب بعقوبات جديدة": an instrument, not what is undergone
    if words[v].norm.lstrip("وفبل").startswith("ال"):
        return None  # a verbal noun ("أو التعرض إلى عقوبات") has no subject of its own before it
    # the words between are the subject, a title or a link ("لسلسلة من"), never another predicate
    between = words[v + 1:m.first]
    if any(word_in(w.norm, _folded_list(lex, "undergo", "stop")) for w in between):
        return None
    after = {r.entity.id for r in refs if r.start >= m.end}
    if any(demonym_country(w.norm) for w in words[m.last + 1:m.last + 3]):
        after |= set(nisba)  # a nationality adjective right after the noun names the critic ("انتقادات إسرائيلية")
    return [a for a in actors if a in after]
