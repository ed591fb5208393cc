"""Speakers the entity stage did not find: a name in apposition after a role, a given name that
folds onto a preposition ("علي" / "على"), a kunya written as one word, a council named with its
place."""
from quotes_helpers import quotes


def _speakers(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.text) for q in qs]


def test_role_then_a_name_ending_in_ali_and_the_given_name_alone_later():
    body = ("وقال عضو في المكتب السياسي للحزب، ابوبكر علي، في تصريحات صحافية إن الحزب يرفض "
            "الاتفاق. وأضاف علي أن الحوار مستمر. وأكد على أن اللجنة ستجتمع غدا.")
    a, qs = quotes(body)
    assert _speakers(a, qs) == [("ابوبكر علي", "الحزب يرفض الاتفاق"),
                                ("ابوبكر علي", "الحوار مستمر"),
                                ("ابوبكر علي", "اللجنة ستجتمع غدا")]
    assert sum(e.type == "PER" for e in a.entities) == 1


def test_the_preposition_spelled_with_alif_maqsura_is_no_name():
    body = "وشدد على أن الحكومة ماضية في الإصلاحات."
    a, qs = quotes(body)
    assert [q.text for q in qs] == ["الحكومة ماضية في الإصلاحات"]
    assert not any(e.type == "PER" for e in a.entities)


def test_a_council_named_with_its_place():
    body = "وأكد المجلس العسكري في حمص، في بيان بثته أمس، أن القصف استهدف منطقة سكنية."
    a, qs = quotes(body, {"LOC:Homs": ["حمص"]})
    assert _speakers(a, qs) == [("المجلس العسكري في حمص", "القصف استهدف منطقة سكنية")]
    assert a.entity(qs[0].speaker).type == "ORG"
    # an unknown word after في is not taken into the name
    body = "وأكد المجلس العسكري في بيان أن القصف استهدف منطقة سكنية."
    a, qs = quotes(body)
    assert qs[0].speaker is None or a.entity(qs[0].speaker).name == "المجلس العسكري"


def test_the_head_of_an_unknown_organisation_is_not_the_organisation():
    body = "وقال رئيس المجلس المحلي في البلدة إن الانتخابات مزورة."
    a, qs = quotes(body)
    assert qs[0].speaker is None and qs[0].source.startswith("رئيس المجلس المحلي")
