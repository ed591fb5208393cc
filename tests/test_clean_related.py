"""Headlines of other stories inserted mid-story (no marker line) leave the body; content stays."""
import glob
import json
import os

import pytest

from khabar.clean import boilerplate, clean_text, prepare, related
from khabar.clean.related import find_related_blocks, headline_shaped

TITLE = "البرلمان الكيني يقر موازنة جديدة وسط احتجاجات في نيروبي"
BEFORE = [
    "أقر البرلمان الكيني، مساء الثلاثاء، موازنة العام المالي الجديد بعد جلسة طويلة شهدت مشادات حادة بين "
    "نواب الحكومة والمعارضة.",
    "وتتضمن الموازنة زيادة في ضريبة الوقود وخفضا في الإنفاق على مشروعات البنية التحتية في الأقاليم الشمالية.",
]
AFTER = [
    "وكانت الشرطة قد فرقت بالغاز المسيل للدموع مئات المحتجين الذين تجمعوا أمام مبنى البرلمان في وسط العاصمة.",
    "ويقول محللون إن الحكومة تحتاج إلى هذه الإيرادات لسداد ديون خارجية يحين أجلها العام المقبل.",
]
# Headlines of other stories, the way a site slips them between two paragraphs.
RELATED = [
    "كينيا: من الاستقلال إلى الأزمة المالية",
    "الرئيس الكيني يتعهد بمكافحة الفساد في المؤسسات العامة",
    "هل تنجح أفريقيا في التخلص من أعباء الديون؟",
]


def text(*middle):
    return "\n".join([TITLE, "", *BEFORE, *middle, *AFTER])


def related_removed(cleaned):
    return [r.text for r in cleaned.removed if r.reason == "related"]


def assert_story_intact(cleaned):
    for paragraph in BEFORE + AFTER:
        assert paragraph in cleaned.body


def test_block_of_related_headlines_leaves_the_body():
    cleaned = clean_text(text(*RELATED))
    assert related_removed(cleaned) == RELATED
    assert_story_intact(cleaned)
    for line in RELATED:
        assert line not in cleaned.body
    # the story reads on: the paragraph before the block is followed by the one after it
    assert BEFORE[-1] + "\n" + AFTER[0] in cleaned.body
    for s, e in cleaned.paragraphs:
        assert cleaned.body[s:e].strip() == cleaned.body[s:e]


def test_two_headlines_are_enough_and_offsets_stay_exact():
    pair = ["التضخم في كينيا في سطور", "نقابات المعلمين تهدد بإضراب مفتوح الشهر المقبل"]
    cleaned = clean_text(text(*pair))
    assert related_removed(cleaned) == pair
    assert [cleaned.body[s:e] for s, e in cleaned.paragraphs] == BEFORE + AFTER


def test_a_single_line_is_a_sub_heading_and_stays():
    cleaned = clean_text(text("الرئيس الكيني يتعهد بمكافحة الفساد في المؤسسات العامة"))
    assert related_removed(cleaned) == []
    assert "الرئيس الكيني يتعهد بمكافحة الفساد" in cleaned.body


@pytest.mark.parametrize("lead, lines", [
    # verse after "قال الشاعر:" — the line before ends with a colon
    ("وفي ختام الجلسة استشهد رئيس البرلمان ببيتين من الشعر، إذ قال الشاعر:",
     ["إذا الشعب يوما أراد الحياة", "فلا بد أن يستجيب القدر"]),
    # a list announced by a colon
    ("وشملت قائمة الإعفاءات كلا من:",
     ["أدوية الأمراض المزمنة المستوردة من الخارج", "أجهزة غسيل الكلى في المستشفيات الحكومية"]),
    # a list announced without a colon
    ("ووزعت الحكومة المخصصات الجديدة على النحو التالي.",
     ["مشروعات المياه في المناطق الريفية الجافة", "برامج التغذية المدرسية في الأقاليم الفقيرة"]),
])
def test_announced_lists_and_verse_stay(lead, lines):
    cleaned = clean_text(text(lead, *lines))
    assert related_removed(cleaned) == []
    for line in lines:
        assert line in cleaned.body


@pytest.mark.parametrize("lines", [
    ["- خفض ضريبة الدخل للموظفين الحكوميين", "- تجميد أسعار الخبز والسكر حتى نهاية العام"],  # bullets
    ["1998: انضمت كينيا إلى منظمة التجارة العالمية", "2010: أقر الكينيون دستورا جديدا في استفتاء عام"],
    ["أوغندا: 3", "تنزانيا: 5", "رواندا: 2"],                      # a data list
    ["الموازنة بالأرقام", "عجز متوقع"],                           # two short sub-headings
    ["تحديات أمام الحكومة", "محمد الكيلاني - نيروبي"],            # sub-heading and a credit
    ["وقال وزير المالية إن الموازنة ضرورية", "وأضاف أن الدين العام مرتفع"],  # prose broken into lines
    ["ما كنت أحسب أن الليل يطول بنا", "حتى رأيت نجوم الصبح تنطفئ"],  # verse without a colon before it
])
def test_content_shaped_like_short_lines_stays(lines):
    cleaned = clean_text(text(*lines))
    assert related_removed(cleaned) == []
    for line in lines:
        assert line in cleaned.body


def test_a_run_with_one_non_headline_line_stays_whole():
    lines = [RELATED[0], "الخلفية", RELATED[1]]
    cleaned = clean_text(text(*lines))
    assert related_removed(cleaned) == []


def test_previous_line_must_end_a_sentence():
    before = BEFORE[:-1] + ["وتتضمن الموازنة زيادة في ضريبة الوقود وخفضا في الإنفاق على مشروعات البنية التحتية.."]
    cleaned = clean_text("\n".join([TITLE, "", *before, *RELATED[:2], *AFTER]))
    assert related_removed(cleaned) == []


def test_short_question_closing_the_block_is_the_story_sub_heading():
    heading = "ما مصير الموازنة؟"
    cleaned = clean_text(text(RELATED[0], RELATED[1], heading))
    assert related_removed(cleaned) == RELATED[:2]
    assert heading + "\n" + AFTER[0] in cleaned.body


def test_block_at_the_end_of_the_body_is_left_alone():
    cleaned = clean_text("\n".join([TITLE, "", *BEFORE, *AFTER, *RELATED[:2]]))
    assert related_removed(cleaned) == []


@pytest.mark.parametrize("line", [
    "الصراع في السودان في سطور",
    "المعارضة الفنزويلية: من الشارع إلى صناديق الاقتراع",
    "من هو الرئيس الجديد لمفوضية الاتحاد الأفريقي؟",
    "وزير الخارجية المصري يبحث مع نظيره الإثيوبي أزمة سد النهضة",
    "وفاة ممثل مصري شهير عن عمر ناهز 80 عاما",
    "25 قتيلا في انهيار منجم ذهب بجنوب أفريقيا",
    'مجلس الأمن "يمدد مهمة" قوات حفظ السلام في جنوب السودان',
])
def test_headline_shapes(line):
    assert headline_shaped(line)


@pytest.mark.parametrize("line", [
    "وقال الوزير إن الحكومة ستعمل على خفض العجز",   # connective
    "فهل تنجح الحكومة في خفض العجز؟",               # connective question: prose
    "فلماذا تصر الحكومة على رفع الضرائب الآن؟",      # connective question word
    "أعلنت الحكومة خفض العجز في الموازنة",         # perfective verb: a news lead, prose
    "في ظل ارتفاع أسعار الوقود في الأسواق",        # opens with a particle
    "الحكومة تؤكد أن الأمور تسير على ما",           # closes with a particle
    "ألبانيا: 2",                                  # data
    "1990: سقوط جدار برلين وتوحيد ألمانيا",         # dated item
    "* أسعار الوقود ترتفع في الأسواق المحلية",       # bullet
    "الحكومة تعلن خطتها. والمعارضة ترفض",          # two sentences
    "وَلَقَد ذَكَرتُكِ وَالدُموعُ غَزيرَةٌ",         # vocalised verse
    "الموازنة الجديدة",                            # too short
    "خطة الحكومة:",                                # final colon
])
def test_not_headline_shapes(line):
    assert not headline_shaped(line)


@pytest.mark.parametrize("raw", ["", "\n\n", "سطر واحد", "\n".join(["أ"] * 5), "عنوان\n\n.\n؟\n:\n-"])
def test_odd_input_does_not_crash(raw):
    clean_text(raw)
    lines = raw.split("\n")
    assert isinstance(find_related_blocks(lines, list(range(len(lines)))), list)


GOLD = "/work/notes/evalset7/bbc_houthi_red_sea_pause.gold.json"


@pytest.mark.skipif(not os.path.exists(GOLD), reason="held-out set absent")
def test_heldout_bbc_article_loses_its_related_headlines():
    gold = json.load(open(GOLD, encoding="utf-8"))
    article = os.path.join(os.path.dirname(GOLD), gold["article"])
    body = prepare(open(article, "rb").read()).cleaned.body
    for piece in gold.get("boilerplate", []):
        assert piece not in body
    for quote in gold.get("quotes", []):
        assert quote["text"] in body


BBC = "/work/shared/data/news_ant_multisource/ant_bbc_arabic.jsonl"
OTHERS = sorted(glob.glob("/work/shared/data/news_saudinewsnet/*.jsonl"))


@pytest.mark.skipif(not os.path.exists(BBC), reason="corpus absent")
def test_corpus_bbc_blocks_go_and_saudi_outlets_keep_their_short_lines(monkeypatch):
    found = []
    original = related.find_related_blocks

    def spy(lines, kept):
        out = original(lines, kept)
        found.extend(lines[k] for k in out)
        return out

    monkeypatch.setattr(boilerplate.related, "find_related_blocks", spy)
    with open(BBC, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            clean_text(r["text"], title_hint=r.get("title"))
    assert len(found) > 300  # 374 lines in 150 blocks when measured
    assert not any(x.rstrip().endswith((".", ":", "،")) for x in found)
    found.clear()
    # Verse, bullet lists, letters' address lines, pull quotes: none is taken for a headline block.
    for path in OTHERS:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                clean_text(r["text"], title_hint=r.get("title"))
    assert found == []
