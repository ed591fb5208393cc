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
(``roles``); an event noun told as the cause of the main clause ("إثر هجوم"، "ردا على تهديدات") does not
take the clause's subject (``causes``); a named person attacking with no violence told attacks in words
(``precision``). In a direct quote the speaker is "I" or "we": a verb in the third person is
someone else's act (``roles.third_person_verb``), and talk with no party ("لقد تحدثت مع الطاقم الطبي")
is no consultation (``precision.idle_talk``).
Rules that override the general reading record where they fired in ``article.scratch["events.rules"]``
(benchmarks/events_rules.py samples them for a hand check). How the triggers of a sentence group
into events (support verbs, merging, a noun as the object of a verb, an attack told as happening in
another event: "قتل شخصان في تظاهرة … في نيكاراغوا") is read in ``grouping``.
The steps of the loop below share a state (``scope``: per article, per sentence): a sentence's triggers
(``scope.sentence_scope``), each trigger's actors and location (``participants``), its context, type, date
and standing in the result (``record``).
"""
from __future__ import annotations

from ..article import Article, Event
from ..pipeline import stage
from .dedupe import fold_repeats
from .participants import read_participants
from .record import record_event
from .crowds import final_parties
from .scope import article_scope, sentence_scope
from .triggers import Lexicon, load_lexicon

__all__ = ["events_stage", "extract_events", "load_lexicon"]


def extract_events(article: Article, lex: Lexicon | None = None, keep_all: bool = False) -> list[Event]:
    """Events of an article whose sentences, entities, times, quantities and quotes are filled.

    Events in a context listed under [output] drop_contexts (negated, hypothetical), nominal
    back-references to an event already named, mentions that name no event of their own (``precision``:
    a press conference as the setting of a statement, a kind of event as a topic, the content of an
    announced agreement or of a demand) and repeats of an earlier event (``dedupe``) are read (they
    lend actors to later mentions) but left out of the result, unless ``keep_all``.
    """
    lex = lex or load_lexicon()
    A = article_scope(article, lex)
    # quotes overlapping the current sentence, in start order (sentences come in order): a word's
    # quote is looked up among these, not among all the article's quotes
    quotes = A.quotes
    next_quote, open_quotes = 0, []
    article.scratch.pop("events.final_parties", None)
    for k, (s, e) in enumerate(article.sentences):
        while next_quote < len(quotes) and quotes[next_quote][0] < e:
            open_quotes.append(quotes[next_quote])
            next_quote += 1
        open_quotes = [x for x in open_quotes if x[1] > s]
        S = sentence_scope(A, k, s, e, open_quotes)
        if S is None:
            continue
        for n, m in enumerate(S.matches):
            record_event(A, S, n, m, read_participants(A, S, n, m))
    if not keep_all:
        fold_repeats(A.events, A.mentions, A.body, A.dropped)
    final_parties(A.events, article.scratch.get("events.final_parties", {}), lex)
    return [ev for i, ev in enumerate(A.events) if keep_all or i not in A.dropped]


@stage("events", requires=("sentences", "entities", "times", "quantities", "quotes"), provides=("events",))
def events_stage(article: Article) -> None:
    """Fill ``article.events``; a failure leaves the layer empty with a warning, never an exception."""
    try:
        article.events = extract_events(article)
    except Exception as err:  # noqa: BLE001 — bad input must not stop the pipeline
        article.events = []
        article.warnings.append(f"events: {type(err).__name__}: {err}")
