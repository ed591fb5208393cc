"""Session 6 round 2 cleaning: "on this day" almanac items appended as teasers, and the short lines
that end a story (list items) are never a teaser."""
from khabar.clean import clean_text
from khabar.clean.teasers import almanac_item, load_teaser_rules

TITLE = "البرلمان المغربي يقر قانونا جديدا لحماية المستهلك"
STORY = [
    "الرباط، المغرب (CNN)-- أقر مجلس النواب المغربي، الثلاثاء، مشروع قانون يشدد العقوبات على "
    "التلاعب بالأسعار ويلزم المتاجر بإعلان أسعار السلع بوضوح.",
    "وقال رئيس لجنة القطاعات الإنتاجية إن القانون جاء بعد شكاوى متكررة من المواطنين خلال الأشهر "
    "الماضية.",
    "وأضاف أن الحكومة ستصدر المراسيم التطبيقية قبل نهاية السنة.",
]
# Items of the site's "on this day" almanac and a lead of another story, appended after the article.
ALMANAC = [
    "في 14 نوفمبر/تشرين الثاني من عام 1969، انطلقت المركبة أبولو 12 في ثاني رحلة مأهولة إلى سطح "
    "القمر، وفي نفس اليوم من عام 1991 عاد الأمير نورودوم سيهانوك إلى كمبوديا بعد غياب طويل.",
    "أعلنت وزارة الصحة في تونس، الاثنين، تسجيل ارتفاع في حالات الإنفلونزا الموسمية خلال الأسبوع "
    "الأخير، داعية المواطنين إلى أخذ اللقاح.",
    "في 13 نوفمبر من عام 1956 قضت المحكمة العليا الأمريكية بعدم دستورية الفصل العنصري في الحافلات. "
    "فيما يلي أبرز أحداث هذا اليوم.",
]


def text(*paragraphs, title=TITLE):
    return "\n".join([title, "", *paragraphs])


def teasers_removed(cleaned):
    return [r.text for r in cleaned.removed if r.reason == "teaser"]


def test_almanac_items_end_a_teaser_run():
    cleaned = clean_text(text(*STORY, *ALMANAC))
    assert teasers_removed(cleaned) == ALMANAC
    assert cleaned.body.rstrip().endswith("قبل نهاية السنة.")


def test_almanac_opener_shape():
    tr = load_teaser_rules()
    assert almanac_item(ALMANAC[0], tr)
    assert almanac_item("في 2 مايو عام 1998 وقع الطرفان الاتفاق.", tr)
    assert not almanac_item("وفي 2 مايو عام 1998 وقع الطرفان الاتفاق.", tr)  # the story's own background
    assert not almanac_item("في عام 1998 وقع الطرفان الاتفاق.", tr)           # a year alone
    assert not almanac_item("في 27 مارس/آذار من العام الماضي، وقع الطرفان الاتفاق.", tr)


def test_one_almanac_item_alone_is_kept():
    # a single paragraph opening with a full date at the end of a story is no evidence of a run
    background = "في 3 يونيو/حزيران من عام 2011، أقر المغرب دستورا جديدا بعد استفتاء شعبي."
    cleaned = clean_text(text(*STORY, background))
    assert teasers_removed(cleaned) == []


def test_short_list_items_of_an_almanac_story_are_kept():
    title = "حدث في 14 نوفمبر.. رحلة أبولو 12 وعودة سيهانوك"
    items = [
        "نستعرض في ما يلي أبرز الأحداث التي وقعت في مثل هذا اليوم عبر التاريخ، من السياسة إلى العلوم.",
        "انطلاق المركبة أبولو 12 إلى القمر.",
        "عودة الأمير سيهانوك إلى كمبوديا.",
        "بدأ بث أول نشرة أخبار ملونة في التلفزيون.",   # a lead verb, but a list line, not an excerpt
    ]
    tail = ALMANAC[1:]
    cleaned = clean_text(text(*items, *tail, title=title))
    assert teasers_removed(cleaned) == tail
    assert "بدأ بث أول نشرة" in cleaned.body
    assert len(items[3]) < load_teaser_rules().min_chars
