"""Train the neural half of the khabar NER tagger: a BiLSTM-CRF, exported for NumPy inference.

Inputs per token (see ``khabar.entities.nn_tagger``): a word2vec vector learned here on the
unlabelled news (plus the train split's text, never the test split's), a character CNN, and the
sum of vectors of the CRF's non-lexical type features. Two phases, like ``train_ner.py``:

  1. dev: train on the first 90 % of the train sentences, keep the epoch with the best dev micro
     F1 (exact span) and, when ``--crf-dev`` gives the CRF trained on the same 90 %, tune the weight
     of the neural scores in the product with the CRF and the O offset on dev;
  2. final: train on all train sentences for that many epochs, write
     ``src/khabar/resources/ner/bilstm.npz`` and the ensemble settings into ``model.json``.

PyTorch and gensim are training-only dependencies (``pip install -e '.[train]'``; torch 2.13.0 CPU).

Usage:
  .venv/bin/python scripts/train_ner.py --save-dev /tmp/dev.crfsuite     # the CRF first
  .venv/bin/python scripts/train_ner_nn.py --crf-dev /tmp/dev.crfsuite

Experiments (see the resources README, session 4): ``--words-cache W.npz`` trains the word vectors
once and reuses them, so runs differ only by what is compared; ``--lm-f/--lm-b`` feed the states of
the word LMs of ``train_ner_lm.py`` (trained on the same cached vectors) to the BiLSTM (TagLM);
``--out/--meta`` write a candidate model elsewhere than into the shipped resources.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn

from khabar.entities.ner_features import Featurizer, load_resources
from khabar.entities.ner_score import read_conll
from khabar.entities.nn_tagger import LEXICAL, MAX_CHARS, PAD_CHARS, pack_word_table, token_ids

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ner_clusters import corpus_sentences  # noqa: E402  (sibling script)
import ner_ensemble  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "src" / "khabar" / "resources" / "ner"
OUT = RES / "bilstm.npz"
# The CRF features the network sees, as a bag; "auto" (the self-trained lexicon) is left to the
# CRF, whose training jackknifes it.
NN_GROUPS = frozenset({"word", "affix", "shape", "clitic", "cluster", "freq", "trigger",
                       "gazetteer", "kb", "names"})
MAX_FEATURES = 48


class CachedVectors:
    """The two attributes of gensim's KeyedVectors that Vocab reads, loaded from a cache file."""

    def __init__(self, words: list[str], vectors: np.ndarray):
        self.index_to_key = words
        self.vectors = vectors
        self.vector_size = vectors.shape[1]

    def __len__(self) -> int:
        return len(self.index_to_key)


def train_word_vectors(data: str, dim: int, seed: int, cache: str = ""):
    """word2vec on the news + train text; with ``cache``, load it from there or save it there.
    word2vec with two workers is not reproducible, and runs of the BiLSTM compared with each other
    should share one set of vectors, so experiments train them once and cache them."""
    if cache and os.path.exists(cache):
        z = np.load(cache, allow_pickle=False)
        return CachedVectors([str(w) for w in z["words"]], z["vectors"].astype(np.float32))
    from gensim.models import Word2Vec
    sents = list(corpus_sentences(data))
    model = Word2Vec(sents, vector_size=dim, window=5, min_count=3, sg=1, negative=10,
                     workers=2, epochs=8, seed=seed)
    if cache:
        np.savez(cache, words=np.array(model.wv.index_to_key), vectors=model.wv.vectors.astype(np.float32))
    return model.wv


class Vocab:
    """Index tables: words (from the word vectors), feature strings and characters (from train)."""

    def __init__(self, wv, feat: Featurizer, sents):
        self.feat = feat
        self.words = {w: i for i, w in enumerate(wv.index_to_key, 2)}
        vecs = wv.vectors / np.linalg.norm(wv.vectors, axis=1, keepdims=True)
        self.wemb = np.vstack([np.zeros((2, wv.vector_size), np.float32), vecs]).astype(np.float32)
        counts: Counter = Counter()
        chars: dict[str, int] = {}
        for toks, _ in sents:
            for t in toks:
                counts.update(f for f in feat._type(t)[0] if not f.startswith(LEXICAL) and f != "b")
                for ch in feat.analyse(t)[0]:
                    chars.setdefault(ch, len(chars) + 2)
        # features seen once in train would get a vector trained on one token
        self.features = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2), 1)}
        self.chars = chars
        self._cache: dict[str, tuple] = {}
        self.lm: FrozenLM | None = None

    def type_info(self, w: str):
        r = self._cache.get(w)
        if r is None:
            wi, fs, n = token_ids(self.feat, self.words, self.features, w)
            fs = fs[:MAX_FEATURES]
            cs = [self.chars.get(ch, 1) for ch in n[:MAX_CHARS]] or [1]
            r = self._cache[w] = (wi, fs or [0], cs)
        return r

    def batch(self, sents, labels: dict[str, int] | None = None):
        bsz, steps = len(sents), max(len(s[0]) for s in sents)
        words = torch.zeros(bsz, steps, dtype=torch.long)
        mask = torch.zeros(bsz, steps, dtype=torch.bool)
        gold = torch.zeros(bsz, steps, dtype=torch.long)
        feats = torch.zeros(bsz, steps, MAX_FEATURES, dtype=torch.long)
        chars = torch.zeros(bsz, steps, MAX_CHARS + PAD_CHARS, dtype=torch.long)
        lm = torch.zeros(bsz, steps, self.lm.dim) if self.lm is not None else None
        for b, (toks, tags) in enumerate(sents):
            if lm is not None:
                lm[b, :len(toks)] = torch.from_numpy(self.lm.states(self, toks))
            for t, w in enumerate(toks):
                wi, fs, cs = self.type_info(w)
                words[b, t] = wi
                mask[b, t] = True
                feats[b, t, :len(fs)] = torch.tensor(fs)
                chars[b, t, :len(cs)] = torch.tensor(cs)
                if labels is not None:
                    gold[b, t] = labels[tags[t]]
        return words, feats, chars, mask, gold, lm


class FrozenLM:
    """The forward and backward word LMs of ``train_ner_lm.py``, frozen: their states per sentence,
    computed once (the tagger's training reads each sentence many times)."""

    def __init__(self, paths: tuple[str, str], vocab_size: int):
        self.arrays = {}
        self.nets = []
        for d, path in zip("fb", paths):
            z = np.load(path)
            if int(z["vocab_size"]) != vocab_size:
                raise SystemExit(f"{path}: trained on another word table ({int(z['vocab_size'])} rows)")
            hd = z["w_hh"].shape[1]
            net = nn.LSTM(z["w_ih"].shape[1], hd, batch_first=True)
            with torch.no_grad():
                for name in ("w_ih", "w_hh", "b_ih", "b_hh"):
                    torch_name = name.replace("w_", "weight_").replace("b_", "bias_") + "_l0"
                    getattr(net, torch_name).copy_(torch.from_numpy(z[name]))
                    self.arrays[f"lm_{name}_{d}"] = z[name].astype(np.float32)
            self.nets.append(net.eval())
        self.dim = 2 * self.nets[0].hidden_size
        self._cache: dict[tuple, np.ndarray] = {}

    def states(self, vocab: "Vocab", toks) -> np.ndarray:
        key = tuple(toks)
        r = self._cache.get(key)
        if r is None:
            rows = torch.tensor([vocab.type_info(w)[0] for w in toks]).unsqueeze(0)
            x = torch.from_numpy(vocab.wemb)[rows]
            with torch.no_grad():
                hf, _ = self.nets[0](x)
                hb, _ = self.nets[1](x.flip(1))
            r = self._cache[key] = torch.cat([hf[0], hb[0].flip(0)], -1).numpy()
        return r


class ChainCRF(nn.Module):
    """Linear-chain CRF loss over emission scores (start, transition and end weights)."""

    def __init__(self, k: int):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def nll(self, em, gold, mask):
        steps = em.shape[1]
        maskf = mask.float()
        s = self.start[gold[:, 0]] + em[:, 0].gather(1, gold[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, steps):
            step = self.trans[gold[:, t - 1], gold[:, t]] + em[:, t].gather(1, gold[:, t:t + 1]).squeeze(1)
            s = s + step * maskf[:, t]
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        last = gold.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        s = s + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - s).sum()


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab: Vocab, k: int, hidden: int, feat_dim: int, char_dim: int,
                 char_filters: int, dropout: float):
        lm_dim = vocab.lm.dim if vocab.lm is not None else 0
        super().__init__()
        self.wemb = nn.Embedding.from_pretrained(torch.tensor(vocab.wemb), freeze=True, padding_idx=0)
        self.femb = nn.Embedding(len(vocab.features) + 1, feat_dim, padding_idx=0)
        self.cemb = nn.Embedding(len(vocab.chars) + 2, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(vocab.wemb.shape[1] + feat_dim + char_filters + lm_dim, hidden, batch_first=True,
                            bidirectional=True)
        self.out = nn.Linear(2 * hidden, k)
        self.crf = ChainCRF(k)

    def emissions(self, words, feats, chars, mask, lm=None):
        bsz, steps, width = chars.shape
        c = self.cemb(chars.view(bsz * steps, width)).transpose(1, 2)
        c = torch.relu(self.conv(c)).max(2).values.view(bsz, steps, -1)
        parts = [self.wemb(words), self.femb(feats).sum(2), c] + ([lm] if lm is not None else [])
        x = self.drop(torch.cat(parts, -1))
        packed = nn.utils.rnn.pack_padded_sequence(x, mask.sum(1), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=steps)
        return self.out(self.drop(h))


def emissions(model, vocab, sents) -> list[np.ndarray]:
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(sents), 64):
            chunk = sents[i:i + 64]
            w, f, c, m, _, lm = vocab.batch([(s[0], None) for s in chunk])
            em = model.emissions(w, f, c, m, lm).numpy().astype(np.float64)
            out.extend(em[b, :len(s[0])] for b, s in enumerate(chunk))
    model.train()
    return out


def crf_params(model) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return tuple(p.detach().numpy().astype(np.float64)
                 for p in (model.crf.trans, model.crf.start, model.crf.end))


def fit(sents, dev, vocab, labels, args, epochs: int):
    """Train; with dev, keep the weights of the best dev epoch. Returns (model, best epoch, dev F1)."""
    index = {lab: i for i, lab in enumerate(labels)}
    model = BiLSTMTagger(vocab, len(labels), args.hidden, args.feat_dim, args.char_dim,
                         args.char_filters, args.dropout)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    rng = random.Random(args.seed)
    best = (-1.0, 0, None)
    sents = list(sents)
    for ep in range(1, epochs + 1):
        t0 = time.time()
        order = sorted(range(len(sents)), key=lambda i: len(sents[i][0]) + rng.random() * 8)
        batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for bi in batches:
            w, f, c, m, g, lm = vocab.batch([sents[i] for i in bi], index)
            loss = model.crf.nll(model.emissions(w, f, c, m, lm), g, m)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
        msg = f"  epoch {ep:2d} loss {total:8.0f} {time.time() - t0:4.0f}s"
        if dev:
            f1 = ner_ensemble.evaluate(dev, labels, emissions(model, vocab, dev), *crf_params(model))["micro"]["f1"]
            msg += f" dev {f1:.4f}"
            if f1 > best[0]:
                best = (f1, ep, {k: v.clone() for k, v in model.state_dict().items()})
        print(msg, flush=True)
    if dev:
        model.load_state_dict(best[2])
        return model, best[1], best[0]
    return model, epochs, None


def export(model, vocab, labels, path: Path) -> None:
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    arrays = {
        "labels": np.array(labels), "words": np.array(list(vocab.words)),
        "features": np.array(list(vocab.features)), "chars": np.array(list(vocab.chars)),
        "wemb": vocab.wemb[2:].astype(np.float16), "femb": sd["femb.weight"].astype(np.float16),
        "cemb": sd["cemb.weight"], "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["crf.trans"], "start": sd["crf.start"], "end": sd["crf.end"],
    }
    for d, suffix in (("f", ""), ("b", "_reverse")):
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            short = name.replace("weight", "w").replace("bias", "b")
            arrays[f"{short}_{d}"] = sd[f"lstm.{name}_l0{suffix}"]
    if vocab.lm is not None:
        arrays.update(vocab.lm.arrays)
    arrays["wemb"] = np.vstack([np.zeros((2, arrays["wemb"].shape[1]), np.float16), arrays["wemb"]])
    np.savez_compressed(path, **pack_word_table(arrays))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train the BiLSTM half of the khabar NER tagger.")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--crf-dev", default="", help="CRF trained on the dev phase's 90 %% (train_ner.py --save-dev)")
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--no-dev", action="store_true",
                    help="train on all of train for --epochs and write --out only (another seed)")
    ap.add_argument("--epochs", type=int, default=22)
    ap.add_argument("--dim", type=int, default=100, help="word vector size")
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--feat-dim", type=int, default=32)
    ap.add_argument("--char-dim", type=int, default=24)
    ap.add_argument("--char-filters", type=int, default=50)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--meta", default=str(RES / "model.json"), help="model.json to update in the final phase")
    ap.add_argument("--lm-f", default="", help="forward word LM (train_ner_lm.py); with --lm-b: TagLM inputs")
    ap.add_argument("--lm-b", default="", help="backward word LM (train_ner_lm.py)")
    ap.add_argument("--dev-emissions", default="", help="write the dev-phase model's dev emissions (.npz)")
    ap.add_argument("--dev-out", default="",
                    help="also export the dev-phase model (best epoch, 90 %% of train) here, e.g. as a "
                         "self-training teacher that never saw dev")
    ap.add_argument("--words-cache", default="",
                    help="word vectors .npz: loaded when it exists, else trained and saved there")
    args = ap.parse_args(argv)
    if bool(args.lm_f) != bool(args.lm_b):
        ap.error("--lm-f and --lm-b go together")
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)  # 2 threads on a shared 2-core machine run slower than 1

    base = os.path.join(args.data, "anercorp_camellab")
    train = read_conll(os.path.join(base, "ANERCorp_CamelLab_train.txt"))
    cut = int(len(train) * 0.9)
    t0 = time.time()
    wv = train_word_vectors(args.data, args.dim, args.seed, args.words_cache)
    print(f"word vectors: {len(wv)} words, {time.time() - t0:.0f}s", flush=True)
    feat = Featurizer(load_resources(auto_file=""), NN_GROUPS)
    labels = sorted({t for _, tags in train for t in tags})
    lm = FrozenLM((args.lm_f, args.lm_b), len(wv) + 2) if args.lm_f and args.lm_b else None

    if args.no_dev:  # one more member for an average: same settings, another seed, no tuning
        vocab = Vocab(wv, feat, train)
        vocab.lm = lm
        model, _, _ = fit(train, [], vocab, labels, args, args.epochs)
        export(model, vocab, labels, Path(args.out))
        print(f"model: {args.out}, total {time.time() - t0:.0f}s")
        return 0
    vocab = Vocab(wv, feat, train[:cut])
    vocab.lm = lm
    model, best_ep, dev_f1 = fit(train[:cut], train[cut:], vocab, labels, args, args.epochs)
    print(f"DEV: best epoch {best_ep}, micro F1 {dev_f1:.4f} ({time.time() - t0:.0f}s)")
    settings = {}
    if args.dev_out:
        export(model, vocab, labels, Path(args.dev_out))
    dev_em = emissions(model, vocab, train[cut:])
    if args.dev_emissions:  # for offline comparisons and ensembles of runs on dev
        np.savez(args.dev_emissions, labels=np.array(labels), *[e.astype(np.float32) for e in dev_em],
                 trans=crf_params(model)[0], start=crf_params(model)[1], end=crf_params(model)[2])
    if args.crf_dev:
        settings = ner_ensemble.tune(train[cut:], labels, dev_em, crf_params(model), args.crf_dev)
    if args.dev_only:
        return 0

    vocab = Vocab(wv, feat, train)
    vocab.lm = lm
    model, _, _ = fit(train, [], vocab, labels, args, best_ep)
    export(model, vocab, labels, Path(args.out))
    meta_path = Path(args.meta)
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta["neural"] = {"file": Path(args.out).name, "groups": sorted(NN_GROUPS), "epochs": best_ep,
                      "dev_micro_f1": round(dev_f1, 4), **settings,
                      **({"lm_hidden": lm.dim // 2} if lm is not None else {}),
                      "hyper": {k: getattr(args, k) for k in ("dim", "hidden", "feat_dim", "char_dim",
                                                               "char_filters", "dropout", "lr", "batch", "seed")}}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = os.path.getsize(args.out) / 1e6
    print(f"model: {args.out} ({size:.1f} MB), total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
