"""Quote ends found from structure: the closing mark, a report glued on with و in text written
without full stops, an unclosed guillemet, the journalist resuming after the closing mark."""
from quotes_helpers import quotes


def _view(a, qs):
    return [(a.entity(q.speaker).name if q.speaker else None, q.kind, q.text) for q in qs]


def test_run_on_text_with_an_unclosed_guillemet():
    body = ("وقال الوزير كمال حداد في تصريح إن «الحكومة ماضية في خطتها حتى نهاية العام وأضاف حداد "
            "أن «الميزانية ستقر قريبا»، لافتا إلى أن «الوزارة أنجزت ما عليها»، مؤكدا انه «ينتظر أن "
            "يتخذ البرلمان القرار المناسب» وكان البرلمان قد رفض المشروع")
    a, qs = quotes(body, {"Kamal Haddad": ["كمال حداد", "حداد"]})
    assert _view(a, qs) == [
        ("Kamal Haddad", "direct", "الحكومة ماضية في خطتها حتى نهاية العام"),
        ("Kamal Haddad", "direct", "الميزانية ستقر قريبا"),
        ("Kamal Haddad", "direct", "الوزارة أنجزت ما عليها"),
        # (a pronoun of the fact before the quotation: reported, as the dev set labels it)
        ("Kamal Haddad", "indirect", "انه «ينتظر أن يتخذ البرلمان القرار المناسب»"),
    ]


def test_run_on_indirect_reports_split_at_the_glued_speech_verb():
    body = ("صرح المتحدث باسم الحزب سامي نور بأن المفاوضات متعثرة منذ أسابيع وأوضح نور أن الخلاف "
            "يدور حول توزيع الحقائب")
    a, qs = quotes(body, {"Sami Nour": ["سامي نور", "نور"]})
    assert [q.text for q in qs] == ["المفاوضات متعثرة منذ أسابيع", "الخلاف يدور حول توزيع الحقائب"]
    # a verb spelled like a cue that names someone is no new report
    body = "وقال المكتب إنه جرى توقيف رجل وتدعى زوجته سلمى (٣٠ عاما) بعد مطاردة."
    a, qs = quotes(body, {"ORG:Office": ["المكتب"]})
    assert [q.text for q in qs] == ["إنه جرى توقيف رجل وتدعى زوجته سلمى (٣٠ عاما) بعد مطاردة"]


def test_pronoun_of_the_fact_then_a_quotation_and_a_relative_clause():
    body = ("وقالت الناطقة باسم الحكومة سلمى حداد إنه \"تم اعتقال خمسة مشتبه بهم في المنزل\" الذي "
            "داهمته الشرطة مساء الأحد.")
    a, qs = quotes(body, {"Salma Haddad": ["سلمى حداد"]})
    assert _view(a, qs) == [("Salma Haddad", "indirect", "إنه \"تم اعتقال خمسة مشتبه بهم في المنزل\"")]


def test_pronoun_then_a_short_quotation_inside_the_clause_is_partial():
    body = "واعتبر الوزير رامي سعد أنها \"خطوة مهمة\" نحو إنهاء الأزمة."
    a, qs = quotes(body, {"Rami Saad": ["رامي سعد"]})
    assert _view(a, qs) == [("Rami Saad", "partial", "خطوة مهمة")]


def test_comment_after_a_closing_mark_and_a_comma_is_the_journalists():
    body = ("وأكد الرئيس رامي سعد أن قدرة البلاد على تحمل الأعباء \"وصلت إلى حدها\"، في إشارة إلى "
            "الأزمة الاقتصادية.")
    a, qs = quotes(body, {"Rami Saad": ["رامي سعد"]})
    assert _view(a, qs) == [("Rami Saad", "indirect",
                             "قدرة البلاد على تحمل الأعباء \"وصلت إلى حدها\"")]


def test_pronoun_quotation_then_a_subordinate_clause_stays_one_indirect_quote():
    body = "وقال الوزير سامي نور إنه \"لا يهتم أبدا\" إذا كانت المعارضة قد قاطعت الجلسة."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs) == [("Sami Nour", "indirect",
                             "إنه \"لا يهتم أبدا\" إذا كانت المعارضة قد قاطعت الجلسة")]


def test_a_quotation_inside_the_subject_is_not_the_quote():
    body = ("قال النائب سامي نور، عضو اللجنة المكلفة بالبحث في مسألة \"تعذيب خمسة موقوفين في "
            "السجن المركزي\"، إنه \"تبين للجنة أنه لم يقع تعذيبهم\".")
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs) == [("Sami Nour", "indirect", "إنه \"تبين للجنة أنه لم يقع تعذيبهم\"")]
    # a quotation right after the subject, before another cue, is still the quote
    body = "وقال الوزير سامي نور \"الحكومة لن تتراجع عن قرارها\"، مؤكدا أن الحوار مستمر."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert [q.text for q in qs] == ["الحكومة لن تتراجع عن قرارها", "الحوار مستمر"]


def test_narrator_resumes_after_the_closing_mark():
    body = "وأضاف سامي نور أنه \"سيبقى رئيسا للكتلة حتى المؤتمر\" كما أقر ذلك المجلس الوطني."
    a, qs = quotes(body, {"Sami Nour": ["سامي نور"]})
    assert _view(a, qs) == [("Sami Nour", "indirect", "أنه \"سيبقى رئيسا للكتلة حتى المؤتمر\"")]


def test_a_report_right_after_a_closing_mark_ends_the_clause_before_it():
    body = ("وقال أحد السكان للصحفيين إن جاره «رأى الدخان من بعيد. كان الحريق هائلا.» وقالت "
            "سلمى نور وهي نائبة عن حزب الخضر المعارض في المدينة إن الشرطة تحقق في الحادث.")
    a, qs = quotes(body, {"Salma Nour": ["سلمى نور"]})
    assert qs[-1].text == "الشرطة تحقق في الحادث" and qs[-1].speaker == "e1"
    assert "وقالت" not in qs[0].text


def test_the_statement_agrees_with_the_participle_not_its_issuer():
    body = ("قالت وزارة الداخلية في بيان إن انفجارا وقع في البلدة. وأضاف البيان أن هناك مخاوف "
            "من ارتفاع عدد الضحايا واصفا الانفجار بأنه «عمل جبان». وتابع «ندعو الجميع إلى الهدوء».")
    a, qs = quotes(body, {"ORG:Interior Ministry": ["وزارة الداخلية"]})
    assert [q.speaker for q in qs] == ["e1"] * 4
