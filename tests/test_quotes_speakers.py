"""Speakers: VSO and SVO subjects, continuation, participles, attributions, unnamed sources."""
from __future__ import annotations

from quotes_helpers import article, quotes  # tests/ is on sys.path

from khabar.quotes import find_quotes

PEOPLE = {
    "Salem Haddad": ["وزير النقل سالم الحداد", "سالم الحداد", "الحداد", "وزير النقل"],
    "Mona Khatib": ["منى الخطيب", "الخطيب"],
    "ORG:Ministry of Health": ["وزارة الصحة"],
    "LOC:Jordan": ["الأردن"],
}


def test_vso_speaker():
    _, qs = quotes("وقال الحداد إن الجسر سيفتتح في الصيف.", PEOPLE)
    assert qs[0].speaker == "e1"


def test_svo_speaker_after_fronted_phrase():
    _, qs = quotes("من جانبها، صرحت منى الخطيب بأن المدارس ستفتح أبوابها في موعدها.", PEOPLE)
    assert qs[0].speaker == "e2"


def test_svo_subject_before_the_verb():
    _, qs = quotes("منى الخطيب قالت إن الامتحانات ستؤجل أسبوعا واحدا.", PEOPLE)
    assert qs[0].speaker == "e2"


def test_role_phrase_resolves_through_entity_mentions():
    _, qs = quotes("وأوضح وزير النقل أن أسعار التذاكر لن ترتفع هذا العام.", PEOPLE)
    assert qs[0].speaker == "e1"


def test_ministry_and_country_as_speakers():
    body = ("وأعلنت وزارة الصحة أن حملة التطعيم تبدأ الأحد. "
            "وقال الأردن إن الحدود ستبقى مفتوحة أمام المسافرين.")
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e3", "e4"]


def test_continuation_across_sentences_and_paragraphs():
    body = ("وقال سالم الحداد إن القطار الجديد سيربط المدينتين.\n"
            "وأضاف أن العمل سيبدأ في الخريف.\n"
            "وتابع بالقول: “هذا أكبر مشروع نقل منذ عشرين عاما”.")
    _, qs = quotes(body, PEOPLE)
    assert len(qs) == 3
    assert all(q.speaker == "e1" for q in qs)
    assert qs[2].kind == "direct"


def test_continuation_does_not_jump_over_another_speaker():
    body = ("وقال سالم الحداد إن الطريق سيغلق. "
            "في المقابل، أكدت منى الخطيب أن البديل جاهز. "
            "وأضافت أن الحافلات ستعمل طوال الليل.")
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e1", "e2", "e2"]


def test_participle_takes_the_sentence_speaker():
    body = "وقالت منى الخطيب إن النتائج مشجعة، مشيرة إلى أن نسبة النجاح ارتفعت، معلنة أن الحفل سيقام غدا."
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e2", "e2", "e2"]
    assert qs[1].text == "نسبة النجاح ارتفعت"
    assert qs[1].cue == "مشيرة"


def test_attribution_bihasab():
    body = "ارتفعت أسعار الخبز بنسبة عشرة في المئة، بحسب وزارة الصحة."
    _, qs = quotes(body, PEOPLE)
    assert len(qs) == 1
    assert qs[0].kind == "indirect"
    assert qs[0].text == "ارتفعت أسعار الخبز بنسبة عشرة في المئة"
    assert qs[0].speaker == "e3"
    assert qs[0].cue == "بحسب"


def test_attribution_wafqan_li_unnamed():
    body = "وتضررت ثلاثة منازل بسبب السيول، وفقا لمسؤولين محليين."
    _, qs = quotes(body, PEOPLE)
    assert qs[0].speaker is None
    assert qs[0].source and "مسؤولين" in qs[0].source


def test_attribution_at_sentence_start():
    body = "وبحسب وزارة الصحة، فإن عدد الإصابات تراجع للأسبوع الثالث."
    _, qs = quotes(body, PEOPLE)
    assert qs[0].text == "عدد الإصابات تراجع للأسبوع الثالث"
    assert qs[0].speaker == "e3"


def test_naqalat_an_gives_the_quoted_person():
    body = "ونقلت وكالة الأنباء عن منى الخطيب قولها إن الاتفاق سيوقع الشهر المقبل."
    _, qs = quotes(body, PEOPLE)
    assert qs[0].speaker == "e2"
    assert qs[0].text == "الاتفاق سيوقع الشهر المقبل"


def test_unnamed_source():
    body = "وقال مصدر مطلع إن المفاوضات ستستأنف الأسبوع المقبل."
    _, qs = quotes(body, PEOPLE)
    assert qs[0].speaker is None
    assert qs[0].source == "مصدر مطلع"


def test_spokesman_with_name_in_apposition_is_the_person():
    body = "وقال المتحدث باسم الوزارة، سالم الحداد، إن الخدمة ستعود خلال ساعات."
    _, qs = quotes(body, PEOPLE)
    assert qs[0].speaker == "e1"


def test_unresolved_pronoun_keeps_speaker_none():
    _, qs = quotes("وأضاف أن الموسم الزراعي كان جيدا.", PEOPLE)
    assert qs[0].speaker is None


def test_unknown_named_subject_becomes_a_cue_entity():
    a = article("وقال كريم العلي إن الفريق سيشارك في البطولة.")
    qs = find_quotes(a)
    ent = a.entity(qs[0].speaker)
    assert ent is not None and ent.source == "cue" and "العلي" in ent.name_ar
    b = article("وقال كريم العلي إن الفريق سيشارك في البطولة.")
    assert find_quotes(b, add_entities=False)[0].speaker is None
