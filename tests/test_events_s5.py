"""Events of session 5, from the misses of set 9 and a random corpus audit: claims of responsibility
(the claimant is the attack's agent), statements as acts (a denial of what was reported, a warning with
a condition, brandishing a step), names inside reported content kept out of a verb's actors, the target
of a verb whose subject is the attack itself, the visitor behind "his visit", and a prayer that is no
demand. Sentences are written for these tests."""
from __future__ import annotations

from events_helpers import make, only, types_of

from khabar.events import extract_events

_SHABAAB = {"org:shabaab": ("ORG", ["حركة الشباب"]), "loc:mogadishu": ("LOC", ["مقديشو"])}


# ---------------------------------------------------------------- claims of responsibility
def test_a_claim_gives_its_agent_to_the_attack_told_before():
    text = "قتل خمسة أشخاص في تفجير استهدف سوقا في مقديشو صباح اليوم. وأعلنت حركة الشباب مسؤوليتها عن الهجوم."
    events = extract_events(make(text, _SHABAAB))
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.trigger_text, e.actors) for e in attacks]
    assert attacks[0].actors == ["org:shabaab"]
    assert attacks[0].location == "loc:mogadishu"


def test_a_claim_verb_names_its_subject_as_the_agent():
    text = "تبنت حركة الشباب الهجوم على قاعدة عسكرية قرب مقديشو."
    ev = only(extract_events(make(text, _SHABAAB)), "ASSAULT")
    assert ev.actors == ["org:shabaab"]


def test_a_denied_claim_names_no_agent():
    text = "ونفت حركة الشباب مسؤوليتها عن الهجوم على الفندق في مقديشو."
    events = extract_events(make(text, _SHABAAB))
    assert not any(e.type == "ASSAULT" and "org:shabaab" in e.actors for e in events)


def test_adopting_a_plan_against_attacks_claims_nothing():
    art = make("وتبنت حركة الشباب خطة جديدة لمواجهة الهجمات في مقديشو.", _SHABAAB)
    extract_events(art)
    assert not any(rule == "claimed" for rule, _ in art.scratch.get("events.rules", []))


def test_responsibility_as_a_topic_claims_nothing():
    text = "واقترحت فرنسا آلية دولية لتحديد المسؤولية عن الهجمات الكيميائية في سوريا."
    art = make(text, {"loc:france": ("LOC", ["فرنسا"]), "loc:syria": ("LOC", ["سوريا"])})
    assert not any(e.type == "ASSAULT" and "loc:france" in e.actors for e in extract_events(art))


# ---------------------------------------------------------------- statements as acts
def test_denying_what_was_reported_rejects():
    text = "نفى وزير الداخلية الأردني سمير المبيضين ما تداولته مواقع إخبارية عن استقالته."
    art = make(text, {"per:mubaideen": ("PER", ["سمير المبيضين"])})
    ev = only(extract_events(art), "REJECT")
    assert ev.actors[:1] == ["per:mubaideen"]


def test_a_warning_with_a_condition_threatens():
    text = "وحذر الرئيس الفرنسي إيمانويل ماكرون من عواقب كبيرة إذا استمرت الهجمات على المدنيين."
    art = make(text, {"per:macron": ("PER", ["إيمانويل ماكرون"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["per:macron"]


def test_a_hedged_risk_is_no_threat():
    assert "THREATEN" not in types_of("وحذرت الوكالة من أن الاقتصاد قد ينكمش إذا استمر ارتفاع الأسعار.")


def test_brandishing_resignation_threatens():
    text = "ولوّح رئيس البرلمان نبيه بري بالاستقالة إذا لم تتشكل الحكومة هذا الشهر."
    art = make(text, {"per:berri": ("PER", ["نبيه بري"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["per:berri"]


def test_waving_flags_is_no_threat():
    assert "THREATEN" not in types_of("ولوح المشجعون بالأعلام الوطنية في المدرجات طوال المباراة.")


def test_a_prayer_is_no_demand():
    assert "DEMAND" not in types_of("وكانت الأمهات في الساحة تدعو بالدعاء للجنود المرابطين على الحدود.")


def test_a_call_by_abdullah_is_still_a_demand():
    assert "DEMAND" in types_of("ودعا الملك عبد الله الثاني المجتمع الدولي إلى دعم اللاجئين.")


def test_earlier_is_no_denial():
    assert "REJECT" not in types_of("وكان الوزير المذكور آنفا قد أبدى استعداده للتفاوض مع النواب.")


# ---------------------------------------------------------------- who is no party
def test_names_in_what_is_denied_are_no_actors():
    text = "ونفت الحكومة المغربية أي تدخل في الانتخابات وقالت إن الجزائر تروج لهذه الأخبار."
    art = make(text, {"org:morocco_gov": ("ORG", ["الحكومة المغربية"]), "loc:algeria": ("LOC", ["الجزائر"])})
    ev = only(extract_events(art), "REJECT")
    assert ev.actors == ["org:morocco_gov"]


def test_what_an_attack_struck_is_no_attacker():
    text = "واستهدف هجوم بسيارة مفخخة مقر الشرطة الاتحادية في مدينة الموصل أمس."
    art = make(text, {"org:police": ("ORG", ["الشرطة الاتحادية"]), "loc:mosul": ("LOC", ["الموصل"])})
    ev = next(e for e in extract_events(art) if e.type == "ASSAULT")
    assert "org:police" not in ev.actors
    assert ev.location == "loc:mosul"


def test_the_attack_whose_relative_clause_names_its_target():
    text = "وقتل ثلاثة حراس في الهجوم الذي استهدف السفارة الفرنسية في باماكو."
    art = make(text, {"org:embassy": ("ORG", ["السفارة الفرنسية"]), "loc:bamako": ("LOC", ["باماكو"])})
    ev = next(e for e in extract_events(art) if e.type == "ASSAULT")
    assert "org:embassy" not in ev.actors


def test_his_visit_is_the_nearest_persons():
    text = ("أعلنت الحكومة الكويتية أن أمير الكويت صباح الأحمد قرر منح مساعدات للعراق، وذلك خلال زيارته "
            "إلى بغداد.")
    art = make(text, {"org:kuwait_gov": ("ORG", ["الحكومة الكويتية"]), "per:sabah": ("PER", ["صباح الأحمد"]),
                      "loc:baghdad": ("LOC", ["بغداد"])},
               quotes=[("أمير الكويت صباح الأحمد قرر منح مساعدات للعراق، وذلك خلال زيارته إلى بغداد",
                        "org:kuwait_gov")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.actors[:1] == ["per:sabah"]


def test_measures_in_kind_to_come_threaten():
    text = "وقال ناطق باسم الخارجية الصينية إن بكين ستتخذ إجراءات مماثلة ردا على القرار الأمريكي."
    art = make(text, {"loc:beijing": ("LOC", ["بكين"])})
    ev = only(extract_events(art), "THREATEN")
    assert ev.actors[:1] == ["loc:beijing"]


def test_measures_taken_every_year_are_no_threat():
    assert "THREATEN" not in types_of("وقالت الحكومة إنها تتخذ إجراءات مماثلة كل عام في موسم الأمطار.")


def test_a_strategy_for_negotiating_names_no_talks():
    assert "CONSULT" not in types_of("وقد ينعكس ذلك على استراتيجية الحكومة في التفاوض مع النقابات.")


def test_a_spokesman_s_group_named_again_as_the_doer_is_the_agent():
    text = "وقال المتحدث باسم حركة الشباب علي راجي إن مقاتلي الحركة نفذوا الهجومين على القاعدتين."
    art = make(text, {"org:shabaab": ("ORG", ["حركة الشباب", "الحركة"]), "per:rage": ("PER", ["علي راجي"])},
               quotes=[("مقاتلي الحركة نفذوا الهجومين على القاعدتين", "per:rage")])
    ev = only(extract_events(art), "ASSAULT")
    assert "org:shabaab" in ev.actors


def test_a_title_s_place_is_no_location():
    text = "ونفى نائب رئيس الشرطة في دبي ضاحي خلفان ما تداوله مغردون عن خلاف مع الحكومة."
    art = make(text, {"per:khalfan": ("PER", ["ضاحي خلفان", "نائب رئيس الشرطة في دبي"]),
                      "loc:dubai": ("LOC", ["دبي"])})
    ev = only(extract_events(art), "REJECT")
    assert ev.actors[:1] == ["per:khalfan"] and ev.location is None


def test_voicing_reservations_disapproves():
    text = "وأبدت الحكومة الألمانية تحفظات على الاتفاق التجاري الذي وقعته المفوضية الأوروبية."
    art = make(text, {"org:german_gov": ("ORG", ["الحكومة الألمانية"])})
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.actors[:1] == ["org:german_gov"]


def test_voicing_readiness_is_no_disapproval():
    assert "DISAPPROVE" not in types_of("وأبدى الرئيس استعداده للحوار مع المعارضة في أي وقت.")
