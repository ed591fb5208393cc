"""Speakers the quotes stage adds itself (source "cue"): only names, never junk subjects."""
from __future__ import annotations

import pytest
from quotes_helpers import quotes  # tests/ is on sys.path

from khabar.quotes.names import name_kind, name_prefix
from khabar.text import fold


@pytest.mark.parametrize("phrase", [
    "الذي", "هذه العمل", "عليها شعارات", "توقعات المعهد الوطني", "بعضهما البعض بـ",
    "القضايا المثيرة", "موظفة الاستقبال", "شيوخ القبيلة", "الزوج", "الصحافة", "المستشار",
    "بشأن أموال", "مصادر قبلية", "سبب الوفاة", "نادي", "عسكري روسي قوله", "مستشاره",
    "خطة معينة", "اتخاذ موقف حازم", "آي.إتش.إس ماركت", "راكبة", "موقع إخباري",
    "منظمة خيرية بريطانية",
    "فيرانتي",  # a lone unknown word is too weak a name (it may still join an earlier full name)
])
def test_junk_phrases_are_no_names(phrase):
    assert name_kind(phrase) is None


@pytest.mark.parametrize("phrase, kind", [
    ("كريم بن حمودة", "PER"), ("بن حمودة", "PER"), ("هالة الزغبي", "PER"),
    ("ماركو فيرانتي", "PER"),
    ("وزارة السياحة", "ORG"), ("الحزب الاشتراكي الموحد", "ORG"), ("نقابة الصحفيين المغاربة", "ORG"),
])
def test_names_are_names(phrase, kind):
    assert name_kind(phrase) == kind


def test_name_prefix_stops_before_the_object():
    words = [fold(w) for w in "سامر العلي وجود أي تقصير".split()]
    assert name_prefix(words) == 2


def _cue_entities(article):
    return [e for e in article.entities if e.source == "cue"]


@pytest.mark.parametrize("body", [
    "وقال الذي حضر الاجتماع إن القاعة كانت ممتلئة.",
    "وتقول هذه العمل إن الأجور ضعيفة منذ سنوات.",
    "وأكدت القضايا المثيرة أن الرأي العام منقسم حولها.",
    "وقالت عليها شعارات إن الحملة ستستمر حتى الصيف.",
])
def test_junk_subject_makes_no_entity(body):
    a, qs = quotes(body)
    assert not _cue_entities(a)
    assert all(q.speaker is None for q in qs)


def test_described_person_is_an_unnamed_source():
    a, qs = quotes("وقالت موظفة الاستقبال إن الفندق لم يستقبل أي نزيل منذ الحادث.")
    assert qs[0].speaker is None and qs[0].source == "موظفة الاستقبال"
    assert not _cue_entities(a)


def test_unknown_person_becomes_a_cue_entity():
    a, qs = quotes("وقال كريم بن حمودة إن المصنع سيغلق أبوابه نهاية الشهر.")
    ents = _cue_entities(a)
    assert [e.name_ar for e in ents] == ["كريم بن حمودة"] and ents[0].type == "PER"
    assert qs[0].speaker == ents[0].id


def test_surname_and_organisation_head_join_earlier_names():
    body = ("وقال هشام الورفلي إن المفاوضات متعثرة. وأضاف الورفلي أن الجولة المقبلة ستعقد في تونس. "
            "وأعلن الحزب الاشتراكي الموحد، أن مؤتمره سيعقد في الخريف. وقال الحزب إن اللوائح جاهزة.")
    a, qs = quotes(body)
    ents = _cue_entities(a)
    assert [e.name_ar for e in ents] == ["هشام الورفلي", "الحزب الاشتراكي الموحد"]
    assert [q.speaker for q in qs] == [ents[0].id, ents[0].id, ents[1].id, ents[1].id]


def test_place_name_inside_a_person_name_is_not_the_speaker():
    # "بن" alone is the German city Bonn in a gazetteer; here it is part of a name
    a, qs = quotes("وقال بن حمودة إن الشركة ستستأنف الإنتاج قريبا.", {"LOC:Bonn": ["بن"]})
    ent = a.entity(qs[0].speaker)
    assert ent is not None and ent.type == "PER" and ent.name_ar == "بن حمودة"


def test_quote_text_starts_after_the_role_and_name():
    body = "ونفى المدير الجهوي للصحة بصفاقس سامر العلي وجود أي إهمال من الطاقم الطبي."
    a, qs = quotes(body)
    assert qs[0].text.startswith("وجود أي إهمال")
    assert a.entity(qs[0].speaker).name_ar == "سامر العلي"
