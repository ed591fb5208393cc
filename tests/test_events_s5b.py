"""Events of session 5b: who did it is not who tells it. In a direct quote the speaker says "I" or "we";
a verb in the third person tells of someone else's act, so the speaker is no actor of it. Talk with
someone who is no party ("لقد تحدثت مع الطاقم الطبي") is no consultation. Sentences are written for
these tests."""
from __future__ import annotations

from events_helpers import make

from khabar.article import Quote
from khabar.events import extract_events

_SALEM = {"per:salem": ("PER", ["أحمد سالم", "سالم"]), "org:police": ("ORG", ["الشرطة"])}


def _direct(text: str, entities: dict, quotes: list[tuple[str, str]]):
    """An Article whose ``quotes`` are direct quotes (text, speaker id)."""
    art = make(text, entities)
    for qtext, speaker in quotes:
        i = text.index(qtext)
        art.quotes.append(Quote(qtext, i, i + len(qtext), "direct", speaker=speaker))
    return art


def _of_type(events, type_):
    return [e for e in events if e.type == type_]


# ---------------------------------------------------------------- the speaker of a direct quote
def test_a_third_person_attack_in_a_direct_quote_is_not_the_speakers():
    text = 'وقال أحمد سالم للصحفيين "هاجموا نقطة التفتيش فجرا بالأسلحة الرشاشة".'
    art = _direct(text, _SALEM, [("هاجموا نقطة التفتيش فجرا بالأسلحة الرشاشة", "per:salem")])
    attacks = _of_type(extract_events(art), "ASSAULT")
    assert attacks and all("per:salem" not in e.actors for e in attacks), [(e.trigger_text, e.actors) for e in attacks]


def test_a_first_person_plural_act_in_a_direct_quote_stays_the_speakers():
    text = 'وقال أحمد سالم للصحفيين "اعتقلنا ثلاثة من المهربين قرب الميناء".'
    art = _direct(text, _SALEM, [("اعتقلنا ثلاثة من المهربين قرب الميناء", "per:salem")])
    arrests = _of_type(extract_events(art), "COERCE")
    assert arrests and arrests[0].actors[:1] == ["per:salem"]


def test_a_past_in_taa_with_a_named_subject_after_it_is_that_subjects():
    text = 'وأضاف سالم "اعتقلت الشرطة خمسة مشتبه بهم في المساء".'
    art = _direct(text, _SALEM, [("اعتقلت الشرطة خمسة مشتبه بهم في المساء", "per:salem")])
    arrest = _of_type(extract_events(art), "COERCE")[0]
    assert "org:police" in arrest.actors and "per:salem" not in arrest.actors


def test_a_past_in_taa_with_no_subject_may_be_the_speakers_own():
    # "طالبت" reads "I demanded" as well as "she demanded": the speaker is kept
    text = 'وأضاف سالم "طالبت بتعزيزات عاجلة للحراسة في الميناء".'
    art = _direct(text, _SALEM, [("طالبت بتعزيزات عاجلة للحراسة في الميناء", "per:salem")])
    demand = _of_type(extract_events(art), "DEMAND")[0]
    assert demand.actors[:1] == ["per:salem"]


def test_a_present_verb_of_someone_else_in_a_direct_quote():
    for text, quote, type_ in (
            ('وقال أحمد سالم "للأسف، بعض هذه الدول ترفض استقبال اللاجئين".',
             "للأسف، بعض هذه الدول ترفض استقبال اللاجئين", "REJECT"),
            ('وقال أحمد سالم "القانون يدعو إلى معاقبة المهربين".', "القانون يدعو إلى معاقبة المهربين", "DEMAND")):
        art = _direct(text, _SALEM, [(quote, "per:salem")])
        found = _of_type(extract_events(art), type_)
        assert found and all("per:salem" not in e.actors for e in found), text


def test_an_indirect_quote_keeps_the_speakers_side():
    # in reported speech the third person may be the speaker: unchanged
    ents = {"loc:tr": ("LOC", ["تركيا"])}
    text = "وأعلنت تركيا أن طائراتها شنت غارات على مواقع المسلحين."
    art = make(text, ents, quotes=[("طائراتها شنت غارات على مواقع المسلحين", "loc:tr")])
    attacks = _of_type(extract_events(art), "ASSAULT")
    assert attacks and "loc:tr" in attacks[0].actors


def test_a_bare_noun_after_a_first_person_verb_is_the_speakers_act():
    ents = {"per:huda": ("PER", ["هدى منصور"]), "org:cmte": ("ORG", ["لجنة الإغاثة"])}
    text = 'وقالت هدى منصور "أردت دعم لجنة الإغاثة في عملها".'
    art = _direct(text, ents, [("أردت دعم لجنة الإغاثة في عملها", "per:huda")])
    support = _of_type(extract_events(art), "SUPPORT")
    assert support and "per:huda" in support[0].actors


def test_the_speaker_named_inside_his_own_quote_is_kept():
    text = 'وقال أحمد سالم "اعتقل سالم نفسه المهربين قبل وصول الدورية".'
    art = _direct(text, _SALEM, [("اعتقل سالم نفسه المهربين قبل وصول الدورية", "per:salem")])
    arrests = _of_type(extract_events(art), "COERCE")
    assert arrests and "per:salem" in arrests[0].actors


# ---------------------------------------------------------------- talk that is no consultation
def test_talk_with_staff_in_a_quote_is_no_consultation():
    text = 'وقال أحمد سالم "لقد تحدثت مع العاملين في المخبز بعد الحريق وكلهم بخير".'
    art = _direct(text, _SALEM, [("لقد تحدثت مع العاملين في المخبز بعد الحريق وكلهم بخير", "per:salem")])
    assert not _of_type(extract_events(art), "CONSULT")


def test_talk_with_a_named_partner_in_a_quote_is_kept():
    ents = dict(_SALEM, **{"per:karim": ("PER", ["كريم داود"])})
    text = 'وقال أحمد سالم "تحدثت مع كريم داود حول ترتيبات الحدود".'
    art = _direct(text, ents, [("تحدثت مع كريم داود حول ترتيبات الحدود", "per:salem")])
    consult = _of_type(extract_events(art), "CONSULT")
    assert consult and "per:karim" in consult[0].actors


def test_talk_with_a_counterpart_or_a_pronoun_partner_is_kept():
    for text, quote in (('وقال أحمد سالم "تحدثت مع نظيري في الجارة حول الحدود".', "تحدثت مع نظيري في الجارة حول الحدود"),
                        ('وقال أحمد سالم "نتحدث معهم يوميا حول الحدود".', "نتحدث معهم يوميا حول الحدود")):
        art = _direct(text, _SALEM, [(quote, "per:salem")])
        assert _of_type(extract_events(art), "CONSULT"), text


def test_talk_told_outside_a_quote_is_unchanged():
    text = "وتحدث أحمد سالم مع العاملين في المخبز بعد الحريق."
    assert _of_type(extract_events(make(text, _SALEM)), "CONSULT")


# ---------------------------------------------------------------- who continues a statement tells, does not act
def test_a_speaker_continuing_his_statement_is_no_party_to_the_attack():
    ents = {"per:nabil": ("PER", ["نبيل حداد", "حداد"])}
    text = "وتابع حداد أن سبعة مدنيين قتلوا في الغارة على السوق مساء الجمعة."
    attacks = _of_type(extract_events(make(text, ents)), "ASSAULT")
    assert attacks and all("per:nabil" not in e.actors for e in attacks)


def test_in_addition_to_is_no_verb_of_telling():
    # "إضافة إلى" (besides) is no "أضاف" (he added): the coalition stays the attacker
    ents = {"org:coal": ("ORG", ["قوات التحالف"])}
    text = "وقصفت قوات التحالف مخازن الأسلحة، إضافة إلى استهداف قوات التحالف رتلا عسكريا قرب الميناء."
    attacks = _of_type(extract_events(make(text, ents)), "ASSAULT")
    assert attacks and all("org:coal" in e.actors for e in attacks), [(e.trigger_text, e.actors) for e in attacks]
