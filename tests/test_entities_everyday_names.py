"""A lone given name that is also an everyday word is no person unless something around it makes it one.
Sentences written for these tests."""
from __future__ import annotations

import khabar


def _people(text: str) -> set[str]:
    art = khabar.read(text, published="2021-09-01")
    return {m.text for e in art.entities if e.type == "PER" for m in e.mentions}


def test_adjectives_are_not_people():
    text = ("وتم تصميم المبنى بأسلوب فريد يجمع بين القديم والحديث، وقال مدير المشروع إن العمل يسير بشكل سليم.\n"
            "وأضاف: أنا سعيد بما تحقق حتى الآن.")
    assert not _people(text) & {"فريد", "سليم", "سعيد"}


def test_a_supervisor_noun_leaves_the_name_after_it_to_speak():
    text = "وقال مشرف المعرض الأستاذ حامد الزهراني إن عدد الزوار تجاوز ألف زائر."
    art = khabar.read(text, published="2021-09-01")
    names = {e.id: e.name_ar for e in art.entities}
    assert "مشرف" not in _people(text)
    assert [names.get(q.speaker) for q in art.quotes] == ["حامد الزهراني"]


def test_a_given_name_with_an_age_or_a_title_stays_a_person():
    text = "يقول سعيد (35 عاما) إنه فقد منزله في القصف. وقال الشيخ كريم إن الأهالي بحاجة إلى المساعدة."
    people = _people(text)
    assert "سعيد" in people and any("كريم" in p for p in people)
