"""Pretrain a small word-level LSTM language model on the news corpus for the NER tagger (TagLM).

One direction per run: ``--direction f`` reads each line left to right and predicts the next word,
``--direction b`` reads it right to left and predicts the previous word. Frozen, the two models'
hidden states give the tagger what the 3 M tokens of unlabelled news say about a word's context
(Peters et al. 2017, "Semi-supervised sequence tagging with bidirectional language models").

- Input: the word vectors the tagger uses (``train_ner_nn.py --words-cache``), frozen, looked up
  exactly as the tagger looks them up (``nn_tagger.token_ids``: folded word, else stem, else core).
- Output: a cheap softmax over the next word's k-means cluster (k = 4096, ``clusters.tsv``), plus
  one class for words without a cluster (rare: often names) and one for the sentence boundary.
- Text: every news paragraph and the ANERcorp *train* sentences (``ner_clusters.corpus_sentences``;
  never the test split), cut into pieces of at most ``--max-len`` tokens. The last 1 % of pieces
  is held out to pick the best epoch.

Writes an .npz with the LSTM weights (PyTorch gate order) and the size of the word table it was
trained against; ``train_ner_nn.py --lm-f/--lm-b`` copies them into the tagger's file.

Usage (one process per direction, torch on one thread):
  .venv/bin/python scripts/train_ner_lm.py --direction f --words-cache W.npz --out lm_f.npz
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

from khabar.entities.ner_features import Featurizer, load_resources
from khabar.entities.nn_tagger import token_ids

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ner_clusters import corpus_sentences  # noqa: E402  (sibling script)
from train_ner_nn import train_word_vectors  # noqa: E402

CLUSTER_COLUMN = 5  # clusters.tsv: word, log2 count, k64, k256, k1024, k4096


def load_clusters(col: int = CLUSTER_COLUMN) -> dict[str, int]:
    from khabar.resources import path as resource_path
    out: dict[str, int] = {}
    with open(resource_path("ner/clusters.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) > col:
                out[row[0]] = int(row[col])
    return out


def encode(data: str, words: dict[str, int], clusters: dict[str, int], feat: Featurizer, max_len: int):
    """(word rows, cluster ids) per piece of text, as int32 arrays."""
    unk_class = max(clusters.values()) + 1
    rows: dict[str, tuple[int, int]] = {}
    pieces = []
    for toks in corpus_sentences(data):
        ids = []
        for t in toks:
            r = rows.get(t)
            if r is None:
                wi = token_ids(feat, words, {}, t)[0]
                r = rows[t] = (wi, clusters.get(feat.analyse(t)[0], unk_class))
            ids.append(r)
        for i in range(0, len(ids), max_len):
            piece = ids[i:i + max_len]
            if len(piece) >= 2:
                arr = np.array(piece, dtype=np.int32)
                pieces.append((arr[:, 0], arr[:, 1]))
    return pieces, unk_class + 2  # + the unknown class and the boundary class


class WordLM(nn.Module):
    def __init__(self, wemb: np.ndarray, hidden: int, classes: int, dropout: float):
        super().__init__()
        self.wemb = nn.Embedding.from_pretrained(torch.tensor(wemb), freeze=True, padding_idx=0)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(wemb.shape[1], hidden, batch_first=True)
        self.out = nn.Linear(hidden, classes)

    def states(self, words, lengths):
        x = self.drop(self.wemb(words))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=words.shape[1])
        return h


def make_batch(pieces, idx, reverse: bool, boundary: int):
    """Inputs and targets: each position predicts the next token's class (the previous one when
    reading backwards); the last position predicts the boundary. Padding targets are -100."""
    steps = max(len(pieces[i][0]) for i in idx)
    words = torch.zeros(len(idx), steps, dtype=torch.long)
    gold = torch.full((len(idx), steps), -100, dtype=torch.long)
    lengths = []
    for b, i in enumerate(idx):
        w, c = pieces[i]
        if reverse:
            w, c = w[::-1], c[::-1]
        n = len(w)
        words[b, :n] = torch.from_numpy(w.copy())
        gold[b, :n - 1] = torch.from_numpy(c[1:].astype(np.int64))
        gold[b, n - 1] = boundary
        lengths.append(n)
    return words, torch.tensor(lengths), gold


def run_epoch(model, pieces, batches, reverse, boundary, opt=None):
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100, reduction="sum")
    total, count = 0.0, 0
    model.train(opt is not None)
    for bi in batches:
        words, lengths, gold = make_batch(pieces, bi, reverse, boundary)
        with torch.set_grad_enabled(opt is not None):
            h = model.states(words, lengths)
            loss = loss_fn(model.out(model.drop(h)).view(-1, model.out.out_features), gold.view(-1))
        if opt is not None:
            opt.zero_grad()
            (loss / len(bi)).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
        total += loss.item()
        count += int(lengths.sum())
    return total / max(count, 1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Pretrain one direction of the NER tagger's word LM.")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--direction", choices=("f", "b"), required=True)
    ap.add_argument("--words-cache", required=True, help="word vectors .npz (train_ner_nn.py --words-cache)")
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--max-minutes", type=float, default=0.0, help="stop after the epoch that passes this")
    ap.add_argument("--max-len", type=int, default=60)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-pieces", type=int, default=0, help="debugging: use only this many pieces")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(1)
    t0 = time.time()

    wv = train_word_vectors(args.data, 100, args.seed, args.words_cache)
    words = {w: i for i, w in enumerate(wv.index_to_key, 2)}
    vecs = wv.vectors / np.linalg.norm(wv.vectors, axis=1, keepdims=True)
    wemb = np.vstack([np.zeros((2, wv.vector_size), np.float32), vecs]).astype(np.float32)
    feat = Featurizer(load_resources(auto_file=""), frozenset())
    pieces, classes = encode(args.data, words, load_clusters(), feat, args.max_len)
    boundary = classes - 1
    if args.max_pieces:
        pieces = pieces[:args.max_pieces]
    ntok = sum(len(p[0]) for p in pieces)
    print(f"{len(pieces)} pieces, {ntok} tokens, {classes} classes ({time.time() - t0:.0f}s)", flush=True)
    rng = random.Random(args.seed)
    held = len(pieces) // 100
    order = list(range(len(pieces)))
    rng.shuffle(order)
    held_idx, train_idx = order[:held], order[held:]

    def batches_of(idx, shuffle):
        idx = sorted(idx, key=lambda i: len(pieces[i][0]) + (rng.random() * 4 if shuffle else 0))
        out = [idx[i:i + args.batch] for i in range(0, len(idx), args.batch)]
        if shuffle:
            rng.shuffle(out)
        return out

    model = WordLM(wemb, args.hidden, classes, args.dropout)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    reverse = args.direction == "b"
    best = (float("inf"), None)
    for ep in range(1, args.epochs + 1):
        t1 = time.time()
        tr = run_epoch(model, pieces, batches_of(train_idx, True), reverse, boundary, opt)
        ho = run_epoch(model, pieces, batches_of(held_idx, False), reverse, boundary)
        print(f"epoch {ep}: train {tr:.3f} held-out {ho:.3f} nats/token (ppl {np.exp(ho):.0f}), "
              f"{time.time() - t1:.0f}s", flush=True)
        if ho < best[0]:
            best = (ho, {k: v.detach().clone() for k, v in model.state_dict().items()})
        if args.max_minutes and time.time() - t0 > args.max_minutes * 60:
            break
    sd = {k: v.numpy() for k, v in best[1].items()}
    np.savez(args.out, w_ih=sd["lstm.weight_ih_l0"], w_hh=sd["lstm.weight_hh_l0"],
             b_ih=sd["lstm.bias_ih_l0"], b_hh=sd["lstm.bias_hh_l0"],
             vocab_size=np.array(len(words) + 2), held_out_nats=np.array(best[0]),
             direction=np.array(args.direction))
    print(f"best held-out {best[0]:.3f} nats/token; {args.out}; total {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
