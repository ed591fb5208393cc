"""Session 6 times: a shift in weeks is a day; "اليوم + weekday" is never after the record's date."""
from khabar.timex import find_times


def values(text, published):
    return [(t.text, t.value) for t in find_times(text, published)]


def test_weeks_ago_and_in_weeks_are_days():
    assert values("افتتح المعرض قبل أسبوع في الرياض", "2019-03-13") == [("قبل أسبوع", "2019-03-06")]
    assert values("وصل الوفد قبل اسبوعين", "2019-03-13") == [("قبل اسبوعين", "2019-02-27")]
    assert values("تبدأ المفاوضات بعد ثلاثة أسابيع", "2019-03-13") == [("بعد ثلاثة أسابيع", "2019-04-03")]


def test_today_with_weekday_looks_back_from_a_late_record_date():
    # a record dated Friday 2019-03-15 whose text says "today, Monday": the Monday before
    assert values("أعلنت الشرطة اليوم الاثنين القبض على المشتبه به", "2019-03-15") == [
        ("اليوم الاثنين", "2019-03-11")]
    assert values("قال الوزير اليوم الجمعة إن", "2019-03-15") == [("اليوم الجمعة", "2019-03-15")]
    # a paper dated past midnight still names the day before
    assert values("أعلنت الوزارة، اليوم الخميس، عن خطة", "2019-03-15") == [("اليوم الخميس", "2019-03-14")]


def test_conjunction_stays_outside_a_time_span():
    text = "عقدت اللجنة جلستين يومي السبت والأحد، وبالأمس أعلنت نتائجها"
    found = find_times(text, "2019-03-13")
    assert [t.text for t in found] == ["السبت", "الأحد", "بالأمس"]
    assert [text[t.start:t.end] for t in found] == [t.text for t in found]
