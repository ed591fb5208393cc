"""Reported clauses in run-on text: a full stop glued to the next word, a quoted verb opening the
clause after "أنه", the narrator's "إلا أنه …" after a comma (sentences written for these tests)."""
from quotes_helpers import quotes


def _view(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.kind, q.text) for q in qs]


def test_a_glued_full_stop_ends_the_reported_clause():
    body = ("وقال الوزير كمال حداد إن الحكومة ستدعم المزارعين هذا العام .وكتب حداد على حسابه "
            "\"لن نترك أحدا وحده\".")
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد", "حداد"]})
    assert _view(a, qs) == [
        ("Kamal Haddad", "indirect", "الحكومة ستدعم المزارعين هذا العام"),
        ("Kamal Haddad", "direct", "لن نترك أحدا وحده"),
    ]
    # with no space on either side: the next sentence is the narrator's
    body = "وأوضح المتحدث سامي نور أن السوق استقرت في الربع الأخير.وارتفعت أسعار القمح مجددا."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.text for q in qs] == ["السوق استقرت في الربع الأخير"]


def test_dotted_abbreviations_and_web_names_are_no_full_stop():
    body = "وقال المدير سامي نور لشبكة إن.بي.سي إن المصنع سيغلق أبوابه الأسبوع المقبل."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.text for q in qs] == ["المصنع سيغلق أبوابه الأسبوع المقبل"]
    body = "وقالت الباحثة سلمى حداد إن تقريرها نشر على موقع المرصد.نت قبل أسبوع من الاجتماع."
    a, qs = quotes(body, {"Salma Haddad": ["سلمى حداد"]})
    assert [q.text for q in qs] == ["تقريرها نشر على موقع المرصد.نت قبل أسبوع من الاجتماع"]


def test_a_quoted_verb_opening_the_clause_reports_the_whole_clause():
    body = "وقال وزير المالية كمال حداد إنه \"لن يوقع\" أي اتفاق قبل مراجعة الأرقام."
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد"]})
    assert _view(a, qs) == [("Kamal Haddad", "indirect", "إنه \"لن يوقع\" أي اتفاق قبل مراجعة الأرقام")]
    body = "وأعلنت الوزيرة سلمى حداد أنها \"ستراجع\" العقود الموقعة مع الشركات الأجنبية."
    a, qs = quotes(body, {"Salma Haddad": ["سلمى حداد"]})
    assert _view(a, qs) == [("Salma Haddad", "indirect",
                             "أنها \"ستراجع\" العقود الموقعة مع الشركات الأجنبية")]


def test_a_quoted_noun_phrase_after_the_pronoun_stays_partial():
    body = "ووصف الوزير كمال حداد الاتفاق بأنه \"خطوة مهمة\" نحو إنهاء الأزمة."
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد"]})
    assert _view(a, qs) == [("Kamal Haddad", "partial", "خطوة مهمة")]
    # a coordinated second complement after the quoted verb: the quotation alone
    body = "وقال كمال حداد إنها \"ستنتهي قريبا\" وإن المفاوضات مستمرة."
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد"]})
    assert ("Kamal Haddad", "partial", "ستنتهي قريبا") in _view(a, qs)


def test_the_narrators_however_hands_over_to_a_new_report():
    body = ("وقال رئيس البلدية كمال حداد إن الطريق سيفتح خلال شهر، إلا أنه أشار إلى أن الأمطار "
            "قد تؤخر الأشغال.")
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد"]})
    assert _view(a, qs) == [
        ("Kamal Haddad", "indirect", "الطريق سيفتح خلال شهر"),
        ("Kamal Haddad", "indirect", "الأمطار قد تؤخر الأشغال"),
    ]
    body = "وقالت وزارة الصحة إن المصنع لوث النهر، إلا أن الشركة نفت ذلك."
    a, qs = quotes(body, {"ORG:Ministry of Health": ["وزارة الصحة"], "ORG:Company": ["الشركة"]})
    assert [q.text for q in qs][0] == "المصنع لوث النهر"


def test_the_speakers_own_concession_and_a_plain_clause_stay_inside():
    # "رغم …، إلا أنه …" inside the reported clause is one statement
    body = "وقال المدرب سامي نور إنه رغم غياب القائد، إلا أنه يعتبر الفريق قادرا على الفوز."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.text for q in qs] == ["إنه رغم غياب القائد، إلا أنه يعتبر الفريق قادرا على الفوز"]
    # no cue with content of its own after "إلا أن": the report goes on
    body = "وقالت الشرطة إن الحريق أخمد بسرعة، إلا أن الأضرار كانت كبيرة في الطابق الأول."
    a, qs = quotes(body, {"ORG:Police": ["الشرطة"]})
    assert [q.text for q in qs] == ["الحريق أخمد بسرعة، إلا أن الأضرار كانت كبيرة في الطابق الأول"]


def test_a_pronoun_turn_with_an_adjunct_before_its_complementizer():
    body = ("وقالت الوزيرة سلمى حداد إن الميزانية تكفي حتى الصيف، لكنها أكدت في الوقت نفسه أن "
            "الحكومة ستطلب قرضا جديدا.")
    a, qs = quotes(body, {"Salma Haddad": ["سلمى حداد"]})
    assert _view(a, qs) == [
        ("Salma Haddad", "indirect", "الميزانية تكفي حتى الصيف"),
        ("Salma Haddad", "indirect", "الحكومة ستطلب قرضا جديدا"),
    ]
    # a time word between the cue and the complementizer
    body = "وقال المدرب سامي نور إن الفريق تعب كثيرا، لكنه يقول اليوم إنه جاهز للمباراة."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.text for q in qs] == ["الفريق تعب كثيرا", "إنه جاهز للمباراة"]
