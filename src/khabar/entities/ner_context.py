"""Document-level rules over the NER tagger's output (``tagger.tag_sentences`` runs them in order).

The chain models label each sentence alone and make errors a reader of the whole text would not:

- ``split_coordinated_names``: a person span running over "و" + a second name is two people;
- ``join_adjacent_persons``: two person spans with nothing between them and no "و" are one name;
- ``join_theophoric``: "قريب الله الخضر" is one name, not "الله" (data: ``ner/theophoric.txt``);
- ``propagate``: a token sequence labelled as an entity labels its untagged repeats nearby;
- ``propagate_surnames``: a person's surname labels its bare repeats nearby.

Each takes the featurizer of the shipped tagger (word analyses, corpus counts, gazetteers, name-part
ranks) and returns new tag rows, leaving its input unchanged. Figures: ``resources/ner/README.md``.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from ..resources import load_lines
from ..text import fold
from .ner_features import Featurizer
from .ner_score import chunks

SURNAME_MAX_LOG_COUNT = 8  # see propagate_surnames: known family names up to this log2 count,
RARE_LOG_COUNT = 3  # any word up to this one


def stem_rows(feat: Featurizer, sents: list[list[str]]) -> list[list[str]]:
    """Proclitic-free stems of every token: the key both propagations match on."""
    analyse = feat.analyse
    return [[analyse(w)[2] if isinstance(w, str) else "" for w in s] for s in sents]


def propagate(feat: Featurizer, sents: list[list[str]], tags: list[list[str]], window: int,
              max_len: int = 3, max_log_count: int = 13, stems=None) -> list[list[str]]:
    """Label untagged repeats of nearby entities (by proclitic-free stem, up to ``max_len`` words).

    Words of 2**max_log_count or more news occurrences are never propagated: a frequent word
    tagged once as part of a name (a club called الاتحاد, union) is mostly a common word.
    On the dev split this moved micro F1 from 0.721 to 0.739 (window 20).
    """
    stems = stems if stems is not None else stem_rows(feat, sents)
    found = [[(tuple(stems[i][a:b]), typ) for a, b, typ in chunks(t) if b - a <= max_len]
             for i, t in enumerate(tags)]
    out = [list(t) for t in tags]
    # Sliding window of entity counts: add sentence i+window, drop sentence i-window-1.
    known: dict[tuple[str, ...], Counter] = {}
    for j in range(min(len(sents), window)):
        for key, typ in found[j]:
            known.setdefault(key, Counter())[typ] += 1
    for i, st in enumerate(stems):
        if i + window < len(sents):
            for key, typ in found[i + window]:
                known.setdefault(key, Counter())[typ] += 1
        if i - window - 1 >= 0:
            for key, typ in found[i - window - 1]:
                c = known[key]
                c[typ] -= 1
                if c[typ] <= 0:
                    del c[typ]
                if not c:
                    del known[key]
        if not known:
            continue
        row, n, k = out[i], len(st), 0
        while k < n:
            step = 1
            for length in range(min(max_len, n - k), 0, -1):
                key = tuple(st[k:k + length])
                if key not in known or any(x != "O" for x in row[k:k + length]):
                    continue
                if any(feat._count(w) > max_log_count for w in key):
                    continue
                typ = known[key].most_common(1)[0][0]
                row[k] = "B-" + typ
                for m in range(k + 1, k + length):
                    row[m] = "I-" + typ
                step = length
                break
            k += step
    return out


def split_coordinated_names(feat: Featurizer, sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """Start a new person at a word joined by the conjunction و inside a person span.

    "فينوجرادوف ووليامز" is two players and "مكاوي وخير" two names, but the chain models often
    run one person over the و. Names may begin with و themselves (وليامز, وائل), so the word is
    split only when the reading with the و proclitic is the likelier one (``analyse``) or when the
    rest is a known name part and the whole word is not.
    """
    out = tags
    for i, row in enumerate(tags):
        for a, b, typ in chunks(row):
            if typ != "PERS":
                continue
            for k in range(a + 1, b):
                if _conjoined(feat, sents[i][k]):
                    if out is tags:
                        out = [list(t) for t in tags]
                    out[i][k] = "B-PERS"
    return out


def _conjoined(feat: Featurizer, w: str) -> bool:
    """The word carries the conjunction و: the reading with the proclitic is the likelier one, or
    the rest is a known name part and the whole word is not (ووليامز; وليامز, وائل are names)."""
    if len(w) < 4 or not w.startswith("و"):
        return False
    rest = feat.analyse(w[1:])[0]
    return feat.analyse(w)[1] == "و" or (known_name(feat, rest, mined=False)
                                        and not known_name(feat, feat.analyse(w)[0], mined=False))


def join_adjacent_persons(feat: Featurizer, sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """One person where the chain models start a second right after a first, with nothing between.

    Long names (given name, father's and grandfather's names, family name) are cut in two when the
    model's evidence for a name start is strong inside them ("أحمد سيف | محرم اليافعي" comes out
    B I B I). Two people side by side are mostly joined by و (split_coordinated_names) or by
    punctuation, so a bare second start continues the first, unless the junction says otherwise:
    the second starts with a proclitic (لترامب, بفاتو, وياسمين) or with a word not known as a
    person's name part (gazetteers, KB); the first ends with a proclitic, a title (... الشيخ |
    حمدان), a country adjective (الرئيس السوداني | عمر البشير) or a name that stands alone for a
    known person (ترامب | جاريد كوشنر).
    """
    demonyms = None
    out = tags
    for i, row in enumerate(tags):
        spans = chunks(row)
        for (a, b, x), (c, _, y) in zip(spans, spans[1:]):
            if x != "PERS" or y != "PERS" or b != c:
                continue
            first, last = feat.analyse(sents[i][c]), feat.analyse(sents[i][b - 1])
            if first[1] or last[1] or not _person_part(feat, first[0]):
                continue
            if sents[i][c].startswith("و") and _conjoined(feat, sents[i][c]):
                continue
            if any(feat.res.triggers.get(w) == "PT" for w in (last[0], last[2])):
                continue
            if any(cls in ("PERU", "kbPERU") for cls in feat.res.gazetteer.get(last[0], ())):
                continue
            if demonyms is None:
                demonyms = _demonyms()
            if _core(last[2]) in demonyms:
                continue
            if out is tags:
                out = [list(t) for t in tags]
            out[i][c] = "I-PERS"
    return out


def _person_part(feat: Featurizer, folded: str) -> bool:
    """Listed as part of a person's name by the gazetteers or the KB (any position)."""
    return any(cls == "FIRST" or cls.startswith(("PER", "kbPER")) for cls in feat.res.gazetteer.get(folded, ()))


@cache
def _theophoric_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines("ner/theophoric.txt"))


def join_theophoric(feat: Featurizer, sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """"قريب الله الخضر", "خلف الله العوض": a compound given name with الله is one name.

    The chain models know "عبد الله" but start rarer compounds at "الله" (or call "الله" MISC and
    drop the rest). When "الله" begins an entity right after a listed first part
    (``ner/theophoric.txt``) left O, the person starts at that first part; when "الله" was the
    whole entity, a following word known as a family name (name-part ranks) ends it.
    """
    heads = _theophoric_heads()
    if not heads:
        return tags
    out = tags
    for i, row in enumerate(tags):
        for k in range(1, len(row)):
            if not row[k].startswith("B-") or row[k - 1] != "O" or fold(sents[i][k]) != "الله":
                continue
            if feat.analyse(sents[i][k - 1])[2] not in heads:
                continue
            if out is tags:
                out = [list(t) for t in tags]
            new = out[i]
            end = k + 1
            while end < len(new) and new[end].startswith("I-"):
                end += 1
            if end == k + 1 and end < len(new) and new[end] == "O" and \
                    any(c.startswith("L") for c in feat.res.names.get(feat.analyse(sents[i][end])[0], ())):
                end += 1
            new[k - 1] = "B-PERS"
            for m in range(k, end):
                new[m] = "I-PERS"
    return out


def _core(stem: str) -> str:
    """A surname's key: a nisba (ending in ي) is the same name with or without ال (الشطناوي,
    شطناوي); any other word keeps its ال (جمعة is a name, الجمعة is Friday)."""
    return stem[2:] if stem.startswith("ال") and len(stem) > 4 and stem.endswith("ي") else stem


@cache
def _demonyms() -> frozenset[str]:
    try:
        from .kb import load_kb
        return frozenset(load_kb().demonym_index)
    except Exception:  # the KB is optional for the tagger (a CoNLL run needs none)
        return frozenset()


def _surname_like(feat: Featurizer, word: str, core: str, demonyms: frozenset[str], max_log_count: int) -> bool:
    """The last word of a person's name that may stand for the person alone: Arabic letters, not a
    title or other trigger word (الملك, الخليفة), not a country's adjective, not a frequent word."""
    if len(core) < 3 or not all("\u0621" <= ch <= "\u064a" for ch in core):
        return False
    folded = feat.analyse(word)[0]
    if core in demonyms or any(w in feat.res.triggers for w in (folded, core, "ال" + core)):
        return False
    count = max(feat._count(folded), feat._count(core))
    if count <= RARE_LOG_COUNT:
        return True
    return count <= max_log_count and any(_family_name(feat, w) for w in (folded, core))


def _family_name(feat: Featurizer, word: str) -> bool:
    """Known as the last part of a name: a family-name rank or a KB/gazetteer name ending."""
    if any(c.startswith("L") for c in feat.res.names.get(word, ())):
        return True
    return any(c.endswith("PERL") for c in feat.res.gazetteer.get(word, ()))


def propagate_surnames(feat: Featurizer, sents: list[list[str]], tags: list[list[str]], window: int,
                       max_log_count: int = SURNAME_MAX_LOG_COUNT, stems=None) -> list[list[str]]:
    """Label a person's surname where it stands alone near the full name.

    After "X Y" is introduced a text calls him "Y" (or "الY", "وY"); the tagger often leaves that
    bare surname O, or ends the full name's repeat one word early. The last word of every person
    the tagger found with two words or more labels its untagged repeats within ``window``
    sentences: I-PERS right after a person's word, else B-PERS. Surnames that are also common
    words are left alone: nisba adjectives of a country (المصري, Egyptian; from the KB's
    demonyms), words of more than 2**RARE_LOG_COUNT news occurrences unless known as family names,
    and those of more than 2**max_log_count in any case.
    """
    demonyms = _demonyms()
    stems = stems if stems is not None else stem_rows(feat, sents)
    cores = [[_core(st) for st in row] for row in stems]
    found: list[set[str]] = []
    other: list[set[str]] = []  # words inside entities of other types: a surname only when never those
    for i, t in enumerate(tags):
        names, rest = set(), set()
        for a, b, typ in chunks(t):
            if typ != "PERS":
                rest.update(cores[i][a:b])
            elif b - a >= 2 and _surname_like(feat, sents[i][b - 1], cores[i][b - 1], demonyms, max_log_count):
                names.add(cores[i][b - 1])
        found.append(names)
        other.append(rest)
    if not any(found):
        return tags
    out = [list(t) for t in tags]
    for i, row in enumerate(out):
        near = set().union(*found[max(0, i - window):i + window + 1])
        if near:
            near -= set().union(*other[max(0, i - window):i + window + 1])
        if not near:
            continue
        for k, w in enumerate(cores[i]):
            if row[k] != "O" or w not in near:
                continue
            row[k] = "I-PERS" if k and row[k - 1].endswith("-PERS") else "B-PERS"
    return out


def known_name(feat: Featurizer, word: str, mined: bool = True) -> bool:
    """A name part in the gazetteers/KB, or (``mined``) in the self-trained lexicon."""
    res = feat.res
    core = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return any(w in res.gazetteer or (mined and w in res.auto) for w in (word, core))
