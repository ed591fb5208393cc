"""Quantities carried by nouns (duals, "X واحد", "الدول الخمس"), number lists and ranges, and the
numbers that are not amounts (ordinals, vague plurals, clock times, days of a date). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from quantity_helpers import q  # tests/ is on sys.path


# --- one and two without a number ---------------------------------------------------------------

def test_noun_with_one_after_it():
    assert q("نجا من الحادث راكب واحد فقط") == [("راكب واحد", 1, None)]
    assert q("تبرع بدولار واحد لكل مشترك") == [("دولار واحد", 1, "USD")]
    assert q("نامت القافلة ليلة في الصحراء ساعة واحدة") == [("ساعة واحدة", 1, "hour")]


def test_one_in_idioms_and_partitives_is_no_count():
    assert q("صوت المجلس بصوت واحد على القرار") == []
    assert q("تحركت القوات في وقت واحد من جانب واحد") == []
    assert q("مرت السنة دون أن تقع مرة") == []


def test_dual_nouns_count_two():
    assert q("أصيب شرطيان في المواجهات") == [("شرطيان", 2, None)]
    assert q("أسقطت الدفاعات طائرتين مسيرتين فوق البلدة") == [("طائرتين مسيرتين", 2, None)]
    assert q("احتجزت الشرطة شخصين اثنين للتحقيق") == [("شخصين اثنين", 2, None)]


def test_sound_plurals_that_look_like_duals_are_not_counted():
    assert q("استهدف القصف مدنيين في السوق") == []
    assert q("أعلنت حركة طالبان مسؤوليتها عن الهجوم في بلدان عدة") == []


def test_dual_units_and_currencies():
    assert q("تبعد القرية أقل من ميلين عن الساحل") == [("ميلين", 2, "mile")]
    assert q("ارتفع سعر الخبز دينارين") == [("دينارين", 2, "dinar")]
    assert q("أمضى المتسلق يومين في الجبل") == [("يومين", 2, "day")]


def test_bare_unit_noun_as_a_duration():
    assert q("وقف الطلاب دقيقة صمت في الساحة") == [("دقيقة", 1, "minute")]


# --- number words after the noun ------------------------------------------------------------------

def test_definite_number_after_a_plural_noun():
    assert q("اجتمع وزراء الدول الخمس في الرباط") == [("الدول الخمس", 5, None)]
    assert q("أفرج عن الصيادين الثلاثة عشر أمس") == [("الصيادين الثلاثة عشر", 13, None)]
    assert q("توقفت الملاحة طوال الساعات الست والثلاثين الماضية") == [
        ("الساعات الست والثلاثين الماضية", 36, "hour")]


def test_definite_number_after_a_singular_head_is_an_ordinal():
    assert q("احتفلت الجامعة بالذكرى الخمسين لتأسيسها") == []
    assert q("افتتحت الدورة الـ40 للمعرض وشارك الأعضاء الـ27 في التصويت") == [("27", 27, None)]


# --- lists, ranges and slashes ---------------------------------------------------------------------

def test_listed_numbers_are_not_summed():
    assert q("تتراوح أعمار المصابين بين 15 و19 عاما") == [("15", 15, "year"), ("19 عاما", 19, "year")]
    assert q("بلغ الإنفاق ما بين 200 و250 دولارا") == [("200", 200, "USD"), ("250 دولارا", 250, "USD")]
    assert q("عاد عشرين وثلاثين شخصا")[0][:2] == ("عشرين", 20)


@pytest.mark.parametrize("text,value", [
    ("وزعت الجمعية مئة وخمسة وعشرين طردا", 125),
    ("بلغ الدين مليون و200 ألف دينار", 1_200_000),
    ("حضر ألفين وخمسمئة متفرج", 2500),
    ("شارك ثلاثمئة وعشرة متطوعين", 310),
])
def test_compound_numbers_still_add_up(text, value):
    assert q(text)[0][1] == value


def test_unit_after_a_slash():
    assert q("بلغت سرعة الرياح 85/ كلم في الساعة") == [("85/ كلم", 85, "km")]


def test_numbers_listed_after_an_identifier_are_identifiers():
    assert q("استند الحكم إلى المادتين 12 و14 من القانون") == []


def test_days_listed_before_a_date_are_not_amounts():
    assert q("تجرى الامتحانات أيام 3 و4 و5 يوليو 2022") == []


# --- not amounts -------------------------------------------------------------------------------------

def test_vague_plural_scales_are_no_number():
    assert q("تظاهر آلاف الطلاب وأنفقت ملايين الدولارات") == []
    assert q("تظاهر ثلاثة آلاف طالب") == [("ثلاثة آلاف طالب", 3000, None)]


def test_clock_times_with_a_zone_are_no_amount():
    assert q("انطلقت القافلة (0530 بتوقيت غرينتش) نحو الحدود") == []
