"""Session 7 quantities: hectares and basis points as units."""
from khabar.quantities import find_quantities


def q(text):
    return [(x.text, x.value, x.unit) for x in find_quantities(text)]


def test_hectare_unit():
    assert q("التهمت النيران نحو 1200 هكتار من الغابات") == [("1200 هكتار", 1200, "hectare")]
    assert q("زرعت الوزارة 40 ألف هكتار بالقمح") == [("40 ألف هكتار", 40000, "hectare")]


def test_basis_points():
    assert q("رفع البنك الفائدة 25 نقطة أساس") == [("25 نقطة أساس", 25, "bp")]
    # "basic points" of a plan are counted points, not basis points
    assert q("عرض الوزير خطة من أربع نقاط أساسية") == [("أربع نقاط", 4, None)]
    assert q("صعد المؤشر 120 نقطة في التداولات") == [("120 نقطة", 120, None)]


def test_bare_riyal_takes_the_country_the_text_names():
    # a Saudi city or the word for Saudi is evidence; with none the family stays open
    assert q("قضت المحكمة بغرامة قدرها 200 ألف ريال على المتهم") == [("200 ألف ريال", 200000, "riyal")]
    assert q("قضت محكمة نجران بغرامة قدرها 200 ألف ريال") == [("200 ألف ريال", 200000, "SAR")]
    assert q("أنشأت أمانة تبوك حديقة بكلفة 12 مليون ريال") == [("12 مليون ريال", 12000000, "SAR")]
    assert q("ارتفع سعر أسطوانة الغاز في صنعاء إلى 6000 ريال") == [("6000 ريال", 6000, "YER")]
    # a qualified mention without a number decides for the bare ones
    assert q("هبط الريال الإيراني أمس وبلغ الدولار 90 ألف ريال") == [("90 ألف ريال", 90000, "IRR")]


def test_bare_currency_stays_open_when_two_countries_are_named():
    assert q("قدمت السعودية لليمن منحة بقيمة 300 مليون ريال") == [("300 مليون ريال", 300000000, "riyal")]
    assert q("حول 5 ملايين جنيه من لندن إلى القاهرة") == [("5 ملايين جنيه", 5000000, "pound")]
    assert q("بلغت أرباح البنك في الكويت 40 مليون دينار") == [("40 مليون دينار", 40000000, "KWD")]
    # "عمان" is Oman and Amman: no evidence, and dinar has no default
    assert q("رفعت الحكومة في عمان الضريبة 3 دنانير") == [("3 دنانير", 3, "dinar")]
