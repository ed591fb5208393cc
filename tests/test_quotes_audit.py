"""Quoted terms and quoted names found by an audit of random corpus articles (sentences written
for these tests): a short quotation opening a reported clause that goes on after it is a term
inside the report, not the whole statement; a quoted place or programme name after a noun
phrase ("مركز احتجاز "…"", "نقطة "…" التابعة") is no quote at all."""
from quotes_helpers import quotes


def _speaker(a, q):
    ent = a.entity(q.speaker) if q.speaker else None
    return ent.name if ent is not None else None


def test_quoted_term_opening_the_clause_makes_the_whole_clause_indirect():
    body = 'وقال المحامي كريم سالم إن "الوسطاء" في الصفقة كانوا يتقاضون عمولات كبيرة من الشركات.'
    a, qs = quotes(body, {"Karim Salem": ["كريم سالم"]})
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "indirect"
    assert q.text.startswith('"الوسطاء" في الصفقة') and q.text.endswith("من الشركات")
    assert _speaker(a, q) == "Karim Salem"


def test_quoted_term_with_on_goes_on_too():
    body = 'وأكدت الوزيرة هالة يوسف أن "الهدنة" على وشك الانهيار بسبب الخروقات المتكررة.'
    a, qs = quotes(body, {"Hala Youssef": ["هالة يوسف"]})
    assert [q.kind for q in qs] == ["indirect"]
    assert "على وشك الانهيار" in qs[0].text


def test_whole_quotation_with_a_narrators_adjunct_stays_direct():
    # ("في تصريح" opens where it was said: the quotation is all that was said)
    body = 'وقال المتحدث سمير نجم إن "المفاوضات انتهت" في تصريح للصحفيين مساء الأحد.'
    a, qs = quotes(body, {"Samir Najm": ["سمير نجم"]})
    assert [(q.kind, q.text) for q in qs] == [("direct", "المفاوضات انتهت")]


def test_long_quotation_before_in_stays_direct():
    body = 'وقال الوزير فادي كامل إن "الحكومة لن تتراجع عن خطتها مهما كانت الضغوط" في كلمة أمام البرلمان.'
    a, qs = quotes(body, {"Fadi Kamel": ["فادي كامل"]})
    assert [q.kind for q in qs] == ["direct"]


def test_quoted_place_name_after_noun_and_modifier_is_no_quote():
    body = ('وقالت المنظمة عقب تفقدها مركز إيواء "الأمل" القريب من العاصمة والذي يعتبر أكبر مركز '
            'في المنطقة إن عشرات الأسر تعيش فيه.')
    a, qs = quotes(body, {"ORG:Amnesty International": ["المنظمة"]})
    assert all(q.text != "الأمل" for q in qs)


def test_quoted_checkpoint_name_is_no_partial_quote():
    body = 'استنكرت الجمعية مقتل شاب برصاص الشرطة في نقطة "الجسر" التابعة للمنطقة الشمالية.'
    a, qs = quotes(body)
    assert all(q.text != "الجسر" for q in qs)


def test_quoted_programme_title_is_no_quote():  # (a guard: no quote before this round either)
    body = 'اختتمت الجمعية أمس البرنامج التدريبي "قيادة الفرق الناجحة"، بمشاركة 40 متدربا.'
    a, qs = quotes(body)
    assert qs == []


def test_quotation_after_a_title_subject_is_still_a_quote():
    # (the title phrase is the cue's subject: its words follow)
    body = 'ويطالب مشروع القرار "بوقف فوري لإطلاق النار" في جميع أنحاء البلاد.'
    a, qs = quotes(body)
    assert any("بوقف فوري" in q.text for q in qs)


def test_quotation_ending_the_sentence_after_a_party_is_still_a_quote():
    body = 'وقال رئيس الحزب الحاكم عادل منصور "لن نقبل بهذا الاتفاق".'
    a, qs = quotes(body, {"Adel Mansour": ["عادل منصور"]})
    assert [q.text for q in qs] == ["لن نقبل بهذا الاتفاق"]
    assert _speaker(a, qs[0]) == "Adel Mansour"
