"""Role phrases resolved to people: apposition first, then the KB's office holders at the
publication date (preferring people the article names), counterparts ("نظيره الروسي") through their
antecedent, and an office nobody can be found for as an entity of its own ("President of Switzerland").

Mixed into linking._Linker (tokens, clusters, kb, body, date, generic, by_nationality,
equivalent_offices, role_labels, head_titles, org_unique, posting_bodies, local_roles, add_kb,
_mention, and the apposition methods of apposition.py).
"""
from __future__ import annotations

from functools import cache

from ..resources import folded_words, load_toml
from ..text import fold
from .cluster import Cluster
from .roles import RolePhrase, occupation_roles
from .translit import given_names


@cache
def _raw_stop() -> frozenset[str]:
    """Function words as written ([titles] stop, unfolded): "على" is not the name "علي"."""
    return frozenset(load_toml("roles_grammar.toml")["titles"]["stop"])


class RoleLinkingMixin:
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
        names = [(m.start, m.end) for key in self.named_people()
                 for m in self.clusters[key].mentions if m.kind == "name"]
        for rp in roles:
            if not rp.countries and not rp.counterpart and \
                    any(s <= rp.start and rp.end <= e for s, e in names):
                # "الأمير" in "الأمير محمد بن سلمان": a title inside a name already found is that
                # person's, never the salient holder of a bare office
                continue
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
                self.local_roles.setdefault(apposed, set()).add(self._local_role(rp, role))
                self._note_office(apposed, role, targets)
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
                if not self._definite(rp):
                    continue
                if self._given_name_after(rp):
                    continue  # "وزير الخارجية ويليام سيوارد": a holder named, not found as a name
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
                    if pid is None and len(targets) == 1:
                        # "عبده الحذيفي، وزير الداخلية اليمني،": an office the KB has nobody for
                        # at the date, set off by a comma right after a name, is that person's
                        pid = self._apposition_before(rp, person_at)
                        if pid:
                            self.local_roles.setdefault(pid, set()).add(self._local_role(rp, role))
                            self._note_office(pid, role, targets)
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

    def _note_office(self, pid: str, role: str, targets: list[str]) -> None:
        """Remember (office, country) an apposition gives a person, for merge_role_placeholders."""
        self.local_offices.setdefault(pid, set()).add((role, targets[0] if targets else ""))

    def merge_role_placeholders(self) -> None:
        """An office entity nobody was found for ("Deputy foreign minister of Iran") is the one
        person the article itself shows in that office, wherever it does so: an apposition before
        or after ("عراقجي، نائب وزير الخارجية الإيراني"), or a KB office held at the date by a
        person named later (the BBC lead "يقول نائب وزير الخارجية الإيراني إن …" before "وقال
        عباس عراقجي"). Text order left both out: a bare office is resolved before the apposition
        that names its holder is read, and a deputy's office only looks at people named before.
        A lone person of that nationality is not enough (about half wrong in the corpus)."""
        offices = self.local_offices
        for key in [k for k in self.clusters if k.startswith("role:")]:
            _, role, country = key.split(":", 2)
            people = [p for p in self.named_people()
                      if (role, country) in offices.get(p, ()) or
                      (self.date and any(o.role == role and o.country == country
                                         for o in self.offices_of(p)))]
            if len(people) != 1:
                continue
            placeholder = self.clusters.pop(key)
            target = self.clusters[people[0]]
            for m in placeholder.mentions:
                if not any(x.start == m.start and x.end == m.end for x in target.mentions):
                    target.mentions.append(m)

    def _given_name_after(self, rp: RolePhrase) -> bool:
        """A known given name right after the office: its holder is named there, whoever the
        article named with that office before."""
        k = rp.last + 1
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or \
                self.body[self.tokens[rp.last].end:self.tokens[k].start].strip():
            return False
        tok = self.tokens[k]
        # raw spelling first: "على" folds to "علي" (Ali) but is the preposition
        return tok.norm in given_names() and tok.text not in _raw_stop()

    def _local_role(self, rp: RolePhrase, role: str) -> str:
        """The office an apposition gives a person, as remembered for later bare mentions. The
        head of an organisation ("رئيس حركة النهضة", "رئيس حزب تيار المحبة") is kept apart
        ("president@org"): a later "رئيس الجمهورية" is the head of state, not that person."""
        org = any(getattr(self.kb.get(c), "type", "ORG") == "ORG" for c in rp.countries) or \
            (not rp.countries and rp.last > rp.nominal_end)
        return role + "@org" if org else role

    def _definite(self, rp: RolePhrase) -> bool:
        """A definite office: "الرئيس", or a construct whose last word is definite ("ولي العهد",
        "رئيس الوزراء", "وزير الخارجية"); an indefinite one ("رئيس", "وزير") names no one."""
        text = fold(self.body[rp.start:rp.end])
        if text in folded_words("roles_grammar.toml", "roles", "honorifics"):
            return False  # "صاحب السمو" before a prince's name: a form of address, no office
        if text.startswith("ال"):
            return True
        last = self.tokens[rp.nominal_end] if rp.nominal_end > rp.first else None
        return last is not None and last.norm.startswith("ال")

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
        # an occupation only the article gives: its own appositions are the evidence (an office
        # keeps to the KB, as before: "حسن شكري، وزير خارجية مصر" must not rival Sameh Shoukry)
        occupation = bool(occupation_roles().intersection(families))

        def fits(pid: str) -> bool:
            # an office this article gave the person ("المتحدث باسم الجيش، فلان") counts
            # wherever the country is not asked for, or cannot be checked
            local = any(f in r for f in families for r in self.local_roles.get(pid, ()))
            if country is not None and occupation and any(
                    c == country and any(f in r for f in families) for r, c in self.local_offices.get(pid, ())):
                return True  # "الإعلامي السعودي جمال خاشقجي" … "قضية الإعلامي السعودي"
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
