"""Names the knowledge base does not know: tagger spans, names after titles, institutions by pattern.

Mixed into linking._Linker (which provides tokens, clusters, kb, body, pending_weak, reserved,
starts, tagger, add_kb, _mention, overlaps, named_people). A tagger name first tries to be a KB
entity (a weak alias it confirms, a person whose alias it spells with a middle part); otherwise it
becomes an entity of its own, clustered by its folded form, a lone surname or a one-letter
misspelling joining the full name.
"""
from __future__ import annotations

import re

from bisect import bisect_left
from functools import cache

from ..resources import folded_words, load_lines, load_toml
from ..text import clitic_readings, fold, proclitic_length
from .cluster import Cluster
from .collective import collective_bodies
from .junk_names import behalf_start, is_attributive_adjective, is_everyday_given_name, is_title_word
from .kb import KB
from .name_joins import bridge_hyphens, join_cut_names
from .institutions import definite_heads, definite_org_spans, site_key, site_spans
from .org_spans import OrgSpansMixin
from .translit import institution_heads, unknown_name
from .given_names import kb_given_names, one_edit, same_given_name  # noqa: F401 - one_edit re-exported

_ENDS: dict[int, dict[tuple[str, str], str]] = {}


def person_ends(kb: KB) -> dict[tuple[str, str], str]:
    """(first word, last word) of every multi-word person alias → the person, when unambiguous."""
    hit = _ENDS.get(id(kb))
    if hit is None:
        seen: dict[tuple[str, str], set[str]] = {}
        for key, ids in kb.alias_index.items():
            if len(key) >= 2:
                for i in ids:
                    if kb.get(i).type == "PER":
                        seen.setdefault((key[0], key[-1]), set()).add(i)
        hit = _ENDS[id(kb)] = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
    return hit


@cache
def _formulas() -> frozenset[str]:
    """Religious formulas that are no names (entity_context.toml [formulas]), folded."""
    return folded_words("entity_context.toml", "formulas", "phrases")


@cache
def first_names() -> frozenset[str]:
    """Folded one-word given names (resources/first_names.txt): "لطيفة" is a name, not ل + a noun."""
    return frozenset(fold(w) for w in load_lines("first_names.txt") if " " not in w)


def _institution_noun(word: str) -> bool:
    """An institution head noun (entity_context.toml org_heads, org_patterns heads, common_heads),
    with or without a proclitic: a person's name never starts with one."""
    heads = institution_heads()
    return any(st in heads for _, st in clitic_readings(word))


@cache
def _lam_heads() -> frozenset[str]:
    """Head nouns an organisation name after ل + the article may start with (_add_unknown)."""
    return definite_heads() | institution_heads()


@cache
def speech_lookup():
    """The quotes stage's cue lookup (is this token a speech verb?), or None without it."""
    try:
        from ..quotes.cues import lookup
    except ImportError:  # pragma: no cover - the quotes package ships with khabar
        return None
    return lookup


class UnknownNamesMixin(OrgSpansMixin):
    def link_unknown_names(self) -> None:
        self.adjectives: set[int] = set()  # starts of tagger "names" read as adjectives (_junk_name)
        tagged = self.tagger(self.body) if self.tagger is not None else []
        # "أحمد سيف" + "محرم اليافعي": one name the tagger cut (name_joins.py)
        named = lambda s, e: self.overlaps(s, e) or any(  # noqa: E731 - KB names, weak ones too
            m.start < e and s < m.end for m, _ in self.pending_weak) or \
            tuple(fold(self.body[s:e]).split()) in self.kb.alias_index  # "قمة كيم-مون"
        bodies = collective_bodies(self.tokens)  # "الأجهزة الأمنية": no complement after them
        demonym = lambda w: w.startswith("ال") and bool(self.kb.demonym_index.get(w[2:]))  # noqa: E731
        starts = {s: e for s, e, _ in tagged}
        sites = site_spans(self.tokens, self.body, starts, demonym)  # "معبر صوفا"
        sites += definite_org_spans(self.tokens, self.body, self._is_place, demonym, starts)  # "النيابة العمومية"
        spans = join_cut_names(bridge_hyphens(tagged, self.body, named), self.body,
                               self._title_names() + self._pattern_orgs() + bodies + sites)
        stop = folded_words("entity_context.toml", "tagger_stop", "words") | \
            folded_words("entity_context.toml", "anaphors", "nouns")
        own = set(sites)
        for start, end, typ in spans:
            # "الوكالة الفرنسية": an anaphor noun with a naming adjective is a name (institutions.py)
            ours = (start, end, typ) in own
            typ = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}.get(typ)
            if typ == "PER":
                self._release_surname(start, end)
            elif typ == "ORG":
                self._release_places(start, end)
            if typ is None or self.overlaps(start, end) or \
                    any(s < end and start < e for s, e in self.reserved):
                continue
            start, end = self._trim(start, end)
            if typ == "PER":
                end = self._cut_at_lam_article(start, end)
                start = self._restore_initial(start)
                moved = behalf_start(self.body, self.tokens, self.starts, start, end)
                if moved is not None and " " not in self.body[moved:end].strip():
                    continue  # "المتحدث باسم مشار": a lone surname left joins a full name later
                start = start if moved is None else moved
            words = fold(self.body[start:end]).split()
            if end - start < 2 or not words or (words[0] in stop and not ours) or " ".join(words) in _formulas():
                continue
            if len(words) == 1 and self.kb.demonym_index.get(words[0][2:] if words[0].startswith("ال")
                                                              else words[0]):
                continue  # "البولوني" after an office is an adjective, not a name
            start = self._drop_leading_verb(start, end, typ)
            if typ == "PER" and len(words) >= 2 and _institution_noun(words[0]):
                typ = "ORG"  # "خلية مكافحة الإرهاب", "مستشفى ميراويس": an institution, no person
            if self._junk_name(start, end, typ):
                continue
            if typ == "PER" and self._known_person(start, end):
                continue
            if typ == "PER":
                end = self._complete_name(end)
            if typ == "ORG":
                if (start, end, typ) not in bodies:  # "الأجهزة الأمنية لضبط المطلوبين" is a purpose
                    end = self._org_complement(end)
                end = self._drop_trailing_title(start, end)
                start = self._org_head(start)
            if not self._confirm_weak(start, end, typ):
                self._add_unknown(start, end, typ)
        self._link_surnames()

    def _is_place(self, word: str, city: bool = False) -> bool:
        """The folded word is a KB place's one-word alias ("تونس"), a city's when ``city``."""
        return any(self.kb.get(i).type == "LOC" and (not city or i.startswith("loc:city:"))
                   for i in self.kb.alias_index.get((word,), ()))

    def _given_names(self) -> set[str]:
        """First words of the person names found so far, one-word names too (folded): "كريم (29
        عاما)" made a person, and "وقال كريم" later is that person."""
        return {fold(m.text).split()[0] for cl in self.clusters.values() if cl.type == "PER"
                for m in cl.mentions if m.kind == "name" and m.text.split()}

    def _surnames(self) -> set[str]:
        """Last words of the multi-word person names found so far (folded)."""
        return {fold(m.text).split()[-1] for cl in self.clusters.values() if cl.type == "PER"
                for m in cl.mentions if m.kind == "name" and len(m.text.split()) >= 2}

    def _drop_leading_verb(self, start: int, end: int, typ: str) -> int:
        """"وكررت كوسيانتيش": a conjunction-prefixed word before a surname the article has
        already given in full is the verb of the clause, not a first name."""
        words = self.body[start:end].split()
        if typ != "PER" or len(words) != 2:
            return start
        head = fold(words[0])
        if head[:1] not in ("و", "ف") or len(head) < 4 or fold(words[1]) not in self._surnames():
            return start
        return start + self.body[start:end].index(words[1])

    def _junk_name(self, start: int, end: int, typ: str) -> bool:
        """Spans the tagger marks that cannot be names: a letter or two ("سي" from a split
        abbreviation), a bare article ("ال تركي"), a title alone ("الكولونيل"), and one-word
        adjectives (a nisba "الكيمياوي", a plural nisba "وشيشانيون", a definite word after a
        definite noun: "عيد الفطر المبارك"; junk_names.py) that no full name of the article ends with."""
        words = fold(self.body[start:end]).split()
        if not words or sum(len(w) for w in words) < 3 or words[0] == "ال":
            return True
        if typ == "PER" and words[0].startswith("لل"):
            return True  # "للشؤون الدولية": ل + a definite noun, not a given name
        if len(words) != 1 or typ not in ("PER", "LOC"):
            return False
        word = words[0]
        rules = load_toml("entity_context.toml").get("junk", {})
        if typ == "PER" and is_title_word(self.body, start, end):
            return True  # "وقال الكولونيل المتقاعد، …": a title alone
        if word in self._surnames():
            return False  # "وفي الهجوم السويلم" beside "فهد السويلم": the surname, not an adjective
        if typ == "PER" and is_attributive_adjective(self.body, self.tokens, self.starts, start, end,
                                                     self.taken, self.kb.demonym_index):
            # "عيد الفطر المبارك": an adjective, which no surname may claim later either
            self.adjectives.add(start)
            return True
        if typ == "PER" and word.startswith("ال") and word.endswith(tuple(rules.get("nisba_endings", ()))):
            return True
        if typ == "PER" and is_everyday_given_name(self.body, self.tokens, self.starts, start, end) and \
                word not in self._given_names():
            return True  # "بشكل سليم", "أسلوب فريد": an adjective, no person
        return len(word) > 5 and word.endswith(tuple(rules.get("plural_nisba_endings", ())))

    def _release_places(self, start: int, end: int) -> None:
        """"اللجنة الاقتصادية لغربي آسيا": a place the KB found inside an organisation name the
        tagger gives in full, headed by an institution noun, is part of that name. The place
        mentions inside give way (only places, only wholly inside, only after the head word)."""
        words = self.body[start:end].split()
        if len(words) < 2:
            return
        heads = folded_words("entity_context.toml", "org_patterns", "heads") | definite_heads()
        if not any(st in heads for _, st in clitic_readings(fold(words[0]))):
            return
        head_end = start + len(words[0])
        # places after the head ("اللجنة الاقتصادية لغربي آسيا"), and a shorter organisation
        # made of the head and a place ("وكالة الصين" inside "وكالة الصين الجديدة للأنباء")
        inside = [(cl, m) for cl in self.clusters.values() for m in cl.mentions
                  if (cl.type == "LOC" and cl.kb and head_end < m.start and m.end <= end) or
                  (cl.type == "ORG" and not cl.kb and m.start == start and m.end < end)]
        if not inside or any(s < end and start < e and not (head_end < s and e <= end)
                             for s, e in self.taken if (s, e) not in {(m.start, m.end) for _, m in inside}):
            return
        for cl, m in inside:
            cl.mentions.remove(m)
            self.taken.remove((m.start, m.end))
            if not cl.mentions:
                del self.clusters[cl.key]

    def _release_surname(self, start: int, end: int) -> None:
        """"جوناثان ميلر" is not the KB's Matthew Miller: a KB person found by the surname alone
        gives the mention back when the tagger's full name starts with a first name that none of
        that person's aliases has."""
        words = fold(self.body[start:end]).split()
        if len(words) < 2:
            return
        for cl in list(self.clusters.values()):
            if cl.type != "PER" or not cl.kb:
                continue
            hit = [m for m in cl.mentions if m.kind == "name" and m.end == end and start < m.start
                   and " " not in m.text.strip()]
            if not hit:
                continue
            ent = self.kb.get(cl.kb)
            firsts = kb_given_names(ent)
            if same_given_name(words[0], firsts):
                continue
            for m in hit:
                cl.mentions.remove(m)
                self.taken.remove((m.start, m.end))
            if not cl.mentions:
                del self.clusters[cl.key]

    def _known_person(self, start: int, end: int) -> bool:
        """A tagger name that is a KB person's alias with a middle part the KB does not list:
        "عادل بن أحمد" + a following "الجبير" is "عادل الجبير". The first word and the surname
        (inside the span, or the weak alias right after it) must both match one alias."""
        words = fold(self.body[start:end]).split()
        last_end = end
        nxt = next((m for m, _ in self.pending_weak if 0 <= m.start - end <= 1), None)
        if nxt is not None:
            words = words + list(nxt.key)
            last_end = nxt.end
        if len(words) < 2:
            return False
        pid = person_ends(self.kb).get((words[0], words[-1]))
        if pid is None:
            return False
        self.add_kb(pid, start, last_end, "name")
        self.pending_weak = [(m, p) for m, p in self.pending_weak if m is not nxt]
        return True

    def _confirm_weak(self, start: int, end: int, typ: str) -> bool:
        """The tagger names exactly a weak alias ("عمان") with the type the KB gives it: that is
        the support the weak alias waited for, so it links to the KB entity."""
        for k, (m, pick) in enumerate(self.pending_weak):
            if m.start == start and m.end == end:
                fits = tuple(i for i in m.ids if self.kb.get(i).type == typ and
                             not (len(m.key) == 1 and self._out_of_domain(i)))
                if not fits:
                    return False
                fit = self._choose(fits)
                self.add_kb(fit, m.start, m.end, "name")
                del self.pending_weak[k]
                return True
        return False

    def _link_surnames(self) -> None:
        """A lone surname anywhere in the text joins the one unknown full name it ends."""
        last_word: dict[str, list[Cluster]] = {}
        for cl in self.clusters.values():
            words = cl.name_ar.split()
            if cl.type == "PER" and cl.kb is None and len(words) > 1 and \
                    fold(words[-2]) not in ("بن", "بنت", "ابن"):
                # "فهد بن بدر بن عبدالعزيز" ends in his grandfather's name: a lone "عبدالعزيز"
                # is someone else (King Abdulaziz), not his surname
                last_word.setdefault(fold(words[-1]), []).append(cl)
        if not last_word:
            return
        for tok in self.tokens:
            if tok.kind != "word" or self.overlaps(tok.start, tok.end) or \
                    tok.start in self.adjectives:
                continue
            for prefix, stem in clitic_readings(tok.norm):
                owners = last_word.get(stem)
                if owners and len(owners) == 1 and len(stem) >= 3:
                    start = tok.start + proclitic_length(tok.text, prefix)
                    self._mention(owners[0], start, tok.end, "name")
                    break

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop trailing punctuation; proclitics were already cut by the tagger, which knows
        which first letters are clitics (وبوتين) and which belong to the name (كوهين, فيليب)."""
        while end > start and not self.body[end - 1].isalnum():
            end -= 1
        return start, end

    def _cut_at_lam_article(self, start: int, end: int) -> int:
        """"يوسف المنصور للمتصلين", "وانغ للصحافيين", "فاروق بن مصطفى للتسديدة": no word of a person's
        name after the first is ل + the article; the tagger ran the name into the next phrase."""
        for w in re.finditer(r"\S+", self.body[start:end]):
            if w.start() and fold(w.group()).startswith("لل"):
                return self._trim(start, start + w.start())[1]
        return end

    def _restore_initial(self, start: int) -> int:
        """"وقالت كروك", "وقال بروك": right after a speech verb a name takes no preposition, so
        a "ك" or "ب" the tagger split off as a proclitic is the name's first letter."""
        if start < 1 or self.body[start - 1] not in "بك" or \
                (start >= 2 and self.body[start - 2].isalnum()):
            return start
        k = bisect_left(self.starts, start - 1)
        if k < 1 or k >= len(self.tokens) or self.tokens[k].start != start - 1:
            return start
        prev = self.tokens[k - 1]
        lookup = speech_lookup()
        if lookup is None or prev.kind != "word" or lookup(prev) is None or \
                self.body[prev.end:start - 1].strip():
            return start
        return start - 1

    def _complete_name(self, end: int) -> int:
        """"عمر أبو" → "عمر أبو العيش": a person's name cannot end in a word that joins it to the
        next one ("أبو", "بن", "عبد"); the tagger's span takes in the word after it."""
        k = bisect_left(self.starts, end) - 1
        if k < 0 or k + 1 >= len(self.tokens) or self.tokens[k].end != end or \
                self.tokens[k].norm not in folded_words("entity_context.toml", "name_connectors", "words"):
            return end
        nxt = self.tokens[k + 1]
        if self.tokens[k].norm in ("بن", "بنت") and nxt.norm.startswith("ال"):
            return end  # "بن" before a definite word is no link of a name
        if nxt.kind != "word" or self.body[end:nxt.start].strip() or \
                fold(nxt.text) in folded_words("roles_grammar.toml", "titles", "stop") or \
                self.overlaps(nxt.start, nxt.end):
            return end
        return nxt.end

    def _add_unknown(self, start: int, end: int, typ: str) -> None:
        text = self.body[start:end]
        if typ != "PER" and start >= 1 and self.body[start - 1] == "ل" and text.startswith("ل") and \
                (start < 2 or not self.body[start - 2].isalnum()) and \
                fold("ا" + text.split()[0]) in _lam_heads():
            # "للنيابة الإدارية": ل + the article, whose alef is not written; the name keeps it
            # (not "للبنان", ل + a name starting with ل: only institution head nouns)
            text = "ا" + text
        key = "name:" + " ".join(site_key(fold(text).split()))  # "قاعدة العديد (الجوية)"
        cl = self.clusters.get(key)
        if cl is None and typ == "PER" and " " not in text.strip():
            # a lone surname joins the full name it ends, whether the KB knows that name or not
            word = key[5:]
            for other in self.clusters.values():
                if other.type == "PER" and not other.key.startswith("role:") and any(
                        m.kind == "name" and " " in m.text.strip() and fold(m.text).split()[-1] == word
                        for m in other.mentions):
                    cl = other
                    break
        if cl is None and typ == "PER" and " " not in text.strip() and len(key) >= 10:
            # a misspelt surname ("غوتيرش" beside "غوتيريش"): one letter off a name already found
            word = key[5:]
            for other in self.clusters.values():
                if other.type == "PER" and other.kb and any(
                        one_edit(word, w) for m in other.mentions if m.kind == "name"
                        for w in fold(m.text).split() if len(w) >= 5):
                    cl = other
                    break
        if cl is None:
            cl = self.clusters[key] = Cluster(key, typ, unknown_name(text, typ), text, None, "tagger")
        elif cl.kb is None and len(text) > len(cl.name_ar):
            cl.name_ar, cl.name = text, unknown_name(text, cl.type)
        self._mention(cl, start, end, "name")
