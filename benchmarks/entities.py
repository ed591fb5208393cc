"""Knowledge-base matching and entity linking over the news corpus.

    .venv/bin/python benchmarks/entities.py [--data ../shared/data] [--limit N] [--no-tagger]

Prints: the KB's size (entities and aliases by type), alias-matching speed (words/s, tokenising
included), linking speed (the whole entity stage, tagger included unless --no-tagger), and the
share of articles with at least one linked (KB) PER entity, and with any PER entity.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from corpus import DEFAULT_DATA, load_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-tagger", action="store_true")
    args = ap.parse_args()

    from khabar.article import Article
    from khabar.entities import _tagger
    from khabar.entities.kb import load_kb
    from khabar.entities.linking import link_entities
    from khabar.entities.matcher import alias_trie, match_aliases
    from khabar.text import split_sentences, tokenize

    texts = [(r.get("text") or "", r.get("date")) for r in load_rows(args.data, args.limit)]
    if not texts:
        print("no corpus found")
        return 1

    t0 = time.perf_counter()
    kb = load_kb()
    alias_trie(kb)
    print(f"KB load + trie: {time.perf_counter() - t0:.2f} s")
    by_type = Counter(e.type for e in kb.entities.values())
    aliases = Counter()
    for e in kb.entities.values():
        aliases[e.type] += len(set(e.aliases))
    print(f"KB: {len(kb.entities)} entities ({dict(by_type)}); {sum(aliases.values())} aliases "
          f"({dict(aliases)}); {len(kb.alias_index)} distinct keys")

    n_words = 0
    t0 = time.perf_counter()
    for text, _ in texts:
        toks = tokenize(text)
        n_words += sum(1 for t in toks if t.kind != "punct")
        match_aliases(toks, kb)
    dt = time.perf_counter() - t0
    print(f"alias matching: {len(texts)} articles, {n_words} words, {n_words / dt:,.0f} words/s")

    tagger = None if args.no_tagger else _tagger()
    with_kb_per = with_per = 0
    t0 = time.perf_counter()
    for text, date in texts:
        art = Article(body=text, published=(date or "")[:10] or None)
        art.sentences = split_sentences(text)
        ents = link_entities(art, kb, tagger)
        with_kb_per += any(e.type == "PER" and e.kb for e in ents)
        with_per += any(e.type == "PER" for e in ents)
    dt = time.perf_counter() - t0
    print(f"entity linking ({'with' if tagger else 'without'} tagger): {n_words / dt:,.0f} words/s, "
          f"{1000 * dt / len(texts):.2f} ms/article")
    print(f"articles with a linked (KB) PER entity: {with_kb_per}/{len(texts)} "
          f"({with_kb_per / len(texts):.1%}); with any PER entity: {with_per / len(texts):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
