"""The BiLSTM half of the NER tagger (NumPy inference) and the Viterbi both halves share."""
import numpy as np
import pytest

from khabar.entities import tagger
from khabar.entities.ner_features import Featurizer, Resources
from khabar.entities.nn_tagger import NeuralScorer, pack_word_table
from khabar.entities.tagger import viterbi
from khabar.resources import path as resource_path

LABELS = ["B-PERS", "I-PERS", "O"]


def test_viterbi_follows_transitions_over_local_scores():
    em = np.array([[2.0, 0.0, 1.5], [0.0, 1.0, 1.2]])
    free = np.zeros((3, 3))
    assert viterbi(em, free) == [0, 2]
    # I-PERS after B-PERS is cheap, O after B-PERS expensive: the chain wins over the local best
    trans = np.zeros((3, 3))
    trans[0, 2] = -5.0
    assert viterbi(em, trans) == [0, 1]
    end = np.array([0.0, -10.0, 0.0])
    assert viterbi(em, trans, end=end) == [2, 2]
    assert viterbi(np.zeros((0, 3)), trans) == []


def _tiny_model(path, seed=0):
    """A random model in the exported format: enough to test the arithmetic, not the accuracy."""
    rng = np.random.default_rng(seed)
    wd, fd, cd, nf, h, k = 6, 4, 3, 5, 4, len(LABELS)
    arrays = {
        "labels": np.array(LABELS), "words": np.array(["كتب", "سامي"]),
        "features": np.array(["sh=ar", "b"]), "chars": np.array(list("كتبسامي")),
        "wemb": rng.normal(size=(4, wd)).astype(np.float16), "femb": rng.normal(size=(3, fd)).astype(np.float16),
        "cemb": rng.normal(size=(9, cd)).astype(np.float32), "conv_w": rng.normal(size=(nf, cd, 3)).astype(np.float32),
        "conv_b": rng.normal(size=nf).astype(np.float32),
        "out_w": rng.normal(size=(k, 2 * h)).astype(np.float32), "out_b": np.zeros(k, np.float32),
        "trans": np.zeros((k, k), np.float32), "start": np.zeros(k, np.float32), "end": np.zeros(k, np.float32),
    }
    for d in ("f", "b"):
        arrays[f"w_ih_{d}"] = rng.normal(size=(4 * h, wd + fd + nf)).astype(np.float32)
        arrays[f"w_hh_{d}"] = rng.normal(size=(4 * h, h)).astype(np.float32)
        arrays[f"b_ih_{d}"] = rng.normal(size=4 * h).astype(np.float32)
        arrays[f"b_hh_{d}"] = np.zeros(4 * h, np.float32)
    np.savez(path, **arrays)
    return NeuralScorer(str(path), Featurizer(Resources(), frozenset({"shape"})))


def test_batched_sentences_score_as_if_alone(tmp_path):
    scorer = _tiny_model(tmp_path / "m.npz")
    short = ["سامي", "كتب"]
    long = ["كتب", "سامي", "رسالة", "طويلة", "."]
    alone = scorer.emissions([short])[0]
    together = scorer.emissions([long, [], short])
    assert together[1].shape == (0, len(LABELS))
    assert together[2].shape == (2, len(LABELS))
    assert np.allclose(alone, together[2], atol=1e-5)  # padding never leaks into a shorter sentence
    # the backward pass sees the right context: changing the last word changes the first score
    other = scorer.emissions([["سامي", "قرأ"]])[0]
    assert not np.allclose(other[0], alone[0])


def test_int8_word_table_scores_like_the_float_one(tmp_path):
    scorer = _tiny_model(tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz") as z:
        arrays = {k: z[k] for k in z.files}
    np.savez(tmp_path / "q.npz", **pack_word_table(arrays))
    packed = NeuralScorer(str(tmp_path / "q.npz"), Featurizer(Resources(), frozenset({"shape"})))
    sent = [["كتب", "سامي", "رسالة"]]
    assert np.allclose(scorer.emissions(sent)[0], packed.emissions(sent)[0], atol=0.05)


def test_unknown_characters_and_words_still_score(tmp_path):
    scorer = _tiny_model(tmp_path / "m.npz")
    out = scorer.emissions([["Zürich", "٢٠٢٦", "؟"]])[0]
    assert out.shape == (3, len(LABELS)) and np.isfinite(out).all()


needs_model = pytest.mark.skipif(not tagger.model_available(), reason="NER model not installed")


@needs_model
def test_shipped_tagger_finds_a_new_name_and_place():
    toks = "وصل الوزير خالد العتيبي أمس إلى مدينة الزرقاء".split()
    tags = tagger.tag(toks)
    assert tags[2:4] == ["B-PERS", "I-PERS"]
    assert tags[7] == "B-LOC"


@needs_model
def test_shipped_neural_file_loads_when_declared():
    import json
    meta = json.loads(resource_path("ner/model.json").read_text(encoding="utf-8"))
    neural = meta.get("neural")
    if not neural:
        pytest.skip("no neural half shipped")
    assert resource_path("ner/" + neural["file"]).exists()
    assert isinstance(tagger._decoder(), tagger._Ensemble)


def test_batched_viterbi_matches_one_sentence_at_a_time():
    rng = np.random.default_rng(3)
    trans = rng.normal(size=(4, 4))
    start, end = rng.normal(size=4), rng.normal(size=4)
    ems = [rng.normal(size=(n, 4)) for n in (5, 1, 0, 9, 3, 9)]
    got = tagger.viterbi_many(ems, trans, start, end, batch=4)
    assert got == [viterbi(e, trans, start, end) for e in ems]
    assert tagger.viterbi_many(ems, trans) == [viterbi(e, trans) for e in ems]
