"""Words around a cue that are not its subject (sentences written for these tests):
- a calendar unit with a relative adjective between a cue and its complementizer is when the
  thing was said ("وكان X قد قال الشهر الماضي إن"): the subject stays the one written before;
- a fronted topic ("وعن وضع الميناء قالت:") is what was asked about: the last speaker goes on;
- "على لسان ناطقها X" after the subject says through whom: not the object of أكد على; X, when
  named, is the speaker."""
from quotes_helpers import quotes

PEOPLE = {"Salma Haddad": ["سلمى حداد", "وزيرة التخطيط سلمى حداد"]}


def _speaker(a, q):
    ent = a.entity(q.speaker) if q.speaker else None
    return ent.name if ent is not None else None


def test_kana_subject_survives_a_time_phrase_after_the_cue():
    body = "وكانت وزيرة التخطيط سلمى حداد قد قالت الشهر الماضي إن الخطة الخمسية ستنشر قبل الصيف."
    a, qs = quotes(body, PEOPLE)
    assert len(qs) == 1
    assert qs[0].text.startswith("الخطة الخمسية")
    assert _speaker(a, qs[0]) == "Salma Haddad"


def test_kana_subject_with_commas_and_a_time_phrase():
    body = "وكانت وزيرة التخطيط، سلمى حداد، قد أعلنت الأسبوع الماضي أن الموازنة لن تتغير."
    a, qs = quotes(body, PEOPLE)
    assert len(qs) == 1
    assert _speaker(a, qs[0]) == "Salma Haddad"


def test_a_unit_without_a_time_word_is_not_skipped():
    # "العام" here opens the subject ("المدعي العام" is not a time); nothing is skipped
    body = "وقالت سلمى حداد العام الماضي إن المشروع تأخر."
    a, qs = quotes(body, PEOPLE)
    assert len(qs) == 1 and _speaker(a, qs[0]) == "Salma Haddad"


def test_a_fronted_topic_is_not_the_subject():
    # "وعن X قال": the noun phrase after عن is what was asked about; the verb goes on with the
    # last speaker, not with the place named in the topic
    people = {"Salma Haddad": ["سلمى حداد"], "LOC:Tripoli": ["طرابلس"]}
    body = ("وقالت سلمى حداد إن الموازنة لن تتغير. "
            "وعن وضع ميناء طرابلس قالت: «الأشغال مستمرة وستنتهي قبل الشتاء».")
    a, qs = quotes(body, people)
    assert len(qs) == 2
    assert _speaker(a, qs[1]) == "Salma Haddad"


def test_through_its_spokesman_is_not_what_was_stressed():
    # "أكدت X على لسان ناطقها Y أن": على لسان says through whom; the quote starts after أن
    people = {"ORG:Civil Defence": ["الدفاع المدني"], "Rami Saad": ["رامي سعد"]}
    body = "وأكد الدفاع المدني على لسان ناطقه رامي سعد أن فرق الإنقاذ انتشلت جميع المفقودين."
    a, qs = quotes(body, people)
    assert len(qs) == 1
    assert qs[0].text.startswith("فرق الإنقاذ")
    assert _speaker(a, qs[0]) in ("Civil Defence", "Rami Saad")


def test_the_person_an_institution_spoke_through_is_the_speaker():
    # "ونقلت الوكالة على لسان Y قوله" / "أعلن الجيش على لسان ناطقه Y": Y said it
    people = {"ORG:Civil Defence": ["الدفاع المدني"], "Rami Saad": ["رامي سعد"],
              "ORG:Gulf News Agency": ["وكالة أنباء الخليج"], "Huda Nasser": ["هدى ناصر"]}
    body = ("وأكد الدفاع المدني على لسان ناطقه رامي سعد أن فرق الإنقاذ انتشلت جميع المفقودين. "
            "ونقلت وكالة أنباء الخليج على لسان هدى ناصر قولها: «المدارس ستفتح الأحد».")
    a, qs = quotes(body, people)
    assert [_speaker(a, q) for q in qs] == ["Rami Saad", "Huda Nasser"]


def test_an_unnamed_spokesman_leaves_the_institution():
    people = {"ORG:Civil Defence": ["الدفاع المدني"]}
    body = "وأكد الدفاع المدني على لسان ناطقه أن فرق الإنقاذ انتشلت جميع المفقودين."
    a, qs = quotes(body, people)
    assert len(qs) == 1 and _speaker(a, qs[0]) == "Civil Defence"
