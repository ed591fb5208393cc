"""Events of session 6, round 2: the step a threat names is only threatened ("هدد X بالانسحاب"، "توعدت
Y بفرض رسوم"، "تهديدات Z بشن ضربة"), no event of its own; the threat stays. A step one threatens to
answer ("توعدت بالرد على طرد دبلوماسييها") did take place. A directed verb whose subject is a noun the
entity layer names no entity ("واتهمت المعارضة X") has X as its object, not its subject. Sentences are
written for these tests."""
from __future__ import annotations

from events_helpers import make

from khabar.events import extract_events

_ENTS = {
    "per:orban": ("PER", ["فيكتور أوربان"]),
    "loc:canada": ("LOC", ["كندا"]),
    "loc:brazil": ("LOC", ["البرازيل"]),
    "loc:argentina": ("LOC", ["الأرجنتين"]),
    "loc:moscow": ("LOC", ["موسكو"]),
    "loc:london": ("LOC", ["لندن"]),
    "org:party": ("ORG", ["حزب الوسط"]),
    "loc:usa": ("LOC", ["الولايات المتحدة"]),
    "loc:chile": ("LOC", ["تشيلي"]),
    "per:silva": ("PER", ["لولا دا سيلفا"]),
    "loc:israel": ("LOC", ["إسرائيل"]),
    "org:un": ("ORG", ["الأمم المتحدة"]),
    "org:gcc": ("ORG", ["مجلس التعاون الخليجي"]),
    "per:navy": ("PER", ["كيهانغ نافي"]),
    "loc:kampong": ("LOC", ["كامبونغ ثوم"]),
}


def _types(events):
    return sorted(e.type for e in events)


def _show(events):
    return [(e.type, e.trigger_text, e.actors, e.location) for e in events]


def test_a_threatened_withdrawal_is_no_retreat():
    text = "وهدد فيكتور أوربان يوم الثلاثاء بالانسحاب من المعاهدة الأوروبية إذا لم تعدل بنودها."
    events = extract_events(make(text, _ENTS))
    assert _types(events) == ["THREATEN"], _show(events)
    assert events[0].actors == ["per:orban"], _show(events)


def test_threatened_tariffs_after_a_date_are_no_sanction():
    text = "توعدت كندا الخميس بفرض رسوم جمركية على الصلب الأمريكي."
    events = extract_events(make(text, _ENTS))
    assert _types(events) == ["THREATEN"], _show(events)


def test_threatened_strikes_with_a_support_noun_and_an_addressee():
    text = "وهددت البرازيل الأرجنتين بشن غارات على مواقع المتمردين قرب الحدود."
    events = extract_events(make(text, _ENTS))
    assert "ASSAULT" not in _types(events), _show(events)
    assert "THREATEN" in _types(events), _show(events)


def test_a_threat_noun_names_its_step_too():
    text = "وارتفعت أسعار النفط بعد تهديدات الولايات المتحدة بتوجيه ضربة عسكرية إلى تشيلي."
    events = extract_events(make(text, _ENTS))
    assert "ASSAULT" not in _types(events), _show(events)


def test_what_a_threat_answers_took_place():
    # the expulsion happened; Moscow only threatens to respond to it
    text = "وتوعدت موسكو بالرد على طرد دبلوماسييها من لندن الأسبوع الماضي."
    events = extract_events(make(text, _ENTS))
    assert "SANCTION" in _types(events), _show(events)


def test_an_adjective_in_b_before_a_real_attack_is_no_threatened_step():
    # "باهظ" begins with ب but is no preposition: the attack named after it took place
    text = "وتوعد حزب الوسط بثمن باهظ للهجوم الذي استهدف مقره في العاصمة."
    events = extract_events(make(text, _ENTS))
    assert "ASSAULT" in _types(events), _show(events)


def test_a_step_outside_the_threats_clause_stays():
    text = "هددت البرازيل بالرد، وفرضت الولايات المتحدة عقوبات على تشيلي يوم الاثنين."
    events = extract_events(make(text, _ENTS))
    assert "SANCTION" in _types(events), _show(events)


def test_an_actual_withdrawal_is_still_a_retreat():
    text = "وأعلن حزب الوسط الانسحاب من الائتلاف الحكومي يوم الأحد."
    events = extract_events(make(text, _ENTS))
    assert "RETREAT" in _types(events), _show(events)


# ---------------------------------------------------------------- a subject with no entity
def _one(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, _show(events)
    return found[0]


def test_an_accused_person_after_an_unnamed_subject_is_no_actor():
    text = "واتهمت المعارضة الرئيس لولا دا سيلفا بمحاولة التأثير على القضاء."
    blame = _one(extract_events(make(text, _ENTS)), "DISAPPROVE")
    assert "per:silva" not in blame.actors, _show([blame])


def test_a_criticised_state_after_a_group_of_activists_is_no_actor():
    text = "وانتقدت جماعات حقوق الإنسان إسرائيل بسبب هدم المنازل في القرية."
    blame = _one(extract_events(make(text, _ENTS)), "DISAPPROVE")
    assert "loc:israel" not in blame.actors, _show([blame])


def test_an_arrested_person_after_the_police_is_no_actor():
    text = "اعتقلت الشرطة في كامبونغ ثوم المعلم كيهانغ نافي بسبب تعليقات كتبها."
    arrest = _one(extract_events(make(text, _ENTS)), "COERCE")
    assert "per:navy" not in arrest.actors, _show([arrest])


def test_a_name_after_a_preposition_belongs_to_the_unnamed_subject():
    # UN experts demand: the UN is on the side of the subject
    text = "وطالب خبراء في الأمم المتحدة بإجراء تحقيق دولي مستقل في الحادثة."
    demand = _one(extract_events(make(text, _ENTS)), "DEMAND")
    assert demand.actors == ["org:un"], _show([demand])


def test_a_name_in_construct_with_an_indefinite_plural_is_the_subject():
    text = "ودانت دول مجلس التعاون الخليجي إقرار القانون في بيان مشترك."
    blame = _one(extract_events(make(text, _ENTS)), "DISAPPROVE")
    assert "org:gcc" in blame.actors, _show([blame])


def test_a_co_subject_joined_by_and_is_kept():
    text = "ودعت دول غربية ومسؤولون من الأمم المتحدة إلى فرض حظر سلاح على تشيلي."
    demand = _one(extract_events(make(text, _ENTS)), "DEMAND")
    assert "org:un" in demand.actors, _show([demand])
