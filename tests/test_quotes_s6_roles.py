"""Session 6: speakers named by a description that points back — a role repeated with a word
dropped ("قائد المنطقة الرابعة" after "قائد المنطقة العسكرية الرابعة اللواء X"), a description by
nationality ("المسؤول الكوري الشمالي", "الوزير الكندي") — and a quoted reporter's name before
"عن" ("ونقلت "رويترز" عن …"), which is no quote."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

from khabar.quotes.antecedents import role_holder


def test_role_repeat_with_a_word_dropped():
    body = ("أكد قائد اللواء الجبلي الثالث العميد سالم ناصر العولقي أن قواته تقدمت نحو المدينة.\n"
            "وأضاف قائد اللواء الثالث في تصريح صحفي: \"سنواصل العمليات حتى النهاية\".\n"
            "وأشار إلى أن الطرق ما زالت ملغمة.")
    a, qs = quotes(body, {"Salem al-Awlaqi": ["سالم ناصر العولقي"]})
    assert [q.speaker for q in qs] == ["e1", "e1", "e1"]
    assert role_holder(a, "قائد اللواء الثالث", body.index("وأضاف")) == "e1"


def test_loose_role_needs_the_same_head_and_order():
    body = ("قال نائب قائد اللواء الجبلي الثالث العميد سالم ناصر العولقي إن الوضع هادئ.\n"
            "وأضاف قائد اللواء الثالث أن التعزيزات وصلت.")
    a, qs = quotes(body, {"Salem al-Awlaqi": ["سالم ناصر العولقي"]})
    # the deputy is not the commander: the head word differs
    assert role_holder(a, "قائد اللواء الثالث", body.index("وأضاف")) is None


def test_two_word_roles_stay_exact():
    body = ("قال وزير الدولة للشؤون الخارجية أنور قرقاش إن المحادثات مستمرة.\n"
            "وقال وزير الخارجية إن الاجتماع المقبل سيعقد في الرياض.")
    a, qs = quotes(body, {"Anwar Gargash": ["أنور قرقاش"]})
    assert role_holder(a, "وزير الخارجية", body.index("وقال وزير الخارجية")) is None


def test_official_by_nationality_after_an_apposition():
    body = ("قال جون ماكلين، نائب وزير التجارة الكندي، إن المفاوضات ستستأنف الشهر المقبل.\n"
            "وأكد المسؤول الكندي أن بلاده لن تتنازل عن شروطها.")
    a, qs = quotes(body, {"John McLean": ["جون ماكلين"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_minister_by_nationality_needs_the_title():
    body = ("التقى السفير الكندي بيتر هولم رئيس البلدية أمس.\n"
            "وقال الوزير الكندي إن الزيارة ستتكرر.")
    a, qs = quotes(body, {"Peter Holm": ["بيتر هولم"]})
    assert qs[-1].speaker is None  # an ambassador is no minister


def test_description_with_two_candidates_prefers_the_one_who_spoke():
    body = ("وصف الرئيس البيروفي كارلوس مندوزا الاتفاق بالتاريخي.\n"
            "وقال خوان بيريز، المسؤول البيروفي عن الملف، إن التنفيذ يبدأ غدا.\n"
            "وأضاف المسؤول البيروفي أن اللجان جاهزة.")
    a, qs = quotes(body, {"Carlos Mendoza": ["كارلوس مندوزا"], "Juan Perez": ["خوان بيريز"]})
    assert qs[-1].speaker == "e2"


def test_quoted_reporter_before_an_is_no_quote():
    body = ("ونقلت \"رويترز\" عن مسؤول في الميناء قوله إن السفن عادت إلى الرسو.\n"
            "وأعلنت \"نوكيا\" عن هاتف جديد الأسبوع الماضي.")
    a, qs = quotes(body)
    texts = [q.text for q in qs]
    assert "رويترز" not in texts and "نوكيا" not in texts
    assert any(t.startswith("السفن عادت") for t in texts)


def test_quoted_words_before_an_after_qaal_stay_a_quote():
    body = "وقال \"لن نتراجع\" عن موقفنا أمام الصحفيين."
    a, qs = quotes(body)
    assert [q.text for q in qs] == ["لن نتراجع"]


def test_description_of_an_unnamed_official_stays_unnamed():
    body = ("قال الرئيس الفنلندي ماتي كوسكينن إن بلاده ستشارك في القمة.\n"
            "وقال مسؤول فنلندي إن الوفد سيضم عشرة أعضاء.\n"
            "وأضاف المسؤول الفنلندي أن جدول الأعمال لم يحسم بعد.")
    a, qs = quotes(body, {"Matti Koskinen": ["ماتي كوسكينن"]})
    assert qs[-1].speaker is None


def test_taliban_is_no_cue():
    body = ("وقال حاكم الولاية فريد أحمدي إن عناصر طالبان \"هاجموا نقطة تفتيش\" ليلا.\n"
            "وأكدت حركة طالبان منذ البداية أنها لن تشارك في المحادثات.")
    a, qs = quotes(body, {"Farid Ahmadi": ["فريد أحمدي"], "ORG:Taliban": ["حركة طالبان", "طالبان"]})
    assert [q.cue for q in qs] == ["وقال", "وأكدت"]
    assert qs[0].text.startswith("عناصر طالبان") and qs[0].speaker == "e1"
    assert qs[1].speaker == "e2"


def test_role_source_named_in_the_next_sentence():
    body = ("وقال مدعي عام ليون إن المشتبه به اعتقل قرب محطة القطار.\n"
            "وأوضح المدعي العام جان لوك مارتان للصحافة أن التحقيق سيستمر أسابيع.")
    a, qs = quotes(body, {"Jean-Luc Martin": ["جان لوك مارتان"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_role_source_not_named_by_another_office():
    body = ("وقال المتحدث باسم الشرطة إن الطريق أغلق.\n"
            "وقال مدير الدفاع المدني سامي حداد إن فرق الإنقاذ وصلت.")
    a, qs = quotes(body, {"Sami Haddad": ["سامي حداد"]})
    assert qs[0].speaker is None and qs[1].speaker == "e1"


def test_governor_role_source_named_later_with_fewer_words():
    body = ("وأعرب حاكم الولاية الشمالية عن قلقه، داعيا إلى \"ضبط النفس\".\n"
            "وقال حاكم الولاية أحمد بابا إن الجيش سينتشر في القرى.")
    a, qs = quotes(body, {"Ahmed Baba": ["أحمد بابا"]})
    assert all(q.speaker == "e1" for q in qs)


def test_lede_role_then_bare_name():
    body = ("يقول وزير المالية الكيني إن الموازنة الجديدة ستخفض العجز.\n"
            "وقال هنري روتيتش للصحفيين \"لن نرفع الضرائب هذا العام\".")
    a, qs = quotes(body, {"Henry Rotich": ["هنري روتيتش"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_lede_role_not_given_to_a_name_of_the_other_gender():
    body = ("عبّر وزير الداخلية عن \"صدمته\" من الحادث، فيما اعتبرت الناشطة سلمى عمري الأمر \"مؤسفا\".\n"
            "وقالت سلمى عمري إن التحقيق يجب أن يبدأ فورا.")
    a, qs = quotes(body, {"Salma Omri": ["سلمى عمري"]})
    assert qs[0].speaker is None


def test_role_entity_after_the_lede_named_it_is_that_person():
    body = ("يقول نائب وزير الخارجية الكيني إن المفاوضات ستستأنف قريبا.\n"
            "وقال هنري موانغي للصحفيين \"لن نتخلى عن شروطنا\".\n"
            "وقال نائب وزير الخارجية الكيني إن الوفد سيسافر الأحد.")
    a, qs = quotes(body, {"Henry Mwangi": ["هنري موانغي"],
                          "Deputy FM": [("نائب وزير الخارجية الكيني", "role")]})
    assert [q.speaker for q in qs] == ["e1", "e1", "e1"]
