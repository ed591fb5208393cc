"""Event triggers of session 4, pooled over the held-out sets: a threatened response, a threatening
participle, diplomatic sanctions told with a verb (cutting relations, recalling one's envoy, asking an
envoy to leave), a denial as a rejection, and a call told as a noun or a participle. Sentences are
written for these tests."""
from __future__ import annotations

from events_helpers import make, only, types_of

from khabar.events import extract_events


# ---------------------------------------------------------------- THREATEN
def test_a_response_to_come_threatens():
    text = "وقال المتحدث باسم الحكومة إن روسيا سترد على العقوبات الأمريكية الجديدة بالمثل."
    art = make(text, {"loc:russia": ("LOC", ["روسيا"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["loc:russia"]


def test_sawfa_before_the_verb_threatens_too():
    assert "THREATEN" in types_of("وأكدت الوزارة أن المملكة سوف ترد على أي إجراء بإجراء أكبر.")


def test_answering_a_request_is_no_threat():
    assert "THREATEN" not in types_of("وقالت الخارجية إنها سترد على الطلب الروسي في الوقت المناسب.")


def test_a_response_in_the_past_is_no_threat():
    assert "THREATEN" not in types_of("وردت الحكومة على أسئلة النواب في الجلسة.")


def test_threatening_participle_has_the_subject_of_its_sentence():
    text = "وخرج الرئيس التركي رجب طيب أردوغان عن صمته أمس، مهددا بقطع العلاقات مع إسرائيل."
    art = make(text, {"per:erdogan": ("PER", ["رجب طيب أردوغان"]), "loc:israel": ("LOC", ["إسرائيل"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["per:erdogan"]


def test_threatened_with_extinction_is_no_threat():
    assert "THREATEN" not in types_of("وقالت المنظمة إن أنواعا كثيرة من الطيور مهددة بالانقراض هذا العقد.")


def test_vowing_participle_threatens():
    assert "THREATEN" in types_of("ورفضت الحكومة الضغوط السياسية، متوعدة بالرد على أي إجراء ضدها.")


# ---------------------------------------------------------------- SANCTION
def test_cutting_relations_told_with_a_verb():
    text = "وقطعت البحرين والسعودية علاقاتهما الدبلوماسية مع إيران مطلع العام."
    art = make(text, {"loc:bh": ("LOC", ["البحرين"]), "loc:sa": ("LOC", ["السعودية"]),
                      "loc:ir": ("LOC", ["إيران"])})
    ev = only(extract_events(art), "SANCTION")
    assert {"loc:bh", "loc:sa"} <= set(ev.actors)


def test_recalling_ones_own_envoy_is_a_sanction():
    text = "وأعلنت الجزائر الخميس استدعاء سفيرها في باريس للتشاور."
    art = make(text, {"loc:dz": ("LOC", ["الجزائر"]), "loc:paris": ("LOC", ["باريس"])})
    ev = only(extract_events(art), "SANCTION")
    assert "loc:dz" in ev.actors


def test_asking_an_envoy_to_leave_is_a_sanction_not_a_demand():
    text = "وطلبت الحكومة الألمانية من السفير التركي مغادرة البلاد خلال 48 ساعة."
    assert types_of(text) == ["SANCTION"]


def test_asking_a_state_for_something_stays_a_demand():
    assert types_of("وطلبت الحكومة الألمانية من تركيا تقديم إيضاحات حول القضية.") == ["DEMAND"]


# ---------------------------------------------------------------- REJECT (a denial)
def test_a_denial_rejects_a_report():
    text = "نفت شركة النفط الوطنية أن تكون منشآتها في الميناء قد تعرضت لهجوم."
    art = make(text, {"org:oil": ("ORG", ["شركة النفط الوطنية"])})
    ev = only(extract_events(art), "REJECT")
    assert ev.actors == ["org:oil"]


def test_denying_any_involvement():
    text = "وينفي الكرملين أي تورط في الهجوم على المعارض السابق."
    art = make(text, {"org:kremlin": ("ORG", ["الكرملين"])})
    assert only(extract_events(art), "REJECT").actors == ["org:kremlin"]


def test_exile_is_no_denial():
    assert "REJECT" not in types_of("وتم نفي الشاعر إلى جزيرة نائية عام 1920.")


# ---------------------------------------------------------------- DEMAND
def test_a_call_as_a_noun_with_its_caller():
    text = "وردا على دعوة رئيس الوزراء الأسبق نوري المالكي إلى فرض عقوبات على تركيا، قال المتحدث إن التصريحات شخصية."
    art = make(text, {"per:maliki": ("PER", ["نوري المالكي"]), "loc:tr": ("LOC", ["تركيا"])})
    ev = only(extract_events(art), "DEMAND")
    assert ev.actors[:1] == ["per:maliki"]


def test_an_invitation_received_is_no_demand():
    assert "DEMAND" not in types_of("وتلقى الرئيس الفرنسي دعوة إلى زيارة موسكو الشهر المقبل.")


def test_an_invitation_to_a_place_is_no_demand():
    assert "DEMAND" not in types_of("وقال الرئيس إنه سينظر في دعوة الزعيم الكوري الشمالي إلى البيت الأبيض.")


def test_the_dawa_party_is_no_call():
    assert "DEMAND" not in types_of("وقال القيادي في حزب الدعوة إلى جانب رئيس الكتلة إن الجلسة تأجلت.")


def test_calling_participle_names_whom_it_calls_first():
    text = "ووعد رئيس الوزراء ماتيو رينزي باتخاذ تدابير جديدة، داعيا الاتحاد الأوروبي إلى مساعدة بلاده."
    art = make(text, {"per:renzi": ("PER", ["ماتيو رينزي"]), "org:eu": ("ORG", ["الاتحاد الأوروبي"])})
    ev = only(extract_events(art), "DEMAND")
    assert ev.actors[:1] == ["per:renzi"]


def test_warning_of_consequences_under_a_condition_threatens():
    text = "وحذر الرئيس الأمريكي إيران من أنها ستواجه عواقب اقتصادية قاسية إذا لم توقف التخصيب."
    art = make(text, {"loc:iran": ("LOC", ["إيران"])})
    assert "THREATEN" in [e.type for e in extract_events(art)]


# ---------------------------------------------------------------- the subject of a circumstantial clause
def test_participle_after_a_speech_verb_has_the_sentence_subject():
    text = "وأكدت الحكومة الإيطالية الأحد رفضها الضغوط التي يمارسها الاتحاد الأوروبي، متوعدة بالرد على أي إجراء ضدها."
    art = make(text, {"org:gov": ("ORG", ["الحكومة الإيطالية"]), "org:eu": ("ORG", ["الاتحاد الأوروبي"])},
               times=[("الأحد", "2024-03-10")])
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["org:gov"]


def test_verb_after_a_speaking_participle_and_pronoun_has_the_sentence_subject():
    text = "وردت اليونان بأن مطالب المفوض الأوروبي بيير موسكوفيسي غير مقبولة، مضيفة أنها سترد على هذه الإجراءات."
    art = make(text, {"loc:gr": ("LOC", ["اليونان"]), "per:pm": ("PER", ["بيير موسكوفيسي"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["loc:gr"]


def test_a_noun_attack_opening_a_clause_is_not_the_subjects_act():
    text = "وأعلنت الحكومة اليمنية الأحد حالة الطوارئ، غارات جوية على مواقع المتمردين قرب الحدود."
    art = make(text, {"org:gov": ("ORG", ["الحكومة اليمنية"])}, times=[("الأحد", "2024-03-10")])
    assert all("org:gov" not in e.actors for e in extract_events(art) if e.type == "ASSAULT")


# ---------------------------------------------------------------- AGREE, COERCE, ASSAULT
def test_matching_views_agree():
    assert "AGREE" in types_of("وقال المتحدث إن اللقاء شهد تطابق وجهات النظر بين البلدين حول الملفات الإقليمية.")


def test_seizing_people_coerces():
    text = "وأعلنت وزارة الداخلية البحرينية أمس ضبط ثلاثة أشخاص بحوزتهم أسلحة ومتفجرات."
    art = make(text, {"org:moi": ("ORG", ["وزارة الداخلية البحرينية"])})
    ev = only(extract_events(art), "COERCE")
    assert "org:moi" in ev.actors


def test_restraint_and_purpose_are_no_seizure():
    assert "COERCE" not in types_of("ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس.")
    assert "COERCE" not in types_of("وأقامت الشرطة نقاط تفتيش جديدة لضبط المطلوبين في المنطقة.")
    assert "COERCE" not in types_of("وقال إن الأجهزة الأمنية قادرة على ضبط الجناة.")


def test_mortar_shells_falling_on_houses_are_an_attack():
    text = "وقتل مدنيان جراء سقوط قذائف هاون على منازل في بلدة الحاضر جنوب حلب."
    art = make(text, {"loc:hadher": ("LOC", ["الحاضر"]), "loc:aleppo": ("LOC", ["حلب"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:hadher"


def test_a_killing_in_a_protest_is_where_the_protest_was():
    text = "قتل ثلاثة أشخاص في مظاهرة للمعارضة في كراكاس للمطالبة برحيل الرئيس."
    art = make(text, {"loc:caracas": ("LOC", ["كراكاس"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:caracas" and ev.actors == []


# ---------------------------------------------------------------- who undergoes an attack
def test_a_country_that_underwent_attacks_is_where_they_happened():
    text = "وتعرضت نيجيريا لسلسلة من هجمات أعلنت جماعة بوكو حرام المسؤولية عنها."
    art = make(text, {"loc:ng": ("LOC", ["نيجيريا"]), "org:bh": ("ORG", ["جماعة بوكو حرام"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:ng" and "loc:ng" not in ev.actors


def test_a_town_before_the_verb_underwent_the_attack():
    text = "وقال المسؤول إن مدينة حماة تعرضت لقصف عنيف خلال الليل."
    art = make(text, {"loc:hama": ("LOC", ["حماة"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:hama" and ev.actors == []


def test_a_person_who_underwent_an_attack_is_not_its_agent():
    text = "وتعرض الصحفي أحمد منصور لاعتداء أمام منزله في العاصمة."
    art = make(text, {"per:mansour": ("PER", ["أحمد منصور"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == []


def test_pointing_the_finger_of_accusation_disapproves():
    text = "ووجهت الحكومة الهولندية أصابع الاتهام إلى موسكو في قضية إسقاط الطائرة."
    art = make(text, {"org:nl": ("ORG", ["الحكومة الهولندية"]), "loc:moscow": ("LOC", ["موسكو"])})
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.actors[:1] == ["org:nl"]


def test_a_group_speaking_of_itself_as_they_is_the_agent():
    text = "وكان المتمردون قد أعلنوا أنهم هاجموا بطائرة مسيرة مطار المدينة الدولي الأحد."
    art = make(text, {"org:rebels": ("ORG", ["المتمردون"]), "org:airport": ("ORG", ["مطار المدينة الدولي"])},
               quotes=[("أنهم هاجموا بطائرة مسيرة مطار المدينة الدولي الأحد", "org:rebels")])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors[:1] == ["org:rebels"]
