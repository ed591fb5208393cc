"""Tagger person spans that are no people (entities/junk_names.py): adjectives after a definite
noun, a title alone, "باسم" meaning "on behalf of". Sentences written for these tests."""
from khabar.api import read
from khabar.entities.junk_names import behalf_start, is_attributive_adjective, is_title_word
from khabar.text import tokenize
from khabar.text.intervals import IntervalList


def _span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _adjective(text: str, word: str, taken=(), demonyms=None) -> bool:
    toks = tokenize(text)
    start, end = _span(text, word)
    return is_attributive_adjective(text, toks, [t.start for t in toks], start, end,
                                    IntervalList(list(taken)), demonyms)


def _persons(text: str) -> list[str]:
    return [e.name_ar for e in read(text).entities if e.type == "PER"]


def test_adjective_after_definite_noun():
    assert _adjective("واحتفل السكان بعيد الأضحى المبارك في الساحة.", "المبارك")
    assert _adjective("وأصيب اللاعب في الكاحل الأيسر خلال التمرين.", "الأيسر")
    assert _adjective("وبعث برسالة إلى الصديق العزيز يشكره فيها.", "العزيز")


def test_name_after_title_or_name_word_is_kept():
    assert not _adjective("وقال الدكتور الشهري إن العلاج متاح.", "الشهري")
    assert not _adjective("وقال اللاعب الدوسري إنه جاهز.", "الدوسري")
    assert not _adjective("وقال مدير الشرطة السابق العتيبي إن التحقيق مستمر.", "العتيبي")
    assert not _adjective("وقال ما شاء الله الزوي إن الاتفاق صامد.", "الزوي")
    # "اللواء العربي القاسمي": the noun is a given name after a rank
    assert not _adjective("وقال اللواء العربي القاسمي إن الطرق مفتوحة.", "القاسمي")


def test_no_adjective_across_punctuation_or_after_an_entity():
    assert not _adjective("ووصل فريق الهلال، المطيري كان أول المتحدثين.", "المطيري")
    text = "وقال مدرب الاتحاد الفارس إن الفريق جاهز."
    assert not _adjective(text, "الفارس", taken=[_span(text, "الاتحاد")])


def test_hamza_is_no_article():
    # "ألبرتو" folds like a definite word; as written it is not one
    assert not _adjective("وضربت العاصفة ألبرتو الساحل أمس.", "ألبرتو")
    assert not _adjective("وقال الإمام أحمد إن الصلاة أقيمت.", "أحمد")


def test_nationality_before_a_name_is_kept():
    text = "وقال وزير المالية الجزائري الطيبي إن العجز تراجع."
    assert not _adjective(text, "الطيبي", demonyms={"جزائري": "loc:algeria"})


def test_title_word_alone():
    text = "وقال الكولونيل المتقاعد إن الخطة فشلت."
    assert is_title_word(text, *_span(text, "الكولونيل"))
    assert not is_title_word(text, *_span(text, "الكولونيل المتقاعد"))
    text = "وقال الدوسري إن الخطة فشلت."
    assert not is_title_word(text, *_span(text, "الدوسري"))


def test_behalf_after_spokesman():
    text = "وقال متحدث سابق باسم قرنق إن المفاوضات توقفت."
    toks = tokenize(text)
    starts = [t.start for t in toks]
    start, end = _span(text, "باسم قرنق")
    assert behalf_start(text, toks, starts, start, end) == _span(text, "قرنق")[0]
    text = "وقالت الناطقة باسم شركة النفط إن الإنتاج ارتفع."
    toks = tokenize(text)
    start, end = _span(text, "باسم شركة النفط")
    assert behalf_start(text, toks, [t.start for t in toks], start, end) == _span(text, "شركة")[0]


def test_given_name_basem_is_kept():
    text = "وقال باسم العلي إن المعرض يفتتح غدا."
    toks = tokenize(text)
    start, end = _span(text, "باسم العلي")
    assert behalf_start(text, toks, [t.start for t in toks], start, end) is None


def test_pipeline_drops_adjective_and_title_keeps_names():
    persons = _persons("وقال الكولونيل المتقاعد، جون هاريس، إن القوات تستعد. وأضاف هاريس أن الهجوم وشيك.")
    assert "الكولونيل" not in persons and "جون هاريس" in persons
    persons = _persons("وسجل المهاجم هدفا بعد تمريرة من الظهير الأيمن، وقال المدرب خالد الدوسري إن الفريق تحسن.")
    assert "الأيمن" not in persons and "خالد الدوسري" in persons
    persons = _persons("وقال متحدث سابق باسم مشار إن المحادثات فشلت.")
    assert not any(p.startswith("باسم") for p in persons)
    assert "باسم يوسف" in _persons("وقال باسم يوسف إن البرنامج سيعود قريبا.")


def test_bad_input_does_not_crash():
    for text in ("باسم", "المتحدث باسم", "الأيمن", "، المبارك ،"):
        read(text)
