"""Event classes that generalise past one article: explosions with a toll, damning judgements, joint
decisions, agreeing with a view, meetings named by their place or by the heads who met, borders, and
dates that belong to another event. Every sentence is made up for the test; Articles are built by hand."""
from __future__ import annotations

from khabar.events import extract_events

from events_helpers import make, only  # tests/ is on sys.path


def _types(art) -> list[str]:
    return [e.type for e in extract_events(art)]


# ---------------------------------------------------------------- explosions

def test_explosion_with_a_toll_is_an_attack_where_it_happened():
    text = "قال الدفاع المدني إن انفجارا في بلدة الريحان قرب الحدود مع العراق أسفر عن مقتل 12 شخصا."
    art = make(text, {"e1": ("LOC", ["الريحان"]), "e2": ("LOC", ["العراق"])},
               quotes=[("انفجارا في بلدة الريحان قرب الحدود مع العراق أسفر عن مقتل 12 شخصا", None)])
    ev = only(extract_events(art), "ASSAULT")
    assert ev.trigger_text == "انفجارا" and ev.location == "e1"
    assert "e2" not in ev.actors  # "الحدود مع العراق" says where, Iraq is no party


def test_explosion_by_a_device_is_an_attack_and_an_accident_is_not():
    art = make("وأصيب أربعة مارة في انفجار ناسف استهدف سوق المدينة صباح اليوم.")
    assert "ASSAULT" in _types(art)
    assert _types(make("أسفر انفجار أنبوب غاز في المصنع عن مقتل عاملين.")) == []
    assert _types(make("وقع انفجار عرضي في مستودع للألعاب النارية أسفر عن إصابة ثلاثة.")) == []
    assert _types(make("يحذر الخبراء من انفجار سكاني في المدن الكبرى.")) == []


# ---------------------------------------------------------------- judgements

def test_judging_something_by_a_damning_name_is_disapproval_by_the_judge():
    text = 'اعتبر وزير الخارجية سالم الهاشمي القرار الأوروبي "خيانة" لتفاهمات سابقة.'
    art = make(text, {"e1": ("PER", ["سالم الهاشمي", "وزير الخارجية"])})
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.trigger_text == "اعتبر" and ev.actors == ["e1"]
    # a neutral judgement is no disapproval
    assert _types(make("واعتبر الوزير أن الاقتصاد سيتعافى خلال العام المقبل.")) == []


def test_the_judge_is_no_party_to_the_sanctions_judged():
    text = 'اعتبر رئيس الوزراء كمال عيسى العقوبات الأوروبية على بلاده "عدوانا" اقتصاديا.'
    art = make(text, {"e1": ("PER", ["كمال عيسى", "رئيس الوزراء"])})
    evs = extract_events(art)
    assert [e.actors for e in evs if e.type == "DISAPPROVE"] == [["e1"]]
    assert all("e1" not in e.actors for e in evs if e.type == "SANCTION")


# ---------------------------------------------------------------- agreeing

def test_a_decision_taken_with_someone_is_an_agreement():
    text = 'وقال الوزير "قررت مع نظيري هشام فاروق تشكيل لجنة مشتركة".'
    art = make(text, {"e1": ("PER", ["هشام فاروق"])})
    ev = only(extract_events(art), "AGREE")
    assert "e1" in ev.actors
    # "مع" further on belongs to what was decided
    assert "AGREE" not in _types(make("وقررت الحكومة استقبال السفينة مع ركابها في ميناء المدينة."))


def test_agreeing_with_a_view_is_no_deal():
    art = make("رأي الخبير اتفق معه النائب مراد يوسف في حديث للصحيفة.", {"e1": ("PER", ["مراد يوسف"])})
    assert "AGREE" not in _types(art)
    art = make("واتفق النائب مع رأي الخبير في أن الأزمة ستطول.")
    assert "AGREE" not in _types(art)
    art = make("واتفق البلدان على تبادل السفراء.", {"e1": ("LOC", ["البلدان"])})
    assert "AGREE" in _types(art)


# ---------------------------------------------------------------- meetings

def test_a_summit_named_by_its_place_is_the_summit_told_before():
    text = ("عقد الرئيس سمير خليل والرئيس كريم ناصر قمة مغلقة أمس.\n"
            "وتعد قمة الدوحة الأولى بين البلدين منذ عشر سنوات.")
    art = make(text, {"e1": ("PER", ["سمير خليل"]), "e2": ("PER", ["كريم ناصر"]), "e3": ("LOC", ["الدوحة"])},
               times=[("أمس", "2024-03-09")])
    evs = [e for e in extract_events(art) if e.type == "CONSULT"]
    assert len(evs) == 1
    assert set(evs[0].actors) == {"e1", "e2"} and evs[0].location == "e3"


def test_a_place_in_construct_after_a_meeting_noun_is_where_not_who():
    art = make("وانطلقت أمس محادثات فيينا بمشاركة وفود الدول الخمس.",
               {"e1": ("LOC", ["فيينا"])}, times=[("أمس", "2024-03-09")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.location == "e1" and "e1" not in ev.actors


def test_heads_of_listed_states_are_the_parties_of_their_meeting():
    from khabar.article import Article, Entity, Mention
    from khabar.text import split_sentences
    text = ("بدأ اجتماع رؤساء إيران وروسيا وتركيا في طهران.\n"
            "وقال بوتين إن الاجتماع مهم، فيما تحدث أردوغان وروحاني عن الوضع.")
    art = Article(body=text, published="2018-09-07")
    art.sentences = split_sentences(text)

    def ent(eid, typ, kb, surface):
        at = [i for i in range(len(text)) if text.startswith(surface, i)]
        return Entity(eid, typ, eid, surface, kb, [Mention(i, i + len(surface), surface, "name") for i in at])

    art.entities = [ent("e1", "LOC", "loc:IR", "إيران"), ent("e2", "LOC", "loc:RU", "روسيا"),
                    ent("e3", "LOC", "loc:TR", "تركيا"), ent("e4", "LOC", "loc:city:tehran", "طهران"),
                    ent("p1", "PER", "per:vladimir_putin", "بوتين"),
                    ent("p2", "PER", "per:recep_tayyip_erdogan", "أردوغان"),
                    ent("p3", "PER", "per:hassan_rouhani", "روحاني")]
    ev = next(e for e in extract_events(art) if e.type == "CONSULT" and e.trigger_text == "اجتماع")
    assert {"p1", "p2", "p3"} <= set(ev.actors)
    assert not {"e1", "e2", "e3"} & set(ev.actors)


# ---------------------------------------------------------------- dates

def test_a_later_date_past_another_event_dates_that_event():
    text = "وتكتسي قمة الرباط أهمية كبرى ويمكن مقارنتها بزيارة الملك إلى باريس في عام 1990."
    art = make(text, {"e1": ("LOC", ["الرباط"]), "e2": ("LOC", ["باريس"])}, times=[("عام 1990", "1990")])
    ev = next(e for e in extract_events(art, keep_all=True) if e.trigger_text == "قمة")
    assert ev.date is None


def test_a_date_before_conjoined_events_dates_them_all():
    text = "التقى الوزير أحمد نبيل أمس نظيره جمال سعيد وبحث معه التعاون بين البلدين."
    art = make(text, {"e1": ("PER", ["أحمد نبيل"]), "e2": ("PER", ["جمال سعيد"])},
               times=[("أمس", "2024-03-09")])
    dates = [e.date for e in extract_events(art, keep_all=True) if e.type == "CONSULT"]
    assert dates and all(d == "2024-03-09" for d in dates)


# ---------------------------------------------------------------- who is no party

def test_who_announces_a_killing_is_no_party_to_the_attack():
    text = "أعلنت وزارة الصحة السبت مقتل ثلاثة مدنيين في انفجار عبوة ناسفة في سوق البلدة."
    art = make(text, {"e1": ("ORG", ["وزارة الصحة"])}, times=[("السبت", "2024-03-09")])
    ev = only(extract_events(art), "ASSAULT")
    assert "e1" not in ev.actors and ev.date == "2024-03-09"
    # past a complementiser the named subject is the agent
    text = "وقالت الشرطة إن هجوم حركة الأحرار على المعسكر أوقع قتلى."
    art = make(text, {"e1": ("ORG", ["الشرطة"]), "e2": ("ORG", ["حركة الأحرار"])})
    ev = only(extract_events(art), "ASSAULT")
    assert "e2" in ev.actors


def test_a_speaker_is_no_party_when_the_statement_names_another_subject():
    text = 'وأوضح الوزير ماهر سليم أن "المسلحين رفضوا تسليم أنفسهم وبادروا بإطلاق النار على القوة".'
    art = make(text, {"e1": ("PER", ["ماهر سليم", "الوزير"])},
               quotes=[("المسلحين رفضوا تسليم أنفسهم وبادروا بإطلاق النار على القوة", "e1")])
    evs = extract_events(art)
    assert evs and all("e1" not in e.actors for e in evs)
    # a subject that is only a pronoun or a possessed noun is the speaker's side
    text = 'وأعلنت الحكومة أن "طائراتها شنت غارات على مواقع المسلحين".'
    art = make(text, {"e1": ("ORG", ["الحكومة"])}, quotes=[("طائراتها شنت غارات على مواقع المسلحين", "e1")])
    assert any("e1" in e.actors for e in extract_events(art) if e.type == "ASSAULT")


def test_the_condemner_named_with_a_date_is_no_party_to_the_attack():
    text = "ودان رئيس الوزراء فؤاد حلمي السبت الهجوم على الدورية."
    art = make(text, {"e1": ("PER", ["فؤاد حلمي", "رئيس الوزراء"])}, times=[("السبت", "2024-03-09")])
    evs = extract_events(art)
    assert only(evs, "DISAPPROVE").actors == ["e1"]
    assert "e1" not in only(evs, "ASSAULT").actors


def test_a_news_channel_is_no_party_but_a_paper_that_criticises_is():
    from khabar.article import Article, Entity, Mention
    from khabar.text import split_sentences

    def build(text, ents):
        art = Article(body=text, published="2024-03-10")
        art.sentences = split_sentences(text)
        for eid, typ, kb, surface in ents:
            i = text.index(surface)
            art.entities.append(Entity(eid, typ, eid, surface, kb, [Mention(i, i + len(surface), surface, "name")]))
        return art

    art = build("والتقى الرئيس فلاديمير بوتين نظيره دونالد ترامب قبل مقابلة مع شبكة فوكس نيوز.",
                [("p1", "PER", "per:vladimir_putin", "فلاديمير بوتين"), ("p2", "PER", "per:donald_trump", "دونالد ترامب"),
                 ("m1", "ORG", "org:fox_news", "شبكة فوكس نيوز")])
    assert all("m1" not in e.actors for e in extract_events(art))
    art = build("وانتقدت شبكة فوكس نيوز الرئيس دونالد ترامب بشدة.",
                [("m1", "ORG", "org:fox_news", "شبكة فوكس نيوز"), ("p2", "PER", "per:donald_trump", "دونالد ترامب")])
    assert "m1" in only(extract_events(art), "DISAPPROVE").actors


# ---------------------------------------------------------------- standing deals

def test_a_deal_named_in_construct_is_a_standing_thing_not_an_event():
    art = make("وأبدت روسيا استعدادها لتمديد معاهدة الحد من التسلح التي تنتهي عام 2030.",
               {"e1": ("LOC", ["روسيا"])}, times=[("عام 2030", "2030")])
    assert "AGREE" not in _types(art)
    # the act of signing, or parties agreeing on something, is an event
    art = make("وجرى توقيع اتفاقية التعاون بين البلدين أمس.", times=[("أمس", "2024-03-09")])
    assert "AGREE" in _types(art)
    art = make("وأعلن الوزيران عن اتفاق الجانبين على تبادل الأسرى.")
    assert "AGREE" in _types(art)


def test_blaming_someone_is_disapproval_and_bearing_responsibility_is_not():
    art = make("وحملت وزارة الخارجية الحكومة المجاورة المسؤولية الكاملة عن القصف.",
               {"e1": ("ORG", ["وزارة الخارجية"])})
    ev = only(extract_events(art), "DISAPPROVE")
    assert ev.trigger_text == "وحملت" and "e1" in ev.actors
    assert "DISAPPROVE" not in _types(make("وقال إن الحكومة تتحمل مسؤولية ما يحدث."))


def test_a_suicide_operation_is_an_attack():
    art = make("وقتل سبعة جنود في عملية انتحارية استهدفت حاجزا للجيش في المدينة.")
    assert "ASSAULT" in _types(art)


def test_who_is_supported_against_is_no_party_to_the_support():
    text = "وتخشى الجارة التي تدعم فصائل المعارضة ضد قوات الرئيس رامي فهد من تدفق اللاجئين."
    art = make(text, {"e1": ("ORG", ["فصائل المعارضة"]), "e2": ("PER", ["الرئيس رامي فهد"])})
    ev = only(extract_events(art), "SUPPORT")
    assert "e2" not in ev.actors and "e1" in ev.actors


def test_meeting_someone_with_qabala_and_the_adjective_capable_of():
    art = make("وقابل الوزير سامي عادل السفير الفرنسي أمس في مكتبه.",
               {"e1": ("PER", ["سامي عادل"]), "e2": ("PER", ["السفير الفرنسي"])}, times=[("أمس", "2024-03-09")])
    ev = only(extract_events(art), "CONSULT")
    assert set(ev.actors) == {"e1", "e2"} and ev.date == "2024-03-09"
    # the adjective "capable of" meets nobody, and what is non-negotiable is no negotiation
    assert "CONSULT" not in _types(make("وقال إن الحل قابل للتطبيق وغير قابل للتفاوض."))
