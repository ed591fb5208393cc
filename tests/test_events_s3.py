"""Event mechanisms that generalise across the evaluation sets (session 3): the date told after an
event noun, the place a landmark locates, the subject of a coordinated verb, conditional warnings as
threats, withdrawn support as rejection. Sentences are written for these tests."""
from __future__ import annotations

from events_helpers import make, only

from khabar.events import extract_events
from khabar.timex import find_times


# ---------------------------------------------------------------- date after an event noun
def test_noun_takes_the_date_told_after_it_not_the_verb_before():
    text = "أعرب وزير الخارجية، الأربعاء، عن قلقه من الهجوم الذي وقع في 3 مارس في مدينة حلب."
    art = make(text, {"loc:aleppo": ("LOC", ["حلب"])},
               times=[("الأربعاء", "2024-03-06"), ("3 مارس", "2024-03-03")])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.date == "2024-03-03"


def test_planned_talks_take_their_future_day():
    text = "أعلنت الحكومة، مساء الخميس، انعقاد مباحثات بين الطرفين الاثنين القادم في جنيف."
    art = make(text, {"loc:geneva": ("LOC", ["جنيف"])},
               times=[("مساء الخميس", "2024-03-07"), ("الاثنين القادم", "2024-03-11")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.date == "2024-03-11"


def test_end_of_a_visit_is_not_its_date():
    text = "ويبدأ الرئيس اليوم زيارة إلى روما تستمر حتى السبت المقبل."
    art = make(text, {"loc:rome": ("LOC", ["روما"])},
               times=[("اليوم", "2024-03-10"), ("السبت المقبل", "2024-03-16")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.date == "2024-03-10"


def test_time_of_a_relative_clause_about_something_else_is_left():
    text = "وقتل جنديان الجمعة في هجوم على القاعدة التي أنشئت في 5 مايو 2010."
    art = make(text, times=[("الجمعة", "2024-03-08"), ("5 مايو 2010", "2010-05-05")])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.date == "2024-03-08"


def test_future_verb_does_not_reach_into_a_relative_clause():
    # timex: "ستطلع" points to the future, but the attack "الذي وقع" is past
    times = find_times("ستطلع الحكومة البرلمان على الهجوم الذي وقع في 4 مارس في المدينة", "2018-03-14")
    assert [t.value for t in times] == ["2018-03-04"]
    times = find_times("ستعقد الحكومة اجتماعها في 4 أبريل", "2018-03-14")
    assert [t.value for t in times] == ["2018-04-04"]


# ---------------------------------------------------------------- the place a landmark locates
def test_town_before_its_landmark_is_the_location():
    text = "وقتل ثلاثة مدنيين في قصف استهدف سوقا شعبيا في بلدة سراقب قرب إدلب."
    art = make(text, {"loc:saraqib": ("LOC", ["سراقب"]), "loc:idlib": ("LOC", ["إدلب"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:saraqib"


def test_city_north_of_its_country_beats_the_country():
    text = "غرق قارب بعد أن قصفته طائرة حربية قبالة ميناء مصراتة شرق ليبيا."
    art = make(text, {"loc:misrata": ("LOC", ["مصراتة"]), "loc:LY": ("LOC", ["ليبيا"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:misrata"


def test_two_coordinated_places_are_not_a_landmark_pair():
    text = "اندلعت اشتباكات عنيفة بين دمشق وشرق حمص."
    art = make(text, {"loc:damascus": ("LOC", ["دمشق"]), "loc:homs": ("LOC", ["حمص"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.location == "loc:homs"


# ---------------------------------------------------------------- subject of a coordinated verb
def test_coordinated_meeting_verb_shares_the_subject_before_it():
    text = ("قام وزير الخارجية الفرنسي جان إيف لودريان بزيارة إلى بغداد يوم الأحد والتقى مع رئيس الوزراء "
            "حيدر العبادي.")
    art = make(text, {"per:ledrian": ("PER", ["جان إيف لودريان", "وزير الخارجية الفرنسي"]),
                      "per:abadi": ("PER", ["حيدر العبادي"]),
                      "loc:baghdad": ("LOC", ["بغداد"])}, times=[("يوم الأحد", "2024-03-10")])
    meet = next(e for e in extract_events(art) if e.trigger_text == "والتقى")
    assert meet.actors[:2] == ["per:ledrian", "per:abadi"]


def test_verb_with_its_own_subject_keeps_it():
    text = "وصل وزير الخارجية جان إيف لودريان إلى بغداد في زيارة رسمية، والتقى الرئيس برهم صالح نظيره."
    art = make(text, {"per:ledrian": ("PER", ["جان إيف لودريان"]), "per:salih": ("PER", ["برهم صالح"]),
                      "loc:baghdad": ("LOC", ["بغداد"])})
    extract_events(art)
    # a subject follows the verb, so nothing is carried over from the visit
    assert "subject_carried" not in [rule for rule, _ in art.scratch.get("events.rules", [])]


# ---------------------------------------------------------------- warnings and withdrawn support
def test_conditional_warning_with_a_commitment_is_a_threat():
    text = "حذرت الحكومة الصينية من أن بكين مستعدة للرد بالمثل إذا فرضت واشنطن رسوما جديدة."
    art = make(text, {"org:cn_gov": ("ORG", ["الحكومة الصينية"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["org:cn_gov"]


def test_warning_of_a_risk_is_no_threat():
    text = "حذر خبراء الاقتصاد من أن الأسعار لن تنخفض قريبا."
    assert not [e for e in extract_events(make(text)) if e.type == "THREATEN"]


def test_withdrawn_support_is_a_rejection():
    text = "أعلن حزب الأمل سحب تأييده للحكومة الائتلافية بعد خلاف على الميزانية."
    art = make(text, {"org:amal": ("ORG", ["حزب الأمل"])})
    types = [e.type for e in extract_events(art)]
    assert "REJECT" in types and "SUPPORT" not in types


def test_withdrawal_told_by_a_speaker_is_the_speakers_side():
    text = "وقال رئيس الكتلة سامي الحداد إن كتلته قررت سحب مساندتها للحكومة."
    art = make(text, {"per:haddad": ("PER", ["سامي الحداد"])},
               quotes=[("كتلته قررت سحب مساندتها للحكومة", "per:haddad")])
    ev = only(extract_events(art), "REJECT")
    assert ev.actors == ["per:haddad"]


# ---------------------------------------------------------------- the agent of a complementing event noun
def test_meeting_noun_complementing_the_verb_takes_the_sentence_subject():
    text = ("بدأ وزير الخارجية الياباني تارو كونو أمس جولته الأوروبية التي تشمل فرنسا وألمانيا "
            "بالاجتماع بالرئيس الفرنسي إيمانويل ماكرون.")
    art = make(text, {"per:kono": ("PER", ["وزير الخارجية الياباني", "تارو كونو"]),
                      "per:macron": ("PER", ["إيمانويل ماكرون", "الرئيس الفرنسي"]),
                      "loc:FR": ("LOC", ["فرنسا"]), "loc:DE": ("LOC", ["ألمانيا"])},
               times=[("أمس", "2024-03-09")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.actors[0] == "per:kono" and "per:macron" in ev.actors


def test_complement_after_a_reported_clause_keeps_its_own_actors():
    text = "قال وزير الخارجية تارو كونو إن بلاده تتطلع إلى الاجتماع بالرئيس الفرنسي إيمانويل ماكرون."
    art = make(text, {"per:kono": ("PER", ["تارو كونو", "وزير الخارجية"]),
                      "per:macron": ("PER", ["إيمانويل ماكرون", "الرئيس الفرنسي"])})
    extract_events(art)
    assert "masdar_subject" not in [rule for rule, _ in art.scratch.get("events.rules", [])]



def test_demanded_stop_of_support_is_no_rejection():
    text = "وطالبت الدول الأربع الحكومة بوقف تأييدها للجماعات المسلحة."
    art = make(text)
    assert "REJECT" not in [e.type for e in extract_events(art)]


# ---------------------------------------------------------------- the speaker of a statement made on a visit
def test_speaker_on_a_visit_is_the_visitor():
    text = "وقالت المستشارة أنغيلا ميركل خلال زيارتها لأثينا إن أوروبا ستبقى موحدة."
    art = make(text, {"per:merkel": ("PER", ["أنغيلا ميركل"]), "loc:athens": ("LOC", ["أثينا"])},
               quotes=[("أوروبا ستبقى موحدة", "per:merkel")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.actors[:1] == ["per:merkel"] and ev.location == "loc:athens"


def test_visit_with_its_own_visitor_is_not_the_speakers():
    text = "وقال الرئيس جو بايدن خلال زيارة وفد ياباني للبيت الأبيض إن العلاقات ممتازة."
    art = make(text, {"per:biden": ("PER", ["جو بايدن"])}, quotes=[("العلاقات ممتازة", "per:biden")])
    extract_events(art)
    assert "visiting_speaker" not in [rule for rule, _ in art.scratch.get("events.rules", [])]
