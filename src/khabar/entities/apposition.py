"""Role apposition: which named person a role phrase next to a name describes.

Mixed into linking._Linker (tokens, clusters, kb, body, date, place_at, generic, by_nationality,
loose_titles, named_people, _families). "الرئيس الأمريكي جو بايدن" (role, then name), "X، المتحدث
باسم الجيش" (name, comma, role) and "ستيفان دوجاريك المتحدث باسم الأمم المتحدة" (name, role, no
comma: only when the person may hold that office, since the phrase may as well be an object).
"""
from __future__ import annotations

from ..resources import folded_words, load_toml
from ..text import fold
from .roles import RolePhrase


class AppositionMixin:
    def _apposition(self, rp: RolePhrase, person_at: dict[int, str]) -> str | None:
        """The person named right after a role phrase: "الرئيس الأمريكي جو بايدن", after a
        comma, or after a place ("السفير الروسي في لندن ألكسندر …") or a posting the KB does not
        know ("مندوب بريطانيا في المنظمة بيتر ويلسون")."""
        toks, j = self.tokens, rp.last + 1
        place_end = self._unknown_place_after(rp)
        if place_end is not None:
            j = place_end + 1  # "حاكم مقاطعة شينكاي محمد قاسم خان": past the place the office is of
        if j + 1 < len(toks) and toks[j].norm in ("في", "لدى"):
            if j + 1 in self.place_at:
                j = self.place_at[j + 1] + 1
            else:
                k = j + 1
                while k < len(toks) and k - j <= 2 and toks[k].kind == "word" and toks[k].norm.startswith("ال"):
                    k += 1
                if k > j + 1 and k in person_at:
                    j = k
        if j + 2 < len(toks) and toks[j].kind == "word" and toks[j].norm.startswith("ال") and \
                toks[j + 1].text in ",،" and j + 2 in person_at:
            j += 1  # "الزعيم الماليزي المسجون، أنور إبراهيم": an adjective before the comma
        if j + 1 < len(toks) and j not in person_at and j + 1 in person_at and \
                toks[j].norm in folded_words("roles_grammar.toml", "titles", "honorifics") and \
                (rp.countries or toks[rp.last].norm.startswith("ال")):
            # "وزير الصحة الدكتور توفيق الربيعة": an honorific between a complete office and the
            # name; after an open construct ("مستشار الرئيس ترامب") the title is the complement
            j += 1
        comma = j < len(toks) and toks[j].text in ",،#"
        if comma:
            j += 1  # "المدعي المستقل #روبرت_مولر": a hashtag name
        pid = person_at.get(j)
        if pid is None or j >= len(toks):
            return None
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
        end = toks[j - 1].end
        for key in self.named_people():
            if any(m.end == end and m.kind == "name" for m in self.clusters[key].mentions):
                return key if self._may_hold(key, rp.role) else None
        return None

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
        if len(first) < 2 or not (first[0].startswith("ال") or rp.nominal_end > rp.first):
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
            return key
        if ent is None:
            # an unknown name fits an office that names no KB holder at the date
            holders = [h for c in targets for h in (self.kb.holders(role, c, self.date) if self.date else [])]
            return key if not holders else None
        fits = any(o.country in targets for o in ent.offices) or ent.country in targets
        return key if fits else None
