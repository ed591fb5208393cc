"""Session 6: an organisation the quote stage would make from a short name ("وزارة الداخلية") is the
one the article names in full ("وزارة الداخلية الكينية"), before or after; not when several
organisations share the short name's words."""
from __future__ import annotations

from quotes_helpers import quotes  # tests/ is on sys.path

from khabar.article import Entity, Mention
from khabar.quotes.short_orgs import fuller_org


def test_short_ministry_joins_the_full_name_before():
    body = ("أعلنت وزارة الداخلية الكينية توقيف ثلاثة مشتبه بهم في نيروبي.\n"
            "وقالت وزارة الداخلية في بيان إن \"التحقيقات ما زالت في بدايتها\".\n"
            "وأضافت أن الموقوفين سيمثلون أمام القضاء الأسبوع المقبل.")
    a, qs = quotes(body, {"ORG:Kenyan Interior Ministry": ["وزارة الداخلية الكينية"]})
    assert [q.speaker for q in qs[-2:]] == ["e1", "e1"]
    assert not any(e.source == "cue" for e in a.entities)
    assert any(m.text == "وزارة الداخلية" for m in a.entity("e1").mentions)


def test_short_name_first_full_name_later():
    body = ("قالت الشرطة إن رجلا أصيب بجروح طفيفة في الحادث.\n"
            "وكانت الشرطة الهولندية قد أغلقت الشارع لساعات بعد البلاغ.")
    a, qs = quotes(body, {"ORG:Dutch police": ["الشرطة الهولندية"]})
    assert qs[0].speaker == "e1"


def test_two_fuller_namesakes_leave_the_short_name_alone():
    body = ("التقى وفد من وزارة الخارجية المغربية مسؤولين من وزارة الخارجية البرتغالية.\n"
            "وقالت وزارة الخارجية إن اللقاء تناول ملف الهجرة.")
    a, qs = quotes(body, {"ORG:Moroccan MFA": ["وزارة الخارجية المغربية"],
                          "ORG:Portuguese MFA": ["وزارة الخارجية البرتغالية"]})
    spk = a.entity(qs[-1].speaker)
    assert spk is not None and spk.source == "cue" and spk.name_ar == "وزارة الخارجية"


def test_glued_preposition_on_the_full_mention():
    body = "وقال مدير المركز التابع لوزارة النقل والمواصلات إن الخدمة عادت."
    short = Entity("q1", "ORG", "وزارة النقل", "وزارة النقل", source="cue")
    s = body.index("لوزارة")
    full = Entity("e1", "ORG", "وزارة النقل والمواصلات", "وزارة النقل والمواصلات",
                  mentions=[Mention(s, s + len("لوزارة النقل والمواصلات"), "لوزارة النقل والمواصلات", "name")])
    from khabar.article import Article
    a = Article(body=body, entities=[full, short])
    assert fuller_org(a, short) is full


def test_a_person_or_place_is_never_the_fuller_name():
    body = "وقالت وزارة الصحة إن عدد الإصابات ارتفع إلى 40."
    a, qs = quotes(body, {"LOC:وزارة الصحة العامة": ["وزارة الصحة العامة"]})
    spk = a.entity(qs[0].speaker)
    assert spk is not None and spk.type == "ORG" and spk.source == "cue"
