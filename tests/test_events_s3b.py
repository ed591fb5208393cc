"""Event mechanisms of session 3, round 2: who is struck by an attack is a participant beside its
agent, but never its only actor (alone it would read as the attacker). Sentences are written for
these tests."""
from __future__ import annotations

from events_helpers import make, only

from khabar.events import extract_events


# ---------------------------------------------------------------- the target of an attack
def test_forces_attacked_are_not_the_attacker():
    text = "ويشن المتمردون منذ شهر هجمات متكررة على قوات الجيش في المنطقة الحدودية."
    art = make(text, {"org:army": ("ORG", ["قوات الجيش"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == []


def test_target_beside_its_attacker_stays_a_participant():
    text = "وتشن الجماعة المسلحة منذ شهر هجمات متكررة على قوات الجيش في المنطقة الحدودية."
    art = make(text, {"org:group": ("ORG", ["الجماعة المسلحة"]), "org:army": ("ORG", ["قوات الجيش"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors[0] == "org:group"


def test_building_fired_upon_is_no_actor():
    text = "أطلق مسلحان النار على مبنى السفارة الفرنسية في العاصمة مساء أمس."
    art = make(text, {"org:embassy": ("ORG", ["السفارة الفرنسية"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "org:embassy" not in ev.actors


def test_strikes_against_positions_of_a_party():
    text = "ونفذت الطائرات الحربية غارات جوية ضد مواقع حزب العمال الكردستاني في الجبال."
    art = make(text, {"org:pkk": ("ORG", ["حزب العمال الكردستاني"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "org:pkk" not in ev.actors


def test_by_the_hand_of_names_the_attacker():
    text = "وقع الهجوم على يد عناصر تنظيم القاعدة قرب الحدود."
    art = make(text, {"org:aq": ("ORG", ["تنظيم القاعدة"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == ["org:aq"]


def test_attacker_named_before_the_target_stays():
    text = "وشن الجيش الإسرائيلي غارات على مواقع لحركة حماس في قطاع غزة."
    art = make(text, {"org:idf": ("ORG", ["الجيش الإسرائيلي"]), "org:hamas": ("ORG", ["حركة حماس"]),
                      "loc:gaza": ("LOC", ["قطاع غزة"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors[0] == "org:idf"


# ---------------------------------------------------------------- casualties before an attack
def test_soldiers_killed_in_an_attack_are_not_its_actor():
    text = "قتل ثلاثة من قوات حرس الحدود فجر اليوم في هجوم شنه مسلحون مجهولون قرب المعبر."
    art = make(text, {"org:border": ("ORG", ["قوات حرس الحدود"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "org:border" not in ev.actors


def test_casualties_of_a_strike_on_a_group():
    text = "أعلنت مصادر محلية مقتل سبعة من عناصر تنظيم القاعدة في غارة جوية على سيارتهم."
    art = make(text, {"org:aq": ("ORG", ["تنظيم القاعدة"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "org:aq" not in ev.actors


def test_both_sides_of_clashes_stay_parties():
    text = "قتل خمسة من عناصر الجيش والمسلحين في اشتباكات عنيفة شمال المدينة."
    art = make(text, {"org:army": ("ORG", ["الجيش"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "org:army" in ev.actors


# ---------------------------------------------------------------- a pronoun on a contrastive conjunction
def test_pronoun_after_but_is_the_sentence_subject():
    text = ("وتواصل الحكومة الإسرائيلية بناء المستوطنات في الضفة الغربية لكنها أيضا هددت بهدم منازل "
            "في القدس.")
    art = make(text, {"org:il": ("ORG", ["الحكومة الإسرائيلية"]), "loc:wb": ("LOC", ["الضفة الغربية"]),
                      "loc:jer": ("LOC", ["القدس"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["org:il"]


def test_pronoun_after_except_that_is_the_sentence_subject():
    text = "وزار الرئيس الفرنسي القاهرة الأسبوع الماضي، إلا أنه رفض دعوة لحضور المؤتمر."
    art = make(text, {"per:fr": ("PER", ["الرئيس الفرنسي"]), "loc:cairo": ("LOC", ["القاهرة"])})
    ev = only(extract_events(art), "REJECT")
    assert ev.actors[:1] == ["per:fr"]


def test_pronoun_inside_a_complement_clause_is_left():
    text = "وقال الوزير إن الحركة مستعدة للحوار لكنها رفضت الشروط."
    art = make(text, {"per:min": ("PER", ["الوزير"]), "org:mv": ("ORG", ["الحركة"])})
    only(extract_events(art), "REJECT")
    # the pronoun may stand for the complement clause's subject: the opener is not forced on it
    assert not any(rule == "pronoun_subject" for rule, _ in art.scratch.get("events.rules", []))


# ---------------------------------------------------------------- a verbal attack
def test_sharp_attack_on_a_minister_is_disapproval():
    text = "وشن نواب في البرلمان هجوماً حاداً على وزير المالية بسبب الموازنة الجديدة."
    art = make(text, {"per:fin": ("PER", ["وزير المالية"])})
    types = [e.type for e in extract_events(art)]
    assert "DISAPPROVE" in types and "ASSAULT" not in types


def test_biting_attack_with_possessive():
    text = "وواصل المعارض هجومه اللاذع على الحكومة في مقابلة تلفزيونية."
    types = [e.type for e in extract_events(make(text))]
    assert "DISAPPROVE" in types and "ASSAULT" not in types


def test_violent_attack_stays_an_assault():
    text = "وشن مسلحون هجوما عنيفا على نقطة تفتيش للجيش جنوب المدينة."
    types = [e.type for e in extract_events(make(text))]
    assert types == ["ASSAULT"]


def test_named_person_attacking_in_words_disapproves():
    text = "وهاجم الرئيس البرازيلي خصومه في البرلمان واتهمهم بعرقلة الإصلاحات."
    art = make(text, {"per:br": ("PER", ["الرئيس البرازيلي"])})
    types = [e.type for e in extract_events(art)]
    assert "ASSAULT" not in types and types.count("DISAPPROVE") >= 1


def test_named_attacker_with_a_knife_stays_an_assault():
    text = "وهاجم أحمد سالم المارة بسكين في سوق المدينة."
    art = make(text, {"per:as": ("PER", ["أحمد سالم"])})
    assert [e.type for e in extract_events(art)] == ["ASSAULT"]


def test_gunmen_attacking_stay_an_assault():
    text = "وهاجم مجهولون مقر الحزب في العاصمة فجر اليوم."
    art = make(text, {"org:party": ("ORG", ["مقر الحزب"])})
    assert [e.type for e in extract_events(art)] == ["ASSAULT"]
