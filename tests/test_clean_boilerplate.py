"""Boilerplate cleaning: debris removed with a reason, every story sentence kept verbatim."""
import json
from pathlib import Path

import pytest

from khabar.clean import clean_text

DATA = Path(__file__).parent / "data"
SEED = Path("/work/shared/seed")

STORY = [
    "أعلنت وزارة الصحة المغربية اليوم الثلاثاء عن افتتاح مستشفى جامعي جديد في مدينة فاس بطاقة استيعابية تبلغ 800 سرير.",
    "وقال وزير الصحة خلال حفل الافتتاح إن المستشفى سيخدم أكثر من مليوني نسمة في الجهة.",
    "وأشار إلى أن كلفة المشروع بلغت نحو مليار درهم، موزعة على ثلاث مراحل امتدت خمس سنوات.",
]


def article(*debris_after, before=()):
    return "\n".join([*before, *STORY, *debris_after])


def reasons(cleaned):
    return {r.reason for r in cleaned.removed}


def assert_story_kept(cleaned):
    for sentence in STORY:
        assert sentence in cleaned.body


# --- each reason is removed ---------------------------------------------------------------

@pytest.mark.parametrize("debris, reason", [
    (["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"], "comment-form"),
    (["أضف تعليق", "الاسم *", "البريد الإلكتروني *", "إرسال التعليق"], "comment-form"),
    (["شارك", "فيسبوك تويتر واتساب"], "share"),
    (["تابعونا على فيسبوك"], "share"),
    (["اشترك في النشرة البريدية"], "share"),
    (["اقرأ أيضا:", "ارتفاع درجات الحرارة في الدار البيضاء", "مباراة ودية بين الرجاء والوداد"], "related"),
    (["اقرأ المزيد"], "related"),
    (["مواضيع ذات صلة"], "related"),
    (["قد يهمك أيضا: تعرف على أكبر مستشفيات أفريقيا"], "related"),
    (["جميع الحقوق محفوظة لموقع الأخبار 2024"], "copyright"),
    (["© 2024 شبكة الأخبار العربية"], "copyright"),
    (["الكلمات الدالة: الصحة، فاس، مستشفى"], "tags"),
    (["#فاس #الصحة #المغرب"], "tags"),
    (["مصدر الصورة: Getty Images"], "photo-credit"),
    (["الصورة: أرشيفية"], "photo-credit"),
    (["إعلان"], "ads"),
    (["------------------------"], "separator"),
    (["// انتهى //"], "end-marker"),
])
def test_debris_removed_at_the_end(debris, reason):
    cleaned = clean_text(article(*debris))
    assert reason in reasons(cleaned)
    for line in debris:
        assert line not in cleaned.body
    assert_story_kept(cleaned)


@pytest.mark.parametrize("debris, reason", [
    (["الرئيسية > أخبار > صحة"], "nav"),
    (["الرئيسية » أخبار » صحة"], "nav"),
    (["سياسة | اقتصاد | رياضة | ثقافة"], "nav"),
    (["آخر تحديث: 12 مايو 2024"], "timestamp"),
])
def test_debris_removed_at_the_start(debris, reason):
    cleaned = clean_text(article(before=debris))
    assert reason in reasons(cleaned)
    assert cleaned.body.startswith(STORY[0])


def test_related_list_stops_at_the_story():
    text = "\n".join([STORY[0], "اقرأ أيضاً:", "افتتاح مدرسة جديدة في مكناس", STORY[1], STORY[2]])
    cleaned = clean_text(text)
    assert [r.text for r in cleaned.removed] == ["اقرأ أيضاً:", "افتتاح مدرسة جديدة في مكناس"]
    assert_story_kept(cleaned)


def test_tags_glued_after_the_last_sentence():
    cleaned = clean_text(article()[:-1] + ". سمات فاس مستشفى الصحة")
    assert "سمات" not in cleaned.body
    assert cleaned.body.endswith("خمس سنوات.")
    assert ("سمات فاس مستشفى الصحة", "tags") in [(r.text, r.reason) for r in cleaned.removed]


# --- story lines with the same words are kept -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "وقال إن جميع الحقوق محفوظة للشعب، ولن يتنازل عنها أحد.",
    "وقال إن جميع الحقوق محفوظة للشعب",
    "وشارك في الحفل عدد من السفراء والمسؤولين المحليين.",
    "وأضاف الوزير أن إعلان نتائج المناقصة سيكون الشهر المقبل.",
    "وطالب المواطنون بتعليق الأشغال حتى نهاية الصيف.",
    "وتابعت الصحيفة أن الصورة التي نشرتها الوزارة التقطت في أثناء الزيارة.",
    "ودعا الطبيب المرضى إلى قراءة التعليمات، وقال: اقرأ أيضا النشرة المرفقة بالدواء.",
    "ونشر المتحدث باسم الوزارة على حسابه في تويتر صورة للمستشفى الجديد.",
])
def test_story_sentence_with_debris_words_is_kept(sentence):
    for position in (0, 1, 3):
        lines = list(STORY)
        lines.insert(position, sentence)
        cleaned = clean_text("\n".join(lines))
        assert sentence in cleaned.body, (position, cleaned.removed)
        assert_story_kept(cleaned)


def test_long_paragraph_mentioning_comments_is_kept():
    para = ("وقالت إدارة الموقع إنها تلقت آلاف التعليقات على خبر افتتاح المستشفى، وإن أغلب القراء عبروا عن "
            "ارتياحهم، فيما طالب آخرون بتوظيف أطباء من أبناء المنطقة، مؤكدة أنها لن تنشر أي تعليق مسيء.")
    cleaned = clean_text(article(para))
    assert para in cleaned.body


# --- title, byline, dateline ---------------------------------------------------------------------

def test_title_byline_and_agency_dateline():
    text = ("افتتاح مستشفى جامعي جديد في فاس\n\nوكالات\n\n"
            "فاس، المغرب (CNN)— " + "\n\n".join(STORY))
    cleaned = clean_text(text)
    assert cleaned.title == "افتتاح مستشفى جامعي جديد في فاس"
    assert cleaned.byline == "وكالات"
    assert cleaned.dateline == "فاس، المغرب (CNN)—"
    assert cleaned.body.startswith(STORY[0])
    assert "\n\n" in cleaned.body  # paragraph breaks kept


@pytest.mark.parametrize("prefix, dateline, byline", [
    ("(CNN)-- ", "(CNN)--", "CNN"),
    ("القاهرة - (د ب أ) - ", "القاهرة - (د ب أ) -", "د ب أ"),
    ("واشنطن - رويترز: ", "واشنطن - رويترز", "رويترز"),
    ("الرباط – أ ف ب – ", "الرباط – أ ف ب –", "أ ف ب"),
])
def test_dateline_prefix(prefix, dateline, byline):
    cleaned = clean_text(prefix + "\n".join(STORY))
    assert cleaned.dateline == dateline
    assert cleaned.byline == byline
    assert cleaned.body.startswith(STORY[0])


def test_no_dateline_without_agency():
    # A hyphenated name or a plain "word - " opening is story text, not a dateline.
    text = "ذكر هانز - بيتر شميت، الباحث في معهد الدراسات، أن المستشفى الجديد نموذج يحتذى به في المنطقة.\n" + STORY[1]
    cleaned = clean_text(text)
    assert cleaned.dateline is None
    assert cleaned.body.startswith("ذكر هانز - بيتر")


@pytest.mark.parametrize("line, byline", [
    ("كتب: محمد العلوي", "كتب: محمد العلوي"),
    ("بقلم سلمى بنعلي", "بقلم سلمى بنعلي"),
    ("أ ف ب", "أ ف ب"),
    ("-رويترز-", "رويترز"),
    ("خديجة الإدريسي – الرباط", "خديجة الإدريسي"),  # the place goes to the dateline
])
def test_byline_line(line, byline):
    cleaned = clean_text("\n".join([line, *STORY]))
    assert cleaned.byline == byline
    assert cleaned.body.startswith(STORY[0])


def test_dateline_line_with_date_and_agency():
    cleaned = clean_text("\n".join(["الرباط 5 رمضان 1445 هـ الموافق 15 مارس 2024 م واس", *STORY]))
    assert cleaned.dateline.startswith("الرباط 5 رمضان")
    assert cleaned.byline == "واس"
    # A dated dateline stays in the body too (its dates and place are the story's): first line.
    first, rest = cleaned.body.split("\n", 1)
    assert first == "الرباط 5 رمضان 1445 هـ الموافق 15 مارس 2024 م واس"
    assert rest.startswith(STORY[0])


def test_dated_dateline_gives_times_and_undated_one_stays_out():
    from khabar.api import read

    record = read("\n".join(["عنوان الخبر", "", "عمّان 3 ربيع الأول 1446 هـ الموافق 6 سبتمبر 2024 م واس", *STORY]))
    values = {t.value for t in record.times}
    assert "2024-09-06" in values
    undated = clean_text("\n".join(["واشنطن - رويترز", *STORY]))
    assert undated.byline == "رويترز" and undated.body.startswith(STORY[0])


def test_trailing_agency_credit_becomes_byline():
    cleaned = clean_text(article("فرانس24/ أ ف ب"))
    assert cleaned.byline == "فرانس24/ أ ف ب"
    assert "أ ف ب" not in cleaned.body


def test_title_hint_removes_repeated_headline():
    hint = "افتتاح مستشفى جامعي جديد في فاس"
    cleaned = clean_text(hint + "\n" + "\n".join(STORY), title_hint=hint)
    assert cleaned.title == hint
    assert cleaned.body.startswith(STORY[0])


def test_title_hint_not_in_text_keeps_first_line():
    hint = "مستشفى جديد في فاس"
    cleaned = clean_text("\n".join(STORY), title_hint=hint)
    assert cleaned.title == hint
    assert cleaned.body == "\n".join(STORY)


def test_no_title_when_first_line_is_a_sentence():
    cleaned = clean_text("\n\n".join(STORY))
    assert cleaned.title is None
    assert cleaned.body == "\n\n".join(STORY)


def test_messy_file():
    cleaned = clean_text((DATA / "clean_messy.txt").read_text(encoding="utf-8"))
    assert cleaned.title == "البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام"
    assert cleaned.byline == "رويترز"
    assert cleaned.dateline == "عمّان - (د ب أ) -"
    assert reasons(cleaned) == {"nav", "photo-credit", "related", "ads", "tags", "share", "copyright"}
    assert cleaned.body.startswith("قرر البنك المركزي")
    assert cleaned.body.endswith("خلال أسابيع.")
    for start, end in cleaned.paragraphs:
        assert cleaned.body[start:end].strip() == cleaned.body[start:end]
    assert len(cleaned.paragraphs) == 4


# --- robustness ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["", "\n\n\n", "   ", "اترك تعليقاً", "وكالات", "-----", "\r\n\r\nنص\r\n"])
def test_degenerate_inputs_do_not_crash(raw):
    cleaned = clean_text(raw)
    assert isinstance(cleaned.body, str)


def test_newlines_normalised_and_blank_runs_collapsed():
    raw = STORY[0] + "  \r\n\r\n\r\n\r\n" + STORY[1] + "\r" + STORY[2] + "\t"
    cleaned = clean_text(raw)
    assert cleaned.body == STORY[0] + "\n\n" + STORY[1] + "\n" + STORY[2]


# --- the seed article ---------------------------------------------------------------------------

@pytest.mark.skipif(not (SEED / "article.txt").exists(), reason="shared seed not available")
def test_seed_article():
    raw = (SEED / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    cleaned = clean_text(raw)
    first_line = raw.splitlines()[0].strip()
    assert cleaned.title == first_line
    assert cleaned.byline == "وكالات" == gold["byline"]
    for piece in gold["boilerplate"]:
        assert piece not in cleaned.body
    assert {r.reason for r in cleaned.removed} == {"comment-form"}
    paragraphs = [p.strip() for p in raw.split("\n") if p.strip()]
    story = [p for p in paragraphs if p not in (first_line, "وكالات") and p not in gold["boilerplate"]]
    assert len(story) >= 10
    for p in story:
        assert p in cleaned.body
    assert cleaned.body.split("\n\n") == story


def test_comment_form_takes_the_form_lines_after_it():
    cleaned = clean_text(article("اترك رداً", "إلغاء الرد", "الاسم *", "موقع رائع وخبر مهم"))
    assert [r.reason for r in cleaned.removed] == ["comment-form"] * 4
    assert_story_kept(cleaned)


def test_question_line_in_an_interview_ending_is_kept():
    answer = "- أرى أن الإصلاح ممكن إذا توفرت الإرادة السياسية، والشعب قادر على فرض التغيير بطرق سلمية."
    cleaned = clean_text(article("ما رأيك؟", answer))
    assert answer in cleaned.body
    assert_story_kept(cleaned)


def test_long_paragraph_after_a_comment_marker_is_kept():
    para = ("وفي سياق متصل، " + STORY[1]) * 6
    cleaned = clean_text(article("التعليقات", para))
    assert para in cleaned.body


def test_pipeline_stage():
    from khabar.article import Article
    from khabar.clean import clean_article
    from khabar.pipeline import Pipeline

    art = Article(body="وكالات\n\n" + "\n\n".join(STORY) + "\n\nاترك تعليقاً", title="عنوان الخبر")
    Pipeline([clean_article])(art)
    assert art.body == "\n\n".join(STORY)
    assert art.byline == "وكالات" and art.title == "عنوان الخبر"
    assert [r.reason for r in art.removed] == ["comment-form"]
    assert [art.body[s:e] for s, e in art.paragraphs] == STORY
    assert "clean" in art.layers


def test_section_label_above_known_headline():
    hint = "افتتاح مستشفى جامعي جديد في فاس"
    cleaned = clean_text("صحة\n" + hint + "\n" + "\n".join(STORY), title_hint=hint)
    assert cleaned.title == hint
    assert [(r.text, r.reason) for r in cleaned.removed] == [("صحة", "nav")]
    assert cleaned.body.startswith(STORY[0])


def test_credit_line_ending_with_a_place_gives_byline_and_dateline():
    from khabar.clean import clean_text
    story = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بطاقة استيعابية تصل إلى مئتي سرير "
             "وبتكلفة إجمالية بلغت عشرات الملايين.")
    cleaned = clean_text("افتتاح مستشفى جديد\n\nصحيفة الغد – عمّان\n" + story)
    assert cleaned.byline == "صحيفة الغد" and cleaned.dateline == "عمّان"
    assert cleaned.body.startswith("أعلنت")


def test_desk_credit_after_the_outlet_or_author_leaves_the_byline_to_them():
    from khabar.clean import clean_text
    story = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بطاقة استيعابية تصل إلى مئتي سرير "
             "وبتكلفة إجمالية بلغت عشرات الملايين.")
    cleaned = clean_text("افتتاح مستشفى جديد\n\nصحيفة الغد – متابعات\n" + story)
    assert cleaned.byline == "صحيفة الغد" and cleaned.dateline is None
    assert cleaned.body.startswith("أعلنت")
    cleaned = clean_text("افتتاح مستشفى جديد\n\nمنى الخطيب – متابعات\n" + story)
    assert cleaned.byline == "منى الخطيب"
    # after a place, the place is the dateline and the desk credit stays the byline
    cleaned = clean_text("افتتاح مستشفى جديد\n\nالرياض – متابعات\n" + story)
    assert cleaned.dateline.startswith("الرياض") and cleaned.byline == "متابعات"


def test_link_back_glued_to_the_last_paragraph_is_removed():
    from khabar.clean import clean_text
    text = ("عنوان الخبر\n\nأعلنت البلدية عن افتتاح حديقة عامة جديدة في الحي الشمالي بمساحة كبيرة. "
            "وقال رئيس البلدية إن الحديقة ستفتح أبوابها الشهر المقبل. رابط الخبر بصحيفة المدينة: حديقة جديدة في الحي")
    cleaned = clean_text(text)
    assert cleaned.body.endswith("الشهر المقبل.")
    assert any(r.reason == "related" and r.text.startswith("رابط الخبر") for r in cleaned.removed)


def test_pager_and_share_bar_glued_to_the_first_lines_leave():
    from khabar.clean import clean_text
    story = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بطاقة استيعابية تصل إلى مئتي سرير "
             "وبتكلفة إجمالية بلغت عشرات الملايين.")
    cleaned = clean_text("افتتاح مستشفى جديد\n\nNext Previous سامي العلي – الدمام\n" + story)
    assert cleaned.body.startswith("أعلنت") and "Next" not in cleaned.body
    assert cleaned.byline == "سامي العلي" and cleaned.dateline == "الدمام"
    assert any(r.reason == "nav" and r.text == "Next Previous" for r in cleaned.removed)
    cleaned = clean_text("افتتاح مستشفى جديد\n\nشارك من خلال تويتر فيسبوك اكتب رأيك " + story)
    assert cleaned.body == story
    assert any(r.reason == "share" for r in cleaned.removed)
    # a story that merely starts with the verb is left alone
    text = "شارك من خلال حملة التبرعات آلاف المتطوعين في تنظيف شواطئ المدينة يوم الجمعة الماضي."
    assert clean_text("حملة تطوعية\n\n" + text).body == text
