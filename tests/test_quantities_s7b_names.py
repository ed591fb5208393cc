"""Bare numbers inside names and legal references are not quantities (khabar.quantities.bare)."""
import pytest

from khabar.quantities import find_quantities


def _q(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    "وقال الوزير في حديث لفرانس 24 إن المحادثات مستمرة.",
    "وذكرت قناة فرانس 24 أن الوفد وصل صباحا.",
    "وأعلنت الشركة أن نظام ويندوز 11 سيصل إلى الأجهزة القديمة.",
    "وهبطت طائرة بوينغ 787 اضطراريا في المطار.",
    "وتسلمت القوات الجوية مقاتلات إف 35 جديدة.",
    "وعرضت الشركة هاتف Pixel 8 في المعرض.",
])
def test_number_in_a_name_is_no_quantity(text):
    assert _q(text) == []


@pytest.mark.parametrize("text", [
    "ودعا المبعوث إلى تطبيق القرار الأممي 2254 دون تأخير.",
    "وطالب الوزير بتنفيذ قرار مجلس الأمن 1701 كاملا.",
    "ويتعارض ذلك مع قراري مجلس الأمن 242 و 338 ، بحسب البيان.",
    "ونشر في الرائد الرسمي القانون الأساسي عدد 12 المؤرخ في مارس.",
    "ونصت المادة (41) من النظام على حق الاعتراض.",
    "وأشار إلى القرار رقم (1325) بشأن المرأة والسلام.",
])
def test_legal_reference_number_is_no_quantity(text):
    assert _q(text) == []


def test_counts_after_names_and_references_stay():
    assert _q("وقالت فرانس 24 إن 12 شخصا قتلوا في الهجوم.") == [("12 شخصا", 12, None)]
    # a counted noun after the number: a decision about soldiers counts them
    assert _q("وجاء قرار إرسال 3000 جندي بعد الهجوم.") == [("3000 جندي", 3000, None)]
    # a preposition between the legal noun and the number: the number is no reference
    assert ("15", 15, None) in _q("وصوت على القرار في الجلسة 15 عضوا.") or \
        _q("وصوت على القرار في الجلسة 15 عضوا.") == [("15 عضوا", 15, None)]


def test_record_after_raqm_stays_a_number():
    # "الرقم القياسي" is a record: the number after it is a value, not an identifier
    assert _q("وكان الرقم القياسي السابق 9 ساعات متواصلة.") == [("9 ساعات", 9, "hour")]
    assert _q("وبلغ الرقم القياسي السابق 31 ثم تحطم.") == [("31", 31, None)]


def test_bad_input_does_not_crash():
    assert _q("فرانس") == []
    assert _q("القرار (") == []
    assert find_quantities(None) == []


def test_count_right_after_an_indefinite_legal_noun_stays():
    # "decisions were issued in 45 cases": the number counts the cases
    assert _q("وصدرت فيها أحكام وقرارات 45 قضية خلال العام.") == [("45 قضية", 45, None)]


def test_bracketed_count_after_a_decision_stays():
    assert _q("وبموجب القرار الوزاري الجديد تم تخصيص (12) مقعدا للنساء.") == [("(12) مقعدا", 12, None)]
