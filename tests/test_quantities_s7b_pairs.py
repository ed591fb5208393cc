"""Scores, year pairs and date pieces joined by "-" or "/" are not quantities (bare.drop_number_pairs)."""
import pytest

from khabar.quantities import find_quantities


def _q(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    "وفاز النادي على منافسه 4 - 2 في الجولة الأخيرة.",
    "وتعادل الفريقان 1 – 1 مساء الجمعة.",
    "وخسر المنتخب أمام مضيفه صفر / 3 في التصفيات.",
    "وعاش الشاعر (1320 – 1389) في بغداد.",
    "وصدر القرار بالرقم (77 / 12) من المجلس.",
    "وانعقد الاجتماع في 14 - 3 - 1439هـ بحضور الأعضاء.",
])
def test_joined_pairs_are_no_quantities(text):
    assert _q(text) == []


def test_range_with_its_noun_stays():
    assert _q("وأصيب 6 - 9 أشخاص بجروح.")[-1] == ("9 أشخاص", 9, None)
    assert [q[1] for q in _q("وتراوح العدد بين (30 - 45) طالبا كل يوم.")] == [30, 45]
    # the currency after the bracket is not attached (yet), but the amounts are kept
    assert [q[1] for q in _q("ويقع الإيجار بين ( 100 - 300 ) دولار شهريا.")] == [100, 300]


def test_count_before_a_dash_stays():
    assert ("4 أشخاص", 4, None) in _q("وقتل 4 أشخاص - 2 منهم من الشرطة.")


def test_bracketed_file_number_before_a_new_phrase():
    assert _q("وبعد الاطلاع على المحضر رقم ( 18 / 4 ) وتاريخ 3 / 2 / 1438هـ، تقرر ما يلي.") == []
    assert [q[1] for q in _q("وتضم العمارة (3 - 5) وحدات سكنية.")] == [3, 5]
