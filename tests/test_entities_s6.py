"""Session 6 entity work: an office entity nobody was found for joins the person the article shows in
that office (apposition before or after, a KB office held by a person named later), names the tagger
cut at a hyphen or between a man's given names and his family name, and a name after a title that
stops short of the tagger's longer name. Sentences written for these tests."""
from khabar.entities.name_joins import bridge_hyphens, join_cut_names
from khabar.entities.translit import transliterate
from entity_helpers import entities, holder_of, spans_of  # tests/ is on sys.path


def _spans(text, *parts):
    """(start, end, type) of each (surface, type), found left to right."""
    out, at = [], 0
    for word, typ in parts:
        i = text.index(word, at)
        out.append((i, i + len(word), typ))
        at = i + len(word)
    return out


# -- office entities merged into the person the article gives that office ---------------------------

def test_bare_office_before_the_apposition_that_names_its_holder():
    body = ("قال وزير الصحة النرويجي إن المحصول تراجع هذا العام.\n"
            "وأضاف أولاف برينغسن، وزير الصحة النرويجي، أن الحكومة ستعوض المزارعين.")
    ents = entities(body, None, tagger=spans_of(("أولاف برينغسن", "PERS")))
    person = holder_of(ents, "أولاف برينغسن")
    assert person is not None
    assert [m.text for m in person.mentions].count("وزير الصحة النرويجي") == 2
    assert not any(e.name.startswith("Health minister") for e in ents)


def test_deputy_office_before_the_name_of_its_kb_holder():
    body = ("يقول نائب وزير الخارجية الإيراني إن طهران لن تغادر الاتفاق النووي.\n"
            "وقال عباس عراقجي في لقاء مع صحفيين إن بلاده ملتزمة بتعهداتها.")
    ents = entities(body, "2019-05-10", tagger=spans_of())
    person = holder_of(ents, "عباس عراقجي")
    assert person is not None and person.kb == "per:abbas_araghchi"
    assert "نائب وزير الخارجية الإيراني" in [m.text for m in person.mentions]


def test_deputy_office_is_not_given_to_the_minister_himself():
    body = ("قال نائب وزير الخارجية الإيراني إن طهران لن تغادر الاتفاق النووي.\n"
            "وقال محمد جواد ظريف في لقاء مع صحفيين إن بلاده ملتزمة بتعهداتها.")
    ents = entities(body, "2019-05-10", tagger=spans_of())
    zarif = holder_of(ents, "محمد جواد ظريف")
    assert zarif is not None
    assert "نائب وزير الخارجية الإيراني" not in [m.text for m in zarif.mentions]
    assert holder_of(ents, "نائب وزير الخارجية الإيراني") is not zarif


def test_office_stays_its_own_entity_when_two_people_hold_it_in_the_article():
    body = ("قال وزير الصحة النرويجي إن المحصول تراجع.\n"
            "وكان أولاف برينغسن، وزير الصحة النرويجي، قد خلف هانس توربيورن، وزير الصحة النرويجي السابق.\n"
            "وقال كنوت هالفورسن، وزير الصحة النرويجي، إن الدعم سيستمر.")
    ents = entities(body, None, tagger=spans_of(("أولاف برينغسن", "PERS"), ("كنوت هالفورسن", "PERS")))
    first = next(e for e in ents if any(m.start == 4 for m in e.mentions))
    assert first.kb is None and all(m.kind == "role" for m in first.mentions)


# -- one name cut in two by the tagger ---------------------------------------------------------------

def test_given_names_and_family_name_cut_apart_are_one_name():
    body = "وأكد العقيد سالم عوض مبارك الكثيري أن الدوريات ضبطت المهربين."
    spans = _spans(body, ("سالم عوض", "PERS"), ("مبارك الكثيري", "PERS"))
    joined = join_cut_names(spans, body)
    assert [body[s:e] for s, e, _ in joined] == ["سالم عوض مبارك الكثيري"]


def test_nasab_chain_and_family_name_cut_apart_are_one_name():
    body = "وزار الموقع المهندس فهد بن سعد العتيبي برفقة وفد من الوزارة."
    spans = _spans(body, ("فهد بن سعد", "PERS"), ("العتيبي", "PERS"))
    assert [body[s:e] for s, e, _ in join_cut_names(spans, body)] == ["فهد بن سعد العتيبي"]


def test_two_full_names_side_by_side_stay_apart():
    body = "وحضر الاجتماع النواب مروان حماده أكرم شهيب وغيرهم."
    spans = _spans(body, ("مروان حماده", "PERS"), ("أكرم شهيب", "PERS"))
    assert len(join_cut_names(spans, body)) == 2


def test_a_noun_after_a_name_is_no_family_name():
    body = "والتقى مالك الصحيفة بالوزير، كما تحدث خليفة جبر المنتج عن العرض."
    spans = _spans(body, ("مالك", "PERS"), ("الصحيفة", "PERS"), ("خليفة جبر", "PERS"), ("المنتج", "PERS"))
    assert len(join_cut_names(spans, body)) == 4


def test_next_person_of_a_list_is_not_joined():
    body = "وشارك في المعسكر اللاعبون ماجد حسن وقصي الخيبري."
    spans = _spans(body, ("ماجد حسن", "PERS"), ("وقصي الخيبري", "PERS"))
    assert len(join_cut_names(spans, body)) == 2


def test_royal_name_inside_an_institution_is_not_joined():
    body = "أقلعت الطائرة من مطار الأمير محمد بن عبدالعزيز الدولي صباحا."
    spans = _spans(body, ("محمد بن عبدالعزيز", "PERS"), ("الدولي", "PERS"))
    assert len(join_cut_names(spans, body)) == 2


def test_cut_name_in_the_entity_stage():
    body = "وقال اللواء أحمد سالم محرم الحضرمي إن قواته تقدمت.\nوأضاف الحضرمي أن المعارك مستمرة."
    tagger = spans_of(("أحمد سالم", "PERS"), ("محرم الحضرمي", "PERS"))
    ents = entities(body, "2018-01-01", tagger=tagger)
    person = holder_of(ents, "أحمد سالم محرم الحضرمي")
    assert person is not None and person.type == "PER"
    assert holder_of(ents, "محرم الحضرمي") is None


# -- names written with a hyphen ---------------------------------------------------------------------

def test_hyphenated_given_name_is_one_name():
    body = "وقال المخرج جان-ميشيل روبير إن الفيلم سيعرض قريبا."
    spans = _spans(body, ("جان", "PERS"), ("ميشيل روبير", "PERS"))
    assert [body[s:e] for s, e, _ in bridge_hyphens(spans, body)] == ["جان-ميشيل روبير"]


def test_korean_name_with_a_hyphen_takes_the_word_after_it():
    body = "وأفرجت السلطات عن المواطن كيم يونغ-هو بعد عامين."
    spans = _spans(body, ("كيم يونغ", "PERS"))
    assert [body[s:e] for s, e, _ in bridge_hyphens(spans, body)] == ["كيم يونغ-هو"]


def test_compound_adjective_and_pairs_are_not_bridged():
    body = "وقال القس الأميركي-الكوري إن قمة بارك-مون تأخرت، وأكد مون ذلك."
    spans = _spans(body, ("الأميركي", "PERS"), ("بارك", "PERS"), ("مون", "PERS"), ("مون", "PERS"))
    out = [body[s:e] for s, e, _ in bridge_hyphens(spans, body)]
    assert "الأميركي-الكوري" not in out and "بارك-مون" not in out


def test_hyphenated_name_in_the_entity_stage_is_one_person():
    body = "وقال جان-ميشيل روبير إن الفيلم سيعرض قريبا.\nوأضاف روبير أن التصوير استغرق عامين."
    ents = entities(body, "2018-01-01", tagger=spans_of(("جان", "PERS"), ("ميشيل روبير", "PERS")))
    person = holder_of(ents, "جان-ميشيل روبير")
    assert person is not None and "روبير" in [m.text for m in person.mentions]
    assert holder_of(ents, "جان") is None


def test_hyphenated_name_is_transliterated_part_by_part():
    assert transliterate("جان-كلود") == "Jean-Claude"


# -- a name after a title gives way to the tagger's longer name --------------------------------------

def test_title_name_shorter_than_the_tagger_name():
    body = "وأوضح قائد اللواء العميد سالم محمد رجب القحطاني أن القوات تقدمت."
    ents = entities(body, "2018-01-01", tagger=spans_of(("سالم محمد رجب القحطاني", "PERS")))
    person = holder_of(ents, "سالم محمد رجب القحطاني")
    assert person is not None
    assert holder_of(ents, "سالم محمد رجب") is None


# -- occupations before a name, and later alone ---------------------------------------------------

def test_occupation_with_demonym_names_the_person_after_it_and_later():
    body = ("وقال الكاتب المغربي يوسف بنعلي إن روايته الجديدة ستصدر في الربيع.\n"
            "وأضاف الكاتب المغربي أن الناشر طلب تعديلات.")
    ents = entities(body, "2018-01-01", tagger=spans_of(("يوسف بنعلي", "PERS")))
    person = holder_of(ents, "يوسف بنعلي")
    assert person is not None
    assert [m.text for m in person.mentions].count("الكاتب المغربي") == 2


def test_occupation_without_a_person_is_no_entity():
    body = "وقال الكاتب المغربي في مقاله إن الرواية تراجعت."
    ents = entities(body, "2018-01-01", tagger=spans_of())
    assert not any(e.type == "PER" for e in ents)


# -- a military rank of two or three words before the name ----------------------------------------

def test_rank_words_are_not_part_of_the_name():
    body = "وصرح قائد القوات البرية الفريق أول ركن ماجد بن سالم الدوسري بأن التمرين انتهى."
    ents = entities(body, "2018-01-01", tagger=spans_of())
    assert not any(m.text.startswith(("أول", "ركن")) for e in ents for m in e.mentions)
    person = next(e for e in ents if e.type == "PER")
    assert any(m.text.startswith("ماجد بن سالم") for m in person.mentions)


def test_occupation_word_after_a_definite_noun_is_an_adjective():
    body = "وقالت اللجنة الإعلامية إن المؤتمر الصحفي للوزير تأجل إلى الغد."
    ents = entities(body, "2018-01-01", tagger=spans_of())
    assert not any(e.type == "PER" for e in ents)
    assert not any(m.text in ("الإعلامية", "الصحفي") for e in ents for m in e.mentions)


def test_office_complement_then_rank_then_name():
    body = "أكد قائد المنطقة العسكرية الثالثة اللواء ناصر علي الشبواني أن قواته تقدمت."
    ents = entities(body, "2018-01-01", tagger=spans_of(("ناصر علي الشبواني", "PERS")))
    person = holder_of(ents, "ناصر علي الشبواني")
    assert person is not None
    assert "قائد المنطقة العسكرية الثالثة" in [m.text for m in person.mentions]


def test_organisation_name_does_not_end_in_a_rank():
    body = "وقال مدير شرطة المحافظة اللواء فهد بن سالم العنزي إن الحملة مستمرة."
    ents = entities(body, "2018-01-01", tagger=spans_of(("شرطة المحافظة اللواء", "ORG"),
                                                         ("فهد بن سالم العنزي", "PERS")))
    assert not any(m.text.endswith("اللواء") for e in ents if e.type == "ORG" for m in e.mentions)


def test_current_between_office_and_name():
    body = "وكان الرئيس الحالي كارلوس مينديس قد وعد بإصلاحات."
    ents = entities(body, "2018-01-01", tagger=spans_of(("كارلوس مينديس", "PERS")))
    person = holder_of(ents, "كارلوس مينديس")
    assert person is not None and "الرئيس الحالي" in [m.text for m in person.mentions]
