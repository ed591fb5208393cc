"""Round 2: an np object read after a subject whose adjectives the entity stage left out
("أعلنت شركة X الأمريكية عن …") starts after those adjectives and after "من جهته"."""
import pytest

from khabar.api import read


def _quotes(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


@pytest.mark.parametrize("text, expected_start", [
    ("أعلنت شركة غوغل الأمريكية عن وقف خدمة البريد للمستخدمين بنهاية العام المقبل.", "وقف خدمة"),
    ("وأكد الهلال الأحمر الكردي من جهته إصابة المستشفى في الغارة الجوية.", "إصابة المستشفى"),
    ("أكدت حركة طالبان الأفغانية الجمعة خبر تعيين زعيم جديد للحركة.", "خبر تعيين"),
    ("وأعلنت حركة الشباب الإسلامية المتشددة مسؤوليتها عن تفجير السوق.", "مسؤوليتها عن"),
])
def test_object_starts_after_the_subjects_adjectives(text, expected_start):
    qs = _quotes(text)
    assert qs, text
    assert qs[0][0].startswith(expected_start), qs


def test_an_object_that_opens_with_a_noun_in_ية_is_kept():
    # المسؤولية is the object, not an adjective of the organisation
    qs = _quotes("وأعلن تنظيم داعش المسؤولية عن الهجوم على الكنيسة.")
    assert qs and qs[0][0].startswith("المسؤولية عن الهجوم"), qs


def test_a_demonym_inside_the_object_stays_in_it():
    qs = _quotes("ونفت موسكو التقارير الأمريكية عن نشر قوات على الحدود.")
    assert qs and qs[0][0].startswith("التقارير الأمريكية"), qs


def test_hyphenated_name_ending_in_in_is_no_complementizer():
    # "جاي-إن" is the end of a name, not the complementizer إن
    qs = _quotes("وقال رئيس كوريا الجنوبية مون جاي-إن، الذي زار الحدود أمس، إن الحوار سيستمر رغم التوتر.")
    assert qs and qs[0][0].startswith("الحوار سيستمر"), qs
