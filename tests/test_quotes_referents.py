"""Speakers found through reference and syntax rather than a name after the cue: honorific
pronouns, addressees, agreement of a continuing verb, definite descriptions of someone named
before, fronted topics and coordinated verbs. Sentences written for these tests."""
from __future__ import annotations

from quotes_helpers import article, quotes  # tests/ is on sys.path

from khabar.quotes import find_quotes


def _speakers(qs):
    return [q.speaker for q in qs]


def test_honorific_pronoun_is_the_person_introduced_with_the_honorific():
    people = {"Fahd Salem": ["فهد سالم"], "Omar Nabil": ["عمر نبيل"],
              "Honorific": ["معاليه"]}  # a tagger slip: the pronoun read as a person
    body = ("استقبل معالي وزير المالية فهد سالم اليوم نظيره الأردني عمر نبيل في الرياض.\n"
            "وقال معاليه إن المحادثات تناولت تمويل المشاريع المشتركة.")
    _, qs = quotes(body, people)
    assert [q.text for q in qs] == ["المحادثات تناولت تمويل المشاريع المشتركة"]
    assert _speakers(qs) == ["e1"]


def test_honorific_pronoun_continues_the_previous_speaker():
    people = {"Fahd Salem": ["فهد سالم"], "Omar Nabil": ["عمر نبيل"]}
    body = ("وقال عمر نبيل إن الاتفاق سيوقع قريبا. وأضاف سموه أن اللجنة ستجتمع الشهر المقبل.")
    _, qs = quotes(body, people)
    assert _speakers(qs) == ["e2", "e2"]


def test_addressee_after_the_cue_is_never_the_speaker():
    people = {"Nadia Amin": ["نادية أمين"], "Reporters": ["لمراسلين"]}
    body = ("وقالت نادية أمين إن الجلسة بدأت متأخرة. وقالت لمراسلين إن الحكومة لن تتراجع عن "
            "القرار.")
    _, qs = quotes(body, people)
    assert qs[1].text == "الحكومة لن تتراجع عن القرار"
    assert _speakers(qs) == ["e1", "e1"]


def test_continuing_verb_skips_a_speaker_of_the_other_gender():
    people = {"Tariq Hamdi": ["طارق حمدي"], "LOC:Cairo": ["القاهرة"]}
    body = ("وقال طارق حمدي إن الميناء سيفتح قريبا. وتقول القاهرة إن الشحنات تأخرت. "
            "وأضاف أن العمال عادوا إلى العمل.")
    _, qs = quotes(body, people)
    assert _speakers(qs) == ["e1", "e2", "e1"]


def test_statement_noun_agrees_with_the_verb_not_its_issuer():
    people = {"ORG:Ministry of Water": ["وزارة المياه"]}
    body = ("وقالت وزارة المياه في بيان إن السد اكتمل. وأضاف البيان أن التشغيل يبدأ في الخريف.")
    _, qs = quotes(body, people)
    assert _speakers(qs) == ["e1", "e1"]


def test_definite_unnamed_head_tagged_as_organisation_is_that_organisation():
    people = {"ORG:Jordanian police": ["الشرطة الأردنية"]}
    body = "وأكدت الشرطة الأردنية أن المشتبه به اعتقل قرب الحدود."
    _, qs = quotes(body, people)
    assert qs[0].speaker == "e1" and qs[0].source is None


def test_description_goes_to_the_person_named_with_its_words():
    people = {"Faisal Khalid": ["نائب الرئيس الكويتي الشيخ فيصل خالد"],
              "Role": ["الشيخ الكويتي"]}  # the tagger's entity for the description
    body = ("التقى نائب الرئيس الكويتي الشيخ فيصل خالد وفدا تجاريا أمس. "
            "وقال الشيخ الكويتي إن بلاده ترحب بالاستثمار.")
    _, qs = quotes(body, people)
    assert qs[0].speaker == "e1"


def test_organisation_description_by_its_adjective():
    people = {"ORG:Arab League": ["الجامعة العربية"], "ORG:Desc": ["المنظمة العربية"]}
    body = ("وتعقد الجامعة العربية قمتها في الشهر المقبل. وقالت المنظمة العربية إن جدول "
            "الأعمال لم يكتمل.")
    a = article(body, people)
    a.entities[0].kb = "Q1"  # the named organisation is known; the description is not
    qs = find_quotes(a)
    assert qs[0].speaker == "e1"


def test_fronted_topic_is_the_subject_of_the_verb_after_fa():
    people = {"Hani Youssef": ["وزير النقل هاني يوسف", "وزير النقل"],
              "Sami Adel": ["سامي عادل"]}
    body = ("وقال سامي عادل إن الطريق سيفتح. أما وزير النقل، فقد أكد أن الأعمال ستتأخر شهرا.")
    _, qs = quotes(body, people)
    assert _speakers(qs) == ["e2", "e1"]


def test_coordinated_verb_shares_the_opening_verb_subject():
    people = {"ORG:Health Ministry": ["وزارة الصحة"], "Rami Aziz": ["رامي عزيز"]}
    body = ("وقال رامي عزيز إن العدوى تراجعت. أغلقت وزارة الصحة المدارس وقالت إن "
            "الموسم خطير.")
    _, qs = quotes(body, people)
    assert qs[-1].text == "الموسم خطير" and qs[-1].speaker == "e1"


def test_coordinated_verb_of_the_other_gender_has_its_own_subject():
    people = {"ORG:Health Ministry": ["وزارة الصحة"], "Rami Aziz": ["رامي عزيز"]}
    body = ("وقالت وزارة الصحة إن العدوى تراجعت. أغلق رامي عزيز المدارس الخاصة كلها وقالت إن "
            "الموسم خطير.")
    _, qs = quotes(body, people)
    assert qs[-1].speaker != "e2"
