"""One happening told twice in an article is one event (khabar.events.retold). Sentences written for
these tests."""
from __future__ import annotations

import khabar
from khabar.article import Event
from khabar.events.retold import merge_retold


def _ev(type_, start, actors, *, mode=None, date=None, location=None, duration=None, context=(), sentence=0):
    return Event(type=type_, trigger_start=start, trigger_end=start + 4, trigger_text="x" * 4, mode=mode,
                 actors=list(actors), location=location, date=date, duration_minutes=duration,
                 context=list(context), sentence=sentence)


def test_a_meeting_told_in_the_lead_and_later_is_one_event_with_what_both_say():
    first = _ev("CONSULT", 10, ["e1", "e2"], mode="meet", location="e3", sentence=0)
    later = _ev("CONSULT", 200, ["e2", "e1"], mode="meet", date="2024-02-05", duration=90, sentence=3)
    (merged,) = merge_retold([first, later])
    assert merged is first
    assert (merged.location, merged.date, merged.duration_minutes) == ("e3", "2024-02-05", 90)
    assert merged.to_dict()["also"] == [{"start": 200, "end": 204, "text": "xxxx", "sentence": 3}]


def test_tellings_that_disagree_stay_apart():
    a = _ev("CONSULT", 10, ["e1", "e2"], mode="meet", date="2024-02-05")
    assert len(merge_retold([a, _ev("CONSULT", 90, ["e1", "e2"], mode="meet", date="2023-11-01")])) == 2
    assert len(merge_retold([a, _ev("CONSULT", 90, ["e1", "e2"], mode="phone")])) == 2
    assert len(merge_retold([a, _ev("CONSULT", 90, ["e1", "e2", "e4"], mode="meet")])) == 2
    assert len(merge_retold([a, _ev("CONSULT", 90, ["e1", "e2"], mode="meet", context=["future"])])) == 2


def test_attacks_and_sanctions_are_not_merged():
    one = _ev("SANCTION", 10, ["e1", "e2"])
    other = _ev("SANCTION", 40, ["e1", "e2"])
    assert len(merge_retold([one, other])) == 2
    assert "also" not in one.to_dict()


def test_a_retold_meeting_in_a_full_article():
    text = ("اجتمع الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس في باريس يوم الاثنين.\n"
            "وكانت أزمة الطاقة في أوروبا على رأس جدول الأعمال.\n"
            "والتقى ماكرون وشولتس لمدة ساعتين قبل أن يعقدا مؤتمرا صحفيا مشتركا.")
    art = khabar.read(text, published="2022-10-26")
    consult = [e for e in art.events if e.type == "CONSULT"]
    names = {e.id: e.name for e in art.entities}
    pairs = [e for e in consult if {names.get(a) for a in e.actors} >= {"Emmanuel Macron", "Olaf Scholz"}]
    assert len(pairs) == 1, [(e.trigger_text, e.actors) for e in consult]
    assert pairs[0].also and pairs[0].duration_minutes == 120 and pairs[0].date == "2022-10-24"
