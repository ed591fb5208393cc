"""Session 7 (quotesA): a bare definite organisation head as subject ("وقالت الجمعية"، "وأضافت
المجلة") is the organisation introduced before right after the indefinite head ("جمعية «…»"،
"مجلة دير شبيغل"), when no name opened by the head exists."""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def _of(qs, start):
    return [s for t, s in qs if t.startswith(start)]


def test_company_introduced_after_its_head():
    qs = _speakers("ألغت شركة ريان إير مئات الرحلات في أنحاء أوروبا بسبب إضراب الطيارين. "
                   "وقالت الشركة إن المسافرين المتضررين سيحصلون على تعويضات كاملة.")
    later = _of(qs, "المسافرين")
    assert later and later[0] is not None and "ريان إير" in later[0], qs


def test_association_in_quote_marks():
    qs = _speakers("انتقدت جمعية \"هيومن رايتس ووتش\" قرار السلطات بإغلاق المخيم. "
                   "وأضافت الجمعية أن مئات العائلات باتت بلا مأوى منذ أسبوعين.")
    later = _of(qs, "مئات العائلات")
    assert later and later[0] is not None and "هيومن" in later[0], qs


def test_definite_name_after_head_is_a_genitive():
    # "لجنة الأمم المتحدة" is a committee of the UN: "اللجنة" is not the UN itself
    qs = _speakers("نشرت لجنة الأمم المتحدة لحقوق الطفل تقريرا عن أوضاع المدارس في المنطقة. "
                   "وقالت اللجنة إن آلاف الأطفال حرموا من التعليم هذا العام.")
    assert _of(qs, "آلاف الأطفال") != ["الأمم المتحدة"], qs


def test_another_channel_named_in_between_blocks():
    qs = _speakers("ذكرت قناة سكاي نيوز أن الاجتماع تأجل إلى الأسبوع المقبل. "
                   "وأفادت القناة الرسمية \"آر تي 1\" بأن ثلاثة مسؤولين اعتقلوا. "
                   "وتقول القناة إن التحقيق ما زال في بدايته.")
    assert "سكاي نيوز" not in [s or "" for s in _of(qs, "التحقيق")], qs
