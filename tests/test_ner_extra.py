"""Extra NER supervision: AQMAR's halves, domain-adapted CRF decoding, self-training marginals."""
from __future__ import annotations

import importlib.util
import itertools
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from khabar.entities.ner_data import aqmar_files, aqmar_tag

ROOT = Path(__file__).resolve().parents[1]
DATA = "/work/shared/data"


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_aqmar_tags_map_to_anercorp_types():
    assert aqmar_tag("B-PER") == "B-PERS"
    assert aqmar_tag("I-LOC") == "I-LOC"
    assert aqmar_tag("B-MIS2") == "B-MISC"
    assert aqmar_tag("I--ORG") == "I-ORG"
    assert aqmar_tag("`B-MIS1`") == "B-MISC"
    for stray in ("O", "OO", "IO", "B-SPANISH", ""):
        assert aqmar_tag(stray) == "O"


@pytest.mark.skipif(not os.path.isdir(os.path.join(DATA, "aqmar_wikipedia_ner")), reason="AQMAR absent")
def test_aqmar_halves_split_by_document():
    a, b, every = aqmar_files(DATA, "A"), aqmar_files(DATA, "B"), aqmar_files(DATA)
    assert a and b and not set(a) & set(b)
    assert sorted(a + b) == every
    with pytest.raises(ValueError):
        aqmar_files(DATA, "C")


def _tiny_model(tmp_path) -> str:
    """A CRF trained on two domains with Daume's augmentation: "a|" copies for the news-like
    sentences, "w|" copies for the others. The word السيد announces a person in the first domain
    only; in the second the same word is tagged as part of an organisation's name."""
    import pycrfsuite

    train_ner = _script("train_ner")
    trainer = pycrfsuite.Trainer(verbose=False)
    news = [(["السيد", "كريم", "وصل"], ["O", "B-PERS", "O"]),
            (["السيد", "منير", "غادر"], ["O", "B-PERS", "O"])]
    wiki = [(["السيد", "كريم", "وصل"], ["B-ORG", "I-ORG", "O"])]
    for sents, dom in ((news, "a|"), (wiki, "w|")):
        for toks, tags in sents:
            xs = [["w=" + t] + (["prev=" + toks[i - 1]] if i else []) for i, t in enumerate(toks)]
            trainer.append(train_ner.with_domain(xs, dom), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 100})
    path = str(tmp_path / "tiny.crfsuite")
    trainer.train(path)
    return path


def test_domain_copies_fold_into_shared_rows(tmp_path):
    import pycrfsuite

    from khabar.entities.tagger import _Decoder

    path = _tiny_model(tmp_path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    weights = tagger.info().state_features
    dec = _Decoder(path, feat=None, domain="a|")
    assert not any(a[1:2] == "|" for a in dec.rows)  # no domain copy left as its own row
    j = dec.labels.index("B-PERS")
    want = weights.get(("w=كريم", "B-PERS"), 0.0) + weights.get(("a|w=كريم", "B-PERS"), 0.0)
    assert dec.weights["w=كريم"][j] == pytest.approx(want)
    # the plain decoder keeps every attribute as it was trained
    plain = _Decoder(path, feat=None)
    assert "w|w=كريم" in plain.rows and "a|w=كريم" in plain.rows


def test_marginals_match_brute_force():
    selftrain = _script("ner_selftrain")
    rng = np.random.default_rng(3)
    em, trans = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    probs = np.zeros((4, 3))
    for path in itertools.product(range(3), repeat=4):
        s = sum(em[t, y] for t, y in enumerate(path)) + sum(trans[a, b] for a, b in zip(path, path[1:]))
        for t, y in enumerate(path):
            probs[t, y] += np.exp(s)
    probs /= probs[0].sum()
    got = selftrain.marginals(em, trans)
    assert np.allclose(got, probs)
    assert np.allclose(got.sum(1), 1.0)


def test_self_labelled_sentences_are_filtered_and_counted(tmp_path):
    import argparse

    train_ner = _script("train_ner")
    conll = tmp_path / "auto.conll"
    conll.write_text("زار O\nالوزير O\nعمّان B-LOC\n\n"
                     "قال O\nسامي B-PERS\nالحربي I-PERS\n\n"
                     "أعلنت O\nشركة O\nنفطكو B-ORG\n\n", encoding="utf-8")
    args = argparse.Namespace(aqmar="none", aqmar_no_misc=False, self_train=str(conll), self_n=5,
                              self_types="PERS,ORG")
    got = train_ner.extra_sentences(args, exclude=[("قال", "سامي", "الحربي")])
    assert [toks for toks, _, _ in got] == [["أعلنت", "شركة", "نفطكو"]]
    assert got[0][2] == "n|"
    args.self_types, args.self_n = "", 2
    assert len(train_ner.extra_sentences(args)) == 2
