"""Event triggers: the lexicon of resources/events.toml compiled to surface forms, and matching.

The lexicon lists lemma-ish forms; this module generates their inflections once (verb persons and
numbers, noun article and case endings are read at match time) and finds, in one sentence, every
token or token sequence that names an event. Arabic attaches proclitics (و ف ب ل ك، the article)
and possessive or object suffixes to words, so every token is read in several ways (``analyses``)
and the first reading found in the lexicon wins.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..resources import load_toml
from ..text import clitic_readings, fold, strip_article, tokenize
from ..text.tokenize import Token

# Possessive/object suffixes, longest first. ي (my) is left out: too many stems end in ي.
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_DUAL_SUFFIXES = ("ين", "ان")


@dataclass(frozen=True, slots=True)
class Entry:
    """One [[trigger]] block of the lexicon."""

    index: int
    type: str
    mode: str | None
    weak: bool
    next_any: tuple[str, ...]
    not_next: tuple[str, ...]
    window: int
    not_window: int = 3
    not_except: tuple[str, ...] = ()  # words that never veto, even when ``not_next`` matches (بشدة)
    not_prev: tuple[str, ...] = ()  # words that veto the trigger when one of the 2 words before it
    yields: bool = False  # dropped beside a trigger of the same type that does not yield
    speaker_actor: bool = False  # the speaker of the quote holding it is an actor (يتعين على)
    support: frozenset[str] = frozenset()  # verbs that carry this weak entry besides [support] (وجه اتهاما)
    support_only: bool = False  # a weak entry that a duration in its clause does not carry (الجلسة)
    next_also: tuple[str, ...] = ()  # a second list of which one word must also follow within ``window``
    future_only: bool = False  # a verb read only with a future marker (سترد، سوف ترد): a response to come
    no_purpose: bool = False  # a noun with ل glued names a purpose, not the act (لضبط المطلوبين)
    clause_first: bool = False  # read only opening its clause (a circumstantial participle: "، منددة بـ")
    lends_subject: bool = False  # its object trigger shares its subject ("ألغى ترامب القمة": Trump's summit)


@dataclass(frozen=True, slots=True)
class Form:
    entry: Entry
    pos: str  # past | present | noun
    dual: bool = False
    lemma: str = ""  # the folded lexicon word it inflects (present tense without its ي), for repeats


@dataclass(slots=True)
class Lexicon:
    forms: dict[str, list[Form]]  # a surface form may read as a verb and as a noun (تعاون)
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]]  # first word -> (words, entry), longest first
    support: frozenset[str]
    support_dual: frozenset[str]
    cues: dict[str, frozenset[str]]
    modes: dict[str, frozenset[str]]
    both_sides: frozenset[str]
    report_cues: frozenset[str]
    extra: dict = field(default_factory=dict)
    support_agent: frozenset[str] = frozenset()  # verbs whose subject is the agent of the noun before them


@dataclass(slots=True)
class Match:
    """A trigger found in a sentence: token indices into the sentence's word tokens, body offsets."""

    entry: Entry
    pos: str
    first: int  # index of the first word token
    last: int  # index of the last word token (inclusive)
    start: int
    end: int
    future_prefix: bool = False
    dual: bool = False
    definite: bool = False  # a noun with the article or a possessive suffix (الاتفاق، هجومها)
    stem: str = ""  # the lexicon lemma matched (folded), so repeated mentions of one lemma can be told

    @property
    def type(self) -> str:
        return self.entry.type


def past_forms(lemma: str) -> list[tuple[str, bool]]:
    """Perfect forms of a 3ms perfect verb, each with whether it is a dual form."""
    f = fold(lemma)
    if f.endswith("ي") and len(f) > 2:  # defective in ى (التقى → التقي after folding)
        base = f[:-1]
        return [(f, False), (base + "ت", False), (base + "يا", True), (base + "وا", False),
                (base + "تا", True), (base + "ا", False)]
    if f.endswith("ا") and len(f) > 2:  # defective in ا (دعا: دعت، دعوا، دعتا)
        base = f[:-1]
        return [(f, False), (base + "ت", False), (base + "وا", True), (base + "تا", True)]
    # The feminine plural (أيدن) is left out: rare in news, and it turns names into verbs (بايدن).
    return [(f, False), (f + "ت", False), (f + "ا", True), (f + "تا", True), (f + "وا", False)]


def present_forms(lemma: str) -> list[tuple[str, bool]]:
    """Imperfect forms of a 3ms imperfect verb (indicative, subjunctive, jussive), with duality."""
    f = fold(lemma)
    stem = f[1:] if f[:1] in _PRESENT_PREFIXES else f
    if stem.endswith("ي") or stem.endswith("و"):  # defective: يلتقي, يدعو
        base = stem[:-1]
        last = stem[-1]
        endings = [(last, False), (last + "ان", True), ("ون", False), (last + "ا", True), ("وا", False),
                   ("ين", False), ("", False)]
    else:
        base = stem
        endings = [("", False), ("ان", True), ("ون", False), ("ا", True), ("وا", False), ("ين", False)]
        if stem.endswith("ا"):  # hamza on the last radical: يبدأ → يبدآن folds to يبدان
            endings.append(("ن", True))
    out = []
    for p in _PRESENT_PREFIXES:
        for ending, dual in endings:
            out.append((p + base + ending, dual))
    return out


def _verb_forms(lemma: str) -> list[tuple[str, bool]]:
    f = fold(lemma)
    return present_forms(lemma) if f[:1] == "ي" else past_forms(lemma)


@cache
def load_lexicon(name: str = "events.toml") -> Lexicon:
    data = load_toml(name)
    forms: dict[str, list[Form]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}

    def add(form: str, value: Form) -> None:
        # earlier entries come first for one part of speech: unambiguous readings are listed first; a
        # later entry of the same form is tried when the conditions of the earlier ones fail
        # ("تحقيق في" is an investigation; "يقود تحقيقا" one only with its support verb)
        have = forms.setdefault(form, [])
        if all(f.entry is not value.entry or f.pos != value.pos for f in have):
            have.append(value)

    for i, block in enumerate(data.get("trigger", [])):
        entry = Entry(i, block["type"], block.get("mode"), bool(block.get("weak", False)),
                      tuple(fold(w) for w in block.get("next_any", [])),
                      tuple(fold(w) for w in block.get("not_next", [])),
                      int(block.get("window", 3)), int(block.get("not_window", 3)),
                      tuple(fold(w) for w in block.get("not_except", [])),
                      tuple(fold(w) for w in block.get("not_prev", [])),
                      bool(block.get("yields", False)), bool(block.get("speaker_actor", False)),
                      frozenset(f for v in block.get("support", []) for f, _ in _verb_forms(v)),
                      bool(block.get("support_only", False)),
                      tuple(fold(w) for w in block.get("next_also", [])),
                      bool(block.get("future_only", False)), bool(block.get("no_purpose", False)),
                      bool(block.get("clause_first", False)), bool(block.get("lends_subject", False)))
        for lemma in block.get("past", []):
            for form, dual in past_forms(lemma):
                add(form, Form(entry, "past", dual, fold(lemma)))
        for lemma in block.get("present", []):
            for form, dual in present_forms(lemma):
                add(form, Form(entry, "present", dual, fold(lemma)[1:]))
        for noun in block.get("nouns", []):
            f = fold(noun)
            f = strip_article(f) if f.startswith("ال") else f
            add(f, Form(entry, "noun", lemma=f))
        for phrase in block.get("phrases", []):
            words = tuple(fold(w) for w in phrase.split())
            phrases.setdefault(_key(words[0]), []).append((words, entry))
    for key in phrases:
        phrases[key].sort(key=lambda p: -len(p[0]))

    support, support_dual = set(), set()
    for lemma in data.get("support", {}).get("verbs", []):
        for form, dual in _verb_forms(lemma):
            support.add(form)
            if dual:
                support_dual.add(form)
    ctx = data.get("context", {})
    cues = {k: frozenset(fold(w) for w in v) for k, v in ctx.items()}
    modes = {k: frozenset(fold(w) for w in v) for k, v in data.get("modes", {}).items()}
    ann = data.get("announced", {})
    extra = {k: v for k, v in data.items() if k not in ("trigger", "support", "context", "modes", "announced")}
    agent_verbs = set()
    for lemma in data.get("support", {}).get("relative_agent", []):
        agent_verbs.update(form for form, _dual in _verb_forms(lemma))
    return Lexicon(forms, phrases, frozenset(support), frozenset(support_dual), cues, modes,
                   frozenset(fold(w) for w in ann.get("both_sides", [])),
                   frozenset(fold(w) for w in ann.get("report_cues", [])), extra, frozenset(agent_verbs))


def _key(word: str) -> str:
    return strip_article(word)


@lru_cache(maxsize=1 << 16)
def analyses(norm: str, taa_marbuta: bool = False) -> tuple[tuple[str, bool, str], ...]:
    """Readings of a folded word as (stem, has future prefix سـ, proclitics), most literal first.

    A stem is the word without proclitics, article, possessive/object suffix or accusative alif; a
    reading with a suffix removed also restores the taa marbuta (قمتهما → قمه) and the hamza seat
    (لقائه → لقاء), and an object suffix on a defective verb restores its final letter (التقاه → التقي).
    ``proclitics`` is what was taken off the front, with "ال" for the article, so a caller can refuse
    verb readings of nominal words (بدعم، الدعم). ``taa_marbuta``: the word is written with a final ة,
    which folding turned into ه; that ه is then no suffix (وزارة is not و + زار + ه).
    """
    out: list[tuple[str, bool, str]] = []
    seen: set[tuple[str, bool, str]] = set()

    def push(stem: str, fut: bool, pre: str) -> None:
        if len(stem) >= 2 and (stem, fut, pre) not in seen:
            seen.add((stem, fut, pre))
            out.append((stem, fut, pre))

    for prefix, stem in clitic_readings(norm):
        bases = [(stem, prefix)]
        if stem.startswith("ال") and len(stem) > 3:
            bases.append((stem[2:], prefix + "ال"))
        for b, pre in bases:
            push(b, False, pre)
            if b.endswith("ا") and len(b) > 3:  # accusative tanween alif: اتفاقا
                push(b[:-1], False, pre)
            for enc in _ENCLITICS:
                if taa_marbuta and enc == "ه":
                    continue
                if b.endswith(enc) and len(b) - len(enc) >= 2:
                    rest = b[: -len(enc)]
                    push(rest, False, pre)
                    if rest.endswith("ت"):
                        push(rest[:-1] + "ه", False, pre)
                    if rest.endswith("ئ") or rest.endswith("ؤ"):
                        push(rest[:-1] + "ء", False, pre)
                    if rest.endswith("ا"):
                        push(rest[:-1] + "ي", False, pre)
                    break
            # dual and sound-plural nouns (تفجيرين، غارتين، اشتباكان): marked "+du" so that only a
            # noun reading accepts them (``verb_reading_ok`` refuses the mark)
            for suffix in _DUAL_SUFFIXES:
                if b.endswith(suffix) and len(b) - len(suffix) >= 3:
                    rest = b[: -len(suffix)]
                    push(rest, False, pre + "+du")
                    if rest.endswith("ت"):
                        push(rest[:-1] + "ه", False, pre + "+du")
            # future prefix on an imperfect verb: سيلتقي, ستبدآن
            if b.startswith("س") and len(b) > 3 and b[1] in "يتنا" and "ال" not in pre:
                push(b[1:], True, pre)
    return tuple(out)


_VERB_PROCLITICS = frozenset({"", "و", "ف", "ل", "ول", "فل"})


def verb_reading_ok(pos: str, proclitics: str) -> bool:
    """Verbs take only و ف (and ل before the imperfect); never the article, ب or ك."""
    if pos == "past":
        return proclitics in ("", "و", "ف")
    if pos == "present":
        return proclitics in _VERB_PROCLITICS
    return True


@lru_cache(maxsize=1 << 16)
def variants(norm: str, taa_marbuta: bool = False) -> frozenset[str]:
    """Every stem reading of a word, for loose comparisons (cue words, phrase words)."""
    out = {norm}
    for stem, _fut, _pre in analyses(norm, taa_marbuta):
        out.add(stem)
        out.add(strip_article(stem))
    return frozenset(out)


def word_in(norm: str, words: frozenset[str] | tuple[str, ...] | set[str], taa_marbuta: bool = False) -> bool:
    """Whether a folded word, read with or without its clitics, is one of ``words``."""
    if norm in words:
        return True
    return any(v in words for v in variants(norm, taa_marbuta))


def tok_in(tok: Token, words) -> bool:
    """``word_in`` for a token, knowing from its spelling whether a final ه was a taa marbuta."""
    return word_in(tok.norm, words, _ends_in_taa_marbuta(tok.text))


def _next_ok(words: list[Token], i: int, needs: tuple[str, ...], window: int,
             unless: tuple[str, ...] = ()) -> bool:
    for tok in words[i + 1: i + 1 + window]:
        if unless and tok_in(tok, set(unless)):
            continue
        for w in needs:
            if w.endswith("*"):
                if tok.norm.startswith(w[:-1]):
                    return True
            elif tok_in(tok, {w, strip_article(w)}):
                return True
    return False


def _match_phrase(words: list[Token], i: int, lex: Lexicon) -> tuple[tuple[str, ...], Entry] | None:
    first = variants(words[i].norm, _ends_in_taa_marbuta(words[i].text))
    for key in {_key(v) for v in first} | first:
        for phrase, entry in lex.phrases.get(key, ()):
            if i + len(phrase) > len(words):
                continue
            if _key(phrase[0]) not in {_key(v) for v in first}:
                continue
            ok = all(_key(phrase[k]) in {_key(v) for v in variants(words[i + k].norm,
                                                                    _ends_in_taa_marbuta(words[i + k].text))}
                     for k in range(1, len(phrase)))
            if ok:
                return phrase, entry
    return None


def sentence_words(body: str, start: int, end: int) -> list[Token]:
    return [t for t in tokenize(body, start, end) if t.kind != "punct"]


def find_triggers(words: list[Token], lex: Lexicon | None = None) -> list[Match]:
    """Trigger matches among the word tokens of one sentence, left to right, non-overlapping."""
    lex = lex or load_lexicon()
    never = _never(lex)
    out: list[Match] = []
    i = 0
    while i < len(words):
        tok = words[i]
        phrase = _match_phrase(words, i, lex)
        if phrase:
            ph, entry = phrase
            j = i + len(ph) - 1
            if _conditions_ok(words, j, entry, i):
                out.append(Match(entry, "phrase", i, j, tok.start, words[j].end, stem=" ".join(ph)))
                i = j + 1
                continue
        hit = None
        if never and variants(tok.norm, _ends_in_taa_marbuta(tok.text)) & never:
            i += 1  # a noun that only looks like a trigger with clitics (وزارته is no "و + زارته")
            continue
        for stem, fut, pre in analyses(tok.norm, _ends_in_taa_marbuta(tok.text)):
            cands = [f for f in lex.forms.get(stem, ())
                     if (not fut or f.pos == "present") and verb_reading_ok(f.pos, pre)
                     and (not f.entry.future_only or fut or _after_sawfa(words, i))
                     and not (f.entry.no_purpose and pre.lstrip("وف").startswith("ل"))]
            if not cands:
                continue
            # the first reading found decides the word; among its entries the first whose
            # conditions hold wins
            form = next((f for f in cands if _conditions_ok(words, i, f.entry)), None)
            hit = (form, fut, stem, pre) if form is not None else None
            break
        if hit:
            form, fut, stem, pre = hit
            definite = form.pos == "noun" and ("ال" in pre or _possessive(tok.norm, stem))
            out.append(Match(form.entry, form.pos, i, i, tok.start, tok.end, fut, form.dual, definite,
                             form.lemma or stem))
        i += 1
    return out


_SAWFA = frozenset({"سوف", "وسوف", "فسوف"})


def _after_sawfa(words: list[Token], i: int) -> bool:
    """Whether the word before is the future particle سوف."""
    return i > 0 and words[i - 1].norm in _SAWFA


def _never(lex: Lexicon) -> frozenset[str]:
    """Folded words that are never triggers, whatever clitics a reading strips ([never] words)."""
    conf = lex.extra.setdefault("never", {})
    if "_folded" not in conf:
        conf["_folded"] = frozenset(fold(w) for w in conf.get("words", []))
    return conf["_folded"]


def _possessive(norm: str, stem: str) -> bool:
    """Whether the word carries a possessive suffix that its stem lacks (هجومها، قمتهما)."""
    return any(norm.endswith(enc) and not stem.endswith(enc) for enc in _ENCLITICS) and \
        not norm.endswith(stem)


def _ends_in_taa_marbuta(text: str) -> bool:
    letters = [c for c in text if fold(c)]
    return bool(letters) and letters[-1] in "ةۀ"


def _conditions_ok(words: list[Token], i: int, entry: Entry, first: int | None = None) -> bool:
    """``next_any``/``not_next`` read after word ``i`` (the last of the trigger), ``not_prev`` before
    word ``first`` (its first)."""
    if entry.next_any and not _next_ok(words, i, entry.next_any, entry.window):
        return False
    if entry.next_also and not _next_ok(words, i, entry.next_also, entry.window):
        return False
    if entry.not_next and _next_ok(words, i, entry.not_next, entry.not_window, entry.not_except):
        return False
    if entry.not_prev:
        first = i if first is None else first
        for tok in words[max(0, first - 2):first]:
            if tok_in(tok, set(entry.not_prev)):
                return False
    return True
