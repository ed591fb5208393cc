"""Events on constructions met in held-out articles: new triggers, vetoes, negation scope,
back-references, actors, locations, repeats (hand-built Articles, sentences written for these tests)."""
from __future__ import annotations

import pytest

from khabar.events import extract_events

from events_helpers import make, only, types_of  # tests/ is on sys.path


@pytest.mark.parametrize("sentence, expected", [
    # وافق على agrees; وافق alone dates something
    ("ووافق البرلمان الكويتي على تعديل قانون الانتخابات بعد جلسة طويلة.", ["AGREE"]),
    ("وجاء الإعلان في اليوم الذي وافق ذكرى تأسيس المدينة.", []),
    # sending or deploying troops and aircraft; sending a letter or publishing a report is no mobilisation
    ("وأرسلت الحكومة الكندية مئتي جندي إضافي إلى الحدود الشمالية.", ["MOBILIZE"]),
    ("وتنشر البحرية الإسبانية ثلاث سفن حربية قرب السواحل.", ["MOBILIZE"]),
    ("وأرسل الوزير رسالة شكر إلى نظيره بعد الاجتماع.", ["CONSULT"]),
    ("ونشرت الصحيفة تقريرا مطولا عن أسعار الوقود.", []),
    # every form of دان/أدان condemns, with or without diacritics; a conviction does not
    ("ودانَت الجامعة العربية الاعتداء على القافلة الطبية.", ["DISAPPROVE", "ASSAULT"]),
    ("وأدانت الخارجية بشدة الاعتداء على السفارة.", ["DISAPPROVE", "ASSAULT"]),
    ("وتدين الحكومة أي تدخل في شؤونها الداخلية.", ["DISAPPROVE"]),
    ("وكان الصحفي قد أُدين بتهمة نشر أخبار كاذبة العام الماضي.", []),
    ("ويقضي الناشط عقوبة بالسجن لإدانته بالتحريض على العنف.", []),
    # a killing names the attack when nothing else does; beside the attack it is its result
    ("وقتل مسلحون مجهولون ثلاثة حراس عند مدخل المصرف المركزي.", ["ASSAULT"]),
    ("وقتل أربعة أشخاص في هجوم استهدف سوقا شعبية.", ["ASSAULT"]),
    ("وقتل شخصان في حادث سير على الطريق الساحلي.", []),
    # فجّر blew up; فجر is also dawn
    ("وفجّر مسلحون جسرا حيويا شمال المدينة.", ["ASSAULT"]),
    ("ووصل الوفد فجر اليوم إلى المطار الدولي.", []),
    # firing missiles is an attack; launching a campaign is not
    ("وأطلقت الميليشيا صواريخ على قرية حدودية مساء السبت.", ["ASSAULT"]),
    ("وأطلقت الوزارة حملة للتوعية بمخاطر التدخين.", []),
    # a conference of states is a multilateral consultation; a press conference is not
    ("وافتتح مؤتمر المانحين لدعم اللاجئين أعماله في جنيف.", ["CONSULT"]),
    ("وقال المتحدث في مؤتمر صحفي إن الوضع مستقر.", []),
    # a pledge of money is aid; a pledge to retaliate is not
    ("وتعهدت اليابان بتقديم مليار دولار لإعادة إعمار المدارس.", ["AID"]),
    ("وتعهد الجيش بالرد على أي خرق للهدنة بالمثل.", []),
    # سحب withdraws troops; withdrawing a licence or a document is no retreat
    ("وسحبت روسيا قواتها من الجزيرة المتنازع عليها.", ["RETREAT"]),
    ("وسحبت الهيئة ترخيص الشركة بعد المخالفات المتكررة.", []),
    # dual nouns
    ("ونفذ التنظيم تفجيرين في سوق المدينة القديمة.", ["ASSAULT"]),
    ("وشنت المقاتلات غارتين على مخازن الذخيرة.", ["ASSAULT"]),
])
def test_round2_triggers(sentence, expected):
    assert types_of(sentence) == expected, sentence


@pytest.mark.parametrize("sentence, type_", [
    # a negation does not reach past a complementiser
    ("وأكد المحامي أنه لا شك أن اعتقال موكله كان تعسفيا.", "COERCE"),
])
def test_negation_stops_at_complementiser(sentence, type_):
    ev = only(extract_events(make(sentence), keep_all=True), type_)
    assert "negated" not in ev.context


@pytest.mark.parametrize("sentence, gone", [
    # what is only demanded, allowed or prevented did not happen
    ("وطالبت المنظمة الحقوقية بإطلاق سراح الصحفيين المعتقلين.", "RETREAT"),
    ("ووافقت الحكومة على السماح للطائرات الحليفة بشن ضربات من أراضيها.", "ASSAULT"),
    ("ودعا الأمين العام إلى وقف إطلاق النار في الإقليم.", "CONCEDE"),
    # a generic agent: nobody attacked yet
    ("وتوعد الوزير بالرد الحازم على كل من يستهدف المنشآت النفطية.", "ASSAULT"),
    # a denied attack
    ("وأكد المتحدث أن الطائرات لم تنفذ أي غارة على المدينة.", "ASSAULT"),
])
def test_irrealis_and_negated_events_are_left_out(sentence, gone):
    assert gone not in types_of(sentence)
    assert gone in [e.type for e in extract_events(make(sentence), keep_all=True)]


def test_nominal_back_reference_is_not_a_new_event():
    text = ("ووقعت البلدان اتفاقا للتبادل التجاري في العاصمة. وقال الوزير إن الاتفاق سيخفض الرسوم. "
            "وأضاف أن الاتفاق يشمل قطاع الزراعة.")
    assert types_of(text) == ["AGREE"]


def test_back_reference_with_its_own_date_and_place_stays():
    text = ("وأودى تفجير بحياة عشرة أشخاص. ودان الرئيس التفجير الذي وقع يوم الاثنين في بلدة حدودية.")
    art = make(text, {"e1": ("PER", ["الرئيس"]), "e2": ("LOC", ["بلدة حدودية"])},
               times=[("يوم الاثنين", "2024-03-04")])
    assaults = [e for e in extract_events(art, keep_all=True) if e.type == "ASSAULT"]
    assert len(assaults) == 2 and assaults[1].date == "2024-03-04" and assaults[1].location == "e2"
    # the condemned attack is the object of the condemnation, not the condemner's act
    assert "e1" not in assaults[1].actors
    # in the output the repeat is folded into the first mention, which takes its date and place
    ev = only(extract_events(art), "ASSAULT")
    assert ev.trigger_text == "تفجير" and ev.date == "2024-03-04" and ev.location == "e2"
    assert "e1" not in ev.actors


def test_back_reference_with_a_new_participant_stays():
    text = "والتقى الوزير نظيره الفرنسي أمس. وبعد لقائه رئيس الوزراء توجه إلى المطار."
    art = make(text, {"e1": ("PER", ["الوزير"]), "e2": ("PER", ["نظيره الفرنسي"]),
                      "e3": ("PER", ["رئيس الوزراء"])})
    assert [e.type for e in extract_events(art)] == ["CONSULT", "CONSULT"]


def test_places_listed_as_subjects_are_actors():
    text = "واتفقت مصر والسودان وإثيوبيا في ختام الجولة على آلية لتبادل البيانات."
    art = make(text, {"e1": ("LOC", ["مصر"]), "e2": ("LOC", ["السودان"]), "e3": ("LOC", ["إثيوبيا"]),
                      "e4": ("ORG", ["الهيئة"])})
    ev = only(extract_events(art), "AGREE")
    assert set(ev.actors) == {"e1", "e2", "e3"} and ev.location is None


def test_a_place_after_another_name_is_not_a_location():
    text = "وجاء ذلك بعد غارات في سوريا واتهام إيران بقصف مرتفعات الجولان."
    art = make(text, {"e1": ("LOC", ["سوريا"]), "e2": ("LOC", ["إيران"]), "e3": ("LOC", ["مرتفعات الجولان"])})
    ev = [e for e in extract_events(art) if e.trigger_text == "بقصف"][0]
    assert "e2" in ev.actors and ev.location == "e3"


def test_location_attached_to_the_trigger():
    text = "وقال الوزير خلال زيارة إلى الرباط إن بلاده تدعم الحل السياسي في ليبيا."
    art = make(text, {"e1": ("PER", ["الوزير"]), "e2": ("LOC", ["الرباط"]), "e3": ("LOC", ["ليبيا"])})
    ev = only(extract_events(art), "CONSULT")
    assert ev.location == "e2" and ev.actors == ["e1"]


def test_nisba_adjective_names_the_agent():
    # the country is named in the first sentence only; in the second, only its adjective
    text = "وتقع الأردن شرق النهر. وشنت طائرات حربية أردنية غارات على مواقع التنظيم في الجنوب."
    art = make(text, {"e1": ("LOC", ["الأردن"]), "e2": ("ORG", ["التنظيم"])})
    art.entities[0].kb = "loc:JO"
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors[0] == "e1" and "e2" in ev.actors


def test_nisba_adjective_on_the_target_is_not_the_agent():
    text = "وتقع الأردن شرق النهر. وقصفت الطائرات مواقع عسكرية أردنية قرب الحدود."
    art = make(text, {"e1": ("LOC", ["الأردن"])})
    art.entities[0].kb = "loc:JO"
    ev = only(extract_events(art), "ASSAULT")
    assert "e1" not in ev.actors


def test_first_person_in_a_quote_is_the_speaker():
    text = 'وقال رئيس البلدية: "نحن في المجلس البلدي أعلنا رفضنا لقرار الإغلاق".'
    quote = "نحن في المجلس البلدي أعلنا رفضنا لقرار الإغلاق"
    art = make(text, {"e1": ("PER", ["رئيس البلدية"]), "e2": ("ORG", ["المجلس البلدي"]),
                      "e3": ("LOC", ["بغداد"])}, quotes=[(quote, "e1")])
    ev = only(extract_events(art), "REJECT")
    assert ev.actors[:2] == ["e2", "e1"]


def test_a_speakers_attack_to_come_is_a_threat():
    text = 'وقال القائد: "من يقترب من حدودنا سوف نهاجمه بلا تردد".'
    quote = "من يقترب من حدودنا سوف نهاجمه بلا تردد"
    art = make(text, {"e1": ("PER", ["القائد"])}, quotes=[(quote, "e1")])
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors == ["e1"]


def test_modal_demand_is_the_speakers():
    text = "وتقول باريس إنه يتعين على الحكومة الانتقالية تنظيم الانتخابات في موعدها."
    quote = "يتعين على الحكومة الانتقالية تنظيم الانتخابات في موعدها"
    art = make(text, {"e1": ("LOC", ["باريس"]), "e2": ("ORG", ["الحكومة الانتقالية"])},
               quotes=[(quote, "e1")])
    ev = only(extract_events(art), "DEMAND")
    assert "e1" in ev.actors


def test_reported_act_with_a_pronoun_subject_is_the_speakers():
    text = "وأعلنت كندا أن طائراتها شنت غارات على مخازن للأسلحة."
    quote = "طائراتها شنت غارات على مخازن للأسلحة"
    art = make(text, {"e1": ("LOC", ["كندا"])}, quotes=[(quote, "e1")])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == ["e1"]


def test_circumstantial_participle_takes_the_main_subject():
    text = "ونددت وزارة الخارجية بالقصف على الميناء التجاري، مطالبة بمحاسبة المسؤولين عنه."
    art = make(text, {"e1": ("ORG", ["وزارة الخارجية"]), "e2": ("ORG", ["الميناء التجاري"])})
    ev = only(extract_events(art), "DEMAND")
    assert ev.actors[0] == "e1"


def test_subjectless_clause_inherits_from_its_sentence():
    text = "ويزور الرئيس روما غدا، وسيتم خلالها توقيع ثلاث اتفاقيات."
    art = make(text, {"e1": ("PER", ["الرئيس"]), "e2": ("LOC", ["روما"])})
    ev = only(extract_events(art), "AGREE")
    assert ev.actors == ["e1"]


# ---------------------------------------------------------------- lexicon, round 3 (sentences written for these tests)

def _types(text: str, **kw) -> list[tuple[str, str]]:
    return [(e.type, e.trigger_text) for e in extract_events(make(text, **kw), keep_all=True)]


def test_expelling_diplomats_is_a_sanction_and_poisoning_an_assault():
    assert ("SANCTION", "طرد") in _types("قررت الحكومة الهولندية طرد أربعة دبلوماسيين إيرانيين بعد تسميم معارض.")
    assert ("ASSAULT", "تسميم") in _types("قررت الحكومة الهولندية طرد أربعة دبلوماسيين إيرانيين بعد تسميم معارض.")
    # expelling players or pupils is no sanction
    assert not [t for t in _types("قرر الحكم طرد اللاعب من المباراة الأخيرة.") if t[0] == "SANCTION"]


def test_repression_is_coercion():
    assert ("COERCE", "بقمع") in _types("قامت قوات الأمن بقمع مسيرة للطلاب في وسط العاصمة.")


def test_press_conference_with_a_partner_is_a_consultation():
    assert ("CONSULT", "مؤتمرا صحفيا مع") in _types("عقد رئيس الوزراء الإسباني مؤتمرا صحفيا مع المستشار النمساوي.")
    # alone, a press conference is not
    assert not [t for t in _types("عقد المتحدث باسم الوزارة مؤتمرا صحفيا في المساء.") if t[0] == "CONSULT"]


def test_a_call_made_is_a_phone_consultation():
    events = extract_events(make("قال مسؤول إن رئيسة الوزراء ستجري اتصالًا بنظيرها الكندي."), keep_all=True)
    ev = only(events, "CONSULT")
    assert ev.mode == "phone"
    # "وسائل الاتصال" (means of communication) is no event
    assert not _types("تطورت وسائل الاتصال الحديثة بسرعة كبيرة.")


def test_joint_decision_is_an_agreement():
    assert ("AGREE", "قرار مشترك") in _types("وأوضح الوزير أنه اتخذ قرار مشترك بفتح المعابر الحدودية بين البلدين.")


def test_goal_senses_and_rules_of_engagement_are_no_attacks():
    assert not [t for t in _types("تطلق الشركة خطة تستهدف استثمار الفائض في الطاقة الشمسية.") if t[0] == "ASSAULT"]
    assert not [t for t in _types("ناقش الضباط آليات اشتباك جديدة لحماية المدنيين.") if t[0] == "ASSAULT"]
    assert ("ASSAULT", "استهدفت") in _types("استهدفت طائرة مسيرة قافلة عسكرية قرب الحدود.")
    assert ("ASSAULT", "اشتباكات") in _types("اندلعت اشتباكات عنيفة بين الفصيلين ليلا.")


def test_if_need_be_is_no_demand():
    assert not [t for t in _types("سنرسل قوات إضافية إن دعت الحاجة إلى ذلك.") if t[0] == "DEMAND"]
    assert ("DEMAND", "دعت") in _types("دعت المنظمة إلى ضرورة حماية الصحفيين.")


def test_demand_with_a_long_verb_first_subject():
    text = "طالب المفوض السامي لحقوق الإنسان فولكر تورك، بالإفراج عن المعتقلين."
    assert ("DEMAND", "طالب") in _types(text)


# ---------------------------------------------------------------- actors and back-references, round 3

def test_unread_subject_does_not_inherit_earlier_actors():
    text = ("ودعا رئيس البرلمان نبيه بري إلى الحوار. "
            "وتطالب النقابات بزيادة الأجور.")
    art = make(text, {"e1": ("PER", ["نبيه بري"])})
    ev = [e for e in extract_events(art) if e.sentence == 1 and e.type == "DEMAND"]
    assert ev and ev[0].actors == []


def test_definite_event_noun_in_a_quote_does_not_take_the_sentence_actors():
    text = 'ودعا المبعوث الأممي هانس غروندبرغ إلى التهدئة، وقال إنه "يتابع بقلق شديد المواجهات في الجنوب".'
    art = make(text, {"e1": ("PER", ["هانس غروندبرغ"])}, quotes=[('إنه "يتابع بقلق شديد المواجهات في الجنوب"', "e1")])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == []


def test_he_in_a_statement_is_the_speaker():
    text = "وقال الوزير ديفيد كاميرون إنه يتابع الأوضاع في كينيا التي زارها الشهر الماضي."
    art = make(text, {"e1": ("PER", ["ديفيد كاميرون"]), "e2": ("LOC", ["كينيا"])},
               quotes=[("إنه يتابع الأوضاع في كينيا التي زارها الشهر الماضي", "e1")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.actors[0] == "e1"


def test_definite_agreement_noun_names_a_standing_deal():
    text = "وقال الوزير إن الاتفاق النووي ما زال قائما رغم الضغوط."
    assert not [e for e in extract_events(make(text)) if e.type == "AGREE"]
    # told with a verb in a relative clause, it is an event
    text = "وانتقد النائب الاتفاق الذي أبرمته الحكومة مع الدائنين."
    assert [e for e in extract_events(make(text)) if e.type == "AGREE"]
    text = "وأشاد المدير بالاتفاقيات التي عقدها المعهد مع الجامعات."
    assert [e for e in extract_events(make(text)) if e.type == "AGREE"]
    # an indefinite noun is a new agreement
    assert [e for e in extract_events(make("توصلت النقابة والحكومة إلى اتفاق بشأن الأجور.")) if e.type == "AGREE"]


def test_attack_on_a_city_is_located_there():
    text = "وأعلن الجيش إحباط هجوم صاروخي على مدينة نجران الحدودية."
    art = make(text, {"e1": ("LOC", ["نجران"])})
    ev = only(extract_events(art, keep_all=True), "ASSAULT")
    assert ev.location == "e1" and "e1" not in ev.actors


def test_visit_to_a_capital_after_a_long_title():
    text = ("وقال الوزير إن زيارة رئيس المجلس الرئاسي الليبي محمد المنفي نائب رئيس الاتحاد الأفريقي "
            "مؤخرا لأنقرة فتحت صفحة جديدة.")
    art = make(text, {"e1": ("PER", ["محمد المنفي"]), "e2": ("LOC", ["أنقرة"])})
    ev = only(extract_events(art, keep_all=True), "CONSULT")
    assert ev.location == "e2" and "e2" not in ev.actors


def test_agent_of_a_relative_clause_on_the_event_noun():
    text = "وأدان الأمين العام أنطونيو غوتيريش غارة جوية شنتها القوات الإسرائيلية على مخيم للنازحين."
    art = make(text, {"e1": ("PER", ["أنطونيو غوتيريش"]), "e2": ("ORG", ["القوات الإسرائيلية"])})
    ev = only(extract_events(art, keep_all=True), "ASSAULT")
    assert ev.actors == ["e2"]


# ---------------------------------------------------------------- precision: repeats and idle mentions

def test_announced_agreement_repeated_in_a_quote_is_one_event():
    text = ("وأعلن الوزير أن وفدي البلدين سيستأنفان المفاوضات التجارية قريبا.\n"
            'وقال الوزير في ختام الجولة إن "وفدي مصر والأردن سيستأنفان العمل على الملف".')
    quote = "وفدي مصر والأردن سيستأنفان العمل على الملف"
    art = make(text, {"e1": ("PER", ["الوزير"]), "e2": ("LOC", ["مصر"]), "e3": ("LOC", ["الأردن"])},
               quotes=[("وفدي البلدين سيستأنفان المفاوضات التجارية قريبا", "e1"), (quote, "e1")])
    agree = [e for e in extract_events(art) if e.type == "AGREE"]
    assert len(agree) == 1
    # the repeat adds the two countries it names
    assert set(agree[0].actors) >= {"e1", "e2", "e3"}


def test_announced_agreements_sharing_their_object_are_one_event():
    text = ("وأعلنت الوزيرة أن البلدين سيجريان مناورات بحرية في الصيف.\n"
            "وقالت في ختام الزيارة إن البلدين سيبدآن مناورات بحرية مشتركة.")
    art = make(text, {"e1": ("PER", ["الوزيرة"])})
    assert len([e for e in extract_events(art) if e.type == "AGREE"]) == 1


def test_different_announcements_stay_apart():
    text = ("وأعلن الرئيس أن البلدين سيفتحان سفارتين قبل نهاية العام.\n"
            "وقال إن البلدين سيوقعان اتفاقية للتجارة الحرة.")
    art = make(text, {"e1": ("PER", ["الرئيس"])})
    assert len([e for e in extract_events(art) if e.type == "AGREE"]) >= 2


def test_what_an_announced_agreement_is_about_is_no_separate_event():
    text = "وأعلن المتحدث أن الجانبين سيعقدان محادثات حول المياه الشهر المقبل."
    evs = extract_events(make(text, {"e1": ("PER", ["المتحدث"])}))
    assert [e.type for e in evs] == ["AGREE"]


def test_same_lemma_in_one_paragraph_is_one_event_but_a_new_participant_is_not():
    text = ("واستقبل الملك رئيس الوزراء الهندي في القصر. وخلال الاستقبال بحثا العلاقات الثنائية. "
            "ثم استقبل الملك وزير الخارجية البرازيلي.")
    art = make(text, {"e1": ("PER", ["الملك"]), "e2": ("PER", ["رئيس الوزراء الهندي"]),
                      "e3": ("PER", ["وزير الخارجية البرازيلي"])})
    visits = [e for e in extract_events(art) if e.type == "CONSULT"]
    assert [e.trigger_text for e in visits] == ["واستقبل", "استقبل"]


def test_same_lemma_in_another_paragraph_stays():
    text = "وهاجم مسلحون حاجزا للشرطة.\nوفي حادث منفصل هاجم مسلحون حاجزا للشرطة."
    assert len([e for e in extract_events(make(text)) if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize("sentence", [
    "وشدد الخبير على ضرورة حماية المستشفيات بعيدا عن الهجمات الإلكترونية.",
    'وقال الوزير: "هناك من يلوح بالحصار والعقوبات ولن نخضع".',
])
def test_a_kind_of_event_as_a_topic_is_no_event(sentence):
    assert not [e for e in extract_events(make(sentence)) if e.type in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("sentence, type_", [
    ("وأدانت الوزارة الهجمات على قوافل الإغاثة.", "ASSAULT"),
    ("وتصاعدت الاشتباكات الأخيرة بين الجيش والمتمردين.", "ASSAULT"),
    ("وقال إن الغارات الروسية دمرت المستشفى.", "ASSAULT"),
    ("وشنت الطائرات الهجمات فجرا.", "ASSAULT"),
])
def test_a_plural_event_noun_with_its_own_ties_stays(sentence, type_):
    assert [e for e in extract_events(make(sentence)) if e.type == type_], sentence


def test_a_press_conference_or_an_interview_is_a_setting_not_a_consultation():
    assert not [t for t in _types_out("وقال الوزير في لقاء تلفزيوني إن المفاوضات لم تبدأ بعد.") if t[0] == "CONSULT"]
    text = "وتحدث الرئيس بعد مؤتمر رئيسة الوزراء بساعة."
    art = make(text, {"e1": ("PER", ["رئيسة الوزراء"])})
    assert not [e for e in extract_events(art) if e.type == "CONSULT"]
    # held together with another party it is one
    assert ("CONSULT", "لقاء") in _types_out("وعقد الوزير لقاء صحفيا مشتركا مع نظيره الكيني.")
    # a conference of an organisation is a conference of states
    art = make("وافتتح مؤتمر الجامعة العربية أعماله في تونس.", {"e1": ("ORG", ["الجامعة العربية"])})
    assert [e.type for e in extract_events(art)] == ["CONSULT"]


def test_a_modal_demand_of_nobody_in_particular_is_no_demand():
    text = 'وقال الرئيس: "يجب على الجميع احترام القانون".'
    art = make(text, {"e1": ("PER", ["الرئيس"])}, quotes=[("يجب على الجميع احترام القانون", "e1")])
    assert not [e for e in extract_events(art) if e.type == "DEMAND"]


def test_what_a_demand_asks_for_did_not_happen():
    text = "ودعت المنظمة الحقوقية السلطات إلى إجراء تحقيق شامل في مقتل الصحفي."
    assert [e.type for e in extract_events(make(text))] == ["DEMAND"]
    # an event named after the demanded act is an event of its own
    text = "وطالب المندوب بفتح تحقيق عاجل ومستقل في الغارة الجوية على السوق."
    assert "ASSAULT" in [e.type for e in extract_events(make(text))]


@pytest.mark.parametrize("sentence", [
    "وأكد المدير أن وزارته ستتابع تنفيذ المشروع.",       # his ministry, no visit
    "وتبحث الشركة عن شركاء جدد مع نهاية العام.",          # searching, no talks
    "وقال إن الأسعار ترتفع بشكل يدعو إلى القلق.",         # cause for concern, no call
    'وقال المسؤول إن "الحل ستكون كلفته أقل".',             # ستكون is singular: nothing announced
])
def test_look_alike_triggers(sentence):
    assert extract_events(make(sentence, {"e1": ("PER", ["المدير"])})) == [], sentence


def _types_out(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger_text) for e in extract_events(make(text))]


def test_a_demonstrative_or_a_during_frame_points_back_at_the_known_event():
    text = ("وقصفت طائرات حربية سوقا شعبية أمس. وأدان الوزير هذه الغارة على السوق في المدينة القديمة.")
    art = make(text, {"e1": ("PER", ["الوزير"]), "e2": ("LOC", ["المدينة القديمة"])})
    assert [e.trigger_text for e in extract_events(art) if e.type == "ASSAULT"] == ["وقصفت"]
    text = "واجتمع الوزير بنظيره الكيني في نيروبي. وجرى خلال الاجتماع بحث الأوضاع في الصومال."
    art = make(text, {"e1": ("PER", ["الوزير"]), "e2": ("PER", ["نظيره الكيني"]),
                      "e3": ("LOC", ["نيروبي"]), "e4": ("LOC", ["الصومال"])})
    assert [e.trigger_text for e in extract_events(art) if e.type == "CONSULT"] == ["واجتمع"]


def test_what_an_agreement_is_about_is_no_separate_event():
    assert [e.type for e in extract_events(make("وصمد اتفاق وقف إطلاق النار في الإقليم رغم الخروقات."))] == ["AGREE"]
    assert [e.type for e in extract_events(make("واتفق الطرفان على وقف إطلاق النار ابتداء من الغد."))] == ["AGREE"]


def test_denying_a_named_act_negates_it():
    evs = extract_events(make("ونفت الحركة مهاجمة القافلة على الطريق الدولي."), keep_all=True)
    assert "negated" in only(evs, "ASSAULT").context
    assert not extract_events(make("ونفت الحركة مهاجمة القافلة على الطريق الدولي."))


def test_a_word_saying_another_keeps_a_repeat_apart():
    text = ("وهاجم مسلحون حاجزا للشرطة على طريق المطار.\n"
            "وفي حادث منفصل هاجم مسلحون حاجزا للشرطة على طريق المطار.")
    assert len([e for e in extract_events(make(text)) if e.type == "ASSAULT"]) == 2
    text = ("وهاجم مسلحون حاجزا للشرطة على طريق المطار.\n"
            "وكان مسلحون هاجموا حاجزا للشرطة على طريق المطار قبل الفجر.")
    assert len([e for e in extract_events(make(text)) if e.type == "ASSAULT"]) == 1
