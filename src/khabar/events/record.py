"""One event's context, type, date and whether it stands in the result (a back-reference, a mention that
names no event of its own, a dropped context), recorded into the article's scope."""
from __future__ import annotations

from ..article import Event
from .actors import pick_date
from .announced import ANNOUNCED
from .context import consult_mode, event_context
from .dedupe import Mention
from .claims import give_claim
from .precision import (content_of, generic_plural, idle_talk, modal_without_party, pointed_back, speech_setting,
                        threatened_step, verbal_attack)
from .triggers import Match, word_in
from .grammar import _construct, _content_after, _self_reference

from .grouping import _own_information, _withdrawn, happened_during
from .participants import Reading
from .scope import ArticleScope, SentenceScope


def record_event(A: ArticleScope, S: SentenceScope, n: int, m: Match, R: Reading) -> None:
    """Build the event of trigger ``m`` from its reading ``R`` and append it (and its mention) to ``A``."""
    article, lex, body, refs = A.article, A.lex, A.body, A.refs
    events, mentions, dropped = A.events, A.mentions, A.dropped
    drop_contexts, drop_back, standing, act_nouns = A.drop_contexts, A.drop_back, A.standing, A.act_nouns
    links, fresh, seen_types, type_actors = A.links, A.fresh, A.seen_types, A.type_actors
    k, s, e, words, clause_of, matches = S.k, S.s, S.e, S.words, S.clause_of, S.matches
    sent_refs, verbal, supported, object_of = S.sent_refs, S.verbal, S.supported, S.object_of
    timed, sentence_events = S.timed, S.sentence_events
    quote, speaker, we, q0 = R.quote, R.speaker, R.we, R.q0
    actors, location, attached, told, agent = R.actors, R.location, R.attached, R.told, R.agent
    nisba, claimed, named_again, clause, duration = R.nisba, R.claimed, R.named_again, R.clause, R.duration
    context = event_context(words, m, clause_of, lex, reported=quote is not None)
    if told is not None:
        # the relative clause asserts the event; a condition or negation around the noun is
        # about something else ("إذا لم يوافق الكونجرس على الاتفاق الذي تم التوصل إليه")
        context = [c for c in context if c not in ("hypothetical", "negated", "future")]
    if m.entry is ANNOUNCED and "reported" not in context:
        context.append("reported")
    type_ = m.type
    if type_ == "ASSAULT" and "future" in context and (
            we or (speaker and speaker in actors and _self_reference(words, q0, m))):
        # "سوف نهاجمه"، "قالت إنها ستواصل استهداف النواب": a speaker's own attack to come is a threat
        type_ = "THREATEN"
    if type_ == "ASSAULT" and verbal_attack(words, m, sent_refs, timed, lex):
        # "هاجم ترامب الديمقراطيين": a named person attacking with no violence told attacks in words
        article.scratch.setdefault("events.rules", []).append(("verbal_attack", m.start))
        type_ = "DISAPPROVE"
    if _withdrawn(words, m, lex):
        # "قررت سحب مساندتها للحكومة": support withdrawn is a rejection
        article.scratch.setdefault("events.rules", []).append(("support_withdrawn", m.start))
        type_ = lex.extra["polarity"]["flip_to"]
        if not actors and speaker:
            # "أعلن الشريف أن كتلته قررت سحب مساندتها": withdrawing is the speaker's side's act
            actors = [speaker]
    today = any(w.norm == "اليوم" for w in words) or (
        m.pos == "present" and "future" not in context and quote is None)
    date = pick_date(article, (s, e), m.start, today and "future" not in context, clause,
                     tuple(x.start for j, x in enumerate(matches)
                           if x is not m and not (j == n + 1 and object_of[j])),
                     noun_end=m.end if m.pos in ("noun", "phrase") else None, lex=lex)
    event = Event(
        type=type_, trigger_start=m.start, trigger_end=m.end, trigger_text=body[m.start:m.end],
        mode=consult_mode(words, m, lex) if type_ == "CONSULT" else m.entry.mode,
        actors=actors, location=location, date=date, duration_minutes=duration,
        context=context, sentence=k)
    back = drop_back and m.pos == "noun" and m.definite and type_ in seen_types and \
        not _own_information(article, m, clause, duration, attached, supported[n], refs, lex,
                             type_actors.get(type_, set()))
    if drop_back and m.pos == "noun" and (m.definite or _construct(words, m, sent_refs, timed)) \
            and type_ in standing and not supported[n] \
            and duration is None and m.entry is not ANNOUNCED and id(m) not in verbal \
            and told is None and m.stem not in act_nouns:
        back = True  # "الاتفاق النووي" names a standing deal, even at its first mention
    if drop_back and not back and type_ in seen_types and \
            pointed_back(words, m, lex, set(actors) <= type_actors.get(type_, set())):
        back = True  # "هذه الغارة"، "وجرى خلال اللقاء": the known event, whatever follows
    has_time = any(t.value and t.type in ("DATE", "TIME") and clause[0] <= t.start < clause[1]
                   for t in article.times)
    content = content_of(words, matches[n - 1] if n else None, m, clause_of, lex)
    if content and sentence_events and sentence_events[-1][1] is matches[n - 1]:
        # what was agreed or demanded lends its place and date to that act ("التوصل إلى وقف
        # لإطلاق النار في جنوب سوريا")
        outer = sentence_events[-1][0]
        outer.location = outer.location or location
        outer.date = outer.date or date
    if sentence_events and sentence_events[-1][1] is (matches[n - 1] if n else None) and \
            happened_during(words, matches[n - 1], m, clause_of, lex):
        # "قتل شخصان في تظاهرة للمعارضة في نيكاراغوا": the killing is where the protest was
        outer = sentence_events[-1][0]
        if outer.location is None and attached is not None and attached not in outer.actors:
            # only a place attached to the noun, not one read further on ("… التي تزامنت مع نقل
            # السفارة إلى القدس")
            article.scratch.setdefault("events.rules", []).append(("during_place", outer.trigger_start))
            outer.location = attached
            outer.date = outer.date or date
    threatened = not content and threatened_step(words, matches[n - 1] if n else None, m, clause_of, lex)
    if threatened:
        # "هدد ترامب بالانسحاب من الاتفاق": the step is only threatened
        article.scratch.setdefault("events.rules", []).append(("threatened_step", m.start))
    idle = content or threatened or \
        speech_setting(words, m, lex, sent_refs) or modal_without_party(words, m, sent_refs) or \
        (quote is not None and idle_talk(words, m, sent_refs, lex)) or \
        generic_plural(words, m, lex, sent_refs, has_time, attached is not None,
                       bool(nisba or agent or supported[n] or object_of[n]))
    if claimed and (back or idle or named_again):
        dual = any(words[m.first].norm.endswith(m.stem + x) for x in ("ين", "ان"))
        # the attack told before takes its claimant; one only blamed adds no attack of its own
        back = idle = named_again = \
            give_claim(events, dropped, k, dual, *claimed) or claimed[1] == "blamed"
        if not back and event.location is None:
            event.location = next((ev.location for ev in reversed(events) if ev.type == "ASSAULT"
                                   and ev.location), None)
    if back or idle or named_again or drop_contexts.intersection(context):
        dropped.add(len(events))
    is_ann = m.entry is ANNOUNCED
    mentions.append(Mention(
        m.stem, is_ann, (speaker or (actors[0] if actors else None)) if is_ann else None,
        frozenset(w.norm for w in words[m.last + 1:m.last + 4]
                  if is_ann and len(w.norm) > 3 and not word_in(w.norm, links)),
        m.pos == "noun" and m.definite, _content_after(words, m, sent_refs, links),
        any(word_in(w.norm, fresh) for w in words[max(0, m.first - 4):m.last + 5])))
    seen_types.add(type_)
    type_actors.setdefault(type_, set()).update(actors)
    events.append(event)
    sentence_events.append((event, m))
