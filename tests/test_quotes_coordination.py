"""Subjects across coordination and contrast (sentences written for these tests): a name inside the
object of a verb is not the subject of the و-verb after it; "لكن X، Y، قال" has X/Y as subject; an
indefinite description repeated with a name names the earlier quotes of that description."""
from quotes_helpers import quotes


def _speaker(a, q):
    ent = a.entity(q.speaker) if q.speaker else None
    return ent.name if ent is not None else None


def _quote(qs, words):
    return next(q for q in qs if words in q.text)


def test_name_in_object_is_not_subject_of_next_and_verb():
    body = ("انتقد الوزير سامي الحداد سياسة الجامعة العربية أمس.\n"
            "ورفضت الجامعة العربية تصريحات الحداد وقالت إنها لا تخدم العمل المشترك.")
    a, qs = quotes(body, {"Sami Haddad": ["الوزير سامي الحداد", "الحداد"],
                          "ORG:Arab League": ["الجامعة العربية"]})
    assert _speaker(a, _quote(qs, "لا تخدم العمل")) == "Arab League"


def test_name_after_glued_preposition_is_not_subject_of_next_and_verb():
    body = ("وحذرت منظمة الصحة العالمية من انتشار الوباء في اليمن وقالت إن الوضع خطير جدا.")
    a, qs = quotes(body, {"ORG:World Health Organization": ["منظمة الصحة العالمية"],
                          "LOC:Yemen": ["اليمن"]})
    assert _speaker(a, _quote(qs, "الوضع خطير")) == "World Health Organization"


def test_subject_right_after_opening_verb_is_kept():
    # "، عاد الرئيس … وقال": the name follows the clause's own verb: it is the subject
    body = ("ألغى الرئيس كيم القمة مساء الخميس.\n"
            "لكن بعد يومين، عاد الرئيس الأمريكي جون سميث وقال إن اللقاء ما زال ممكنا.")
    a, qs = quotes(body, {"Kim": ["الرئيس كيم"],
                          "John Smith": [("الرئيس الأمريكي", "role"), "جون سميث"]})
    assert _speaker(a, _quote(qs, "اللقاء ما زال")) == "John Smith"


def test_subject_after_relative_verb_is_kept():
    body = ("نشرت الصحيفة تقريرا عن السجون، وهو ما نفته وزارة العدل وقالت إن التقرير غير دقيق.")
    a, qs = quotes(body, {"ORG:Ministry of Justice": ["وزارة العدل"]})
    assert _speaker(a, _quote(qs, "التقرير غير دقيق")) == "Ministry of Justice"


def test_contrast_opener_with_apposition_subject():
    body = ("وقال الصحفي علي منصور إنه بريء من كل التهم.\n"
            "وخرج من السجن الشهر الماضي، لكن وزيرة الخارجية السويدية، آنا ليند، قالت إن هذا "
            "لا يكفي.")
    a, qs = quotes(body, {"Ali Mansour": ["الصحفي علي منصور"],
                          "Anna Lind": ["آنا ليند"]})
    assert _speaker(a, _quote(qs, "هذا لا يكفي")) == "Anna Lind"


def test_contrast_opener_with_organisation_and_quoted_name():
    body = ("ولم تحدد البعثة الجهة المسؤولة عن الانفجار، غير أن وكالة الأنباء الرسمية \"نبأ\"، "
            "المقربة من الحكومة، قالت إن المتمردين يقفون وراءه.")
    a, qs = quotes(body, {"ORG:Nabaa Agency": ["وكالة الأنباء الرسمية", "نبأ"],
                          "ORG:Mission": ["البعثة"]})
    assert _speaker(a, _quote(qs, "المتمردين يقفون")) == "Nabaa Agency"


def test_contrast_opener_ignores_name_inside_apposition_genitive():
    # "لكن X، والدة Y، قالت": Y is the daughter, not the speaker
    body = ("ولم تتوافر تفاصيل عن الحادث، ولكن سلمى عادل، والدة الطفلة منى رضا، قالت إن النار "
            "التهمت البيت كله.")
    a, qs = quotes(body, {"Mona Reda": ["منى رضا"]})
    assert _speaker(a, _quote(qs, "التهمت البيت")) != "Mona Reda"


def test_kama_after_comma_keeps_earlier_speaker():
    body = ("أعلن وزير الداخلية، خالد يوسف، أن الشرطة تحقق في الحادث فيما يتعلق بقضية الصحفي "
            "رامي نبيل، كما أوضح أن التحقيق سينتهي قريبا.")
    a, qs = quotes(body, {"Khaled Youssef": ["خالد يوسف"], "Rami Nabil": ["رامي نبيل"]})
    assert _speaker(a, _quote(qs, "التحقيق سينتهي")) == "Khaled Youssef"


def test_repeated_description_names_all_its_quotes():
    body = ("كشف عضو في قيادة الحزب الاشتراكي الموحد الأربعاء أن الأحزاب الثلاثة اتفقت على "
            "مرشح واحد، وفيما أكد أن الاتفاق جاء بعد مفاوضات طويلة.\n"
            "وقال عضو في قيادة الحزب الاشتراكي الموحد، كريم الساعدي، في تصريح صحفي إن "
            "الإعلان الرسمي سيكون الأسبوع المقبل.")
    a, qs = quotes(body, {"Karim al-Saadi": ["كريم الساعدي"]})
    assert _speaker(a, _quote(qs, "الأحزاب الثلاثة")) == "Karim al-Saadi"
    assert _speaker(a, _quote(qs, "مفاوضات طويلة")) == "Karim al-Saadi"


def test_and_that_after_full_stop_continues_the_report():
    body = ("وأضاف المحلل هشام رضوان أن نقص قطع الغيار يمثل مشكلة جدية للطيران. وأن المسلحين "
            "يستخدمون صواريخ محمولة بشكل متزايد، ما يهدد المروحيات.")
    a, qs = quotes(body, {"Hisham Radwan": ["المحلل هشام رضوان"]})
    q = _quote(qs, "المسلحين يستخدمون")
    assert q.kind == "indirect" and _speaker(a, q) == "Hisham Radwan"
    assert not q.text.startswith("و")


def test_and_that_after_partial_is_its_own_indirect_quote():
    body = ("وقال الرئيس بعد اللقاء \"بدأنا العمل\"، مضيفا أنها \"ستنتهي سريعا\" وأنه ستكون هناك "
            "لجنة تحقق دولية.")
    a, qs = quotes(body, {"President": ["الرئيس"]})
    q = _quote(qs, "لجنة تحقق")
    assert q.kind == "indirect" and _speaker(a, q) == "President"


def test_and_that_inside_one_report_stays_one_quote():
    body = "وأكدت الوزارة أن الشركة \"أخفت بيانات\" وأن التحقيق \"سيستمر\" حتى نهاية العام."
    a, qs = quotes(body, {"ORG:Ministry": ["الوزارة"]})
    assert len([q for q in qs if "التحقيق" in q.text]) == 1
    assert _quote(qs, "التحقيق").start < body.index("أخفت")


def test_demonstrative_after_verb_of_judging_is_the_object():
    body = ("وقال رئيس الوزراء كمال عيسى: \"لن نقبل بهذه الشروط\". ونفى أن تكون الحكومة قد وافقت "
            "على الخطة، واعتبر هذا الاتهام \"كذبة مكشوفة\".")
    a, qs = quotes(body, {"Kamal Issa": ["رئيس الوزراء كمال عيسى"]})
    assert _speaker(a, _quote(qs, "كذبة مكشوفة")) == "Kamal Issa"


def test_country_after_agreeing_verb_is_participle_subject():
    body = ("وطالبت الولايات المتحدة بالإفراج عن الصحفي سامر نوح.\n"
            "وردت إيران بأن المطالب بإطلاق سراح نوح \"غير مقبولة\"، مضيفة أنها سترد على هذه "
            "الضغوط.")
    a, qs = quotes(body, {"Samer Nouh": ["الصحفي سامر نوح", "نوح"],
                          "LOC:Iran": ["إيران"], "LOC:United States": ["الولايات المتحدة"]})
    for e in a.entities:
        if e.type == "LOC":
            e.kb = "loc:" + e.name  # (places the knowledge base knows)
    a.quotes = []
    from khabar.quotes import find_quotes
    qs = find_quotes(a)
    assert _speaker(a, _quote(qs, "سترد على")) == "Iran"


def test_person_spoken_for_is_not_the_speaker():
    body = ("ورفض رئيس الوزراء يوسف كامل الاتفاق.\n"
            "وقال ناطق بلسان كامل أمس، للإذاعة الرسمية، إن رئيس الوزراء مصمم على إسقاط الاتفاق.\n"
            "وأضاف المتحدث أن الحكومة ستطلب جلسة طارئة.")
    a, qs = quotes(body, {"Youssef Kamel": ["رئيس الوزراء يوسف كامل", "كامل"]})
    q = _quote(qs, "مصمم على إسقاط")
    assert q.speaker is None and q.source
    assert _quote(qs, "جلسة طارئة").speaker is None


def test_spokesman_named_after_the_comma_speaks():
    body = "وقال المتحدث باسم رئيس الوزراء، سامر حداد، إن الحكومة لن تستقيل."
    a, qs = quotes(body, {"Samer Haddad": ["سامر حداد"]})
    assert _speaker(a, _quote(qs, "لن تستقيل")) == "Samer Haddad"


def test_party_spokesman_named_without_comma_speaks():
    body = "وقال المتحدث باسم الحزب سمير عون إن القائمة اكتملت."
    a, qs = quotes(body, {"Samir Aoun": ["سمير عون"]})
    assert _speaker(a, _quote(qs, "القائمة اكتملت")) == "Samir Aoun"


def test_head_noun_linked_to_organisation_is_that_organisation():
    body = ("قالت وكالة الأنباء الوطنية، الأربعاء، إن الحكومة استدعت السفير.\n"
            "ونشرت الوكالة خبرا عاجلا قالت فيه إن \"السفير سيغادر خلال أسبوع\".")
    a, qs = quotes(body, {"ORG:National News Agency": ["وكالة الأنباء الوطنية", ("الوكالة", "role")]})
    assert _speaker(a, _quote(qs, "السفير سيغادر")) == "National News Agency"
