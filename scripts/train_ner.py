"""Train the khabar NER tagger (a CRF, python-crfsuite) on the ANERcorp CAMeL Lab train split.

Two phases, both by default:
  1. dev: train on the first 90% of train sentences, score the last 10% (all tuning happens here);
  2. final: train on the whole train split, write ``src/khabar/resources/ner/model.crfsuite`` and
     score the test split once (the test file is read for scoring only).

Usage:
  .venv/bin/python scripts/train_ner.py                 # dev + final (writes the model)
  .venv/bin/python scripts/train_ner.py --dev-only      # tuning run, no model written, no test
  .venv/bin/python scripts/train_ner.py --dev-only --drop cluster,gazetteer   # ablation

Extra supervision (session 5 experiments, see the resources README; off by default):
  --aqmar all|entities [--domain-adapt]     AQMAR's training half (by document) as more data
  --self-train FILE --self-n N              self-labelled news sentences (scripts/ner_selftrain.py)
  --lexicon-cache DIR                       reuse the jackknifed auto lexicons across dev runs

Learned resources it uses (build them first): resources/ner/clusters.tsv (scripts/ner_clusters.py),
hand-written resources/ner/triggers.tsv and gazetteer.tsv, and the KB if present.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from khabar.entities.ner_data import read_aqmar
from khabar.entities.ner_features import ALL_GROUPS, Featurizer, load_resources
from khabar.entities.ner_score import format_scores, read_conll, score
from khabar.entities.tagger import _Decoder

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_autolex  # noqa: E402  (sibling script)

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "khabar" / "resources" / "ner" / "model.crfsuite"
AUTO_LEXICON = ROOT / "src" / "khabar" / "resources" / "ner" / "auto_lexicon.tsv"


def train(items, out: str, c1: float, c2: float, iters: int) -> float:
    """Train a CRF on (feature lists, tags) pairs."""
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, tags in items:
        trainer.append(xs, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters,
                        "feature.possible_transitions": True})
    trainer.train(out)
    return time.time() - t0


def with_domain(xs: list[list[str]], prefix: str) -> list[list[str]]:
    """Daume (2007) feature augmentation: every feature once shared and once domain-specific."""
    return [f + [prefix + a for a in f] for f in xs] if prefix else xs


def jackknife(sents, groups: frozenset[str], args, tmp: str, name: str) -> tuple[list[str], str]:
    """Fold lexicons (fold k's sentences get the lexicon of the model trained on the other fold)
    and the lexicon for new text (both models' votes). With ``--lexicon-cache DIR`` they are kept
    there with the settings that made them, so experiments on other parts of the training data
    reuse them instead of training and tagging the news corpus again."""
    use_kb = not args.no_kb and "kb" in groups
    base_groups = groups - {"auto"}
    where = args.lexicon_cache or tmp
    paths = [os.path.join(where, f"{name}.lexicon{k}.tsv") for k in range(2)]
    lex_path = os.path.join(where, name + ".lexicon.tsv")
    sig = {"groups": sorted(base_groups), "kb": use_kb, "c1": args.c1, "c2": args.c2, "iters": args.iters,
           "sentences": len(sents), "tokens": sum(len(t) for t, _ in sents)}
    sig_path = os.path.join(where, name + ".lexicon.json")
    if args.lexicon_cache and os.path.exists(sig_path) and all(map(os.path.exists, paths + [lex_path])):
        if json.loads(Path(sig_path).read_text(encoding="utf-8")) == sig:
            print(f"[{name}] fold lexicons from {where}")
            return paths, lex_path
    t0 = time.time()
    feat0 = Featurizer(load_resources(use_kb=use_kb, auto_file=""), base_groups)
    half = len(sents) // 2
    counts = []
    for k, fold in enumerate((sents[:half], sents[half:])):
        model_k = os.path.join(tmp, f"{name}.fold{k}.crfsuite")
        train([(feat0.sentence(toks), tags) for toks, tags in fold], model_k, args.c1, args.c2, args.iters)
        counts.append(ner_autolex.count(_Decoder(model_k, feat0), args.data))
        print(f"[{name}] fold {k}: model + corpus tagging at {time.time() - t0:.0f}s", flush=True)
    for k, c in enumerate(counts):
        ner_autolex.write(ner_autolex.lexicon(c), paths[k])
    ner_autolex.write(ner_autolex.lexicon(counts), lex_path)
    if args.lexicon_cache:
        Path(sig_path).write_text(json.dumps(sig) + "\n", encoding="utf-8")
    return paths, lex_path


def fit(sents, groups: frozenset[str], out: str, args, tmp: str, name: str, extra=()):
    """Train a model on sents (ANERcorp) plus ``extra`` (tokens, tags, domain) sentences.

    With the ``auto`` group the self-trained lexicon is jackknifed, so the model learns how far
    to trust it on words it has not seen labelled: the training sentences are cut into two
    contiguous halves, a model without ``auto`` is trained on each half and tags the news corpus;
    sentences of one half get the lexicon mined by the other half's model, and the lexicon for
    new text (dev, test, production) sums both models' votes. Extra sentences are new text to
    those models, so they get that last lexicon. With ``--domain-adapt`` every feature is doubled
    with a domain prefix ("a|" ANERcorp, "w|" Wikipedia, "n|" self-labelled news); the tagger
    keeps the shared and the "a|" weights. Nothing here reads the test split.

    Returns (featurizer for new text, lexicon path or "", seconds).
    """
    t0 = time.time()
    use_kb = not args.no_kb and "kb" in groups
    da = args.domain_adapt
    if "auto" not in groups:
        feat = Featurizer(load_resources(use_kb=use_kb, auto_file=""), groups)
        feats, lex_path = [feat, feat], ""
    else:
        paths, lex_path = jackknife(sents, groups, args, tmp, name)
        # fold 0 sentences see the lexicon of the fold-1 model and vice versa
        feats = [Featurizer(load_resources(use_kb=use_kb, auto_file=paths[1 - k]), groups) for k in range(2)]
        feat = Featurizer(load_resources(use_kb=use_kb, auto_file=lex_path), groups)
    half = len(sents) // 2
    items = [(with_domain(feats[i >= half].sentence(toks), "a|" if da else ""), tags)
             for i, (toks, tags) in enumerate(sents)]
    items += [(with_domain(feat.sentence(toks), dom if da else ""), tags) for toks, tags, dom in extra]
    print(f"[{name}] {len(sents)} + {len(extra)} extra sentences featurised at {time.time() - t0:.0f}s",
          flush=True)
    train(items, out, args.c1, args.c2, args.iters)
    return feat, lex_path, time.time() - t0


def extra_sentences(args, exclude=()) -> list[tuple[list[str], list[str], str]]:
    """The training sentences besides ANERcorp that the options ask for.

    ``--aqmar all|entities``: AQMAR's training half (by document, ``ner_data``), every sentence or
    only those with an entity; ``--self-train FILE --self-n N``: the first N sentences of a CoNLL
    file of self-labelled news (``scripts/ner_selftrain.py``). ``exclude``: token tuples to skip
    (sentences that also occur in the dev or test split).
    """
    out = []
    if args.aqmar != "none":
        for doc in read_aqmar(args.data, "A"):
            for toks, tags in doc:
                if args.aqmar_no_misc:  # AQMAR's MIS classes are per article, unlike ANERcorp's MISC
                    tags = ["O" if t.endswith("-MISC") else t for t in tags]
                if args.aqmar == "entities" and all(t == "O" for t in tags):
                    continue
                out.append((toks, tags, "w|"))
    if args.self_train and args.self_n:
        skip = set(exclude)
        want = {t for t in args.self_types.split(",") if t}
        news = [(t, g) for t, g in read_conll(args.self_train) if tuple(t) not in skip
                and (not want or any(x[2:] in want for x in g if x.startswith("B-")))]
        out += [(toks, tags, "n|") for toks, tags in news[:args.self_n]]
    return out


def evaluate(sents, feat: Featurizer, model: str, o_bias: float = 0.0, domain: str = "") -> dict:
    dec = _Decoder(model, feat, o_bias, domain=domain)
    pred = [dec.decode(toks) for toks, _ in sents]
    return score([t for _, t in sents], pred)


def tune_o_bias(sents, feat: Featurizer, model: str, domain: str = "") -> tuple[float, dict]:
    """The O-score offset with the best dev micro F1 (ties go to the smaller offset)."""
    best = (0.0, evaluate(sents, feat, model, 0.0, domain))
    for b in (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
        s = evaluate(sents, feat, model, b, domain)
        print(f"  o_bias {b:4.2f}: dev micro F1 {s['micro']['f1']:.4f}")
        if s["micro"]["f1"] > best[1]["micro"]["f1"]:
            best = (b, s)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train the khabar NER CRF.")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--drop", default="", help="comma-separated feature groups to leave out")
    ap.add_argument("--no-kb", action="store_true", help="ignore the knowledge base")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--save-dev", default="", help="also keep the dev-phase model here (error analysis)")
    ap.add_argument("--aqmar", choices=("none", "all", "entities"), default="none",
                    help="add AQMAR's training half (by document) as extra training data")
    ap.add_argument("--aqmar-no-misc", action="store_true", help="AQMAR's MIS0-3 spans become O")
    ap.add_argument("--self-train", default="", help="CoNLL file of self-labelled news (ner_selftrain.py)")
    ap.add_argument("--self-n", type=int, default=0, help="how many of its sentences to add")
    ap.add_argument("--self-types", default="",
                    help="only self-labelled sentences with an entity of these types (e.g. PERS,ORG)")
    ap.add_argument("--domain-adapt", action="store_true",
                    help="Daume's feature augmentation: shared + per-domain copies of every feature")
    ap.add_argument("--lexicon-cache", default="",
                    help="keep / reuse the jackknifed auto lexicons in this directory (experiments)")
    ap.add_argument("--final-only", type=float, default=None, metavar="O_BIAS",
                    help="skip the dev phase (already run with the same settings) and use this O offset")
    args = ap.parse_args(argv)

    base = os.path.join(args.data, "anercorp_camellab")
    train_sents = read_conll(os.path.join(base, "ANERCorp_CamelLab_train.txt"))
    groups = frozenset(ALL_GROUPS - {g for g in args.drop.split(",") if g})
    print(f"groups: {','.join(sorted(groups))}  c1={args.c1} c2={args.c2} iters={args.iters}")

    cut = int(len(train_sents) * (1 - args.dev_frac))
    with tempfile.TemporaryDirectory() as tmp:
        if args.final_only is not None:
            return final(train_sents, groups, args, tmp, args.final_only, None)
        dev_model = os.path.join(tmp, "dev.crfsuite")
        extra = extra_sentences(args, exclude=[tuple(t) for t, _ in train_sents[cut:]])
        feat, _, secs = fit(train_sents[:cut], groups, dev_model, args, tmp, "dev", extra)
        dom = "a|" if args.domain_adapt else ""
        dev = evaluate(train_sents[cut:], feat, dev_model, 0.0, dom)
        if args.save_dev:
            shutil.copy(dev_model, args.save_dev)
            if feat.res.auto:
                ner_autolex.write(feat.res.auto, args.save_dev + ".lexicon.tsv")
            Path(args.save_dev + ".json").write_text(json.dumps({"domain": dom}) + "\n", encoding="utf-8")
        print(f"DEV ({len(train_sents) - cut} sentences, trained in {secs:.0f}s)")
        print(format_scores(dev))
        o_bias, dev_b = tune_o_bias(train_sents[cut:], feat, dev_model, dom)
        print(f"DEV with o_bias {o_bias}")
        print(format_scores(dev_b))
        if args.dev_only:
            return 0

        return final(train_sents, groups, args, tmp, o_bias, dev_b)


def final(train_sents, groups, args, tmp: str, o_bias: float, dev_b: dict | None) -> int:
    """Train on the whole train split, write the model and its settings, score the test split."""
    base = os.path.join(args.data, "anercorp_camellab")
    test_sents = read_conll(os.path.join(base, "ANERCorp_CamelLab_test.txt"))
    extra = extra_sentences(args, exclude=[tuple(t) for t, _ in test_sents])
    feat, lex_path, secs = fit(train_sents, groups, args.out, args, tmp, "final", extra)
    dom = "a|" if args.domain_adapt else ""
    if lex_path:  # the lexicon goes with the model: shipped resources, or the candidate's directory
        dest = AUTO_LEXICON if Path(args.out).resolve() == MODEL else Path(args.out).parent / AUTO_LEXICON.name
        shutil.copy(lex_path, dest)
    size = os.path.getsize(args.out) / 1e6
    print(f"model: {args.out} ({size:.1f} MB, trained in {secs:.0f}s)")
    test = evaluate(test_sents, feat, args.out, o_bias, dom)
    print(f"TEST ({len(test_sents)} sentences)")
    print(format_scores(test))
    meta = {"groups": sorted(groups), "o_bias": o_bias, "c1": args.c1, "c2": args.c2, "iters": args.iters,
            "trained": time.strftime("%Y-%m-%d"),
            **({"domain": dom} if dom else {}),
            **({"aqmar_train_half": "A", "aqmar": args.aqmar + ("-nomisc" if args.aqmar_no_misc else "")}
               if args.aqmar != "none" else {}),
            **({"self_train": {"file": os.path.basename(args.self_train), "sentences": args.self_n,
                               "types": args.self_types}}
               if args.self_train and args.self_n else {}),
            "dev_micro_f1": round(dev_b["micro"]["f1"], 4) if dev_b else None,
            "test_micro_f1": round(test["micro"]["f1"], 4)}
    meta_path = Path(args.out).with_suffix(".json")
    if meta_path.exists():  # keep what train_ner_nn.py wrote (the neural half and its settings)
        old = json.loads(meta_path.read_text(encoding="utf-8"))
        meta = {**{k: v for k, v in old.items() if k == "neural"}, **meta}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
