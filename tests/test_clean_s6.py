"""Session 6 cleaning: teaser runs evidenced by excerpts cut off at the teaser length, leads whose
verb the list lacks inside such a run, "للمزيد، <headline>" pointers, and "place (country)" credits."""
from khabar.clean import clean_text
from khabar.clean.teasers import cut_off, load_teaser_rules

TITLE = "وزير الطاقة يعلن خطة لخفض أسعار الكهرباء في الأردن"
STORY = [
    "عمان، الأردن (CNN)-- أعلن وزير الطاقة الأردني، الأحد، خطة لخفض أسعار الكهرباء على المنازل "
    "بنسبة عشرة في المئة ابتداء من الشهر المقبل.",
    "وقال الوزير في مؤتمر صحفي إن الخطة تعتمد على زيادة إنتاج الطاقة الشمسية في جنوب المملكة، "
    "مضيفا أن الحكومة ستدعم الأسر الفقيرة.",
    "وأوضح أن وزارة الطاقة ستنشر تفاصيل الخطة على موقعها الرسمي خلال الأيام المقبلة.",
]
# Leads of other stories about the same country (they share "الأردن", "الطاقة" with the story, so
# the no-common-word evidence is absent), cut off mid-sentence the way the site trims them; the
# second opens with a verb the lead-verb list lacks.
TEASERS = [
    "أعلن رئيس الوزراء الأردني أن الحكومة ستطرح مناقصة جديدة لبناء محطة لتوليد الكهرباء من الرياح "
    "في محافظة الطفيلة، مشيرا إلى أن المشروع سيوفر مئات الوظائف لأبناء المنطقة، وأن العمل فيه سيبدأ "
    "مطلع العام المقبل بعد استكمال الدراسات البيئية اللازمة",
    "ناشد نواب في البرلمان الأردني وزارة الطاقة مراجعة أسعار المحروقات التي رفعتها الشهر الماضي.",
    "كشفت دراسة أعدتها جامعة أردنية أن استهلاك الأسر للكهرباء ارتفع خلال فصل الصيف بنسبة كبيرة "
    "مقارنة بالأعوام السابقة، وأن أجهزة التكييف مسؤولة عن الجزء الأكبر من هذه الزيادة في معظم "
    "المحافظات، بحسب ما نقلته وسائل إعلام محلية عن",
]


def text(*paragraphs):
    return "\n".join([TITLE, "", *paragraphs])


def teasers_removed(cleaned):
    return [r.text for r in cleaned.removed if r.reason == "teaser"]


def test_cut_off_excerpts_are_evidence_and_bridge_unlisted_verbs():
    cleaned = clean_text(text(*STORY, *TEASERS))
    assert teasers_removed(cleaned) == TEASERS
    for paragraph in STORY[1:]:
        assert paragraph in cleaned.body
    assert "ناشد" not in cleaned.body


def test_story_ending_without_stop_is_kept():
    """One unfinished paragraph is not a run: the story's own last lines stay."""
    tail = ["أعلنت الوزارة أن الخطة ستعرض على مجلس النواب في دورته المقبلة لإقرارها.", TEASERS[0]]
    cleaned = clean_text(text(*STORY, *tail))
    assert teasers_removed(cleaned) == []


def test_long_lead_shaped_background_is_not_a_teaser():
    """A lead-verb paragraph longer than any teaser excerpt, just before the cut-off run, is the story's."""
    background = ("بدأت أزمة أسعار الكهرباء في الأردن عندما رفعت الحكومة الدعم عن الوقود قبل ثلاثة أعوام، "
                  "ما دفع شركات التوزيع إلى زيادة التعرفة على المنازل والمحال التجارية مرتين، وأثار موجة "
                  "من الاحتجاجات في عدد من المحافظات طالب خلالها المحتجون بإقالة الحكومة ومحاسبة المسؤولين.")
    assert len(background) > load_teaser_rules().max_chars
    cleaned = clean_text(text(*STORY, background, *TEASERS))
    assert background in cleaned.body
    assert teasers_removed(cleaned) == TEASERS


def test_cut_off_shape():
    tr = load_teaser_rules()
    assert cut_off(TEASERS[0], tr)
    assert not cut_off(TEASERS[1], tr)              # ends with a full stop
    assert not cut_off("وأضاف الوزير أن الخطة جاهزة، الأحد", tr)  # too short to be a trimmed excerpt
    assert not cut_off(TEASERS[0] + " " + TEASERS[2], tr)        # longer than any teaser excerpt


def test_more_pointer_with_comma_is_related():
    pointer = "للمزيد، وزير الطاقة: أسعار الكهرباء لن ترتفع هذا العام"
    cleaned = clean_text(text(*STORY[:2], pointer, STORY[2]))
    assert pointer not in cleaned.body
    assert [r.reason for r in cleaned.removed if r.text == pointer] == ["related"]
    assert STORY[2] in cleaned.body


def test_prose_starting_with_more_is_kept():
    prose = "للمزيد من المعلومات حول الخطة يمكن للمواطنين مراجعة مكاتب الوزارة في المحافظات كافة."
    cleaned = clean_text(text(*STORY, prose))
    assert prose in cleaned.body


def test_credit_with_place_and_country_in_brackets():
    cleaned = clean_text("\n".join([TITLE, "", "عين اليوم – إربد (الأردن)", *STORY[1:]]))
    assert cleaned.byline == "عين اليوم"
    assert cleaned.dateline == "إربد (الأردن)"
    assert cleaned.body.startswith("وقال الوزير")
