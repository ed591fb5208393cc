"""Sub-headings glued inside a paragraph are put back on their own line; prose is never split."""
import pytest

from khabar.clean import clean_text
from khabar.clean.subheadings import heading_spans, split_paragraph

BEFORE = "وافق البرلمان المغربي أمس على قانون جديد لحماية المستهلك بعد نقاش استمر ثلاثة أشهر."
AFTER = "وقال رئيس لجنة المالية إن القانون يفرض غرامات كبيرة على الشركات المخالفة."


@pytest.mark.parametrize("heading, opener", [
    ("غرامات مشددة", "وقال رئيس لجنة المالية إن القانون يفرض غرامات كبيرة على الشركات المخالفة."),
    ("المستهلك أولا.. والشركات تعترض", "وأكدت جمعيات حماية المستهلك أن القانون طال انتظاره."),
    ("ترحيب مشروط", "من جانبها، قالت غرفة التجارة إنها ستدرس النص قبل التعليق عليه."),
    ("التطبيق", "وأوضح الوزير أن القانون يدخل حيز التنفيذ مطلع العام المقبل."),
])
def test_glued_heading_goes_on_its_own_line(heading, opener):
    paragraph = f"{BEFORE} {heading} {opener}"
    assert split_paragraph(paragraph) == [BEFORE, heading, opener]
    cleaned = clean_text(paragraph + "\n" + AFTER)
    assert cleaned.body.split("\n")[:3] == [BEFORE, heading, opener]
    assert not cleaned.removed  # nothing leaves the body
    for s, e in cleaned.paragraphs:
        assert cleaned.body[s:e] == cleaned.body[s:e].strip()


@pytest.mark.parametrize("tail", [
    # subject-first prose with a perfective verb, then "وقال": one compound sentence
    "الوزير أعلن القرار أمس وقال إن التطبيق سيبدأ فورا.",
    # the verb after و continues the sentence: no explicit subject after it
    "القانون الجديد خطوة مهمة وقالت إنها ستتابع تطبيقه.",
    "النواب المعارضون غاضبون وقالوا للصحفيين إن النص ناقص.",
    # a particle inside the fragment: running prose
    "لافتا إلى أن القانون تأخر كثيرا وأكد الوزير أن التطبيق قريب.",
    "هل يكفي القانون وحده وقال الخبراء إن الرقابة أهم.",
    # the verb after و is not a reporting verb
    "تعديلات كثيرة وأقر البرلمان النص بالإجماع.",
    # the object pronoun shows a continuation
    "نص طويل وأكد صحتها خبراء القانون.",
])
def test_prose_is_not_split(tail):
    paragraph = f"{BEFORE} {tail}"
    assert heading_spans(paragraph) == []
    assert split_paragraph(paragraph) == [paragraph]


def test_initial_before_a_name_is_not_a_sentence_end():
    paragraph = "أطلق عليه النار الممثل جون س. كاستيلانو وقال الشهود إنه فر بعد ذلك."
    assert heading_spans(paragraph) == []


def test_heading_needs_a_sentence_before_it():
    paragraph = "غرامات مشددة وقال رئيس اللجنة إن القانون يفرض غرامات كبيرة."
    assert heading_spans(paragraph) == []


@pytest.mark.parametrize("raw", ["", ".", "نص. وقال", ". . . وقال الوزير", "أ. ب وقال الوزير إن", "\u200f. \u200f وقال الوزير"])
def test_degenerate_paragraphs(raw):
    pieces = split_paragraph(raw)
    assert all(piece and piece in raw for piece in pieces)
