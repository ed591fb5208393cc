"""Article context for KB aliases: quoted media names, domain-bound people, head nouns before a match.

Mixed into linking._Linker (tokens, kb, body, domains, _domain_seen).
"""
from __future__ import annotations

from ..resources import folded_words, load_toml
from ..text import Token, clitic_readings, fold, proclitic_length
from .matcher import AliasMatch

OPEN_QUOTES = frozenset('"«“\'')
CLOSE_QUOTES = frozenset('"»”\'')


class AliasContextMixin:
    def _quoted_media(self, m: AliasMatch, pick: str) -> str | None:
        """لـ«الشرق الأوسط», "الوطن": a place name in quote marks that a KB newspaper or channel
        is called after ("صحيفة الشرق الأوسط") is that medium."""
        if self.kb.get(pick).type != "LOC" or m.first == 0 or m.last + 1 >= len(self.tokens):
            return None
        before, after = self.tokens[m.first - 1], self.tokens[m.last + 1]
        if before.text not in OPEN_QUOTES or after.text not in CLOSE_QUOTES:
            return None
        for head in load_toml("entity_context.toml")["media_heads"]["words"]:
            ids = self.kb.lookup(head + " " + self.body[m.start:m.end])
            orgs = [i for i in ids if self.kb.get(i).type == "ORG"]
            if orgs:
                return orgs[0]
        return None

    def _out_of_domain(self, pick: str) -> bool:
        """A person known in one domain (KB tag, e.g. sport) in an article with no word of it."""
        ent = self.kb.get(pick)
        domains = [t for t in ent.tags if t in self.domains] if ent and ent.type == "PER" else []
        if not domains:
            return False
        for d in domains:
            if d not in self._domain_seen:
                words = self.domains[d]
                self._domain_seen[d] = any(st in words for t in self.tokens if t.kind == "word"
                                           for _, st in clitic_readings(t.norm))
            if self._domain_seen[d]:
                return False
        return True

    def _word_before(self, first: int) -> Token | None:
        k = first - 1
        if k >= 0 and self.tokens[k].kind == "punct" and self.tokens[k].text in OPEN_QUOTES:
            k -= 1
        return self.tokens[k] if k >= 0 and self.tokens[k].kind == "word" else None

    def _institution_head(self, m: AliasMatch, org_heads: frozenset, triggers: frozenset) -> int | None:
        """Start of an institution named after the place ``m``: an institution noun right before
        it ("جامعة القاهرة"), or before one indefinite noun that is not a place noun ("مكتب حاكم
        إسطنبول"). None when there is none."""
        for back in (1, 2):
            k = m.first - back
            if k < 0 or any(self.tokens[i].kind != "word" for i in range(k, m.first)):
                return None
            if back == 2:
                # "مكتب حاكم إسطنبول", not "مستشفى عسكري بحمص" (in Homs) or "مكتب في تل أبيب"
                mid = self.tokens[m.first - 1]
                if m.prefix or mid.norm.startswith("ال") or mid.norm in triggers or \
                        mid.norm in folded_words("roles_grammar.toml", "titles", "stop") or \
                        any(st in org_heads for _, st in clitic_readings(mid.norm)):
                    return None
            tok = self.tokens[k]
            reading = next((p for p, st in clitic_readings(tok.norm) if st in org_heads), None)
            if reading is not None:
                return tok.start + proclitic_length(tok.text, reading)
        return None

    def _adjective_reading(self, m: AliasMatch, prev: Token | None) -> bool:
        """"السياسة الخارجية الأمريكية", "الأزمة المالية اليونانية": a ministry's short name that
        starts with an adjective ("الخارجية {F}") right after a definite noun is that noun's
        adjective phrase (entity_context.toml [adjective_aliases])."""
        if prev is None or prev.kind != "word" or m.prefix:
            return False
        words = load_toml("entity_context.toml").get("adjective_aliases", {}).get("words", ())
        if m.key[0] not in {fold(w) for w in words}:
            return False
        return any(st.startswith("ال") and len(st) > 3 for p, st in clitic_readings(prev.norm)
                   if p in ("", "و", "ف", "ب"))

    def _nisba_reading(self, m: AliasMatch) -> bool:
        """"مبلغ مالي", "بدعم مالي", "فساد إداري ومالي": a place name that is also a nisba
        adjective (entity_context.toml [nisba_aliases]) right after a bare noun such an adjective
        describes, or after another indefinite nisba adjective (perhaps joined by "و"), is that
        adjective ("financial"), not the place ("في مالي", "شمال مالي", "حكومة مالي" stay Mali)."""
        if len(m.key) != 1 or m.key[0] not in folded_words("entity_context.toml", "nisba_aliases",
                                                           "words"):
            return False
        prev = self._word_before(m.first)
        if prev is None:
            return False
        if m.prefix == "":
            nouns = folded_words("entity_context.toml", "nisba_aliases", "nouns")
            # the noun may carry a proclitic ("بدعم مالي", "ومبلغ مالي") but not the article
            if any(st in nouns for _, st in clitic_readings(prev.norm)):
                return True
        # "إداري ومالي", "مسؤول يوناني مالي": a chain of indefinite nisba adjectives (a place
        # joined to a place by "و" is no adjective: "ليبيا ومالي"; "شمالي مالي" is a direction).
        # The first adjective must follow a bare noun itself, or a verb in -ي ("وتعاني مالي")
        # would pass for one.
        k = m.first - 1 if self.tokens[m.first - 1] is prev else m.first - 2
        noun = self.tokens[k - 1] if k else None
        if noun is None or noun.kind != "word" or noun.norm.startswith("ال") or len(noun.norm) < 3:
            return False
        return m.prefix in ("", "و") and len(prev.norm) >= 4 and prev.norm.endswith("ي") and \
            not prev.norm.startswith("ال") and not self.kb.lookup(prev.norm) and \
            not any(st in folded_words("entity_context.toml", "nisba_aliases", "directions")
                    for _, st in clitic_readings(prev.norm))
