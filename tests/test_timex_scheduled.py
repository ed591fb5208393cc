"""A weekday after a word of schedule ("قمة مرتقبة الاثنين") is the coming one. Sentences written for
these tests."""
from __future__ import annotations

import khabar


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in khabar.read(text, published=published).times]


def test_an_awaited_meeting_on_a_weekday_is_ahead():
    # published on a Wednesday: the awaited Saturday is three days later, not four days earlier
    text = "ويجري وزيرا الخارجية محادثات مرتقبة السبت في عمّان لبحث ملف المياه."
    assert ("السبت", "2023-03-11") in _values(text, "2023-03-08")


def test_a_scheduled_vote_on_a_weekday_is_ahead():
    text = "وتتنافس الأحزاب في الانتخابات البلدية المقررة الأحد في ثلاث محافظات."
    assert ("الأحد", "2023-03-12") in _values(text, "2023-03-08")


def test_a_weekday_without_a_schedule_word_stays_in_the_past():
    text = "وعقد وزيرا الخارجية محادثات السبت في عمّان لبحث ملف المياه."
    assert ("السبت", "2023-03-04") in _values(text, "2023-03-08")
