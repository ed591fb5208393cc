"""Names in a person slot that the tagger and the knowledge base missed.

An office with a complete complement ("قائد الشرطة المحلية", "رئيس قسم المتفجرات في الشرطة") is
followed by its holder's name. When one to three plain words stand there, up to a boundary
(punctuation, or a function word such as "في", "إن"), they are that name: "وقال قائد الشرطة
المحلية سيف:", "أصيب رئيس قسم المتفجرات في الشرطة بيازيد تشيكين في المواجهات". To keep adverbs,
verbs and objects out, a single word needs a speech verb before the office and punctuation after
it, and one word of the name must be a known given name (kb/name_latin.tsv, first_names.txt).

Mixed into linking._Linker (tokens, body, kb, overlaps, reserved, _add_unknown).
"""
from __future__ import annotations

from bisect import bisect_left

from ..resources import folded_words
from ..text import clitic_readings
from .given_names import known_given_names
from .names import speech_lookup
from .roles import RolePhrase
from .translit import unknown_name

_BOUNDARY_MARKS = frozenset(":،,«\"“(.؛")


class SlotNamesMixin:
    def link_slot_names(self, roles: list[RolePhrase]) -> None:
        for rp in roles:
            if rp.counterpart or rp.number != "sg" or rp.former:
                continue
            span = self._name_in_slot(rp)
            if span is not None:
                self._add_unknown(span[0], span[1], "PER")

    def _name_in_slot(self, rp: RolePhrase) -> tuple[int, int] | None:
        """The name after the office's complement. The complement is read up to each of its
        definite words in turn ("قسم المتفجرات" | "في الشرطة"); the first place where plain words
        follow, up to a boundary, gives the name."""
        toks = self.tokens
        stop = folded_words("roles_grammar.toml", "titles", "stop")
        ends = [rp.last] if rp.countries or toks[rp.last].norm.startswith("ال") else []
        k = rp.last + 1
        while k < len(toks) and k - rp.last <= 7 and toks[k].kind == "word" and \
                not self.body[toks[k - 1].end:toks[k].start].strip():
            place = self._place_end(k)
            if place is not None:
                ends.append(place)
                k = place + 1
            elif toks[k].norm == "في":
                k += 1
            elif toks[k].norm in stop:
                break
            else:
                if any(st.startswith("ال") for _, st in clitic_readings(toks[k].norm)):
                    ends.append(k)
                k += 1
        for end in ends:
            span = self._slot_words(rp, end + 1)
            if span is not None:
                return span
        return None

    def _slot_words(self, rp: RolePhrase, j: int) -> tuple[int, int] | None:
        toks = self.tokens
        stop = folded_words("roles_grammar.toml", "titles", "stop")
        titles = folded_words("roles_grammar.toml", "titles", "words")
        if j >= len(toks) or self.body[toks[j - 1].end:toks[j].start].strip():
            return None
        names, words = known_given_names(), []  # not the NER name-part list: it holds "كبير", "اليوم"
        k = j
        while k < len(toks) and k - j < 3 and toks[k].kind == "word" and \
                not self.body[toks[k - 1].end:toks[k].start].strip():
            tok = toks[k]
            if tok.norm in stop or tok.norm.startswith("ال") or \
                    any(st in titles for _, st in clitic_readings(tok.norm)) or \
                    self.kb.demonym_index.get(tok.norm) is not None or len(tok.norm) < 2 or \
                    (tok.norm[0] in "وفبلك" and tok.norm not in names) or \
                    (tok.norm.endswith("ا") and tok.norm not in names):
                # a proclitic or an accusative ending ("دولا", "متسائلا") marks a common word
                break
            words.append(tok)
            k += 1
        if not words or self.overlaps(words[0].start, words[-1].end) or \
                any(s < words[-1].end and words[0].start < e for s, e in self.reserved):
            return None
        after = toks[k] if k < len(toks) else None
        mark = after is None or (after.kind != "word" and after.text[:1] in _BOUNDARY_MARKS)
        if not mark and not (after.kind == "word" and after.norm in stop):
            return None
        speech = self._speech_before(rp)
        known = any(w.norm in names for w in words)
        if not known or (len(words) == 1 and not (speech and mark)):
            return None
        return words[0].start, words[-1].end

    def _speech_before(self, rp: RolePhrase) -> bool:
        """A speech verb right before the office ("وقال قائد الشرطة …")."""
        lookup = speech_lookup()
        i = rp.first - 1
        if lookup is None or i < 0 or self.tokens[i].kind != "word":
            return False
        if rp.start > self.tokens[rp.first].start:
            return False  # "وقال ولقائد …": a proclitic on the office starts another phrase
        return lookup(self.tokens[i]) is not None

    # -- a surname the tagger left out ------------------------------------------------------------
    def extend_surnames(self) -> None:
        """"حاكم الولاية عبد الستار بارز، …" then "وتابع بارز «…»": the tagger stopped before the
        surname, a common word too ("بارز" is "prominent"). A plain word right after an unknown
        person's name, before punctuation, joins the name when the article uses it alone elsewhere
        in a speaker's slot: right after a speech verb and before punctuation or a complementiser.
        That lone use becomes a mention of the person as well. A word opening with "ل" is left out:
        it is as often the preposition ("جوناثان لشبكة «سي إن إن»"). Without a lone use, the
        word still joins a name set off between an office and a comma (_apposed_name)."""
        toks, stop = self.tokens, folded_words("roles_grammar.toml", "titles", "stop")
        index = {t.start: i for i, t in enumerate(toks)}
        for cl in list(self.clusters.values()):
            if cl.type != "PER" or cl.kb is not None:
                continue
            for m in list(cl.mentions):
                k = index.get(m.end + 1) if m.kind == "name" and self.body[m.end:m.end + 1] == " " else None
                if k is None or k + 1 >= len(toks) or toks[k].kind != "word":
                    continue
                word = toks[k]
                if word.norm.startswith("ال") or word.norm in stop or len(word.norm) < 3 or \
                        self.overlaps(word.start, word.end) or not self._ends_slot(k + 1):
                    continue
                lone = [i for i, t in enumerate(toks) if i != k and t.kind == "word" and
                        t.text == word.text and i > 0 and self._speech_token(i - 1) and
                        self._ends_slot(i + 1) and not self.overlaps(t.start, t.end)]
                if word.norm.startswith("ل") or not lone:
                    lone = []
                    if not self._apposed_name(m.start, k):
                        continue
                self._drop_mention(cl, m)
                self._mention(cl, m.start, word.end, "name")
                if len(self.body[m.start:word.end]) > len(cl.name_ar):
                    cl.name_ar = self.body[m.start:word.end]
                    cl.name = unknown_name(cl.name_ar, "PER")
                for i in lone:
                    self._mention(cl, toks[i].start, toks[i].end, "name")

    def _apposed_name(self, start: int, k: int) -> bool:
        """"مدير معهد البحرين، سيد أحمد وداعي، …": the name stands between an office and a comma
        and the comma after token ``k`` closes it, so ``k`` is the name's last word even when it
        reads as "و" + a noun. A word with a possessive ending ("وابنته", "وحزبه") is not."""
        toks = self.tokens
        i = bisect_left(self.starts, start) - 1
        if i < 1 or toks[i].text not in ",،" or toks[k + 1].text not in ",،:" or \
                toks[k].norm.endswith(("ه", "ها", "هم", "هما")):
            return False
        starts = {s for s, _ in self.reserved}
        j = i - 1
        while j >= 0 and i - j <= 8 and toks[j].kind == "word":
            if any(toks[j].start <= s < toks[j].end for s in starts):
                return True  # an office opens the clause the name closes
            j -= 1
        return False

    def _ends_slot(self, i: int) -> bool:
        """Token ``i`` closes a name: punctuation, a quotation mark, or a complementiser."""
        if i >= len(self.tokens):
            return True
        tok = self.tokens[i]
        if tok.kind != "word":
            return tok.text[:1] in _BOUNDARY_MARKS or tok.text[:1] in "»”"
        return tok.norm in ("ان", "بان", "انه", "انها")

    def _speech_token(self, i: int) -> bool:
        lookup = speech_lookup()
        return lookup is not None and self.tokens[i].kind == "word" and lookup(self.tokens[i]) is not None

    # -- a surname beginning with "و" ---------------------------------------------------------------
    def join_waw_surnames(self) -> None:
        """"وقال ريتشارد والتون رئيس خلية …", "قال شهاب وجيه، المتحدث …": after a speech verb, a
        one-word name glued to "و" right after a name, then an office or a comma, is the surname
        ("Walton"), not a second person ("and Alton") — two speakers would take a dual verb and
        a plural office. The tagger split the "و" off as a conjunction; the two spans join."""
        toks = self.tokens
        index = {t.start: i for i, t in enumerate(toks)}
        office_starts = {s for s, _ in self.reserved}
        people = [(cl, m) for cl in self.clusters.values() if cl.type == "PER"
                  for m in cl.mentions if m.kind == "name"]
        at = {m.start: (cl, m) for cl, m in people}
        for cl, m in people:
            k = index.get(m.start)
            if k is None or k < 1 or not self._speech_token(k - 1) or self.body[m.end:m.end + 2] != " و":
                continue
            hit = at.get(m.end + 2)
            if hit is None or hit[0] is cl or " " in hit[1].text.strip() or len(hit[0].mentions) != 1:
                continue
            other, y = hit
            j = index.get(y.end + 1) if self.body[y.end:y.end + 1] == " " else index.get(y.end)
            if j is None or not (toks[j].text in ",،" or toks[j].start in office_starts):
                continue
            if m not in cl.mentions or y not in other.mentions:
                continue  # already joined in this pass
            self.clusters.pop(other.key, None)
            self._drop_mention(other, y)
            self._drop_mention(cl, m)
            self._mention(cl, m.start, y.end, "name")
            if len(self.body[m.start:y.end]) > len(cl.name_ar):
                cl.name_ar = self.body[m.start:y.end]
                cl.name = unknown_name(cl.name_ar, "PER") if cl.kb is None else cl.name

    def _drop_mention(self, cl, m) -> None:
        """Take a mention out of its cluster and out of the spans already explained."""
        if m in cl.mentions:
            cl.mentions.remove(m)
        if (m.start, m.end) in self.taken:
            self.taken.remove((m.start, m.end))
