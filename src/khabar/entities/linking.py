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

Role apposition lives in apposition.py, alias context (quoted media names, domain-bound people)
in alias_context.py.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..article import Article, Entity, Mention
from ..resources import folded_words, load_toml
from ..text import Token, clitic_readings, fold, proclitic_length, tokenize
from .cluster import Cluster
from .kb import KB, load_kb
from .matcher import AliasMatch, match_aliases
from .alias_context import AliasContextMixin
from .apposition import AppositionMixin
from .names import UnknownNamesMixin
from .roles import RolePhrase, find_roles
from .title_spans import absorb_titles
from .variants import merge_misspelt, merge_parenthesised, merge_variants

_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def display_name(name_en: str) -> str:
    """The KB's English name without its disambiguating parenthesis: "Houthis (Ansar Allah)" →
    "Houthis", "Labour Party (UK)" → "Labour Party" (the KB id keeps them apart)."""
    return _PAREN.sub("", name_en) or name_en


class _Linker(UnknownNamesMixin, AppositionMixin, AliasContextMixin):
    def __init__(self, article: Article, kb: KB, tagger: Callable[[str], list] | None):
        self.article = article
        self.body = article.body
        self.kb = kb
        self.date = article.published
        self.tokens: list[Token] = tokenize(article.body)
        self.starts = [t.start for t in self.tokens]  # for bisecting an offset to its token
        self.clusters: dict[str, Cluster] = {}
        self.taken: list[tuple[int, int]] = []  # char spans already explained
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
        return any(s < end and start < e for s, e in self.taken)

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
                self._add_unknown(head, m.end, "ORG")
                continue
            if self._adjective_reading(m, prev):
                continue  # "السياسة الخارجية الأمريكية" is a policy, not the ministry
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
                if head is None or not any(st in heads for _, st in clitic_readings(head.norm)):
                    self.pending_weak.append((m, pick))
                    continue
            chosen.append((m, pick))
        for m, pick in chosen:
            self.add_kb(pick, m.start, m.end, "name")
        return chosen

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

    # -- 2. roles ------------------------------------------------------------------------------
    def named_people(self) -> list[str]:
        """People the article names: KB people and unknown names (not office placeholders)."""
        return [k for k, c in self.clusters.items() if c.type == "PER" and not k.startswith("role:")]

    def offices_of(self, person: str) -> list:
        ent = self.kb.get(person) if not person.startswith("name:") else None
        if not ent:
            return []
        return [o for o in ent.offices if o.active(self.date)] if self.date else list(ent.offices)

    def holder(self, role: str, country: str) -> str | None:
        named = self.named_people()
        holds = lambda pid: any(o.role == role and o.country == country for o in self.offices_of(pid))
        in_article = [p for p in named if holds(p)]
        if len(in_article) == 1:
            return in_article[0]
        if self.date:
            ids = self.kb.holders(role, country, self.date)
            if len(ids) == 1:
                return ids[0]
            both = [i for i in ids if i in named]
            if len(both) == 1:
                return both[0]
        return None

    def role_cluster(self, role: str, country: str) -> Cluster:
        key = f"role:{role}:{country}"
        cl = self.clusters.get(key)
        if cl is None:
            place = self.kb.get(country)
            label = self.role_labels.get(role) or role.replace("_", " ").capitalize()
            name = f"{label} of {place.name_en}" if place else label
            cl = self.clusters[key] = Cluster(key, "PER", name, "", None, "role")
        return cl

    def find_role_phrases(self, chosen: list[tuple[AliasMatch, str]]) -> list[RolePhrase]:
        """Role phrases, found before unknown names so the tagger cannot claim their words."""
        country_at: dict[int, tuple[str, int, str]] = {}
        for m, pick in chosen:
            if self.kb.get(pick).type in ("LOC", "ORG"):
                country_at[m.first] = (pick, m.last, m.prefix)
        # a weak organisation alias right after a posting preposition ("مندوب الكويت في مجلس
        # الأمن") is read as that body: the role phrase is the support it waited for
        preps = {fold(w) for w in load_toml("roles_grammar.toml").get("posting", {}).get("preps", ())}
        for m, pick in self.pending_weak:
            if m.first not in country_at and m.first > 0 and self.kb.get(pick).type == "ORG" and \
                    not m.prefix and fold(self.tokens[m.first - 1].text) in preps:
                country_at[m.first] = (pick, m.last, m.prefix)
        roles = find_roles(self.tokens, self.kb, country_at)
        self.postings = [(self.tokens[rp.first].start, rp.end) for rp in roles
                         if rp.posting not in (None, "?")]
        self.reserved = [(rp.start, rp.end) for rp in roles]
        self.place_at = {m.first: m.last for m, pick in chosen if self.kb.get(pick).type == "LOC"}
        return roles

    def resolve_roles(self, roles: list[RolePhrase]) -> None:
        tok_at = {t.start: i for i, t in enumerate(self.tokens)}
        person_at: dict[int, str] = {}
        resolved: list[tuple[int, str, str]] = []  # (start, person, role) of every PER mention so far
        for key in self.named_people():
            for m in self.clusters[key].mentions:
                if m.start in tok_at:
                    person_at[tok_at[m.start]] = key
                elif m.start - 1 in tok_at:
                    person_at[tok_at[m.start - 1]] = key  # after a one-letter proclitic
                resolved.append((m.start, key, ""))
        resolved.sort()
        # Resolve in text order so counterparts can see their antecedent.
        for rp in roles:
            if rp.number == "pl" and len(rp.countries) <= 1:
                # "المسؤولين الأتراك", "قادة طالبان": a group, not the one person of that office
                # (a plural over several countries is each one's holder: "قادة ألمانيا وفرنسا")
                continue
            apposed = self._apposition(rp, person_at)
            if rp.counterpart:
                ante = self._antecedent(rp, resolved)
                if not ante:
                    continue
                ante_pid, ante_role = ante
                role = ante_role or next((o.role for o in self.offices_of(ante_pid)
                                          if o.country not in rp.countries), "")
                if not role:
                    continue
                targets = rp.countries
            else:
                role, targets = rp.role, rp.countries
            if not apposed and (rp.former or not targets or self._families(role) is not None):
                apposed = self._apposition_before(rp, person_at)
            if not apposed:
                # "ستيفان دوجاريك المتحدث باسم الأمم المتحدة": a definite role right after a name,
                # no comma, describes that person unless the office is someone else's
                apposed = self._apposition_after_name(rp, role, targets)
            if apposed and len(targets) <= 1:
                # "الرئيس الأمريكي جو بايدن", "المتحدث باسم الجيش، فلان": the name it introduces
                self.local_roles.setdefault(apposed, set()).add(role)
                self._mention(self.clusters[apposed], rp.start, rp.end, "role")
                resolved.append((rp.start, apposed, role))
            elif not targets and rp.posting not in (None, "?") and not rp.counterpart:
                # "المندوب لدى الأمم المتحدة": the office at that body
                pid = self._office_holder(rp, role, rp.posting)
                if pid:
                    self._mention(self.clusters[pid] if pid in self.clusters else
                                  self.add_kb(pid, rp.start, rp.end, "role"), rp.start, rp.end, "role")
                    resolved.append((rp.start, pid, role))
            elif not targets:
                # A definite office alone ("الرئيس", "المتحدث", "الرئيسين"): the person(s) of that
                # office the article has named.
                if not fold(self.body[rp.start:rp.end]).startswith("ال"):
                    continue
                if rp.number == "sg":
                    pid = self._salient_holder(role, rp.start)
                    if pid:
                        self._mention(self.clusters[pid], rp.start, rp.end, "role")
                        resolved.append((rp.start, pid, role))
                else:
                    self._bare_plural(rp, role)
            else:
                for country in targets:
                    pid = self._office_holder(rp, role, country)
                    if pid:
                        self._mention(self.clusters[pid] if pid in self.clusters else
                                      self.add_kb(pid, rp.start, rp.end, "role"), rp.start, rp.end, "role")
                        resolved.append((rp.start, pid, role))
                    elif role not in self.generic and not rp.former and \
                            not self._posted_elsewhere(rp, role):
                        cl = self.role_cluster(role, country)
                        if not cl.name_ar:
                            cl.name_ar = self.body[rp.start:rp.end]
                        self._mention(cl, rp.start, rp.end, "role")
                        resolved.append((rp.start, cl.key, role))
            resolved.sort()

    def _families(self, role: str) -> list[str] | None:
        """Office families of a role that only a named person can hold here (None: the KB's holder
        at the date may be used). A deputy's office ("نائب وزير الخارجية") is not in the KB's
        office tables, so it is one of them."""
        if role in self.generic:
            return self.generic[role]
        if role.startswith(("deputy_", "assistant_")):
            return [role]
        return None

    def _posted_elsewhere(self, rp: RolePhrase, role: str) -> bool:
        """"مندوب الكويت لدى الجامعة العربية" is not Kuwait's UN representative."""
        bodies = self.posting_bodies.get(role)
        return bool(bodies and rp.posting and rp.posting not in bodies)

    def _office_holder(self, rp: RolePhrase, role: str, country: str) -> str | None:
        families = self._families(role)
        if self._posted_elsewhere(rp, role):
            families = [role]
        if rp.former:
            # a past holder the article names: any office of that family, not held at the date
            fam = families or [role]
            named = [p for p in self.named_people() if any(
                any(f in o.role for f in fam) and o.country == country and
                not (self.date and o.active(self.date)) for o in self._all_offices(p))]
            return named[0] if len(named) == 1 else None
        if families is not None:
            # "الوزير الروسي": only a Russian minister the article has named
            pid = self._named_holder(families, rp.start, country)
            if pid is None and role in self.org_unique and self.date and \
                    getattr(self.kb.get(country), "type", "") == "ORG":
                # an organisation has one director, one spokesperson at a time
                ids = self.kb.holders(role, country, self.date)
                pid = ids[0] if len(ids) == 1 else None
            return pid
        pid = self.holder(role, country)
        if pid is None and rp.number == "sg" and (rp.counterpart or role in self.head_titles):
            # "نظيره الصيني" of a leader: China's head of state, whatever the title there;
            # "الزعيمة الألمانية": the chancellor the article names. Named people first, then
            # the KB's holders at the date in the order of the equivalents.
            alts = self.equivalent_offices.get(role, ())
            named = [p for p in self.named_people() if any(
                o.role in alts and o.country == country for o in self.offices_of(p))]
            if len(named) == 1:
                return named[0]
            for alt in alts:
                pid = self.holder(alt, country)
                if pid:
                    break
        if pid is None and self.kb.get(country) and self.kb.get(country).type == "ORG":
            # "رئيس مجلس نواب الشعب": the named person holding any office in that body
            pid = self._named_holder(["*"], rp.start, country)
        if pid is None and role in self.by_nationality:
            # "الأمير السعودي": a title, not one office — the named person of that nationality
            pid = self._named_holder(["*"], rp.start, country)
        return pid

    def _all_offices(self, pid: str) -> tuple:
        ent = self.kb.get(pid) if not pid.startswith("name:") else None
        return ent.offices if ent else ()

    def link_anaphors(self) -> None:
        """"المنظمة", "الحركة", "المملكة": the nearest earlier organisation or place they fit."""
        nouns = {fold(k): v for k, v in load_toml("entity_context.toml")["anaphors"]["nouns"].items()}
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

    def _antecedent(self, rp: RolePhrase, resolved: list[tuple[int, str, str]]) -> tuple[str, str] | None:
        before = [r for r in resolved if r[0] < rp.start]
        if not before:
            return None
        sent = self.article.sentence_of(rp.start)
        same = [r for r in before if self.article.sentence_of(r[0]) == sent] or before
        _, pid, role = same[-1]
        if pid.startswith("role:"):
            return None
        return pid, role

    def _named_holder(self, families: list[str], start: int, country: str | None = None) -> str | None:
        """The one person named before ``start`` holding an office of ``families`` (substrings of
        role keys; "*" = anyone of that nationality) for ``country`` (any country when None)."""
        def fits(pid: str) -> bool:
            # an office this article gave the person ("المتحدث باسم الجيش، فلان") counts
            # wherever the country is not asked for, or cannot be checked
            local = any(f in r for f in families for r in self.local_roles.get(pid, ()))
            ent = self.kb.get(pid) if not pid.startswith("name:") else None
            if ent is None or (local and country is None):
                return local and country is None
            for o in ent.offices:
                if (country is None or o.country == country) and \
                        any(f != "*" and f in o.role for f in families):
                    return True
            return "*" in families and country is not None and \
                (ent.country == country or any(o.country == country for o in ent.offices))
        named = [p for p in self.named_people()
                 if any(m.start < start for m in self.clusters[p].mentions) and fits(p)]
        return named[0] if len(named) == 1 else None

    def _salient_holder(self, role: str, start: int) -> str | None:
        """A bare definite office ("الرئيس"): the one person named before holding it (at the date)."""
        if self._families(role) is not None:
            return self._named_holder(self._families(role), start)
        named = [p for p in self.named_people()
                 if (role in self.local_roles.get(p, ()) or any(o.role == role for o in self.offices_of(p)))
                 and any(m.start < start for m in self.clusters[p].mentions)]
        return named[0] if len(named) == 1 else None

    def _bare_plural(self, rp: RolePhrase, role: str) -> None:
        """"الرئيسين" with no demonym: the two people of that office the article names."""
        named = [p for p in self.named_people() if any(o.role == role for o in self.offices_of(p))
                 and any(m.start < rp.start for m in self.clusters[p].mentions)]
        if len(named) == 2:
            for pid in named:
                self._mention(self.clusters[pid], rp.start, rp.end, "role")

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
    merge_variants(linker.clusters, linker.kb)  # before roles: "نظيره" needs the full antecedent
    linker.resolve_roles(roles)
    linker.readmit_weak()
    linker.link_title_phrases()
    linker.link_anaphors()
    merge_variants(linker.clusters, linker.kb)
    merge_parenthesised(linker.clusters, linker.body)
    merge_misspelt(linker.clusters, linker.kb)
    absorb_titles(linker.clusters, linker.tokens, linker.body)
    return linker.entities()
