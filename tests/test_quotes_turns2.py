"""A second statement of the same speaker after "، لكنه"، a cue with عن and a complement, a time
adverb with a pronoun between the cue and its complement, and a short quotation after "قائلا"."""
from quotes_helpers import quotes


def _view(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.kind, q.text) for q in qs]


def test_but_he_then_a_stance_verb_with_its_object_is_a_new_statement():
    body = ("وقال الوزير سامي نور إن الاتفاق قائم، لكنه أعلن عن تعليق المحادثات \"العقيمة\" مع "
            "الطرف الآخر.")
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [(s, q) for s, _, q in _view(a, qs)] == [
        ("Sami Nour", "الاتفاق قائم"),
        ("Sami Nour", "تعليق المحادثات \"العقيمة\" مع الطرف الآخر")]
    body = ("وأشار الوزير سامي نور إلى أن الوضع الاقتصادي \"صعب للغاية\"، لكنه طالب المواطنين "
            "بالصبر.")
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs)[0] == ("Sami Nour", "indirect", "الوضع الاقتصادي \"صعب للغاية\"")
    assert all(q.speaker == "e1" for q in qs)


def test_spoke_of_that_with_a_complement_or_a_quotation_only():
    body = "وتحدث الوزير سامي نور عن أن \"هناك محاولات لعرقلة الاتفاق\"، مضيفا: \"سنواصل العمل\"."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs) == [("Sami Nour", "direct", "هناك محاولات لعرقلة الاتفاق"),
                            ("Sami Nour", "direct", "سنواصل العمل")]
    body = "وتحدثت الوزيرة سلمى حداد عن \"ضبط أسلحة ثقيلة\" في المنزل."
    a, qs = quotes(body, {"Salma Haddad": ["سلمى حداد"]})
    assert _view(a, qs) == [("Salma Haddad", "partial", "ضبط أسلحة ثقيلة")]
    assert quotes("وتحدث الوزير سامي نور عن الأزمة الاقتصادية في البلاد.")[1] == []


def test_time_adverb_with_a_pronoun_is_no_subject():
    body = "وقال سامي نور إن \"الاتفاق واقع\"، ليضيف بعدها أنه \"لا عودة عن القرار\"."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_short_quotation_after_saying_is_direct():
    body = "وقال الرئيس سامي نور ردا على سؤال حول الاتفاق، قائلا \"لقد بدأنا العملية\"."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs) == [("Sami Nour", "direct", "لقد بدأنا العملية")]


def test_the_pronoun_of_but_he_is_the_subject_and_the_noun_after_the_verb_its_object():
    body = ("وقال الرئيس سامي نور إن الجيران ربما يسعون لإفشال الجهود، لكنه أكد ثقته في أن "
            "الاتفاق سيصمد.")
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [(q.speaker, q.text) for q in qs] == [("e1", "الجيران ربما يسعون لإفشال الجهود"),
                                                 ("e1", "الاتفاق سيصمد")]


def test_coordinated_verb_with_an_object_shares_the_subject_after_a_comma_in_the_subject():
    body = "اعتبر الرئيس رامي سعد، العقوبات على بلاده \"طعنة بالظهر\"، وطمأن المواطنين بأن العملة ستتعافى."
    a, qs = quotes(body, {"Rami Saad": ["رامي سعد"]})
    assert [(q.speaker, q.kind, q.text) for q in qs] == [("e1", "partial", "طعنة بالظهر"),
                                                        ("e1", "indirect", "العملة ستتعافى")]


def test_a_definite_plural_in_ina_after_the_verb_is_its_object():
    body = "وقال الوزير سامي نور إن الحكومة تمد يدها للسلام، وطالب الحوثيين بالتوقف عن القتال."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"], "ORG:Houthis": ["الحوثيين"]})
    assert [q.speaker for q in qs] == ["e1", "e1"]


def test_the_former_and_the_latter_in_a_while_clause():
    body = ("واتفق رئيس اللجنة خالد نور مع الخطيب سامي حداد في الرأي. وفيما أكد الأول أن الحوار "
            "ضروري، شدد الثاني على أن الوحدة أولوية.")
    a, qs = quotes(body, {"Khalid Nour": ["خالد نور"], "Sami Haddad": ["سامي حداد"]})
    assert [(a.entity(q.speaker).name, q.text) for q in qs] == [
        ("Khalid Nour", "الحوار ضروري"), ("Sami Haddad", "الوحدة أولوية")]
    assert not any(e.name == "الثاني" for e in a.entities)
