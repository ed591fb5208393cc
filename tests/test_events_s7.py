"""Events, session 7: the place that "witnessed" an event is where it happened (never a party), district
words (قضاء، ناحية، مديرية) make a place a location, and a length told right after an event noun is its own."""
from khabar.events import extract_events

from events_helpers import make, only


def _ev(text, entities, type_):
    return only(extract_events(make(text, entities)), type_)


# ---------------------------------------------------------------- the witnessing place

def test_witnessing_country_is_location_not_actor():
    ev = _ev("شهدت مصر أمس ثلاث هجمات بعبوات ناسفة أسفرت عن مقتل جنديين.", {"eg": ("LOC", ["مصر"])}, "ASSAULT")
    assert ev.location == "eg" and "eg" not in ev.actors


def test_witnessing_place_with_time_between():
    ev = _ev("ويشهد لبنان منذ الخميس الماضي احتجاجات واسعة على الضرائب الجديدة.", {"lb": ("LOC", ["لبنان"])},
             "PROTEST")
    assert ev.location == "lb" and ev.actors == []


def test_place_told_before_the_verb():
    ev = _ev("وكانت فرنسا قد شهدت في نوفمبر الماضي مظاهرات حاشدة ضد الحكومة.", {"fr": ("LOC", ["فرنسا"])},
             "PROTEST")
    assert ev.location == "fr" and "fr" not in ev.actors


def test_relative_clause_on_the_place():
    ev = _ev("وصل الوزير إلى محافظة البصرة التي تشهد منذ أسبوعين موجة احتجاجات على انقطاع الكهرباء.",
             {"basra": ("LOC", ["محافظة البصرة"])}, "PROTEST")
    assert ev.location == "basra" and "basra" not in ev.actors


def test_a_listed_spot_gives_way_to_the_witnessing_place():
    ev = _ev("شهدت مصر أمس ثلاث هجمات بعبوات ناسفة في العريش ورفح.",
             {"eg": ("LOC", ["مصر"]), "arish": ("LOC", ["العريش"]), "rafah": ("LOC", ["رفح"])}, "ASSAULT")
    assert ev.location == "eg"


def test_a_single_spot_after_the_noun_stays():
    ev = _ev("كما شهدت أنقرة إطلاق نار قرب مقر السفارة في حي جانكايا.",
             {"ank": ("LOC", ["أنقرة"]), "cank": ("LOC", ["جانكايا"])}, "ASSAULT")
    assert ev.location == "cank" and "ank" not in ev.actors


def test_subject_that_is_no_place_is_not_read():
    # the subject is the operation; Ankara only names it in a relative clause
    ev = _ev("وشهدت العملية التي تطلق عليها أنقرة اسم درع الفرات إرسال قوات برية.",
             {"ank": ("LOC", ["أنقرة"])}, "MOBILIZE")
    assert ev.location != "ank"


def test_party_named_between_blocks_the_reading():
    ev = _ev("وتشهد العلاقات بين كوبا والولايات المتحدة توترا، فواشنطن تفرض عقوبات على هافانا.",
             {"cu": ("LOC", ["كوبا"]), "us": ("LOC", ["الولايات المتحدة"]), "dc": ("LOC", ["واشنطن"]),
              "hav": ("LOC", ["هافانا"])}, "SANCTION")
    assert ev.location not in ("cu", "us")
    assert "dc" in ev.actors


def test_person_as_subject_is_no_place():
    evs = extract_events(make("شهد الرئيس أحمد سالم أمس توقيع اتفاقية تعاون مع الأردن.",
                              {"p": ("PER", ["أحمد سالم"]), "jo": ("LOC", ["الأردن"])}))
    assert all(e.location != "p" for e in evs)


# ---------------------------------------------------------------- districts

def test_district_after_coordination_is_no_actor():
    ev = _ev("قتل ثلاثة مدنيين في انفجار عبوة ناسفة في قضاء الحويجة وناحية الرياض غربي كركوك.",
             {"haw": ("LOC", ["الحويجة"]), "riy": ("LOC", ["الرياض"]), "kirk": ("LOC", ["كركوك"])}, "ASSAULT")
    assert "riy" not in ev.actors and ev.location == "haw"


def test_district_word_makes_the_spot_the_location():
    ev = _ev("وشنت الطائرات غارات على مواقع للمسلحين بمديرية حرض في محافظة حجة.",
             {"harad": ("LOC", ["حرض"]), "hajja": ("LOC", ["محافظة حجة"])}, "ASSAULT")
    assert "harad" not in ev.actors and ev.location == "harad"


def test_district_heading_its_own_mention():
    ev = _ev("قتل جنديان في هجوم على حاجز أمني في قرية الشيخ مسكين.",
             {"v": ("LOC", ["قرية الشيخ مسكين"])}, "ASSAULT")
    assert ev.actors == [] and ev.location == "v"


def test_judiciary_is_no_district():
    # "القضاء" with the article is the judiciary, not a district word
    evs = extract_events(make("وانتقدت تونس القضاء الفرنسي بعد الحكم.", {"tn": ("LOC", ["تونس"])}))
    assert any("tn" in e.actors for e in evs if e.type == "DISAPPROVE")


# ---------------------------------------------------------------- a length of the noun's own

def test_length_after_noun_following_a_preposition():
    ev = _ev("وتبادل الرئيسان وجهات النظر خلال مباحثات استمرت ساعتين.", {}, "CONSULT")
    assert ev.duration_minutes == 120


def test_length_belongs_to_its_noun_only():
    evs = extract_events(make("وتوصل الطرفان إلى اتفاق بعد مفاوضات استمرت 20 ساعة.", {}))
    assert only(evs, "CONSULT").duration_minutes == 1200
    assert only(evs, "AGREE").duration_minutes is None


def test_point_in_time_is_no_length():
    evs = extract_events(make("ووصل الوزير بعد 45 دقيقة من بدء الاجتماع.", {}))
    assert all(e.duration_minutes is None for e in evs)


# ---------------------------------------------------------------- a court's sentence

def _coerce(text, entities):
    return [e for e in extract_events(make(text, entities)) if e.type == "COERCE"]


def test_court_sentence_is_coercion_by_the_court():
    evs = _coerce("وقضت محكمة الجنايات أمس بسجن الناشط كريم فؤاد خمس سنوات.",
                  {"court": ("ORG", ["محكمة الجنايات"]), "k": ("PER", ["كريم فؤاد"])})
    assert len(evs) == 1 and evs[0].actors == ["court"]


def test_sentenced_after_ala_is_no_party():
    evs = _coerce("حكمت محكمة أمن الدولة على الصحفي سامي نادر بالسجن عشر سنوات.",
                  {"court": ("ORG", ["محكمة أمن الدولة"]), "s": ("PER", ["سامي نادر"])})
    assert len(evs) == 1 and "s" not in evs[0].actors and "court" in evs[0].actors


def test_passive_sentence_has_no_party():
    evs = _coerce("وكان الناشط سامي نادر الذي حكم عليه بالإعدام قد نقل إلى المستشفى.",
                  {"s": ("PER", ["سامي نادر"])})
    assert len(evs) == 1 and evs[0].actors == []


def test_sentence_noun_issued_by_a_court():
    evs = _coerce("أصدرت محكمة الاستئناف حكما بسجن رجل الأعمال فادي كرم ثلاث سنوات.",
                  {"court": ("ORG", ["محكمة الاستئناف"]), "f": ("PER", ["فادي كرم"])})
    assert len(evs) == 1 and evs[0].actors == ["court"]


def test_serving_a_sentence_is_none():
    assert not _coerce("وقضت الناشطة حكما بالسجن لمدة عامين.", {})
    assert not _coerce("ويقضي الزعيم السابق منذ عشر سنوات عقوبة بالسجن المؤبد.", {})
    assert not _coerce("مع احتساب المدة التي قضاها بالسجن.", {})


def test_bare_issued_sentence_has_no_party():
    evs = _coerce("وكان رجل الأعمال فادي كرم قد صدر ضده حكم بالسجن ثلاث سنوات.", {"f": ("PER", ["فادي كرم"])})
    assert len(evs) == 1 and evs[0].actors == []
