"""Adjacent person spans joined into one name, and the self-training teacher's confidence.

Sentences written for these tests (not taken from any corpus)."""
from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

from khabar.entities import ner_context, tagger

ROOT = Path(__file__).resolve().parents[1]

needs_model = pytest.mark.skipif(not tagger.model_available(), reason="NER model not installed")


def _feat():
    return tagger._decoder().feat


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@needs_model
def test_a_long_name_cut_in_two_is_joined():
    sents = [["وقال", "سالم", "عوض", "مبارك", "الكثيري", "إن", "الطريق", "مفتوح"],
             ["أعلن", "الدكتور", "فهد", "ناصر", "علي", "الغامدي", "النتائج"]]
    tags = [["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O", "O", "O"],
            ["O", "O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O"]]
    out = ner_context.join_adjacent_persons(_feat(), sents, tags)
    assert out[0][1:5] == ["B-PERS", "I-PERS", "I-PERS", "I-PERS"]
    assert out[1][2:6] == ["B-PERS", "I-PERS", "I-PERS", "I-PERS"]
    assert tags[0][3] == "B-PERS"  # the input rows are left as they were


@needs_model
def test_two_people_side_by_side_stay_apart():
    sents = [["استقبل", "خالد", "الزيدي", "وسامي", "النمر", "أمس"],          # joined by و
             ["هنأ", "فهد", "العتيبي", "لسالم", "الحربي", "بالفوز"],          # a preposition
             ["التقى", "ترامب", "جاريد", "كوشنر", "أمس"],                     # a surname alone
             ["هنأ", "الرئيس", "التونسي", "قيس", "سعيد", "نظيره"],            # a country adjective
             ["استقبل", "سمو", "الشيخ", "محمد", "بن", "زايد", "الوفد"],       # a title
             ["قال", "نبيل", "الأسمر", "المعروف", "بأبي", "علي", "إن"]]       # not a name part
    tags = [["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O"],
            ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O"],
            ["O", "B-PERS", "B-PERS", "I-PERS", "O"],
            ["O", "O", "B-PERS", "B-PERS", "I-PERS", "O"],
            ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS", "O"],
            ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS", "O"]]
    assert ner_context.join_adjacent_persons(_feat(), sents, tags) == tags


@needs_model
def test_other_types_and_gaps_are_not_joined():
    sents = [["زار", "سالم", "عوض", "مدينة", "جدة"], ["قال", "سالم", "عوض", "،", "مبارك", "الكثيري"]]
    tags = [["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"], ["O", "B-PERS", "I-PERS", "O", "B-PERS", "I-PERS"]]
    assert ner_context.join_adjacent_persons(_feat(), sents, tags) == tags
    assert ner_context.join_adjacent_persons(_feat(), [[]], [[]]) == [[]]


def test_marginals_with_start_and_end_scores_match_brute_force():
    selftrain = _script("ner_selftrain")
    rng = np.random.default_rng(5)
    em, trans = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    probs = np.zeros((4, 3))
    for path in itertools.product(range(3), repeat=4):
        s = sum(em[t, y] for t, y in enumerate(path)) + sum(trans[a, b] for a, b in zip(path, path[1:]))
        s += start[path[0]] + end[path[-1]]
        for t, y in enumerate(path):
            probs[t, y] += np.exp(s)
    probs /= probs[0].sum()
    assert np.allclose(selftrain.marginals(em, trans, start, end), probs)


class _StubCRF:
    """A decoder's interface as the teacher reads it: labels, transitions, emissions."""
    labels = ("O", "B-PERS", "I-PERS")
    trans = np.array([[0.0, 0.0, -9.0], [0.0, -1.0, 1.0], [0.0, -1.0, 0.0]])

    def emissions(self, toks):
        # a word in capitals is a confident name start, "x" an unsure one, the rest sure O
        rows = {"N": [0.0, 9.0, 0.0], "x": [0.0, 0.2, 0.0]}
        return np.array([rows.get(t, [9.0, 0.0, 0.0]) for t in toks])


def test_teacher_keeps_sure_sentences_with_an_entity():
    selftrain = _script("ner_selftrain")
    teacher = selftrain.Teacher(_StubCRF())
    sure, unsure, empty = ["a", "N", "b"], ["a", "x", "b"], ["a", "b"]
    got = teacher.label([sure, unsure, empty], 0.9)
    assert got[0][0] == ["O", "B-PERS", "O"] and got[0][1] > 0.99
    assert got[1] is None and got[2] is None


@needs_model
def test_tag_sentences_joins_a_cut_name(monkeypatch):
    sent = ["وقال", "سالم", "عوض", "مبارك", "الكثيري", "إن", "الطريق", "مفتوح"]
    cut = ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O", "O", "O"]
    monkeypatch.setattr(tagger._decoder(), "decode_many", lambda sents: [list(cut) for _ in sents])
    monkeypatch.setattr(tagger, "JOIN_ADJACENT_PERSONS", True)
    assert tagger.tag_sentences([sent])[0][1:5] == ["B-PERS", "I-PERS", "I-PERS", "I-PERS"]
    monkeypatch.setattr(tagger, "JOIN_ADJACENT_PERSONS", False)
    assert tagger.tag_sentences([sent])[0] == cut
