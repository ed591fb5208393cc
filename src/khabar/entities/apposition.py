"""Role apposition: which named person a role phrase next to a name describes.

Mixed into linking._Linker (tokens, clusters, kb, body, date, place_at, generic, by_nationality,
loose_titles, named_people, _families). "الرئيس الأمريكي جو بايدن" (role, then name), "X، المتحدث
باسم الجيش" (name, comma, role) and "ستيفان دوجاريك المتحدث باسم الأمم المتحدة" (name, role, no
comma: only when the person may hold that office, since the phrase may as well be an object).
"""
from __future__ import annotations

from functools import cache

from ..resources import folded_words, load_lines, load_toml
from ..text import clitic_readings, fold
from .roles import RolePhrase, _match_nominal


@cache
def _name_starters() -> frozenset[str]:
    """Folded given names and name connectors: a word that starts a person's name."""
    return frozenset(fold(w) for w in load_lines("first_names.txt") if " " not in w) | \
        folded_words("entity_context.toml", "name_connectors", "words")


@cache
def _institutions() -> frozenset[str]:
    """Institution nouns (entity_context.toml org_heads and org_patterns heads), folded."""
    return folded_words("entity_context.toml", "org_heads", "words") | \
        folded_words("entity_context.toml", "org_patterns", "heads")


@cache
def _bridge_stop() -> frozenset[str]:
    """Words an office's complement cannot run through ([titles] stop, less the institution nouns
    and prepositions a complement is made of: roles_grammar.toml [bridge] allow)."""
    return folded_words("roles_grammar.toml", "titles", "stop") - \
        folded_words("roles_grammar.toml", "bridge", "allow")


class AppositionMixin:
    def _apposition(self, rp: RolePhrase, person_at: dict[int, str]) -> str | None:
        """The person named right after a role phrase: "الرئيس الأمريكي جو بايدن", after a
        comma, or after a place ("السفير الروسي في لندن ألكسندر …") or a posting the KB does not
        know ("مندوب بريطانيا في المنظمة بيتر ويلسون")."""
        toks, j = self.tokens, rp.last + 1
        if j + 1 < len(toks) and toks[j].kind == "word" and j + 1 in person_at and \
                toks[j].norm in folded_words("roles_grammar.toml", "titles", "current"):
            # "الرئيس الحالي إدريس ديبي": "current" belongs to the office, the name follows
            rp.last, rp.end, j = j, toks[j].end, j + 1
        ranks = folded_words("roles_grammar.toml", "titles", "rank_modifiers")
        while j + 1 < len(toks) and toks[j].norm in ranks and \
                toks[j - 1].norm in folded_words("roles_grammar.toml", "titles", "military"):
            j += 1  # "رئيس اللجنة الأمنية الفريق أول سعيد …": the office took in the rank
        place_end = self._unknown_place_after(rp)
        if place_end is not None:
            j = place_end + 1  # "حاكم مقاطعة شينكاي محمد قاسم خان": past the place the office is of
        if j + 1 < len(toks) and toks[j].norm in ("في", "لدى"):
            p = j + 1
            if p + 1 < len(toks) and p + 1 in self.place_at and \
                    toks[p].norm in folded_words("entity_context.toml", "place_triggers", "words"):
                p += 1  # "القنصل السعودي في مدينة مشهد الإيرانية، فلان": a place noun before the place
            if p in self.place_at:
                j = self.place_at[p] + 1
            else:
                k = j + 1
                while k < len(toks) and k - j <= 2 and toks[k].kind == "word" and toks[k].norm.startswith("ال"):
                    k += 1
                if k > j + 1 and k in person_at:
                    j = k
        if j + 2 < len(toks) and toks[j].kind == "word" and toks[j].norm.startswith("ال") and \
                toks[j + 1].text in ",،" and j + 2 in person_at:
            j += 1  # "الزعيم الماليزي المسجون، أنور إبراهيم": an adjective before the comma
        k = j + 1  # past a rank's completing words: "الفريق أول ركن"
        while k + 1 < len(toks) and toks[k].norm in folded_words("roles_grammar.toml", "titles", "rank_modifiers"):
            k += 1
        if k < len(toks) and j not in person_at and k in person_at and \
                toks[j].norm in folded_words("roles_grammar.toml", "titles", "honorifics") and \
                (rp.countries or toks[rp.last].norm.startswith("ال")):
            # "وزير الصحة الدكتور توفيق الربيعة": an honorific between a complete office and the
            # name; after an open construct ("مستشار الرئيس ترامب") the title is the complement
            j = k
        comma = j < len(toks) and toks[j].text in ",،#"
        if comma:
            j += 1  # "المدعي المستقل #روبرت_مولر": a hashtag name
        pid = person_at.get(j)
        if pid is None or j >= len(toks):
            return self._bridged(rp, person_at) if place_end is None else None
        if not any(m.start == toks[j].start for m in self.clusters[pid].mentions):
            return None  # "الموفد الخاص لترمب": a name with a proclitic is not in apposition
        if not comma and j == rp.last + 1 and not rp.countries and \
                not toks[rp.last].norm.startswith("ال") and pid.startswith("name:"):
            return None  # "نائب رئيس مجلس الإدارة": an indefinite office's complement, not a name
        if self._other_country(pid, rp.countries, rp.role):
            return None  # "انتقد الرئيس الفلبيني البابا فرنسيس": the name is the object
        if place_end is not None:
            # the role mention takes in the place ("حاكم مقاطعة شينكاي")
            rp.last, rp.end = place_end, toks[place_end].end
        return pid

    def _other_country(self, pid: str, countries: list[str], role: str) -> bool:
        """A KB person of another country, holding no office there, cannot be the holder of a
        country's office named right before them. Envoys and ambassadors are left out: their
        country may be the one they are posted to ("المبعوث الأممي لسوريا")."""
        ent = self.kb.get(pid) if not pid.startswith("name:") else None
        base = role.split("_", 1)[1] if role.startswith(("deputy_", "assistant_")) else role
        if base in load_toml("roles_grammar.toml").get("posting", {}).get("roles", ()):
            return False
        if ent is None or not ent.country or not countries or any(
                getattr(self.kb.get(c), "type", "") != "LOC" or
                not (self.kb.get(c).country or self.kb.get(c).subtype == "country") for c in countries):
            return False  # organisations and world regions ("للشرق الأوسط") name no one's country
        # a region or city stands for its country too ("حاكم ولاية فلوريدا" is an American office)
        places = set(countries) | {self.kb.get(c).country for c in countries if self.kb.get(c).country}
        return ent.country not in places and not any(o.country in places for o in ent.offices)

    def _unknown_place_after(self, rp: RolePhrase) -> int | None:
        """Last token of a place the knowledge base does not know (a tagger name) right after an office
        that ends in a place noun ("حاكم ولاية", "محافظ محافظة"): the office is of that place.
        Known places are taken in by the role phrase itself (a construct complement)."""
        toks, j = self.tokens, rp.last + 1
        if rp.countries or j >= len(toks) or \
                toks[rp.last].norm not in folded_words("roles_grammar.toml", "roles", "place_nouns"):
            return None
        start = toks[j].start
        end = next((m.end for cl in self.clusters.values() if cl.type in ("LOC", "ORG") and not cl.kb
                    for m in cl.mentions if m.start == start and m.kind == "name"), None)
        if end is None:
            return None
        k = j
        while k + 1 < len(toks) and toks[k + 1].end <= end:
            k += 1
        return k if k - j < 3 else None

    def _apposition_before(self, rp: RolePhrase, person_at: dict[int, str]) -> str | None:
        """"X، الرئيس المخلوع" / "X، المتحدث باسم الجيش": a role set off by a comma right after
        a name describes that person."""
        toks, j = self.tokens, rp.first - 1
        if j < 1 or toks[j].text not in ",،":
            return None
        if rp.start > toks[rp.first].start and self.body[toks[rp.first].start] in "وف":
            return None  # "فلان، ورئيس الكتلة، فلان": "و" after the comma opens the next person
        end = toks[j - 1].end
        for key in self.named_people():
            if any(m.end == end and m.kind == "name" for m in self.clusters[key].mentions):
                if not self._may_hold(key, rp.role):
                    return None
                self._open_complement(rp)
                return key
        return None

    def _open_complement(self, rp: RolePhrase) -> None:
        """An office set off after a name with its nominal open, no country ("فلان، قائد شرطة
        مقاطعة آن أرونديل، إن"), takes in its complement up to punctuation or a function word."""
        if rp.countries or rp.counterpart or rp.former or rp.posting not in (None, "?") or \
                self.tokens[rp.last].norm.startswith("ال"):
            return
        toks, j, stop = self.tokens, rp.last + 1, _bridge_stop()
        firsts = getattr(self, "role_firsts", set())
        former = folded_words("roles_grammar.toml", "former", "words")
        while j < len(toks) and j - rp.last <= 5 and toks[j].kind == "word" and \
                not self.body[toks[j - 1].end:toks[j].start].strip():
            place = self._place_end(j)
            if place is not None:
                j = place + 1  # "قائد شرطة مقاطعة آن أرونديل": a place name, whatever its words
                continue
            if (toks[j].norm in stop and not toks[j].text.startswith("آ")) or j in firsts or \
                    _match_nominal(toks, j, self.kb) is not None or self._entity_inside(j):
                break  # "آن" (Anne) folds like "أن" but is no function word
            if toks[j].norm == "في" and not (j + 1 < len(toks) and (toks[j + 1].norm.startswith("ال") or
                                                                   self._place_end(j + 1) is not None)):
                break  # "أمين عام الحزب في تصريح": "في" + an indefinite noun leaves the office
            j += 1
            if toks[j - 1].norm in former:
                break  # "رئيس أركان القوات المسلحة الأسبق": the office ends with "former"
        while j > rp.last + 1 and toks[j - 1].norm in ("في", "ب", "من", "عن"):
            j -= 1  # "مديرة برنامج … في" + a university: the preposition opens another phrase
        if j > rp.last + 1:
            rp.last, rp.end = j - 1, toks[j - 1].end

    def _may_hold(self, pid: str, role: str, any_priority: bool = False) -> bool:
        """A famous KB person with known offices, none of them of this role's family, is not the
        one an apposed role describes ("… للرئيس بوتين، نائب رئيس البلدية")."""
        ent = self.kb.get(pid) if not pid.startswith("name:") else None
        if ent is None or (ent.priority < 80 and not any_priority) or not ent.offices or not role or \
                role in self.generic or role in self.by_nationality or role in self.loose_titles:
            return True  # a title any head may carry ("زعيم", "الشيخ", "المسؤول")
        families = self._families(role) or [role]
        return any(f == "*" or f in o.role or o.role in f for f in families for o in ent.offices)

    def _apposition_after_name(self, rp: RolePhrase, role: str, targets: list[str]) -> str | None:
        """The person whose name ends right before a definite role phrase, with no comma between
        ("فيديريكا موغيريني منسقة السياسة الخارجية"). Without the comma the phrase may as well be
        an object ("التقى ماكرون الرئيس الأمريكي"), so the person must fit the office: a KB person
        with an office or nationality of that body/country, or anyone when the office names no
        country and no other holder."""
        toks, j = self.tokens, rp.first - 1
        if j < 0 or rp.counterpart or toks[j].kind != "word":
            return None
        first = fold(self.body[rp.start:rp.end]).split()
        k = rp.last + 1
        open_definite = not rp.countries and k < len(toks) and toks[k].kind == "word" and \
            not self.body[toks[rp.last].end:toks[k].start].strip() and \
            (self._place_end(k) is not None or toks[k].norm.startswith("ال"))
        if not open_definite and \
                (len(first) < 2 or not (first[0].startswith("ال") or rp.nominal_end > rp.first)):
            return None  # a lone office word ("الرئيس", "رئيس") is as often an object
        if rp.start != toks[rp.first].start:
            return None  # "ميركل والرئيس الأمريكي": a conjunction starts another person
        end = toks[j].end
        key = next((k for k in self.named_people() if any(
            m.end == end and m.kind == "name" for m in self.clusters[k].mentions)), None)
        if key is None:
            return None
        ent = self.kb.get(key) if not key.startswith("name:") else None
        if ent is not None and ent.offices and not self._may_hold(key, role, any_priority=True):
            return None  # "الملك سلمان وزير المالية": a king is not the minister named next
        if not targets:
            if open_definite:
                self._open_complement(rp)  # "فلان رئيس خلية مكافحة الإرهاب": the whole office
            return key
        if ent is None:
            # an unknown name fits an office that names no KB holder at the date
            holders = [h for c in targets for h in (self.kb.holders(role, c, self.date) if self.date else [])]
            return key if not holders else None
        fits = any(o.country in targets for o in ent.offices) or ent.country in targets
        return key if fits else None

    def _bridged(self, rp: RolePhrase, person_at: dict[int, str]) -> str | None:
        """An office and its complement, then the holder's name: "وزير البيئة محمد المشنوق",
        "رئيس قسم المتفجرات في الشرطة فلان", "رئيس الحكومة المكلف فلان". An open nominal ("وزير",
        "قائد") takes a complement of up to six words and a comma; a complete one ("رئيس الوزراء") only
        definite modifiers and "في"/"ب" + a definite word. The walk stops (no apposition) at
        punctuation other than a comma right before the name, at function words, at another office
        or title (even one roles.py does not read as a phrase: "مدير مكتب زعيم المعارضة فلان" is
        the leader's name), at a given name or name connector that starts no known name ("الأمير الراحل
        محمد حسني …" keeps "محمد" out of the office), and an institution noun right before the name
        ("الرئيس التنفيذي لجمعية هوارد") makes that name the institution's."""
        if rp.countries or rp.counterpart or rp.former or rp.posting not in (None, "?"):
            return None
        toks, j = self.tokens, rp.last + 1
        stop, titles = _bridge_stop(), folded_words("roles_grammar.toml", "titles", "words")
        starters = _name_starters()
        firsts = getattr(self, "role_firsts", set())
        complete = toks[rp.last].norm.startswith("ال")
        honorifics = folded_words("roles_grammar.toml", "titles", "honorifics")
        ranks = folded_words("roles_grammar.toml", "titles", "rank_modifiers")
        title_at = None
        while j < len(toks) and j - rp.last <= 7:
            tok = toks[j]
            if j in person_at and j > rp.last + 1:
                break
            if tok.kind == "word" and tok.norm in honorifics and j > rp.last + 1:
                # "قائد المنطقة العسكرية الرابعة اللواء أحمد …": a rank between the complement and
                # the name, past its completing words ("الفريق أول ركن")
                k = j + 1
                while k < len(toks) and toks[k].kind == "word" and toks[k].norm in ranks:
                    k += 1
                if k in person_at:
                    title_at, j = j, k
                    break
            place = self._place_end(j)
            if place is not None:
                j = place + 1
                continue
            if tok.kind == "word" and tok.norm in starters:
                return None
            if tok.kind != "word" or tok.norm in stop or j in firsts or \
                    _match_nominal(toks, j, self.kb) is not None or \
                    any(st in titles for _, st in clitic_readings(tok.norm)) or \
                    self.kb.demonym_index.get(tok.norm) is not None or \
                    (complete and not self._definite_word(j)):
                if tok.text in ",،" and j + 1 in person_at and j > rp.last + 1:
                    j += 1
                    break
                return None
            j += 1
        pid = person_at.get(j)
        if pid is None or not any(m.start == toks[j].start and m.kind == "name"
                                  for m in self.clusters[pid].mentions):
            return None
        last = title_at - 1 if title_at is not None else j - 1 if toks[j - 1].kind == "word" else j - 2
        if last > rp.last and toks[j - 1].kind == "word" and self._place_end_at(last) is None and \
                not any(st.startswith("ال") for _, st in clitic_readings(toks[last].norm)):
            # "مدير حملة كلينتون", "في حكومة يوسف الشاهد": an indefinite noun right before a
            # name is in construct with it; the name is its complement, not the office holder
            return None
        if self._other_country(pid, rp.countries, rp.role) or \
                not self._may_hold(pid, rp.role, any_priority=True):
            return None
        rp.last, rp.end = last, toks[last].end
        return pid

    def _definite_word(self, j: int) -> bool:
        """A word a complete office may take after it: definite ("المكلف", "بالبيت", "للشؤون"),
        or "في" before a definite word ("في الشرطة")."""
        toks = self.tokens
        if toks[j].norm == "في":
            return j + 1 < len(toks) and toks[j + 1].norm.startswith("ال")
        return any(st.startswith("ال") for _, st in clitic_readings(toks[j].norm)) or \
            toks[j].norm.startswith("لل")

    def _place_end(self, j: int) -> int | None:
        """Last token of a place or organisation mention starting at token ``j``, if any."""
        start = self.tokens[j].start
        end = next((m.end for cl in self.clusters.values() if cl.type in ("LOC", "ORG")
                    for m in cl.mentions if m.start == start), None)
        if end is None:
            return None
        k = j
        while k + 1 < len(self.tokens) and self.tokens[k + 1].end <= end:
            k += 1
        return k

    def _entity_inside(self, j: int) -> bool:
        """A mention starts inside token ``j``, after a proclitic ("لبي بي سي", "لصحيفة …")."""
        tok = self.tokens[j]
        return any(tok.start < m.start < tok.end for cl in self.clusters.values() for m in cl.mentions)

    def _place_end_at(self, k: int) -> int | None:
        """The start token of a place or organisation mention ending at token ``k``, if any."""
        end = self.tokens[k].end
        return next((m.start for cl in self.clusters.values() if cl.type in ("LOC", "ORG")
                     for m in cl.mentions if m.end == end), None)
