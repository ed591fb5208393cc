"""People and organisations of the hand-written KB: office dates the role resolver relies on,
spelling variants the press uses, and alias hygiene (no bare first names or common words as
strong names)."""
from __future__ import annotations

import pytest

from khabar.article import Article
from khabar.entities.kb import load_kb, norm_key
from khabar.entities.linking import link_entities
from khabar.text import split_sentences


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# ------------------------------------------------------------------ office holders at a date

@pytest.mark.parametrize("role, holder, date, expected", [
    ("prime_minister", "loc:TN", "2017-03-01", "per:youssef_chahed"),
    ("prime_minister", "loc:TN", "2015-06-01", "per:habib_essid"),
    ("prime_minister", "loc:JO", "2017-05-01", "per:hani_mulki"),
    ("prime_minister", "loc:YE", "2017-01-10", "per:ahmed_obeid_bin_daghr"),
    ("prime_minister", "loc:IT", "2017-06-01", "per:paolo_gentiloni"),
    ("prime_minister", "loc:DZ", "2014-01-01", "per:abdelmalek_sellal"),
    ("foreign_minister", "loc:IT", "2019-01-01", "per:enzo_moavero_milanesi"),
    ("foreign_minister", "loc:TN", "2018-02-01", "per:khemaies_jhinaoui"),
    ("foreign_minister", "loc:FR", "2011-06-01", "per:alain_juppe"),
    ("foreign_minister", "loc:DE", "2012-01-01", "per:guido_westerwelle"),
    ("foreign_minister", "loc:CA", "2018-06-01", "per:chrystia_freeland"),
    ("defence_minister", "loc:TR", "2017-01-01", "per:fikri_isik"),
    ("defence_minister", "loc:SY", "2015-01-01", "per:fahd_jassem_al_freij"),
    ("defence_minister", "loc:DE", "2020-01-01", "per:annegret_kramp_karrenbauer"),
    ("interior_minister", "loc:IT", "2018-09-01", "per:matteo_salvini"),
    ("finance_minister", "loc:US", "2018-04-01", "per:steven_mnuchin"),
    ("white_house_press_secretary", "loc:US", "2018-04-01", "per:sarah_sanders"),
    ("foreign_ministry_spokesperson", "loc:US", "2018-04-01", "per:heather_nauert"),
    ("governor", "loc:region:sa:makkah_province", "2015-08-01", "per:khalid_al_faisal"),
    ("governor", "loc:region:sa:asir_province", "2015-08-01", "per:faisal_bin_khalid"),
    ("speaker", "org:iraq_parliament", "2019-03-01", "per:mohammed_al_halbousi"),
    ("director_general", "org:imf", "2010-01-01", "per:dominique_strauss_kahn"),
    ("secretary_general", "org:opec", "2015-01-01", "per:abdalla_el_badri"),
    ("president", "org:fifa", "2018-06-01", "per:gianni_infantino"),
    ("envoy", "org:un", "2016-05-01", "per:ismail_ould_cheikh_ahmed"),
])
def test_holder_at_date(kb, role, holder, date, expected):
    assert expected in kb.holders(role, holder, date)


def test_exclusive_offices_do_not_overlap_at_a_date(kb):
    # One head of government and one foreign minister per country at any date that has full dates.
    assert kb.holders("prime_minister", "loc:TN", "2016-09-15") == ["per:youssef_chahed"]
    assert kb.holders("foreign_minister", "loc:KW", "2024-06-01") == ["per:abdullah_al_yahya"]
    assert kb.holders("prime_minister", "loc:KW", "2024-06-01") == ["per:ahmad_abdullah_al_sabah"]


# ------------------------------------------------------------------ spellings the press uses

@pytest.mark.parametrize("surface, expected", [
    ("فلاديمير بوتن", "per:vladimir_putin"),
    ("كيم يونغ أون", "per:kim_jong_un"),
    ("تريزا ماي", "per:theresa_may"),
    ("ستيفن منوشين", "per:steven_mnuchin"),
    ("ستيفن منوتشين", "per:steven_mnuchin"),
    ("هيذر ناورت", "per:heather_nauert"),
    ("أندرو برونسون", "per:andrew_brunson"),
    ("عبداللطيف بن راشد الزياني", "per:abdullatif_al_zayani"),
    ("الباجي قايد السبسي", "per:beji_caid_essebsi"),
    ("عبدالعزيز بن سعود بن نايف", "per:abdulaziz_bin_saud"),
    ("خالد الفيصل", "per:khalid_al_faisal"),
    ("زيد بن رعد", "per:zeid_raad_al_hussein"),
    ("هورست زيهوفر", "per:horst_seehofer"),
    ("دوري عبداللطيف جميل للمحترفين", "org:saudi_pro_league"),
    ("حزب الحركة القومية", "org:mhp"),
])
def test_variant_spellings(kb, surface, expected):
    assert kb.lookup(surface)[:1] == (expected,)


def test_distinctive_full_names_are_strong(kb):
    for name in ("رياض المالكي", "برهم صالح", "تركي المالكي", "يوسف الشاهد"):
        key = norm_key(name)
        assert key in kb.alias_index and key not in kb.weak, name


# ------------------------------------------------------------------ alias hygiene

FIRST_NAMES = ("محمد", "أحمد", "علي", "عبد الله", "عبدالله", "خالد", "فيصل", "سلمان", "حسن", "حسين",
               "عمر", "سعود", "يوسف", "إبراهيم", "مصطفى", "محمود", "صالح", "كيم", "جون", "ديفيد")


def test_no_bare_first_name_alias(kb):
    for name in FIRST_NAMES:
        key = norm_key(name)
        people = [i for i in kb.alias_index.get(key, ()) if i.startswith("per:")]
        assert not people or key in kb.weak, (name, people)


@pytest.mark.parametrize("word", ["القدرة", "مشار", "المشاط", "الريال", "لمجرد", "مغنية", "صدام"])
def test_common_words_never_link_alone(kb, word):
    key = norm_key(word)
    assert key not in kb.alias_index or key in kb.weak, word


def test_people_have_a_country(kb):
    missing = [e.id for e in kb.entities.values() if e.type == "PER" and not e.country]
    assert not missing


# ------------------------------------------------------------------ end to end with the linker

def _link(text: str, date: str | None):
    art = Article(body=text, published=date)
    art.sentences = split_sentences(text)
    return {e.kb for e in link_entities(art, load_kb(), None) if e.kb}


def test_links_names_new_to_the_kb():
    text = ("استقبل رئيس الحكومة يوسف الشاهد وزير الخارجية خميس الجهيناوي صباح اليوم، "
            "فيما التقى الرئيس العراقي برهم صالح المبعوث الأممي في بغداد.")
    linked = _link(text, "2019-01-15")
    assert {"per:youssef_chahed", "per:khemaies_jhinaoui", "per:barham_salih"} <= linked


def test_links_spokesperson_and_governor():
    text = ("وقال المتحدث باسم التحالف العقيد تركي المالكي إن الدفاعات اعترضت صاروخا، "
            "بينما دشن أمير منطقة مكة المكرمة الأمير خالد الفيصل مشروعا جديدا.")
    linked = _link(text, "2018-04-02")
    assert {"per:turki_al_maliki", "per:khalid_al_faisal"} <= linked
