"""Minutes of a match written in brackets are not quantities (bare.drop_match_minutes)."""
from khabar.quantities import find_quantities


def _q(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def test_bracketed_minutes_in_a_match_report():
    assert _q("وسدد الجناح كرة قوية مرت بجوار القائم (27)، ثم رد الضيوف بهجمة.") == []
    assert _q("وأحرز أهداف الفريق سامي (12) ونادر (70).") == []
    assert _q("وتصدى الحارس لركلة جزاء (88).") == []


def test_bracketed_counts_outside_a_match_stay():
    # votes by region, a total in brackets: no move of a match in the sentence
    assert [q[1] for q in _q("وحصل الملف على أصوات أوروبا (30)، وآسيا (21).")] == [30, 21]
    assert _q("وارتفع عدد المستفيدين إلى (4210)، بحسب التقرير.") == [("(4210)", 4210, None)]
    # a counted noun after the bracket: a count even in a match report
    assert _q("وسجل الفريق (3) أهداف في الشوط الأول.") == [("(3) أهداف", 3, None)]
