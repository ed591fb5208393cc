"""A place name that is also a nisba adjective ("مالي": Mali / "financial") after a bare noun it
describes is the adjective; after a preposition, a direction or a verb it stays the place."""
import pytest

import khabar


def _mali_mentions(text: str) -> list[str]:
    """The words before each mention of Mali, to tell the mentions apart."""
    art = khabar.read(text, published="2021-03-01").to_dict()
    out = []
    for ent in art["entities"]:
        if ent.get("kb") == "loc:ML":
            out += [text[max(0, m["start"] - 8):m["start"]].split()[-1] for m in ent["mentions"]]
    return out


@pytest.mark.parametrize("text", [
    "تسلمت البلدية دعم مالي من المانحين لترميم المدارس القديمة.",
    "ضبطت الشرطة مبلغ مالي كبير في سيارة المتهم قرب الحدود.",
    "طالب العمال بتعويض مالي عن ساعات العمل الإضافية.",
    "يواجه رئيس النادي تهم فساد مالي منذ العام الماضي.",
    "أعلنت الحكومة خطة إصلاح مالي لخفض العجز.",
])
def test_financial_after_bare_noun_is_no_place(text):
    assert _mali_mentions(text) == []


def test_coordinated_nisba_is_an_adjective():
    assert _mali_mentions("أقالت الوزارة المدير بعد تقرير عن خلل إداري ومالي في المستشفى.") == []


@pytest.mark.parametrize("text, before", [
    ("وصل وزير الدفاع الفرنسي إلى مالي أمس في زيارة لقواته.", "إلى"),
    ("قتل جنديان في هجوم شمال مالي قرب الحدود مع النيجر.", "شمال"),
    ("تضم مالي عددا كبيرا من الجماعات العرقية.", "تضم"),
    ("شهدت مالي انقلابا عسكريا في أغسطس الماضي.", "شهدت"),
])
def test_place_readings_stay(text, before):
    assert _mali_mentions(text) == [before]


def test_both_readings_in_one_article():
    text = ("أرسلت فرنسا دعم مالي وعسكري إلى مالي لمواجهة الجماعات المسلحة، وقال مسؤول إن "
            "القوات ستبقى في وسط مالي حتى نهاية العام.")
    assert _mali_mentions(text) == ["إلى", "وسط"]


def test_definite_noun_before_is_not_the_rule():
    # a definite noun before the name is a genitive phrase of the place, not an adjective
    assert _mali_mentions("أشاد المسؤول بالتعاون العسكري مع مالي وبوركينا فاسو.") == ["مع"]


def test_government_of_mali_is_still_named():
    art = khabar.read("قالت حكومة مالي إنها ستجري الانتخابات في موعدها.",
                      published="2021-03-01").to_dict()
    assert any(e.get("kb") == "org:government:ML" for e in art["entities"])


def test_chained_nisba_adjectives():
    assert _mali_mentions("قال خبير اقتصادي مالي إن الأسواق ستتعافى قريبا.") == []


def test_direction_before_stays_the_place():
    text = "سقط قتلى في هجوم وقع جنوبي مالي وآخر شمال شرقي مالي."
    assert _mali_mentions(text) == ["جنوبي", "شرقي"]
