"""The office of an office ("مدير مكتب زعيم الحزب فلان"): the named person belongs to the inner
office, the speaker is the unnamed head; institution nouns after a title are no person's name."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

from khabar.api import read
from khabar.quotes.office_heads import inner_holder
from khabar.text import tokenize

PEOPLE = {
    "Karim Haddad": ["كريم الحداد"],
    "Nadia Salem": ["نادية سالم"],
    "Samir Aoun": ["سمير عون"],
}


def test_name_after_inner_office_is_not_the_speaker():
    _, qs = quotes("وأكد مدير مكتب زعيم الحزب كريم الحداد أن الحملة ستبدأ الأسبوع المقبل.", PEOPLE)
    assert len(qs) == 1
    assert qs[0].speaker is None
    assert "مدير مكتب" in (qs[0].source or "")


def test_definite_inner_office_with_adjective():
    _, qs = quotes("وقال رئيس ديوان الوزير الأول نادية سالم إن الاجتماع تأجل إلى الخميس.", PEOPLE)
    assert qs[0].speaker is None


def test_head_named_after_a_comma_speaks():
    _, qs = quotes("وقال مدير مكتب رئيس الحكومة كريم الحداد، سمير عون، إن الاستقالة نهائية.", PEOPLE)
    assert qs[0].speaker == "e3"


def test_name_after_a_company_is_the_chairman():
    # no second office in the chain: the name is the head's own
    people = {"Nadia Salem": ["نادية سالم"], "ORG:Nour Telecom": ["شركة نور للاتصالات"]}
    _, qs = quotes("وقالت رئيسة مجلس إدارة شركة نور للاتصالات نادية سالم إن الأرباح تضاعفت.", people)
    assert qs[0].speaker == "e1"


def test_plain_role_and_spokesman_unchanged():
    _, qs = quotes("وقال وزير المالية كريم الحداد إن العجز تراجع.", PEOPLE)
    assert qs[0].speaker == "e1"
    _, qs = quotes("وقال المتحدث باسم الحزب سمير عون إن القائمة اكتملت.", PEOPLE)
    assert qs[0].speaker == "e3"


def test_inner_holder_needs_an_institution_and_an_office():
    def fire(text):
        toks = tokenize(text)
        return inner_holder(toks, 0, len(toks), lambda x: toks[x].text in ("كريم", "سمير"))
    assert fire("مدير مكتب الرئيس كريم الحداد") == 3
    assert fire("رئيس مجلس إدارة الشركة كريم الحداد") is None  # no inner office
    assert fire("مدير الرئيس كريم الحداد") is None  # no institution noun
    assert fire("مدير مكتب الرئيس، سمير عون") is None  # apposition after a comma
    assert fire("") is None


def test_no_person_made_of_institution_nouns_after_a_title():
    a = read("وقال رئيس مجلس إدارة شركة الأمل إن الأرباح ارتفعت بنسبة كبيرة هذا العام.")
    names = [e.name for e in a.entities if e.type == "PER"]
    surfaces = [m.text for e in a.entities if e.type == "PER" for m in e.mentions]
    assert not any("مجلس" in s or "شركة" in s for s in surfaces), names
    a = read("وأوضح مدير مكتب وزير الزراعة أن الموسم سيكون جيدا.")
    assert not any("مكتب" in m.text for e in a.entities if e.type == "PER" for m in e.mentions)


def test_the_opposition_speaks_as_an_institution():
    a, qs = quotes("وقالت المعارضة إن مرشحيها منعوا من الوصول إلى مراكز الاقتراع في ثلاث ولايات.")
    assert len(qs) == 1
    ent = next(e for e in a.entities if e.id == qs[0].speaker)
    assert ent.type == "ORG" and ent.name_ar.startswith("المعارضة")
