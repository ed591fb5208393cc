"""Session 7 round 3 (quotes3): the subject of a pluperfect «كان X قد <cue>».

X, between كان and قد, is the cue's subject whatever follows the verb: not the speaker of the
sentence before (an organisation the entity stage does not know), nor a name in the verb's
object ("قد وصف رئيس الوزراء X بأنه …", "قد أعلن إغلاق معبر X").
"""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker), q.source) for q in a.quotes]


def _of(qs, start):
    return [(s, src) for t, s, src in qs if t.startswith(start)]


def test_unknown_ministry_after_kana_is_not_the_previous_speaker():
    qs = _speakers("قال مكتب الرئاسة في سيول الخميس إن وحدة بحرية تحركت نحو السواحل الليبية. "
                   "وأضاف المكتب أن الحكومة تتابع القضية عن كثب. "
                   "وكانت وزارة الخارجية قد قالت في وقت سابق إن المهندس خطف على يد مسلحين.")
    got = _of(qs, "المهندس خطف")
    assert got and got[0][0] is not None and "وزارة الخارجية" in got[0][0], qs


def test_object_after_the_verb_is_not_the_subject():
    qs = _speakers("انتقدت كندا الرسوم الجمركية الجديدة على الصلب. "
                   "وكان الرئيس الأمريكي دونالد ترامب قد وصف رئيس الوزراء الكندي جاستن ترودو بأنه "
                   "\"ضعيف وغير نزيه\".")
    got = _of(qs, "ضعيف وغير نزيه")
    assert got and got[0][0] == "دونالد ترامب", qs


def test_announced_closure_names_the_army_not_the_crossing():
    qs = _speakers("تظاهر مئات الفلسطينيين قرب الحدود يوم الجمعة. "
                   "وكان الجيش الإسرائيلي قد أعلن إغلاق معبر كرم أبو سالم أمام حركة البضائع.")
    got = _of(qs, "إغلاق معبر")
    assert got and got[0][0] == "الجيش الإسرائيلي", qs


def test_adjunct_before_the_verbs_preposition_is_no_report():
    qs = _speakers("أقر البرلمان الفرنسي قانون العمل الجديد. "
                   "وكان الرئيس الفرنسي إيمانويل ماكرون قد تعهد عند توليه السلطة بإجراء إصلاحات واسعة.")
    got = [(t, s) for t, s, _ in qs if "إصلاحات واسعة" in t]
    assert got and got[0][0].startswith("بإجراء") and got[0][1] == "إيمانويل ماكرون", qs


def test_clause_describing_the_subject_is_left_out():
    qs = _speakers("اعتقلت السلطات ثلاثة صحفيين الشهر الماضي. "
                   "وكانت لجنة حماية الصحفيين، ومقرها نيويورك، قد دعت الأسبوع الماضي السلطات إلى "
                   "الإفراج عن الصحفيين الثلاثة.")
    got = _of(qs, "الإفراج عن")
    assert got and got[0][0] is not None and "لجنة حماية الصحفيين" in got[0][0], qs


def test_unnamed_source_before_qad():
    qs = _speakers("تواصلت المعارك في محيط المدينة لليوم الثالث. "
                   "وقال قائد ميداني إن قواته تقدمت. "
                   "وكانت مصادر عسكرية قد كشفت أمس أن تعزيزات وصلت إلى الجبهة.")
    got = _of(qs, "تعزيزات وصلت")
    assert got and got[0][0] is None and got[0][1] and "مصادر عسكرية" in got[0][1], qs


def test_citing_agency_leaves_the_cited_speaker():
    # «نقلت عن X»: X speaks, the agency only reports
    qs = _speakers("وكانت وكالة الأنباء الروسية قد نقلت عن المتحدث باسم الكرملين دميتري بيسكوف قوله "
                   "إن موسكو لن ترد على الاتهامات.")
    got = _of(qs, "موسكو لن ترد")
    assert not got or got[0][0] != "وكالة الأنباء الروسية", qs


def test_two_ministries_named_by_cue_phrases_stay_apart():
    qs = _speakers("بدأ موسم الحج هذا الأسبوع وسط إجراءات صحية مشددة. "
                   "وكانت وزارة الحج قد كشفت أمس عن تخصيص رابط إلكتروني لتسجيل الحجاج. "
                   "وكانت وزارة الصحة قد أعلنت أمس عن تسجيل عشر إصابات جديدة بين العاملين.")
    first, second = _of(qs, "تخصيص رابط"), _of(qs, "تسجيل عشر")
    assert first and first[0][0] == "وزارة الحج", qs
    assert second and second[0][0] == "وزارة الصحة", qs
