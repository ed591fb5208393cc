"""The neural half of the NER tagger: a BiLSTM emission scorer, run in NumPy.

Trained by ``scripts/train_ner_nn.py`` (PyTorch, training only) and shipped as one ``.npz`` file,
so khabar needs neither PyTorch nor a download at run time. A token is represented by

- a word vector learned on the unlabelled news corpus (word2vec skip-gram, frozen in training),
  looked up for the folded word, its proclitic-free stem or its ال-less core;
- a character CNN over the folded word (width-3 filters, max-pooled): the shape of names the
  corpus never showed;
- the sum of learned vectors of the word's knowledge features (clusters, gazetteers, triggers,
  KB name parts, name-part ranks, affixes; ``ner_features``), the CRF's type features minus the
  lexical ones.

All three depend on the word type alone, so they are computed once per type and cached; a
sentence then costs one input projection and the two LSTM passes. The scores it returns are
emission log-potentials over ``labels``; ``tagger`` adds them to the CRF's and decodes the sum
with both transition matrices (a product of the two models).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from .ner_features import Featurizer

LEXICAL = ("w=", "st=", "core=")  # features the word vector already carries
PAD_CHARS = 2  # zero positions after each word's characters, as in training


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # no overflow warnings, same values


class NeuralScorer:
    """Emission scores from the BiLSTM weights of an ``.npz`` written by train_ner_nn.py."""

    def __init__(self, path: str, feat: Featurizer):
        z = np.load(path, allow_pickle=False)
        self.labels = tuple(str(x) for x in z["labels"])
        self.words = {str(w): i for i, w in enumerate(z["words"], 2)}  # 0 pad, 1 unknown
        self.features = {str(f): i for i, f in enumerate(z["features"], 1)}  # 0 pad
        self.chars = {str(c): i for i, c in enumerate(z["chars"], 2)}  # 0 pad, 1 unknown
        self.wemb = z["wemb"].astype(np.float32)
        self.femb = z["femb"].astype(np.float32)
        self.cemb = z["cemb"].astype(np.float32)
        self.conv_w = z["conv_w"].astype(np.float32)  # (filters, char dim, width)
        self.conv_b = z["conv_b"].astype(np.float32)
        self.lstm = {}
        for d in ("f", "b"):
            self.lstm[d] = (z[f"w_ih_{d}"].astype(np.float32).T.copy(),
                            z[f"w_hh_{d}"].astype(np.float32).T.copy(),
                            (z[f"b_ih_{d}"] + z[f"b_hh_{d}"]).astype(np.float32))
        self.out_w = z["out_w"].astype(np.float32).T.copy()
        self.out_b = z["out_b"].astype(np.float32)
        self.trans = z["trans"].astype(np.float64)
        self.start = z["start"].astype(np.float64)
        self.end = z["end"].astype(np.float64)
        self.hidden = self.lstm["f"][1].shape[0]
        self.feat = feat
        self._vec = lru_cache(maxsize=100_000)(self._type_vector)

    # -- per word type ----------------------------------------------------------------------
    def _char_cnn(self, word: str) -> np.ndarray:
        ids = [self.chars.get(ch, 1) for ch in word[:20]] or [1]
        x = self.cemb[ids + [0] * PAD_CHARS]  # (L, char dim)
        width = self.conv_w.shape[2]
        pad = width // 2
        xp = np.vstack([np.zeros((pad, x.shape[1]), np.float32), x, np.zeros((pad, x.shape[1]), np.float32)])
        # windows (L, width, char dim) x weights (filters, char dim, width)
        win = np.stack([xp[k:k + x.shape[0]] for k in range(width)], axis=1)
        y = np.einsum("lkc,fck->lf", win, self.conv_w) + self.conv_b
        return np.maximum(y, 0.0).max(axis=0)

    def _type_vector(self, word: str) -> np.ndarray:
        n, _, st = self.feat.analyse(word)
        core = st[2:] if st.startswith("ال") and len(st) > 3 else st
        wi = self.words.get(n) or self.words.get(st) or self.words.get(core) or 1
        fids = [self.features[f] for f in self.feat._type(word)[0]
                if not f.startswith(LEXICAL) and f in self.features]
        fvec = self.femb[fids].sum(axis=0) if fids else self.femb[0]
        return np.concatenate([self.wemb[wi], fvec, self._char_cnn(n)])

    # -- per batch of sentences ---------------------------------------------------------------
    def _run(self, x: np.ndarray, lengths: np.ndarray, direction: str) -> np.ndarray:
        """One LSTM direction over a padded batch (B, T, D); padding never reaches real tokens."""
        w_ih, w_hh, b = self.lstm[direction]
        bsz, steps, _ = x.shape
        if direction == "b":  # reverse each sentence within its own length
            idx = np.maximum(lengths[:, None] - 1 - np.arange(steps)[None, :], 0)
            x = np.take_along_axis(x, idx[:, :, None], axis=1)
        proj = x @ w_ih + b  # (B, T, 4H) in one product
        h = np.zeros((bsz, self.hidden), np.float32)
        c = np.zeros_like(h)
        out = np.empty((bsz, steps, self.hidden), np.float32)
        hd = self.hidden
        for t in range(steps):
            g = proj[:, t] + h @ w_hh
            i, f = _sigmoid(g[:, :hd]), _sigmoid(g[:, hd:2 * hd])
            cell, o = np.tanh(g[:, 2 * hd:3 * hd]), _sigmoid(g[:, 3 * hd:])
            c = f * c + i * cell
            h = o * np.tanh(c)
            out[:, t] = h
        if direction == "b":
            out = np.take_along_axis(out, idx[:, :, None], axis=1)
        return out

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """(len(sentence), labels) score arrays, one per non-empty sentence (empty -> (0, k))."""
        k = len(self.labels)
        out: list[np.ndarray] = [np.zeros((0, k)) for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        # batches of similar length keep padding small
        for start in range(0, len(order), 128):
            idx = order[start:start + 128]
            lengths = np.array([len(sentences[i]) for i in idx])
            steps = int(lengths.max())
            dim = self.wemb.shape[1] + self.femb.shape[1] + self.conv_w.shape[0]
            x = np.zeros((len(idx), steps, dim), np.float32)
            for r, i in enumerate(idx):
                x[r, :lengths[r]] = np.stack([self._vec(w) for w in sentences[i]])
            h = np.concatenate([self._run(x, lengths, "f"), self._run(x, lengths, "b")], axis=2)
            scores = (h @ self.out_w + self.out_b).astype(np.float64)
            for r, i in enumerate(idx):
                out[i] = scores[r, :lengths[r]]
        return out
