"""The trained NER tagger on sentences written for these tests (not taken from any corpus)."""
from __future__ import annotations

import io
import os

import pytest

from khabar.entities import ner_context, tagger
from khabar.entities.ner_score import chunks, read_conll, score


def FEAT():
    """The shipped tagger's featurizer: the document-level rules read its analyses and lexicons."""
    return tagger._decoder().feat

ANER_TEST = "/work/shared/data/anercorp_camellab/ANERCorp_CamelLab_test.txt"


def entities(tokens: list[str]) -> list[tuple[str, str]]:
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    return [(" ".join(tokens[a:b]), t) for a, b, t in chunks(tags)]


def test_person_with_title():
    toks = "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستدعم الاتفاق .".split()
    assert ("إيمانويل ماكرون", "PERS") in entities(toks)


def test_city_and_country():
    toks = "وصل الوفد إلى مدينة حلب في شمال سوريا صباح أمس .".split()
    found = entities(toks)
    assert ("حلب", "LOC") in found
    assert ("سوريا", "LOC") in found


def test_organisation():
    toks = "أصدرت منظمة الصحة العالمية تقريرا جديدا عن انتشار المرض .".split()
    found = dict((t, e) for e, t in [(e, t) for e, t in entities(toks)])
    assert any(t == "ORG" and "الصحة" in e for e, t in entities(toks)), found


def test_proclitic_stays_attached_in_tags_and_is_trimmed_in_spans():
    toks = "التقى وزير الخارجية الروسي سيرغي لافروف وبوتين في موسكو .".split()
    tags = tagger.tag(toks)
    assert tags[toks.index("موسكو")] == "B-LOC"
    text = "واستقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير خارجية لبنان."
    got = {text[s:e]: t for s, e, t in tagger.spans(text)}
    assert got.get("موسكو") == "LOC"
    assert got.get("لبنان") == "LOC"
    assert any(t == "PERS" and "بوتين" in k for k, t in got.items())


def test_spans_trim_conjunction():
    text = "وصلت المساعدات إلى العراق ولبنان أمس."
    got = {text[s:e]: t for s, e, t in tagger.spans(text)}
    assert got.get("لبنان") == "LOC"  # the conjunction و is not part of the mention
    for s, e, _ in tagger.spans(text):
        assert 0 <= s < e <= len(text)


def test_name_starting_with_proclitic_letter_is_not_cut():
    # بايدن and باريس begin with ب, which is also the preposition "with/in"
    text = "وصرح بايدن للصحفيين في باريس بأن المحادثات كانت مثمرة."
    got = {text[s:e]: t for s, e, t in tagger.spans(text)}
    assert got.get("بايدن") == "PERS"
    assert got.get("باريس") == "LOC"


def test_tag_sentences_matches_tag():
    sents = [["زار", "الملك", "عبدالله", "عمان"], ["."]]
    assert tagger.tag_sentences(sents) == [tagger.tag(s) for s in sents]


def test_conll_round_trip_keeps_lines_and_blanks():
    src = "ذهب O\nأحمد B-PERS\nإلى O\nباريس B-LOC\n\nانتهى\nالاجتماع\n.\n\n"
    out = io.StringIO()
    assert tagger.conll_main(io.StringIO(src), out) == 0
    in_lines = src.split("\n")
    out_lines = out.getvalue().split("\n")
    assert len(out_lines) == len(in_lines)
    for a, b in zip(in_lines, out_lines):
        assert (a == "") == (b == "")
        if a:
            tok, tag = b.split("\t")
            assert tok == a.split()[0]
            assert tag in tagger.TAGS


def test_propagation_labels_bare_repeat_of_nearby_name():
    sents = [["استقبل", "الرئيس", "كاغامي", "الوفد"], ["وقال", "كاغامي", "إن", "الزيارة", "مهمة"]]
    tags = [["O", "O", "B-PERS", "O"], ["O", "O", "O", "O", "O"]]
    out = ner_context.propagate(FEAT(), sents, tags, window=5)
    assert out[0] == tags[0]
    assert out[1][1] == "B-PERS" and out[1].count("O") == 4
    far = [sents[0]] + [["."]] * 10 + [sents[1]]
    far_tags = [tags[0]] + [["O"]] * 10 + [tags[1]]
    assert ner_context.propagate(FEAT(), far, far_tags, window=5)[-1] == tags[1]  # outside the window


def test_conll_consecutive_blanks_and_no_final_blank():
    src = "\n\nزار O\nكاغامي B-PERS\n\n\nكيغالي"
    out = io.StringIO()
    tagger.conll_main(io.StringIO(src), out)
    assert out.getvalue().split("\n")[:2] == ["", ""]
    lines = out.getvalue().rstrip("\n").split("\n")
    assert len(lines) == len(src.split("\n"))
    assert lines[-1].startswith("كيغالي\t")


@pytest.mark.parametrize("tokens", [[], ["."], ["،", "!", "؟", "«", "»"], ["Hello", "world", "2024"],
                                    ["", " ", "\t"], ["ـــ"], ["x" * 5000]])
def test_robust_inputs(tokens):
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    assert all(t in tagger.TAGS for t in tags)


@pytest.mark.parametrize("text", ["", "   ", "...!!!", "Reuters reported on Monday.", "١٢٣ ٪"])
def test_spans_robust(text):
    for s, e, t in tagger.spans(text):
        assert 0 <= s < e <= len(text) and t in ("PERS", "LOC", "ORG", "MISC")


def test_scorer_conlleval_rules():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    assert chunks(["I-LOC", "I-LOC", "O"]) == [(0, 2, "LOC")]
    assert chunks(["B-PERS", "I-LOC"]) == [(0, 1, "PERS"), (1, 2, "LOC")]
    s = score(gold, [["B-PERS", "O", "O", "B-LOC"]])
    assert s["micro"]["p"] == 0.5 and s["LOC"]["f1"] == 1.0


@pytest.mark.skipif(not os.path.exists(ANER_TEST), reason="ANERcorp data not available")
def test_anercorp_sample_quality():
    sents = read_conll(ANER_TEST)[:300]
    pred = tagger.tag_sentences([t for t, _ in sents])
    assert score([g for _, g in sents], pred)["micro"]["f1"] > 0.6


def test_surname_of_a_full_name_labels_its_bare_repeats():
    sents = [["التقى", "الوزير", "سامر", "الدباغي", "بالوفد"],
             ["وأضاف", "الدباغي", "أن", "اللقاء", "مثمر"],           # bare, with a proclitic
             ["وكان", "دباغي", "قد", "وصل", "أمس"],                  # a nisba without ال
             ["وقال", "سامر", "الدباغي", "إن", "الوفد", "غادر"]]     # repeat cut one word short
    tags = [["O", "O", "B-PERS", "I-PERS", "O"], ["O"] * 5, ["O"] * 5,
            ["O", "B-PERS", "O", "O", "O", "O"]]
    out = ner_context.propagate_surnames(FEAT(), sents, tags, window=5)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PERS", "O", "O", "O"]
    assert out[2] == ["O", "B-PERS", "O", "O", "O"]
    assert out[3][1:3] == ["B-PERS", "I-PERS"]
    # a one-word person gives no surname, and the window still bounds the reach
    assert ner_context.propagate_surnames(FEAT(), [sents[1]], [["O", "B-PERS", "O", "O", "O"]], window=5)[0][1] == "B-PERS"
    far = [sents[0]] + [["."]] * 10 + [sents[1]]
    far_tags = [tags[0]] + [["O"]] * 10 + [tags[1]]
    assert ner_context.propagate_surnames(FEAT(), far, far_tags, window=5)[-1] == tags[1]


def test_surname_without_al_does_not_match_the_word_with_al():
    # جمعة is a family name, الجمعة is Friday: only nisba surnames (…ي) drop or take ال
    sents = [["قال", "ياسر", "جمعة", "إن"], ["وصل", "الوفد", "يوم", "الجمعة"], ["وأكد", "جمعة", "ذلك"]]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O"] * 4, ["O"] * 3]
    out = ner_context.propagate_surnames(FEAT(), sents, tags, window=5)
    assert out[1] == ["O"] * 4
    assert out[2][1] == "B-PERS"


def test_common_word_surnames_are_not_propagated():
    # "المصري" (Egyptian) ends a name here but is far too frequent a word to label when alone
    sents = [["قال", "أيمن", "المصري", "إن"], ["وأكد", "الوفد", "المصري", "موقفه"]]
    tags = [["O", "B-PERS", "I-PERS", "O"], ["O", "O", "O", "O"]]
    assert ner_context.propagate_surnames(FEAT(), sents, tags, window=5)[1] == tags[1]


def test_conjunction_inside_a_person_span_starts_a_new_person():
    sents = [["فاز", "الثنائي", "ماركوس", "وجون", "باللقب"],      # two players
             ["فازت", "سيرينا", "وليامز", "أمس"],                # a name that begins with و
             ["قال", "حسن", "وسيم", "إن"],
             ["استقبل", "الوزير", "خالد", "وأحمد", "أمس"]]
    tags = [["O", "O", "B-PERS", "I-PERS", "O"], ["O", "B-PERS", "I-PERS", "O"],
            ["O", "B-PERS", "I-PERS", "O"], ["O", "O", "B-PERS", "I-PERS", "O"]]
    out = ner_context.split_coordinated_names(FEAT(), sents, tags)
    assert out[0][2:4] == ["B-PERS", "B-PERS"]
    assert out[1] == tags[1] and out[2] == tags[2]
    assert out[3][2:4] == ["B-PERS", "B-PERS"]


def test_compound_given_name_with_allah_starts_at_its_first_part():
    sents = [["وأكد", "القيادي", "خلف", "الله", "العوض", "أن", "الحزب", "باق"],
             ["وقال", "رزق", "الله", "حمدان", "إن", "الاتفاق", "قريب"],
             ["وقال", "إنه", "يحمد", "الله", "على", "السلامة"]]
    tags = [["O", "O", "O", "B-MISC", "O", "O", "O", "O"],      # "الله" alone, the rest dropped
            ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"],      # the person starts one word late
            ["O", "O", "O", "B-MISC", "O", "O"]]                # not after a listed first part
    out = ner_context.join_theophoric(FEAT(), sents, tags)
    assert out[0][2:5] == ["B-PERS", "I-PERS", "I-PERS"]
    assert out[1][1:4] == ["B-PERS", "I-PERS", "I-PERS"]
    assert out[2] == tags[2]
