"""An office the press names with another word than the KB: a Saudi province's «أمير» is its governor,
«رئيس» of a UN agency its director general. Sentences written for these tests."""
from __future__ import annotations

import khabar


def _holder(text: str, published: str, role_text: str):
    art = khabar.read(text, published=published)
    return next((e.kb for e in art.entities if any(m.text == role_text for m in e.mentions)), None)


def test_the_emir_of_a_province_is_its_governor_at_the_date():
    text = "وافتتح أمير منطقة عسير مستشفى جديدا في أبها أمس."
    assert _holder(text, "2016-03-02", "أمير منطقة عسير") == "per:faisal_bin_khalid"
    assert _holder(text, "2020-03-02", "أمير منطقة عسير") == "per:turki_bin_talal"


def test_the_president_of_a_un_agency_is_its_director_general():
    text = "وحذر رئيس منظمة الصحة العالمية من موجة جديدة للمرض."
    assert _holder(text, "2021-02-10", "رئيس منظمة الصحة العالمية") == "per:tedros_adhanom"
