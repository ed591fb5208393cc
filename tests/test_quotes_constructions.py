"""Cue constructions and span rules on sentences written for these tests (one mechanism each):
descriptions (وصف … بـ، اتهم … بأن), quoted objects of call verbs, adverbials and appositions
between a cue and its content, quotations continued over paragraphs, chained participles and
coordinated reports, and words that only look like cues."""
from __future__ import annotations

from quotes_helpers import quotes_only as quotes  # tests/ is on sys.path


NADIA = {"Nadia Karim": ["نادية كريم"]}
OMAR = {"Omar Fadel": ["عمر فاضل"]}


def test_cue_after_a_name_with_a_role_and_place_then_a_time_adverbial():
    # a bare past right after a person's name is a verb, even when a PP ends the role before it
    body = ("لكن المندوب الدائم في جنيف عمر فاضل صرح مساء الخميس أن "
            "\"الوفد لن يوقع على المسودة الحالية\" قبل أن \"يطلع على الملاحق كاملة\" كما طلب.")
    qs = quotes(body, OMAR)
    assert len(qs) == 1 and qs[0].speaker == "e1" and qs[0].kind == "indirect"
    assert qs[0].text.startswith("\"الوفد لن يوقع") and "يطلع على الملاحق" in qs[0].text


def test_single_quotation_after_that_stays_direct():
    qs = quotes("وقال عمر فاضل إن \"الوفد لن يوقع على المسودة الحالية\".", OMAR)
    assert [(q.kind, q.text) for q in qs] == [("direct", "الوفد لن يوقع على المسودة الحالية")]


def test_plural_participle_before_a_cue_verb_is_its_subject_not_a_hal():
    body = "وقالت نادية كريم إنها واثقة من أن المصنع سيفتتح قريبا مشككين يقولون إنه لن يكتمل."
    qs = quotes(body, NADIA)
    assert len(qs) == 1 and qs[0].text.endswith("مشككين يقولون إنه لن يكتمل")


def test_city_is_not_the_participle_of_condemn():
    body = "وقالت نادية كريم إن هذا القرار يثبت أن مدينة الميناء ستبقى مفتوحة أمام السفن."
    qs = quotes(body, NADIA)
    assert len(qs) == 1 and qs[0].text.endswith("مدينة الميناء ستبقى مفتوحة أمام السفن")


def test_quotation_reopened_in_the_next_paragraph_continues_the_speaker():
    body = ("وقالت نادية كريم إن المفاوضات ستستأنف الأسبوع المقبل.\n"
            "وأضافت في مؤتمر صحفي \"لن نقبل بأي اتفاق لا يضمن حقوق المزارعين في الوادي.\n"
            "\"وإذا أرادوا الحل فعليهم العودة إلى طاولة الحوار دون شروط مسبقة.\"\n"
            "وكانت الجولة السابقة قد انتهت دون نتائج.")
    qs = quotes(body, NADIA)
    assert [q.kind for q in qs] == ["indirect", "direct", "direct"]
    assert qs[2].text.startswith("وإذا أرادوا الحل") and qs[2].speaker == "e1"


def test_paragraph_opening_with_a_quotation_after_a_closed_one_is_not_continued():
    body = ("وقالت نادية كريم: \"المفاوضات ستستأنف الأسبوع المقبل في العاصمة\".\n"
            "\"الطريق إلى السلام\" عنوان معرض افتتح أمس في المدينة القديمة.")
    qs = quotes(body, NADIA)
    assert len(qs) == 1


def test_chained_participles_split_the_report():
    body = ("وقال عمر فاضل إن الحكومة \"لن تتخلى عن المزارعين\"، مشددا على أن الدعم "
            "\"سيستمر حتى نهاية الموسم\"، ومبينا أن \"الأسعار ستراجع كل شهر بالتشاور مع النقابات\".")
    qs = quotes(body, OMAR)
    assert [q.cue for q in qs] == ["وقال", "مشددا", "ومبينا"]
    assert qs[2].kind == "direct" and all(q.speaker == "e1" for q in qs)


def test_quotation_opening_the_object_of_a_call_is_partial():
    body = "طالب رئيس البعثة عمر فاضل، بإجراء \"تحقيق شفاف وعاجل\" في حادثة الميناء."
    qs = quotes(body, OMAR)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [("partial", "تحقيق شفاف وعاجل", "e1")]


def test_quotation_after_the_cue_preposition_past_an_adjunct_is_partial():
    body = "أما وزيرة الصحة، فقد أكدت خلال المؤتمر نفسه، على \"ضرورة تعميم التلقيح في المدارس\"."
    qs = quotes(body)
    assert [(q.kind, q.text) for q in qs] == [("partial", "ضرورة تعميم التلقيح في المدارس")]


def test_adjunct_ends_at_the_cue_preposition_and_a_turn_with_a_long_subject():
    body = ("وكانت الوزارة قد أقرت في وقت سابق بحدوث \"خلل تقني محدود\"، لكن المتحدث باسمها "
            "عمر فاضل قال للصحفيين إن الأعطال \"لم تؤثر على الخدمة\".")
    qs = quotes(body, {"ORG:Ministry": ["الوزارة"], **OMAR})
    assert [(q.kind, q.text) for q in qs] == [("partial", "خلل تقني محدود"),
                                             ("indirect", "الأعطال \"لم تؤثر على الخدمة\"")]
    assert qs[1].speaker == "e2"


def test_describe_with_an_unquoted_description_is_indirect():
    body = ("ووصفت نادية كريم في حديث للإذاعة عقب الجلسة، المحادثات مع الوفد الزائر بالمثمرة "
            "والصريحة، مضيفة أن لجنة مشتركة ستتابع الملفات.")
    qs = quotes(body, NADIA)
    assert qs[0].kind == "indirect" and qs[0].speaker == "e1"
    assert qs[0].text == "المحادثات مع الوفد الزائر بالمثمرة والصريحة"
    assert qs[1].cue == "مضيفة"


def test_describe_without_a_subject_continues_the_speaker():
    body = ("وقالت نادية كريم إن الأمطار تسببت في أضرار كبيرة. ووصفت الفيضانات الأخيرة "
            "بأنها الأسوأ منذ عشرين عاما.")
    qs = quotes(body, NADIA)
    assert qs[1].text == "الفيضانات الأخيرة بأنها الأسوأ منذ عشرين عاما" and qs[1].speaker == "e1"


def test_describe_with_a_quoted_description_stays_partial():
    qs = quotes("ووصفت نادية كريم الاتفاق بأنه \"خطوة شجاعة\".", NADIA)
    assert [(q.kind, q.text) for q in qs] == [("partial", "خطوة شجاعة")]


def test_accuse_that_is_reported_but_accuse_of_an_act_is_not():
    qs = quotes("من جهة أخرى اتهم عمر فاضل الشركة أمس بأنها لا تحترم شروط العقد الموقع.", OMAR)
    assert len(qs) == 1 and qs[0].kind == "indirect" and "لا تحترم شروط العقد" in qs[0].text
    assert qs[0].speaker == "e1"
    assert quotes("واتهم عمر فاضل الشركة بخرق شروط العقد الموقع.", OMAR) == []


def test_coordinated_cue_with_its_own_complementizer_starts_a_new_quote():
    body = ("وذكرت نادية كريم بأن \"المشروع سيكتمل في موعده، رغم الصعوبات،\" وشددت على أن "
            "\"التمويل مضمون بالكامل.\"")
    qs = quotes(body, NADIA)
    assert [q.cue for q in qs] == ["وذكرت", "وشددت"]
    assert qs[1].kind == "direct" and qs[1].text.startswith("التمويل مضمون")


def test_bayyan_before_a_complementizer_is_a_cue_but_not_after_another_verb():
    qs = quotes("وقالت نادية كريم إن الموسم جيد. كما بين أن \"الصادرات سترتفع هذا العام بنسبة كبيرة\".",
                NADIA)
    assert [q.cue for q in qs] == ["وقالت", "بين"] and qs[1].kind == "direct"
    assert quotes("وقارن التقرير بين أن تبقى الأسعار ثابتة وأن ترتفع تدريجيا.") == []
