"""Session 5 entity work on roles: bare construct offices ("ولي العهد", "رئيس الوزراء") linked back
to the person named with the full office, the president-elect, offices whose complement runs up to
the holder's name ("وزير السياحة فلان", "فلان، مدير مستشفى …"), and what must not be bridged.
Sentences written for these tests."""
from khabar.api import read
from entity_helpers import entities, holder_of, spans_of  # tests/ is on sys.path


# -- bare construct offices ------------------------------------------------------------------------

def test_bare_crown_prince_joins_the_person_named_with_the_full_office():
    body = ("أكد ولي العهد السعودي، محمد بن سلمان، في حديث لمجلة اقتصادية أن الإصلاحات ماضية. "
            "وقال ولي العهد إن المملكة ستنوع مصادر دخلها.")
    ents = entities(body, "2019-03-01")
    mbs = holder_of(ents, "محمد بن سلمان")
    assert mbs is not None and mbs.kb == "per:mohammed_bin_salman"
    assert [m.text for m in mbs.mentions].count("ولي العهد") == 1
    assert not any(e.name_ar == "العهد" for e in ents)


def test_bare_crown_prince_is_the_speaker_of_the_quote():
    body = ("أكد ولي العهد السعودي، محمد بن سلمان، في حديث لمجلة اقتصادية أن الإصلاحات ماضية. "
            "وقال ولي العهد إن المملكة ستنوع مصادر دخلها.")
    art = read(body, published="2019-03-01")
    names = {e.id: e.name for e in art.entities}
    quote = next(q for q in art.quotes if "تنوع" in q.text)
    assert names.get(quote.speaker) == "Mohammed bin Salman"


def test_bare_prime_minister_links_to_the_named_prime_minister():
    body = ("زار رئيس الوزراء الكندي جاستن ترودو مصنعا للسيارات في أونتاريو. "
            "وتعهد رئيس الوزراء بدعم العمال.")
    ents = entities(body, "2018-04-10")
    trudeau = holder_of(ents, "جاستن ترودو")
    assert "رئيس الوزراء" in [m.text for m in trudeau.mentions]


def test_indefinite_office_alone_links_to_nobody():
    body = "زار رئيس الوزراء الكندي جاستن ترودو مصنعا. وقال رئيس سابق للنقابة إن العمال قلقون."
    ents = entities(body, "2018-04-10")
    assert holder_of(ents, "رئيس") is None


def test_form_of_address_alone_is_no_office_holder():
    body = ("حضر الحفل الأمير خالد بن سلمان. وكان في استقبال الضيوف صاحب السمو عند وصولهم "
            "إلى القاعة.")
    ents = entities(body, "2019-03-01")
    assert holder_of(ents, "صاحب السمو") is None


def test_head_of_state_is_not_the_party_head_named_by_apposition():
    body = ("انتقد سليم الورغي رئيس حزب الأمل الجديد الحكومة. "
            "ودعا رئيس الجمهورية إلى حوار وطني.")
    ents = entities(body, "2017-05-10", tagger=spans_of(("سليم الورغي", "PERS")))
    warghi = holder_of(ents, "سليم الورغي")
    assert warghi is not None
    assert "رئيس الجمهورية" not in [m.text for m in warghi.mentions]


# -- president-elect ---------------------------------------------------------------------------------

def test_president_elect_is_the_name_after_it_not_the_holder_at_the_date():
    body = ("هنأ رئيس الوزراء الكندي جاستن ترودو الرئيس الأميركي المنتخب دونالد ترامب بفوزه. "
            "وقال مكتب ترودو إنه اتصل بالرئيس المنتخب هاتفيا.")
    ents = entities(body, "2016-11-10")
    trump = holder_of(ents, "دونالد ترامب")
    assert trump.kb == "per:donald_trump"
    assert "الرئيس الأميركي المنتخب" in [m.text for m in trump.mentions]
    assert "الرئيس المنتخب" in [m.text for m in trump.mentions]
    assert not any(e.kb == "per:barack_obama" for e in ents)


# -- an office's complement up to the holder's name -----------------------------------------------------

def test_open_office_with_complement_before_an_unknown_name():
    body = "أعلن وزير السياحة والآثار خالد المرزوقي أن الموسم سيبدأ مبكرا."
    ents = entities(body, "2018-01-01", tagger=spans_of(("خالد المرزوقي", "PERS")))
    person = holder_of(ents, "خالد المرزوقي")
    assert "وزير السياحة والآثار" in [m.text for m in person.mentions]


def test_office_head_with_institution_complement_and_a_preposition():
    body = "وأصيب رئيس قسم الهندسة في البلدية سامر الخطيب في الحادث."
    ents = entities(body, "2018-01-01", tagger=spans_of(("سامر الخطيب", "PERS")))
    person = holder_of(ents, "سامر الخطيب")
    assert "رئيس قسم الهندسة في البلدية" in [m.text for m in person.mentions]


def test_office_after_name_and_comma_takes_in_its_complement():
    body = "وقالت سلمى الحداد، مديرة مستشفى الأمل الجامعي، إن المصابين في حالة مستقرة."
    ents = entities(body, "2018-01-01", tagger=spans_of(("سلمى الحداد", "PERS")))
    person = holder_of(ents, "سلمى الحداد")
    assert "مديرة مستشفى الأمل الجامعي" in [m.text for m in person.mentions]


def test_complement_does_not_run_through_a_verbal_noun_to_an_object():
    body = "وأعلن البيت الأبيض أن الرئيس سيرسل وزير الخارجية للقاء الملك عبدالله الثاني في عمان."
    ents = entities(body, "2018-10-15", tagger=spans_of(("عبدالله الثاني", "PERS")))
    assert holder_of(ents, "عبدالله الثاني") is not None or holder_of(ents, "الملك عبدالله الثاني")
    assert not any(m.text.startswith("وزير الخارجية لل") for e in ents for m in e.mentions)


def test_complement_stops_at_a_given_name_that_starts_the_holders_name():
    body = "ونشر النجل الأكبر للرئيس الأسبق محمد حسني مبارك صورا قديمة."
    ents = entities(body, "2018-10-06")
    for e in ents:
        assert not any(m.text.endswith("محمد") and m.kind == "role" for m in e.mentions)


def test_institution_noun_before_a_name_makes_it_the_institutions():
    body = "وقالت لينا فارس، المديرة التنفيذية لجمعية نور للتنمية، إن التبرعات تراجعت."
    ents = entities(body, "2018-01-01", tagger=spans_of(("لينا فارس", "PERS"), ("نور", "PERS")))
    nur = holder_of(ents, "نور")
    assert nur is None or all(m.kind == "name" for m in nur.mentions)


def test_indefinite_noun_before_a_name_is_its_construct_not_an_apposition():
    body = "واتهم مدير حملة سامر الخطيب الانتخابية خصومه بالتزوير."
    ents = entities(body, "2018-01-01", tagger=spans_of(("سامر الخطيب", "PERS")))
    person = holder_of(ents, "سامر الخطيب")
    assert all(m.kind == "name" for m in person.mentions)


def test_bare_office_before_an_unfound_given_name_is_not_the_earlier_holder():
    body = ("قال وزير الخارجية الأمريكي ريكس تيلرسون إن المحادثات جيدة. "
            "وفي القرن التاسع عشر وقع وزير الخارجية ويليام سيوارد اتفاقا لشراء ألاسكا.")
    ents = entities(body, "2017-06-01")
    tillerson = next(e for e in ents if e.kb == "per:rex_tillerson")
    assert [m.text for m in tillerson.mentions].count("وزير الخارجية") == 0


def test_complement_after_name_ends_before_fi_and_an_indefinite_noun():
    body = "وقال فادي نصار، أمين عام حزب الغد في تصريح للإذاعة، إن الحزب سيشارك."
    ents = entities(body, "2018-01-01", tagger=spans_of(("فادي نصار", "PERS")))
    person = holder_of(ents, "فادي نصار")
    roles = [m.text for m in person.mentions if m.kind == "role"]
    assert roles and not any("تصريح" in r for r in roles)


def test_complement_stops_at_another_office_whose_holder_is_named():
    body = "وأوضح مدير مكتب زعيم المعارضة سومايلا سيسي في بيان أن المتظاهرين تعرضوا لهجمات."
    ents = entities(body, "2018-06-03")
    cisse = next(e for e in ents if e.kb == "per:soumaila_cisse")
    assert not any(m.text.startswith("مدير") for m in cisse.mentions)


def test_bare_office_before_the_preposition_ala_still_links():
    body = ("قالت المستشارة الألمانية أنغيلا ميركل إن الاتحاد قوي. "
            "وأكدت المستشارة على أن ألمانيا منفتحة على الحوار.")
    ents = entities(body, "2018-06-19")
    merkel = next(e for e in ents if e.kb == "per:angela_merkel")
    assert "المستشارة" in [m.text for m in merkel.mentions]


def test_office_after_comma_and_waw_is_the_next_persons():
    body = ("وسيضم الوفد كلا من المدير التنفيذي للحزب سامر الخطيب، ورئيس الكتلة البرلمانية، "
            "فادي نصار، والناطق الرسمي.")
    ents = entities(body, "2018-01-01",
                    tagger=spans_of(("سامر الخطيب", "PERS"), ("فادي نصار", "PERS")))
    khatib = holder_of(ents, "سامر الخطيب")
    nassar = holder_of(ents, "فادي نصار")
    assert not any(m.text.startswith("رئيس الكتلة") for m in khatib.mentions)
    assert any(m.text.startswith("رئيس الكتلة") for m in nassar.mentions)


def test_long_complement_and_comma_reach_the_holder_not_a_word_before():
    body = "وأشرف وزير الفلاحة والموارد المائية والصيد البحري، سمير الطيبي، على افتتاح المعرض."
    ents = entities(body, "2018-01-01",
                    tagger=spans_of(("أشرف", "PERS"), ("سمير الطيبي", "PERS")))
    samir = holder_of(ents, "سمير الطيبي")
    assert "وزير الفلاحة والموارد المائية والصيد البحري" in [m.text for m in samir.mentions]
