"""ل + the article: an institution written «للنيابة» is named «النيابة»; no word of a person's name after
the first is ل + the article. Sentences written for these tests."""
from __future__ import annotations

import khabar


def test_an_institution_after_lam_keeps_its_article_and_joins_its_later_mention():
    text = "وأحالت الشرطة الملف للنيابة الإدارية التي فتحت تحقيقا. وقالت النيابة الإدارية إن التحقيق مستمر."
    art = khabar.read(text, published="2020-01-01")
    orgs = [e for e in art.entities if e.type == "ORG"]
    assert [e.name_ar for e in orgs] == ["النيابة الإدارية"] and len(orgs[0].mentions) == 2


def test_a_person_name_stops_before_a_lam_article_word():
    art = khabar.read("وقال يوسف المنصور للمتصلين إن الخدمة ستعود.", published="2020-01-01")
    assert [m.text for e in art.entities if e.type == "PER" for m in e.mentions] == ["يوسف المنصور"]
