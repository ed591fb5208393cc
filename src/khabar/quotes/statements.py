"""Subjects that stand for someone else: statements and a country's authorities.

Statements: "وقال البيان إن …", "وذكر بيان لنقابة المعلمين أن …".
A statement says nothing by itself: its speaker is whoever issued it. The owner is named inside
the subject ("بيان لـX", "بيان X", "بيان صادر عن X", "بيان نشره X"); a statement without an owner
("البيان", "بيان حصلت رويترز عليه") is the one the article just mentioned, so its speaker is the
last speaker whose sentence spoke of a statement (quotes/__init__._attribute reads the anaphor
``STATEMENT``).

Authorities: "وعدت السلطات الأوكرانية …", "قالت سلطات البحرين …" speak for the country's
government (the KB's government entity; the country itself when the KB has none). Mixed into
spans.Finder.
"""
from __future__ import annotations

from functools import cache

from ..article import Entity
from ..text import fold
from .antecedents import earlier_org
from .cues import folded_set, settings
from .names import is_stop, name_kind
from .speakers import Subject

STATEMENT = "<statement>"  # Subject.anaphor of a statement without a named owner
_COMMA = {",", "،", "؛", ";"}


@cache
def statement_words() -> frozenset[str]:
    """Folded statement nouns, bare, definite and with the proclitics و/ف ("وبيان")."""
    out = set()
    for w in settings()["statements"]["nouns"]:
        w = fold(w)
        for form in (w, "ال" + w):
            out |= {form, "و" + form, "ف" + form}
    return frozenset(out)


class StatementMixin:
    # Provided by spans.Finder: a, body, tokens, idx, cue_tok.

    def resolve_subject(self, subj: Subject, a: int, b: int) -> Subject:
        """``subj`` as subject_after read it, with statements and authorities resolved."""
        return self.authority_subject(self.statement_subject(subj, a, b), a, b)

    def authority_subject(self, subj: Subject, a: int, b: int) -> Subject:
        toks = self.tokens
        while a < b and toks[a].kind != "word":
            a += 1
        if not subj.explicit or subj.entity or a + 1 >= b or \
                toks[a].norm not in folded_set("collectives", "heads"):
            return subj
        nxt = toks[a + 1]
        country = None
        ments = self.idx.within(nxt.start, nxt.end)
        if ments and ments[0][0] == nxt.start and ments[0][3] == "LOC":
            ent = self.a.entity(ments[0][2])
            country = ent.kb if ent is not None else None  # "سلطات البحرين"
        elif nxt.norm.startswith("ال"):
            country = _demonym(nxt.norm[2:])  # "السلطات الأوكرانية"
        if not country:
            return subj
        ent = government_entity(self.a, country)
        return Subject(ent, None, True, a + 2) if ent else subj

    def statement_subject(self, subj: Subject, a: int, b: int) -> Subject:
        """``subj`` unless the subject window [a, b) opens with a statement noun: then the owner
        named after the noun, or the STATEMENT anaphor."""
        toks = self.tokens
        while a < b and toks[a].kind != "word":
            a += 1
        if a >= b or toks[a].norm not in statement_words() or not subj.explicit:
            return subj
        if subj.entity is not None and self.idx.starts_at(toks[a].start) and \
                (self.a.entity(subj.entity) or Entity("", "", "", "")).kb:
            return subj  # a known entity starts at the noun (بيان is also a given name)
        owner = self.statement_owner(a + 1, b)
        if owner is not None:
            return owner
        end = a + 1
        while end < b and toks[end].kind == "word" and toks[end].norm.startswith("ال"):
            end += 1  # "البيان الختامي"
        return Subject(None, None, False, end, anaphor=STATEMENT)

    def issuers(self) -> list[tuple[int, str]]:
        """Statements whose issuer is named outside any cue ("جاء ذلك في بيان صادر عن X"، "في
        بيان لـX"), as (position, entity id): a later bare "وقال البيان" means that issuer even
        when X said nothing quoted. Only issuers the entity stage knows are kept."""
        toks, out = self.tokens, []
        words, issued = statement_words(), folded_set("statements", "issued_objects")
        for k, t in enumerate(toks):
            # ("ببيان"، "وفقا لبيان صادر عن X": the noun after a glued preposition)
            norm = t.norm[1:] if t.norm[:1] in "بل" and t.norm[1:] in words else t.norm
            if t.norm in issued:
                issuer = self.issuing_subject(self.sent_tokens(k)[0], k)
                if issuer is not None:
                    out.append((t.start, issuer))
                continue
            if norm not in words:
                continue
            _, hi = self.sent_tokens(k)
            owner = self.statement_owner(k + 1, min(hi, k + 14))
            if owner is not None and owner.entity is not None:
                out.append((t.start, owner.entity))
        return out

    def issuing_subject(self, lo: int, k: int) -> str | None:
        """"أصدر الاتحاد السعودي للكرة الطائرة بيانا": the known body or person that is the subject
        of an issuing verb right before the statement noun at token ``k`` (nothing but the subject
        between them)."""
        toks = self.tokens
        verbs = folded_set("statements", "issue_verbs")
        for j in range(k - 1, max(lo, k - 9) - 1, -1):
            if toks[j].kind != "word":
                return None
            if toks[j].norm in verbs:
                after = k + 1
                while after < len(toks) and toks[after].kind != "word":
                    after += 1
                if j + 1 >= k or after < len(toks) and \
                        toks[after].norm in folded_set("statements", "in_name_of"):
                    return None
                ments = [m for m in self.idx.within(toks[j + 1].start, toks[k - 1].end)
                         if m[0] == toks[j + 1].start and m[3] in ("PER", "ORG", "LOC")]
                if not ments:
                    return None
                # the whole subject is that one name ("أصدرت الشرطة البريطانية بيانا"), maybe
                # with a time word after it ("أصدر البيت الأبيض السبت بيانا")
                times = folded_set("statements", "issue_times")
                rest = [t for t in toks[j + 1:k] if t.start >= ments[0][1]]
                if all(t.kind == "word" and t.norm in times for t in rest):
                    return ments[0][2]
                return None
        return None

    def statement_owner(self, k: int, b: int) -> Subject | None:
        """The issuer named right after a statement noun at token ``k - 1``."""
        toks, body = self.tokens, self.body
        cfg = settings()["statements"]
        if k >= b:
            return None
        # "بيان صادر عن X", "بيان مشترك"
        while k < b and toks[k].norm in {fold(w) for w in cfg["modifiers"]}:
            k += 1
        if k < b and toks[k].norm in {fold(w) for w in cfg["issued"]}:
            k += 1
            if k < b and toks[k].norm in ("عن", "من"):
                k += 1
        elif k < b and toks[k].kind == "word" and toks[k].norm.endswith(("ه", "ها")) and \
                not toks[k].norm.startswith(("ال", "ل")) and k + 1 < b and \
                self.idx.starts_at(toks[k + 1].start):
            k += 1  # "بيان نشره البيت الأبيض"
        if k >= b or toks[k].kind != "word" or toks[k].text in _COMMA:
            return None
        # a mention that starts before the owner ("بيان الزاملي" read as one name) is no owner
        ments = [m for m in self.idx.within(toks[k].start, toks[k].end) if m[0] >= toks[k].start]
        if ments and ments[0][3] in ("PER", "ORG", "LOC"):
            m = ments[0]
            end = k
            while end < b and toks[end].start < m[1]:
                end += 1
            return Subject(m[2], None, True, end)
        # "بيان صادر عن المقاومة": a definite noun that opened the name of an organisation
        # mentioned before ("المقاومة الشعبية")
        word = toks[k].norm
        if word.startswith("لل") and len(word) > 4:
            # "بيان للوزارة": the ministry named before — unless a definite word goes on with the
            # name ("بيان للمركز الإعلامي الأمني" is not an earlier "مركز هجين")
            nxt = toks[k + 1] if k + 1 < b else None
            named_on = nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ال")
            word = "" if named_on else "ال" + word[2:]
        earlier = _earlier_org_opened_by(self.a, word, toks[k].start)
        if earlier is not None:
            return Subject(earlier, None, True, k + 1)
        # an owner the entity stage does not know: "بيان لنقابة المعلمين"
        first = toks[k].text
        glued = first.startswith("ل") and not first.startswith("ال") and len(first) > 3
        start = toks[k].start + (1 if glued else 0)
        if glued and body[start:start + 1] == "ـ":
            start += 1
        end = k
        while end < b and toks[end].kind == "word" and end - k < 6 and end not in self.cue_tok:
            end += 1
        for z in range(end, k, -1):
            text = body[start:toks[z - 1].end]
            if name_kind(text) is not None:
                return Subject(None, None, True, z, (start, toks[z - 1].end))
        return self.headed_owner(k, end, start)

    def headed_owner(self, k: int, end: int, start: int) -> Subject | None:
        """"بيان لمديرية أمن مدينة إسطنبول"، "بيان لسلطات ولاية شرناق": an organisation head noun
        whose name runs, word by word, into a place or organisation the entity stage knows. The
        text-only test (name_kind) takes such names for unnamed sources ("مديرية أمن مدينة" is
        all common words), but the known name at their end makes them a named body."""
        toks = self.tokens
        heads = _owner_heads()
        # the head as written or without a glued ل/لل/ال ("لسلطات"، "لجنة" stays "لجنة")
        forms = [toks[k].norm] + [toks[k].norm[len(p):] for p in ("لل", "ل", "ال")
                                  if toks[k].norm.startswith(p) and len(toks[k].norm) - len(p) > 2]
        if not any(f in heads or "ال" + f in heads for f in forms):
            return None
        for z in range(k + 1, min(end, k + 5)):
            t = toks[z]
            if t.kind != "word" or is_stop(t.norm):
                return None
            ments = [m for m in self.idx.within(t.start, t.end) if m[0] == t.start]
            if ments and ments[0][3] in ("LOC", "ORG"):
                m_end = ments[0][1]
                stop = z
                while stop < len(toks) and toks[stop].start < m_end:
                    stop += 1
                return Subject(None, None, True, stop, (start, m_end), named=True)
        return None


def _earlier_org_opened_by(article, word: str, pos: int) -> str | None:
    """The organisation last mentioned before ``pos`` by a name of two words or more opened by
    the definite noun ``word`` (folded; "المقاومة" → "المقاومة الشعبية", "الوزارة" → "وزارة
    الداخلية")."""
    if not word.startswith("ال") or len(word) < 5:
        return None
    return earlier_org(article, word[2:], pos)


def _demonym(word: str) -> str | None:
    try:
        from ..entities.kb import load_kb
        return load_kb().demonym_index.get(word)
    except Exception:  # the KB is another stage's resource: without it, no resolution
        return None


def government_entity(article, country: str) -> str | None:
    """The article's entity for the government of ``country`` (a KB id such as loc:UA): the
    government already found, else one added from the KB (source "cue"), else the country."""
    code = country.rsplit(":", 1)[-1]
    gov_id = f"org:government:{code}"
    for ent in article.entities:
        if ent.kb == gov_id:
            return ent.id
    try:
        from ..entities.kb import load_kb
        gov = load_kb().entities.get(gov_id)
    except Exception:
        gov = None
    if gov is not None:
        from ..article import Entity
        used = {e.id for e in article.entities}
        n = 1
        while f"q{n}" in used:
            n += 1
        ent = Entity(f"q{n}", "ORG", gov.name_en, gov.name_ar, gov_id, [], source="cue")
        article.entities.append(ent)
        return ent.id
    return next((e.id for e in article.entities if e.kb == country), None)


@cache
def _owner_heads() -> frozenset[str]:
    """Head nouns of an organisation or a collective that may open a statement's issuer."""
    return folded_set("cue_entities", "org_heads") | folded_set("collectives", "heads")
