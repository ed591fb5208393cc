"""Chants (quotes/chants.py) and a source before فإن (quotes/lead_sources.py); sentences written for these tests."""
from khabar.api import read


def _quotes(text):
    a = read(text)
    ents = {e.id: e for e in a.entities}
    return [(q.kind, q.text, ents[q.speaker].name_ar if q.speaker in ents else None) for q in a.quotes]


def test_chanted_slogans_are_direct_quotes_of_no_one():
    qs = _quotes('قال وزير الداخلية سمير الحديدي إن الأمن مستتب في العاصمة. وردد المتظاهرون شعارات '
                 '"ارحل يا حكومة الفساد" و"لا للضريبة" أمام مبنى البرلمان.')
    assert ("direct", "ارحل يا حكومة الفساد", None) in qs
    assert ("direct", "لا للضريبة", None) in qs


def test_chant_noun_after_while_ends_the_report_before_it():
    qs = _quotes("قال المرشد علي خامنئي لأنصاره إن واشنطن عدو دائم للبلاد بينما تعالت هتافات "
                 "الحشود “الموت للطغاة” و”النصر للشعب” في القاعة.")
    texts = {q[1]: q for q in qs}
    assert "واشنطن عدو دائم للبلاد" in texts and texts["واشنطن عدو دائم للبلاد"][2] == "علي خامنئي"
    assert texts["الموت للطغاة"][0] == "direct" and texts["الموت للطغاة"][2] is None
    assert "النصر للشعب" in texts


def test_chant_after_colon_and_participle():
    qs = _quotes('وخرج المعتقلون من السجن وهم يهتفون: "حرية سلام وعدالة" في الشارع الرئيسي.')
    assert ("direct", "حرية سلام وعدالة", None) in qs


def test_named_chanter_is_the_speaker():
    qs = _quotes('وقبل أن يغادر المنصة هتف الرئيس الروسي فلاديمير بوتين مع الحشد "روسيا..روسيا". وانتهى الحفل.')
    assert [q[1] for q in qs] == ["روسيا..روسيا"]
    assert qs[0][2] == "فلاديمير بوتين"


def test_written_slogans_and_places_are_no_chants():
    qs = _quotes('ورفع المتظاهرون شعار "السلام أولا" في الساحة. وردد المعتصمون في محيط "الدوار الرابع" '
                 'عبارات غاضبة ضد الحكومة.')
    assert not any(q[1] in ("السلام أولا", "الدوار الرابع") for q in qs)


def test_repeating_inside_a_report_is_not_a_chant():
    qs = _quotes('اعتبر الرئيس الإيراني حسن روحاني، الأحد، أن نظيره الأمريكي أطلق كلاما مهينا وردد '
                 '"أكاذيب" خلال خطابه في الأمم المتحدة.')
    assert not any(q[1] == "أكاذيب" and q[0] == "direct" for q in qs)


def test_source_before_fainna_without_comma():
    qs = _quotes("وبحسب الجيش اللبناني فإن مسلحين أطلقوا النار على دورية في البقاع وأصابوا جنديين. وانتهى الأمر.")
    assert ("indirect", "مسلحين أطلقوا النار على دورية في البقاع وأصابوا جنديين", "الجيش اللبناني") in qs


def test_source_before_fainna_after_ma_and_verb():
    qs = _quotes("وبحسب ما ذكرت وكالة رويترز فإن الشركة تعتزم بيع حصتها في المصنع قبل نهاية العام.")
    assert any(q[1].startswith("الشركة تعتزم بيع حصتها") and q[2] and "رويترز" in q[2] for q in qs)


def test_documents_and_rumours_before_fainna_are_no_sources():
    qs = _quotes("ووفقا للدراسة فإن نصف سكان الإقليم فقراء. وبحسب ما يشاع في بيروت فإن الحكومة ستستقيل قريبا.")
    assert qs == []
