"""Events (PLOVER): triggers, context, actors, location, date and duration on hand-built Articles.

Every Article here is made by hand (sentences from the text layer, entities and times placed by
string search), so these tests do not depend on the quality of the other stages.
"""
from __future__ import annotations

import pytest

from khabar.article import Article, Entity, Mention, Timex
from khabar.events import events_stage, extract_events
from khabar.events.triggers import analyses, find_triggers, past_forms, present_forms, sentence_words
from khabar.pipeline import Pipeline
from khabar.text import split_sentences

from events_helpers import make, only  # tests/ is on sys.path


# ---------------------------------------------------------------- lexicon and morphology

def test_verb_inflections_are_generated():
    past = {f for f, _ in past_forms("التقى")}
    assert {"التقي", "التقت", "التقيا", "التقوا"} <= past
    assert {"دعت", "دعوا"} <= {f for f, _ in past_forms("دعا")}
    present = {f for f, _ in present_forms("يدعو")}
    assert {"يدعو", "تدعو", "يدعون"} <= present
    duals = {f for f, dual in present_forms("يجتمع") if dual}
    assert "يجتمعان" in duals and "تجتمعان" in duals


def test_clitics_and_suffixes_are_read():
    stems = {s for s, _, _ in analyses("قمتهما")}
    assert "قمه" in stems  # قمة + هما
    stems = {s for s, _, _ in analyses("لقائه")}
    assert "لقاء" in stems
    fut = [(s, f) for s, f, _ in analyses("سيلتقيان") if f]
    assert ("يلتقيان", True) in fut


def test_taa_marbuta_is_not_a_suffix():
    # وزارة folds to وزاره; reading it as و + زار + ه ("and he visited him") must not happen.
    art = make("أعلنت وزارة الخارجية الأردنية عن خطة جديدة للنقل العام في المدن الكبرى.")
    assert extract_events(art) == []


def test_verb_readings_refuse_nominal_prefixes():
    art = make("طالبت الجمعية بزيادة الدعم المقدم للمزارعين في المناطق الريفية.")
    assert not [e for e in extract_events(art) if e.type == "SUPPORT"]


# ---------------------------------------------------------------- CONSULT

def test_meeting_with_actors_location_and_date():
    text = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان يوم الأحد لبحث الأوضاع."
    art = make(text, {"e1": ("PER", ["سامح شكري"]), "e2": ("PER", ["أيمن الصفدي"]),
                      "e3": ("LOC", ["عمان"])}, times=[("يوم الأحد", "2024-03-10")])
    ev = only(extract_events(art), "CONSULT")
    assert ev.trigger_text == "التقى"
    assert ev.mode == "meet"
    assert ev.actors == ["e1", "e2"]
    assert ev.location == "e3"
    assert ev.date == "2024-03-10"
    assert ev.context == []


def test_noun_trigger_with_support_verb_and_duration_and_dual_subject():
    text = ("قال مسؤولون إن المستشار أولاف شولتس والرئيس إيمانويل ماكرون ناقشا ملف الطاقة. "
            "وعقد الزعيمان اجتماعا مغلقا استمر ساعتين، قبل مؤتمر صحفي مشترك.")
    art = make(text, {"e1": ("PER", ["أولاف شولتس"]), "e2": ("PER", ["إيمانويل ماكرون"])})
    events = [e for e in extract_events(art) if e.sentence == 1]
    ev = only(events, "CONSULT")
    assert ev.trigger_text == "اجتماعا"
    assert ev.duration_minutes == 120
    assert sorted(ev.actors) == ["e1", "e2"]  # "الزعيمان": the article's two main actors


def test_weak_round_noun_takes_duration_and_previous_actors():
    text = ("وأجرى وزيرا الدفاع التركي يشار غولر والعراقي ثابت العباسي محادثات استمرت 50 دقيقة. "
            "وعقب توقف قصير دام 20 دقيقة، استؤنفت الجولة الثانية لمدة 40 دقيقة.")
    art = make(text, {"e1": ("PER", ["يشار غولر"]), "e2": ("PER", ["ثابت العباسي"])})
    events = extract_events(art)
    first = [e for e in events if e.sentence == 0]
    second = [e for e in events if e.sentence == 1]
    assert [e.duration_minutes for e in first] == [50]
    assert len(second) == 1, "the break is not an event"
    assert second[0].type == "CONSULT" and second[0].duration_minutes == 40
    assert second[0].trigger_text == "الجولة"
    assert sorted(second[0].actors) == ["e1", "e2"]


def test_a_break_alone_is_not_an_event():
    art = make("وتوقفت الجلسة لاستراحة لمدة 30 دقيقة بسبب انقطاع الكهرباء في القاعة الرئيسية.")
    assert extract_events(art) == []


def test_phone_mode():
    text = "وبحث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع المستشار الألماني أولاف شولتس الأزمة في أوكرانيا."
    art = make(text, {"e1": ("PER", ["إيمانويل ماكرون"]), "e2": ("PER", ["أولاف شولتس"]),
                      "e3": ("LOC", ["أوكرانيا"])})
    ev = only(extract_events(art), "CONSULT")
    assert ev.mode == "phone"
    assert set(ev.actors) == {"e1", "e2"}


def test_invitation_to_visit_is_consult_not_demand():
    text = "ووجه الرئيس الكيني وليام روتو دعوة إلى نظيره التنزاني لزيارة نيروبي الشهر المقبل."
    art = make(text, {"e1": ("PER", ["وليام روتو"]), "e2": ("LOC", ["نيروبي"])})
    events = extract_events(art)
    assert [e.type for e in events] == ["CONSULT"]
    assert events[0].mode == "visit"
    assert "future" in events[0].context


# ---------------------------------------------------------------- context

@pytest.mark.parametrize("sentence, expected", [
    ("لم يلتق الوزير نظيره السوداني خلال الزيارة القصيرة إلى الخرطوم.", {"negated"}),
    ("لن يزور الرئيس الغاني العاصمة البريطانية هذا العام بسبب الانتخابات.", {"negated", "future"}),
    ("سيلتقي رئيس الوزراء الإسباني نظيره البرتغالي في مدريد لبحث ملف المياه.", {"future"}),
    ("ويعتزم الطرفان إجراء محادثات جديدة حول الحدود البحرية بينهما.", {"future"}),
    ("وتستضيف الرباط القمة المقبلة لوزراء الزراعة في دول المنطقة.", {"future"}),
    ("وإذا وافقت الحكومة على الشروط فإن الوفدين سيجتمعان في القاهرة.", {"hypothetical", "future"}),
])
def test_context(sentence, expected):
    events = [e for e in extract_events(make(sentence), keep_all=True) if e.type == "CONSULT"]
    assert events, sentence
    assert set(events[0].context) == expected
    # a denied or conditional meeting is read, but it is no event of the article
    kept = [e for e in extract_events(make(sentence)) if e.type == "CONSULT"]
    assert bool(kept) == (not expected & {"negated", "hypothetical"})


def test_reported_inside_a_quote():
    text = "وقال الوزير إن الحكومة ستفرض عقوبات على الشركات المخالفة للقانون الجديد."
    art = make(text, {"e1": ("PER", ["الوزير"])},
               quotes=[("الحكومة ستفرض عقوبات على الشركات المخالفة للقانون الجديد", "e1")])
    ev = only(extract_events(art), "SANCTION")
    assert "reported" in ev.context and "future" in ev.context


# ---------------------------------------------------------------- AGREE

def test_signing_an_agreement_is_one_event():
    text = "ووقع البلدان اتفاقية للتجارة الحرة في العاصمة الكينية نيروبي أمس."
    art = make(text, {"e1": ("LOC", ["نيروبي"])}, times=[("أمس", "2024-03-09")])
    ev = only(extract_events(art), "AGREE")
    assert ev.location == "e1" and ev.date == "2024-03-09"


def test_waqa_meaning_happened_is_not_an_agreement():
    art = make("ووقعت الحادثة في ساعة متأخرة من الليل قرب محطة القطارات المركزية.")
    assert not [e for e in extract_events(art) if e.type == "AGREE"]


def test_agreement_announced_by_a_speaker():
    text = ("وعقب المباحثات، قال رئيس الوزراء الياباني فوميو كيشيدا إن البلدين سيستأنفان الرحلات "
            "الجوية المباشرة، مضيفا أن ذلك سيتم قريبا.")
    quote = "البلدين سيستأنفان الرحلات الجوية المباشرة"
    art = make(text, {"e1": ("PER", ["فوميو كيشيدا"]), "e2": ("PER", ["يون سوك يول"])},
               quotes=[(quote, "e1")])
    agree = only(extract_events(art), "AGREE")
    assert agree.trigger_text == "سيستأنفان"
    assert {"reported", "future"} <= set(agree.context)
    assert "e1" in agree.actors


def test_announced_agreement_needs_both_sides():
    text = "وقال المتحدث إن الطلاب سيعودون إلى مدارسهم بعد انتهاء العطلة الصيفية."
    assert not [e for e in extract_events(make(text)) if e.type == "AGREE"]


# ---------------------------------------------------------------- other types and merging

def test_killing_merges_into_the_strike_that_caused_it():
    text = "قتل خمسة مدنيين في غارة جوية استهدفت قرية في ريف إدلب شمال غربي سوريا."
    art = make(text, {"e1": ("LOC", ["إدلب"]), "e2": ("LOC", ["سوريا"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.trigger_text == "غارة"
    assert ev.location == "e1"


def test_places_are_actors_when_no_person_acts():
    text = "وقصفت إسرائيل مواقع عسكرية في سوريا فجر الثلاثاء."
    art = make(text, {"e1": ("LOC", ["إسرائيل"]), "e2": ("LOC", ["سوريا"])})
    ev = only(extract_events(art), "ASSAULT")
    assert ev.actors == ["e1"] and ev.location == "e2"


@pytest.mark.parametrize("sentence, type_", [
    ("وأدانت الخارجية الفرنسية بشدة الهجوم على السفارة.", "DISAPPROVE"),
    ("ورفض البرلمان مشروع القانون بأغلبية كبيرة.", "REJECT"),
    ("وتظاهر آلاف الطلاب أمام مقر الحكومة للمطالبة بخفض الرسوم.", "PROTEST"),
    ("واعتقلت الشرطة ثلاثة أشخاص للاشتباه في تورطهم.", "COERCE"),
    ("وفتحت النيابة العامة تحقيقا في ملابسات الحادث.", "INVESTIGATE"),
    ("وهدد الجيش بالرد على أي خرق للهدنة في الجنوب.", "THREATEN"),
    ("وطالب المحتجون بإقالة المحافظ فورا.", "DEMAND"),
    ("وأعلنت الحكومة سحب قواتها من المنطقة الحدودية.", "RETREAT"),
    ("ووصلت مساعدات إنسانية إلى المدينة المحاصرة.", "AID"),
    ("وأعلن الطرفان وقف إطلاق النار اعتبارا من منتصف الليل.", "CONCEDE"),
])
def test_types(sentence, type_):
    types = [e.type for e in extract_events(make(sentence))]
    assert type_ in types, (sentence, types)


def test_ceasefire_is_not_an_assault():
    types = [e.type for e in extract_events(make("وأعلن الطرفان وقف إطلاق النار اعتبارا من منتصف الليل."))]
    assert "ASSAULT" not in types


def test_a_trigger_inside_a_name_is_ignored():
    text = "وأعلنت منظمة التعاون الإسلامي عقد مؤتمرها السنوي في جدة."
    art = make(text, {"e1": ("ORG", ["منظمة التعاون الإسلامي"]), "e2": ("LOC", ["جدة"])})
    assert not [e for e in extract_events(art) if e.type == "COOPERATE"]


def test_date_falls_back_to_publication_for_today():
    text = "ويلتقي وزير الخارجية السعودي نظيره العماني اليوم في مسقط."
    art = make(text, {"e1": ("LOC", ["مسقط"])}, published="2024-05-02")
    ev = only(extract_events(art), "CONSULT")
    assert ev.date == "2024-05-02" and ev.location == "e1"


def test_no_date_without_a_time_expression():
    ev = only(extract_events(make("واجتمع مجلس الأمن لمناقشة الوضع الإنساني في المنطقة.")), "CONSULT")
    assert ev.date is None


def test_triggers_do_not_overlap():
    words = sentence_words("أطلق الجنود النار ثم أعلنوا وقف إطلاق النار.", 0, 45)
    spans = [(m.start, m.end) for m in find_triggers(words)]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


# ---------------------------------------------------------------- robustness and the stage

@pytest.mark.parametrize("body", ["", "   \n\n ", "!!!؟؟؟", "12345 67890", "a" * 5000, "قمة " * 2000])
def test_bad_input_never_crashes(body):
    art = Article(body=body)
    art.sentences = split_sentences(body)
    events_stage(art)
    assert isinstance(art.events, list)


def test_stage_survives_broken_layers():
    art = make("التقى الرئيس نظيره في العاصمة.")
    art.entities = [Entity("e1", "PER", "x", "x", mentions=[Mention(500, 510, "??")])]
    art.times = [Timex("؟", 900, 901, "not-a-date")]
    events_stage(art)
    assert [e.type for e in art.events] == ["CONSULT"]


def test_stage_declares_its_layers():
    assert events_stage.name == "events"
    assert set(events_stage.requires) == {"sentences", "entities", "times", "quantities", "quotes"}
    Pipeline([events_stage], given=("body", "sentences", "entities", "times", "quantities", "quotes"))


def test_event_serialises():
    art = make("التقى الرئيس نظيره في العاصمة.")
    events_stage(art)
    d = art.to_dict()["events"][0]
    assert d["type"] == "CONSULT" and d["trigger"]["text"] == "التقى"


# ---------------------------------------------------------------- unseen-article mechanisms (round 2)
