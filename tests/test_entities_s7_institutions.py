"""Sites by their head noun and definite institution names (entities/institutions.py)."""
from __future__ import annotations

import pytest

from khabar.article import Article
from khabar.entities import _tagger
from khabar.entities.institutions import definite_org_spans, site_spans
from khabar.entities.linking import link_entities
from khabar.text import tokenize


def _entities(text: str):
    return link_entities(Article(body=text, published="2019-03-10"), tagger=_tagger())


def _named(ents, text: str):
    """The entity with a name mention equal to ``text`` (None if there is none)."""
    return next((e for e in ents for m in e.mentions if m.text == text), None)


def _spans(text: str, tagged=None, is_demonym=lambda w: False):
    toks = tokenize(text)
    return [text[s:e] + "/" + t for s, e, t in site_spans(toks, text, tagged or {}, is_demonym)]


def _definite(text: str, places=(), demonyms=()):
    toks = tokenize(text)
    return [text[s:e] for s, e, _ in definite_org_spans(toks, text, lambda w, city=False: w in places,
                                                         lambda w: w in demonyms)]


# -- sites ---------------------------------------------------------------------------------------

def test_site_after_head_noun_is_one_place():
    assert _spans("ووصل الوفد إلى قاعدة الظفرة الجوية مساء أمس") == ["قاعدة الظفرة الجوية/LOC"]
    assert _spans("وصلى المئات في مسجد الشيخ مبارك بعد الظهر") == ["مسجد الشيخ مبارك/LOC"]


def test_title_with_split_abd_keeps_the_whole_name():
    assert _spans("هبطت الطائرة في مطار الملك عبد الله صباحا") == ["مطار الملك عبد الله/LOC"]


def test_hospital_is_an_organisation_and_runs_through_definite_words():
    assert _spans("نقل الجرحى إلى مستشفى الحرس الوطني في المدينة") == ["مستشفى الحرس الوطني/ORG"]
    # a university is read here only by a title and a name; org_patterns reads its other names
    assert _spans("تخرج في جامعة الأمير سلطان ثم سافر") == ["جامعة الأمير سلطان/ORG"]
    assert _spans("تخرج في جامعة الفنون ثم سافر") == []


def test_common_phrases_and_idioms_are_no_sites():
    assert _spans("أنشأت الشركة قاعدة البيانات الجديدة") == []
    assert _spans("تسعى الحكومة إلى سد العجز في الميزانية") == []
    assert _spans("وزار الوزير مخيم اللاجئين قرب الحدود") == []
    assert _spans("اتفقوا على قاعدة التوافق بين الأطراف") == []
    assert _spans("وأقامت السلطات قاعدة عسكرية جديدة") == []


def test_bare_word_only_where_the_tagger_starts_a_name():
    text = "وأغلق الجيش معبر كيسوفيم أمام الشاحنات"
    start = text.index("كيسوفيم")
    assert _spans(text) == []
    assert _spans(text, {start: start + len("كيسوفيم")}) == ["معبر كيسوفيم/LOC"]
    # a preposition's object is no name: "a camp for the displaced"
    text = "أقيم مخيم لنازحي الحرب"
    start = text.index("لنازحي")
    assert _spans(text, {start: start + len("لنازحي")}) == []


@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_airport_named_after_a_known_city_is_its_own_place():
    ents = _entities("أقلعت الطائرة من مطار القاهرة الدولي متجهة إلى الرياض، وقال مسؤول في القاهرة إن الرحلة تأخرت.")
    airport = _named(ents, "مطار القاهرة الدولي")
    assert airport is not None and airport.type == "LOC" and airport.kb is None
    assert airport.name == "مطار القاهرة الدولي"  # a site keeps its Arabic name
    cairo = next(e for e in ents if e.kb == "loc:city:cairo")
    assert [m.text for m in cairo.mentions] == ["القاهرة"]  # only the city's own mention


@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_camp_joins_the_settlement_of_the_same_name():
    ents = _entities("وسقطت قذيفة على منزل في مخيم البريج وسط القطاع.")
    camp = _named(ents, "مخيم البريج")
    assert camp is not None and camp.type == "LOC" and camp.kb is not None


@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_title_inside_a_site_name_is_no_person():
    ents = _entities("ووصل الضيوف إلى مطار الملك فهد الدولي في الدمام.")
    assert _named(ents, "مطار الملك فهد الدولي").type == "LOC"
    assert not any(e.type == "PER" for e in ents)


# -- definite institution names -------------------------------------------------------------------

def test_definite_head_with_naming_adjectives():
    assert _definite("وقضت المحكمة الإدارية العليا بإلغاء القرار") == ["المحكمة الإدارية العليا"]
    assert _definite("وأعلنت النقابات العمالية الإضراب") == ["النقابات العمالية"]
    assert _definite("واجتمع المكتب التنفيذي للحزب أمس") == ["المكتب التنفيذي"]


def test_describing_adjectives_name_no_body():
    assert _definite("وأحالت القضية إلى المحكمة المختصة") == []
    assert _definite("ولم ترد الهيئة المعنية على الأسئلة") == []
    assert _definite("وأعلن المجلس الجديد خطته") == []  # no nisba
    assert _definite("ونظرت الهيئة في الشكاوى الكثيرة") == []


def test_placing_adjective_alone_describes_a_body_already_named():
    demonyms = {"المغربيه", "السعوديه"}
    assert _definite("وقالت النيابة المغربية إن التحقيق مستمر", demonyms=demonyms) == []
    # with a ل-complement after it the phrase is a name
    assert _definite("وأعلنت الهيئة السعودية للسياحة برنامجا", demonyms=demonyms) == ["الهيئة السعودية"]


def test_court_seated_in_a_town():
    assert _definite("وأصدرت المحكمة الابتدائية بصفاقس حكمها", places={"صفاقس"}) == \
        ["المحكمة الابتدائية بصفاقس"]
    assert _definite("وأصدرت المحكمة الابتدائية بسرعة حكمها", places={"صفاقس"}) == ["المحكمة الابتدائية"]


@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_definite_bodies_in_the_entity_stage():
    ents = _entities("وقالت الهيئة التنفيذية للاتحاد إن الوكالة المغربية للأنباء نقلت البيان، "
                     "فيما فتحت النيابة العمومية تحقيقا.")
    assert _named(ents, "الهيئة التنفيذية للاتحاد").type == "ORG"
    assert _named(ents, "الوكالة المغربية للأنباء").type == "ORG"  # an anaphor noun with a name
    body = _named(ents, "النيابة العمومية")
    assert body.type == "ORG" and body.name == "النيابة العمومية"


def test_bare_name_before_a_definite_adjective():
    dem = lambda w: w == "المصري"  # noqa: E731
    assert _spans("وتجمع المسافرون عند معبر كرم الحدودي صباحا") == ["معبر كرم الحدودي/LOC"]
    assert _spans("وأغلقت السلطات معبر سلوم المصري أمس", is_demonym=dem) == ["معبر سلوم/LOC"]
    # an indefinite adjective or a pronoun is no name
    assert _spans("وأقامت قاعدة عسكرية جديدة", is_demonym=dem) == []
    assert _spans("وهذه قاعدة نحن المصري نعرفها", is_demonym=dem) == []


# -- weak places in a list, districts -------------------------------------------------------------

@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_weak_place_in_a_list_of_places():
    ents = _entities("وامتدت المظاهرات إلى إربد والسلط (شمال غرب العاصمة) والزرقاء خلال الليل.")
    assert any(e.kb == "loc:city:zarqa" for e in ents)
    # the same word outside a list of places is an adjective
    ents = _entities("ورفعت الأعلام الزرقاء في الساحة.")
    assert not any(e.kb == "loc:city:zarqa" for e in ents)


@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_site_with_and_without_its_adjective_is_one_entity():
    ents = _entities("هبطت الطائرة في قاعدة الظفرة الجوية ليلا. وقال ضابط إن قاعدة الظفرة تستقبل الطائرات منذ سنوات.")
    base = _named(ents, "قاعدة الظفرة الجوية")
    assert base is not None and [m.text for m in base.mentions] == ["قاعدة الظفرة الجوية", "قاعدة الظفرة"]


def test_council_seated_in_a_city_and_verb_objects():
    assert _definite("وأكد المجلس البلدي في حمص أن الهدنة صامدة", places={"حمص"}) == ["المجلس البلدي في حمص"]
    assert _definite("وأكد المجلس البلدي في اجتماعه أن الهدنة صامدة", places={"حمص"}) == ["المجلس البلدي"]
    # subject + object: "the council condemned the operation"
    assert _definite("وأدان المجلس العملية الإرهابية") == []


# -- "القاضي" + words: a name only with a given name ------------------------------------------------

@pytest.mark.skipif(_tagger() is None, reason="no tagger model")
def test_judge_title_before_an_object_is_no_name():
    ents = _entities("وأطلق القاضي سراح المتهمين بعد الجلسة، وصدر القرار القاضي بإلغاء الرسوم.")
    assert not any(e.type == "PER" for e in ents)
    ents = _entities("وقال القاضي سمير الحلبي إن الحكم نهائي.")
    judge = _named(ents, "سمير الحلبي")
    assert judge is not None and judge.type == "PER"
