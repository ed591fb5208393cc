"""Time expressions: day ordinals of a relative month, clock times with a zone or anchored on the
day their sentence names, approximate shifts, weekly recurrences, durations carried by a bare or
dual unit noun or by number words after a plural unit. Sentences written for these tests."""
from __future__ import annotations

from khabar.timex import find_times

PUB = "2021-06-16"  # a Wednesday


def values(text: str, published: str | None = PUB):
    out = []
    for t in find_times(text, published):
        assert text[t.start:t.end] == t.text
        out.append((t.text, t.value))
    return out


# --- a day of the current, last or next month --------------------------------------------------

def test_ordinal_day_of_a_relative_month():
    assert values("افتتح المعرض في الثالث عشر من الشهر الجاري") == [
        ("الثالث عشر من الشهر الجاري", "2021-06-13")]
    assert values("انتهت المهلة في العشرين من الشهر الماضي") == [("العشرين من الشهر الماضي", "2021-05-20")]
    assert values("تبدأ الدورة في الخامس من الشهر المقبل") == [("الخامس من الشهر المقبل", "2021-07-05")]
    assert values("وصل الوفد في 9 من هذا الشهر") == [("9 من هذا الشهر", "2021-06-09")]


def test_ordinal_day_of_a_named_month_still_works():
    assert values("ولد في الحادي عشر من مارس") == [("الحادي عشر من مارس", "2021-03-11")]


def test_ordinal_without_month_is_no_date():
    assert values("حل الفريق في المركز الرابع عشر من أصل عشرين") == []


def test_relative_month_day_without_publication_date_has_no_value():
    assert values("افتتح المعرض في الثالث عشر من الشهر الجاري", None) == [
        ("الثالث عشر من الشهر الجاري", None)]


# --- clock times ----------------------------------------------------------------------------------

def test_clock_time_takes_the_day_named_in_its_sentence():
    assert values("اندلع الحريق أمس قرب الميناء قبل الساعة السابعة مساء") == [
        ("أمس", "2021-06-15"), ("الساعة السابعة مساء", "2021-06-15T19:00")]
    assert values("انطلقت المسيرة الساعة العاشرة صباحا وانتهت مساء الأحد الماضي")[0] == (
        "الساعة العاشرة صباحا", "2021-06-13T10:00")


def test_clock_time_in_another_sentence_keeps_the_publication_date():
    assert values("اندلع الحريق أمس. ويبدأ التحقيق الساعة التاسعة صباحا")[1] == (
        "الساعة التاسعة صباحا", "2021-06-16T09:00")


def test_four_digit_clock_times_with_a_zone():
    assert values("غادر القطار المحطة (1745 بتوقيت غرينتش) متأخرا") == [
        ("1745 بتوقيت غرينتش", "2021-06-16T17:45")]
    assert values("بدأ البث الساعة 0630 صباح اليوم")[0][1] == "2021-06-16T06:30"
    assert values("أغلقت الصناديق الساعة 19:00 بتوقيت أنقرة") == [
        ("الساعة 19:00 بتوقيت أنقرة", "2021-06-16T19:00")]


def test_four_digit_number_alone_is_no_clock_time():
    assert all(v != "2021-06-16T14:30" for _, v in values("بلغ عدد المصابين 1430 مصابا"))


# --- shifts and recurrences ------------------------------------------------------------------------

def test_shift_with_an_approximator():
    assert values("تأسست الشركة قبل أكثر من عام") == [("قبل أكثر من عام", "2020")]
    assert values("زار المدينة قبل نحو ثلاثة أيام") == [("قبل نحو ثلاثة أيام", "2021-06-13")]


def test_weekday_each_week():
    assert values("تقام السوق كل يوم خميس في الساحة") == [("كل يوم خميس", "XXXX-WXX-4")]
    assert values("يتدرب الفريق كل يوم") == [("كل يوم", "P1D")]


def test_wishes_point_to_the_future():
    assert values("يأمل المفاوضون في توقيع الاتفاق يوم الجمعة") == [("يوم الجمعة", "2021-06-18")]


# --- durations ---------------------------------------------------------------------------------------

def test_bare_unit_noun_with_a_word_of_amount_is_one():
    assert values("بقي المريض في العناية يوما واحدا") == [("يوما واحدا", "P1D")]
    assert values("وقف اللاعبون دقيقة صمتا قبل المباراة") == [("دقيقة", "PT1M")]
    assert values("صام القرويون شهرا كاملا") == [("شهرا", "P1M")]


def test_bare_unit_noun_alone_is_no_duration():
    assert values("كانت ساعة الحسم قد اقتربت") == []
    assert values("قال إن يوم الحساب آت") == []


def test_dual_unit_with_repeated_two():
    assert values("توقف العمل يومين اثنين") == [("يومين اثنين", "P2D")]


def test_number_words_after_a_plural_unit():
    assert values("عبر الحدود خلال الساعات الثماني والأربعين الماضية مئات النازحين") == [
        ("الساعات الثماني والأربعين الماضية", "PT48H")]
    assert values("تضاعفت الأسعار في السنوات الثلاث") == [("السنوات الثلاث", "P3Y")]


def test_duration_keeps_a_short_approximator():
    assert values("استمر الحصار أكثر من 40 يوما") == [("أكثر من 40 يوما", "P40D")]
    # a time span keeps an attached proclitic (see khabar.timex); the quantity leaves it out
    assert values("ونحو ثلاث ساعات انتظر الركاب") == [("نحو ثلاث ساعات", "PT3H")]  # the conjunction stays out
