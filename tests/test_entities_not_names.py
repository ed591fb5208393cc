"""Words the tagger or the organisation patterns take for names that are not: a month inside a date, a common noun phrase after an institution head."""
import pytest

from khabar import api
from khabar.entities import tagger

needs_model = pytest.mark.skipif(not tagger.model_available(), reason="NER model not installed")

TEXT = ("هجوم جديد في حلب\n\nقال مسؤول محلي إن الهجوم وقع في 13 نيسان/أبريل الماضي قرب السوق، وإن ثلاثة "
        "أشخاص أصيبوا. وأضاف أن شركة نيسان اليابانية أغلقت مصنعها في المدينة منذ سنوات.")


def test_times_run_before_entities():
    names = api.default_pipeline().names
    assert names.index("times") < names.index("entities")


@needs_model
def test_month_inside_a_date_is_not_an_entity_but_the_company_is():
    art = api.read(TEXT, published="2018-05-02")
    date_start = art.body.index("13 نيسان")
    assert any(t.start <= date_start < t.end and t.value == "2018-04-13" for t in art.times)
    inside_date = [m for e in art.entities for m in e.mentions if m.start <= date_start + 3 < m.end]
    assert inside_date == []
    assert any("نيسان" in e.name_ar and e.type == "ORG" for e in art.entities)


def test_common_noun_phrase_after_an_institution_head_is_not_an_organisation():
    text = ("ازدحام في العاصمة\n\nتوقفت حركة المرور ساعتين في وسط المدينة، وتضم هيئة التدريس في الجامعة "
            "مئة أستاذ. وأعلنت حركة العدالة الوطنية انسحابها من الحكومة.")
    art = api.read(text, published="2018-05-02")
    orgs = [e.name_ar for e in art.entities if e.type == "ORG"]
    assert not any(n.startswith(("حركة المرور", "هيئة التدريس")) for n in orgs)
    assert any(n.startswith("حركة العدالة") for n in orgs)



def test_religious_formula_is_not_a_person():
    text = ("افتتاح المسجد الجديد\n\nافتتح الوزير سامر الخطيب المسجد الجديد، وقال في كلمته: الحمد لله على "
            "إتمام البناء، ورحم الله من تبرع له.")
    art = api.read(text, published="2018-05-02")
    pers = [e.name_ar for e in art.entities if e.type == "PER"]
    assert not any("لله" in n or n == "الله" for n in pers)
    assert any("الخطيب" in n for n in pers)
