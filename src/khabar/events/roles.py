"""Argument roles the entity layer does not mark: nisba agents and first-person speakers.

- A nationality adjective on the subject names the agent: "واصلت مقاتلات حربية تركية هجومها" →
  Turkey, "الضربات الإسرائيلية" → Israel. The adjective is read with the KB's demonym index and
  mapped to the article's entity for that country (else to an organisation of that country, such as
  its government or army). An adjective on a target ("قصف مواقع عسكرية إيرانية") is no agent.
- Inside a quote, a trigger in the first person ("أعلنّا عن رفضنا"، "سوف نهاجمه") is the speaker's
  act; "نحن في مجلس المحافظة" names the speaker's organisation. In a direct quote a verb with no
  first-person reading ("قال: "قصفوا القرية"") is someone else's act, never the speaker's.
The cue words are data (resources/events.toml, [roles]).
"""
from __future__ import annotations

from functools import cache

from ..article import Article
from ..text import fold, strip_article
from ..text.tokenize import Token
from .actors import Ref
from .triggers import Lexicon, Match, _ends_in_taa_marbuta, analyses, word_in


@cache
def _demonyms() -> dict[str, str]:
    try:
        from ..entities.kb import load_kb
        return dict(load_kb().demonym_index)
    except Exception:  # noqa: BLE001 — without a KB there are no nisba agents, nothing else changes
        return {}


def _roles_list(lex: Lexicon, key: str) -> frozenset[str]:
    conf = lex.extra.setdefault("roles", {})
    if "_" + key not in conf:
        conf["_" + key] = frozenset(fold(w) for w in conf.get(key, []))
    return conf["_" + key]


def demonym_country(norm: str) -> str | None:
    """KB country id for a folded nisba adjective, with or without article and proclitic."""
    index = _demonyms()
    for w in (norm, norm[1:] if norm[:1] in "وفبل" else norm):
        w = strip_article(w)
        if w.startswith("ل") and w[1:2] == "ل":  # للقوات الأمريكية: the ل is on the noun, not here
            w = w[1:]
        if w in index:
            return index[w]
    return None


def country_entity(article: Article, country: str) -> str | None:
    """The article's entity for a KB country: the country itself, else an organisation of it."""
    for e in article.entities:
        if e.kb == country and e.mentions:
            return e.id
    try:
        from ..entities.kb import load_kb
        kb = load_kb()
    except Exception:  # noqa: BLE001
        return None
    for e in article.entities:
        ke = kb.get(e.kb) if e.kb else None
        if ke is not None and e.type == "ORG" and ke.country == country and e.mentions:
            return e.id
    return None


def nisba_agents(article: Article, words: list[Token], lo: int, hi: int, m: Match, refs: list[Ref],
                 lex: Lexicon) -> list[str]:
    """Entities for nisba adjectives in the agent zone of a trigger: words ``lo:hi`` (indices into the
    sentence's words) that are not inside a mention and do not follow a target word."""
    targets = _roles_list(lex, "target_before")
    not_agent = _roles_list(lex, "nisba_not_agent")
    out: list[str] = []
    for k in range(max(0, lo), min(hi, len(words))):
        if m.first <= k <= m.last:
            continue
        w = words[k]
        country = demonym_country(w.norm)
        if country is None:
            continue
        if any(r.start <= w.start < r.end for r in refs):
            continue  # part of a mention the entity layer already read (الحكومة التركية)
        if any(word_in(x.norm, targets) for x in words[max(0, k - 3):k]):
            continue
        if any(word_in(x.norm, not_agent) for x in words[max(0, k - 2):k]):
            continue  # the adjective of a place or a source: "بالعاصمة التونسية"، "مصدر أمني تونسي"
        if k + 1 < len(words) and any(r.start == words[k + 1].start and r.entity.type == "PER" for r in refs):
            continue  # a person's nationality, not the agent's: "يتزعمها المالي إياد آغ غالي"
        eid = country_entity(article, country)
        if eid and eid not in out:
            out.append(eid)
    return out


def first_person(words: list[Token], m: Match, lo: int) -> bool:
    """Whether the trigger is in the first person plural: نهاجم، أعلنّا، رفضنا، or "نحن" before it."""
    w = words[m.first].norm
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if w.startswith("س") and m.future_prefix:
        w = w[1:]
    if m.pos == "present" and w.startswith("ن"):
        return True
    if w.endswith("نا") and len(w) > 4:
        return True
    return any(x.norm in ("نحن", "ونحن", "انا", "وانا") for x in words[max(lo, m.first - 6):m.first])


def third_person_verb(words: list[Token], m: Match, lex: Lexicon, refs: list[Ref]) -> bool:
    """Whether a verb trigger has no first-person reading: a past form not ending in ت (قصف، استهدفوا)
    or a present one not starting with أ or ن (يقصف، تستهدف); an object suffix ([roles] object_suffixes)
    is taken off first ("قتلتهم"). The ambiguous past in ت (I struck / she struck) is third person when
    a named person or body follows it as its subject ("اعتقلتهم قوات الأمن"). A form that also reads as
    an event noun ("رفضها") or stands after a first-person word ("أردت دعم") is left undecided (False)."""
    if m.pos not in ("past", "present") or m.first != m.last:
        return False
    tok = words[m.first]
    if any(f.pos == "noun" for stem, _fut, _pre in analyses(tok.norm, _ends_in_taa_marbuta(tok.text))
           for f in lex.forms.get(stem, ())):
        return False  # also a noun ("رفضها" her rejection): no person to read
    for prev in (w.norm for w in words[max(0, m.first - 2):m.first]):
        if prev.endswith(("ني", "نا")) or (prev.endswith("ت") and not prev.endswith("ات")):
            return False  # "أردت دعم"، "لتمكني من دعم": a bare form after a first-person word is its object
    w = tok.norm
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if m.pos == "present":
        if w[:1] == "ل" and len(w) > 4:
            w = w[1:]  # "لنقصف"، "ليقصف"
        if w.startswith("س") and m.future_prefix:
            w = w[1:]
        return w[:1] in ("ي", "ت")
    for suffix in sorted(_roles_list(lex, "object_suffixes"), key=len, reverse=True):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    if w.endswith("نا"):
        return False
    if not w.endswith("ت"):
        return True
    nxt = words[m.last + 1] if m.last + 1 < len(words) else None
    return nxt is not None and any(r.start == nxt.start and r.entity.type in ("PER", "ORG") for r in refs)


def we_in(words: list[Token], m: Match, lo: int, refs: list[Ref]) -> str | None:
    """The organisation named in "نحن في X" before the trigger (the speaker's body)."""
    for k in range(max(lo, m.first - 8), m.first):
        if words[k].norm in ("نحن", "ونحن") and k + 2 < len(words) and words[k + 1].norm in ("في", "فى"):
            nxt = words[k + 2]
            for r in refs:
                if r.entity.type == "ORG" and r.start <= nxt.start < r.end:
                    return r.entity.id
    return None


def patient_after(words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> str | None:
    """The victim named right after a nominal trigger whose genitive is its patient ("اغتيال رئيس
    الوزراء رفيق الحريري"، "قتل الفلسطينيين في غزة"، "اعتقال الصحفي"): that entity is no actor. When a
    ل-phrase follows it ("اعتقال البحرين لنبيل رجب") the genitive is the agent and is kept; so is a
    force or state right after an attack noun when an object follows it ("استهداف الحوثيين المملكة")."""
    if m.pos != "noun" or m.last + 1 >= len(words) or not word_in(m.stem, _roles_list(lex, "patient_nouns")):
        return None
    ref = None
    for k in range(m.last + 1, min(m.last + 4, len(words))):  # a title may stand first: اغتيال الصحفي X
        w = words[k]
        ref = next((r for r in refs if r.start <= w.start < r.end), None)
        if ref is not None:
            break
        if w.norm in ("في", "على", "علي", "من", "عن", "مع") or (w.norm[:1] in "بل" and not w.norm.startswith("ال")):
            return None
    if ref is None:
        return None
    after = next((w for w in words[m.last + 1:] if w.start >= ref.end), None)
    if after is not None and after.norm[:1] == "ل" and not after.norm.startswith("ال"):
        return None
    direct = ref.start <= words[m.last + 1].start or (
        m.last + 2 < len(words) and ref.start <= words[m.last + 2].start
        and word_in(words[m.last + 1].norm, _roles_list(lex, "agent_heads")))
    # a person (or a title standing for one: "اغتيال زعيم كوريا الشمالية") is the victim; the agent
    # genitive is a force or a state ("استهداف الحوثيين المملكة")
    agent_types = set(lex.extra.get("roles", {}).get("agent_genitive_types", []))
    if after is not None and direct and ref.entity.type != "PER" and m.type in agent_types \
            and _object_follows(after, ref, refs, lex):
        return None  # "استهداف الحوثيين المملكة"، "استهداف ميليشيا الحوثي، سيارة": agent, then object
    return ref.entity.id


def _object_follows(w: Token, genitive: Ref, refs: list[Ref], lex: Lexicon) -> bool:
    """Whether the word after a verbal noun's genitive opens its object: another entity's name (the
    same entity's is an apposition: "رئيس الحزب فلان"), or a bare indefinite noun (no article, no
    proclitic preposition or conjunction, not a preposition or time word)."""
    named = [r for r in refs if r.start <= w.start < r.end]
    if named:
        return any(r.entity.id != genitive.entity.id for r in named)
    n = w.norm
    return n.isalpha() and not n.startswith("ال") and n[:1] not in "وبلفك" \
        and n not in _roles_list(lex, "genitive_object_stop")


def heads_of_states(article: Article, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> dict[str, str]:
    """Countries listed after a plural head noun right after a nominal trigger ("اجتماع رؤساء إيران
    وروسيا وتركيا"، "قمة قادة مصر والأردن"), each mapped to the article's person who held a head office
    of it ([roles] head_offices) at the publication date. Only people the article names are used; a
    country with no such person is left out of the map (it stays an actor itself)."""
    if m.pos not in ("noun", "phrase") or m.last + 2 >= len(words):
        return {}
    plural = _roles_list(lex, "heads_plural")
    k = next((i for i in range(m.last + 1, min(m.last + 3, len(words))) if word_in(words[i].norm, plural)), None)
    if k is None:
        return {}
    try:
        from ..entities.kb import load_kb
        kb = load_kb()
    except Exception:  # noqa: BLE001 — without a KB no office holder is known
        return {}
    offices = lex.extra.get("roles", {}).get("head_offices", [])
    date = (article.published or "")[:10] or None
    kb_of = {e.id: e.kb for e in article.entities}
    people = {e.kb: e.id for e in article.entities if e.type == "PER" and e.kb and e.mentions}
    out: dict[str, str] = {}
    pos = words[k].end
    for r in refs:
        if r.start < pos:
            continue
        gap = article.body[pos:r.start].strip(" ،,")
        if gap not in ("", "و"):
            break  # the list ends at the first word that is no conjunction
        pos = r.end
        country = kb_of.get(r.entity.id) if r.entity.type == "LOC" else None
        if not country:
            continue
        for office in offices:
            holder = next((p for p in kb.holders(office, country, date) if p in people), None)
            if holder:
                out[r.entity.id] = people[holder]
                break
    return out


def struck_parties(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities named as the target of an attack ([roles] target_types): after "على" or "ضد" within
    target_reach words of the trigger ("هجمات دامية على قوات الأمن"، "أطلقت امرأتان النار على مبنى
    القنصلية"، "ضربات جوية ضد مواقع الحزب"), with at most target_gap words between the preposition and
    the name and no comma. The struck are no party to the attack. "على يد" names the agent and is
    left alone."""
    conf = lex.extra.get("roles", {})
    if m.type not in set(conf.get("target_types", [])):
        return set()
    preps = _roles_list(lex, "target_preps")
    agent_nouns = _roles_list(lex, "agent_nouns")
    reach, gap_max = int(conf.get("target_reach", 3)), int(conf.get("target_gap", 2))
    out: set[str] = set()
    for k in range(m.last + 1, min(m.last + 1 + reach, len(words))):
        if "،" in body[words[k - 1].end:words[k].start] or "," in body[words[k - 1].end:words[k].start]:
            break
        if words[k].norm not in preps:
            continue
        if k + 1 < len(words) and word_in(words[k + 1].norm, agent_nouns):
            break  # "على يد مسلحين": by the hand of, the agent
        ref = next((r for r in sorted(refs, key=lambda r: r.start) if r.start >= words[k].end), None)
        if ref is None:
            break
        between = [w for w in words[k + 1:] if w.start < ref.start]
        if len(between) <= gap_max and not any(c in body[words[k].end:ref.start] for c in "،,.:"):
            out.add(ref.entity.id)
        break
    return out


def victims_before(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities named as casualties before a one-sided attack in its sentence: "قتل عنصران من الشرطة
    التركية … في هجوم"، "مقتل 9 من قوات الحرس الوطني في هجوم"، "مقتل 5 من القاعدة في غارة". A
    casualty word ([roles] casualty_words), at most two words, then partitive "من" and the name: the
    killed or wounded are no party to the attack. Clashes and battles ([roles] mutual_nouns) have
    casualties on both sides and are left alone."""
    conf = lex.extra.get("roles", {})
    if m.type not in set(conf.get("victim_types", [])) or word_in(words[m.first].norm, _roles_list(lex, "mutual_nouns")):
        return set()
    casualty = _roles_list(lex, "casualty_words")
    out: set[str] = set()
    for k in range(m.first - 1, -1, -1):
        if not word_in(words[k].norm, casualty):
            continue
        for j in range(k + 2, min(k + 4, m.first)):
            if words[j].norm not in ("من", "ومن"):
                continue
            ref = next((r for r in refs if words[j].end <= r.start and r.start < m.start), None)
            if ref is not None and not any(c in body[words[j].end:ref.start] for c in "،,.:") \
                    and len([w for w in words[j + 1:m.first] if w.start < ref.start]) <= 2:
                out.add(ref.entity.id)
            break
    return out


_SUFFER_REACH = 7  # words from a verb of suffering back from the attack noun ("تعرضت كينيا لسلسلة من هجمات")


def suffered_by(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities told to suffer an attack with a verb of undergoing ([roles] suffer_verbs): named between
    the verb and the attack noun ("وتعرضت كينيا لسلسلة من هجمات"), or right before the verb ("دوما
    تعرضت لهجوم كيمياوي"). The noun, or a word between ([roles] suffer_links: لسلسلة، من), carries the
    ل of the verb's complement; no comma may stand between. A place so named is where it happened; a
    person or body is struck, no party."""
    conf = lex.extra.get("roles", {})
    if m.type not in set(conf.get("target_types", [])) or m.pos not in ("noun", "phrase"):
        return set()
    verbs, links = _roles_list(lex, "suffer_verbs"), _roles_list(lex, "suffer_links")
    v = next((k for k in range(m.first - 1, max(-1, m.first - 1 - _SUFFER_REACH), -1)
              if words[k].norm in verbs or (words[k].norm[:1] in "وف" and words[k].norm[1:] in verbs)), None)
    if v is None or any(c in body[words[v].end:words[m.first].start] for c in "،,.:;"):
        return set()
    named = [r for r in refs if words[v].end <= r.start and r.end <= words[m.first].start]
    loose = [w for w in words[v + 1:m.first] if not any(r.start <= w.start < r.end for r in named)]
    if sum(w.norm not in links for w in loose) > (2 if named else 0):
        return set()  # a title may stand before the name ("تعرض الصحفي أحمد منصور لاعتداء")
    if not (words[m.first].norm.lstrip("و").startswith("ل") or any(w.norm.startswith("ل") for w in loose)):
        return set()
    if not named and v:
        named = [r for r in refs if r.end <= words[v].start and not body[r.end:words[v].start].strip()]
    return {r.entity.id for r in named}


def verb_targets(words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities an attack verb takes as its object when its subject is the attack itself: an attack noun
    right after the verb ("استهدف هجوم بالطائرات مركز التجارة العالمي"), earlier in the sentence before a
    relative pronoun right before it ("الهجوم … والذي استهدف فندقا في مرسى القنطاوي"), or the noun
    trigger itself with its relative clause ("الهجوم الذي استهدف القنصلية"). Those named in the next
    ``[roles] object_reach`` words after the verb are struck, no party."""
    conf = lex.extra.get("roles", {})
    if m.type not in set(conf.get("target_types", [])):
        return set()
    relatives = _roles_list(lex, "object_relatives")
    reach = int(conf.get("object_reach", 6))

    def objects(verb: int) -> set[str]:
        last = min(len(words) - 1, verb + reach)
        return {r.entity.id for r in refs if words[verb].end <= r.start < words[last].end}

    if m.pos in ("noun", "phrase"):
        for k in range(m.last + 1, min(m.last + 3, len(words) - 1)):
            if words[k].norm in relatives:
                verb = any(f.entry.type == m.type and f.pos in ("past", "present")
                           for f in lex.forms.get(words[k + 1].norm, ()))
                return objects(k + 1) if verb else set()
        return set()

    def attack_noun(k: int) -> bool:
        # the noun may have been merged into the verb's match: read the word itself
        return 0 <= k < len(words) and any(f.entry.type == m.type and f.pos == "noun" for f in
                                           lex.forms.get(strip_article(words[k].norm), ()))

    subject_after = attack_noun(m.last + 1)
    subject_before = m.first > 0 and words[m.first - 1].norm in relatives and \
        any(attack_noun(k) for k in range(max(0, m.first - 13), m.first - 1))
    return objects(m.last) if subject_after or subject_before else set()


def captured(body: str, words: list[Token], m: Match, refs: list[Ref], lex: Lexicon) -> set[str]:
    """Entities named after the "على" of a capture phrase ("ألقت الشرطة القبض على X"، "تم القبض على X
    وابنته Y"، "القبض على ناشطات بينهن X"): the captured are no party to the arrest, whatever the
    sentence says before. A comma ends the list unless a name or a list word ([roles]
    capture_list_words) follows; an agent phrase ("من قبل"، "على يد") or a cause ("بتهمة"، "بعد")
    ends it too."""
    conf = lex.extra.get("roles", {})
    caps, preps = _roles_list(lex, "capture_words"), _roles_list(lex, "capture_preps")
    if not any(word_in(words[k].norm, caps) for k in range(m.first, m.last + 1)):
        return set()
    k = next((i for i in range(m.first + 1, min(m.last + 2, len(words))) if words[i].norm in preps), None)
    if k is None:
        return set()
    listing, stop = _roles_list(lex, "capture_list_words"), _roles_list(lex, "capture_stop")
    reach = int(conf.get("capture_reach", 12))
    hi = words[k].end
    for j in range(k + 1, min(k + 1 + reach, len(words))):
        gap = body[words[j - 1].end:words[j].start]
        if any(c in gap for c in ".:;؛!?؟\n"):
            break
        if words[j].norm in stop or (words[j].norm in preps and j + 1 < len(words) and words[j + 1].norm == "يد"):
            break
        if "،" in gap or "," in gap:
            named = any(r.start <= words[j].start < r.end for r in refs)
            if not named and words[j].norm not in listing:
                break
        hi = words[j].end
    return {r.entity.id for r in refs if words[k].end <= r.start and r.end <= hi}


def sentenced(words: list[Token], m: Match, lex: Lexicon) -> tuple[int, bool] | None:
    """Where a court's sentence names the sentenced ("قضت محكمة مصرية بسجن الناشط X"، "حكمت المحكمة على X
    بالسجن"، "أصدرت حكما بالإعدام بحق Z"): the body offset of the first word after the trigger that is a
    penalty or a preposition of whom it falls on ([roles] sentence_markers), and whether no party can
    be read at all (a verb with "على" and a pronoun right after it, "الذي حكم عليه بالسجن", or a noun with
    no verb of issuing just before it, "صدر ضدهم حكم بالسجن"). A trigger is a sentence when its entry needs
    a penalty word after it ([roles] sentence_penalties among its next_any). None for other triggers."""
    if m.type != "COERCE" or not set(m.entry.next_any) & _roles_list(lex, "sentence_penalties"):
        return None
    markers = _roles_list(lex, "sentence_markers")
    if m.pos in ("past", "present"):
        agentless = m.last + 1 < len(words) and words[m.last + 1].norm in _roles_list(lex, "sentence_objects")
    else:
        issue = _roles_list(lex, "sentence_issue")
        agentless = not any(w.norm in issue for w in words[max(0, m.first - 6):m.first])
    for w in words[m.last + 1:]:
        if word_in(w.norm, markers) or any(w.norm.startswith(p[:-1]) for p in markers if p.endswith("*")):
            return w.start, agentless
    return m.end, agentless
