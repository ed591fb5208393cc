"""The boilerplate rules of ``resources/boilerplate.toml``, compiled once and matched line by line.

Everything is matched on a line *key*: the folded (``khabar.text.normalize.fold``), lower-cased
line with runs of spaces collapsed. Phrases and regexes from the data file are folded the same way
when loaded, so the rule author writes ordinary Arabic and the matcher still ignores hamza forms,
taa marbuta, diacritics, tatweel and the many dash and quote characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml
from ..text.normalize import fold

RESOURCE = "boilerplate.toml"

# Punctuation and symbols ignored at the ends of a line for whole-line matches ("اقرأ أيضاً:" is
# the phrase "اقرأ أيضاً"; "الاسم *" is "الاسم").
_EDGE = " \t:.-_*|•·…!?\"'()[]{}<>,;/\\#=~+>»«›‹"
_SPACES = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[\W_]+")
# A line closing with one full stop (not "..") is a sentence: the guard of `not_sentence` rules.
_SENTENCE = re.compile(r"(?<!\.)\.\s*[\"'”»)]*$")


def line_key(line: str) -> str:
    """The matching form of a line: folded, lower-cased, single spaces, stripped."""
    return _SPACES.sub(" ", fold(line).lower()).strip()


def bare(key: str) -> str:
    """A key without punctuation and symbols at its ends."""
    return key.strip(_EDGE)


def compact(text: str) -> str:
    """Letters and digits only (folded, lower case): "أ.ف.ب" and "ا ف ب" both give "افب"."""
    return _NON_ALNUM.sub("", fold(text).lower())


@dataclass(slots=True)
class Rule:
    reason: str
    match: str
    phrases: frozenset[str] | tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    max_len: int = 100
    where: str = "any"
    within: int = 10
    then: str | None = None
    not_sentence: bool = False

    def applies_at(self, index: int, count: int) -> bool:
        if self.where == "head":
            return index < self.within
        if self.where == "tail":
            return index >= count - self.within
        return True

    def matches(self, line: str, key: str) -> bool:
        if len(line) > self.max_len:
            return False
        if self.not_sentence and _SENTENCE.search(line):
            return False
        if self.match == "line":
            return bare(key) in self.phrases
        if self.match == "prefix":
            return key.startswith(self.phrases)
        # "contains" phrases and "regex" patterns are compiled into one alternation per rule
        return bool(self.patterns and self.patterns[0].search(key))


@dataclass(slots=True)
class RuleSet:
    rules: list[Rule]
    settings: dict
    agencies: frozenset[str]
    desk_credits: frozenset[str]
    byline_cues: tuple[str, ...]
    dateline_patterns: tuple[re.Pattern, ...]
    place_max_words: int
    dateline_line_max_words: int
    year: re.Pattern
    # No rule applies to a line longer than this: such lines are story text, left unexamined.
    longest: int = 0

    def match(self, line: str, key: str | None, index: int, count: int) -> Rule | None:
        """The first rule that removes ``line`` (``key`` = line_key(line), or None to compute it
        only when some rule could apply: most lines are long story paragraphs no rule looks at)."""
        if len(line) > self.longest:
            return None
        for rule in self.rules:
            if len(line) <= rule.max_len and rule.applies_at(index, count):
                if key is None:
                    key = line_key(line)
                if rule.matches(line, key):
                    return rule
        return None

    def setting(self, name: str, default: int) -> int:
        return int(self.settings.get(name, default))


def _fold_patterns(patterns) -> tuple[re.Pattern, ...]:
    """One compiled alternation of the folded patterns (one search per line instead of many).

    Folding only touches Arabic letters, marks and punctuation, never regex syntax (ASCII).
    """
    if not patterns:
        return ()
    return (re.compile("|".join(f"(?:{fold(p).lower()})" for p in patterns)),)


@cache
def load_rules(resource: str = RESOURCE) -> RuleSet:
    data = load_toml(resource)
    settings = dict(data.get("settings", {}))
    default_len = int(settings.get("short_line", 100))
    rules = []
    for raw in data.get("rule", []):
        match = raw.get("match", "line")
        phrases = tuple(line_key(p) for p in raw.get("phrases", ()))
        if match == "line":
            phrases = frozenset(bare(p) for p in phrases)
        rules.append(Rule(
            reason=raw["reason"], match=match, phrases=phrases,
            patterns=_fold_patterns([re.escape(p) for p in phrases] if match == "contains"
                                    else raw.get("patterns", ())),
            max_len=int(raw.get("max_len", default_len)), where=raw.get("where", "any"),
            within=int(raw.get("within", 10)), then=raw.get("then"),
            not_sentence=bool(raw.get("not_sentence", False)),
        ))
    byline = data.get("byline", {})
    dateline = data.get("dateline", {})
    dline = data.get("dateline_line", {})
    return RuleSet(
        rules=rules, settings=settings,
        agencies=frozenset(compact(a) for a in byline.get("agencies", ())),
        desk_credits=frozenset(compact(a) for a in byline.get("desk_credits", ())),
        byline_cues=tuple(sorted((line_key(c) for c in byline.get("cues", ())), key=len, reverse=True)),
        dateline_patterns=tuple(re.compile(p) for p in dateline.get("patterns", ())),
        place_max_words=int(dateline.get("place_max_words", 7)),
        dateline_line_max_words=int(dline.get("max_words", 16)),
        year=re.compile(dline.get("year_pattern", r"(?:19|20)\d\d")),
        longest=max((r.max_len for r in rules), default=0),
    )
