"""Session 6 round 2 (entities): collective security bodies, and cue-made fragments of a name."""
from khabar.api import read
from khabar.article import Article, Entity, Mention, Quote
from khabar.entities.fragments import fragments_stage, merge_cue_fragments


def _orgs(text):
    return {e.name_ar: [m.text for m in e.mentions] for e in read(text).entities if e.type == "ORG"}


def test_security_bodies_with_a_nationality_are_organisations():
    orgs = _orgs("وقالت أجهزة الأمن الفرنسية إنها أحبطت هجوما في مدينة ليل.")
    assert "أجهزة الأمن الفرنسية" in orgs


def test_a_bare_body_joins_the_one_qualified_body_of_its_kind():
    orgs = _orgs("واعتقلت الأجهزة الأمنية المغربية خمسة أشخاص، وقالت الأجهزة الأمنية إن التحقيق مستمر.")
    assert orgs == {"الأجهزة الأمنية المغربية": ["الأجهزة الأمنية المغربية", "الأجهزة الأمنية"]}


def test_two_qualified_bodies_keep_the_bare_one_apart():
    orgs = _orgs("وتعاونت الأجهزة الأمنية المغربية مع الأجهزة الأمنية الإسبانية، وقالت الأجهزة الأمنية إن "
                 "العملية نجحت.")
    assert "الأجهزة الأمنية" in orgs and len(orgs["الأجهزة الأمنية المغربية"]) == 1


def test_devices_are_no_organisation():
    assert not any("أجهزة" in n for n in _orgs("اشترت المدرسة أجهزة الحاسوب وأجهزة العرض الجديدة."))


def test_a_purpose_after_the_body_is_not_part_of_its_name():
    orgs = _orgs("وتحركت الأجهزة الأمنية لملاحقة المتورطين في الهجوم.")
    assert "الأجهزة الأمنية" in orgs


def test_the_unwritten_article_after_la_is_not_a_name_letter():
    orgs = _orgs("وقدم البيان الشكر للأجهزة الأمنية الأردنية على جهودها.")
    assert any(n.startswith("أجهزة الأمنية الأردنية") for n in orgs), orgs


def test_intelligence_services_with_a_word_that_is_not_an_adjective():
    orgs = _orgs("ويعرف جهاز المخابرات الرجل، وتعرف أجهزة الاستخبارات الكثيرين من أمثاله.")
    assert "أجهزة الاستخبارات" in orgs


def _article(body, entities, speakers):
    art = Article(body=body)
    art.entities = entities
    art.quotes = [Quote("x", 0, 1, "indirect", speaker=s) for s in speakers]
    return art


def test_a_cue_fragment_of_a_longer_name_is_that_person():
    body = "وقال المهندس سامي بن فهد العتيبي إن المشروع اكتمل."
    s = body.index("سامي")
    full = Entity("e1", "PER", "Sami", "سامي بن فهد العتيبي", None,
                  [Mention(s, s + len("سامي بن فهد العتيبي"), "سامي بن فهد العتيبي")], source="tagger")
    frag = Entity("q1", "PER", "سامي بن فهد", "سامي بن فهد", None,
                  [Mention(s, s + len("سامي بن فهد"), "سامي بن فهد")], source="cue")
    art = _article(body, [full, frag], ["q1"])
    merge_cue_fragments(art)
    assert [e.id for e in art.entities] == ["e1"] and art.quotes[0].speaker == "e1"


def test_a_fragment_inside_an_institution_name_is_the_institution():
    body = "وقال المتحدث باسم مركز الملك فهد للأبحاث إن الدراسة نشرت."
    s = body.index("مركز")
    org = "مركز الملك فهد للأبحاث"
    ent = Entity("e1", "ORG", org, org, None, [Mention(s, s + len(org), org)], source="tagger")
    k = body.index("فهد")
    frag = Entity("q1", "PER", "فهد", "فهد", None, [Mention(k, k + 3, "فهد")], source="cue")
    art = _article(body, [ent, frag], ["q1"])
    merge_cue_fragments(art)
    assert art.quotes[0].speaker == "e1" and len(art.entities) == 1


def test_a_person_at_the_end_of_a_run_on_span_stays_the_person():
    # the tagger ran the city into the reporter's name: the cue's reading is the person
    body = "يقول مراسلنا في نيروبي جون كاماو إن الوضع هادئ."
    s = body.index("نيروبي")
    span = "نيروبي جون كاماو"
    ent = Entity("e1", "ORG", span, span, None, [Mention(s, s + len(span), span)], source="tagger")
    k = body.index("جون")
    frag = Entity("q1", "PER", "جون كاماو", "جون كاماو", None, [Mention(k, k + 9, "جون كاماو")], source="cue")
    art = _article(body, [ent, frag], ["q1"])
    merge_cue_fragments(art)
    assert art.quotes[0].speaker == "q1" and len(art.entities) == 2


def test_a_cue_entity_named_elsewhere_too_is_kept():
    body = "وقال سامي بن فهد العتيبي إن العمل بدأ. وأضاف سامي بن فهد أن الموعد قريب."
    s = body.index("سامي")
    k = body.rindex("سامي")
    full = Entity("e1", "PER", "Sami", "سامي بن فهد العتيبي", None,
                  [Mention(s, s + 19, body[s:s + 19])], source="tagger")
    frag = Entity("q1", "PER", "سامي بن فهد", "سامي بن فهد", None,
                  [Mention(s, s + 11, body[s:s + 11]), Mention(k, k + 11, body[k:k + 11])], source="cue")
    art = _article(body, [full, frag], ["q1"])
    merge_cue_fragments(art)
    assert len(art.entities) == 2


def test_the_stage_never_breaks_a_record():
    art = Article(body="")
    fragments_stage(art)
    assert art.entities == [] and not art.warnings
