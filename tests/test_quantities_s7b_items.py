"""Item numbers and timeline years that label a line are not quantities (readings.list_marker)."""
from khabar.quantities import find_quantities


def _q(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def test_numbered_items_after_a_colon_or_stop():
    text = "وتشمل التوصيات ما يلي:\n1. رفع رأس المال\n2. تعيين مدقق خارجي\n3. تأجيل التوزيعات"
    assert _q(text) == []
    assert _q("وهذه أبرز النصائح: 1. النوم مبكرا. 2. الإقلال من السكر.") == []


def test_timeline_years_after_a_bullet():
    text = "أبرز المحطات:\n- 1974: التحق بالجيش\n- 1991: أصبح قائدا للأركان\n1999: تقاعد"
    assert _q(text) == []


def test_numbers_in_running_text_stay():
    assert _q("وبلغ عدد المصابين 31. وقال الطبيب إن حالتهم مستقرة.") == [("31", 31, None)]
    assert _q("وصل الوفد:\n- 12 وزيرا و40 مرافقا") == [("12 وزيرا", 12, None), ("40 مرافقا", 40, None)]
