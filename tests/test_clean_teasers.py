"""Teasers of other stories appended after the article: removed with a reason, the story kept."""
import json
from pathlib import Path

import pytest

from khabar.clean import clean_text
from khabar.clean.teasers import (_fronted_phrase_lead, almanac_item, load_teaser_rules, opens_with_lead_verb,
                                  weekday_after_subject)
from khabar.text.normalize import fold

CNN = Path("/work/shared/data/news_ant_multisource/ant_cnn_arabic.jsonl")

TITLE = "افتتاح محطة لتحلية المياه في مدينة العقبة"
STORY = [
    "العقبة، الأردن (CNN)-- افتتحت الحكومة الأردنية، الأحد، محطة جديدة لتحلية مياه البحر في مدينة العقبة بطاقة "
    "تبلغ خمسين ألف متر مكعب يوميا.",
    "وقال وزير المياه خلال حفل الافتتاح إن المحطة ستغطي حاجة المدينة حتى عام 2030، مشيرا إلى أن كلفتها بلغت "
    "نحو مئتي مليون دينار.",
    "وأضاف أن العمل جار على مشروع أكبر لنقل المياه المحلاة إلى العاصمة عمان خلال السنوات المقبلة.",
]
# Leads of unrelated stories, the way a site appends them: bare verb, subject, weekday, one sentence.
TEASERS = [
    "أعلنت وزارة الزراعة المغربية، السبت، عن بدء موسم جني الزيتون في جهة فاس مكناس وسط توقعات بمحصول وفير.",
    "كشف مسؤول في الاتحاد الأفريقي لكرة القدم، الجمعة، عن موعد قرعة البطولة القارية المقبلة في القاهرة.",
    "قال رئيس بلدية مرسيليا إن المدينة ستستضيف معرضا دوليا للكتاب الخريف المقبل بمشاركة ثلاثين دولة.",
]


def text(*paragraphs):
    return "\n".join([TITLE, "", *paragraphs])


def teasers_removed(cleaned):
    return [r.text for r in cleaned.removed if r.reason == "teaser"]


def test_trailing_run_of_unrelated_leads_is_removed():
    cleaned = clean_text(text(*STORY, *TEASERS))
    assert teasers_removed(cleaned) == TEASERS
    for paragraph in STORY[1:]:
        assert paragraph in cleaned.body
    assert cleaned.body.rstrip().endswith(STORY[-1])
    for teaser in TEASERS:
        assert teaser not in cleaned.body


def test_related_teasers_sharing_names_go_when_they_have_the_lead_shape():
    title = "الرئيس التونسي يستقبل وزير الخارجية الجزائري"
    story = [
        "تونس (CNN)-- استقبل الرئيس التونسي، الاثنين، وزير الخارجية الجزائري في قصر قرطاج لبحث ملفات الحدود "
        "والتعاون الاقتصادي بين البلدين.",
        "وقال بيان للرئاسة التونسية إن اللقاء تناول أيضا الوضع في ليبيا وسبل دعم الحوار بين أطرافها.",
        "من جهته، أكد الوزير الجزائري أن بلاده حريصة على تنسيق المواقف مع تونس في القضايا الإقليمية.",
    ]
    related = [
        "أكد الرئيس التونسي، الأحد، أن بلاده ستواصل دعم المسار السياسي في ليبيا حتى إجراء الانتخابات.",
        "دعا وزير الخارجية الجزائري، السبت، إلى عقد اجتماع لدول جوار ليبيا في الجزائر العاصمة الشهر المقبل.",
        "قال مصدر دبلوماسي إن تونس والجزائر تدرسان فتح معبر حدودي جديد لتسهيل حركة التجارة.",
    ]
    cleaned = clean_text("\n".join([title, "", *story, *related]))
    assert teasers_removed(cleaned) == related
    assert all(p in cleaned.body for p in story[1:])


def test_story_closing_with_bare_verb_paragraphs_on_its_topic_is_kept():
    closing = [
        "قالت مصادر في شركة المياه إن المحطة تعمل بالطاقة الشمسية جزئيا لخفض كلفة التشغيل في مدينة العقبة.",
        "أكد سكان في العقبة أن انقطاع المياه في الصيف كان مشكلة مزمنة قبل افتتاح المحطة الجديدة.",
    ]
    cleaned = clean_text(text(*STORY, *closing))
    assert teasers_removed(cleaned) == []
    assert all(p in cleaned.body for p in closing)


def test_connective_paragraphs_are_never_teasers():
    closing = [
        "وأعلنت الوزارة، السبت، عن خطة لترشيد استهلاك المياه في المحافظات الجنوبية خلال فصل الصيف.",
        "ويذكر أن الأردن من أفقر دول العالم في الموارد المائية، بحسب تقارير دولية.",
    ]
    cleaned = clean_text(text(*STORY, *closing))
    assert teasers_removed(cleaned) == []
    assert all(p in cleaned.body for p in closing)


def test_a_single_trailing_lead_is_kept():
    cleaned = clean_text(text(*STORY, TEASERS[0]))
    assert teasers_removed(cleaned) == []
    assert TEASERS[0] in cleaned.body


def test_lead_shaped_paragraphs_before_the_story_end_are_kept():
    last = "وختم الوزير بالقول إن المياه أولوية وطنية لا تقبل التأجيل."
    cleaned = clean_text(text(*STORY, *TEASERS, last))
    assert teasers_removed(cleaned) == []
    assert all(t in cleaned.body for t in TEASERS)


def test_a_multi_sentence_paragraph_ends_the_run():
    long_para = ("أعلنت وزارة المياه، الأحد، أن المحطة دخلت الخدمة. وتنتظر المدينة محطة ثانية بعد ثلاث سنوات.")
    cleaned = clean_text(text(*STORY, long_para, *TEASERS[:2]))
    assert teasers_removed(cleaned) == TEASERS[:2]
    assert long_para in cleaned.body


def test_short_story_keeps_its_first_paragraphs():
    # Two story paragraphs and two appended leads: the story's two stay, the leads go.
    cleaned = clean_text(text(*STORY[:2], *TEASERS[:2]))
    assert teasers_removed(cleaned) == TEASERS[:2]
    assert STORY[1] in cleaned.body
    # With a single story paragraph nothing can be judged safely.
    cleaned = clean_text(text(STORY[0], *TEASERS[:2]))
    assert teasers_removed(cleaned) == []


def test_a_fresh_dateline_in_the_tail_is_evidence():
    tail = [
        "الرباط، المغرب (CNN)-- قررت السلطات المغربية تمديد العمل بالتوقيت الصيفي حتى نهاية العام الجاري.",
        "ذكرت هيئة الأرصاد الجوية المصرية أن موجة حارة ستضرب البلاد خلال الأيام المقبلة.",
    ]
    cleaned = clean_text(text(*STORY, *tail))
    assert teasers_removed(cleaned) == tail


def test_shape_helpers():
    tr = load_teaser_rules()
    assert opens_with_lead_verb("أعلنت الوزارة، الأحد، عن خطة جديدة.", tr)
    assert opens_with_lead_verb("\u200bكشفت الشركة، الاثنين، عن نتائجها.", tr)  # invisible mark first
    assert not opens_with_lead_verb("وأعلنت الوزارة، الأحد، عن خطة جديدة.", tr)
    assert not opens_with_lead_verb("من جانبه، أعلن الوزير خطة جديدة.", tr)
    assert weekday_after_subject("أعلنت الوزارة، الأحد، عن خطة جديدة.", tr)
    assert weekday_after_subject("أظهرت بيانات رسمية اليوم الخميس، ارتفاع التضخم.", tr)
    assert not weekday_after_subject("أعلنت الوزارة أن الاجتماع سيعقد يوم الأحد المقبل.", tr)


@pytest.mark.parametrize("raw", ["", "\n\n", "أعلنت الوزارة، الأحد، عن خطة.\nكشف مسؤول، الجمعة، عن موعد."])
def test_degenerate_inputs(raw):
    cleaned = clean_text(raw)
    assert isinstance(cleaned.body, str)


@pytest.mark.skipif(not CNN.exists(), reason="shared corpus absent")
def test_scraped_cnn_articles_lose_only_their_tail():
    """On the scraped CNN Arabic records, removed teasers are always the last paragraphs of the
    text, and no removed paragraph opens with a connective."""
    records = [json.loads(line) for line in CNN.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit = 0
    for rec in records[:400]:
        cleaned = clean_text(rec["text"], title_hint=rec["title"])
        gone = teasers_removed(cleaned)
        if not gone:
            continue
        hit += 1
        lines = [l.strip() for l in rec["text"].splitlines() if l.strip()]
        # a removed paragraph is reported without the bidi marks that may close it ("...\u202c")
        assert all(line.rstrip("\u200e\u200f\u202a\u202b\u202c\u202d\u202e").endswith(g)
                   for g, line in zip(gone, lines[-len(gone):]))
        # Root-initial و/ف verbs (وصف، وقع، وجه، فرض) are lead verbs, "في <full date>" opens an
        # almanac item and "في <long phrase>، <verb>" a fronted-phrase lead; a و/ف connective never is.
        assert not any(fold(g).startswith(("و", "ف"))
                       and not fold(g).startswith(("وصف", "وقع", "وجه", "وصل", "وافق", "فرض", "وبخ", "فاجا"))
                       and not almanac_item(g, load_teaser_rules())
                       and not _fronted_phrase_lead(g, load_teaser_rules())
                       for g in gone)
    assert hit > 10


def test_a_lead_whose_verb_is_not_listed_joins_the_run_on_its_weekday():
    # "طمأن" and "احتفى" are in no verb list: the weekday after the subject carries them
    odd_verbs = [
        "احتفى اتحاد الكتاب التونسيين، الخميس، بمرور خمسين عاما على تأسيسه في حفل بالعاصمة.",
        "طمأن وزير الصحة اللبناني، الأربعاء، على حالة الجرحى الذين نقلوا إلى مستشفيات صيدا.",
    ]
    cleaned = clean_text(text(*STORY, *odd_verbs, *TEASERS))
    assert teasers_removed(cleaned) == odd_verbs + TEASERS
    assert cleaned.body.rstrip().endswith(STORY[-1])


def test_a_story_connective_with_a_weekday_is_not_a_lead():
    closing = "يذكر أن المدينة شهدت، الجمعة، انقطاعا واسعا للمياه بسبب عطل في خط الضخ الرئيسي."
    cleaned = clean_text(text(*STORY, closing, *TEASERS))
    assert closing in cleaned.body
    assert teasers_removed(cleaned) == TEASERS


def test_lead_shaped_teaser_sharing_a_word_with_the_story_goes_with_the_run_after_it():
    # The first teaser shares "الإيراني" with the lead (no evidence of its own); the two after it
    # carry weekdays. All three are other stories.
    title = "وزير الخارجية الإيراني يزور مسقط لبحث الملف اليمني"
    story = [
        "مسقط، عمان (CNN)-- وصل وزير الخارجية الإيراني، الاثنين، إلى العاصمة العمانية مسقط في زيارة تستمر "
        "يومين يبحث خلالها الملف اليمني.",
        "وقال الوزير في تصريحات للصحفيين لدى وصوله إن بلاده تدعم أي مبادرة تنهي الحرب في اليمن.",
        "وأضاف أن الزيارة تأتي في إطار التشاور المستمر بين طهران ومسقط حول قضايا المنطقة.",
    ]
    teasers = [
        "قال قائد سلاح البحرية الإيراني إن بلاده ستجري مناورات بحرية واسعة في بحر عمان خلال الأسابيع المقبلة.",
        "أعلنت وزارة الصحة الكويتية، الأحد، عن افتتاح مستشفى جديد للأطفال في منطقة الجهراء بسعة مئتي سرير.",
        "أكد رئيس نادي الزمالك المصري، السبت، أن النادي سيتعاقد مع مدرب أجنبي جديد قبل بداية الموسم.",
    ]
    cleaned = clean_text("\n".join([title, "", *story, *teasers]))
    assert teasers_removed(cleaned) == teasers
    assert cleaned.body.rstrip().endswith(story[-1])
