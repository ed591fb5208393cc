""""كتب X أن …" reports what X wrote (cues.toml finite_that); a modal's or a relative's أن does not."""
from khabar.api import read


def _quotes(text):
    a = read(text)
    ents = {e.id: e for e in a.entities}
    return [(q.cue, q.text, ents[q.speaker].name_ar if q.speaker in ents else None) for q in a.quotes]


def test_wrote_with_a_complementizer_is_a_report():
    qs = _quotes("وكتب الوزير البريطاني جيمس هانت في تغريدة أن بلاده ستدعم الاتفاق النووي.")
    assert ("وكتب", "بلاده ستدعم الاتفاق النووي", "جيمس هانت") in qs


def test_wrote_across_a_time_aside():
    qs = _quotes('وكتب الرئيس على تويتر، الجمعة، أن "محادثات مثمرة للغاية" جرت مع الجانب الآخر.')
    assert any(t.endswith("جرت مع الجانب الآخر") for _, t, _ in qs)


def test_writer_participle_and_other_verbs_anan_are_not_reports():
    qs = _quotes("وقال الكاتب إنه لو جمع ما كتب، وأراد أن ينشره لضاع نصفه. وقد يكتب الله عليك أن تسافر بعيدا.")
    assert [q[0] for q in qs] == ["وقال"]
