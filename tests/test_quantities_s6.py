"""Session 6 quantities: duals of any counted noun known by what agrees with it, verbal-noun duals,
a one-word dual with its preposition, counted nouns after آ/أ, quoted counted nouns, bracketed
numbers before a scale."""
from khabar.quantities import find_quantities


def q(text):
    return [(x.text, x.value, x.unit) for x in find_quantities(text)]


def test_dual_of_unlisted_noun_by_dual_verb_or_relative():
    assert q("دمرت الغارة مخزنين يحتويان على ذخائر") == [("مخزنين", 2, None)]
    assert q("عثرت الشرطة على صندوقين اللذين أخفاهما المهربون") == [("صندوقين", 2, None)]
    # the verb agrees past an adjective with the same ending
    assert q("وصل مهندسان ألمانيان يشرفان على المشروع") == [("مهندسان ألمانيان", 2, None)]


def test_feminine_dual_with_agreeing_adjective():
    assert q("أطلقت البحرية قذيفتين تحذيريتين باتجاه القارب") == [("قذيفتين تحذيريتين", 2, None)]
    assert q("افتتح الوزير مكتبتين عامتين في المدينة") == [("مكتبتين عامتين", 2, None)]


def test_verbal_noun_duals():
    assert q("أجرى الرئيس اتصالين هاتفيين مع نظيريه") == [("اتصالين هاتفيين", 2, None)]
    assert q("هز تفجيران العاصمة صباحا") == [("تفجيران", 2, None)]
    assert q("أعلنت الوزارة عن تعديلين على القانون") == [("تعديلين", 2, None)]


def test_plurals_names_and_coordinations_are_no_duals():
    assert q("قتل مسلحين الذين هاجموا الحاجز") == []                 # a plural takes الذين
    assert q("أكد الطرفان اللذان وقعا الاتفاق التزامهما") == []       # definite
    assert q("قالت الحكومة إن روسيا وإيران تعدان خطة مشتركة") == []   # the pair agrees, not a noun
    assert q("تقع البلدتان قرب الحدود مع لبنان تخضعان للحصار") == []  # a place name
    assert q("ما زالا يعملان في الشركة") == []                        # a dual verb


def test_one_word_dual_keeps_its_preposition():
    assert q("سافر الوفد لأسبوعين إلى جنيف") == [("لأسبوعين", 2, "week")]
    assert q("سبق الاجتماع الانتخابات بشهرين") == [("بشهرين", 2, "month")]
    assert q("وشهرين آخرين") == [("شهرين", 2, "month")]               # a conjunction stays out


def test_counted_noun_written_with_madda_or_hamza():
    assert q("احترقت أربع آليات عسكرية") == [("أربع آليات", 4, None)]
    assert q("فكك الخبراء 12 لغما و7 ألغام أخرى") == [("12 لغما", 12, None), ("7 ألغام", 7, None)]
    assert q("قتل ثلاثة الجنود") == []                                 # the article is written ال


def test_quoted_counted_noun():
    assert q('أعلن الجيش مقتل أربعة "متسللين" قرب الحدود') == [('أربعة "متسللين"', 4, None)]
    assert q('ضربت الطائرات 30 "هدفا عسكريا" للمسلحين') == [('30 "هدفا', 30, None)]
    # a long quotation after a number is speech, and a closing mark ends a name
    assert q('قال لإذاعة مونت كارلو 24 "نحن مستعدون للحوار مع جميع الأطراف دون شروط"') == [("24", 24, None)]
    assert not any('"' in t for t, _, _ in q('ستصل منظومة "إس 400" قريبا'))


def test_bracketed_number_before_scale():
    assert q("بلغت التكلفة (75) مليون ريال") == [("(75) مليون ريال", 75000000, "riyal")]
    # a number written in full: the scale after it only repeats the order
    assert [v for _, v, _ in q("بلغ عدد الركاب (2.345.678) مليون راكب")] == [2345678]
