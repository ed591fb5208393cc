""""تبين أن" (it turned out) is no speech cue; "تبين الوزيرة أن" still is (quotes/cues.py impersonal)."""
from khabar.api import read


def _quotes(text):
    a = read(text)
    return [(q.cue, q.text) for q in a.quotes]


def test_it_turned_out_is_no_quote():
    qs = _quotes("وبعد الفحص الطبي تبين للأطباء أن المريض مصاب بتسمم غذائي حاد. وتبين لاحقا أنه تناول طعاما فاسدا.")
    assert qs == []


def test_it_turned_out_continues_the_report_before_it():
    qs = _quotes("وقالت الشرطة إن المتهمين أحيلا إلى النيابة العامة، وتبين أن المتهم الأول هو من أرسل الرسائل.")
    assert len(qs) == 1
    assert qs[0][0] == "وقالت" and qs[0][1].endswith("هو من أرسل الرسائل")


def test_present_tense_with_a_subject_is_still_a_cue():
    qs = _quotes("وتبين الدراسة الجديدة أن نصف الأطفال في المدينة لا يمارسون الرياضة.")
    assert any(t.startswith("نصف الأطفال") for _, t in qs)
