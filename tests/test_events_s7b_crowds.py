"""Events, session 7b: a protest noun is a crowd's act. The names around it (whom it is against, the
police that met it, a ministry reacting to it, a dateline) are no party; only its organiser, a group in
its genitive or a state lodging its own protest is."""
from khabar.events import extract_events

from events_helpers import make


def _protests(text, entities):
    return [e for e in extract_events(make(text, entities)) if e.type == "PROTEST"]


def test_whom_a_protest_is_against_is_no_party():
    evs = _protests("وخرجت احتجاجات غاضبة ضد الرئيس التشيلي سيباستيان بينيرا في شوارع سانتياغو.",
                    {"pin": ("PER", ["سيباستيان بينيرا"]), "stg": ("LOC", ["سانتياغو"])})
    assert evs and all(e.actors == [] for e in evs)


def test_police_meeting_the_crowd_is_no_party():
    evs = _protests("وقالت الشرطة الكينية إنها تعاملت مع عشرات الاحتجاجات في العاصمة خلال الأسبوع.",
                    {"pol": ("ORG", ["الشرطة الكينية"])})
    assert evs and all("pol" not in e.actors for e in evs)


def test_reacting_ministry_is_no_party():
    evs = _protests("استدعت وزارة الخارجية الهندية السفير، على خلفية احتجاجات أمام سفارتها في دكا.",
                    {"mea": ("ORG", ["وزارة الخارجية الهندية"]), "dhaka": ("LOC", ["دكا"])})
    assert evs and all("mea" not in e.actors for e in evs)


def test_organiser_before_the_noun_is_kept():
    evs = _protests("ونظمت نقابة المعلمين اعتصاما أمام مبنى وزارة التربية للمطالبة بزيادة الرواتب.",
                    {"union": ("ORG", ["نقابة المعلمين"])})
    assert evs and evs[0].actors == ["union"]


def test_group_in_the_genitive_is_kept():
    evs = _protests("وتواصلت أمس مظاهرات حاشدة لأنصار حزب الشعب الجمهوري في أنقرة.",
                    {"chp": ("ORG", ["حزب الشعب الجمهوري"]), "ank": ("LOC", ["أنقرة"])})
    assert evs and evs[0].actors == ["chp"]


def test_name_after_other_words_is_no_genitive():
    evs = _protests("وشارك الآلاف في مسيرة مناهضة لزيارة الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر.",
                    {"mac": ("PER", ["إيمانويل ماكرون"]), "dz": ("LOC", ["الجزائر"])})
    assert all("mac" not in e.actors for e in evs)


def test_a_state_lodging_its_own_protest():
    evs = _protests("وأثار القرار احتجاج اليابان التي استدعت السفير الكوري.",
                    {"jp": ("LOC", ["اليابان"])})
    assert evs and evs[0].actors == ["jp"]


def test_names_read_at_the_noun_are_still_lent_to_later_triggers():
    # the crowd rule sets the protest's parties on the result only; the agreement after it reads as before
    text = "ألغى اتحاد الشغل إضرابا لعمال الموانئ بعد أن توصل لاتفاق مع الحكومة."
    ents = {"ugtt": ("ORG", ["اتحاد الشغل"]), "gov": ("ORG", ["الحكومة"])}
    evs = extract_events(make(text, ents))
    assert all(e.actors == [] for e in evs if e.type == "PROTEST")


def test_protest_verbs_are_left_alone():
    evs = _protests("واحتجت وزارة الخارجية الصينية على تصريحات المسؤول الأمريكي.",
                    {"mfa": ("ORG", ["وزارة الخارجية الصينية"])})
    assert all(e.actors == ["mfa"] for e in evs)


def test_organiser_named_again_in_a_later_clause():
    text = ("وأعلنت نقابات الأطباء عن تنظيم اعتصام أمام وزارة الصحة غدا، وذكر بيان لنقابة الأطباء أن "
            "الاعتصام سلمي.")
    evs = _protests(text, {"union": ("ORG", ["نقابة الأطباء"]), "moh": ("ORG", ["وزارة الصحة"])})
    assert evs and "moh" not in evs[0].actors


def test_organiser_before_the_noun_drops_the_place_of_the_protest():
    evs = _protests("وطالب مشجعون بتنظيم مظاهرة أمام السفارة الأرجنتينية في مدريد.",
                    {"emb": ("ORG", ["السفارة الأرجنتينية"]), "mad": ("LOC", ["مدريد"])})
    assert all("emb" not in e.actors for e in evs)
