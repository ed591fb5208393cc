"""Round 2: a bare definite noun subject ("وقال المتحف") that opened the name of an organisation
mentioned before ("متحف الهولوكوست") is that organisation."""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def test_bare_noun_names_the_earlier_organisation():
    qs = _speakers("أعلن متحف الهولوكوست في واشنطن أنه سحب جائزة من الزعيمة. "
                   "وقال المتحف في بيان إن القرار جاء بسبب صمتها عن الانتهاكات.")
    later = [s for t, s in qs if t.startswith("القرار")]
    assert later == ["متحف الهولوكوست"], qs


def test_bare_noun_with_adjective():
    qs = _speakers("أكدت المقاومة الشعبية في اليمن سقوط قتلى في صفوف المسلحين. "
                   "وأوضحت المقاومة في بيان أن مقاتليها استهدفوا دورية عسكرية قرب المدينة.")
    later = [s for t, s in qs if t.startswith("مقاتليها")]
    assert later and later[0] is not None and later[0].startswith("المقاومة"), qs


def test_no_organisation_opened_by_the_noun_keeps_no_speaker():
    qs = _speakers("قال حزب العمال البريطاني إنه سيصوت ضد الاتفاق. "
                   "وقال المسؤول إن التصويت سيجري الأسبوع المقبل.")
    later = [s for t, s in qs if t.startswith("التصويت")]
    assert later == [None], qs
