"""Events on unseen articles: periphrastic triggers, relative-clause events, who took part, proposed
events and dates. Every sentence here is made up for the test; Articles are built by hand."""
from __future__ import annotations

from khabar.events import extract_events

from events_helpers import make, only  # tests/ is on sys.path


def _types(art) -> list[str]:
    return [e.type for e in extract_events(art)]


# ---------------------------------------------------------------- triggers as data

def test_session_held_by_a_council_is_a_meeting_and_a_court_session_is_not():
    art = make("عقد مجلس الأمن الدولي جلسة طارئة، الخميس، لبحث الوضع في السودان.",
               {"e1": ("ORG", ["مجلس الأمن الدولي"])}, times=[("الخميس", "2024-03-07")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.trigger_text == "جلسة" and ev.actors == ["e1"] and ev.date == "2024-03-07"
    assert _types(make("وعقدت المحكمة جلسة جديدة للنظر في القضية.")) == []


def test_donation_is_aid():
    art = make("أعلنت اليابان تقديم تبرع بقيمة خمسة ملايين دولار لبرنامج الأغذية العالمي.",
               {"e1": ("LOC", ["اليابان"]), "e2": ("ORG", ["برنامج الأغذية العالمي"])})
    ev = only(extract_events(art), "AID")
    assert "e1" in ev.actors


def test_charges_brought_by_a_prosecutor_are_disapproval():
    text = "ووجه المدعي العام ماركوس فيلر في مارس الماضي 7 اتهامات إلى مسؤولين سابقين في الشركة."
    art = make(text, {"e1": ("PER", ["ماركوس فيلر"])}, times=[("مارس الماضي", "2024-03")])
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.trigger_text == "اتهامات" and ev.actors[0] == "e1"
    # without a verb that brings them, charges are only talked about (the denial itself is a REJECT)
    assert "DISAPPROVE" not in _types(make("ونفى المتحدث كل الاتهامات الواردة في التقرير."))


def test_leading_an_investigation_and_achieving_a_goal():
    art = make("ويقود القاضي لوران بيرنار تحقيقا واسعا لمعرفة مصدر الأموال.", {"e1": ("PER", ["لوران بيرنار"])})
    ev = only(extract_events(art), "INVESTIGATE")
    assert ev.actors == ["e1"]
    assert _types(make("وتعمل الحكومة على تحقيق أهداف الخطة الخمسية في موعدها.")) == []


def test_accepting_an_invitation_is_agreement():
    art = make("وقبل رئيس الوزراء دعوة رسمية لزيارة كوريا الجنوبية.", {"e1": ("PER", ["رئيس الوزراء"])})
    assert only(extract_events(art), "AGREE").actors[0] == "e1"
    # the preposition قبل (before) with another noun is no agreement
    assert "AGREE" not in _types(make("وصل الوفد قبل بدء الاجتماع بساعة."))


def test_calling_participle_takes_the_speaker_of_its_quote():
    text = "وشددت السفيرة على أهمية الهدوء، داعية إلى حوار شامل بين الأطراف."
    art = make(text, {"e1": ("PER", ["السفيرة"])}, quotes=[("حوار شامل بين الأطراف", "e1")])
    ev = only(extract_events(art), "DEMAND")
    assert ev.trigger_text == "داعية" and ev.actors == ["e1"]


def test_warning_of_a_price_is_a_threat_but_a_warning_of_a_risk_is_not():
    text = "وحذر وزير الدفاع الأحد من أن أي اعتداء على الحدود سيقابل برد حاسم وعواقب وخيمة."
    art = make(text, {"e1": ("PER", ["وزير الدفاع"])})
    assert "THREATEN" in _types(art)
    assert _types(make("وحذرت المنظمة من تدهور الأوضاع الصحية في المخيمات.")) == []


def test_retaliation_to_come_is_a_threat():
    art = make('وقال الرئيس إن أي هجوم على قواتنا "سيقابل بقوة".', {"e1": ("PER", ["الرئيس"])},
               quotes=[('أي هجوم على قواتنا "سيقابل بقوة"', "e1")])
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors == ["e1"] and "future" in ev.context


def test_military_operation_roadside_bomb_and_detention():
    art = make("ونجحت عملية عسكرية قادتها كينيا في طرد المسلحين من البلدة.", {"e1": ("LOC", ["كينيا"])})
    assert only(extract_events(art), "ASSAULT").actors == ["e1"]
    assert _types(make("وقتل جنديان في انفجار عبوة ناسفة على طريق رئيسي.")) == ["ASSAULT"]
    assert _types(make("وقررت النيابة حبس المتهم أربعة أيام على ذمة التحقيق.")) == ["COERCE"]


def test_opposing_and_damning_descriptions_are_disapproval_and_a_boycott_a_rejection():
    assert _types(make("يعارض البرلمان الأوروبي بشدة خطط الحكومة الجديدة.")) == ["DISAPPROVE"]
    assert _types(make("ووصفت الوزارة إطلاق الطائرات المسيرة نحو الموانئ بالعمل العدواني.")) == ["DISAPPROVE"]
    assert _types(make("ووصف الكاتب المدينة بأنها جميلة وهادئة.")) == []
    assert _types(make("وقاطع نواب المعارضة جلسة التصويت على الميزانية.")) == ["REJECT"]
    assert "REJECT" not in _types(make("وقدمت الشرطة دليل قاطع على تورطه."))


def test_tariffs_imposed_are_a_sanction_but_tariffs_as_a_topic_are_not():
    art = make("وفرضت الحكومة في يناير رسوما جمركية على واردات السيارات.", {"e1": ("ORG", ["الحكومة"])},
               times=[("يناير", "2024-01")])
    assert only(extract_events(art), "SANCTION").actors == ["e1"]
    assert _types(make("ويخشى المستثمرون تأثير الرسوم الجمركية على الأسعار.")) == []
    # a support verb's reach ends at a preposition and takes its noun bare
    assert _types(make("بدأنا العمل في دبلجة الأعمال إلى لغات مشتركة في الحوار الدرامي.")) == []
    assert _types(make("وواصلت أسعار النفط مكاسبها للجلسة الرابعة على التوالي.")) == []


def test_reaching_a_ceasefire_is_an_agreement_with_its_place():
    text = "وأعلن الوسطاء التوصل إلى وقف لإطلاق النار في شمال اليمن."
    art = make(text, {"e1": ("LOC", ["اليمن"])})
    events = extract_events(art)
    ev = only(events, "AGREE")
    assert ev.trigger_text == "التوصل" and ev.location == "e1"
    assert "CONCEDE" not in [e.type for e in events]  # the ceasefire is what was agreed


# ---------------------------------------------------------------- relative clauses

def test_agreement_in_a_relative_clause_is_a_fact_with_its_own_parties_and_place():
    text = ("وقالت الوزيرة إنه إذا لم يصادق البرلمان على الاتفاق الذي توصلت إليه كولومبيا مع المتمردين "
            "فإن الأزمة ستعود. وبموجب الاتفاق الذي تم التوصل إليه في هافانا يسلم المتمردون أسلحتهم.")
    art = make(text, {"e1": ("PER", ["الوزيرة"]), "e2": ("ORG", ["البرلمان"]), "e3": ("LOC", ["كولومبيا"]),
                      "e4": ("LOC", ["هافانا"])})
    agree = [e for e in extract_events(art) if e.type == "AGREE"]
    assert agree and agree[0].actors == ["e3"] and "hypothetical" not in agree[0].context
    assert any(e.location == "e4" and e.actors == ["e3"] for e in agree)  # the deal's parties told before


def test_a_standing_deal_without_a_relative_clause_stays_a_back_reference():
    text = "وانتقد النائب الاتفاق النووي بشدة."
    assert "AGREE" not in _types(make(text, {"e1": ("PER", ["النائب"])}))


# ---------------------------------------------------------------- who took part

def test_meeting_told_as_an_adjunct_has_the_speaker_and_the_partner():
    text = ("أعلن وزير الخارجية الإسباني خوسيه ألباريس أن بلاده سترسل مساعدات إلى المغرب، "
            "خلال لقاء مع نظيره ناصر بوريطة في الرباط.")
    art = make(text, {"e1": ("PER", ["خوسيه ألباريس"]), "e2": ("PER", ["ناصر بوريطة"]),
                      "e3": ("LOC", ["المغرب"]), "e4": ("LOC", ["الرباط"])},
               quotes=[("بلاده سترسل مساعدات إلى المغرب، خلال لقاء مع نظيره ناصر بوريطة في الرباط", "e1")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.actors == ["e1", "e2"] and ev.location == "e4"


def test_dual_subject_after_the_verb_is_the_pair_that_met_before():
    text = ("اجتمع الرئيس لولا دا سيلفا مع المستشار أولاف شولتس في برلين. "
            "وقال متحدث إن المحادثات كانت مثمرة. والتقى الزعيمان مجددا في فندق بالمدينة.")
    art = make(text, {"e1": ("PER", ["لولا دا سيلفا"]), "e2": ("PER", ["أولاف شولتس"]),
                      "e3": ("LOC", ["برلين"])})
    last = [e for e in extract_events(art) if e.type == "CONSULT" and e.sentence == 2]
    assert last and sorted(last[0].actors) == ["e1", "e2"]


def test_speaker_who_only_reports_clashes_is_no_party():
    text = "وأشار المرصد إلى «اشتباكات عنيفة بين الطرفين في محيط البلدة»."
    art = make(text, {"e1": ("ORG", ["المرصد"])},
               quotes=[("اشتباكات عنيفة بين الطرفين في محيط البلدة", "e1")])
    assert "e1" not in only(extract_events(art), "ASSAULT").actors


def test_speaker_condemning_after_inna_is_the_actor_not_the_target():
    text = "وقال السفير إنه يدين الاعتداءات التي ارتكبتها الميليشيا في القرية."
    art = make(text, {"e1": ("PER", ["السفير"]), "e2": ("ORG", ["الميليشيا"])},
               quotes=[("إنه يدين الاعتداءات التي ارتكبتها الميليشيا في القرية", "e1")])
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.actors[0] == "e1"


def test_accusation_whose_only_name_is_its_object_takes_the_last_speaker():
    text = ("وقالت المندوبة إن بلادها تدعم الحل السلمي. "
            "واتهمت الحركة بالعمل على تأجيج العنف في المنطقة.")
    art = make(text, {"e1": ("PER", ["المندوبة"]), "e2": ("ORG", ["الحركة"])},
               quotes=[("بلادها تدعم الحل السلمي", "e1")])
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.actors[0] == "e1" and "e2" in ev.actors


def test_place_in_quotation_marks_after_fi_is_the_location():
    text = 'وستعقد الأطراف جولة محادثات جديدة يوم الاثنين في "جنيف" برعاية الأمم المتحدة.'
    art = make(text, {"e1": ("LOC", ["جنيف"]), "e2": ("ORG", ["الأمم المتحدة"])})
    ev = only(extract_events(art), "CONSULT")
    assert ev.location == "e1" and "e1" not in ev.actors


# ---------------------------------------------------------------- proposed events and dates

def test_proposed_and_guessed_meetings_are_not_reported_as_facts():
    text = "وقال المتحدث إنه لا يوجد موعد بعد لعقد اجتماع مقترح بين الرئيسين."
    assert _types(make(text)) == []
    text = "وكان محللون رجحوا أن يجتمع الزعيمان قبل نهاية العام."
    assert _types(make(text)) == []


def test_a_date_after_since_is_not_the_events_date():
    text = "والزيارة التي أكدتها الحكومة هي أول رحلة يقوم بها الرئيس منذ توليه منصبه في عام 2019."
    art = make(text, {"e1": ("PER", ["الرئيس"])}, times=[("عام 2019", "2019")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.date != "2019"
    # "منذ يومين" says when it happened
    art = make("وقصفت الطائرات القرية منذ يومين.", times=[("منذ يومين", "2024-03-08")])
    assert only(extract_events(art), "ASSAULT").date == "2024-03-08"


def test_place_an_attack_verb_hits_is_its_location_not_an_actor():
    art = make("وقصفت روسيا مدينة خاركيف بالصواريخ فجرا.", {"e1": ("LOC", ["روسيا"]), "e2": ("LOC", ["خاركيف"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == ["e1"] and ev.location == "e2"
    art = make("وقصفت الطائرات الحربية قرية كفرنبل صباح اليوم.", {"e2": ("LOC", ["كفرنبل"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "e2" and "e2" not in ev.actors
    # two states after the verb: the second is the one hit
    art = make("وهاجمت إسرائيل لبنان مجددا.", {"e1": ("LOC", ["إسرائيل"]), "e2": ("LOC", ["لبنان"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == ["e1"] and ev.location == "e2"


def test_a_group_saying_it_will_keep_attacking_threatens():
    text = 'وقالت الجماعة إنها "ستواصل استهداف" القوافل العسكرية.'
    art = make(text, {"e1": ("ORG", ["الجماعة"])}, quotes=[('"ستواصل استهداف"', "e1")])
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors == ["e1"]


def test_constituting_a_threat_is_no_threat():
    assert _types(make("وقال التقرير إن التدخل الأجنبي يشكل تهديدا للانتخابات المقبلة.")) == []


def test_speaker_who_reports_a_killing_is_not_its_agent():
    text = "وذكر المسؤول أن أكثر من 40 مدنيا قتلوا في المدينة خلال الأسبوع الماضي."
    art = make(text, {"e1": ("PER", ["المسؤول"])}, quotes=[("أكثر من 40 مدنيا قتلوا في المدينة خلال الأسبوع الماضي", "e1")])
    assert "e1" not in only(extract_events(art), "ASSAULT").actors
    # an attack told with its support verb is the speaker's side's act
    text = "وأعلنت أنقرة أن طائراتها شنت غارات على مواقع المسلحين."
    art = make(text, {"e1": ("LOC", ["أنقرة"])}, quotes=[("طائراتها شنت غارات على مواقع المسلحين", "e1")])
    assert only(extract_events(art), "ASSAULT").actors == ["e1"]


def test_names_far_down_a_long_clause_are_not_actors_of_a_noun():
    text = ("وسيطرت الفصائل بعد سلسلة هجمات نفذتها ضد قوات النظام على مواقع عدة في هذه المنطقة الاستراتيجية "
            "الواقعة في شمال غرب البلاد والملاصقة للمحافظة الساحلية حيث مسقط رأس عائلة الرئيس بشار الأسد.")
    art = make(text, {"e1": ("ORG", ["قوات النظام"]), "e2": ("PER", ["بشار الأسد"])})
    ev = only(extract_events(art), "ASSAULT")
    # (the regime forces are the target: alone they are no actor either, see test_events_s3b)
    assert "e2" not in ev.actors


def test_a_proposal_noun_does_not_make_what_was_done_hypothetical():
    art = make("ووافق المجلس على اقتراح الرئيس بعقد قمة طارئة.", {"e1": ("ORG", ["المجلس"])})
    assert only(extract_events(art), "AGREE").actors[0] == "e1"
    art = make("وأضاف البيان أن المقترحين اللذين قدمهما الأمير وتم تأييدهما من المجلس جاءا لحماية الأندية.")
    assert _types(art) == ["SUPPORT"]


def test_a_town_is_where_a_meeting_happened_never_a_party():
    # KB subtypes decide: Montréal is a city, Ottawa a capital that may stand for Canada's government
    from khabar.article import Entity, Mention
    text = "وسيزور الرئيس بعد ذلك مونتريال لعقد لقاء مع رئيس وزراء كيبيك فيليب كويار."
    art = make(text, {"e1": ("PER", ["الرئيس"]), "e3": ("PER", ["فيليب كويار"])})
    i = text.index("مونتريال")
    art.entities.append(Entity("e2", "LOC", "Montréal", "مونتريال", kb="loc:city:montreal",
                               mentions=[Mention(i, i + len("مونتريال"), "مونتريال", "name")]))
    meeting = [e for e in extract_events(art) if e.trigger_text == "لقاء"]
    assert meeting and "e2" not in meeting[0].actors and meeting[0].location == "e2"
    text = "وانتقدت أوتاوا قرار الرسوم الأمريكية."
    art = make(text)
    i = text.index("أوتاوا")
    art.entities.append(Entity("e1", "LOC", "Ottawa", "أوتاوا", kb="loc:city:ottawa",
                               mentions=[Mention(i, i + len("أوتاوا"), "أوتاوا", "name")]))
    assert only(extract_events(art), "DISAPPROVE").actors == ["e1"]


def test_the_victim_named_after_a_killing_noun_is_no_actor():
    text = "وأدان المجلس اغتيال الصحفي سمير قصير في بيروت."
    art = make(text, {"e1": ("ORG", ["المجلس"]), "e2": ("PER", ["سمير قصير"]), "e3": ("LOC", ["بيروت"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "e2" not in ev.actors and ev.location == "e3"
    # with a ل-phrase after it the genitive is the agent: "اعتقال البحرين لناشط"
    text = "وانتقدت المنظمة اعتقال البحرين للناشط الحقوقي."
    art = make(text, {"e1": ("ORG", ["المنظمة"]), "e2": ("LOC", ["البحرين"])})
    assert "e2" in only(extract_events(art), "COERCE").actors


def test_no_date_from_the_next_sentence():
    text = "وقصفت الطائرات مواقع المسلحين. وفي يوم الثلاثاء أعلن الجيش حصيلة جديدة."
    art = make(text, times=[("يوم الثلاثاء", "2024-03-05")], published=None)
    ev = only(extract_events(art), "ASSAULT")
    assert ev.date is None


def test_passing_away_is_no_deportation():
    assert _types(make("ورحل الممثل الكبير في الساعات الأولى من صباح الجمعة عن عمر ناهز 80 عاما.")) == []
    assert _types(make("وقررت السلطات ترحيل عشرات المهاجرين إلى بلدانهم.")) == ["COERCE"]


def test_duration_cue_before_the_subject_and_refraining_from_a_sanction():
    text = "واستمرت زيارة الرئيس يومين، بينما استغرقت زيارة رئيس الوزراء بالكاد 3 ساعات."
    events = [e for e in extract_events(make(text)) if e.type == "CONSULT"]
    assert sorted(e.duration_minutes for e in events) == [180, 2880]
    text = "وأملت المستشارة في إقناع الرئيس بالامتناع عن فرض رسوم على الصلب."
    assert "SANCTION" not in _types(make(text))


def test_aiming_at_an_audience_is_no_attack():
    assert _types(make("وتستهدف المبادرة الجديدة الشباب في المناطق الريفية.")) == []
    assert _types(make("وتستهدف الطائرات المسيرة مواقع المسلحين في الجبال.")) == ["ASSAULT"]
