"""A subjectless cue with no quoted speaker to continue takes the person the sentence before is
about; closing "على حد تعبير X" owns the quoted words before it. Sentences written for these tests."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

PEOPLE = {
    "Karim Nasser": ["وزير النقل كريم ناصر", "كريم ناصر", "ناصر"],
    "Layla Saad": ["ليلى سعد", "سعد"],
}


def test_pronoun_subject_takes_previous_sentence_subject():
    body = ('رفض وزير النقل كريم ناصر الحديث عن موعد افتتاح الجسر. لكنه أكد أن "الأعمال '
            'تسير وفق الخطة".')
    _, qs = quotes(body, PEOPLE)
    assert [(q.text, q.speaker) for q in qs] == [("الأعمال تسير وفق الخطة", "e1")]


def test_bare_cue_after_a_narrated_sentence():
    body = "وصلت ليلى سعد إلى الميناء صباح الأحد. وقالت: \"سنبدأ التفريغ فورا\"."
    _, qs = quotes(body, PEOPLE)
    assert [(q.text, q.speaker) for q in qs] == [("سنبدأ التفريغ فورا", "e2")]


def test_new_paragraph_subject_wins_over_an_older_speaker():
    body = ('قالت ليلى سعد: "الميناء جاهز".\n\nوزار كريم ناصر المحطة الجديدة أمس. وقال: '
            '"المحطة ستعمل في الربيع".')
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e2", "e1"]


def test_verb_gender_must_agree_with_the_cue():
    # رفضت is not continued by أكد: no person is guessed
    body = 'رفضت ليلى سعد الحديث عن الموعد. لكنه أكد أن "الأعمال تسير وفق الخطة".'
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == [None]


def test_an_object_is_not_the_subject():
    body = 'والتقى الصحفيون مع كريم ناصر في الوزارة. وقال: "لا تعليق".'
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == [None]


def test_quoted_words_before_ala_hadd_tabir_are_a_partial_quote():
    body = 'وبات الجسر "تحفة هندسية نادرة" على حد تعبير وزير النقل كريم ناصر.'
    _, qs = quotes(body, PEOPLE)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [("partial", "تحفة هندسية نادرة", "e1")]


def test_ala_hadd_tabir_without_quotation_marks_quotes_nothing():
    body = "وبات الجسر تحفة هندسية على حد تعبير وزير النقل كريم ناصر."
    _, qs = quotes(body, PEOPLE)
    assert qs == []


def test_light_verb_with_speech_masdar_reports_the_clause():
    body = "وجدد وزير النقل كريم ناصر التأكيد على أن الجسر سيفتح في الموعد."
    _, qs = quotes(body, PEOPLE)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [("indirect", "الجسر سيفتح في الموعد", "e1")]


def test_light_verb_masdar_with_a_noun_phrase_object():
    body = "وجددت ليلى سعد التأكيد على رفض أي زيادة في رسوم الميناء."
    _, qs = quotes(body, PEOPLE)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [
        ("indirect", "رفض أي زيادة في رسوم الميناء", "e2")]


def test_light_verb_after_subject_and_comma():
    body = "وجدد وزير النقل كريم ناصر، تأكيداته بأن الرسوم لن ترتفع هذا العام."
    _, qs = quotes(body, PEOPLE)
    assert [(q.text, q.speaker) for q in qs] == [("الرسوم لن ترتفع هذا العام", "e1")]


def test_light_verb_alone_reports_nothing():
    body = "وجدد كريم ناصر عقد الشركة المشغلة للميناء."
    _, qs = quotes(body, PEOPLE)
    assert qs == []


def test_expressed_intention_is_an_indirect_quote():
    body = "وأعرب كريم ناصر عن استعداده للتعاون مع البلديات في صيانة الطرق."
    _, qs = quotes(body, PEOPLE)
    assert [(q.kind, q.text, q.speaker) for q in qs] == [
        ("indirect", "استعداده للتعاون مع البلديات في صيانة الطرق", "e1")]


def test_expressed_feeling_is_not_a_quote_unless_quoted():
    _, qs = quotes("وأعربت ليلى سعد عن قلقها من تأخر الشحنات.", PEOPLE)
    assert qs == []
    _, qs = quotes('وأعربت ليلى سعد عن قلقها من "تأخر لا مبرر له".', PEOPLE)
    assert [(q.kind, q.text) for q in qs] == [("partial", "تأخر لا مبرر له")]


def test_light_verb_masdar_ends_a_one_word_subject():
    body = ("وقالت ليلى سعد إن الميناء جاهز. وجددت سعد التأكيد على رفض أي زيادة في رسوم "
            "الميناء.")
    _, qs = quotes(body, PEOPLE)
    assert [q.speaker for q in qs] == ["e2", "e2"]
    assert qs[1].text == "رفض أي زيادة في رسوم الميناء"


def test_subject_in_a_later_clause_of_the_same_sentence():
    body = ("وعلى هامش المعرض، عقد وزير النقل، كريم ناصر، لقاء مع المستثمرين، أكد خلاله أن "
            "\"الجسر سيفتح في الموعد\".")
    _, qs = quotes(body, PEOPLE)
    assert [(q.text, q.speaker) for q in qs] == [("الجسر سيفتح في الموعد", "e1")]


def test_an_organisation_opening_the_sentence_is_not_replaced_by_a_person():
    people = dict(PEOPLE, **{"ORG:Port Authority": ["هيئة الميناء"]})
    body = 'أعلنت هيئة الميناء، بحضور كريم ناصر، خطة التوسعة. وقالت: "سننتهي في عامين".'
    _, qs = quotes(body, people)
    assert qs[-1].speaker == "e3"  # the authority, never the person named in its clause
