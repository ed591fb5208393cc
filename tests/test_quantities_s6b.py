"""Quantities, session 6 round 2: thousands written with a dot, and "عقد" that is no decade."""
from khabar.quantities import find_quantities


def _q(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def test_dot_before_three_digits_counts_thousands():
    assert _q("استقبلت المخيمات نحو 75.300 لاجئ خلال الشتاء.") == [("75.300 لاجئ", 75300, None)]
    assert _q("وزعت الجمعية 2.450 سلة غذائية على الأسر.") == [("2.450 سلة", 2450, None)]


def test_bracketed_thousands_dot():
    assert _q("وبلغ عدد المستفيدين (12.640) مستفيدا هذا العام.") == [("(12.640) مستفيدا", 12640, None)]


def test_real_decimals_stay():
    # a scale after the digits: a decimal of millions
    assert _q("أنتجت الشركة 2.315 مليون برميل.") == [("2.315 مليون برميل", 2315000, "barrel")]
    # an index moves by decimal points
    assert _q("وتراجع المؤشر 41.270 نقطة في ختام التداول.")[0][1] == 41.27
    # a fraction of two digits is a decimal
    assert _q("وصلت نسبة الإقبال إلى 4.25 مليون ناخب.")[0][1] == 4250000
    # "(x) ألف" already multiplied by the scale is not multiplied again
    assert _q("بلغ عدد المسافرين (312.118) ألف مسافر.") == [("(312.118) ألف مسافر", 312118, None)]


def test_decade_counted_past_ten_is_a_contract():
    assert _q("وقعت الوزارة 24 عقدا مع شركات محلية.") == [("24 عقدا", 24, None)]
    assert _q("تسلمت البلدية 650 عقد إيجار.") == [("650 عقد", 650, None)]


def test_holding_a_meeting_is_no_decade():
    assert _q("طالبت المعارضة بضمانات قبل عقد أي حوار مع الحكومة.") == []
    assert _q("اتفق الطرفان على التشاور قبل عقد اجتماعات جديدة.") == []


def test_decades_still_read():
    assert _q("يعيش في المنفى منذ عقد كامل.") == [("عقد", 1, "decade")]
    assert _q("حكم البلاد أكثر من ثلاثة عقود.")[0][1:] == (3, "decade")


def test_item_numbers_and_scores_are_no_amounts():
    text = "وحددت الوزارة شروط القبول كالتالي: 1- إتمام الدراسة الثانوية. 2- اجتياز مقابلة شخصية.\n3- دفع رسوم قدرها 500 درهم."
    assert _q(text) == [("500 درهم", 500, "dirham")]
    assert _q("تأهل المنتخب بعد فوزه على ضيفه 4-صفر مساء السبت.") == []


def test_number_before_a_dash_inside_a_sentence_stays():
    assert _q("قتل 7 - بينهم ثلاثة أطفال - في القصف.")[0] == ("7", 7, None)
