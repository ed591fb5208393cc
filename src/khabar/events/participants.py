"""Who took part in one event and where: the trigger's segment of the sentence, its location, its actors
and the rules that correct them (carried subjects, the speaker's side, fallbacks when no actor is named,
claimants, victims, targets, reporters, channels, towns, objects of directed verbs)."""
from __future__ import annotations

from dataclasses import dataclass

from .actors import (attached_location, construct_place, has_dual_subject, in_span, main_actors, outside_titles,
                     pick_actors, pick_location)
from .announced import ANNOUNCED
from .parties import (cue_speaker, dual_after, last_pair, named_before, no_speaker_side, object_only,
                      recent_speaker, reporters, speech_type, struck_place, with_partner, opposed)
from .claims import claimant
from .crowds import crowd_actors
from .causes import cause_actors
from .undergone import undergone_actors
from .carry import (carried_subject, circumstantial_agent, masdar_subject, participle_subject, pronoun_subject,
                    visiting_speaker)
from .objects import unnamed_subject, verb_objects
from .places import landmark_place, witnessed_at
from .relative import relative_parties, told_relative
from .roles import (captured, first_person, sentenced, heads_of_states, nisba_agents, patient_after, struck_parties,
                    suffered_by, third_person_verb, verb_targets, victims_before, we_in)
from .triggers import Match, _next_ok, word_in
from .grammar import (_inherit, _named_before, _noun_subject, _overt_subject, _relative_agent, _same_lemma_actors,
                      _self_reference, content_edge)

from .grouping import _word_at
from .scope import ArticleScope, SentenceScope

_SPEAKER_SIDE = True
_VICTIM_TYPES = ("ASSAULT", "COERCE")  # a victim's title may say where it happened
_REACH_NOUN, _REACH_VERB = 120, 200  # characters from a trigger within which its actors are looked for first


@dataclass
class Reading:
    """What ``read_participants`` found for one trigger, for ``record``."""
    quote: object
    speaker: str | None
    we: bool
    q0: int
    actors: list[str]
    location: str | None
    attached: str | None
    told: int | None
    agent: str | None
    nisba: list[str]
    claimed: tuple | None
    named_again: bool
    clause: tuple[int, int]
    duration: int | None


def read_participants(A: ArticleScope, S: SentenceScope, n: int, m: Match) -> Reading:
    """Actors and location of the ``n``-th trigger ``m`` of sentence ``S``."""
    article, lex, body, refs, quotes = A.article, A.lex, A.body, A.refs, A.quotes
    only_places, media, media_kept, events, mentions = A.only_places, A.media, A.media_kept, A.events, A.mentions
    k, s, e, words, spans, clause_of, matches = S.k, S.s, S.e, S.words, S.spans, S.clause_of, S.matches
    quote_of, sent_refs, subject_of, durations = S.quote_of, S.sent_refs, S.subject_of, S.durations
    supported, object_of, timed = S.supported, S.object_of, S.timed
    seg_lo, sentence_events = S.seg_lo, S.sentence_events
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
        elif _overt_subject(words, m, sent_refs, clause_of) or \
                unnamed_subject(body, words, m, sent_refs, lex) is not None:
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
    taken = captured(body, words, m, sent_refs, lex)
    if taken and set(actors) & taken:
        # "ألقت الشرطة القبض على X": the captured are no party to the arrest
        article.scratch.setdefault("events.rules", []).append(("captured", m.start))
        actors = [a for a in actors if a not in taken]
    penalty = sentenced(words, m, lex)
    if penalty is not None:
        # "حكمت المحكمة على X بالسجن"، "وحكم على صهره Y بالسجن": the sentenced are no party; only a
        # court or state (no person) named before the penalty, or the nisba of one ("محكمة مصرية"), sentences; none
        # behind "حكم عليه" or a bare "صدر حكم"
        before = {r.entity.id for r in sent_refs if r.start < penalty[0]}
        persons = {r.entity.id for r in sent_refs if r.entity.type == "PER"}  # the accused, not the judges
        # a nationality adjective of the sentenced ("بحق الجهادي البلجيكي") names no court
        p_hi = next((i for i, w in enumerate(words) if w.start >= penalty[0]), len(words))
        courts = set(nisba_agents(article, words, w_lo, min(w_hi, p_hi), m, sent_refs, lex))
        kept = [] if penalty[1] else [a for a in actors if (a in before and a not in persons) or a in courts]
        if kept != actors:
            article.scratch.setdefault("events.rules", []).append(("sentenced", m.start))
        actors = kept
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
    seen = witnessed_at(body, words, m, sent_refs, [(x.start, x.end) for x in matches if x is not m],
                        location, lex)
    if seen:
        # "شهدت تركيا أمس 4 هجمات"، "ويشهد الأردن احتجاجات": the place that witnessed it is where it
        # happened, never a party
        article.scratch.setdefault("events.rules", []).append(("location_witnessed", m.start))
        location = seen[0]
        actors = [a for a in actors if a not in seen[1]]
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
    crowd = crowd_actors(body, words, m, sent_refs, actors, agent, lex)
    if crowd is not None and crowd != actors:
        # "تواصلت الاحتجاجات ضد الحكومة"، "تعاملت الأجهزة الأمنية مع 125 احتجاجا": a protest noun is a
        # crowd's act; the names around it are no party unless named as its organiser or its genitive.
        # Set on the result only (extract_events): later triggers still borrow the names read here
        article.scratch.setdefault("events.rules", []).append(("protest_crowd", m.start))
        article.scratch.setdefault("events.final_parties", {})[m.start] = [a for a in crowd if a not in only_places]
    undergone = undergone_actors(body, words, m, sent_refs, actors, nisba, lex)
    if undergone is not None and undergone != actors:
        # "وتعرضت قطر لانتقادات"، "يواجه العبادي انتقادات": the one named before the noun undergoes it;
        # set on the result only, as for the crowds
        article.scratch.setdefault("events.rules", []).append(("undergone", m.start))
        article.scratch.setdefault("events.final_parties", {})[m.start] = undergone
    caused = cause_actors(body, words, m, sent_refs, actors, agent, nisba, lex)
    if caused is not None and caused != actors:
        # "أخلى الجيش مطاراته إثر التهديدات الأمريكية": the main clause's subject reacted to the event told
        # as its cause; set on the result only, as for the crowds
        article.scratch.setdefault("events.rules", []).append(("caused_by", m.start))
        article.scratch.setdefault("events.final_parties", {})[m.start] = caused
    return Reading(quote, speaker, we, q0, actors, location, attached, told, agent, nisba, claimed, named_again,
                   clause, duration)
