"""Speech cues: the lexicon of resources/cues.toml expanded into surface forms, and cue spotting.

The lexicon lists each verb once (past, imperfect, participle stem); the persons, genders and
numbers news uses are generated here, so adding a verb means adding three words to the data file.
Forms are stored folded (normalize.fold), so hamza, alef maqsura and diacritics never matter,
except for the few "strict" forms whose folded spelling collides with a common noun (رأى / رأي).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..resources import load_toml
from ..text import Token, fold

# Regular suffixes. Past: 3ms, 3fs, 3mp, 3md, 3fd, 3fp. Participle: ms (accusative, as a hal),
# fs, mp, md, fp.
_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن")
_PARTICIPLE_SUFFIXES = ("ا", "ة", "ه", "ين", "ون", "ان", "ات", "تين")
# Agreement (gender, number) of each suffix, in the order above.
_PAST_AGR = (("m", "s"), ("f", "s"), ("m", "p"), ("m", "d"), ("f", "d"), ("f", "p"))
_PARTICIPLE_AGR = (("m", "s"), ("f", "s"), ("f", "s"), ("m", "p"), ("m", "p"), ("m", "d"), ("f", "p"),
                   ("f", "d"))
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "ني", "كم")
_PROCLITICS = ("", "و", "ف")
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_TANWEEN = re.compile("[\u064b-\u064d]")


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str  # the lexicon key (e.g. "qaal")
    kind: str  # verb | participle | masdar
    content: str  # that | np | mark | partial
    preps: tuple[str, ...]
    describe: bool
    objects: bool
    source_after: str | None  # "عن" for نقل: the speaker follows it
    person: str  # "3" for finite verbs and participles; used only to tell present/past apart
    gender: str = ""  # "m" | "f" | "" (unknown): agreement with the speaker, for continuations
    number: str = ""  # "s" | "d" | "p" | ""
    continues: bool = False  # أضاف، تابع: the speaker goes on (a name here may name earlier quotes)
    bare_object: bool = False  # أعلن، أكد: a bare object after a marked subject end is the content
    description: str = ""  # "object" | "clause": an unquoted description is reported (وصف، اتهم)


@dataclass(slots=True)
class Cue:
    """A cue found in the body: token indices [first, last] and its lexicon entry."""

    start: int
    end: int
    text: str
    first: int
    last: int
    form: CueForm

    @property
    def kind(self) -> str:
        return self.form.kind


def light(text: str) -> str:
    """Diacritics and tatweel removed, letters kept as written (for strict forms)."""
    return _DIACRITICS.sub("", text)


def _present_forms(present: str) -> dict[str, tuple[str, str]]:
    """3ms imperfect → 3ms, 3fs, 3mp, 3md, 3fd (with their agreement), and the future prefix س."""
    p = fold(present)
    if not p.startswith("ي"):
        return {p: ("", "")}
    stem = p[1:]
    base_pl = stem[:-1] if stem.endswith(("ي", "و")) else stem
    forms = {"ي" + stem: ("m", "s"), "ت" + stem: ("f", "s"), "ي" + base_pl + "ون": ("m", "p"),
             "ي" + stem + "ان": ("m", "d"), "ت" + stem + "ان": ("f", "d")}
    forms.update({"س" + f: a for f, a in list(forms.items())})
    return forms


def _listed_agr(form: str, participle: bool) -> tuple[str, str]:
    """Agreement of a listed (weak verb) form, read from its ending; unknown when unclear."""
    if participle:
        if form.endswith(("ة", "ه")):
            return "f", "s"
        if form.endswith(("ين", "ون")):
            return "m", "p"
        return ("m", "s") if form.endswith("ا") else ("", "")
    if form.endswith("تا"):
        return "f", "d"
    if form.endswith("وا"):
        return "m", "p"
    if form.endswith("ت"):
        return "f", "s"
    return "", ""


def _expand(key: str, entry: dict) -> dict[str, CueForm]:
    content = entry.get("content", "that")
    preps = tuple(fold(p) for p in entry.get("preps", ()))
    describe = bool(entry.get("describe"))
    objects = bool(entry.get("objects"))
    src_after = entry.get("source_after")
    continues = bool(entry.get("continues"))
    bare = bool(entry.get("bare_object"))
    description = entry.get("description", "")
    mk = lambda kind, agr=("", ""): CueForm(key, kind, content, preps, describe, objects,
                                            fold(src_after) if src_after else None, "3",
                                            agr[0], agr[1], continues, bare, description)
    out: dict[str, CueForm] = {}
    past = fold(entry.get("past", ""))
    verbs: dict[str, tuple[str, str]] = {}
    if entry.get("forms"):  # a weak verb: its past forms are listed
        verbs[past] = ("m", "s") if past else ("", "")
        for f in entry["forms"]:
            verbs.setdefault(fold(f), _listed_agr(fold(f), False))
    elif past:
        for suffix, agr in zip(_PAST_SUFFIXES, _PAST_AGR):
            verbs.setdefault(past + suffix, agr)
    if entry.get("present"):
        for f, agr in _present_forms(entry["present"]).items():
            verbs.setdefault(f, agr)
    parts: dict[str, tuple[str, str]] = {}
    for f in entry.get("participle_forms", ()):
        parts.setdefault(fold(f), _listed_agr(fold(f), True))
    if entry.get("participle"):
        stem = fold(entry["participle"])
        for suffix, agr in zip(_PARTICIPLE_SUFFIXES, _PARTICIPLE_AGR):
            parts.setdefault(stem + suffix, agr)
    if objects:
        extra = {}
        for v, agr in verbs.items():
            base = v[:-1] if v.endswith("وا") else v  # أبلغوا + ه → أبلغوه
            if v.endswith(("ن", "ان")):
                continue
            for o in _OBJECT_SUFFIXES:
                extra.setdefault(base + o, agr)
        for v, agr in extra.items():
            verbs.setdefault(v, agr)
    for v, agr in verbs.items():
        out.setdefault(v, mk("verb", agr))
    for p, agr in parts.items():
        out.setdefault(p, mk("participle", agr))
    for m in entry.get("masdar", ()):
        out.setdefault(fold(m), mk("masdar"))
    return out


@cache
def lexicon() -> tuple[dict[str, CueForm], dict[str, CueForm]]:
    """(folded surface → form, strict light surface → form), proclitics و/ف included."""
    data = load_toml("cues.toml")
    folded: dict[str, CueForm] = {}
    strict: dict[str, CueForm] = {}
    for key, entry in data.get("verb", {}).items():
        strict_forms = entry.get("strict")
        forms = _expand(key, entry)
        for x in entry.get("exclude", ()):  # "ردا على" is the masdar, not the dual past
            forms.pop(fold(x), None)
        if strict_forms:
            for s in strict_forms:
                bare = fold(light(s))
                bare = bare[1:] if bare[:1] in ("و", "ف") and bare[1:] in forms else bare
                strict[light(s)] = forms.get(bare) or replace(next(iter(forms.values())), gender="",
                                                              number="")
            continue
        for surface, form in forms.items():
            if " " in surface:
                continue
            if form.kind == "verb" and surface[:1] in ("ي", "ت") and surface not in forms_past(entry):
                # "…، ليضيف أن …": the imperfect after ل of result goes on with the same speaker
                folded.setdefault("ل" + surface, form)
            for pro in _PROCLITICS:
                # A participle takes no proclitic in news (مضيفا، not ومضيفا), except a hal
                # chained to another one: "مشددا على أن …، ومبينا أن …". Only the accusative
                # form, which no noun shares (ومعلق is "and a commentator").
                if pro and form.kind == "participle" and not (pro == "و" and surface.endswith("ا")):
                    continue
                folded.setdefault(pro + surface, form)
    return folded, strict


def forms_past(entry: dict) -> set[str]:
    """The folded past forms an entry lists or implies (so that ل is put only before imperfects:
    "تابع" begins with ت too)."""
    past = fold(entry.get("past", ""))
    out = {past + x for x in _PAST_SUFFIXES} if past else set()
    return out | {fold(f) for f in entry.get("forms", ())}


@cache
def settings() -> dict:
    return load_toml("cues.toml")


@cache
def folded_set(section: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in settings().get(section, {}).get(key, ()))


def lookup(token: Token) -> CueForm | None:
    """The cue a word token is, if any."""
    if token.kind != "word":
        return None
    folded, strict = lexicon()
    form = strict.get(light(token.text)) or folded.get(token.norm)
    if form is not None and form.kind == "verb" and not_finite(token.text):
        return None
    if form is not None and _homograph(form.lemma, light(token.text)):
        return None
    if form is not None and _not_cue(form.lemma, light(token.text)):
        return None
    return form


def _not_cue(lemma: str, surface: str) -> bool:
    """Is this spelling listed as no form of the cue at all ("طالبان": the Taliban)?"""
    words = _not_cues().get(lemma)
    return bool(words) and (surface in words or surface[:1] in ("و", "ف") and surface[1:] in words)


@cache
def _not_cues() -> dict[str, frozenset[str]]:
    return {key: frozenset(light(w) for w in entry["not_cue"])
            for key, entry in settings().get("verb", {}).items() if entry.get("not_cue")}


def _homograph(lemma: str, surface: str) -> bool:
    """Is this spelling, as written, another verb that folds onto the cue? "يُدعى/تدعى" (with
    alef maqsura: "is called", "سائق يدعى أحمد") folds onto "يدعي" ("claims")."""
    words = _homographs().get(lemma)
    if not words:
        return False
    return surface in words or surface[:1] in ("و", "ف") and surface[1:] in words


def is_homograph(token: Token) -> bool:
    """Is the token a spelling some cue entry lists as another verb ("يدعى": is called)?"""
    surface = light(token.text)
    return any(surface in words or surface[:1] in ("و", "ف") and surface[1:] in words
               for words in _homographs().values())


@cache
def _homographs() -> dict[str, frozenset[str]]:
    return {key: frozenset(light(w) for w in entry["homographs"])
            for key, entry in settings().get("verb", {}).items() if entry.get("homographs")}


def not_finite(text: str) -> bool:
    """A finite verb never carries tanween ("رداً") nor ends in taa marbuta ("دعوة", which folds
    onto دعوه "they invited him"): such a word is a noun whatever its folded letters."""
    return bool(_TANWEEN.search(text)) or light(text).endswith("ة")


@cache
def before_comp() -> dict[str, CueForm]:
    """Forms that are cues only right before a complementizer: "كما بين أن" (بين is mostly
    the preposition "between"). Folded, with the proclitics و/ف."""
    out: dict[str, CueForm] = {}
    for key, entry in load_toml("cues.toml").get("verb", {}).items():
        words = entry.get("before_comp", ())
        if not words:
            continue
        form = next(iter(_expand(key, entry).values()))
        for w in words:
            for pro in _PROCLITICS:
                out[pro + fold(w)] = replace(form, kind="verb", gender="m", number="s")
    return out


def find_cues(tokens: list[Token]) -> list[Cue]:
    """Cue verbs, participles and masdars in token order (attributions are found in spans.py)."""
    out = []
    comps = {fold(w) for w in settings()["complementizers"]["bare"]}
    for i, tok in enumerate(tokens):
        form = lookup(tok)
        if form is None and tok.kind == "word" and i + 1 < len(tokens) and \
                tokens[i + 1].norm in comps and (tok.norm[:1] in ("و", "ف") or i == 0 or
                                                 tokens[i - 1].kind != "word" or
                                                 tokens[i - 1].norm in folded_set("narrator", "openers")):
            form = before_comp().get(tok.norm)  # (not "قارن بين أن …")
        if form is None and tok.kind == "word" and tok.norm in before_comp() and \
                _subject_then_comp(tokens, i, comps):
            form = before_comp().get(tok.norm)  # "وبين المصدر أن …"، "كما بيّن الوزير أن …"
        if form is None:
            continue
        if form.kind == "participle" and _attributive(tokens, i, form, comps):
            continue  # "تقارير مؤكدة عن …"، "إجراءات أمنية مشددة": an adjective, not a hal
        if form.kind == "participle" and i > 0 and tokens[i - 1].norm in folded_set("narrator", "copulas"):
            continue  # "كان متوقعا كبادرة …": a predicate after a copula, not a hal
        if _impersonal(tokens, i, form, comps):
            continue  # "وتبين أن المتهم …": it turned out; nobody says so
        if settings()["verb"][form.lemma].get("after_negation") and \
                not (i > 0 and tokens[i - 1].norm in folded_set("narrator", "negations")):
            continue  # "يقل" alone is "decreases"; "لم يقل" is a (negated) cue
        # masdars ("بالقول", "قوله") are kept: the span finder reads them inside a cue's window
        out.append(Cue(tok.start, tok.end, tok.text, i, i, form))
    return out


_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل")


def _subject_then_comp(tokens: list[Token], i: int, comps: set[str]) -> bool:
    """A before_comp form (بين) with its subject between it and the complementizer: "وبين
    العقيد سالم أن …" at a sentence start (a few words, no verb-like cue, comma allowed), or
    anywhere when written with shadda ("بيّن"), which the preposition never carries. Not
    "وبين الضحايا شرطي عرض على المسلح أن …" (too far) nor "بينهم وبين السكان" (not initial)."""
    shadda = "\u0651" in tokens[i].text
    if not shadda and (tokens[i].norm[:1] not in ("و", "ف") or
                       i > 0 and tokens[i - 1].kind == "word"):
        return False
    reach = 6 if shadda else 4
    for k in range(i + 1, min(len(tokens), i + 2 + reach)):
        t = tokens[k]
        if k > i + 1 and _comp_or_pronoun(t.norm, comps):
            return True
        if t.kind != "word" and t.text not in ("،", ","):
            return False
        if k == i + 1 and (t.kind != "word" or t.norm in comps):
            return False
    return False


def _comp_or_pronoun(word: str, comps: set[str]) -> bool:
    """A complementizer, bare or with a pronoun ("أن"، "أنه"، "أنها")."""
    return word in comps or any(word.endswith(p) and word[:-len(p)] in comps
                                for p in ("ه", "ها", "هم", "هما", "نا"))


def _impersonal(tokens: list[Token], i: int, form: CueForm, comps: set[str]) -> bool:
    """A listed form ("تبين") read as the impersonal verb: nothing stands between it and the
    complementizer but a ل-phrase ("تبين للمحكمة أن"، "فتبين لي أن") or a time adverb ("لاحقا")."""
    forms = _impersonal_forms().get(form.lemma)
    if not forms or form.kind != "verb":
        return False
    surface = tokens[i].norm
    if surface not in forms and not (surface[:1] in ("و", "ف") and surface[1:] in forms):
        return False
    adverbs = folded_set("subject", "time_words") | _LATER
    for k in range(i + 1, min(len(tokens), i + 4)):
        t = tokens[k]
        if _comp_or_pronoun(t.norm, comps):
            return True
        if t.kind != "word" or not (t.norm.startswith("ل") or t.norm in adverbs):
            return False
    return False


_LATER = frozenset(fold(w) for w in ("لاحقا", "لاحقاً", "فيما", "بعد", "بعدها", "فورا", "سريعا", "حينها"))


@cache
def _impersonal_forms() -> dict[str, frozenset[str]]:
    return {key: frozenset(fold(w) for w in entry["impersonal"])
            for key, entry in settings().get("verb", {}).items() if entry.get("impersonal")}


def _attributive(tokens: list[Token], i: int, form: CueForm, comps: set[str]) -> bool:
    """Is the participle at ``i`` an adjective of the indefinite noun before it? Only the
    feminine and plural forms (a hal after an indefinite name is "مؤكدا", which stays a cue),
    directly after an indefinite word, and not followed by reported content (a complementizer,
    its preposition, a colon or a quotation mark), which would make it a hal after all."""
    word = tokens[i].norm
    if word.endswith("ا") or word.startswith(_DEFINITE) or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or prev.norm.startswith(_DEFINITE) or lookup(prev) is not None:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return False  # "…، مؤكدة:" or "… مؤكدة "…"": content follows
    if nxt.norm in comps or nxt.norm in form.preps or nxt.norm[:2] in ("أن", "ان", "إن") or \
            nxt.norm.startswith(("بأن", "بان")):
        return False
    return True


@cache
def _light_masdars() -> dict[str, str]:
    out = {}
    for lemma, words in settings().get("light", {}).get("masdars", {}).items():
        for w in words:
            out[fold(w)] = lemma
    return out


def light_reading(form: CueForm, token: Token) -> CueForm | None:
    """"جدد الرئيس التأكيد على أن …": a light verb (جدد، كرر) with a speech masdar reports like
    the masdar's own verb (أكد), keeping the light verb's person, gender and number."""
    if form.lemma not in settings().get("light", {}).get("verbs", ()) or token.kind != "word":
        return None
    lemma = _light_masdars().get(token.norm)
    entry = settings()["verb"].get(lemma) if lemma else None
    if entry is None:
        return None
    target = next(iter(_expand(lemma, entry).values()))
    return replace(target, kind=form.kind, person=form.person, gender=form.gender,
                   number=form.number, bare_object=False)


def light_masdar_of(token: Token) -> str | None:
    """The cue lemma whose reading a light verb takes with this masdar ("التأكيد" → akkad)."""
    return _light_masdars().get(token.norm) if token.kind == "word" else None


def stance_reading(form: CueForm, tokens: list[Token], j: int, hi: int) -> CueForm | None:
    """"أعرب الرئيس عن استعداده للتعاون …": a partial-only cue whose preposition introduces one of
    its "np_heads" (a stated intention or position, not a feeling: أعرب عن قلقه is no report)
    reports that noun phrase, as an "np" cue does."""
    entry = settings()["verb"].get(form.lemma, {})
    heads = tuple(fold(h) for h in entry.get("np_heads", ()))
    preps = {fold(p) for p in entry.get("np_preps", ())}
    complement = tuple(fold(h) for h in entry.get("np_heads_complement", ()))
    if not heads or not preps:
        return None
    for x in range(j, min(hi - 1, j + 12)):
        if tokens[x].kind == "word" and tokens[x].norm in preps:
            nxt = tokens[x + 1]
            if nxt.kind == "word" and complement and nxt.norm.startswith(complement) and \
                    nxt.norm.endswith(("ه", "ها", "هم", "هما")):
                # "أعرب عن أسفه لعدم …": the head with its pronoun is the last word before the
                # content, as a preposition is
                return replace(form, content="np", preps=(nxt.norm,))
            if nxt.kind == "word" and nxt.norm.startswith(heads):
                return replace(form, content="np", preps=tuple(preps))
            return None
    return None


def gated(cue: Cue, tokens: list[Token], body: str, reach: int = 40) -> bool:
    """A verb that is also a common word ("عبر": via) is a cue only with its preposition right
    before a quotation in its sentence ("وعبّر الوزير عن "قلقه …""): its "quoted_after" key."""
    need = settings()["verb"].get(cue.form.lemma, {}).get("quoted_after")
    if not need or cue.kind == "participle":
        return True
    preps = {fold(p) for p in need}
    for k in range(cue.last + 1, min(len(tokens) - 1, cue.last + reach)):
        if tokens[k].text in ".؟!:" or "\n" in body[tokens[k - 1].end:tokens[k].start]:
            return False
        if tokens[k].norm in preps:
            return tokens[k + 1].text in "\"“«'‘"
    return False
