"""Statements whose issuer is named outside a cue, and institutions named by a common noun
(sentences written for these tests)."""
from quotes_helpers import quotes


def _speaker(a, q):
    ent = a.entity(q.speaker) if q.speaker else None
    return ent.name if ent is not None else None


def test_bare_statement_goes_to_issuer_named_with_sadir_an():
    body = ("أعلنت الحكومة الكينية إغلاق الحدود مع الصومال لمدة أسبوع.\n"
            "جاء ذلك في بيان صادر عن وزير الداخلية فريد موانغي مساء الأحد.\n"
            "وقال البيان إن \"الإغلاق إجراء مؤقت لحماية السكان من الهجمات\".")
    a, qs = quotes(body, {"Fred Matiang'i": ["وزير الداخلية فريد موانغي", "موانغي"],
                          "ORG:Government of Kenya": ["الحكومة الكينية"]})
    q = next(q for q in qs if "الإغلاق إجراء" in q.text)
    assert _speaker(a, q) == "Fred Matiang'i"


def test_issuer_of_statement_not_taken_from_the_outlet_it_went_to():
    # "قال البنك في بيان لبورصة …": the bank spoke; the exchange only received the statement
    body = ("وقال البنك التجاري في بيان لبورصة عمان إن \"الأرباح ارتفعت بنسبة عشرة بالمئة\".\n"
            "وأضاف البيان \"نتوقع نموا أكبر في العام المقبل بفضل التوسع في الخدمات الرقمية\".")
    a, qs = quotes(body, {"ORG:Commercial Bank": ["البنك التجاري"],
                          "ORG:Amman Stock Exchange": ["بورصة عمان"]})
    q = next(q for q in qs if "نتوقع نموا" in q.text)
    assert _speaker(a, q) == "Commercial Bank"


def test_police_as_verb_subject_is_an_organisation():
    body = ("وقع انفجار قرب محطة القطارات في المدينة صباح اليوم.\n"
            "وقالت الشرطة إن \"ثلاثة أشخاص أصيبوا بجروح طفيفة ونقلوا إلى المستشفى\".")
    a, qs = quotes(body)
    assert len(qs) == 1
    ent = a.entity(qs[0].speaker)
    assert ent is not None and ent.type == "ORG" and ent.name_ar == "الشرطة"


def test_police_before_the_verb_resolves_to_the_force_named_earlier():
    body = ("أعلنت شرطة ليون الفرنسية توقيف رجلين بعد مطاردة في وسط المدينة.\n"
            "وكانت الشرطة قالت إن المشتبه بهما حاولا سرقة مصرف في الحي القديم.")
    a, qs = quotes(body, {"ORG:Lyon Police": ["شرطة ليون الفرنسية"]})
    q = next(q for q in qs if "المشتبه بهما" in q.text)
    assert _speaker(a, q) == "Lyon Police"


def test_bare_and_full_wording_of_an_institution_share_one_entity():
    body = ("وجهت السلطات تهما لثلاثة رجال بالتخطيط لهجوم، بحسب ما أفادت النيابة الثلاثاء.\n"
            "وقالت النيابة الهولندية إن المتهمين اعتقلوا في روتردام قبل أسبوعين.")
    a, qs = quotes(body)
    speakers = {q.speaker for q in qs if q.speaker}
    assert len(speakers) == 1
    ent = a.entity(speakers.pop())
    assert ent.type == "ORG" and {m.text for m in ent.mentions} >= {"النيابة", "النيابة الهولندية"}


def test_unnamed_sources_stay_unnamed():
    body = "وقال مسؤول في الشرطة إن التحقيق ما زال في بدايته ولم تعرف أسباب الحادث بعد."
    a, qs = quotes(body)
    assert len(qs) == 1 and qs[0].speaker is None


def test_quotation_closed_by_hasab_tabirihi_is_the_last_speakers_partial():
    body = ("وقال النائب أحمد الهاشمي إن الحكومة فشلت في ملف الطاقة. وانتقد الهاشمي أداء الوزارة "
            "في ملف الكهرباء، \"دون أن تقدم أي حلول عملية للمواطنين\"، حسب تعبيره.")
    a, qs = quotes(body, {"Ahmed al-Hashimi": ["النائب أحمد الهاشمي", "الهاشمي"]})
    q = next(q for q in qs if "حلول عملية" in q.text)
    assert q.kind == "partial" and q.text == "دون أن تقدم أي حلول عملية للمواطنين"
    assert _speaker(a, q) == "Ahmed al-Hashimi"


def test_quotation_with_its_own_cue_keeps_it_before_ala_hadd_qawlihi():
    body = ("وأضافت الوزيرة سلمى العبيدي أن البرنامج سيشمل كل الولايات، لتختم بقولها: \"سنعمل "
            "على توفير التمويل اللازم في أقرب الآجال\"، على حد قولها.")
    a, qs = quotes(body, {"Salma al-Obeidi": ["الوزيرة سلمى العبيدي"]})
    q = next(q for q in qs if "توفير التمويل" in q.text)
    assert q.kind == "direct" and _speaker(a, q) == "Salma al-Obeidi"


def test_own_attribution_needs_a_quotation_right_before_it():
    # no quotation marks: nothing is quoted by "حسب تعبيره" alone
    body = ("وقال الوزير سامي بن عمر إن المفاوضات صعبة. وتستمر الجولة الثالثة حتى الخميس المقبل، "
            "حسب تعبيره.")
    a, qs = quotes(body, {"Sami Ben Omar": ["الوزير سامي بن عمر"]})
    assert not any("الجولة الثالثة" in q.text and q.cue == "حسب تعبيره" for q in qs)


def test_court_as_genitive_before_the_verb_is_not_the_speaker():
    body = ("وحين سئل المتحدث باسم الحكومة سامي الخطيب عن قرار المحكمة قال إن "
            "\"الحكم لا يغير شيئا على الأرض\".")
    a, qs = quotes(body, {"Sami al-Khatib": ["المتحدث باسم الحكومة سامي الخطيب"]})
    assert len(qs) == 1 and _speaker(a, qs[0]) == "Sami al-Khatib"


def test_bare_government_is_the_articles_only_government():
    body = "مددت السلطات التشادية حالة الطوارئ ثلاث مرات. وأعلنت الحكومة أنها لن تمددها مرة أخرى."
    a = __import__("quotes_helpers").article(body, {"ORG:Government of Chad": ["السلطات التشادية"]})
    a.entities[0].kb = "org:government:TD"
    from khabar.quotes import find_quotes
    qs = find_quotes(a)
    assert len(qs) == 1 and a.entity(qs[0].speaker).name == "Government of Chad"


def test_abbara_an_before_a_quotation_is_a_cue():
    body = "وعبّر وزير الصحة كمال الورفلي عن \"قلقه العميق من تزايد الإصابات في الجنوب\"."
    a, qs = quotes(body, {"Kamal al-Warfalli": ["وزير الصحة كمال الورفلي"]})
    assert len(qs) == 1 and qs[0].kind == "partial" and _speaker(a, qs[0]) == "Kamal al-Warfalli"
    assert qs[0].text.startswith("قلقه العميق")


def test_abara_as_via_does_not_cut_another_report():
    body = ("وقال الوزير كمال الورفلي لوكالة الأنباء عبر الهاتف إن \"الوضع تحت السيطرة في كل "
            "المستشفيات\".")
    a, qs = quotes(body, {"Kamal al-Warfalli": ["الوزير كمال الورفلي"]})
    assert len(qs) == 1 and _speaker(a, qs[0]) == "Kamal al-Warfalli"
    assert qs[0].text.startswith("الوضع تحت السيطرة")


def test_role_subject_goes_to_the_person_introduced_with_that_role():
    # the entity stage gave the minister no role mention; the article wrote the role before his name
    body = ("استقبل معالي وزير المالية الأستاذ خالد العمري اليوم وفدا من صندوق النقد الدولي.\n"
            "وأكد معالي وزير المالية عقب اللقاء أن المباحثات تناولت سبل دعم الاقتصاد الوطني.")
    a, qs = quotes(body, {"Khalid al-Omari": ["خالد العمري"]})
    q = next(q for q in qs if "المباحثات" in q.text)
    assert _speaker(a, q) == "Khalid al-Omari"


def test_role_subject_stays_open_when_two_people_held_the_role():
    from quotes_helpers import article
    from khabar.quotes.antecedents import role_before_name
    body = ("التقى وزير الخارجية سامي الحسن نظيره وزير الخارجية علي الكرمي في العاصمة.\n"
            "وقال وزير الخارجية إن اللقاء كان إيجابيا ومثمرا للغاية.")
    a = article(body, {"Sami al-Hasan": ["سامي الحسن"], "Ali al-Karmi": ["علي الكرمي"]})
    assert role_before_name(a, "وزير الخارجية", body.index("وقال")) is None
    one = article(body.replace("نظيره وزير الخارجية علي الكرمي", "نظيره علي الكرمي"),
                  {"Sami al-Hasan": ["سامي الحسن"], "Ali al-Karmi": ["علي الكرمي"]})
    assert role_before_name(one, "معالي وزير الخارجية", one.body.index("وقال")) == "e1"


def test_institution_subject_of_a_negated_verb_is_continued_by_lakinnaha():
    body = ("وقالت مصادر طبية إن عشرة أشخاص أصيبوا. ولم تذكر الحكومة عدد الجرحى من المتظاهرين "
            "لكنها أشارت إلى إصابة شرطي بجروح في الرأس.")
    a, qs = quotes(body)
    q = next(q for q in qs if "إصابة شرطي" in q.text)
    assert q.speaker is not None and a.entity(q.speaker).name_ar == "الحكومة"


def test_subject_after_a_fronted_adjunct_not_a_name_inside_it():
    body = ("وقبيل انتهاء المهلة التي حددها الرئيس كمال الزين، نشرت النقابة الوطنية للصحفيين "
            "تغريدات بموقع تويتر تقول فيها إنها لن تشارك في الحوار قبل الإفراج عن الموقوفين.")
    a, qs = quotes(body, {"Kamal al-Zein": ["الرئيس كمال الزين"],
                          "ORG:National Union of Journalists": ["النقابة الوطنية للصحفيين"],
                          "ORG:Twitter": ["موقع تويتر"]})
    assert len(qs) == 1 and _speaker(a, qs[0]) == "National Union of Journalists"


def test_name_glued_to_a_preposition_is_no_svo_subject():
    body = ("نشر الناشط سمير العلوي مقطعا مصورا على صفحته ثم كتب تعليقا بموقع فيسبوك يقول فيه إن "
            "\"الحقيقة ستظهر قريبا\".")
    a, qs = quotes(body, {"Samir al-Alawi": ["الناشط سمير العلوي"], "ORG:Facebook": ["موقع فيسبوك"]})
    assert len(qs) == 1 and _speaker(a, qs[0]) == "Samir al-Alawi"


def test_indirect_clause_ends_at_wadhalik_after_a_closing_mark():
    body = ("وقال النائب سامي الهادي إن كتلته وجهت سؤالا إلى وزير الخارجية، موضحا أن السؤال يتمحور "
            "حول \"من يتولى تمثيل الدبلوماسية التونسية\" وذلك على خلفية دور \"الوساطة\" الذي يقوم به "
            "رئيس حزب سياسي، \"دون أن يتم تكليفه بهذه المهمة رسميا\"، وفق قوله.")
    a, qs = quotes(body, {"Sami al-Hadi": ["النائب سامي الهادي"]})
    q = next(q for q in qs if q.text.startswith("السؤال"))
    assert q.text.endswith("الدبلوماسية التونسية\"")
    p = next(q for q in qs if q.text.startswith("دون أن"))
    assert p.kind == "partial" and _speaker(a, p) == "Sami al-Hadi"
