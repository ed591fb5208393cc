""""وبين X أن …" (بين with its subject before the complementizer) is a report (quotes/cues.py)."""
from khabar.api import read


def _quotes(text):
    a = read(text)
    ents = {e.id: e for e in a.entities}
    return [(q.cue, q.text, ents[q.speaker].name_ar if q.speaker in ents else None) for q in a.quotes]


def test_bayyan_with_subject_at_sentence_start():
    qs = _quotes("وقال مدير الشرطة إن الحادث وقع ليلا. وبين العقيد سالم العتيبي أن فرق الإنقاذ وصلت بسرعة.")
    assert ("وبين", "فرق الإنقاذ وصلت بسرعة", "سالم العتيبي") in qs


def test_bayyan_with_shadda_mid_sentence():
    qs = _quotes("كما بيّن المصدر الأمني المسؤول في الوزارة أن التحقيق مستمر في الحادث.")
    assert any(t == "التحقيق مستمر في الحادث" for _, t, _ in qs)


def test_between_is_no_cue():
    qs = _quotes("وبين الضحايا شرطي عرض على المسلح أن يأخذه رهينة. وتوترت العلاقة بينهم وبين السكان بعد أن وقع الحادث.")
    assert qs == []
