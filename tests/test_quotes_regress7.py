"""Held-out regressions of evalset 7, on sentences of our own: a direct quotation in a "الذي قال"
relative clause inside a run-on report is a quote of its own, and a lone surname finds the full
name the entity stage missed right after a person's title."""
from __future__ import annotations

from quotes_helpers import quotes


def _speakers(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.kind, q.text) for q in qs]


def test_quoted_relative_clause_is_its_own_direct_quote():
    body = ("وأكد سامي الهادي، خلال لقاء إذاعي، أن الحكومة أخفقت في إصلاح قطاع التعليم، الذي قال "
            "\"إنه يحتاج إلى خطة شاملة وتمويل مستقر\"، إضافة الى تأخر صرف الرواتب وصرح من جهة ثانية، "
            "بأن وزارته ستقدم مشروع قانون جديدا.")
    a, qs = quotes(body, {"Hadi": ["سامي الهادي"]})
    assert _speakers(a, qs) == [
        ("Hadi", "indirect", "الحكومة أخفقت في إصلاح قطاع التعليم"),
        ("Hadi", "direct", "إنه يحتاج إلى خطة شاملة وتمويل مستقر"),
        ("Hadi", "indirect", "وزارته ستقدم مشروع قانون جديدا"),
    ]


def test_unquoted_relative_clause_still_continues_the_report():
    body = ("وأضاف الوزير خالد سالم أن الزيارة تفتح صفحة جديدة في العلاقات، الذي قال إنها لم تبلغ "
            "بعد ما يطمح إليه البلدان.")
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert len(qs) == 1 and qs[0].text.endswith("ما يطمح إليه البلدان") and qs[0].speaker == "e1"


def test_surname_finds_the_name_after_a_title():
    # (the title is in a sentence with no cue: the quote stage never read the name as a subject)
    body = ("وتفقد المتحدث باسم وزارة الداخلية مراد يوسف الشامي المعبر الحدودي صباح اليوم. "
            "وأضاف الشامي قائلا: \"سنعيد فتحه بعد انتهاء التحقيق\".")
    a, qs = quotes(body, {"Spokesman": [("المتحدث باسم وزارة الداخلية", "role")]})
    assert [(q.speaker, q.kind) for q in qs] == [("e1", "direct")]
    assert "مراد يوسف الشامي" in [m.text for m in a.entity("e1").mentions]


def test_surname_unlike_the_titled_name_is_not_joined():
    body = ("وتفقد المتحدث باسم وزارة الداخلية مراد يوسف الشامي المعبر الحدودي صباح اليوم. "
            "وأضاف الحلبي قائلا: \"سنعيد فتحه بعد انتهاء التحقيق\".")
    a, qs = quotes(body, {"Spokesman": [("المتحدث باسم وزارة الداخلية", "role")]})
    assert qs[-1].speaker != "e1"
