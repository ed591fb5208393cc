"""Who acted in an event told as the cause or the occasion of another: not the main clause's subject.

"تم تحويل مسار الرحلة بعد إطلاق صواريخ"، "أخلى الجيش مطاراته إثر التهديدات الأمريكية"، "طردت بريطانيا
دبلوماسيين على خلفية تسميم الجاسوس"، "قتل العميد بعد مواجهات": an event noun right after a connective of
cause or sequence ([causes] connectives) stands in an adverbial of the main clause, whose subject is who
reacted, fled or suffered, seldom who did the earlier deed. The general reading lends the clause's names
to the noun; this rule keeps only the names after the noun (its own genitive or complement: "بعد رفض
إيطاليا"، "إثر هجوم شنه التنظيم"). A noun with a possessive pronoun ("بعد لقائه"، "عقب اعتقاله") points
back to a party named before and is left alone, as are meetings and visits (not in [causes] types):
"وصل الرئيس بعد زيارة" is the president's own visit. Set on the result only, as crowds and undergone.
"""
from __future__ import annotations

from ..text import fold
from ..text.tokenize import Token
from .actors import Ref
from .roles import demonym_country
from .triggers import Lexicon, Match, word_in

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def _conf(lex: Lexicon) -> dict:
    conf = lex.extra.setdefault("causes", {})
    if "_connectives" not in conf:
        conf["_connectives"] = frozenset(fold(w) for w in conf.get("connectives", []))
        conf["_mutual"] = frozenset(fold(w) for w in conf.get("mutual", []) + conf.get("own", []))
        conf["_agent_verbs"] = frozenset(fold(w) for w in conf.get("agent_verbs", []))
        # two-word connectives ("على خلفية"، "في أعقاب"، "ردا على") by their last word
        conf["_pairs"] = {tuple(fold(x) for x in w.split()) for w in conf.get("pairs", [])}
    return conf


def _after_connective(words: list[Token], first: int, conf: dict) -> bool:
    if first < 1:
        return False
    prev = words[first - 1].norm
    # the connective as written, with at most a conjunction: no other clitic reading ("بعدة غارات" is
    # "with several raids", not "after")
    if prev in conf["_connectives"] or (prev[:1] in "وف" and prev[1:] in conf["_connectives"]):
        return True
    if first >= 2:
        pair = (words[first - 2].norm, prev)
        bare = (pair[0][1:] if pair[0][:1] in "وف" and len(pair[0]) > 2 else pair[0], prev)
        return pair in conf["_pairs"] or bare in conf["_pairs"]
    return False


def cause_actors(body: str, words: list[Token], m: Match, refs: list[Ref], actors: list[str],
                 agent: str | None, nisba: list[str], lex: Lexicon) -> list[str] | None:
    """The actors an event noun after a connective of cause keeps (those named after it in its clause, or
    ``nisba`` agents when a nationality adjective follows it), or None when the rule does not apply."""
    conf = _conf(lex)
    if m.type not in set(conf.get("types", [])) or m.pos not in ("noun", "phrase") or not actors:
        return None
    if agent is not None:
        return None  # "إثر هجوم شنه التنظيم": the relative clause names the agent
    if not _after_connective(words, m.first, conf):
        return None
    head = body[words[m.first].start:words[m.first].end]
    if head.endswith(_PRONOUNS):
        return None  # "بعد لقائه"، "عقب اعتقالها": the pronoun names the party before
    if word_in(words[m.first].norm, conf["_mutual"], taa_marbuta=True):
        return None  # "سيطر الجيش على المواقع بعد معارك مع الحوثيين"، "إثر عملية عسكرية": the subject's own
    if any(c in body[words[m.first - 1].start:m.start] for c in "،,.:;؛!?؟()\n"):
        return None
    # the noun's clause: up to the next punctuation ("بسبب المعارك في اليمن، كما أعلن الوزير")
    stop = next((i for i in range(m.end, len(body)) if body[i] in "،,.:;؛!?؟\n"), len(body))
    lo = m.end
    verb = next((k for k in range(m.last + 1, min(m.last + 4, len(words))) if words[k].start < stop
                 and word_in(words[k].norm, conf["_agent_verbs"])), None)
    if verb is not None:
        # "بعد هجوم عنيف شنته": the agent is the verb's subject, named after it or, when only a pronoun
        # stands for it, the main clause's subject (left to the general reading)
        lo = words[verb].end
        if not any(lo <= r.start < stop for r in refs):
            return None
    after = {r.entity.id for r in refs if lo <= r.start < stop}
    # a nationality adjective names the agent: right after the noun ("إثر انتقادات كندية للسعودية") or
    # after the agent's verb ("هجمات شنتها القوات الحكومية السورية")
    span = words[verb + 1:verb + 5] if verb is not None else words[m.last + 1:m.last + 3]
    if any(demonym_country(w.norm) for w in span if w.start < stop):
        after |= set(nisba)
    return [a for a in actors if a in after]
