"""Speakers named by a role or after a long role phrase: a bare role repeat ("وشدد ولي العهد")
goes to the person the article gave that role, never to an entity made of the role's words; a
name closing a long description ("خبير … في المعهد … فلان أن") is the speaker, but not a name
inside the description's object or genitive."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

from khabar.quotes.antecedents import role_holder, role_only
from khabar.quotes.names import is_title
from khabar.text import fold


def test_role_only_phrases():
    assert role_only("ولي العهد")
    assert role_only("وزير الخارجية النمساوي")
    assert role_only("الأمين العام للمنظمة")
    assert not role_only("الرئيس كريم نصار")
    assert not role_only("مسؤول في الوزارة")
    assert not role_only("الوزير")  # one word: the anaphor rules handle it


def test_role_repeat_goes_to_the_earlier_holder():
    body = ("أكد ولي العهد الأردني، الأمير حمزة الفايز، أن المشروع سينطلق العام المقبل.\n"
            "وشدد ولي العهد على أن التمويل مضمون.\n"
            "وأوضح ولي العهد: \"لن نتراجع عن هذه الخطة\".")
    a, qs = quotes(body, {"Hamza al-Fayez": ["حمزة الفايز", ("ولي العهد الأردني", "role")]})
    assert len(qs) == 3
    assert [q.speaker for q in qs] == ["e1", "e1", "e1"]
    # no entity named after the role's second word
    assert not any(e.source == "cue" for e in a.entities)


def test_role_repeat_with_nationality_from_the_apposition():
    # the role is only written before the name (no role mention): "وزيرة الخارجية السويدية، X"
    body = ("قالت وزيرة الخارجية السويدية، لينا برغمان، إن بلادها سترسل مساعدات.\n"
            "وأضافت وزيرة الخارجية أن القافلة الأولى ستصل الأحد.")
    a, qs = quotes(body, {"Lina Bergman": ["لينا برغمان"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]
    assert role_holder(a, "وزيرة الخارجية", body.index("وأضافت")) == "e1"


def test_two_holders_of_a_role_stay_unresolved():
    body = ("التقى رئيس الوزراء الهولندي ماركو فيسر نظيره رئيس الوزراء البلجيكي يان دامن.\n"
            "وقال رئيس الوزراء إن المحادثات كانت مثمرة.")
    a, qs = quotes(body, {"Marco Visser": ["ماركو فيسر"], "Jan Damen": ["يان دامن"]})
    assert role_holder(a, "رئيس الوزراء", body.index("وقال")) is None
    assert qs[-1].speaker not in ("e1", "e2")


def test_name_closing_a_long_description_speaks():
    body = "وأوضح خبير الشؤون الأفريقية في المعهد الأوروبي للدراسات الدولية ماتيو رونالدي أن الوضع هش."
    a, qs = quotes(body)
    assert len(qs) == 1 and qs[0].speaker is not None
    assert a.entity(qs[0].speaker).name_ar == "ماتيو رونالدي"


def test_tagged_person_after_a_role_with_a_quoted_company():
    body = "وقال رئيس قسم البحوث في شركة التأمين \"ألفا\" كريستوف بيرنار إن النمو سيتباطأ."
    _, qs = quotes(body, {"Christophe Bernard": ["كريستوف بيرنار"], "ORG:Alpha": ["ألفا"]})
    assert qs[0].speaker == "e1"


def test_tagged_person_after_the_role_before_an_addressee():
    body = "وقال المحرر الأول في الصحيفة مارك تولدمان لشبكة \"سي بي إس\" إن العمل سيستمر."
    _, qs = quotes(body, {"Mark Toldman": ["مارك تولدمان"]})
    assert qs[0].speaker == "e1"


def test_name_after_a_preposition_is_not_the_speaker():
    body = "وأعلن المتحدث باسم الجيش، الأربعاء، عن مقتل قائد الخلية سالم الحربي في المداهمة."
    _, qs = quotes(body, {"Salem al-Harbi": ["سالم الحربي"]})
    assert all(q.speaker != "e1" for q in qs)


def test_kin_of_a_titled_person_is_not_that_person():
    # the name after a title is the genitive of the noun before it (whose brother)
    body = "وقال شقيق الوزير كريم نصار إن العائلة تنتظر نتائج التحقيق."
    assert is_title(fold("الوزير"))
    _, qs = quotes(body, {"Karim Nassar": ["كريم نصار"]})
    assert qs[0].speaker != "e1"


def test_wife_of_a_named_person_is_an_unnamed_source():
    body = "وقالت زوجة رجل الأعمال كريم نصار إن زوجها لم يتلق أي استدعاء."
    _, qs = quotes(body, {"Karim Nassar": ["كريم نصار"]})
    assert qs[0].speaker is None
    assert (qs[0].source or "").startswith("زوجة")


def test_family_of_a_titled_person_keeps_the_person_out():
    body = ("ودعت عائلة الصحفي المغربي سعيد بنعلي إلى تحقيق مستقل.\n"
            "وأضافت العائلة أنها لم تتلق أي رد من السلطات.")
    _, qs = quotes(body, {"Said Benali": ["سعيد بنعلي", ("الصحفي المغربي", "role")]})
    assert all(q.speaker != "e1" for q in qs)


def test_lawyer_named_after_a_comma_speaks():
    body = "وقال محامي كريم نصار، سمير عون، إن موكله سيطعن في الحكم."
    _, qs = quotes(body, {"Karim Nassar": ["كريم نصار"], "Samir Aoun": ["سمير عون"]})
    assert qs[0].speaker == "e2"


def test_bare_agency_head_goes_back_to_the_agency_named_in_quotes():
    body = ("ذكرت وكالة \"نبأ\" المحلية أن الاجتماع انتهى دون اتفاق.\n"
            "وأضافت الوكالة أن الوفد سيعود الأسبوع المقبل.")
    a, qs = quotes(body)
    assert len(qs) == 2
    assert qs[0].speaker is not None and qs[1].speaker == qs[0].speaker
    assert a.entity(qs[0].speaker).type == "ORG"


def test_bare_observatory_goes_back_to_the_named_observatory():
    body = ("أفاد مرصد الحريات الصحفية بتوقيف ثلاثة مراسلين في العاصمة.\n"
            "وقال المرصد، ومقره باريس، إن التوقيف جرى دون مذكرة قضائية.")
    _, qs = quotes(body, {"ORG:Press Freedom Observatory": ["مرصد الحريات الصحفية"]})
    assert qs[-1].speaker == "e1"


def test_bare_head_with_an_object_is_not_a_new_organisation():
    body = ("أعلنت هيئة الطيران المدني تعليق الرحلات.\n"
            "وأفادت الهيئة بإلغاء عشرين رحلة، مشيرة إلى أن المطار سيفتح غدا.")
    a, qs = quotes(body, {"ORG:Civil Aviation Authority": ["هيئة الطيران المدني"]})
    assert not any(e.source == "cue" and "بإلغاء" in e.name_ar for e in a.entities)


def test_statement_issued_by_a_bare_noun_of_an_earlier_organisation():
    body = ("شنت الجبهة الوطنية للتحرير هجوما على مواقع الجيش.\n"
            "وأكد بيان صادر عن الجبهة أن ثلاثة مواقع سقطت.")
    _, qs = quotes(body, {"ORG:National Liberation Front": ["الجبهة الوطنية للتحرير"]})
    assert qs[-1].speaker == "e1"


def test_quoted_channel_name_after_adjectives_names_the_channel():
    body = ("وأفادت القناة الرسمية \"نت 2\" أن الموقوفين أربعة.\n"
            "وتقول القناة إن التحقيق مستمر.")
    a, qs = quotes(body)
    assert len(qs) == 2 and qs[0].speaker is not None and qs[1].speaker == qs[0].speaker
    ent = a.entity(qs[0].speaker)
    assert ent.type == "ORG" and ent.name_ar == "نت 2"


def test_direct_quote_after_a_ministry_is_no_name():
    body = "وقالت الوزارة الكندية \"نرفض القرار\" مضيفة أنها ستطعن فيه."
    a, qs = quotes(body)
    assert not any(e.name_ar == "نرفض القرار" for e in a.entities)


def test_surname_after_a_name_cut_short_joins_that_person():
    # the entity stage kept only the given name; the surname follows it in the text
    body = ("قال مدرب المنتخب فرناندو سانتوس إن الفريق جاهز.\n"
            "وأضاف سانتوس: \"لكننا نشعر بالضغط\".")
    a, qs = quotes(body, {"Fernando": ["فرناندو"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]
    assert any(m.text == "فرناندو سانتوس" for m in a.entity("e1").mentions)


def test_word_after_a_name_that_two_people_share_stays_open():
    body = ("التقى فرناندو سانتوس وفرناندو سانتوس الابن.\n"
            "وقال سانتوس إن اللقاء كان وديا.")
    a, qs = quotes(body, {"Fernando A": ["فرناندو"], "Fernando B": ["وفرناندو"]})
    assert qs[-1].speaker not in ("e1", "e2")


def test_bare_source_is_not_the_last_person_named():
    # "المصدر" with no source introduced before: an unnamed source, not the prime minister
    body = ("نفى رئيس الوزراء كريم نصار أن يكون قد رفض الحوار.\n"
            "وأوضح المصدر أن الحكومة ستعلن موقفها غدا.")
    _, qs = quotes(body, {"Karim Nassar": ["كريم نصار", ("رئيس الوزراء", "role")]})
    assert [q.speaker for q in qs] == ["e1", None]


def test_bare_minister_still_goes_back_to_the_minister():
    body = ("قال وزير المالية كريم نصار إن العجز سينخفض.\n"
            "وأضاف الوزير أن الضرائب لن ترتفع.")
    _, qs = quotes(body, {"Karim Nassar": ["كريم نصار", ("وزير المالية", "role")]})
    assert [q.speaker for q in qs] == ["e1", "e1"]
