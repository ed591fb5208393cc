"""The trained NER tagger: ANERcorp-style BIO tags for tokens, character spans for raw text.

The model is a linear-chain CRF (``scripts/train_ner.py``) over the features of
``ner_features``. Tokens must look like ANERcorp's: punctuation split off, proclitics left attached
(``وبوتين`` is one token, tagged B-PERS), which is exactly what ``khabar.text.tokenize`` produces.

Decoding does not go through crfsuite's tagger: the model's weights are folded, once per word type,
into emission vectors (own-position features and the features a word lends its neighbours), so
tagging a sentence is a few vector additions per token and a 9-state Viterbi. Only the two word-pair
features are looked up per token.

``tag_sentences`` and ``spans`` treat their sentences as one running text: an entity found in one
sentence also labels its bare repeats within 20 sentences (``ner_context``). ``spans`` trims a
proclitic (و ف ب ل ك) off the first word of an entity when the evidence says it is one, so
``وبوتين`` gives the span of ``بوتين`` but ``بايدن`` stays whole: khabar's mentions do not include
conjunctions or prepositions.
"""
from __future__ import annotations

import json
import os
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import IO

import numpy as np

from ..resources import path as resource_path
from ..text import clitic_readings, fold, split_sentences, tokenize
from .ner_features import ALL_GROUPS, OFFSETS, Featurizer, load_resources
from . import ner_context
from .ner_score import chunks

MODEL_FILE = "ner/model.crfsuite"
META_FILE = "ner/model.json"  # feature groups the model was trained with, written by train_ner.py
PROPAGATION_WINDOW = 20  # sentences either side; tuned on the dev split (5: 0.733, 20: 0.739, 50: 0.735)
JOIN_ADJACENT_PERSONS = True  # ner_context.join_adjacent_persons (dev figures: resources/ner/README.md)
BLOCK_SENTENCES = 1000  # conll_main tags this many sentences together
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


class _Decoder:
    """CRF weights arranged for fast decoding over cached per-type emission vectors."""

    def __init__(self, model_path: str, feat: Featurizer, o_bias: float = 0.0, domain: str = ""):
        """``domain``: for a model trained with Daume's feature augmentation (``train_ner.py
        --domain-adapt``), the prefix of the target domain's feature copies ("a|"): their weights
        are added to the shared features' and the other domains' copies are dropped, so decoding
        costs the same as for a plain model."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(model_path)
        info = tagger.info()
        self.labels = tuple(tagger.labels())
        index = {lab: i for i, lab in enumerate(self.labels)}
        k = len(self.labels)
        self.trans = [[0.0] * k for _ in range(k)]
        for (a, b), w in info.transitions.items():
            self.trans[index[a]][index[b]] = w
        # One row of weights per attribute; a word's emission vector is a sum of rows.
        rows: dict[str, int] = {}
        entries = []
        for (attr, lab), w in info.state_features.items():
            if domain:
                if attr.startswith(domain):
                    attr = attr[len(domain):]
                elif attr[1:2] == "|":
                    continue  # another domain's copy
            r = rows.setdefault(attr, len(rows))
            entries.append((r, index[lab], w))
        self.matrix = np.zeros((len(rows) + 1, k))  # last row: zeros, for attributes with no weight
        for r, j, w in entries:
            self.matrix[r, j] += w  # += : a shared feature and its domain copy share one row
        self.rows = rows
        self._zero_row = len(rows)
        self.weights = {a: self.matrix[r] for a, r in rows.items()}
        self.trans = np.asarray(self.trans)  # trans[a, b]: score of moving from label a to b
        self.k = k
        self.feat = feat
        # emission vectors are small (a few floats per type); the feature lists they are built from
        # are large, so the featurizer keeps only the recent ones (see load_decoder)
        self._vec = lru_cache(maxsize=200_000)(self._type_vectors)
        # Subtracted from the O score of every token: CRFs trained on few names under-predict
        # entities on unseen words; the value is tuned on dev by train_ner.py (model.json).
        self.o_bias = o_bias
        self._o = self.labels.index("O") if "O" in self.labels else None
        self.bos = self._sum(["BOS"])
        self.eos = self._sum(["EOS"])

    def _sum(self, feats) -> np.ndarray:
        get = self.rows.get
        idx = [r for r in map(get, feats) if r is not None]
        return self.matrix[idx].sum(axis=0)

    def _type_vectors(self, word: str) -> np.ndarray:
        """Emission contributions of a word, shape (1 + len(OFFSETS), labels): its own features,
        then what it lends the token at each offset. One gather and one segmented sum."""
        own, ctx = self.feat._type(word)
        get = self.rows.get
        zero = self._zero_row
        idx: list[int] = []
        starts: list[int] = []
        for group in (own, *ctx):
            starts.append(len(idx))
            idx.append(zero)  # keeps every segment non-empty
            idx.extend(r for r in map(get, group) if r is not None)
        return np.add.reduceat(self.matrix[idx], starts, axis=0)

    def emissions(self, tokens: list[str]) -> np.ndarray:
        n = len(tokens)
        v = np.stack([self._vec(t) for t in tokens])  # (n, 1 + len(OFFSETS), k)
        em = v[:, 0].copy()
        for slot, o in enumerate(OFFSETS, 1):
            # token i sees word i+o through that word's slot for offset o
            if o < 0 and n > -o:
                em[-o:] += v[:o, slot]
            elif o > 0 and n > o:
                em[:-o] += v[o:, slot]
        if self.o_bias and self._o is not None:
            em[:, self._o] -= self.o_bias
        em[0] += self.bos
        em[-1] += self.eos
        get = self.weights.get
        norms = ["<s>"] + [fold(t).lower() for t in tokens] + ["</s>"]
        for i in range(n):
            w = norms[i + 1]
            b = get("bw-=" + norms[i] + "|" + w)
            if b is not None:
                em[i] += b
            b = get("bw+=" + w + "|" + norms[i + 2])
            if b is not None:
                em[i] += b
        return em

    def decode(self, tokens: list[str]) -> list[str]:
        """Viterbi over the label chain."""
        if not tokens:
            return []
        labels = self.labels
        return [labels[j] for j in viterbi(self.emissions(tokens), self.trans)]

    def decode_many(self, sents: list[list[str]]) -> list[list[str]]:
        ems = [self.emissions(toks) if toks else np.zeros((0, self.k)) for toks in sents]
        labels = self.labels
        return [[labels[j] for j in path] for path in viterbi_many(ems, self.trans)]


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray | None = None,
            end: np.ndarray | None = None) -> list[int]:
    """Best label path for emission scores em (n, k) and transition scores trans[a, b]."""
    return viterbi_many([em], trans, start, end)[0]


def viterbi_many(ems: list[np.ndarray], trans: np.ndarray, start: np.ndarray | None = None,
                 end: np.ndarray | None = None, batch: int = 256) -> list[list[int]]:
    """``viterbi`` for many sentences at once: sentences of similar length share one pass of
    array operations per position instead of one Python step per token of each sentence."""
    out: list[list[int]] = [[] for _ in ems]
    order = sorted((i for i, e in enumerate(ems) if len(e)), key=lambda i: len(ems[i]))
    for b0 in range(0, len(order), batch):
        idx = order[b0:b0 + batch]
        lengths = np.array([len(ems[i]) for i in idx])
        steps, k, nb = int(lengths[-1]), trans.shape[0], len(idx)
        em = np.zeros((steps, nb, k))
        for r, i in enumerate(idx):
            em[:lengths[r], r] = ems[i]
        score = em[0] + start if start is not None else em[0].copy()
        back = np.zeros((steps, nb, k), dtype=np.intp)
        for t in range(1, steps):
            cand = score[:, :, None] + trans[None]  # (B, from, to)
            arg = cand.argmax(1)
            back[t] = arg
            live = (t < lengths)[:, None]
            score = np.where(live, np.take_along_axis(cand, arg[:, None, :], 1)[:, 0] + em[t], score)
        if end is not None:
            score = score + end
        j = score.argmax(1)
        paths = np.zeros((nb, steps), dtype=np.intp)
        rows = np.arange(nb)
        for t in range(steps - 1, -1, -1):
            live = t < lengths
            paths[live, t] = j[live]
            if t:
                j = np.where(live, back[t, rows, j], j)
        for r, i in enumerate(idx):
            out[i] = paths[r, :lengths[r]].tolist()
    return out


class _Ensemble:
    """The CRF and the BiLSTM as one chain model: their log-potentials add up, the neural ones
    scaled by ``weight`` (tuned on dev by train_ner_nn.py), and one Viterbi decodes the sum."""

    def __init__(self, crf: _Decoder, neural, weight: float):
        self.crf = crf
        self.neural = neural
        self.weight = weight
        order = [neural.labels.index(lab) for lab in crf.labels]  # neural columns in CRF order
        self._order = order
        self.trans = crf.trans + weight * neural.trans[np.ix_(order, order)]
        self.start = weight * neural.start[order]
        self.end = weight * neural.end[order]
        self.labels = crf.labels
        self.feat = crf.feat

    def decode_many(self, sents: list[list[str]]) -> list[list[str]]:
        neural = self.neural.emissions(sents)
        ems = [self.crf.emissions(toks) + self.weight * nem[:, self._order] if toks else nem
               for toks, nem in zip(sents, neural)]
        labels = self.labels
        return [[labels[j] for j in path] for path in viterbi_many(ems, self.trans, self.start, self.end)]

    def neural_decode_many(self, sents: list[list[str]]) -> list[list[str]]:
        """The BiLSTM-CRF alone (benchmarks compare the halves)."""
        nn = self.neural
        return [[nn.labels[j] for j in path]
                for path in viterbi_many(nn.emissions(sents), nn.trans, nn.start, nn.end)]


def load_decoder(model_path: str, groups=None, auto_file: str | None = None,
                 o_bias: float = 0.0, domain: str = "") -> _Decoder:
    """A decoder for any model file; ``groups`` must be the feature groups it was trained with,
    ``domain`` its target-domain prefix if it was trained with domain-augmented features."""
    res = load_resources(auto_file=auto_file) if auto_file is not None else load_resources()
    feat = Featurizer(res, frozenset(groups) if groups else ALL_GROUPS, cache_size=20_000)
    return _Decoder(model_path, feat, o_bias, domain)


_model_dir: Path | None = None  # use_model_dir: candidate model files tried before the shipped ones


def use_model_dir(directory: str | os.PathLike | None) -> None:
    """Load the tagger's model files (model.crfsuite, model.json, the BiLSTM .npz) from
    ``directory`` where it has them, the shipped ones otherwise; None: back to the shipped files.
    For benchmarks of a candidate model before it replaces the shipped one."""
    global _model_dir
    _model_dir = Path(directory) if directory is not None else None
    _decoder.cache_clear()


def _model_path(name: str) -> Path:
    """``resources/<name>``, or the file of that base name in the directory of use_model_dir."""
    if _model_dir is not None and (_model_dir / Path(name).name).exists():
        return _model_dir / Path(name).name
    return resource_path(name)


@cache
def _decoder() -> _Decoder | _Ensemble:
    """The shipped tagger: the CRF, and with it the BiLSTM when its file and settings are there."""
    p = _model_path(MODEL_FILE)
    if not p.exists():
        raise FileNotFoundError(f"NER model missing: {p} (run scripts/train_ner.py)")
    meta_path = _model_path(META_FILE)
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    neural = meta.get("neural") or {}
    npz = _model_path("ner/" + neural["file"]) if neural.get("file") else None
    # a candidate model directory brings the lexicon its training mined; else the shipped one
    lex = _model_path("ner/auto_lexicon.tsv")
    auto = str(lex) if _model_dir is not None and lex.parent == _model_dir else None
    domain = meta.get("domain", "")
    if npz is None or not npz.exists() or "weight" not in neural:
        return load_decoder(str(p), meta.get("groups"), auto, float(meta.get("o_bias", 0.0)), domain)
    from .nn_tagger import NeuralScorer
    crf = load_decoder(str(p), meta.get("groups"), auto, float(neural.get("o_bias", 0.0)), domain)
    groups = frozenset(neural["groups"])
    # A word's own features in one group do not depend on the other groups, so when the CRF sees
    # every group the network does, both share one featurizer and its cache of word types.
    feat = crf.feat if groups <= crf.feat.groups else Featurizer(crf.feat.res, groups, cache_size=20_000)
    return _Ensemble(crf, NeuralScorer(str(npz), feat), float(neural["weight"]))


def model_available() -> bool:
    """True when the trained model file is installed (a source checkout may not have it yet)."""
    return _model_path(MODEL_FILE).exists()


def tag(tokens: list[str]) -> list[str]:
    """BIO tags (ANERcorp's set) for one sentence of surface tokens."""
    if not tokens:
        return []
    return tag_sentences([tokens], window=0)[0]


def tag_sentences(sents: list[list[str]], window: int = PROPAGATION_WINDOW) -> list[list[str]]:
    """Tags for consecutive sentences of one text (an article, a CoNLL file).

    Names recur within a text, often once in a telling context and again bare; so a token sequence
    the tagger labelled as an entity within ``window`` sentences is also labelled where it was
    left O (see ``ner_context``). ``window=0`` tags each sentence on its own.
    """
    # An empty or blank token still needs a tag; "_" featurises as punctuation.
    clean = [[(t if isinstance(t, str) else str(t)).strip() or "_" for t in s] for s in sents or []]
    feat = _decoder().feat
    tags = ner_context.split_coordinated_names(feat, clean, _decoder().decode_many(clean))
    if JOIN_ADJACENT_PERSONS:
        tags = ner_context.join_adjacent_persons(feat, clean, tags)
    tags = ner_context.join_theophoric(feat, clean, tags)
    if window > 0 and len(tags) > 1:
        stems = ner_context.stem_rows(feat, clean)
        tags = ner_context.propagate(feat, clean, tags, window, stems=stems)
        tags = ner_context.propagate_surnames(feat, clean, tags, window, stems=stems)
    return tags


def _proclitic_cut(text: str, start: int, end: int) -> int:
    """Offset after a proclitic on the entity word text[start:end], or ``start`` when none.

    Names often begin with proclitic letters (بايدن, فرنسا, كندا, لندن), so a cut needs evidence:
    the stem is a known name part (gazetteer, KB, mined lexicon) and the whole word is not, or,
    when neither is known, the stem is much more frequent in the news corpus than the word.
    """
    feat = _decoder().feat
    word = text[start:end]
    n, prefix, stem = feat.analyse(word)
    if not prefix:
        readings = [(p, st) for p, st in clitic_readings(n)[1:] if ner_context.known_name(feat, st)]
        if not readings or ner_context.known_name(feat, n, mined=False):
            return start
        prefix, stem = readings[0]
    elif ner_context.known_name(feat, n, mined=False) or not (ner_context.known_name(feat, stem)
                                      or feat._count(stem) >= feat._count(n) + 2):
        return start
    if not n.endswith(stem):
        return start  # the لل reading (ل + الـ with the alef elided): no clean cut exists
    cut, seen = start, 0
    while cut < end and seen < len(prefix):
        if fold(text[cut]):
            seen += 1
        cut += 1
    return cut if cut < end else start


def spans(text: str) -> list[tuple[int, int, str]]:
    """Named-entity character spans ``(start, end, TYPE)`` in raw text, TYPE in PERS/LOC/ORG/MISC."""
    if not text or not isinstance(text, str):
        return []
    sents = [toks for s, e in split_sentences(text) if (toks := tokenize(text, s, e))]
    out: list[tuple[int, int, str]] = []
    tagged = tag_sentences([[t.text for t in toks] for toks in sents])
    for toks, tags in zip(sents, tagged):
        for a, b, typ in chunks(tags):
            start = toks[a].start
            if toks[a].kind == "word":
                start = _proclitic_cut(text, start, toks[a].end)
            out.append((start, toks[b - 1].end, typ))
    return out


def conll_main(in_stream: IO[str] | None = None, out_stream: IO[str] | None = None) -> int:
    """Tag CoNLL input (``token`` or ``token tag`` lines, blank line between sentences).

    Writes ``token<TAB>predicted_tag`` lines with the blank lines kept where they were.
    Returns 0 (a shell exit status).
    """
    in_stream = in_stream if in_stream is not None else sys.stdin
    out_stream = out_stream if out_stream is not None else sys.stdout
    block: list[list[str]] = []  # sentences; [] marks a blank line that ended no sentence
    sent: list[str] = []

    def flush() -> None:
        real = [b for b in block if b]
        tagged = iter(tag_sentences(real))
        for b in block:
            if b:
                for tok, t in zip(b, next(tagged)):
                    out_stream.write(f"{tok}\t{t}\n")
            out_stream.write("\n")
        block.clear()

    # Blocks of sentences keep memory bounded on long streams while propagation still sees
    # neighbouring sentences; a block ends on a blank line.
    for line in in_stream:
        parts = line.split()
        if parts:
            sent.append(parts[0])
            continue
        block.append(sent)
        sent = []
        if len(block) >= BLOCK_SENTENCES:
            flush()
    tail = sent
    if block:
        flush()
    if tail:
        for tok, t in zip(tail, tag_sentences([tail])[0]):
            out_stream.write(f"{tok}\t{t}\n")
    return 0
