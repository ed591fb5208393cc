"""The Arabic text layer: normalisation with offset maps, tokens, proclitics, sentences."""
from hypothesis import given, settings, strategies as st

from khabar.text import (clauses, clitic_readings, fold, normalize, proclitic_length, split_proclitics,
                         split_sentences, tokenize)

ARABIC = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ") + list("ًٌٍَُِّْ") + list("٠١٢٣٤٥٦٧٨٩0123456789")
    + list(" .،؛؟!\n“”«»\"'‹›\u200f\u200c") ), max_size=300)


def test_fold_spelling_variants():
    assert fold("أمريكا") == fold("امريكا") == fold("إمريكا")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("القاهرة") == "القاهره"
    assert fold("مُحَمَّد") == "محمد"
    assert fold("الـــرئيس") == "الرئيس"
    assert fold("٢٠٢١") == "2021" and fold("۱۲") == "12"
    assert fold("«نعم»") == '"نعم"' and fold("“لا”") == '"لا"'
    assert fold("بوتين\u200f") == "بوتين"


def test_normalize_maps_back_to_original_span():
    text = "قالَ الرئيسُ إنّ «الاتفاقَ» نهائيٌّ"
    norm = normalize(text)
    i = norm.text.index("الاتفاق")
    s, e = norm.span(i, i + len("الاتفاق"))
    assert text[s:e] == "الاتفاقَ"[:-1] or fold(text[s:e]) == "الاتفاق"


@given(ARABIC)
@settings(max_examples=200, deadline=None)
def test_normalize_map_round_trips(text):
    norm = normalize(text)
    assert len(norm.origin) == len(norm.text) + 1
    assert norm.origin == sorted(norm.origin)
    for k, ch in enumerate(norm.text):
        assert fold(text[norm.origin[k]]) == ch
    assert fold(text) == norm.text


@given(ARABIC)
@settings(max_examples=200, deadline=None)
def test_tokens_and_sentences_have_valid_ordered_offsets(text):
    last = 0
    for tok in tokenize(text):
        assert last <= tok.start < tok.end <= len(text)
        assert text[tok.start:tok.end] == tok.text
        last = tok.end
    last = 0
    for s, e in split_sentences(text):
        assert last <= s < e <= len(text)
        assert text[s:e].strip()
        last = e


def test_tokenizer_keeps_numbers_whole():
    toks = [t.text for t in tokenize("ارتفع بنسبة 3.5% إلى ١٢٫٥ مليون و1,200 برميل")]
    assert "3.5" in toks and "١٢٫٥" in toks and "1,200" in toks and "%" in toks


def test_clitic_readings():
    assert ("و", "بوتين") in clitic_readings("وبوتين")
    assert ("ل", "الرئيس") in clitic_readings("للرئيس")
    assert ("و", "الولايات") in clitic_readings("والولايات")
    assert ("ب", "سويسرا") in clitic_readings("بسويسرا")
    assert clitic_readings("روسيا")[0] == ("", "روسيا")


def test_split_proclitics_with_and_without_lexicon():
    toks = split_proclitics(tokenize("والولايات وزير لروسيا"))
    assert [t.text for t in toks] == ["و", "الولايات", "وزير", "لروسيا"]
    toks = split_proclitics(tokenize("وبوتين لروسيا وزير"), is_stem=lambda s: s in {"بوتين", "روسيا"})
    assert [t.text for t in toks] == ["و", "بوتين", "ل", "روسيا", "وزير"]
    text = "وبـبوتين"
    assert proclitic_length(text, "وب") == 3


def test_sentences_news_rules():
    text = ("ارتفع المؤشر 3.5 نقطة. وقال د. أحمد إن السوق مستقر! هل يستمر ذلك؟ "
            "وقال: “لا أعتقد ذلك. الأمر صعب”. انتهى")
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents[0] == "ارتفع المؤشر 3.5 نقطة."
    assert sents[1] == "وقال د. أحمد إن السوق مستقر!"
    assert sents[2] == "هل يستمر ذلك؟"
    assert sents[3] == "وقال: “لا أعتقد ذلك. الأمر صعب”."
    assert sents[4] == "انتهى"


def test_sentences_headline_separator_and_paragraphs():
    text = "قمة في الرياض.. والملفات على الطاولة\nفقرة ثانية بلا نقطة"
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == ["قمة في الرياض..", "والملفات على الطاولة", "فقرة ثانية بلا نقطة"]


def test_unbalanced_quote_does_not_swallow_paragraph():
    text = "قال الوزير: “سنعود قريبا. ثم غادر القاعة. وانتهى الاجتماع."
    assert len(split_sentences(text)) == 3


def test_clauses():
    text = "وصل الوفد، وبدأ الاجتماع؛ ثم انتهى"
    assert [text[s:e].strip() for s, e in clauses(text, 0, len(text))] == ["وصل الوفد،", "وبدأ الاجتماع؛", "ثم انتهى"]


def test_split_proclitics_and_the_article_on_request():
    text = "والولايات للرئيس الروسي وزير"
    toks = split_proclitics(tokenize(text), article=True)
    assert [(t.text, t.norm) for t in toks] == [
        ("و", "و"), ("ال", "ال"), ("ولايات", "ولايات"), ("ل", "ل"), ("ل", "ال"), ("رئيس", "رئيس"),
        ("ال", "ال"), ("روسي", "روسي"), ("وزير", "وزير")]
    assert all(text[t.start:t.end] == t.text for t in toks)
