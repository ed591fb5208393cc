"""The time and number lexicons (resources/timex.toml, resources/numbers.toml), folded and indexed.

Every key is folded with ``khabar.text.fold`` so matching ignores spelling noise. Several-word keys
become phrase tables: first word → [(all words, payload)], longest first, matched token by token.
Built once per process.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from ..resources import load_toml
from ..text import fold
from .scan import Scan, clitic_skip


class Phrases:
    """A table of one- or several-word phrases with a payload each."""

    def __init__(self, mapping: dict[str, Any]):
        self.first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for key, payload in mapping.items():
            words = tuple(fold(w) for w in key.split())
            if not words:
                continue
            self.first.setdefault(words[0], []).append((words, payload))
        for entries in self.first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def get(self, word: str) -> Any:
        """Payload of the one-word phrase ``word`` (folded), or None."""
        for words, payload in self.first.get(word, ()):
            if len(words) == 1:
                return payload
        return None

    def __contains__(self, word: str) -> bool:
        return word in self.first

    def match(self, scan: Scan, i: int, clitics: bool = True) -> tuple[int, Any, int] | None:
        """Longest phrase starting at token ``i``: (end token, payload, proclitic length).

        Only the first word may carry a proclitic (و ف ب ل ك, with ال restored after لل).
        """
        toks = scan.toks
        if i >= len(toks) or toks[i].kind == "punct" and toks[i].text not in self.first:
            return None
        readings = toks[i].readings() if clitics else [("", toks[i].text)]
        for prefix, stem in readings:
            entries = self.first.get(stem)
            if not entries:
                continue
            for words, payload in entries:
                j = i + len(words)
                if j > len(toks):
                    continue
                if all(toks[i + k].text == words[k] for k in range(1, len(words))):
                    return j, payload, clitic_skip(toks[i].text, prefix, stem)
        return None


def adjective_key(word: str) -> str:
    """A nationality adjective without its gender/case ending: سعودية, سعوديا → سعودي."""
    if len(word) > 3 and word[-1] in "اه":
        return word[:-1]
    return word


def _forms(values) -> frozenset[str]:
    return frozenset(fold(v) for v in values)


class Lexicon:
    def __init__(self) -> None:
        t = load_toml("timex.toml")
        n = load_toml("numbers.toml")
        self.weekdays = Phrases(t["weekdays"])
        self.months = Phrases(t["months"])
        self.weak_months = _forms(t["weak_months"]["forms"])
        self.hijri_months = Phrases(t["hijri_months"])
        self.weak_hijri = _forms(t["weak_hijri_months"]["forms"])
        self.era_hijri = Phrases({k: "H" for k in t["era"]["hijri"]})
        self.era_greg = Phrases({k: "G" for k in t["era"]["gregorian"]})
        self.relative_days = Phrases(t["relative_days"])
        self.relative_after_part = Phrases(t["relative_after_part"])
        self.today_blockers = _forms(t["today_blockers"]["forms"])
        self.today_blockers_before = _forms(t["today_blockers_before"]["forms"])
        self.duration_plurals = _forms(t["duration_plurals"]["forms"])
        self.day_parts = Phrases(t["day_parts"])
        self.day_part_adverbs = Phrases(t["day_part_adverbs"])
        self.pm_parts = frozenset(t["day_part_pm"]["forms"])
        c = t["clock"]
        self.hour_words = _forms(c["hour_words"])
        self.clock_suffix = Phrases({**{k: 30 for k in c["half"]}, **{k: 15 for k in c["quarter"]},
                                     **{k: 20 for k in c["third"]},
                                     **{k: -15 for k in c["less_quarter"]},
                                     **{k: -20 for k in c["less_third"]}})
        self.minute_words = _forms(c["minute_words"])
        self.zones = Phrases({k: True for k in c["zones"]})
        self.periods = Phrases(t["periods"])
        self.period_mods = Phrases(t["period_modifiers"])
        self.this = _forms(t["this"]["forms"])
        self.plural_periods = _forms(t["plural_periods"]["forms"])
        self.references = Phrases(t["references"])
        self.duration_units = Phrases({k: tuple(v) for k, v in t["duration_units"].items()})
        self.duration_openers = _forms(t["duration_openers"]["forms"])
        self.vague_counts = _forms(t["vague_counts"]["forms"])
        self.one_words = _forms(t["one_unit_followers"]["one"])
        self.one_unit_followers = self.one_words | _forms(t["one_unit_followers"]["others"])
        self.two_words = _forms(t["two_words"]["forms"])
        self.shift_words = Phrases(t["shift_words"])
        self.shift_forms = frozenset(self.shift_words.first)
        self.shift_blockers = _forms(t["shift_blockers"]["forms"])
        self.approximators = Phrases(t["approximators"])
        self.vague_times = _forms(t["vague_times"]["forms"])
        self.sets = Phrases(t["sets"])
        self.year_openers = _forms(t["year_openers"]["forms"])
        self.seasons = Phrases(t["seasons"])
        self.decades = Phrases(t["decades"])
        self.century = _forms(t["century"]["forms"])
        self.day_word = _forms(t["day_word"]["forms"])
        self.month_word = _forms(t["month_word"]["forms"])
        self.range_from = _forms(t["range"]["from"])
        self.range_to = _forms(t["range"]["to"])
        self.future_cues = _forms(t["future_cues"]["forms"])
        self.not_future = _forms(t["not_future_verbs"]["forms"])
        self.future_stops = _forms(t.get("future_stops", {}).get("forms", []))
        self.year_nouns = _forms(t["year_nouns"]["forms"])
        self.span_mods = _forms(t["span_mods"]["forms"])
        # numbers
        self.cardinals = {fold(k): v for k, v in n["cardinals"].items()}
        self.teen_heads = {fold(k): v for k, v in n["teen_heads"].items()}
        self.scales = {fold(k): v for k, v in n["scales"].items()}
        self.dual_scales = {fold(k): v for k, v in n["dual_scales"].items()}
        self.plural_scales = _forms(n["plural_scales"]["forms"])
        self.definite_not_numbers = _forms(n["definite_not_numbers"]["forms"])
        self.fractions = {fold(k): v for k, v in n["fractions"].items()}
        self.ordinals = {fold(k): v for k, v in n["ordinals"].items()}
        self.ordinal_tens = {fold(k): v for k, v in n["ordinal_tens"].items()}
        self.units = Phrases(n["units"])
        self.percent = Phrases({k: "percent" for k in n["percent"]["forms"]})
        cur = n["currencies"]
        self.currencies = Phrases(cur["names"])
        self.currency_qualified: dict[tuple[str, str], str] = {}
        for key, code in cur["qualified"].items():
            family, _, adj = key.partition(" ")
            self.currency_qualified[(family, adjective_key(fold(adj)))] = code
        self.currency_symbols = dict(cur["symbols"])
        self.identifier_cues = _forms(n["identifier_cues"]["words"])
        self.counted_stop = _forms(n["counted_stop"]["words"])


@cache
def lexicon() -> Lexicon:
    return Lexicon()
