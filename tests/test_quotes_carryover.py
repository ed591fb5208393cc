"""Speaker carry-over and role/name subjects on held-out shapes: feminine roles, nested reports,
participles after a country's verb, masdar cues, and the cue wordings added for unseen articles."""
from __future__ import annotations

from quotes_helpers import quotes


def _speakers(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.text) for q in qs]


def test_feminine_role_names_the_speaker_and_her_gender():
    # the verb is masculine by a writer's slip; the role noun tells the gender of the speaker
    body = ("وقال مندوبة فرنسا، آن كلير لوجاندر، إن المجلس عاجز عن التحرك منوهة إلى الضربات "
            "الجوية على المستشفيات. وقالت إن باريس تريد هدنة فورية، مشيرة إلى معاناة السكان.")
    a, qs = quotes(body, {"Legendre": ["آن كلير لوجاندر"], "LOC:France": ["فرنسا"]})
    assert _speakers(a, qs) == [
        ("Legendre", "المجلس عاجز عن التحرك"),
        ("Legendre", "الضربات الجوية على المستشفيات"),
        ("Legendre", "باريس تريد هدنة فورية"),
        ("Legendre", "معاناة السكان"),
    ]


def test_nested_report_goes_to_the_innermost_named_speaker():
    body = "وقالت وكالة الأنباء الرسمية إن كيم أكد لنظيره الصيني أنه ملتزم بنزع السلاح."
    a, qs = quotes(body, {"Kim": ["كيم"], "ORG:Agency": ["وكالة الأنباء الرسمية"]})
    assert _speakers(a, qs) == [("Kim", "أنه ملتزم بنزع السلاح")]
    body = ("قال المتحدث باسم الرئاسة علاء حسن إن اللقاء كان وديا. وأضاف أن السيسي شدد على أهمية "
            "الحل السياسي للأزمة في ليبيا.")
    a, qs = quotes(body, {"Sisi": ["السيسي"], "Hassan": ["علاء حسن"]})
    assert _speakers(a, qs) == [("Hassan", "اللقاء كان وديا"),
                                ("Sisi", "أهمية الحل السياسي للأزمة في ليبيا")]


def test_unnamed_reports_keep_what_they_report():
    # reports about a person's acts are the reports' claim; and an inner report that says less
    # than the outer one does not take it over
    body = "وقالت تقارير إن الموظف سامي علي اعترف بالخطأ، لكنه أخبر المحققين بأنه لم يقصده."
    a, qs = quotes(body, {"Sami": ["سامي علي"]})
    assert [q.speaker for q in qs] == [None] and qs[0].text.startswith("الموظف سامي علي اعترف")
    body = "وقال الوزير خالد سالم إن سامي علي أكد التزامه بالاتفاق، وإن الحكومة ستراقب التنفيذ."
    a, qs = quotes(body, {"Sami": ["سامي علي"], "Salem": ["خالد سالم"]})
    assert [a.entity(q.speaker).name for q in qs] == ["Salem"]


def test_a_reported_clause_about_a_name_without_a_cue_stays_the_outer_report():
    a, qs = quotes("وقال الوزير خالد سالم إن ترامب زار المنطقة أمس.",
                   {"Salem": ["خالد سالم"], "Trump": ["ترامب"]})
    assert _speakers(a, qs) == [("Salem", "ترامب زار المنطقة أمس")]


def test_participle_takes_the_subject_of_the_verb_opening_its_sentence():
    body = "وشنت فرنسا منذ ذلك الحين سلسلة من الغارات الجوية مشيرة إلى أنها تستهدف مواقع المتشددين."
    a, qs = quotes(body, {"LOC:France": ["فرنسا"]})
    assert _speakers(a, qs) == [("France", "أنها تستهدف مواقع المتشددين")]
    # a preposition opening the sentence is no verb: its object is no subject
    a, qs = quotes("وفي باريس اعتقلت الشرطة ثلاثة أشخاص مشيرة إلى أنهم خططوا لهجوم.",
                   {"LOC:Paris": ["باريس"]})
    assert [q.speaker for q in qs] == [None]


def test_masdar_qawl_with_a_named_subject_is_a_report_and_its_coordinate_continues():
    body = ("وجاءت تصريحات الوزير بعد قول الرئيس الفرنسي، إيمانويل ماكرون، إن الرد سيكون "
            "\"حازما\"، وأشار إلى اتخاذ قرار خلال أيام.")
    a, qs = quotes(body, {"Macron": ["إيمانويل ماكرون"], "Minister": ["الوزير"]})
    assert _speakers(a, qs) == [("Macron", "الرد سيكون \"حازما\""),
                                ("Macron", "اتخاذ قرار خلال أيام")]
    assert quotes("وهذا قول مأثور عن الأجداد.")[1] == []


def test_repeated_position_regret_and_object_heads_are_reports():
    a, qs = quotes("وكررت لامبير موقف الاتحاد من المستوطنات في الضفة الغربية.",
                   {"Lambert": ["لامبير"]})
    assert _speakers(a, qs) == [("Lambert", "موقف الاتحاد من المستوطنات في الضفة الغربية")]
    body = ("اجتمع مجلس الأمن أمس. وأعرب المندوب السعودي عبد الله سالم عن أسفه لعدم صدور قرار "
            "يدين الهجمات على المدنيين.")
    a, qs = quotes(body, {"Salem": ["عبد الله سالم"]})
    assert _speakers(a, qs) == [("Salem", "لعدم صدور قرار يدين الهجمات على المدنيين")]
    body = "قال الوزير خالد سالم إن الوضع صعب. وأكد ضرورة الإسراع في تنفيذ المشروعات في القطاع."
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert _speakers(a, qs)[1] == ("Salem", "ضرورة الإسراع في تنفيذ المشروعات في القطاع")
    a, qs = quotes("وأكد الوزير خالد سالم في تصريحات رغبة بلاده في مساعدة جيرانها.",
                   {"Salem": ["خالد سالم"]})
    assert _speakers(a, qs) == [("Salem", "رغبة بلاده في مساعدة جيرانها")]


def test_praise_with_nawwah_is_no_report():
    assert quotes("ونوه الوزير بجهود الفرق الطبية في المستشفيات.")[1] == []


def test_dotted_abbreviation_is_no_complementizer():
    body = "وقال السيناتور جيم ريش لقناة (إن.بي.سي) «إن الاتفاق سيئ ويجب إلغاؤه فورا»."
    a, qs = quotes(body, {"Risch": ["جيم ريش"]})
    assert _speakers(a, qs) == [("Risch", "إن الاتفاق سيئ ويجب إلغاؤه فورا")]
    assert qs[0].kind == "direct"


def test_relative_clause_inside_a_report_stays_in_it():
    body = ("قال الوزير خالد سالم إن اللقاء كان مثمرا. وأضاف أن انعقاد اللجنة يشكل بوادر إيجابية "
            "لدفع التعاون الثنائي، الذي قال إنه لم يرتق بعد إلى مستوى التطلعات، وهو ما يستدعي العمل.")
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert len(qs) == 2 and qs[1].text.endswith("وهو ما يستدعي العمل") and qs[1].speaker == "e1"
    # the antecedent's own verb with no content of its own describes it
    a, qs = quotes("وكررت لامبير موقف الاتحاد الأوروبي، الذي يعتبر كل المستوطنات غير شرعية.",
                   {"Lambert": ["لامبير"]})
    assert _speakers(a, qs) == [("Lambert", "موقف الاتحاد الأوروبي، الذي يعتبر كل المستوطنات غير شرعية")]


def test_unnamed_officials_of_an_institution_are_no_speaker():
    body = "وكان مسؤولو الاستخبارات البريطانية قالوا في مارس إن محاولات التدخل مستمرة."
    a, qs = quotes(body, {"ORG:MI6": ["الاستخبارات البريطانية"]})
    assert [(q.speaker, q.source) for q in qs] == [(None, "مسؤولو الاستخبارات البريطانية")]


def test_a_document_of_its_own_kind_inherits_no_speaker():
    body = ("وقال الوزير خالد سالم إن الاتهامات باطلة. وجاء في البيان الختامي أن الدول الأعضاء "
            "ستعقد اجتماعا في الربيع.")
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert [(q.speaker, q.source) for q in qs] == [("e1", None), (None, "البيان الختامي")]
    # the statement the speaker was said to issue is still his
    body = ("وقال الوزير خالد سالم في بيان إن الاتهامات باطلة. وجاء في البيان أن الوزارة ستلاحق "
            "المسؤولين.")
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_attributions_inside_a_clause_by_their_head_and_not_for_nouns():
    body = ("وفي حال سيطرت الفصائل على البلدة، يصبح بإمكانها وفق عبدالرحمن، التقدم نحو الجبال "
            "واستهداف القرى المجاورة.")
    a, qs = quotes(body, {"Rami": ["عبدالرحمن"]})
    assert _speakers(a, qs) == [("Rami", "التقدم نحو الجبال واستهداف القرى المجاورة")]
    body = "ويتوقع أن يغادر المدينة نحو ألف شخص، بحسب ما ذكرته صحيفة الرأي المقربة من الحكومة."
    a, qs = quotes(body, {"ORG:Government": ["الحكومة"]})
    assert len(qs) == 1 and a.entity(qs[0].speaker).name.startswith("صحيفة الرأي")
    assert quotes("وكانت الوكالة قادرة على تقديم الخدمات الأساسية للاجئين، وفقا لمعايير عالية جدا.")[1] == []


def test_long_adverbial_before_the_complement_and_a_reminder():
    body = ("أكد الرئيس سالم، إجابة عن سؤال حول طلب الهيئة منه التدخل لحل الأزمة، أنه \"لن يقبل "
            "شقا دون آخر\"، مذكرا بأن ذلك كان موقفه في السابق.")
    a, qs = quotes(body, {"Salem": ["سالم"]})
    assert _speakers(a, qs) == [("Salem", "أنه \"لن يقبل شقا دون آخر\""),
                                ("Salem", "ذلك كان موقفه في السابق")]
    assert quotes("وسلمت الوزارة مذكرة إلى السفير.")[1] == []


def test_a_name_after_one_of_them_or_a_parenthetical_role():
    # the tagger's "محمد" (another Mohamed) is not the whole name after "احدهم"
    a, qs = quotes("وقال احدهم محمد علي فارح \"اصاب صاروخ شاحنة وقتل ستة مدنيين\".",
                   {"Other": ["محمد"]})
    assert a.entity(qs[0].speaker).name == "محمد علي فارح"
    body = ("ونقلت تقارير إعلامية عن مدير عمليات (الوكالة) في الأردن جون ديفيس، في بيان صحافي: "
            "«إن هذا التبرع يساعد على خفض العجز المالي».")
    a, qs = quotes(body, {"Davies": ["جون ديفيس"]})
    assert _speakers(a, qs) == [("Davies", "إن هذا التبرع يساعد على خفض العجز المالي")]


def test_an_office_named_after_its_holder_is_an_organisation():
    a, qs = quotes("وقال مكتب حاكم إسطنبول إنه جرى اعتقال إحدى المرأتين.",
                   {"LOC:Istanbul": ["إسطنبول"]})
    ent = a.entity(qs[0].speaker)
    assert ent.type == "ORG" and ent.name == "مكتب حاكم إسطنبول"


def test_braces_are_quotation_marks():
    body = "وقال الوزير خالد سالم إن المحادثات كانت صريحة، موضحا أن {بلاده تتعهد بحماية الحدود}."
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert [(q.kind, q.text) for q in qs][1] == ("direct", "بلاده تتعهد بحماية الحدود")


def test_an_unclosed_quotation_ends_before_a_coordinated_report():
    body = "وقال الوزير خالد سالم: «نحن مستعدون للحوار مع الجميع وأضاف أن الحكومة ستعلن خطتها قريبا."
    a, qs = quotes(body, {"Salem": ["خالد سالم"]})
    assert _speakers(a, qs) == [("Salem", "نحن مستعدون للحوار مع الجميع"),
                                ("Salem", "الحكومة ستعلن خطتها قريبا")]


def test_more_cue_wordings():
    people = {"Salem": ["خالد سالم"]}
    cases = [
        ("وأشاد الوزير خالد سالم بالاتفاق، ليضيف أن التنفيذ يبدأ غدا.", "التنفيذ يبدأ غدا"),
        ("وقال الوزير خالد سالم إن الوضع مستقر. و أكد أن الحكومة ستواصل الإصلاحات.",
         "الحكومة ستواصل الإصلاحات"),
        ("وتحدث الوزير خالد سالم عن الإصلاحات وخلص إلى القول إن الاقتصاد يتعافى.", "الاقتصاد يتعافى"),
        ("وقال الوزير خالد سالم إن الاقتصاد يتعافى، متوقعا ارتفاع النمو في العام المقبل.",
         "ارتفاع النمو في العام المقبل"),
    ]
    for body, text in cases:
        a, qs = quotes(body, people)
        assert (a.entity(qs[-1].speaker).name, qs[-1].text) == ("Salem", text), body
    assert quotes("ذهب الوزير ليتابع المباراة.")[1] == []
    assert quotes("وكان متوقعا أن يصل الوفد أمس إلى العاصمة.")[1] == []
    assert quotes("وكان الإفراج عن السجناء، كما كان متوقعا، بادرة حسن نية قبل القمة.")[1] == []


def test_unnamed_source_then_its_object():
    a, qs = quotes("في غضون ذلك، توقعت مصادر تركية رسمية اقتراب اكتمال الصورة في الشمال.")
    assert [(q.speaker, q.source, q.text) for q in qs] == [
        (None, "مصادر تركية رسمية", "اقتراب اكتمال الصورة في الشمال")]
    a, qs = quotes("ونفت مصادر مطلعة وجود أي مفاوضات سرية مع المعارضة.")
    assert [(q.source, q.text) for q in qs] == [("مصادر مطلعة", "وجود أي مفاوضات سرية مع المعارضة")]


def test_a_bare_definite_organisation_head_is_the_one_named_before():
    body = ("من جهتها قالت السفارة الفرنسية في باماكو أمس: إن التقارير غير صحيحة، ونقلت وكالة "
            "الأنباء عن السفارة قولها: «هذه التقارير ليست صحيحة، لا نعلم مصدرها».")
    a, qs = quotes(body, {"ORG:French Embassy": ["السفارة الفرنسية في باماكو"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_an_office_speaks_for_its_holder_when_the_article_names_him():
    body = "وأكد البيان الصادر عن مكتب رئيس الوزراء التركي ان العمليات الجوية تواصلت ايضا."
    a, qs = quotes(body, {"Davutoglu": [("رئيس الوزراء التركي", "role")]})
    assert [a.entity(q.speaker).name for q in qs] == ["Davutoglu"]


def test_a_name_closes_the_subject_and_the_object_follows():
    a, qs = quotes("أعلنت رئيسة الوزراء البريطانية تيريزا ماي طرد 23 دبلوماسيا روسيا ردا على تسميم عميل سابق.",
                   {"May": ["تيريزا ماي"]})
    assert _speakers(a, qs) == [("May", "طرد 23 دبلوماسيا روسيا ردا على تسميم عميل سابق")]
    # a person's name inside the object is not the subject
    body = "وفي التاسع من تموز أعلنت إسرائيل إغلاق معبر كرم أبو سالم الذي تمر منه معظم السلع."
    a, qs = quotes(body, {"LOC:Israel": ["إسرائيل"], "Abu": ["أبو سالم"]})
    assert _speakers(a, qs) == [("Israel", "إغلاق معبر كرم أبو سالم الذي تمر منه معظم السلع")]


def test_a_verb_after_a_quoted_phrase_with_its_preposition_continues_the_clause():
    body = "وقالت المعارضة، إن \"نحو ثلاثين جريحا\" نقلوا إلى المركز الطبي."
    a, qs = quotes(body, {"ORG:Opposition": ["المعارضة"]})
    assert [(q.kind, q.text) for q in qs] == [("indirect", "\"نحو ثلاثين جريحا\" نقلوا إلى المركز الطبي")]


def test_a_country_shares_its_coordinated_verb():
    for body in ("وتأوي تركيا نحو مليوني لاجئ منذ اندلاع النزاع، وقالت مرارا انها تتحمل العبء وحدها.",
                 "وتأوي تركيا نحو مليوني لاجئ منذ اندلاع النزاع وقالت مرارا انها تتحمل العبء وحدها."):
        a, qs = quotes(body, {"LOC:Turkey": ["تركيا"]})
        assert _speakers(a, qs) == [("Turkey", "انها تتحمل العبء وحدها")]
    # a place as an object is no subject
    a, qs = quotes("وزار الوزير باريس، وقالت إن الزيارة ناجحة.", {"LOC:Paris": ["باريس"]})
    assert [q.speaker for q in qs] == [None]


def test_a_quantified_object_is_no_subject():
    body = ("وقالت المتحدثة باسم الخارجية هيذر ناورت إن واشنطن قلقة. ودعت جميع الأطراف إلى اتخاذ "
            "التدابير المناسبة لحماية المدنيين.")
    a, qs = quotes(body, {"Nauert": ["هيذر ناورت"]})
    assert _speakers(a, qs)[1] == ("Nauert", "اتخاذ التدابير المناسبة لحماية المدنيين")


def test_the_same_source_continues_whatever_its_gender():
    body = ("وقالت المعارضة المالية إن ثلاثين جريحا نقلوا إلى المستشفى. وقال المصدر نفسه إن ثلاثة "
            "مسؤولين ضربوا بعنف.")
    a, qs = quotes(body, {"ORG:Opposition": ["المعارضة المالية"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_who_did_not_say_is_who_goes_on():
    body = "ولم تذكر الحكومة عدد الجرحى من المتظاهرين لكنها أشارت إلى إصابة شرطي بجروح في الرأس."
    a, qs = quotes(body, {"ORG:Government": ["الحكومة"]})
    assert _speakers(a, qs) == [("Government", "إصابة شرطي بجروح في الرأس")]


def test_an_attribution_before_a_new_clause_closes_the_clause_before_it():
    body = ("قامت السلطات بقمع تظاهرة محظورة السبت، أسفرت عن سقوط نحو 30 جريحا بحسب المعارضة، "
            "ودعا الأمين العام كل الأطراف إلى الهدوء.")
    a, qs = quotes(body, {"ORG:Opposition": ["المعارضة"]})
    assert _speakers(a, qs)[0] == ("Opposition", "أسفرت عن سقوط نحو 30 جريحا")
    assert qs[1].source == "الأمين العام"


def test_an_office_subject_before_an_adjunct_and_its_preposition():
    body = ("واصلت المقاتلات هجومها على مواقع التنظيم، فيما أعلن مكتب رئيس الحكومة التركية في بيان، "
            "عن بدء حملة تستهدف حزب العمال في شمال العراق.")
    a, qs = quotes(body, {"ORG:Government of Turkey": ["الحكومة التركية"]})
    ent = a.entity(qs[0].speaker)
    assert (ent.type, ent.name, qs[0].text) == ("ORG", "مكتب رئيس الحكومة التركية",
                                                "بدء حملة تستهدف حزب العمال في شمال العراق")


def test_a_bare_object_after_a_name_ends_at_the_comma():
    body = ("وأعلنت الولايات المتحدة فرض عقوبات على رجلين بتهمة التمويل الإرهابي، في تحرك وصفه مسؤول "
            "أميركي بأنه «مهم في منع تمويل الإرهاب»." )
    a, qs = quotes(body, {"LOC:United States": ["الولايات المتحدة", "أميركي"]})
    assert [(q.speaker, q.source, q.text) for q in qs] == [
        ("e1", None, "فرض عقوبات على رجلين بتهمة التمويل الإرهابي"),
        (None, "مسؤول أميركي", "مهم في منع تمويل الإرهاب")]


def test_a_role_after_an_unknown_name_is_its_apposition():
    a, qs = quotes("وقال جون سميث المتحدث باسم الشرطة إن التحقيق مستمر.")
    assert a.entity(qs[0].speaker).name == "جون سميث"


def test_an_apposition_after_the_subject_is_not_its_object():
    body = "أعلنت قوات الدفاع الشعبي، الجناح العسكري للحزب، أنها قتلت 12 جنديا في الإقليم."
    a, qs = quotes(body, {"ORG:HPG": ["قوات الدفاع الشعبي"]})
    assert [q.text for q in qs] == ["أنها قتلت 12 جنديا في الإقليم"]
    a, qs = quotes("أعلنت قوات الدفاع الشعبي، الجناح العسكري للحزب، السبت، مقتل 12 جنديا.",
                   {"ORG:HPG": ["قوات الدفاع الشعبي"]})
    assert all("الجناح" not in q.text for q in qs)


def test_a_name_set_off_by_commas_after_a_description():
    a, qs = quotes("ويقول محرر الشؤون الدبلوماسية في بي بي سي، جيمس لاندل، إن هناك انتقادات كثيرة للقرار.")
    assert a.entity(qs[0].speaker).name == "جيمس لاندل"
    # the agency spoken to is no speaker
    a, qs = quotes("وقال متحدث باسم الصليب الأحمر في صنعاء لوكالة فرانس برس إن الحصيلة ليست نهائية.",
                   {"ORG:ICRC": ["الصليب الأحمر"]})
    assert [(q.speaker, q.source) for q in qs] == [(None, "متحدث باسم الصليب الأحمر")]


def test_who_was_met_is_not_who_spoke_during_the_meeting():
    body = ("عقد وزير الشؤون الخارجية، خميس الجهيناوي، لقاء صحفيا مشتركا مع الوزير المصري، أكد خلاله "
            "أنه تم الاتفاق على دعم الحوار.")
    a, qs = quotes(body, {"Jhinaoui": ["خميس الجهيناوي"], "Shoukry": ["الوزير المصري"]})
    assert [a.entity(q.speaker).name for q in qs] == ["Jhinaoui"]


def test_expressed_appreciation_with_a_quoted_phrase():
    body = ("أما وزير الخارجية المصري، فقد أكد خلال اللقاء على ضرورة العمل، معبرا عن تقديره "
            "\"للمجهودات التونسية لمساعدة الليبيين\".")
    a, qs = quotes(body, {"Shoukry": ["وزير الخارجية المصري"]})
    assert (qs[-1].kind, qs[-1].text, qs[-1].speaker) == ("partial", "للمجهودات التونسية لمساعدة الليبيين", "e1")
    assert quotes("وسافر الوفد عبر تركيا إلى أوروبا.")[1] == []


def test_but_he_with_the_speakers_pronoun_ends_the_report():
    body = ("وقال المتحدث باسم الحركة زياد حسن إن مسلحي الحركة نفذوا الهجومين على الأكاديمية لكنه رفض "
            "في وقت سابق التعليق على الهجوم.")
    a, qs = quotes(body, {"Hassan": ["زياد حسن"]})
    assert _speakers(a, qs) == [("Hassan", "مسلحي الحركة نفذوا الهجومين على الأكاديمية")]
    # the reported clause's own singular subject may be the one meant: the report goes on
    a, qs = quotes("وقال الوزير زياد حسن إن الرئيس وافق على الخطة لكنه طلب تعديلات عليها.",
                   {"Hassan": ["زياد حسن"]})
    assert qs[0].text.endswith("طلب تعديلات عليها")


def test_broadcasters_forces_and_adverbs_around_the_subject():
    a, qs = quotes("إلى ذلك، قال التلفزيون السوري السبت إن الرئيس أصدر مرسوما بالعفو.")
    assert a.entity(qs[0].speaker).name == "التلفزيون السوري"
    body = ("أعلنت قوات الدفاع الشعبي مسؤوليتها عن الهجوم. وذكرت القوات أنها نفذت عملية نوعية في "
            "المنطقة.")
    a, qs = quotes(body, {"ORG:HPG": ["قوات الدفاع الشعبي"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]
    body = "وكانت الحكومة التركية اكدت تزامنا مع الغارات وحملات اعتقال، انها لن تتهاون مع المتمردين."
    a, qs = quotes(body, {"ORG:Government of Turkey": ["الحكومة التركية"]})
    assert [q.speaker for q in qs] == ["e1"]


def test_two_entities_starting_together_do_not_break_the_fallback():
    body = "ورفض الوزير سامي علي كشف التفاصيل. لكنه أكد أن الخطة جاهزة."
    a, qs = quotes(body, {"Sami": ["سامي علي"], "ORG:Other": ["سامي"]})
    assert len(qs) == 1


def test_a_plural_role_is_no_single_speaker():
    body = ("ودعا الرئيس الباجي قايد السبسي السياح إلى زيارة تونس. وتوجه إلى الحاضرين، لاسيما "
            "المسؤولين الإيطاليين، قائلا \"ارفعوا الحظر عن الوجهة التونسية\".")
    a, qs = quotes(body, {"Essebsi": ["الباجي قايد السبسي"],
                          "Mattarella": [("المسؤولين الإيطاليين", "role")]})
    assert [a.entity(q.speaker).name for q in qs][-1] == "Essebsi"


def test_unmarked_words_right_after_said():
    body = "والتقى الوزير سامح شكري الصحفيين. وقال لا يوجد أي من أولئك الصحفيين محبوس بسبب حرية التعبير."
    a, qs = quotes(body, {"Shoukry": ["سامح شكري"]})
    assert [(q.kind, q.text, q.speaker) for q in qs] == [
        ("direct", "لا يوجد أي من أولئك الصحفيين محبوس بسبب حرية التعبير", "e1")]
    assert quotes("وقال لا.")[1] == []


def test_urged_is_a_call_of_the_same_speaker():
    body = ("وكانت الوزيرة ليلى سعد، قد أشارت في بيان لها أمس، إلى أن تقدما كبيرا تم إحرازه في الحوار، "
            "وحثت الأطراف الرئيسية على مضاعفة جهودها.")
    a, qs = quotes(body, {"Saad": ["ليلى سعد"]})
    assert _speakers(a, qs) == [("Saad", "تقدما كبيرا تم إحرازه في الحوار"), ("Saad", "مضاعفة جهودها")]
    # the bare "حث" is as often the masdar, coordinated with another noun
    body = "واتهمت الوزيرة حماس بالعمل على ترويج العنف، وحث المتظاهرين على اجتياز السياج."
    a, qs = quotes(body, {"ORG:Hamas": ["حماس"]})
    assert all(q.cue != "وحث" for q in qs)
