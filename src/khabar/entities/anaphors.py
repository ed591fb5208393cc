"""Definite nouns standing for a named organisation or place ("المنظمة", "الحركة", "المملكة"), and
title + nationality phrases right before a name ("القس الأمريكي أندرو برونسون").

Mixed into linking._Linker (tokens, clusters, kb, body, overlaps, _mention, named_people).
"""
from __future__ import annotations

from functools import cache

from ..resources import folded_words, load_toml
from ..text import clitic_readings, fold, proclitic_length


@cache
def _anaphor_nouns() -> dict[str, object]:
    """Folded anaphoric nouns ("المنظمة") and the entity types they fit, read once per process."""
    return {fold(k): v for k, v in load_toml("entity_context.toml")["anaphors"]["nouns"].items()}


class AnaphorsMixin:
    def link_anaphors(self) -> None:
        """"المنظمة", "الحركة", "المملكة": the nearest earlier organisation or place they fit."""
        nouns = _anaphor_nouns()
        adjectival = folded_words("entity_context.toml", "anaphors", "adjectival")
        for i, tok in enumerate(self.tokens):
            if tok.kind != "word":
                continue
            for prefix, stem in clitic_readings(tok.norm):
                rule = nouns.get(stem)
                if rule is None:
                    continue
                if not prefix and stem in adjectival and self._after_definite(i):
                    break  # "الهيئة المنظمة": an adjective, not "the organisation"
                start = tok.start + proclitic_length(tok.text, prefix)
                if self.overlaps(start, tok.end):
                    break
                best = None
                for cl in self.clusters.values():
                    if cl.type != rule["type"] or not cl.kb:
                        continue
                    before = [m.start for m in cl.mentions if m.end <= start]
                    if before and self._fits_anaphor(cl.kb, rule) and (best is None or max(before) > best[0]):
                        best = (max(before), cl)
                if best:
                    self._mention(best[1], start, tok.end, "role")
                break

    def _after_definite(self, i: int) -> bool:
        """The word before token ``i`` is a definite noun or adjective it may qualify ("الهيئة",
        "للجنة", "والشركة"), with nothing between them."""
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        if prev.kind != "word" or self.body[prev.end:self.tokens[i].start].strip():
            return False
        if prev.norm in folded_words("entity_context.toml", "org_patterns", "stop"):
            return False
        return any(st.startswith("ال") for _, st in clitic_readings(prev.norm)) or \
            prev.norm.startswith("لل")

    def _fits_anaphor(self, kb_id: str, rule: dict) -> bool:
        ent = self.kb.get(kb_id)
        if "subtype" in rule:
            return ent.subtype == rule["subtype"]
        word = fold(rule["contains"])
        return any(word in fold(a) for a in ent.aliases)

    def link_title_phrases(self) -> None:
        """"القس الأمريكي أندرو برونسون": a title and a nationality right before a name describe
        that person (titles from roles_grammar.toml that are not offices of the KB)."""
        titles = folded_words("roles_grammar.toml", "titles", "words")
        index = {t.start: i for i, t in enumerate(self.tokens)}
        for key in self.named_people():
            for m in list(self.clusters[key].mentions):
                k = index.get(m.start)
                if m.kind != "name" or k is None or k < 2:
                    continue
                adj, title = self.tokens[k - 1], self.tokens[k - 2]
                if adj.kind != "word" or not adj.norm.startswith("ال") or \
                        not self.kb.demonym_index.get(adj.norm[2:]):
                    continue
                reading = next((p for p, st in clitic_readings(title.norm) if st in titles), None)
                if reading is None:
                    continue
                start = title.start + proclitic_length(title.text, reading)
                if not self.overlaps(start, adj.end):
                    self._mention(self.clusters[key], start, adj.end, "role")
