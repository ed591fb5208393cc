"""Session 7 times: numeric Hijri dates (spaced slashes, era mark) on the Umm al-Qura calendar;
"يوم أمس الأول"; a cardinal carrying its unit's article ("الثلاثين عاما", "الخمس سنوات")."""
from khabar.quantities import find_quantities
from khabar.timex import find_times


def values(text, published="2015-08-02"):
    return [(t.text, t.value) for t in find_times(text, published)]


def test_numeric_hijri_date_with_spaced_slashes():
    assert values("وقعت الحادثة مساء يوم 12/ 3/ 1435 قرب السوق") == [("12/ 3/ 1435", "2014-01-13")]
    assert values("صدر الحكم بتاريخ 9 / 7 / 1436 هـ من المحكمة") == [("9 / 7 / 1436 هـ", "2015-04-28")]
    # year first, era glued
    assert values("تبدأ الدراسة في 1436/12/20هـ.") == [("1436/12/20هـ", "2015-10-03")]


def test_glued_hijri_date_is_converted_not_read_as_gregorian():
    # HEAD read "1/9/1436" as the Gregorian 1436-09-01
    assert values("يبدأ البرنامج في 1/9/1436 ويستمر شهرا") == [("1/9/1436", "2015-06-18")]


def test_hijri_date_and_its_gregorian_equivalent_agree():
    found = values("يوم الخميس 7/ 10/ 1436هـ الموافق 23/ 7/ 2015م")
    assert [v for _, v in found][-2:] == ["2015-07-23", "2015-07-23"]


def test_numbers_of_a_numeric_date_are_not_quantities():
    assert find_quantities("أعلنت الهيئة يوم 14 / 2 / 1436 أسماء الفائزين") == []
    assert find_quantities("نشر التعميم في 3/ 11/ 2014 على الموقع") == []


def test_slashed_codes_and_scores_are_not_dates():
    assert values("صدر القرار رقم 15/4/1436/27 أمس")[:1] != [("15/4/1436", "2015-02-05")]
    assert values("انتهت المباراة 2 / 1 لصالح الضيوف") == []
    # spaced hyphens are ranges or scores, not dates
    assert [t for t in find_times("الفترة من 3 - 5 - 1436", "2015-08-02") if t.value] == []


def test_day_before_yesterday_with_yawm():
    assert values("غادر الوفد العاصمة يوم أمس الأول بعد الزيارة", "2015-07-24") == [
        ("يوم أمس الأول", "2015-07-22")]
    assert values("نشر التقرير يوم أول من أمس", "2015-07-24") == [("يوم أول من أمس", "2015-07-22")]
    assert values("وصل الوزير أمس الأول إلى جدة", "2015-07-24") == [("أمس الأول", "2015-07-22")]


def test_definite_cardinal_before_its_unit_is_a_duration():
    assert values("تراجعت الصادرات خلال العشرين عاما الماضية") == [("العشرين عاما", "P20Y")]
    assert values("لم يزر المدينة طوال الخمس سنوات الأخيرة") == [("الخمس سنوات", "P5Y")]
    q = [(x.text, x.value, x.unit) for x in find_quantities("خلال الأربعين سنة الماضية تغيرت المدينة")]
    assert q == [("الأربعين سنة", 40, "year")]


def test_definite_cardinal_guards():
    # a percentage before a weekday, a plural unit after a tens number, an ordinal use
    assert values("ارتفع السهم 3 في المائة يوم الأحد", "2015-08-04") == [("يوم الأحد", "2015-08-02")]
    assert values("احتفلت الجامعة بالذكرى الثلاثين لتأسيسها") == []
    assert values("خلال الثلاثين سنوات") == []


def test_year_near_the_hijri_year_of_publication_is_hijri():
    # a 2015 paper: "عام 1434" is a Hijri year (no single Gregorian year), "1492" and "1453م" are not
    assert values("ارتفع عدد القضايا في عام 1434 إلى ألفي قضية") == [("عام 1434", None)]
    assert values("سقطت غرناطة عام 1492 بعد حصار طويل") == [("عام 1492", "1492")]
    assert values("فتح العثمانيون القسطنطينية عام 1453م") == [("عام 1453م", "1453")]


def test_hijri_year_pair_is_one_time_and_no_quantity():
    text = "بدأ الفصل الصيفي للعام الدراسي 1436 /1437هـ في المدارس"
    assert values(text) == [("1436 /1437هـ", None)]
    assert find_quantities(text) == []
