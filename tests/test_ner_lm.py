"""The TagLM inputs of the NER tagger: forward/backward word-LM states run in NumPy, and loading."""
import json
import subprocess
import sys

import numpy as np
import pytest

from khabar.entities import tagger
from khabar.entities.ner_features import Featurizer, Resources
from khabar.entities.ner_lm import LanguageModelStates
from khabar.entities.nn_tagger import NeuralScorer

LABELS = ["B-LOC", "I-LOC", "O"]
WORDS = ["ذهب", "المدير", "إلى", "طنطا"]


def _arrays(seed=0, lm_hidden=3, hidden=4, wd=5):
    """A random tagger in the exported format, with the two LMs' weights under lm_* names."""
    rng = np.random.default_rng(seed)
    fd, cd, nf, k = 4, 3, 5, len(LABELS)
    a = {
        "labels": np.array(LABELS), "words": np.array(WORDS),
        "features": np.array(["sh=ar"]), "chars": np.array(sorted(set("".join(WORDS)))),
        "wemb": rng.normal(size=(len(WORDS) + 2, wd)).astype(np.float32),
        "femb": rng.normal(size=(2, fd)).astype(np.float32),
        "cemb": rng.normal(size=(20, cd)).astype(np.float32),
        "conv_w": rng.normal(size=(nf, cd, 3)).astype(np.float32), "conv_b": np.zeros(nf, np.float32),
        "out_w": rng.normal(size=(k, 2 * hidden)).astype(np.float32), "out_b": np.zeros(k, np.float32),
        "trans": np.zeros((k, k), np.float32), "start": np.zeros(k, np.float32), "end": np.zeros(k, np.float32),
    }
    a["wemb"][:2] = 0.0
    for d in ("f", "b"):
        a[f"w_ih_{d}"] = rng.normal(size=(4 * hidden, wd + fd + nf + 2 * lm_hidden)).astype(np.float32)
        a[f"w_hh_{d}"] = rng.normal(size=(4 * hidden, hidden)).astype(np.float32)
        a[f"b_ih_{d}"] = rng.normal(size=4 * hidden).astype(np.float32)
        a[f"b_hh_{d}"] = np.zeros(4 * hidden, np.float32)
        a[f"lm_w_ih_{d}"] = rng.normal(size=(4 * lm_hidden, wd)).astype(np.float32)
        a[f"lm_w_hh_{d}"] = rng.normal(size=(4 * lm_hidden, lm_hidden)).astype(np.float32)
        a[f"lm_b_ih_{d}"] = rng.normal(size=4 * lm_hidden).astype(np.float32)
        a[f"lm_b_hh_{d}"] = rng.normal(size=4 * lm_hidden).astype(np.float32)
    return a


def _scorer(tmp_path, **kw):
    np.savez(tmp_path / "m.npz", **_arrays(**kw))
    return NeuralScorer(str(tmp_path / "m.npz"), Featurizer(Resources(), frozenset({"shape"})))


def _reference_lstm(x, w_ih, w_hh, b_ih, b_hh):
    """PyTorch's LSTM equations, one step at a time, gate order (input, forget, cell, output)."""
    hd = w_hh.shape[1]
    h, c, out = np.zeros(hd), np.zeros(hd), []
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))  # noqa: E731
    for v in x:
        g = w_ih @ v + b_ih + w_hh @ h + b_hh
        i, f, cc, o = sig(g[:hd]), sig(g[hd:2 * hd]), np.tanh(g[2 * hd:3 * hd]), sig(g[3 * hd:])
        c = f * c + i * cc
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


def test_lm_states_follow_the_lstm_equations_in_both_directions(tmp_path):
    scorer = _scorer(tmp_path)
    a = _arrays()
    rows = [2, 3, 4, 5, 1]  # four known words and one unknown (row 1)
    got = scorer.lm.states(np.array(rows), [len(rows)])
    x = a["wemb"][rows]
    fwd = _reference_lstm(x, *(a[f"lm_{n}_f"] for n in ("w_ih", "w_hh", "b_ih", "b_hh")))
    bwd = _reference_lstm(x[::-1], *(a[f"lm_{n}_b"] for n in ("w_ih", "w_hh", "b_ih", "b_hh")))[::-1]
    assert got.shape == (5, 6)
    assert np.allclose(got[:, :3], fwd, atol=1e-5)
    assert np.allclose(got[:, 3:], bwd, atol=1e-5)


def test_lm_states_of_a_batch_equal_those_of_each_sentence_alone(tmp_path):
    lm = _scorer(tmp_path).lm
    short, long = [3, 5], [2, 3, 4, 5, 2, 1]
    together = lm.states(np.array(short + long), [2, 6])
    assert together.shape == (8, 6)
    assert np.allclose(together[:2], lm.states(np.array(short), [2]), atol=1e-6)
    assert np.allclose(together[2:], lm.states(np.array(long), [6]), atol=1e-6)
    # rows seen again come from the projection table, unchanged
    assert np.allclose(lm.states(np.array(long), [6]), together[2:], atol=1e-6)


def test_tagger_with_lm_scores_every_token_and_sees_the_right_context(tmp_path):
    scorer = _scorer(tmp_path)
    assert scorer.lm is not None and scorer.lm.dim == 6
    sents = [["ذهب", "المدير", "إلى", "طنطا"], [], ["إلى", "طنطا"], ["Zürich", "٢٠٢٦", "؟"]]
    out = scorer.emissions(sents)
    assert [o.shape for o in out] == [(4, 3), (0, 3), (2, 3), (3, 3)]
    assert all(np.isfinite(o).all() for o in out)
    assert np.allclose(out[2], scorer.emissions([sents[2]])[0], atol=1e-5)
    # the backward LM reads the last word: changing it changes the first token's scores
    other = scorer.emissions([["إلى", "المدير"]])[0]
    assert not np.allclose(other[0], out[2][0])


def test_lm_weights_that_do_not_fit_the_word_table_are_refused(tmp_path):
    a = _arrays()
    for d in ("f", "b"):
        a[f"lm_w_ih_{d}"] = a[f"lm_w_ih_{d}"][:, :3]
    with pytest.raises(ValueError):
        LanguageModelStates(a, a["wemb"])


def test_tagger_file_without_lm_loads_as_before(tmp_path):
    a = {k: v for k, v in _arrays(lm_hidden=0).items() if not k.startswith("lm_")}
    np.savez(tmp_path / "plain.npz", **a)
    scorer = NeuralScorer(str(tmp_path / "plain.npz"), Featurizer(Resources(), frozenset({"shape"})))
    assert scorer.lm is None
    assert scorer.emissions([["ذهب", "إلى", "طنطا"]])[0].shape == (3, 3)


needs_model = pytest.mark.skipif(not tagger.model_available(), reason="NER model not installed")


@needs_model
def test_model_dir_overrides_only_the_files_it_holds(tmp_path):
    # a directory holding only a model.json without a neural half: the CRF alone, from the shipped file
    meta = json.loads(tagger._model_path(tagger.META_FILE).read_text(encoding="utf-8"))
    meta.pop("neural", None)
    (tmp_path / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    try:
        tagger.use_model_dir(tmp_path)
        assert tagger._model_path(tagger.MODEL_FILE) == tagger.resource_path(tagger.MODEL_FILE)
        assert isinstance(tagger._decoder(), tagger._Decoder)
        assert len(tagger.tag("زار الرئيس مدينة طنطا أمس".split())) == 5
    finally:
        tagger.use_model_dir(None)
    assert tagger._model_path(tagger.META_FILE) == tagger.resource_path(tagger.META_FILE)


@needs_model
def test_khabar_ner_command_tags_conll_lines():
    src = "التقى\nالوزير\nسامي\nالخطيب\nفي\nعمان\n\nوصل\nالوفد\n"
    run = subprocess.run([sys.executable, "-m", "khabar", "ner", "--conll", "-"], input=src,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.split("\n")
    assert lines[6] == "" and len([x for x in lines if x]) == 8
    tags = [x.split("\t")[1] for x in lines if x]
    assert all(t in tagger.TAGS for t in tags)
    assert tags[2:4] == ["B-PERS", "I-PERS"]


def test_numpy_lm_states_match_the_torch_model_the_tagger_trains_on(tmp_path):
    pytest.importorskip("torch")
    import importlib
    import pathlib
    scripts = str(pathlib.Path(__file__).resolve().parents[1] / "scripts")
    sys.path.insert(0, scripts)
    try:
        train_ner_nn = importlib.import_module("train_ner_nn")
    finally:
        sys.path.remove(scripts)
    a = _arrays()
    for d in ("f", "b"):
        np.savez(tmp_path / f"lm_{d}.npz", vocab_size=np.array(len(WORDS) + 2),
                 **{n: a[f"lm_{n}_{d}"] for n in ("w_ih", "w_hh", "b_ih", "b_hh")})

    class Rows:  # the part of train_ner_nn.Vocab that FrozenLM reads
        wemb = a["wemb"]

        def type_info(self, w):
            return (WORDS.index(w) + 2 if w in WORDS else 1,)

    frozen = train_ner_nn.FrozenLM((str(tmp_path / "lm_f.npz"), str(tmp_path / "lm_b.npz")), len(WORDS) + 2)
    toks = ["ذهب", "المدير", "إلى", "مكان", "طنطا"]
    rows = np.array([Rows().type_info(w)[0] for w in toks])
    numpy_states = LanguageModelStates(a, a["wemb"]).states(rows, [len(toks)])
    assert np.allclose(frozen.states(Rows(), toks), numpy_states, atol=1e-5)
