"""Session 6 round 3 (entities): a conflicting given name blocks a KB person's partial alias."""
from khabar.api import read
from khabar.entities.given_names import conflicting_given_name, kb_given_names, same_given_name
from khabar.entities.kb import load_kb
from khabar.text import tokenize


def _people(text):
    return {e.name_ar: (e.kb, [m.text for m in e.mentions]) for e in read(text).entities if e.type == "PER"}


def test_kb_given_names_leave_out_surname_words():
    # "قائد" opens the alias "قائد السبسي" but is the second word of the full name
    firsts = kb_given_names(load_kb().get("per:beji_caid_essebsi"))
    assert "قائد" not in firsts and "الباجي" in firsts


def test_spellings_of_one_foreign_given_name_are_the_same_name():
    assert same_given_name("يائير", {"جايير"})
    assert same_given_name("خولن", {"خولين"})
    assert not same_given_name("كيفين", {"بوريس"})
    # two listed Arabic names one letter apart are two names
    assert not same_given_name("سمير", {"سامي"})


def test_a_different_given_name_before_a_surname_alias():
    toks = tokenize("وأعلن المحامي محمود أبو زيد")
    first = next(i for i, t in enumerate(toks) if t.text == "أبو")
    assert conflicting_given_name(toks, first, {"احمد"})
    # the KB's own given name further back in the chain keeps the link
    toks = tokenize("وقال الرئيس عمر حسن أحمد البشير")
    first = next(i for i, t in enumerate(toks) if t.text == "البشير")
    assert not conflicting_given_name(toks, first, {"عمر"})
    # a noun that is also a name ("عمر" = age) is no given name here
    toks = tokenize("وسيبلغ عمر بوتين سبعين عاما")
    first = next(i for i, t in enumerate(toks) if t.text == "بوتين")
    assert not conflicting_given_name(toks, first, {"فلاديمير"})


def test_a_relative_named_in_full_is_not_the_kb_person():
    people = _people("ونعى رجال الأعمال في جدة محمد بن عوض بن لادن، مؤسس شركة المقاولات الكبرى.")
    assert not any(kb == "per:osama_bin_laden" for kb, _ in people.values()), people


def test_a_blogger_sharing_a_surname_is_not_the_president():
    people = _people("واعتقلت الشرطة المدون وائل عباس من منزله فجرا. وقال محامي وائل عباس إن موكله "
                     "لم يعرض على النيابة.")
    assert not any(kb == "per:mahmoud_abbas" for kb, _ in people.values()), people


def test_later_lone_surnames_follow_the_namesake_named_in_full():
    people = _people("وقال الرئيس التنفيذي لشركة ستاربكس كيفين جونسون إن الشركة ستغلق متاجرها. "
                     "وأوضح جونسون أن الموظفين سيتلقون تدريبا.")
    assert not any(kb == "per:boris_johnson" for kb, _ in people.values()), people
    assert any(len(ms) >= 2 for _, ms in people.values())


def test_a_partial_alias_after_a_kb_namesake_in_full():
    people = _people("وقال حافظ قائد السبسي إن الحزب موحد. وأضاف قائد السبسي أن المؤتمر سيعقد قريبا.")
    assert "per:beji_caid_essebsi" not in {kb for kb, _ in people.values()}, people
    kb, mentions = people["حافظ قائد السبسي"]
    assert kb == "per:hafedh_caid_essebsi" and len(mentions) == 2


def test_the_kb_person_named_first_keeps_the_surname():
    # the president is named before his relative: the lone surname after her stays his
    people = _people("وقال الرئيس البرازيلي جايير بولسونارو إن الاقتصاد ينمو. وحضرت زوجته ميشيل "
                     "بولسونارو الحفل. وأضاف بولسونارو أن الضرائب ستنخفض.")
    kb, mentions = people["جايير بولسونارو"]
    assert kb == "per:jair_bolsonaro" and mentions.count("بولسونارو") >= 1
