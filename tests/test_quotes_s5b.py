"""Quote spans that took the wrong clause (sentences written for these tests):
- an attribution phrase ("وفق X"، "بحسب X") closed by a comma and followed by a new clause ("فيما
  …"، "بينما …"، "و…") closes the clause BEFORE it, not the one after;
- the alef-maqsura spelling "يدعى/تدعى" is the passive "is called", not the cue "يدعي" (claims)."""
from quotes_helpers import quotes


def _speaker(a, q):
    ent = a.entity(q.speaker) if q.speaker else None
    return ent.name if ent is not None else None


OBS = {"ORG:Monitor": ["مرصد الحقوق المدنية"]}


def test_attribution_before_fima_closes_the_preceding_clause():
    body = ("ونزح نحو ثمانية آلاف مدني عن القرى الحدودية خلال يومين وفق مرصد الحقوق المدنية، "
            "فيما واصلت الطائرات قصف الطرق المؤدية إلى المعبر.")
    a, qs = quotes(body, OBS)
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("نزح نحو ثمانية آلاف") or q.text.startswith("ونزح نحو ثمانية آلاف")
    assert q.text.endswith("خلال يومين")
    assert "الطائرات" not in q.text
    assert _speaker(a, q) == "Monitor"


def test_attribution_before_baynama_closes_the_preceding_clause():
    body = ("وأصيب أربعة عشر شخصا بجروح في انفجار السيارة بحسب مرصد الحقوق المدنية، "
            "بينما أغلقت الشرطة مداخل السوق المركزي حتى المساء.")
    a, qs = quotes(body, OBS)
    assert len(qs) == 1
    assert qs[0].text.endswith("في انفجار السيارة")
    assert "الشرطة" not in qs[0].text
    assert _speaker(a, qs[0]) == "Monitor"


def test_attribution_before_a_waw_clause_without_a_cue_closes_the_preceding_clause():
    body = ("وغرق قارب يقل ثلاثين مهاجرا قبالة السواحل وفق مرصد الحقوق المدنية، "
            "واستمر البحث عن المفقودين حتى صباح الأحد.")
    a, qs = quotes(body, OBS)
    assert len(qs) == 1
    assert "قارب يقل ثلاثين مهاجرا" in qs[0].text
    assert "البحث" not in qs[0].text


def test_narrator_formula_is_left_out_of_the_closed_clause():
    body = ("ويذكر أن أسعار الخبز ارتفعت بنسبة الثلث منذ الصيف وفق مرصد الحقوق المدنية، "
            "في حين بقيت الأجور على حالها.")
    a, qs = quotes(body, OBS)
    assert len(qs) == 1
    assert qs[0].text.startswith("أسعار الخبز ارتفعت")
    assert _speaker(a, qs[0]) == "Monitor"


def test_attribution_inside_a_clause_still_introduces_what_follows():
    # no new clause after the comma: the attribution sits inside the clause it reports
    body = "ويمكن للمزارعين بحسب مرصد الحقوق المدنية، العودة إلى أراضيهم قبل موسم الحصاد المقبل."
    a, qs = quotes(body, OBS)
    assert len(qs) == 1
    assert qs[0].text.startswith("العودة إلى أراضيهم")
    assert _speaker(a, qs[0]) == "Monitor"


def test_is_called_is_no_cue_for_a_quoted_name():
    body = 'وعرضت القناة مسلسلا تاريخيا يدعى "ليالي الصحراء" عن حياة البدو في القرن الماضي.'
    a, qs = quotes(body)
    assert qs == []


def test_is_called_with_damma_before_a_name_is_no_cue():
    body = "واعتقلت الشرطة رجلا يُدعى سامر خليل بعد مطاردة قصيرة في شوارع المدينة."
    a, qs = quotes(body, {"Samer Khalil": ["سامر خليل"]})
    assert qs == []


def test_say_with_an_is_called_apposition_keeps_the_say_cue_and_the_name():
    body = "وقال سائق حافلة، يدعى ماهر عيسى، إن الجسر انهار بعد دقائق من عبوره."
    a, qs = quotes(body, {"Maher Issa": ["ماهر عيسى"]})
    assert len(qs) == 1
    q = qs[0]
    assert q.cue == "وقال"
    assert q.text == "الجسر انهار بعد دقائق من عبوره"
    assert _speaker(a, q) == "Maher Issa"


def test_claims_spelt_with_ya_stays_a_cue():
    body = "ويدعي رجل الأعمال فادي نصار أن الصفقة أبرمت بموافقة مجلس الإدارة كاملا."
    a, qs = quotes(body, {"Fadi Nassar": ["فادي نصار"]})
    assert len(qs) == 1
    assert qs[0].text.startswith("الصفقة أبرمت")
    assert _speaker(a, qs[0]) == "Fadi Nassar"


def test_according_to_a_plan_is_no_attribution():
    body = "ووزعت البلدية الخيام على العائلات حسب الخطة الموضوعة، ثم بدأت المرحلة الثانية من الإيواء."
    a, qs = quotes(body)
    assert qs == []


def test_attribution_to_an_unnamed_source_noun_closes_the_preceding_clause():
    body = "وأصيب سبعة أشخاص بجروح طفيفة في التدافع بحسب الأطباء المناوبين، فيما غادر معظمهم المستشفى."
    a, qs = quotes(body)
    assert len(qs) == 1
    assert "في التدافع" in qs[0].text and "غادر" not in qs[0].text


def test_role_subject_called_by_a_name_gives_that_person():
    body = "وقال مسؤول في البلدية يدعى نادر حمدان، إن المياه ستعود إلى الأحياء الغربية مساء اليوم."
    a, qs = quotes(body, {"Nader Hamdan": ["نادر حمدان"]})
    assert len(qs) == 1
    assert _speaker(a, qs[0]) == "Nader Hamdan"
    assert qs[0].text.startswith("المياه ستعود")


def test_role_subject_with_waw_called_and_a_title():
    body = 'وقال أحد المزارعين ويدعى الحاج سليم عواد "خسرنا محصول هذا العام بالكامل".'
    a, qs = quotes(body, {"Salim Awad": ["سليم عواد"]})
    assert len(qs) == 1
    assert _speaker(a, qs[0]) == "Salim Awad"
    assert qs[0].kind == "direct"


def test_someone_called_so_after_a_lam_object_is_not_the_speaker():
    body = "وفي الرسالة قال رامي يوسف لشخص يدعى وسيم داود إنه سيغادر البلاد قريبا."
    a, qs = quotes(body, {"Rami Youssef": ["رامي يوسف"], "Wassim Daoud": ["وسيم داود"]})
    assert len(qs) == 1
    assert _speaker(a, qs[0]) == "Rami Youssef"


def test_role_called_by_a_name_before_the_cue_is_the_subject():
    body = ('وقال الوزير إن التحقيق مستمر. لكن ناشطا شابا في المعارضة، يُدعى كمال رشيد، قال للصحفيين '
            '"لم نكن نعرف شيئا عن الهجوم".')
    a, qs = quotes(body, {"Minister": ["الوزير"], "Kamal Rashid": ["كمال رشيد"]})
    assert [_speaker(a, q) for q in qs][-1] == "Kamal Rashid"


def test_quoted_name_after_is_called_names_the_speaker():
    body = 'وتقول مدونة على تويتر تدعى "نور": "لن نصمت بعد اليوم على هذه الانتهاكات".'
    a, qs = quotes(body)
    assert len(qs) == 1
    assert qs[0].text == "لن نصمت بعد اليوم على هذه الانتهاكات"
    assert qs[0].speaker is not None and a.entity(qs[0].speaker).name_ar == "نور"


def test_attribution_bringing_its_own_clause_is_not_cut_at_the_comma():
    body = ("وكتب الناشط على صفحته نقلا عن شهود عيان أن دورية لاحقت سيارة الصحفي وأوقفتها، "
            "ثم اقتادوه إلى جهة مجهولة.")
    a, qs = quotes(body)
    assert len(qs) == 1
    assert qs[0].text.startswith("دورية لاحقت") and "وكتب" not in qs[0].text


def test_bare_the_speaker_continues_the_last_person_but_a_bare_spokesman_does_not():
    from khabar.api import read

    def speakers(body):
        r = read(body)
        names = {e.id: e.name_ar for e in r.entities}
        return [names.get(q.speaker) for q in r.quotes]

    assert speakers("عنوان\n\nقال المكلف بالإعلام في الشركة سامي الهمامي إن العمال أوقفوا الإنتاج صباح الاثنين.\n"
                    "وشدد المتحدث على أن الإدارة ستفتح تحقيقا في الحادثة.") == ["سامي الهمامي", "سامي الهمامي"]
    assert speakers("عنوان\n\nقال وزير الصحة سامي الهمامي إن المستشفى سيفتح أبوابه قريبا.\n"
                    "وأوضح الناطق أن التحقيق ما زال جاريا.") == ["سامي الهمامي", None]
