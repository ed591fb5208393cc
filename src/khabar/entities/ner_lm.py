"""Contextual word states from two small language models, run in NumPy (TagLM).

A forward and a backward word-level LSTM language model, pretrained on the unlabelled news corpus
(``scripts/train_ner_lm.py``) and frozen, read each sentence; their hidden states at a token say
what the 3 M tokens of news suggest about the words around it, and the tagger's BiLSTM reads them
as extra input (``nn_tagger.NeuralScorer``). The weights travel inside the tagger's ``.npz`` under
``lm_*`` names, because the models read the tagger's own word-vector table.

The input projection of a word depends on its type alone, so it is computed once per word-vector
row and cached; a token then costs one recurrent step in each direction, both directions advanced
by one stacked product (``nn_tagger.lstm_steps``).
"""
from __future__ import annotations

import numpy as np

from .nn_tagger import gate_weights, lstm_steps, padded_layout

PREFIX = "lm_"


def has_lm(files) -> bool:
    return f"{PREFIX}w_hh_f" in files and f"{PREFIX}w_hh_b" in files


class LanguageModelStates:
    """Hidden states of the forward and backward LMs for sentences given as word-vector rows."""

    def __init__(self, z, wemb: np.ndarray):
        dirs = [gate_weights(z[f"{PREFIX}w_ih_{d}"], z[f"{PREFIX}w_hh_{d}"], z[f"{PREFIX}b_ih_{d}"],
                             z[f"{PREFIX}b_hh_{d}"]) for d in ("f", "b")]
        self.hidden = dirs[0][1].shape[0]
        if dirs[0][0].shape[0] != wemb.shape[1] or dirs[1][1].shape[0] != self.hidden:
            raise ValueError("language model weights do not fit the word table")
        self.w_ih = np.stack([d[0] for d in dirs], axis=1)  # (word dim, 2, 4H): both directions
        self.bias = np.stack([d[2] for d in dirs])  # (2, 4H)
        self.w_hh = np.stack([d[1] for d in dirs])  # (2, H, 4H)
        self.wemb = wemb
        self._slot = np.full(len(wemb), -1, np.intp)  # table row of each word-vector row, -1: not yet
        self._table = np.empty((256, 2, 4 * self.hidden), np.float32)
        self._size = 0

    @property
    def dim(self) -> int:
        return 2 * self.hidden

    def _project(self, rows: np.ndarray) -> np.ndarray:
        """Input projections (tokens, 2, 4H) of word-vector rows. Each row is projected once, on
        first sight, into a table that grows with the rows seen: bounded by the word table, and
        one gather per batch instead of one lookup per token."""
        slots = self._slot[rows]
        if (slots < 0).any():
            new = np.unique(rows[slots < 0])
            n0 = self._size
            if n0 + len(new) > len(self._table):  # grow by doubling
                grown = np.empty((max(2 * len(self._table), n0 + len(new)), *self._table.shape[1:]), np.float32)
                grown[:n0] = self._table[:n0]
                self._table = grown
            self._table[n0:n0 + len(new)] = np.einsum("nd,dsg->nsg", self.wemb[new], self.w_ih) + self.bias
            self._slot[new] = np.arange(n0, n0 + len(new))
            self._size = n0 + len(new)
            slots = self._slot[rows]
        return self._table[slots]

    def states(self, rows: np.ndarray, lengths: list[int]) -> np.ndarray:
        """(tokens, 2H) states, forward then backward, of sentences given as their word-vector rows
        concatenated, with their lengths sorted (shortest first, none empty)."""
        cols, t_f, t_b = padded_layout(lengths)
        hd = self.hidden
        p = self._project(np.asarray(rows, dtype=np.intp))
        proj = np.zeros((2, lengths[-1], len(lengths), 4 * hd), np.float32)
        proj[0, t_f, cols] = p[:, 0]
        proj[1, t_b, cols] = p[:, 1]  # the backward LM reads each sentence reversed
        hid = lstm_steps(proj, lengths, self.w_hh, hd)
        return np.concatenate([hid[0, t_f, cols], hid[1, t_b, cols]], axis=1)
