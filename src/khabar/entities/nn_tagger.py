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
sentence then costs one input projection and the two LSTM passes. A file may also carry a forward
and a backward word language model pretrained on the news (``lm_*`` arrays, ``ner_lm``): their
hidden states at each token are appended to its input (TagLM), one more stacked LSTM pass. The scores it returns are
emission log-potentials over ``labels``; ``tagger`` adds them to the CRF's and decodes the sum
with both transition matrices (a product of the two models).
"""
from __future__ import annotations

from contextlib import nullcontext
from functools import cache, lru_cache

import numpy as np

from .ner_features import Featurizer

LEXICAL = ("w=", "st=", "core=")  # features the word vector already carries
PAD_CHARS = 2  # zero positions after each word's characters, as in training
MAX_CHARS = 20  # characters of a word the CNN reads
BATCH_TOKENS = 4096  # padded token slots per LSTM batch: large products, little padding


@cache
def _blas_controller():
    try:
        from threadpoolctl import ThreadpoolController
        return ThreadpoolController()
    except Exception:  # optional at run time: without it BLAS keeps its own thread count
        return None


def _one_blas_thread():
    """BLAS on one thread while the LSTM runs: its products are small (a few sentences times
    100 units), and a second BLAS thread only adds hand-over cost — three times slower in
    ``khabar read`` on two cores. Scoped, so a caller's own NumPy work keeps its threads."""
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else nullcontext()


def token_ids(feat: Featurizer, words: dict[str, int], features: dict[str, int],
              word: str) -> tuple[int, list[int], str]:
    """(word-vector row, feature ids, folded word) of a surface word: the one lookup that training
    (scripts/train_ner_nn.py) and tagging share. The vector is that of the folded word, else its
    proclitic-free stem, else the stem without ال; row 1 is the unknown word."""
    n, _, st = feat.analyse(word)
    core = st[2:] if st.startswith("ال") and len(st) > 3 else st
    wi = words.get(n) or words.get(st) or words.get(core) or 1
    fids = [features[f] for f in feat._type(word)[0] if not f.startswith(LEXICAL) and f in features]
    return wi, fids, n


def pack_word_table(arrays: dict) -> dict:
    """The exported arrays with the word table as int8 plus one scale per row: a quarter of the
    float32 size; the unit-length word2vec rows lose nothing the tagger can measure."""
    if "wemb" not in arrays:
        return arrays
    out = dict(arrays)
    w = out.pop("wemb").astype(np.float32)
    scale = np.abs(w).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    out["wemb_q"] = np.round(w / scale[:, None]).astype(np.int8)
    out["wemb_scale"] = scale.astype(np.float32)
    return out


def lstm_steps(proj: np.ndarray, lengths: list[int], w_hh: np.ndarray, hd: int) -> np.ndarray:
    """Stacked LSTM directions over time-major projected inputs (S, T, B, 4H) -> hidden (S, T, B, H).

    Sentences start at t = 0, sorted by length, with padding after them, so padding never
    reaches a real token; at step t only the sentences still running (a suffix of the batch)
    are computed. Gate columns were reordered at load time to (input, forget, output | cell)
    and the sigmoid ones halved (``gate_weights``): one tanh over all gates per step.
    """
    stack, steps, bsz, _ = proj.shape
    h = np.zeros((stack, bsz, hd), np.float32)
    c = np.zeros_like(h)
    out = np.zeros((stack, steps, bsz, hd), np.float32)
    first = 0  # first row still running
    for t in range(steps):
        while lengths[first] <= t:
            first += 1
        g = proj[:, t, first:]
        g += np.matmul(h[:, first:], w_hh)
        # the sigmoid-gate columns were halved at load time: sigmoid(x) = (tanh(x / 2) + 1) / 2,
        # so one in-place tanh serves all four gates
        np.tanh(g, out=g)
        gates = g[..., :3 * hd]
        gates += 1.0
        gates *= 0.5
        cc = c[:, first:]
        cc *= g[..., hd:2 * hd]
        cc += g[..., :hd] * g[..., 3 * hd:]
        h[:, first:] = g[..., 2 * hd:3 * hd] * np.tanh(cc)
        out[:, t, first:] = h[:, first:]
    return out


def padded_layout(lengths: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where the tokens of sentences (concatenated, in order) sit in a time-major padded batch:
    (batch column, forward time step, backward time step) per token. The backward direction reads
    each sentence reversed, from t = 0."""
    lens = np.asarray(lengths, dtype=np.intp)
    cols = np.repeat(np.arange(len(lens)), lens)
    starts = np.repeat(np.cumsum(lens) - lens, lens)
    t_f = np.arange(int(lens.sum())) - starts
    t_b = np.repeat(lens, lens) - 1 - t_f
    return cols, t_f, t_b


def gate_weights(w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray):
    """PyTorch LSTM weights as (W_ih^T, W_hh^T, bias) for ``lstm_steps``: PyTorch's gate order is
    (input, forget, cell, output); the three sigmoid gates go first, halved, so the step computes
    sigmoid(x) as (tanh(x / 2) + 1) / 2."""
    hd = w_hh.shape[1]
    order = np.r_[0:2 * hd, 3 * hd:4 * hd, 2 * hd:3 * hd]
    half = np.r_[np.full(3 * hd, 0.5), np.ones(hd)].astype(np.float32)
    return (w_ih[order].astype(np.float32).T * half, w_hh[order].astype(np.float32).T * half,
            (b_ih + b_hh)[order].astype(np.float32) * half)


class NeuralScorer:
    """Emission scores from the BiLSTM weights of an ``.npz`` written by train_ner_nn.py."""

    def __init__(self, path: str, feat: Featurizer):
        z = np.load(path, allow_pickle=False)
        self.labels = tuple(str(x) for x in z["labels"])
        self.words = {str(w): i for i, w in enumerate(z["words"], 2)}  # 0 pad, 1 unknown
        self.features = {str(f): i for i, f in enumerate(z["features"], 1)}  # 0 pad
        self.chars = {str(c): i for i, c in enumerate(z["chars"], 2)}  # 0 pad, 1 unknown
        if "wemb_q" in z.files:  # int8 rows with one scale each (pack_word_table)
            self.wemb = z["wemb_q"].astype(np.float32) * z["wemb_scale"][:, None]
        else:
            self.wemb = z["wemb"].astype(np.float32)
        from .ner_lm import LanguageModelStates, has_lm  # ner_lm imports this module
        # TagLM: a forward and a backward word LM, frozen, whose states the BiLSTM reads too
        self.lm = LanguageModelStates(z, self.wemb) if has_lm(z.files) else None
        self.femb = z["femb"].astype(np.float32)
        self.cemb = z["cemb"].astype(np.float32)
        self.conv_w = z["conv_w"].astype(np.float32)  # (filters, char dim, width)
        self.conv_b = z["conv_b"].astype(np.float32)
        hd = z["w_hh_f"].shape[1]
        self.lstm = {d: gate_weights(z[f"w_ih_{d}"], z[f"w_hh_{d}"], z[f"b_ih_{d}"], z[f"b_hh_{d}"])
                     for d in ("f", "b")}
        self.w_hh = np.stack([self.lstm["f"][1], self.lstm["b"][1]])  # both directions, one product
        self.out_w = z["out_w"].astype(np.float32).T.copy()
        self.out_b = z["out_b"].astype(np.float32)
        self.trans = z["trans"].astype(np.float64)
        self.start = z["start"].astype(np.float64)
        self.end = z["end"].astype(np.float64)
        self.hidden = hd
        self.feat = feat
        self._info = lru_cache(maxsize=100_000)(self._type_info)

    # -- per word type ----------------------------------------------------------------------
    def _char_cnn(self, word: str) -> np.ndarray:
        ids = [self.chars.get(ch, 1) for ch in word[:MAX_CHARS]] or [1]
        x = self.cemb[ids + [0] * PAD_CHARS]  # (L, char dim)
        width = self.conv_w.shape[2]
        pad = width // 2
        xp = np.vstack([np.zeros((pad, x.shape[1]), np.float32), x, np.zeros((pad, x.shape[1]), np.float32)])
        # windows (L, width, char dim) x weights (filters, char dim, width)
        win = np.stack([xp[k:k + x.shape[0]] for k in range(width)], axis=1)
        y = np.einsum("lkc,fck->lf", win, self.conv_w) + self.conv_b
        return np.maximum(y, 0.0).max(axis=0)

    def _type_info(self, word: str) -> tuple[np.ndarray, int]:
        """(input vector without the LM states, word-vector row) of a word type."""
        wi, fids, n = token_ids(self.feat, self.words, self.features, word)
        fvec = self.femb[fids].sum(axis=0) if fids else self.femb[0]
        return np.concatenate([self.wemb[wi], fvec, self._char_cnn(n)]), wi

    # -- per batch of sentences ---------------------------------------------------------------
    def _run(self, proj: np.ndarray, lengths: list[int]) -> np.ndarray:
        return lstm_steps(proj, lengths, self.w_hh, self.hidden)

    def _batches(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        """Sentences sorted by length, cut so each batch pads to at most BATCH_TOKENS slots."""
        batches: list[list[int]] = []
        cur: list[int] = []
        for i in order:
            if cur and (len(cur) + 1) * lengths[i] > BATCH_TOKENS:
                batches.append(cur)
                cur = []
            cur.append(i)
        if cur:
            batches.append(cur)
        return batches

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """(len(sentence), labels) score arrays, one per non-empty sentence (empty -> (0, k))."""
        with _one_blas_thread():
            return self._emissions(sentences)

    def _emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        k = len(self.labels)
        out: list[np.ndarray] = [np.zeros((0, k)) for _ in sentences]
        lengths = [len(s) for s in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lengths.__getitem__)
        hd = self.hidden
        for idx in self._batches(order, lengths):
            steps = lengths[idx[-1]]
            lens = [lengths[i] for i in idx]
            cols, t_f, t_b = padded_layout(lens)
            # the input projection runs on real tokens only, then goes into the padded layout
            info = [self._info(w) for i in idx for w in sentences[i]]
            vecs = np.stack([v for v, _ in info])
            if self.lm is not None:
                lm = self.lm.states(np.fromiter((wi for _, wi in info), np.intp, len(info)), lens)
                vecs = np.concatenate([vecs, lm], axis=1)
            proj = np.zeros((2, steps, len(idx), 4 * hd), np.float32)
            # the backward pass reads each sentence reversed, also from t = 0
            proj[0, t_f, cols] = vecs @ self.lstm["f"][0] + self.lstm["f"][2]
            proj[1, t_b, cols] = vecs @ self.lstm["b"][0] + self.lstm["b"][2]
            hidden = self._run(proj, lens)
            scores = hidden[0, t_f, cols] @ self.out_w[:hd] + hidden[1, t_b, cols] @ self.out_w[hd:]
            scores += self.out_b
            pos = 0
            for i, n in zip(idx, lens):
                out[i] = scores[pos:pos + n].astype(np.float64)
                pos += n
        return out
