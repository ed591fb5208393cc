"""An office posted in a place introduced by a place noun, then the holder's name after a comma:
"السفير المصري في مدينة جنيف، فلان". Sentences written for these tests."""
from __future__ import annotations

import khabar


def _person_of(article, role_text: str):
    for e in article.entities:
        if any(m.text == role_text and m.kind == "role" for m in e.mentions):
            return e
    return None


def test_a_consul_in_a_named_city_is_the_person_named_after_the_comma():
    text = ("أعلن القنصل الأردني في مدينة إسطنبول التركية، خالد العمري، أن القنصلية تتابع أوضاع المسافرين.\n"
            "وقال العمري إن جميع المسافرين بخير.")
    art = khabar.read(text, published="2022-05-10")
    holder = _person_of(art, "القنصل الأردني")
    assert holder is not None and any(m.text == "خالد العمري" for m in holder.mentions)
    assert {q.speaker for q in art.quotes} == {holder.id}


def test_a_place_noun_without_a_place_after_it_links_nothing():
    text = "وقال القنصل الأردني في مدينة كبيرة، خالد العمري، إن القنصلية تتابع الأوضاع."
    art = khabar.read(text, published="2022-05-10")
    holder = _person_of(art, "القنصل الأردني")
    assert holder is None or not any(m.text == "خالد العمري" for m in holder.mentions)
