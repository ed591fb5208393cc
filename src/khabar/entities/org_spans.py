"""Spans of organisations and of names after titles, for the unknown-names pass (names.py).

Mixed into linking._Linker through UnknownNamesMixin: head noun + definite words ("منظمة الدول
الأمريكية"), an institution name's complements and adjectives, the head noun right before a tagger
organisation, and two or three words after a title ("اللواء أحمد سيف"). Moved out of names.py
unchanged so that file stays small.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..resources import folded_words
from ..text import clitic_readings, proclitic_length
from .given_names import known_given_names


@cache
def _common_phrases() -> frozenset[tuple[str, str]]:
    """(head, next word) pairs that make a common noun phrase, not a name: "حركة المرور"."""
    phrases = folded_words("entity_context.toml", "org_patterns", "common_phrases")
    return frozenset(tuple(p.split()[:2]) for p in phrases if len(p.split()) >= 2)


class OrgSpansMixin:
    def _org_head(self, start: int) -> int:
        """"صحيفة الوطن", "قناة الميادين": the head noun right before an organisation name the
        tagger found belongs to the name (entity_context.toml org_heads)."""
        k = bisect_left(self.starts, start) - 1
        if k < 0 or self.tokens[k].kind != "word" or self.overlaps(self.tokens[k].start, start):
            return start
        tok = self.tokens[k]
        heads = folded_words("entity_context.toml", "org_heads", "words")
        reading = next((p for p, st in clitic_readings(tok.norm) if st in heads), None)
        if reading is None or self.body[tok.end:start].strip():
            return start
        return tok.start + proclitic_length(tok.text, reading)

    def _drop_trailing_title(self, start: int, end: int) -> int:
        """"شرطة المنطقة اللواء", "اللجنة الأمنية الفريق": an organisation's name does not end in
        the rank or honorific of the person named after it."""
        titles = folded_words("roles_grammar.toml", "titles", "honorifics")
        k = bisect_left(self.starts, end) - 1
        # two words must be left: "قوات اللواء" (a brigade), "بعثة الفريق" (the team) are names
        while k >= 2 and self.tokens[k - 1].start > start and self.tokens[k].norm in titles:
            end, k = self.tokens[k - 1].end, k - 1
        return end

    def _org_complement(self, end: int) -> int:
        """An organisation name goes on through its ل-complements and their adjectives:
        "المفوضية العليا" + "للاجئين", "المجلس الأعلى" + "للقضاء", "مركز البحرين" + "لحقوق
        الإنسان", "معهد …" + "للحقوق والديمقراطية", and through the adjectives institutions take
        ("محكمة استئناف ديالى" + "الاتحادية"; entity_context.toml org_patterns.adjectives)."""
        from .names import first_names  # names.py imports this module
        toks, stop = self.tokens, self._org_stop()
        adjectives = folded_words("entity_context.toml", "org_patterns", "adjectives")
        k = bisect_left(self.starts, end)
        first, grew = k, False
        while k < len(toks) and k - first < 4 and toks[k].kind == "word" and toks[k].norm not in stop and \
                not self.overlaps(toks[k].start, toks[k].end) and self.body[end:toks[k].start].strip() == "":
            w = toks[k].norm
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if w.startswith("لل") or (grew and w.startswith(("ال", "وال"))) or (not grew and w in adjectives):
                end, grew, k = toks[k].end, True, k + 1
            elif not grew and w.startswith("ل") and len(w) > 3 and w not in first_names() and \
                    nxt is not None and \
                    nxt.kind == "word" and nxt.norm.startswith("ال") and nxt.norm not in stop and \
                    not self.body[toks[k].end:nxt.start].strip():
                # "لحقوق الإنسان": ل + a noun in construct with a definite one
                end, grew, k = nxt.end, True, k + 2
            else:
                break
        return end

    @staticmethod
    def _org_stop() -> set[str]:
        return folded_words("entity_context.toml", "org_patterns", "stop")

    def _pattern_orgs(self) -> list[tuple[int, int, str]]:
        """Head noun + definite words: "منظمة الدول الأمريكية" (see entity_context.toml)."""
        heads = folded_words("entity_context.toml", "org_patterns", "heads")
        common = _common_phrases()
        stop = self._org_stop()
        toks, out = self.tokens, []
        for i, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            reading = next(((p, st) for p, st in clitic_readings(tok.norm) if st in heads), None)
            if reading is None or (i + 1 < len(toks) and (reading[1], toks[i + 1].norm) in common):
                continue
            j = i + 1
            while j < len(toks) and j - i <= 5 and toks[j].kind == "word" and \
                    toks[j].norm.startswith(("ال", "لل")) and toks[j].norm not in stop:
                j += 1
            if j > i + 1:
                out.append((tok.start + proclitic_length(tok.text, reading[0]), toks[j - 1].end, "ORG"))
        return out

    def _title_names(self) -> list[tuple[int, int, str]]:
        titles = folded_words("roles_grammar.toml", "titles", "words")
        named_after = folded_words("roles_grammar.toml", "titles", "named_after")
        out = []
        toks = self.tokens
        for i, tok in enumerate(toks[:-1]):
            if tok.kind != "word" or not any(s in titles for _, s in clitic_readings(tok.norm)):
                continue
            if i and toks[i - 1].kind == "word" and \
                    any(s in named_after for _, s in clitic_readings(toks[i - 1].norm)):
                continue  # "مستشفى الملك فيصل" is a hospital, not the king
            span = self._name_after(i)
            if span:
                out.append(span)
        return out

    def _name_after(self, i: int) -> tuple[int, int, str] | None:
        """The name of two or three words right after token ``i`` (a title), if any."""
        stop = folded_words("roles_grammar.toml", "titles", "stop")
        joined = folded_words("entity_context.toml", "name_spelling", "joined")
        toks = self.tokens
        ranks = folded_words("roles_grammar.toml", "titles", "rank_modifiers")
        if toks[i].norm in folded_words("roles_grammar.toml", "titles", "military"):
            # "الفريق أول ركن فياض الرويلي": the rank runs on; the name comes after it
            while i + 2 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].norm in ranks:
                i += 1
        j, room = i + 1, 3
        # a name starts with a bare word (سامي), later parts may carry the article (الخطيب);
        # "عبد الله" written apart is one part of the name, not two
        while j < len(toks) and j - i <= room and toks[j].kind == "word" and toks[j].norm not in stop \
                and not (j == i + 1 and toks[j].norm.startswith("ال")) \
                and self.kb.demonym_index.get(toks[j].norm[2:] if toks[j].norm.startswith("ال")
                                              else toks[j].norm) is None:
            room += toks[j].norm in joined and j - i < room
            j += 1
        if j - i - 1 < 2:
            return None
        if toks[i].norm in folded_words("entity_context.toml", "title_names", "needs_given") and \
                not any(t.norm in known_given_names() for t in toks[i + 1:j]):
            return None  # "أطلق القاضي سراح موكلي": after a verb the judge's object, no name
        return toks[i + 1].start, toks[j - 1].end, "PER"
