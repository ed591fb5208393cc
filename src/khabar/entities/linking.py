"""The entity stage: KB matches, role phrases, tagger and cue names, clustered into entities.

Order of work, each step reading the previous ones:
1. alias matches from the KB (matcher.py), ambiguity settled by what else the article names;
2. role phrases (roles.py) resolved to people: apposition ("الرئيس الأمريكي جو بايدن"), then the
   KB's office holders at the publication date, preferring people the article names; without a
   date, the people of that office the article names. A counterpart ("نظيره الروسي") takes the
   antecedent's office. An office nobody can be found for becomes an entity of its own
   ("President of Switzerland"), so the mention is not lost;
3. names the KB does not know (names.py): the tagger's spans, names after titles (السيد،
   الدكتور، الشيخ…), clustered by their folded form, a lone surname joining the full name;
   in-article variants (variants.py: "بن علوي", "عبدالرحمن", a namesake's surname) join the full
   name before roles are resolved, and again at the end with "X (Y)" pairs;
4. entities numbered e1… in order of first mention.

Role resolution lives in role_linking.py, role apposition in apposition.py, anaphors and title
phrases in anaphors.py, alias context (quoted media names, domain-bound people) in alias_context.py.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..article import Article, Entity, Mention
from ..resources import folded_words, load_toml
from ..text import Token, clitic_readings, fold, tokenize
from ..text.intervals import IntervalList
from .cluster import Cluster
from .kb import KB, load_kb
from .matcher import AliasMatch, match_aliases
from .alias_context import AliasContextMixin
from .anaphors import AnaphorsMixin
from .apposition import AppositionMixin
from .institutions import after_named_head, listed_place, settlement_heads, site_before, site_end
from .names import UnknownNamesMixin
from .given_names import conflicting_given_name, kb_given_names, release_namesakes, same_given_name
from .role_linking import RoleLinkingMixin
from .slot_names import SlotNamesMixin
from .roles import RolePhrase, find_roles
from .title_spans import absorb_titles
from .collective import merge_collective
from .variants import merge_misspelt, merge_parenthesised, merge_variants

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def display_name(name_en: str) -> str:
    """The KB's English name without its disambiguating parenthesis: "Houthis (Ansar Allah)" →
    "Houthis", "Labour Party (UK)" → "Labour Party" (the KB id keeps them apart)."""
    return _PAREN.sub("", name_en) or name_en


class _Linker(UnknownNamesMixin, SlotNamesMixin, RoleLinkingMixin, AppositionMixin, AnaphorsMixin, AliasContextMixin):
    def __init__(self, article: Article, kb: KB, tagger: Callable[[str], list] | None):
        self.article = article
        self.body = article.body
        self.kb = kb
        self.date = article.published
        self.tokens: list[Token] = tokenize(article.body)
        self.starts = [t.start for t in self.tokens]  # for bisecting an offset to its token
        self.clusters: dict[str, Cluster] = {}
        self.taken = IntervalList()  # char spans already explained
        self.tagger = tagger
        grammar = load_toml("roles_grammar.toml")["roles"]
        self.generic: dict[str, list[str]] = grammar["generic"]
        self.by_nationality: set[str] = set(grammar["by_nationality"])
        self.equivalent_offices: dict[str, list[str]] = load_toml("roles_grammar.toml").get(
            "counterpart", {}).get("equivalents", {})
        self.role_labels: dict[str, str] = grammar.get("labels", {})
        self.head_titles: set[str] = set(grammar.get("head_titles", ()))
        self.loose_titles: set[str] = set(grammar.get("loose_titles", ()))
        self.org_unique: set[str] = set(grammar.get("org_unique", ()))
        self.posting_bodies: dict[str, list[str]] = load_toml("roles_grammar.toml").get(
            "posting", {}).get("bodies", {})
        self.place_at: dict[int, int] = {}  # first → last token of place names
        self.pending_weak: list[tuple[AliasMatch, str]] = []  # weak aliases awaiting support
        self.support: Counter = Counter()  # entities named by a strong, unambiguous alias
        self.reserved: list[tuple[int, int]] = []  # role phrase spans, not names
        self.domains = {k: {fold(w) for w in v} for k, v in
                        load_toml("entity_context.toml").get("domains", {}).items()}
        self._domain_seen: dict[str, bool] = {}
        self.postings: list[tuple[int, int]] = []  # role phrases naming the body posted to
        self.local_roles: dict[str, set[str]] = {}  # person → offices this article gives them
        self.local_offices: dict[str, set[tuple[str, str]]] = {}  # person → (office, country) likewise

    # -- clusters -------------------------------------------------------------------------
    def add_kb(self, kb_id: str, start: int, end: int, kind: str) -> Cluster:
        ent = self.kb.get(kb_id)
        cl = self.clusters.get(kb_id)
        if cl is None:
            cl = self.clusters[kb_id] = Cluster(kb_id, ent.type, display_name(ent.name_en), ent.name_ar,
                                                kb_id, "kb")
        self._mention(cl, start, end, kind)
        return cl

    def _mention(self, cl: Cluster, start: int, end: int, kind: str) -> None:
        if any(m.start == start and m.end == end for m in cl.mentions):
            return
        cl.mentions.append(Mention(start, end, self.body[start:end], kind))
        self.taken.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return self.taken.overlaps(start, end)

    # -- 1. KB aliases ----------------------------------------------------------------------
    def link_aliases(self) -> list[tuple[AliasMatch, str]]:
        nasab = folded_words("entity_context.toml", "nasab", "words")
        # "خالد بن سلمان بن عبدالعزيز": a person right after "بن" is an ancestor inside a longer
        # name, not mentioned in their own right (nor support for their other aliases)
        matches = [m for m in match_aliases(self.tokens, self.kb)
                   if not (m.first and not m.prefix and self.tokens[m.first - 1].norm in nasab
                           and self.kb.get(m.ids[0]).type == "PER")]
        support = Counter(m.ids[0] for m in matches if len(m.ids) == 1 and not m.weak)
        triggers = folded_words("entity_context.toml", "place_triggers", "words")
        org_heads = folded_words("entity_context.toml", "org_heads", "words")
        org_support = org_heads | folded_words("entity_context.toml", "org_support", "words")
        chosen = []
        self.support = support
        for m in matches:
            pick = self._choose(m.ids)
            media = self._quoted_media(m, pick)
            if media:
                pick = media
            prev = self.tokens[m.first - 1] if m.first else None
            head = self._institution_head(m, org_heads, triggers) \
                if self.kb.get(pick).type == "LOC" else None
            if head is not None:
                # "جامعة القاهرة", "مكتب حاكم إسطنبول": an institution named after a place
                self._add_unknown(head, self._org_complement(m.end), "ORG")
                continue
            site = site_before(self.tokens, self.body, m.first) \
                if self.kb.get(pick).type == "LOC" and not m.prefix else None
            if site is not None:
                # "مطار عدن" is the airport, not the town; "مخيم البريج" is the camp the KB knows
                if site[1] in settlement_heads():
                    self.add_kb(pick, site[0], m.end, "name")
                else:
                    self._add_unknown(site[0], site_end(self.tokens, self.body, m.last), "LOC")
                continue
            if self._adjective_reading(m, prev):
                continue  # "السياسة الخارجية الأمريكية" is a policy, not the ministry
            if self._nisba_reading(m):
                continue  # "مبلغ مالي" is a sum of money, not Mali
            if self._other_given_name(m, pick):
                continue  # "كيفين جونسون" is not Boris Johnson: the name is left to the tagger
            if len(m.key) == 1 and self._out_of_domain(pick):
                # "ديمبيلي" in a news story is not the footballer: wait for the full name
                self.pending_weak.append((m, pick))
                continue
            if m.weak and not support[pick]:
                # a head noun before a weak alias, perhaps across an opening quote mark
                # ("مدينة عمان", "قناة \"الحوار التونسي\""), supports it: places after place
                # nouns, organisations after institution nouns
                head = self._word_before(m.first)
                heads = org_support if self.kb.get(pick).type == "ORG" else triggers
                if (head is None or not any(st in heads for _, st in clitic_readings(head.norm))) and \
                        not listed_place(self.body, m, pick, chosen, self.kb):
                    self.pending_weak.append((m, pick))
                    continue
            chosen.append((m, pick))
        for m, pick in chosen:
            self.add_kb(pick, m.start, m.end, "name")
        return chosen

    def _other_given_name(self, m: AliasMatch, pick: str) -> bool:
        """A person's alias without their given name ("جونسون", "قائد السبسي") written right after
        another given name."""
        ent = self.kb.get(pick)
        if ent.type != "PER" or m.prefix or not m.first:
            return False
        firsts = kb_given_names(ent)
        return bool(firsts) and not same_given_name(m.key[0], firsts) and \
            conflicting_given_name(self.tokens, m.first, firsts)

    def _choose(self, ids: tuple[str, ...]) -> str:
        """Among entities sharing an alias: one the article names unambiguously, else one whose
        country the article names ("عمان" in a story about Jordan is Amman), else the KB's first."""
        return next((i for i in ids if self.support[i]), None) or \
            next((i for i in ids if self.support[self.kb.get(i).country or ""]), ids[0])

    def readmit_weak(self) -> None:
        """A weak alias ("الأسد", "عباس") counts once the article has named or described that
        entity in a stronger way, a role phrase included ("الرئيس السوري")."""
        for m, pick in self.pending_weak:
            posted = any(s <= m.start and m.end <= e for s, e in self.postings)
            if (pick in self.clusters or posted) and not self.overlaps(m.start, m.end):
                self.add_kb(pick, m.start, m.end, "name")

    # -- 2. roles (resolution in role_linking.py) -----------------------------------------------
    def find_role_phrases(self, chosen: list[tuple[AliasMatch, str]]) -> list[RolePhrase]:
        """Role phrases, found before unknown names so the tagger cannot claim their words."""
        country_at: dict[int, tuple[str, int, str]] = {}
        for m, pick in chosen:
            if self.kb.get(pick).type in ("LOC", "ORG"):
                country_at[m.first] = (pick, m.last, m.prefix)
        # a weak organisation alias right after a posting preposition ("مندوب الكويت في مجلس
        # الأمن") is read as that body: the role phrase is the support it waited for
        preps = folded_words("roles_grammar.toml", "posting", "preps")
        for m, pick in self.pending_weak:
            if m.first not in country_at and m.first > 0 and self.kb.get(pick).type == "ORG" and \
                    not m.prefix and fold(self.tokens[m.first - 1].text) in preps:
                country_at[m.first] = (pick, m.last, m.prefix)
        # "مطار الملك خالد", "جامعة الملك عبدالعزيز": a title in a site's name is no role phrase
        roles = [rp for rp in find_roles(self.tokens, self.kb, country_at)
                 if not after_named_head(self.tokens, self.body, rp.first)]
        self.postings = [(self.tokens[rp.first].start, rp.end) for rp in roles
                         if rp.posting not in (None, "?")]
        self.reserved = [(rp.start, rp.end) for rp in roles]
        self.role_firsts = {rp.first for rp in roles}  # an office's complement stops at another
        self.place_at = {m.first: m.last for m, pick in chosen if self.kb.get(pick).type == "LOC"}
        return roles

    # -- 4. output -----------------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        ordered = sorted((c for c in self.clusters.values() if c.mentions),
                         key=lambda c: min(m.start for m in c.mentions))
        out = []
        for n, cl in enumerate(ordered, 1):
            cl.mentions.sort(key=lambda m: (m.start, m.end))
            out.append(Entity(f"e{n}", cl.type, cl.name, cl.name_ar or cl.mentions[0].text, cl.kb,
                              cl.mentions, source=cl.source))
        return out


def link_entities(article: Article, kb: KB | None = None,
                  tagger: Callable[[str], list] | None = None) -> list[Entity]:
    linker = _Linker(article, kb or load_kb(), tagger)
    chosen = linker.link_aliases()
    roles = linker.find_role_phrases(chosen)
    # A date is not a name: "13 نيسان/أبريل" is April, not Nissan (when the times stage ran first)
    linker.reserved += [(t.start, t.end) for t in getattr(article, "times", None) or []]
    linker.link_unknown_names()
    linker.join_waw_surnames()  # "وقال ريتشارد والتون رئيس …": not "Richard and Alton"
    linker.link_slot_names(roles)  # "وقال قائد الشرطة المحلية سيف:": a name the tagger missed
    linker.extend_surnames()  # "عبد الستار بارز" … "وتابع بارز «": a surname the tagger cut
    merge_variants(linker.clusters, linker.kb)  # before roles: "نظيره" needs the full antecedent
    linker.resolve_roles(roles)
    linker.merge_role_placeholders()  # "يقول نائب وزير الخارجية الإيراني" … "وقال عباس عراقجي"
    linker.readmit_weak()
    release_namesakes(linker.clusters, linker.kb)  # "كيفين جونسون" … "جونسون"
    linker.link_title_phrases()
    linker.link_anaphors()
    merge_variants(linker.clusters, linker.kb)
    merge_parenthesised(linker.clusters, linker.body)
    merge_collective(linker.clusters)  # "الأجهزة الأمنية" after "الأجهزة الأمنية الأردنية"
    merge_misspelt(linker.clusters, linker.kb)
    absorb_titles(linker.clusters, linker.tokens, linker.body)
    return linker.entities()
