"""Event classes from the audit of random corpus articles (session 4): a place or a source is no
attacker (a direction word before a country, a nationality adjective on a capital, a source or a
person), who tells of or blames someone for an attack is no party to it, and a difficulty, an absence
or a field names no act. Sentences are written for these tests."""
from __future__ import annotations

from events_helpers import make, only

from khabar.events import extract_events


def _assault(text, entities):
    art = make(text, entities)
    for e in art.entities:
        e.kb = e.id  # KB ids, so that nationality adjectives find their country
    return only(extract_events(art), "ASSAULT")


# ---------------------------------------------------------------- places and sources are no attackers
def test_a_country_after_a_direction_word_is_where_it_happened():
    ev = _assault("قتل عشرة أشخاص أمس في هجمات جنوبي سوريا.", {"loc:SY": ("LOC", ["سوريا"])})
    assert "loc:SY" not in ev.actors
    assert ev.location == "loc:SY"


def test_the_nationality_of_a_capital_is_no_attacker():
    text = "وعقد وزير الداخلية مؤتمرا في تونس. ووقعت اشتباكات مسلحة صباح اليوم في العاصمة التونسية."
    ev = _assault(text, {"loc:TN": ("LOC", ["تونس"])})
    assert "loc:TN" not in ev.actors


def test_the_nationality_of_a_source_is_no_attacker():
    text = "وكان الوفد في العراق الشهر الماضي. وقال مصدر أمني عراقي إن مسلحين أطلقوا النار على حافلة للركاب."
    ev = _assault(text, {"loc:IQ": ("LOC", ["العراق"])})
    assert "loc:IQ" not in ev.actors


def test_a_nationality_adjective_on_the_attackers_still_names_them():
    text = "وكان الوفد في العراق الشهر الماضي. وشنت مقاتلات عراقية غارات على مواقع التنظيم."
    ev = _assault(text, {"loc:IQ": ("LOC", ["العراق"])})
    assert "loc:IQ" in ev.actors


def test_the_nationality_of_a_named_person_is_not_the_agent():
    text = "وتقع مالي في غرب أفريقيا. واستهدفت الغارة جماعة يقودها المالي أحمد ولد سيدي."
    ev = _assault(text, {"loc:ML": ("LOC", ["مالي"]), "per:ahmed": ("PER", ["أحمد ولد سيدي"])})
    assert "loc:ML" not in ev.actors


# ---------------------------------------------------------------- who tells of an attack is no party
def test_who_speaks_about_an_assassination_is_no_party():
    text = "وتحدث رئيس الحزب سمير الخطيب عن جريمة اغتيال الصحفي في بيروت."
    ev = _assault(text, {"per:khatib": ("PER", ["سمير الخطيب"]), "loc:beirut": ("LOC", ["بيروت"])})
    assert "per:khatib" not in ev.actors


def test_the_accuser_is_no_attacker_but_the_accused_is():
    text = "واتهمت منظمة هيومن رايتس ووتش الجيش الوطني بقصف المدنيين في القرية."
    ev = _assault(text, {"org:hrw": ("ORG", ["منظمة هيومن رايتس ووتش"]), "org:army": ("ORG", ["الجيش الوطني"])})
    assert "org:hrw" not in ev.actors
    assert "org:army" in ev.actors


def test_a_court_conviction_keeps_the_convicted_as_attackers():
    text = "وأعدمت السلطات زعيم جماعة النور عادل سالم بعد إدانته بتنفيذ هجوم على محطة القطار."
    ev = _assault(text, {"per:salem": ("PER", ["عادل سالم"]), "org:nour": ("ORG", ["جماعة النور"])})
    assert "per:salem" in ev.actors


# ---------------------------------------------------------------- a kind of act, none done
def test_a_difficulty_of_negotiating_is_no_consultation():
    events = extract_events(make("وأشارت الحكومة إلى صعوبة التفاوض مع السلطات الليبية في ظل الفوضى."))
    assert not [e for e in events if e.type == "CONSULT"]


def test_an_absence_of_coordination_is_no_cooperation():
    events = extract_events(make("وأضاف أن الأزمة تعكس غياب التنسيق المشترك بين الحكومة والتحالف."))
    assert not [e for e in events if e.type == "COOPERATE"]


def test_real_negotiations_stay():
    events = extract_events(make("وبدأ الوفدان أمس جولة جديدة من المفاوضات في جنيف."))
    assert [e for e in events if e.type == "CONSULT"]


def test_a_withdrawal_sought_is_no_retreat():
    events = extract_events(make("ويأتي القرار في إطار المساعي لانسحاب المسلحين من المدينة دون شروط."))
    assert not [e for e in events if e.type == "RETREAT"]


def test_an_arrest_sought_is_no_arrest():
    events = extract_events(make("وبدأت الشرطة حملة واسعة من أجل القبض على منفذي الهجوم."))
    assert not [e for e in events if e.type == "COERCE"]


def test_the_agreement_signed_stays_beside_its_purpose():
    events = extract_events(make("ووقع الوزيران أمس اتفاقية بهدف تكثيف التعاون الاقتصادي بين البلدين."))
    assert [e.type for e in events] == ["AGREE"]


def test_a_summit_whose_success_is_sought_stays():
    events = extract_events(make("وسيعمل الزعيمان معا من أجل نجاح القمة المقررة الشهر المقبل في جنيف."))
    assert [e for e in events if e.type == "CONSULT"]


def test_the_nationality_of_the_killed_is_not_the_attacker():
    text = "وزار الوفد فرنسا الشهر الماضي. وأعلنت الوحدات مصرع المقاتلة الفرنسية في قصف على جبهات المدينة."
    ev = _assault(text, {"loc:FR": ("LOC", ["فرنسا"])})
    assert "loc:FR" not in ev.actors


def test_a_purpose_in_the_clause_before_does_not_reach_a_call():
    events = extract_events(make("وشددت على حق الناس في التظاهر من أجل حقوقهم، داعية إلى تحقيق مفتوح في الأحداث."))
    assert [e for e in events if e.type == "DEMAND"]
