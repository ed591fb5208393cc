"""Quote spans and kinds on sentences written for these tests (one construction each)."""
from __future__ import annotations

import pytest

from khabar.article import Article
from khabar.quotes import quotes_stage
from khabar.text import split_sentences

from quotes_helpers import article, quotes  # tests/ is on sys.path


SALEM = {"Salem Haddad": ["سالم الحداد", "الحداد"]}


@pytest.mark.parametrize("open_, close", [("“", "”"), ("«", "»"), ('"', '"'), ("”", "”")])
def test_direct_quote_in_each_mark(open_, close):
    body = f"وقال سالم الحداد: {open_}سنفتح المعبر أمام الشاحنات صباح الغد{close}."
    a, qs = quotes(body, SALEM)
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "direct"
    assert q.text == "سنفتح المعبر أمام الشاحنات صباح الغد"
    assert q.speaker == "e1"
    assert q.cue == "وقال" and body[q.cue_start:q.cue_start + 4] == "وقال"


def test_single_quote_marks():
    body = "وقال سالم الحداد: ‘سنفتح المعبر أمام الشاحنات صباح الغد’."
    _, qs = quotes(body, SALEM)
    assert [q.text for q in qs] == ["سنفتح المعبر أمام الشاحنات صباح الغد"]


def test_multi_sentence_direct_quote():
    body = ("وقال سالم الحداد: “المفاوضات كانت صعبة. لكننا وصلنا إلى تفاهم أولي. "
            "وسنعلن التفاصيل الأسبوع المقبل”.")
    _, qs = quotes(body, SALEM)
    assert len(qs) == 1
    assert qs[0].text.startswith("المفاوضات كانت صعبة.")
    assert qs[0].text.endswith("الأسبوع المقبل")


def test_colon_quote_without_marks_runs_to_sentence_end():
    body = "وقال سالم الحداد: لا نية لدينا لرفع الأسعار هذا العام. وتوقعت الشركة نموا في المبيعات."
    _, qs = quotes(body, SALEM)
    assert qs[0].kind == "direct"
    assert qs[0].text == "لا نية لدينا لرفع الأسعار هذا العام"


def test_unclosed_mark_ends_at_next_cue():
    body = ("وقال سالم الحداد: “الوضع في الميناء هادئ الآن. والعمل يسير بشكل طبيعي. "
            "وأضاف: “سنراجع إجراءات السلامة كلها”.")
    _, qs = quotes(body, SALEM)
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[0].text == "الوضع في الميناء هادئ الآن. والعمل يسير بشكل طبيعي."
    assert qs[1].text == "سنراجع إجراءات السلامة كلها"
    assert qs[1].speaker == "e1"  # وأضاف continues the speaker


def test_unclosed_mark_ends_at_paragraph_end():
    body = ("وقال سالم الحداد: “لن نقبل بأي تأجيل جديد للمشروع\n"
            "وفي سياق آخر، افتتحت البلدية حديقة عامة جديدة.")
    _, qs = quotes(body, SALEM)
    assert len(qs) == 1
    assert qs[0].text == "لن نقبل بأي تأجيل جديد للمشروع"


def test_unbalanced_mark_does_not_derail_the_rest():
    body = ("ونفى سالم الحداد وجود أي خلاف داخل المجلس\". "
            "وقال الحداد إن “الاجتماع المقبل سيعقد في موعده”.")
    _, qs = quotes(body, SALEM)
    assert qs[-1].kind == "direct"
    assert qs[-1].text == "الاجتماع المقبل سيعقد في موعده"


def test_partial_quote_after_describe_cue():
    body = "ووصف سالم الحداد المحادثات بأنها “مثمرة”، مؤكدا أن الجولة المقبلة ستعقد في عمان."
    _, qs = quotes(body, SALEM)
    kinds = {q.kind: q for q in qs}
    assert kinds["partial"].text == "مثمرة"
    assert kinds["partial"].speaker == "e1"
    assert kinds["indirect"].text == "الجولة المقبلة ستعقد في عمان"
    assert kinds["indirect"].speaker == "e1"


def test_film_title_in_marks_is_not_a_quote():
    body = "وعرضت القاعة فيلم “الطريق إلى البحر” مساء الخميس وسط حضور كبير."
    _, qs = quotes(body)
    assert qs == []


def test_named_operation_and_newspaper_in_marks_are_not_quotes():
    body = ("وأعلن الجيش انتهاء عملية “درع الشمال” بعد أسبوعين، "
            "كما نشرت صحيفة “الأيام” صورا من المنطقة.")
    _, qs = quotes(body, {"ORG:Army": ["الجيش"]})
    assert all(q.text not in ("درع الشمال", "الأيام") for q in qs)


@pytest.mark.parametrize("comp", ["إن", "أن", "بأن"])
def test_indirect_after_complementizer(comp):
    body = f"وأكد سالم الحداد {comp} الحكومة ستخفض الضرائب على الشركات الصغيرة، مضيفا أن القرار نهائي."
    _, qs = quotes(body, SALEM)
    assert qs[0].kind == "indirect"
    assert qs[0].text == "الحكومة ستخفض الضرائب على الشركات الصغيرة"
    assert qs[1].text == "القرار نهائي" and qs[1].speaker == "e1"


def test_indirect_after_ila_anna():
    body = "وأشار سالم الحداد إلى أن المستشفى الجديد سيستقبل المرضى في الربيع."
    _, qs = quotes(body, SALEM)
    assert qs[0].kind == "indirect"
    assert qs[0].text == "المستشفى الجديد سيستقبل المرضى في الربيع"


def test_indirect_with_pronoun_keeps_the_pronoun():
    body = "وكشف سالم الحداد أنه التقى ممثلي النقابات الأسبوع الماضي."
    _, qs = quotes(body, SALEM)
    assert qs[0].text == "أنه التقى ممثلي النقابات الأسبوع الماضي"


def test_indirect_without_complementizer():
    body = "ونفى سالم الحداد وجود أي نقص في مخزون القمح."
    _, qs = quotes(body, SALEM)
    assert len(qs) == 1
    assert qs[0].kind == "indirect"
    assert qs[0].text == "وجود أي نقص في مخزون القمح"
    assert qs[0].speaker == "e1"


def test_direct_when_whole_complement_is_quoted():
    body = "وقال سالم الحداد إن “الطريق الساحلي سيغلق ليلا” فيما كانت الأمطار تتساقط."
    _, qs = quotes(body, SALEM)
    assert qs[0].kind == "direct"
    assert qs[0].text == "الطريق الساحلي سيغلق ليلا"


def test_indirect_with_embedded_quoted_words_stays_one_quote():
    body = "وأضاف سالم الحداد أن تأخير الرواتب أمر “غير مقبول” في ظل الظروف الحالية للعمال."
    _, qs = quotes(body, SALEM)
    assert len(qs) == 1
    assert qs[0].kind == "indirect"
    assert "“غير مقبول”" in qs[0].text


def test_indirect_stops_before_next_cue_clause():
    body = ("وصرح سالم الحداد بأن اللجنة أنهت عملها، وقال إن “التقرير سينشر قريبا”.")
    _, qs = quotes(body, SALEM)
    assert [q.text for q in qs] == ["اللجنة أنهت عملها", "التقرير سينشر قريبا"]
    assert [q.kind for q in qs] == ["indirect", "direct"]


def test_quote_in_narrator_formula_is_not_reported_speech():
    body = "يذكر أن المصنع يشغل نحو ألفي عامل في المنطقة الصناعية."
    _, qs = quotes(body)
    assert qs == []


def test_negated_cue_is_not_a_quote():
    body = "ولم تعلن الشرطة أسماء الموقوفين حتى مساء الأحد."
    _, qs = quotes(body)
    assert qs == []


def test_quotes_stage_fills_article_sorted():
    body = ("قال سالم الحداد إن الطريق سيفتح غدا. "
            "وأضاف: “نعتذر عن الإزعاج للسكان”.")
    a = article(body, SALEM)
    quotes_stage(a)
    assert [q.start for q in a.quotes] == sorted(q.start for q in a.quotes)
    assert len(a.quotes) == 2
    assert all(a.body[q.start:q.end] == q.text for q in a.quotes)


@pytest.mark.parametrize("body", ["", "   ", "“", "«»", "قال:", "وقال إن", "\"\"\"\"", "مضيفا أن “",
                                  "وقال: “" * 50, "وفقا ل", "بحسب"])
def test_bad_input_never_crashes(body):
    a = Article(body=body, sentences=split_sentences(body))
    quotes_stage(a)
    assert isinstance(a.quotes, list)
    assert not any("quotes:" in w for w in a.warnings)
