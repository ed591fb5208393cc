"""Press spellings of places that geonames names only in Latin script (or not at all)."""
from __future__ import annotations

import pytest

from khabar.entities.kb import load_kb, norm_key


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("form, expected", [
    ("مونتريال", "loc:city:montreal"),
    ("كيبيك", "loc:region:ca:quebec"),
    ("كيبك", "loc:region:ca:quebec"),
    ("مدينة كيبيك", "loc:city:quebec"),
    ("أونتاريو", "loc:region:ca:ontario"),
    ("فانكوفير", "loc:city:vancouver"),
    ("سيدني", "loc:city:sydney"),
    ("هرات", "loc:city:herat"),
    ("هو شي منه", "loc:city:ho_chi_minh_city"),
    ("ديبالتسيف", "loc:city:debaltseve"),
    ("سلطان بيلي", "loc:city:sultanbeyli"),
    ("مركا", "loc:city:marka"),
    ("القيارة", "loc:city:qayyarah"),
    ("تل أبيض", "loc:city:tell_abyad"),
    ("تاورمينا", "loc:city:taormina"),
    ("كامب ديفيد", "loc:city:camp_david"),
    ("مضيق البوسفور", "loc:region:zz:bosphorus"),
    ("البوسفور", "loc:region:zz:bosphorus"),
    ("بحر البلطيق", "loc:region:zz:baltic_sea"),
    ("بافاريا", "loc:region:de:bavaria"),
    ("إلينوي", "loc:region:us:illinois"),
])
def test_press_spelling_links(kb, form, expected):
    assert kb.lookup(form)[:1] == (expected,), form


def test_everyday_words_are_weak(kb):
    # ليل (Lille) is "night"; الأندلس is also the historical Al-Andalus.
    assert norm_key("ليل") in kb.weak
    assert norm_key("الأندلس") in kb.weak


def test_nato_is_not_the_atlantic(kb):
    # الأطلسي alone names NATO far more often than the ocean: only the full form links.
    assert kb.lookup("المحيط الأطلسي")[:1] == ("loc:region:zz:atlantic_ocean",)
    assert "loc:region:zz:atlantic_ocean" not in kb.lookup("الأطلسي")
