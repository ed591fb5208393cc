"""Session 7 (quotesA): a cue opening a singular relative clause ("…، الذي وصف …"، "التي قالت …")
has the named antecedent just before the relative pronoun as its subject, when the pronoun and
the verb agree in gender; an object relative ("التي قال ترامب إنها") keeps the subject after it."""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def _of(qs, start):
    return [s for t, s in qs if start in t]


def test_person_then_relative_masculine():
    qs = _speakers("انتقد المستشار الاقتصادي لاري كودلو رئيس الوزراء الكندي جاستن ترودو، الذي وصف "
                   "الرسوم الجمركية الأمريكية بأنها \"مهينة وغير مقبولة\".")
    assert _of(qs, "مهينة") == ["جاستن ترودو"], qs


def test_organisation_then_relative_feminine():
    qs = _speakers("قال المتحدث باسم الحكومة إن الإفراج عن المعتقلين تم بموجب عفو رئاسي.\n\n"
                   "ورحبت منظمات حقوقية بالخطوة، ومن أبرزها منظمة العفو الدولية التي قالت في تقرير لها "
                   "إن السلطات أفرجت عن عشرات المعتقلين.")
    assert _of(qs, "أفرجت عن عشرات") == ["منظمة العفو الدولية"], qs


def test_object_relative_keeps_the_subject_after_the_verb():
    qs = _speakers("هنأ الرئيس الأمريكي دونالد ترامب الرئيس الرواندي بتوليه رئاسة المنظمة، "
                   "التي قال ترامب إنها \"شرف عظيم\" لبلاده.")
    assert _of(qs, "شرف عظيم") == ["دونالد ترامب"], qs


def test_gender_disagreement_is_no_antecedent():
    # "التي" (feminine) cannot be the subject of "قال" (masculine)
    qs = _speakers("زار وزير الخارجية الفرنسي العاصمة اللبنانية بيروت التي قال فيها إن بلاده "
                   "ستدعم الجيش اللبناني.")
    assert _of(qs, "ستدعم الجيش") != ["بيروت"], qs


def test_subject_after_the_relative_verb():
    # "يرى كثيرون": the many who think so are the subject, not the player before the relative
    qs = _speakers("وعاد اللاعب الأرجنتيني ليونيل ميسي، الذي يرى كثيرون أنه أفضل لاعب في العالم، "
                   "إلى التدريبات أمس.")
    assert "ليونيل ميسي" not in [s or "" for t, s in qs if "أفضل لاعب" in t], qs
