"""Clause boundaries and cue readings from the fourth round, on sentences written for these tests:
"…، لكنه أكد أن …" starts a report of its own, a negated "لم يقل" closes the clause before it
without being a quote, "وتابع أن …" is a cue whose own speaker wins over a verb inside its
content, and a feminine or plural participle after an indefinite noun is an adjective."""
from __future__ import annotations

from quotes_helpers import quotes_only as quotes  # tests/ is on sys.path

OMAR = {"Omar Fadel": ["عمر فاضل"]}
NADIA = {"Nadia Karim": ["نادية كريم"]}


def test_but_he_stressed_starts_a_new_report():
    body = ("قال عمر فاضل إن المفاوضات ما زالت متعثرة، لكنه أكد أن الوفد سيبقى في العاصمة "
            "حتى نهاية الأسبوع.")
    qs = quotes(body, OMAR)
    assert [q.text for q in qs] == ["المفاوضات ما زالت متعثرة",
                                    "الوفد سيبقى في العاصمة حتى نهاية الأسبوع"]
    assert all(q.speaker == "e1" for q in qs)


def test_negated_say_after_but_ends_the_quote_and_is_no_quote():
    body = "قال عمر فاضل إن الحكومة لن تسمح بتأجيل الانتخابات، لكنه لم يقل إنه سيستقيل من منصبه."
    qs = quotes(body, OMAR)
    assert [q.text for q in qs] == ["الحكومة لن تسمح بتأجيل الانتخابات"]


def test_but_he_with_an_object_inside_a_reported_clause_is_not_a_turn():
    # "لكنه أخبر …" without content of its own stays inside the reported clause
    body = "قالت نادية كريم إن الوزير وصل متأخرا، لكنه أخبر الصحفيين بالتفاصيل كاملة."
    qs = quotes(body, NADIA)
    assert len(qs) == 1 and qs[0].text.endswith("بالتفاصيل كاملة")


def test_jussive_say_alone_is_not_a_cue():
    # "يقل" without a negation is "decreases"
    body = "قال عمر فاضل إن عدد الزوار يقل في الشتاء، وإن الفنادق تغلق أبوابها."
    qs = quotes(body, OMAR)
    assert len(qs) == 1 and qs[0].text.startswith("عدد الزوار يقل في الشتاء")


def test_continued_that_takes_the_outer_speaker():
    body = ("قال عمر فاضل إن الميناء سيغلق مؤقتا. وتابع أن الشركتين تقران بأن الإصلاحات "
            "ضرورية.")
    qs = quotes(body, OMAR)
    assert len(qs) == 2
    assert qs[1].cue == "وتابع" and qs[1].speaker == "e1"
    assert qs[1].text == "الشركتين تقران بأن الإصلاحات ضرورية"


def test_participle_adjective_of_an_indefinite_noun_is_not_a_cue():
    body = "أعلنت وزارة الزراعة أن هناك تقارير مؤكدة عن انتشار المرض في ثلاث قرى شمالية."
    qs = quotes(body, {"ORG:Ministry": ["وزارة الزراعة"]})
    assert len(qs) == 1 and qs[0].text == "هناك تقارير مؤكدة عن انتشار المرض في ثلاث قرى شمالية"
    assert quotes("اتخذت السلطات إجراءات أمنية مشددة حول الملعب قبل المباراة النهائية.") == []


def test_feminine_participle_with_content_stays_a_cue():
    body = "وخرجت نادية كريم من الاجتماع مؤكدة أن الاتفاق بات قريبا."
    qs = quotes(body, NADIA)
    assert len(qs) == 1 and qs[0].speaker == "e1" and qs[0].text == "الاتفاق بات قريبا"
