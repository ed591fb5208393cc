"""Events, session 6 round 3: the captured of an arrest ("القبض على X") are never its actors."""
import pytest

from khabar.api import read


def _events(text: str, kind: str = "COERCE"):
    art = read(text.encode("utf-8"))
    names = {e.id: (e.name_ar or e.name) for e in art.entities}
    return [[names[a] for a in ev.actors] for ev in art.events if ev.type == kind]


def _flat(evs):
    return {a for actors in evs for a in actors}


def test_captor_kept_captured_dropped():
    evs = _events("ألقت الشرطة المصرية القبض على الناشط أحمد ماهر في القاهرة أمس.")
    assert evs and "أحمد ماهر" not in _flat(evs)
    assert any("الشرطة" in a for a in _flat(evs))


def test_passive_capture_has_no_captured_actor():
    evs = _events("وتم القبض على رجل الأعمال نبيل القروي وشقيقه غازي القروي في تونس.")
    assert evs
    assert not _flat(evs) & {"نبيل القروي", "غازي القروي"}


def test_list_after_comma_is_captured():
    evs = _events("وانتقدت منظمة العفو الدولية القبض على ناشطات، من بينهن لجين الهذلول.")
    assert "لجين الهذلول" not in _flat(evs)


def test_agent_phrase_after_the_captured_is_kept():
    evs = _events("وألقي القبض على يوسف الخطيب من قبل الشرطة الأردنية في عمان.")
    flat = _flat(evs)
    assert "يوسف الخطيب" not in flat


@pytest.mark.parametrize("text", ["القبض على", "ألقت القبض على ، ، .", "القبض على القبض على"])
def test_bad_input_does_not_crash(text):
    read(text.encode("utf-8"))


def test_targeted_genitive_is_no_actor():
    evs = _events("وندد الاتحاد الأوروبي باستهداف قافلة الأمم المتحدة في دارفور.", "ASSAULT")
    assert evs and "الأمم المتحدة" not in _flat(evs)


def test_jailed_genitive_is_no_actor():
    evs = _events("قررت النيابة المصرية حبس الصحفي خالد البلشي أربعة أيام على ذمة التحقيقات.")
    assert "خالد البلشي" not in _flat(evs)


def test_force_genitive_before_its_object_stays_agent():
    evs = _events("وتحدث التقرير عن استهداف حركة الشباب قاعدة عسكرية في الصومال.", "ASSAULT")
    assert any("الشباب" in a for a in _flat(evs))


def test_victim_with_title_and_time_adverb_is_no_actor():
    evs = _events("وتحدث الوزير عن اغتيال الصحفي سمير قصير مؤخرا في بيروت.", "ASSAULT")
    assert "سمير قصير" not in _flat(evs)
