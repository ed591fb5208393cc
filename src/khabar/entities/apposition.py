"""Role apposition: which named person a role phrase next to a name describes.

Mixed into linking._Linker (tokens, clusters, kb, body, date, place_at, generic, by_nationality,
loose_titles, named_people, _families). "الرئيس الأمريكي جو بايدن" (role, then name), "X، المتحدث
باسم الجيش" (name, comma, role) and "ستيفان دوجاريك المتحدث باسم الأمم المتحدة" (name, role, no
comma: only when the person may hold that office, since the phrase may as well be an object).
"""
from __future__ import annotations

from ..text import fold
from .roles import RolePhrase


class AppositionMixin:
    def _apposition(self, rp: RolePhrase, person_at: dict[int, str]) -> str | None:
        """The person named right after a role phrase: "الرئيس الأمريكي جو بايدن", after a
        comma, or after a place ("السفير الروسي في لندن ألكسندر …") or a posting the KB does not
        know ("مندوب بريطانيا في المنظمة بيتر ويلسون")."""
        toks, j = self.tokens, rp.last + 1
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
        return pid

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
