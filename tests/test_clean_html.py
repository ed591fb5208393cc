"""HTML pages: main text, metadata, debris gone, malformed markup survives."""
import re
import sys
from pathlib import Path

import pytest

from khabar.clean import extract_html, looks_like_html, prepare
from khabar.clean.html import date_from_url
from khabar.errors import InputError

DATA = Path(__file__).parent / "data"
PAGES = Path("/work/shared/data/news_html_pages")
TOOLS = Path("/work/shared/tools")
CNN = PAGES / "cnn_arabic_2013-08-03_syria_clashes.html"
CNN_EXPECTED = PAGES / "cnn_arabic_2013-08-03_syria_clashes.newspaper4k_expected.txt"
ASSABAH = PAGES / "assabah_tn_article_164913.html"

STORY_START = "أسوان - افتتح محافظ أسوان صباح اليوم الاثنين جسرا جديدا"
DEBRIS = ["اترك تعليقاً", "لن يتم نشر", "إرسال التعليق", "تعليق من زائر", "جميع الحقوق محفوظة ©", "تابعونا",
          "اقرأ أيضا", "بحيرة ناصر", "فيسبوك", "الرئيسية", "var tracker"]


def overlap_f1(a, b):
    sys.path.insert(0, str(TOOLS))
    try:
        from score_article import overlap_f1 as f1
    finally:
        sys.path.remove(str(TOOLS))
    return f1(a, b)


def test_looks_like_html():
    assert looks_like_html((DATA / "clean_page.html").read_text(encoding="utf-8"))
    assert looks_like_html("<div><p>نص</p><p>نص آخر</p></div>")
    assert not looks_like_html("قال الوزير إن سعر الصرف > 3.5 دينار وإن الفائدة < 2 بالمئة.")
    assert not looks_like_html("")


def test_own_page():
    page = extract_html((DATA / "clean_page.html").read_text(encoding="utf-8"))
    assert page["title"] == "افتتاح جسر جديد فوق نهر النيل في أسوان"
    assert page["date"] == "2022-03-14"
    assert page["author"] == "سارة منصور"
    assert page["site"] == "الخبر اليومي"
    assert page["url"] == "https://example.org/news/2022/03/14/aswan-bridge"
    assert page["text"].startswith(STORY_START)
    assert len(page["text"].split("\n")) == 4  # one line per paragraph


def test_own_page_prepared():
    prepared = prepare((DATA / "clean_page.html").read_bytes())
    body = prepared.cleaned.body
    assert prepared.html and prepared.encoding == "utf-8"
    assert prepared.published == "2022-03-14"
    assert prepared.cleaned.title == "افتتاح جسر جديد فوق نهر النيل في أسوان"
    assert prepared.cleaned.byline == "سارة منصور"
    assert body.startswith(STORY_START)
    # the story sentence that quotes "جميع الحقوق محفوظة" stays; the footer does not
    assert "إن جميع الحقوق محفوظة للأهالي في التعويضات" in body
    for piece in DEBRIS:
        assert piece not in body, piece
    article = prepared.to_article()
    assert article.body == body and article.published == "2022-03-14"


def test_own_page_in_windows_1256():
    html = (DATA / "clean_page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    data = html.replace("©", "(c)").encode("cp1256")
    prepared = prepare(data)
    assert prepared.encoding == "windows-1256"
    assert prepared.cleaned.body.startswith(STORY_START)


@pytest.mark.parametrize("html", [
    "<html><body><div><p>افتتح الوزير اليوم مدرسة جديدة في المدينة القديمة بحضور عدد من الأهالي.<p>وقال إن المدرسة تستقبل خمسمئة طالب",
    "<p>افتتح الوزير اليوم مدرسة جديدة</div></span><p>وقال إن المدرسة تستقبل خمسمئة طالب</b></i></html>",
    "<html><head><title>خبر</title></head><body><table><tr><td>افتتح الوزير اليوم مدرسة جديدة في المدينة<td>",
    "<<<>>> <p <div>> افتتح الوزير اليوم مدرسة جديدة </p </div> <script>alert(1)",
])
def test_malformed_html_does_not_crash(html):
    page = extract_html(html)
    assert "افتتح الوزير اليوم مدرسة جديدة" in page["text"]
    assert "alert" not in page["text"]


def test_empty_and_arabicless_pages():
    assert extract_html("")["text"] == ""
    with pytest.raises(InputError):
        prepare(b"<html><body><p>English only page</p><div>menu</div><p>footer</p></body></html>")


def test_date_from_url():
    assert date_from_url("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html") == "2013-08-03"
    assert date_from_url("https://example.org/2021/06/16/summit") == "2021-06-16"
    assert date_from_url("https://example.org/news/2021-06-16-summit.html") == "2021-06-16"
    assert date_from_url("https://example.org/news/12345") is None


@pytest.mark.skipif(not CNN.exists(), reason="shared HTML pages not available")
def test_cnn_page():
    prepared = prepare(CNN.read_bytes())
    cleaned = prepared.cleaned
    expected = CNN_EXPECTED.read_text(encoding="utf-8")
    assert cleaned.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert prepared.published == "2013-08-03"
    assert cleaned.dateline == "دمشق، سوريا (CNN) --"
    assert cleaned.byline == "CNN"
    assert overlap_f1(cleaned.body, expected) >= 0.9
    assert overlap_f1(f"{cleaned.dateline} {cleaned.body}", expected) >= 0.99
    for debris in ("ترحب شبكة CNN بالنقاش", "الآراء الواردة أدناه", "Cable News Network", "الصفحة الرئيسية"):
        assert debris not in cleaned.body
    assert {r.reason for r in cleaned.removed} == {"comment-form"}
    # every expected paragraph is in the body verbatim (the first minus its dateline)
    for para in expected.split("\n\n")[1:]:
        assert para.strip() in cleaned.body


@pytest.mark.skipif(not ASSABAH.exists(), reason="shared HTML pages not available")
def test_assabah_page():
    prepared = prepare(ASSABAH.read_bytes())
    cleaned = prepared.cleaned
    assert cleaned.title.startswith("الناشط الحقوقي السوداني خالد عبد الكريم ماسا")
    assert cleaned.byline == "حوار: آسيا العتروس"
    assert prepared.published == "2019-02-08"
    assert cleaned.body.startswith("مالذي يحدث في السودان؟")
    assert "والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب." in cleaned.body
    assert len(re.findall(r"^\*", cleaned.body, re.M)) >= 8  # the interview's questions all kept
    assert len(cleaned.body) > 7000  # the whole interview (7.5k chars of <p> story text on the page)
