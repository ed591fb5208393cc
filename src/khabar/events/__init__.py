"""Events in the PLOVER ontology, read from the Arabic.

For each sentence: find triggers (lexicon in resources/events.toml, see ``triggers``), add agreements
announced by a speaker (``announced``), merge the triggers that name one event (a verb and its noun,
"جولة محادثات", a killing and the attack that caused it), then read each event's context (negated,
future, hypothetical, reported), actors and location from the entity layer, date from the time layer
and duration from its clause (``actors``). An event without actors in its sentence takes the
article's two main actors when a dual subject stands for them ("وعقدا الرئيسان"), else the actors of
the same kind of event in the two sentences before ("انعقدت الجولة الموسعة"). Who took part beyond the
entity layer's reach (a meeting in an adjunct, a dual subject, a speech act's speaker, the place an
attack hits, a town that never acts, a victim named after a killing) is read in ``parties`` and
``roles``; an event told in a relative clause on its noun ("الاتفاق الذي تم التوصل إليه") in
``relative``. Who is no party (a reporter of violence, a news channel, whom one supports against, a
place in construct: "قمة سنغافورة") is read in ``parties`` and ``actors``; how a clause names its subject
(an overt noun, "إنه", a noun in construct that names a standing deal) in ``grammar``. The subject a
coordinated verb, an event noun complementing the verb, or a visit during a statement share with their
sentence is read in ``carry``, as is the sentence's subject behind a pronoun on "لكنها"/"إلا أنه" or
behind a circumstantial participle ("، متوعدة بالرد"، "، مضيفة أنها سترد"); the
spot a landmark locates ("درنة شمال شرق ليبيا") in ``places``. An attack's target or casualties never
stand as its only actor, and a place that undergoes it ("تعرضت كينيا لهجمات") is where it happened
(``roles``); a named person attacking with no violence told attacks in words
(``precision``). In a direct quote the speaker is "I" or "we": a verb in the third person is
someone else's act (``roles.third_person_verb``), and talk with no party ("لقد تحدثت مع الطاقم الطبي")
is no consultation (``precision.idle_talk``).
Rules that override the general reading record where they fired in ``article.scratch["events.rules"]``
(benchmarks/events_rules.py samples them for a hand check). How the triggers of a sentence group
into events (support verbs, merging, a noun as the object of a verb, an attack told as happening in
another event: "قتل شخصان في تظاهرة … في نيكاراغوا") is read in ``grouping``.
"""
from __future__ import annotations

from ..article import Article, Event
from ..pipeline import stage
from ..text import clauses
from ..text.intervals import IntervalList
from .actors import (attached_location, construct_place, has_dual_subject, in_span, main_actors, mention_refs,
                     outside_titles, pick_actors, pick_date, pick_duration, pick_location)
from .announced import ANNOUNCED, find_announced
from .context import consult_mode, event_context
from .dedupe import Mention, fold_repeats
from .parties import (cue_speaker, dual_after, last_pair, named_before, no_speaker_side, object_only,
                      places_only, recent_speaker, reporters, speech_type, struck_place, with_partner,
                      channels, opposed)
from .claims import claimant, give_claim
from .carry import (carried_subject, circumstantial_agent, masdar_subject, participle_subject, pronoun_subject,
                    visiting_speaker)
from .objects import verb_objects
from .places import landmark_place
from .relative import relative_parties, told_relative
from .precision import (content_of, generic_plural, idle_talk, modal_without_party, pointed_back,
                        speech_setting, verbal_attack)
from .roles import (first_person, heads_of_states, nisba_agents, patient_after, struck_parties, suffered_by,
                    third_person_verb, verb_targets, victims_before, we_in)
from .triggers import Lexicon, Match, _next_ok, find_triggers, load_lexicon, sentence_words, word_in
from .grammar import (_construct, _content_after, _inherit, _named_before, _noun_subject, _overt_subject,
                      _relative_agent, _same_lemma_actors, _self_reference, content_edge)

from .grouping import (_clause_index, _folded_set, _is_object, _merge, _merge_block, _own_information, _supported,
                       _withdrawn, _word_at, happened_during)

__all__ = ["events_stage", "extract_events", "load_lexicon"]

_SPEAKER_SIDE = True
_VICTIM_TYPES = ("ASSAULT", "COERCE")  # a victim's title may say where it happened
_REACH_NOUN, _REACH_VERB = 120, 200  # characters from a trigger within which its actors are looked for first


def extract_events(article: Article, lex: Lexicon | None = None, keep_all: bool = False) -> list[Event]:
    """Events of an article whose sentences, entities, times, quantities and quotes are filled.

    Events in a context listed under [output] drop_contexts (negated, hypothetical), nominal
    back-references to an event already named, mentions that name no event of their own (``precision``:
    a press conference as the setting of a statement, a kind of event as a topic, the content of an
    announced agreement or of a demand) and repeats of an earlier event (``dedupe``) are read (they
    lend actors to later mentions) but left out of the result, unless ``keep_all``.
    """
    lex = lex or load_lexicon()
    out_conf = lex.extra.get("output", {})
    drop_contexts = set(out_conf.get("drop_contexts", []))
    drop_back = bool(out_conf.get("drop_back_references", False))
    standing = set(out_conf.get("standing_types", []))
    act_nouns = _folded_set(lex, "output", "act_nouns")
    only_places = places_only(article, lex)
    media = channels(article, lex)
    media_kept = set(lex.extra.get("actors", {}).get("channel_kept_types", []))
    body = article.body
    refs = mention_refs(article)
    name_spans = IntervalList((r.start, r.end) for r in refs if r.kind == "name")
    quotes = sorted(((q.start, q.end, q) for q in article.quotes if q.end > q.start), key=lambda x: x[0])
    events: list[Event] = []
    mentions: list[Mention] = []  # parallel to ``events``, for ``fold_repeats``
    dropped: set[int] = set()  # indices into ``events`` left out of the result
    links = _folded_set(lex, "merge", "links")
    fresh = _folded_set(lex, "merge", "fresh")
    seen_types: set[str] = set()
    type_actors: dict[str, set[str]] = {}
    # quotes overlapping the current sentence, in start order (sentences come in order): a word's
    # quote is looked up among these, not among all the article's quotes
    next_quote, open_quotes = 0, []
    for k, (s, e) in enumerate(article.sentences):
        while next_quote < len(quotes) and quotes[next_quote][0] < e:
            open_quotes.append(quotes[next_quote])
            next_quote += 1
        open_quotes = [x for x in open_quotes if x[1] > s]
        words = sentence_words(body, s, e)
        if not words:
            continue
        spans = clauses(body, s, e) or [(s, e)]
        clause_of = [_clause_index(spans, w.start) for w in words]
        # a trigger inside a person's or place's name is part of the name (بايدن، عقبة); a participle
        # entry names the act only opening a circumstantial clause ("، منددة بالهجوم"), not as an
        # adjective or a noun inside one ("المتهم"، "كان منتقدا")
        matches = [m for m in find_triggers(words, lex)
                   if not name_spans.overlaps(m.start, m.end)
                   and (not m.entry.clause_first or (m.first and not m.definite
                                                     and clause_of[m.first - 1] != clause_of[m.first]))]
        quote_of = [next((q for a, b, q in open_quotes if a <= w.start < b), None) for w in words]
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        sent_refs = in_span(refs, s, e)
        ent_starts = [(r.start, r.entity.id) for r in sent_refs]
        announced = find_announced(words, taken, lex,
                                   [q.start if q else -1 for q in quote_of], ent_starts)
        subject_of = {id(m): lo for m, lo in announced}
        matches = sorted(matches + [m for m, _ in announced], key=lambda m: m.first)
        verbal: set[int] = set()
        matches = _merge(matches, clause_of, words, _merge_block(lex), verbal)
        durations = [pick_duration(article, spans[clause_of[m.first]], lex) for m in matches]
        busy = {i for x in matches for i in range(x.first, x.last + 1)}
        sent_times = [t for t in article.times if t.start < e and s < t.end]
        timed = {i for i, w in enumerate(words) for t in sent_times
                 if t.start <= w.start < t.end or (i + 1 < len(words) and words[i + 1].start == t.start)}
        supported = [_supported(words, m, lex, clause_of, busy, timed) for m in matches]
        keep = [n for n, m in enumerate(matches)
                if not m.entry.weak or (durations[n] is not None and not m.entry.support_only) or supported[n]]
        matches = [matches[n] for n in keep]
        durations, supported = [durations[n] for n in keep], [supported[n] for n in keep]
        object_of = [bool(n) and _is_object(words, matches[n - 1], m, lex, sent_refs, timed)
                     for n, m in enumerate(matches)]
        seg_lo: list[int] = []
        sentence_events: list[tuple[Event, Match]] = []
        for n, m in enumerate(matches):
            duration = durations[n]
            quote = quote_of[m.first]
            lo = matches[n - 1].end if n else s
            if m.entry is ANNOUNCED:
                lo = words[subject_of[id(m)]].start
            elif n and matches[n - 1].entry.lends_subject and (object_of[n] or m.first - matches[n - 1].last == 1):
                lo = seg_lo[n - 1]  # "أعلن ترامب إلغاء القمة مع كيم": the cancelled summit is still Trump's
            elif object_of[n]:
                lo = m.start  # "أدان الرئيس التفجير": the attack's actors are not the condemner
            elif n and m.first - matches[n - 1].last == 2:
                # a noun one word after another trigger shares its subject ("اتفقا أثناء اتصال هاتفي");
                # right after it, it is its object ("طالب بإطلاق سراح")
                lo = seg_lo[n - 1]
            seg_lo.append(lo)
            hi = matches[n + 1].start if n + 1 < len(matches) else e
            if m.entry.lends_subject:
                # "سيلغي آبي جولة كان سيبدؤها وتشمل بلجيكا وفرنسا": names after what is called off are
                # no party to calling it off
                hi = min(hi, next((w.start for w in words[m.last + 1:m.last + 1 + m.entry.window]
                                   if _next_ok([w], -1, m.entry.next_any, 1)), hi))
            if quote is not None and quote.kind != "partial":
                lo, hi = max(lo, quote.start), min(hi, quote.end)
            seg = in_span(refs, lo, hi)
            clause = spans[clause_of[m.first]]
            # a title's place ("نائب رئيس الشرطة في دبي") is no location, but a victim's post may be one
            # ("اغتيال السفير الفرنسي في لبنان")
            titled = m.type not in _VICTIM_TYPES
            attached = attached_location(article, outside_titles(in_span(refs, m.end, e), titled),
                                         (m.start, m.end), lex, m.type,
                                         m.pos in ("noun", "phrase"),
                                         m.entry.mode == "visit" and m.pos in ("past", "present"))
            attached = attached or struck_place(body, words, m, sent_refs, lex, clause[1])
            construct = construct_place(article, sent_refs, (m.start, m.end), lex, m.type) \
                if m.pos == "noun" and not m.definite else None
            attached = construct or attached
            location = attached or pick_location(article, outside_titles(seg, titled), m.start, lex)
            # (a town after the verb stays: the towns rule below makes it the location)
            objs = verb_objects(body, words, m, sent_refs, hi, lex) - only_places
            actors = pick_actors(article, [r for r in in_span(refs, lo, content_edge(words, m, lex, hi, sent_refs))
                                           if r.entity.id not in objs],
                                 (m.start, m.end), location, lex, clause=clause,
                                 reach=_REACH_NOUN if m.pos in ("noun", "phrase") else _REACH_VERB)
            # a nationality adjective on the subject, before the trigger or just after it
            w_lo = _word_at(words, lo, m.first)
            w_hi = min(m.last + 7, matches[n + 1].first if n + 1 < len(matches) else len(words))
            nisba = [a for a in nisba_agents(article, words, w_lo, w_hi, m, sent_refs, lex) if a != location]
            actors = nisba + [a for a in actors if a not in nisba]
            heads = heads_of_states(article, words, m, sent_refs, lex)
            if heads:
                # "اجتماع رؤساء إيران وروسيا وتركيا": the presidents met, not the states
                actors = list(dict.fromkeys(heads.get(a, a) for a in actors))
                actors += [p for p in heads.values() if p not in actors]
            agent = _relative_agent(words, m, sent_refs, lex) if m.pos in ("noun", "phrase") else None
            if agent:
                actors = [agent]  # "غارة جوية شنتها قوات التحالف": the agent of the relative verb
            told = told_relative(words, m, lex)
            if told is not None and not agent:
                # "الاتفاق الذي توصلت إليه القوى الست مع إيران": the parties are named in the relative
                # clause, not in the clause around the noun
                stop = matches[n + 1].start if n + 1 < len(matches) and matches[n + 1].first > told else e
                actors = relative_parties(body, words, told, sent_refs, stop, lex) or \
                    _same_lemma_actors(events, mentions, m.stem, m.type) or actors
            carried = carried_subject(words, m, sentence_events[-1] if sentence_events else None, sent_refs,
                                      timed, lex)
            if carried and not set(carried) <= set(actors):
                # "قام بزيارة … والتقى مع زعيمها كيم": the coordinated verb's subject is the one before
                article.scratch.setdefault("events.rules", []).append(("subject_carried", m.start))
                actors = carried + [a for a in actors if a not in carried]
            if quote is None and not carried:
                opener = pronoun_subject(words, m, sent_refs, timed, lex)
                if opener and actors[:1] != [opener]:
                    # "وتنفذ تركيا … ضربات … لكنها أيضا هددت": the pronoun is the sentence's subject
                    article.scratch.setdefault("events.rules", []).append(("pronoun_subject", m.start))
                    actors = [opener] + [a for a in actors if a != opener]
            if (quote is None or quote.speaker is None) and not carried:
                circ = participle_subject(words, m, sent_refs, timed, clause_of, lex)
                if circ and actors[:1] != [circ]:
                    # "أكدت المملكة … ، متوعدة بالرد"، "وردت تركيا … ، مضيفة أنها سترد": the sentence's subject
                    article.scratch.setdefault("events.rules", []).append(("participle_subject", m.start))
                    actors = [circ] + [a for a in actors if a != circ]
            agent_of = masdar_subject(words, m, sent_refs, timed, matches, lex) if quote is None else None
            if agent_of and agent_of not in actors:
                # "استهل الوزير جولته بالاجتماع بأمير الكويت": the sentence's subject met the emir
                article.scratch.setdefault("events.rules", []).append(("masdar_subject", m.start))
                actors = [agent_of] + actors
            speaker = quote.speaker if quote is not None else None
            if quote is None:
                # "his visit" is the nearest person's named before it ("أعلنت السلطات أن أمير قطر قرر …
                # خلال زيارته"), else the speaker's
                visitor = visiting_speaker(words, m, next((r.entity.id for r in reversed(sent_refs)
                                                           if r.entity.type == "PER" and r.end <= m.start),
                                                          next((q.speaker for a, b, q in quotes
                                                                if s <= a < e and q.speaker), None)), lex)
                if visitor and visitor != location and actors[:1] != [visitor]:
                    # "وقال بوتين خلال زيارته لأنقرة إن …": the speaker is the visitor
                    article.scratch.setdefault("events.rules", []).append(("visiting_speaker", m.start))
                    actors = [visitor] + [a for a in actors if a != visitor]
            named_again = False
            we = speaker is not None and first_person(words, m, _word_at(words, quote.start, 0))
            if we or (m.entry.speaker_actor and speaker):
                body_of = we_in(words, m, _word_at(words, quote.start, 0), sent_refs) if we else None
                front = [x for x in (body_of, speaker) if x]
                actors = front + [a for a in actors if a not in front]
            elif speaker and speaker not in actors and not any(r.start < m.start for r in seg) and not nisba \
                    and not _noun_subject(words, _word_at(words, quote.start, m.first), m, sent_refs) \
                    and _SPEAKER_SIDE and (supported[n] or (not no_speaker_side(lex, m.type) and (
                        m.pos in ("past", "present") or m.first - _word_at(words, quote.start, m.first) <= 2))):
                # reported speech whose subject is only a pronoun ("أعلنت تركيا أن طائراتها شنت
                # هجمات"), or an announced nominal event ("أعلنت الحركة حصول اتفاق"): the act is the
                # speaker's side; violence a speaker only reports ("وذكر أن 100 قتلوا") is not, unless
                # a support verb makes it an act told of someone ("شنت هجمات")
                actors = actors + [speaker]
            q0 = _word_at(words, quote.start, 0) if quote is not None else 0
            if speaker and speaker not in actors and not we and _self_reference(words, q0, m) \
                    and (m.pos in ("past", "present") or any(word_in(w.norm, lex.support)
                                                             for w in words[q0 + 1:m.first])) \
                    and not any(r.entity.type in ("PER", "ORG") and words[q0].end <= r.start < m.start
                                for r in sent_refs):
                # "قال إنه يتابع الوضع في مالي التي زارها"، "قال إنه يدين الجرائم التي ارتكبها الجيش"،
                # "أعلنت أنها ستعقد جولة محادثات": after "إنه" a verb (or a support verb and its noun)
                # with no subject named before it is the speaker's own act; what follows is its object
                actors = [speaker] + actors
            if m.entry is ANNOUNCED:
                actors = [a for a in actors if a != location]
                if not actors:
                    actors = main_actors(article, 2, ("PER",)) or main_actors(article, 2, ("LOC", "ORG"))
                if quote is not None and quote.speaker and quote.speaker not in actors:
                    actors.insert(0, quote.speaker)
            elif m.pos == "noun" and not m.definite and m.first and clause_of[m.first - 1] != clause_of[m.first] \
                    and any(p.pos in ("past", "present") and ev.actors for ev, p in sentence_events):
                # a circumstantial participle opening its clause ("، مطالبة بوقف فوري") has the
                # subject of the main verb
                actors = next(ev.actors for ev, p in reversed(sentence_events)
                              if p.pos in ("past", "present") and ev.actors)[:]
            elif (pair := with_partner(article, words, m, sent_refs, lex, (s, e), hi)) is not None:
                actors = pair  # "خلال لقاء مع نظيره": the sentence's subject and the one after "مع"
            elif not actors and construct and \
                    (same := _named_before(events, mentions, m.stem, m.type, construct)):
                # "قمة سنغافورة" after "القمة التاريخية التي جمعته بكيم": the summit told before, now
                # named by its place
                actors = list(same.actors)
                same.location = same.location or construct
                named_again = True
            elif not actors:
                first_word = next((i for i, w in enumerate(words) if w.start >= lo), m.first)
                if has_dual_subject(words, first_word, m.first, lex, m.dual) or dual_after(words, m, lex):
                    actors = last_pair(events, m.type, article) or main_actors(article, 2)
                elif _overt_subject(words, m, sent_refs, clause_of):
                    pass  # a subject the entity layer did not read ("وتطالب المعارضة"): not the last actors
                elif sentence_events and sentence_events[-1][0].actors and not object_of[n] \
                        and quote_of[sentence_events[-1][1].first] is quote and not m.definite:
                    # "وسيتم خلالها إمضاء 6 اتفاقيات"; never across a quote's edge, and a definite noun
                    # ("المواجهات") names an event of its own, whose actors are not the sentence's
                    actors = list(sentence_events[-1][0].actors)
                else:
                    actors = _inherit(events, m.type, k)
            if speech_type(lex, m.type) and not named_before(sent_refs, clause, m) and not we:
                said_by = cue_speaker(article, e, m, words)
                if said_by is None and object_only(words, m, sent_refs):
                    since = article.sentences[max(0, k - 2)][0]
                    said_by = recent_speaker(article, m.start, since)
                if said_by:
                    actors = [said_by] + [a for a in actors if a != said_by]
            told_by = reporters(words, m, sent_refs, lex, s)
            if told_by and not agent and not nisba:
                # "أعلنت وزارة الداخلية مقتل رجل أمن في انفجار": who tells of an attack is no party to it
                actors = [a for a in actors if a not in told_by]
            claimed = claimant(body, words, m, sent_refs, refs, lex, clause[0], s,
                               article.sentences[max(0, k - 2)][0], timed)
            if claimed and claimed[1] == "denied":
                actors = [a for a in actors if a != claimed[0]]
                claimed = None
            if claimed:
                # "أعلن تنظيم داعش مسؤوليته عن الهجوم": who claims an attack is its agent
                article.scratch.setdefault("events.rules", []).append(("claimed", m.start))
                actors = [claimed[0]]
            victim = patient_after(words, m, sent_refs, lex)
            if victim and victim in actors:
                actors = [a for a in actors if a != victim]  # "قتل الفلسطينيين": the killed are no party
            suffered = suffered_by(body, words, m, sent_refs, lex) if m.type == "ASSAULT" else set()
            if suffered:
                # "وتعرضت كينيا لسلسلة من هجمات": the place that underwent it is where it happened
                article.scratch.setdefault("events.rules", []).append(("assault_suffered", m.start))
                places = [r.entity.id for r in sent_refs if r.entity.id in suffered and r.entity.type == "LOC"]
                location = location or (places[0] if places else None)
                actors = [a for a in actors if a not in places]
            if actors and m.type == "ASSAULT":
                # Beside its agent, an attack's target is a participant ("شنت تركيا غارات على مواقع
                # الحزب": Turkey and the party); alone, it would read as the attacker, so it is left out
                # ("هجمات دامية على قوات الأمن"، "قتل عنصران من الشرطة … في هجوم": no actor is known)
                struck = struck_parties(body, words, m, sent_refs, lex) | suffered | \
                    verb_targets(words, m, sent_refs, lex)
                victims = victims_before(body, words, m, sent_refs, lex)
                if set(actors) <= struck | victims:
                    rule = "assault_target" if set(actors) & struck else "assault_victims"
                    article.scratch.setdefault("events.rules", []).append((rule, m.start))
                    # a struck place is where it happened ("الغارة التي استهدفت مطار التيفور")
                    location = location or next((a for a in actors if a in only_places), None)
                    actors = []
            if speaker and speaker in actors and quote.kind == "direct" and not we \
                    and third_person_verb(words, m, lex, sent_refs) \
                    and not any(r.entity.id == speaker for r in in_span(refs, quote.start, quote.end)):
                # "قال عبد الرحمن: "استهدفت الغارة المشفى""، "قال: "قصفوا القرية"": in his own words a
                # speaker is "I" or "we"; a verb in the third person tells of someone else's act
                article.scratch.setdefault("events.rules", []).append(("direct_third_person", m.start))
                actors = [a for a in actors if a != speaker]
            against = opposed(body, words, m, sent_refs, lex)
            if against:
                actors = [a for a in actors if a not in against]  # "تدعم المعارضة ضد قوات الأسد"
            if media and m.type not in media_kept:
                # "مقابلة أجرتها معه شبكة فوكس نيوز": a channel is no party; but a paper that criticises
                # stands first as the subject of the speech act ("انتقدت صحيفة … الرئيس")
                lead = actors[0] if actors and speech_type(lex, m.type) else None
                actors = [a for a in actors if a not in media or a == lead]
            towns = [a for a in actors if a in only_places]
            if towns:
                # a town or a region is where it happened, never a party
                actors = [a for a in actors if a not in only_places]
                location = location or towns[0]
            spot = landmark_place(article, sent_refs, location, (m.start, m.end), actors, lex)
            if spot:
                # "قبالة ميناء درنة شمال شرق ليبيا": the place a landmark locates is where it happened
                article.scratch.setdefault("events.rules", []).append(("location_landmark", m.start))
                location = spot
                actors = [a for a in actors if a != spot]
            if objs and set(actors) - objs:
                # "اتهم منوتشين الروس بشن هجمات": the accused is the target, no party
                article.scratch.setdefault("events.rules", []).append(("verb_object", m.start))
                actors = [a for a in actors if a not in objs]
            if m.entry.clause_first:
                # "، منددة بشدة بهذا العمل": the main verb's subject condemns; a place named before is
                # the main clause's, not the condemnation's
                actors = circumstantial_agent(words, m, sent_refs, timed, lex, speaker, next(
                    (ev.actors for ev, p in reversed(sentence_events) if p.pos in ("past", "present")), None))
                actors = [a for a in actors if a not in only_places]
                location = None
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
            idle = content or \
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
    if not keep_all:
        fold_repeats(events, mentions, body, dropped)
    return [ev for i, ev in enumerate(events) if keep_all or i not in dropped]


@stage("events", requires=("sentences", "entities", "times", "quantities", "quotes"), provides=("events",))
def events_stage(article: Article) -> None:
    """Fill ``article.events``; a failure leaves the layer empty with a warning, never an exception."""
    try:
        article.events = extract_events(article)
    except Exception as err:  # noqa: BLE001 — bad input must not stop the pipeline
        article.events = []
        article.warnings.append(f"events: {type(err).__name__}: {err}")
