"""Who continues speaking: agreement, appositions, sentence subjects, names given later."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

PEOPLE = {
    "Huda Saleh": ["هدى صالح", "صالح"],
    "Omar Naji": ["عمر ناجي", "ناجي"],
}


def _name(a, q):
    e = a.entity(q.speaker)
    return e.name_ar if e else None


def test_feminine_cue_skips_the_man_quoted_last():
    body = ("وقالت هدى صالح إن المشروع تأخر عامين. وأكد عمر ناجي أن التأخير سببه التمويل.\n"
            "لكن القضية لا تتعلق بالمشروع وحده، بشأن مبالغ تقول إنها لم تصرف بعد.")
    a, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e1", "e2", "e1"]


def test_dual_cue_is_no_single_person():
    body = "وقال عمر ناجي إن العقد وقع أمس. وكانت موظفتان، قالتا إنهما تعرضتا للتهديد، قد غادرتا الشركة."
    a, qs = quotes(body, PEOPLE)
    assert qs[0].speaker == "e2"
    assert qs[-1].speaker is None


def test_continuation_follows_the_resolved_speaker_not_an_older_name():
    body = ("وأكد عمر ناجي أن الاجتماع انتهى. وقالت هدى صالح إن الخطة جاهزة، مضيفة أن التنفيذ يبدأ غدا.")
    a, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e2", "e1", "e1"]


def test_name_in_apposition_after_a_role():
    body = 'وقال المتحدث باسم البلدية، ماركو فيرانتي: "لن نسمح بالبناء في المنطقة الخضراء".'
    a, qs = quotes(body)
    assert _name(a, qs[0]) == "ماركو فيرانتي"


def test_role_with_genitive_then_name():
    body = "وقال المستشار في الديوان الأميري فهد الدوسري إن الزيارة ستتم الشهر المقبل."
    a, qs = quotes(body)
    assert _name(a, qs[0]) == "فهد الدوسري"


def test_head_of_an_organisation_is_not_the_organisation():
    body = "وقال رئيس نادي الصيادين، للصحفيين إن الموسم كان سيئا."
    a, qs = quotes(body, {"ORG:Fishermen Club": ["نادي الصيادين"]})
    assert qs[0].speaker != "e1"


def test_witness_named_later_names_the_earlier_quotes():
    body = ("وقال شاهد عيان إنه رأى الدخان يتصاعد من الطابق الثاني.\n"
            'وأضاف: "هرعنا جميعا إلى الدرج".\n'
            'وتابع يوهان كارلسون: "لم يصب أحد بأذى".')
    a, qs = quotes(body)
    assert len(qs) == 3
    assert {_name(a, q) for q in qs} == {"يوهان كارلسون"}


def test_unnamed_source_stays_unnamed_when_someone_else_speaks_next():
    body = ("وقال شاهد عيان إنه رأى الدخان يتصاعد من الطابق الثاني.\n"
            'وقال يوهان كارلسون: "لم يصب أحد بأذى".')
    a, qs = quotes(body)
    assert qs[0].speaker is None and qs[0].source == "شاهد عيان"


def test_participle_takes_the_person_in_apposition():
    body = ("ويشرح مدير مرصد الزلازل في الجزائر، كريم بن حمودة، الأرقام قائلا: "
            "«الهزات الصغيرة طبيعية في هذا الموسم».")
    a, qs = quotes(body)
    assert _name(a, qs[0]) == "كريم بن حمودة"


def test_participle_takes_the_organisation_opening_the_sentence():
    body = ('شركة الأطلس للطيران بعثت برسالة إلى الوزارة، قائلة: "القرار يضر بالمسافرين".')
    a, qs = quotes(body)
    assert _name(a, qs[0]) == "شركة الأطلس للطيران"


def test_newspaper_with_place_adjective_before_the_verb():
    body = 'صحيفة "الفجر" المغربية قالت إن الانتخابات ستجرى في موعدها.'
    a, qs = quotes(body, {"LOC:Morocco": ["المغربية"]})
    assert "الفجر" in _name(a, qs[0])


def test_description_named_earlier_in_apposition():
    body = ("ونشرت الصحيفة شهادة سائقة الحافلة، لينا مراد، عن الحادث.\n"
            "وقالت سائقة الحافلة إنها لم تر السيارة القادمة من اليسار.")
    a, qs = quotes(body)
    assert _name(a, qs[0]) == "لينا مراد"
