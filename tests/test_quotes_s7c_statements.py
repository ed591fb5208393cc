"""Session 7 round 2 (quotes2): a statement's issuer.

- "بيان لمديرية أمن مدينة X" / "بيان لسلطات ولاية X": an organisation head whose name runs into a
  place the entity stage knows is a named issuer, though all its other words are common;
- "أصدر X بيانا … وقال البيان": the subject of the issuing verb is who "البيان" speaks for;
- "بيان للوزارة" (glued لل) is the ministry named before, unless a definite word goes on with a
  name of its own ("بيان للمركز الإعلامي الأمني").
"""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def _of(qs, start):
    return [s for t, s in qs if t.startswith(start)]


def test_directorate_named_by_its_city():
    qs = _speakers("انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة أنقرة صباح اليوم. "
                   "وأفاد بيان لمديرية أمن مدينة أنقرة أن الانفجار أوقع خمسة جرحى بينهم طفل.")
    got = _of(qs, "الانفجار أوقع")
    assert got and got[0] is not None and "مديرية أمن" in got[0] and "أنقرة" in got[0], qs


def test_local_authorities_named_by_their_province():
    qs = _speakers("قتل جنديان في هجوم على نقطة تفتيش جنوب شرق تركيا. "
                   "وذكر بيان لسلطات ولاية ماردين، أن المهاجمين فروا إلى منطقة جبلية قريبة.")
    got = _of(qs, "المهاجمين فروا")
    assert got and got[0] is not None and "ماردين" in got[0], qs


def test_issuer_of_a_statement_speaks_for_it():
    qs = _speakers("أصدرت الهيئة الوطنية لمكافحة الفساد بيانا حول القضية. "
                   "وقال البيان إن التحقيق سيشمل مسؤولين كبارا في الوزارة.")
    got = _of(qs, "التحقيق سيشمل")
    assert got and got[0] is not None and "الهيئة الوطنية" in got[0], qs


def test_issuer_with_a_time_word_before_the_noun():
    qs = _speakers("أصدرت الهيئة الوطنية لمكافحة الفساد أمس بيانا حول القضية. "
                   "وقال البيان إن التحقيق سيشمل مسؤولين كبارا في الوزارة.")
    got = _of(qs, "التحقيق سيشمل")
    assert got and got[0] is not None and "الهيئة الوطنية" in got[0], qs


def test_statement_in_someone_elses_name_is_not_the_issuers():
    # "أصدرت الشرطة بيانا باسم X": the statement speaks for X, not for the police
    qs = _speakers("أصدرت الهيئة الوطنية لمكافحة الفساد بيانا باسم عائلة الموظف المفقود. "
                   "وقال البيان إن العائلة تطالب بالكشف عن مصيره.")
    got = _of(qs, "العائلة تطالب")
    assert not got or got[0] is None or "الهيئة الوطنية" not in got[0], qs


def test_glued_definite_head_is_the_ministry_named_before():
    qs = _speakers("أعلنت وزارة الصحة الأردنية تسجيل عشرين إصابة جديدة بالحصبة في العاصمة. "
                   "وأوضح بيان للوزارة أمس أن معظم المصابين من الأطفال غير المطعمين.")
    got = _of(qs, "معظم المصابين")
    assert got and got[0] is not None and "وزارة الصحة" in got[0], qs
