"""The definite spokesman of a body, unnamed in the sentence, is the person the entity stage linked that
office to; an indefinite "a spokesman" stays an unnamed source, and so does a spokesman whose person also
holds another body's spokesman phrase (a doubtful merge). Sentences written for these tests."""
from __future__ import annotations

import khabar

_HEAD = "غارات على مواقع في غزة\n\nقصفت الطائرات مواقع في غزة أمس.\n"


def _speakers(text: str) -> list:
    art = khabar.read(_HEAD + text, published="2018-03-01")
    kb = {e.id: e.kb for e in art.entities}
    return [kb.get(q.speaker) for q in art.quotes]


def test_the_definite_spokesman_is_the_office_holder():
    holder = _speakers("وقال المتحدث باسم الجيش الإسرائيلي إن الطائرات أصابت أهدافها.")
    assert holder == ["per:ronen_manelis"]


def test_an_indefinite_spokesman_is_unnamed():
    assert _speakers("وقال متحدث باسم الشرطة إنه لا توجد إصابات.") == [None]


def test_a_spokesman_merged_across_two_bodies_is_not_trusted():
    text = ("وقال المتحدث باسم الجيش الإسرائيلي إن الطائرات أصابت أهدافها.\n"
            "وقالت المتحدثة باسم الشرطة المحلية إن التحقيق مستمر.")
    assert _speakers(text)[1] is None
