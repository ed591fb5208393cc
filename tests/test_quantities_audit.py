"""Classes found by auditing random corpus sentences (session 3): the minute of a match, clock
times before "بتوقيت", "one of", a dual noun repeated by "اثنين", inflected units. Sentences written
for these tests."""
from __future__ import annotations

from quantity_helpers import q  # tests/ is on sys.path


def test_minute_of_a_match_is_no_quantity():
    assert q("افتتح المهاجم التسجيل في الدقيقة 17 بضربة رأس") == []
    assert q("أضاف الضيوف هدفين في الدقيقتين 63 و88 من عمر اللقاء") == [("هدفين", 2, None)]
    assert q("سجل الحارس هدفا عند الدقيقة 90، فتعادل الفريقان") == []


def test_match_minutes_as_durations_stay():
    assert q("لعب المدافع 90 دقيقة كاملة رغم الإصابة") == [("90 دقيقة", 90, "minute")]
    assert q("توقفت المباراة عشر دقائق بسبب الأمطار") == [("عشر دقائق", 10, "minute")]


def test_clock_time_before_timezone_is_no_quantity():
    assert q("انطلقت الرحلة عند الساعة 9.30 صباحا (06.30 بتوقيت غرينتش)") == []
    assert q("يبدأ البث في 18,00 بتوقيت غرينتش") == []


def test_one_of_is_no_count():
    assert q("تعد المدينة واحدة من أقدم العواصم في المنطقة") == []
    assert q("كان واحد من الحراس نائما عند وقوع الحادث") == []


def test_one_of_keeps_the_number_after_it():
    assert q("البلدة واحدة من سبع بلدات غمرتها المياه") == [("سبع بلدات", 7, None)]


def test_dual_noun_repeated_by_two():
    assert q("أفرجت السلطات عن صيادين اثنين بعد التحقيق") == [("صيادين اثنين", 2, None)]
    assert q("استدعت الوزارة دبلوماسيين فرنسيين اثنين") == [("دبلوماسيين فرنسيين اثنين", 2, None)]
    assert q("وصل إلى الميناء بحاران اثنان فقط") == [("بحاران اثنان", 2, None)]


def test_two_after_a_verb_is_not_read_with_it():
    # "أدين" ends in -ين but "اثنان" (nominative) does not agree with it as a dual noun would
    assert q("في حين أدين اثنان من المتهمين") == [("اثنان من المتهمين", 2, None)]
    assert q("بدأ الاجتماع يوم الاثنين في العاصمة") == []


def test_feet_with_tanween():
    assert q("حلقت الطائرة على ارتفاع 300 قدماً فوق البحر") == [("300 قدماً", 300, "foot")]


def test_currency_subunits_and_ringgit():
    assert q("ارتفع سعر لتر البنزين 20 هللة") == [("20 هللة", 20, "halala")]
    assert q("بلغت أرباح الشركة 3 مليارات رينغيت") == [("3 مليارات رينغيت", 3000000000, "MYR")]


def test_duals_of_nouns_in_ta_marbuta():
    # the -تين/-تان form of a noun in ة is a dual, never a sound plural (that ends in -ات)
    assert q("عثر المحققون على مقبرتين في أطراف البلدة") == [("مقبرتين", 2, None)]
    assert q("نشر الباحث ورقتين علميتين هذا العام") == [("ورقتين علميتين", 2, None)]
    assert q("يسمح الدستور للرئيس بفترتين رئاسيتين فقط") == [("فترتين رئاسيتين", 2, None)]


def test_clock_after_hour_word_or_before_utc_abbreviation():
    assert q("تبدأ الجلسة عند الساعة 18,30 (15,30 ت غ) في القاعة") == []
    assert q("أغلقت مكاتب الاقتراع الساعة 19.00 مساء الأحد") == []
    # with a unit after it the number is an amount, "الساعة" being the watch
    assert q("تزن الساعة 45.5 غراما فقط") == [("45.5 غراما", 45.5, "g")]


def test_kilometre_written_in_two_words():
    assert q("تبعد البلدة 35 كيلو مترا عن الحدود") == [("35 كيلو مترا", 35, "km")]
    assert q("تبلغ مساحة المحمية 120 كيلو مترا مربعا") == [("120 كيلو مترا مربعا", 120, "km2")]
