"""The knowledge base: people, organisations and places with their Arabic aliases.

The KB is a set of TSV files under ``resources/kb/`` (one entity per line, a header row naming the
columns), plus a role lexicon (``roles.tsv``). Generated files (countries, cities, ministries) come
from ``scripts/build_kb.py``; people and organisations are written by hand. Every entity file shares
one column vocabulary, and a file may leave out columns it does not use:

    id  type  subtype  name_en  name_ar  aliases  weak  country  offices  demonyms  capital  tags  priority

``aliases``, ``weak``, ``demonyms`` and ``tags`` are ``|``-separated. ``weak`` lists aliases that are
risky as standalone names (common words, names shared with a more frequent sense); they are aliases
too. ``offices`` is ``;``-separated ``role@holder=start..end`` items where ``holder`` is the KB id of
the country or organisation, and either date may be empty (``president@loc:RU=2012-05-07..``).

Everything is indexed by ``norm_key`` (``khabar.text.fold`` then split into word tokens), the same
view the matcher has of the article, so lookups are plain dict hits. Loading happens once per
process (``load_kb`` is cached).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..text.normalize import fold

KB_DIR = Path(__file__).resolve().parent.parent / "resources" / "kb"

# Entity files, loaded in this order; later files may not redefine an id (a clear error instead).
ENTITY_FILES = ("countries.tsv", "orgs.tsv", "people.tsv", "regions.tsv", "cities.tsv",
                "ministries.tsv")
ROLE_FILE = "roles.tsv"
SURNAME_ALONE_PRIORITY = 60  # people below this priority need support for a one-word alias
COMMON_FILE = "common_aliases.txt"  # everyday words that are also short names: always weak

_WORD = re.compile(r"[^\W_]+")
# Office dates: YYYY, YYYY-MM or YYYY-MM-DD (a partial date covers its whole year or month).
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm_key(text: str) -> tuple[str, ...]:
    """Index key of a surface form: folded (hamza/yaa/taa marbuta/diacritics), word tokens only.

    Punctuation and spaces only separate tokens (``أ.ف.ب`` → ``("ا", "ف", "ب")``), so the matcher
    must compare against word tokens and skip punctuation tokens the same way. Latin words are
    lower-cased ("CNN" = "cnn"), as the matcher does with the text's Latin words.
    """
    return tuple(w.lower() if w.isascii() else w for w in _WORD.findall(fold(text)))


@cache
def _spelling_rules() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    from ..resources import load_toml
    rules = load_toml("entity_context.toml").get("name_spelling", {})
    joined = frozenset(fold(w) for w in rules.get("joined", ()))
    cases = {fold(k): tuple(fold(v) for v in vs) for k, vs in rules.get("case_forms", {}).items()}
    return joined, cases


def spelling_variants(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Other spellings of a name key (entity_context.toml [name_spelling]): "عبد الرحمن" ↔
    "عبدالرحمن", and a kunya's case forms "أبو بكر" → "أبي بكر", "أبا بكر". Up to two words of a
    key may change ("عبداللطيف بن عبدالملك" → "عبد اللطيف بن عبد الملك")."""
    joined, cases = _spelling_rules()

    def once(k: tuple[str, ...]) -> set[tuple[str, ...]]:
        out = set()
        for i, w in enumerate(k):
            if i + 1 < len(k):
                if w in joined:
                    out.add(k[:i] + (w + k[i + 1],) + k[i + 2:])
                for form in cases.get(w, ()):
                    out.add(k[:i] + (form,) + k[i + 1:])
            for j in joined:
                rest = w[len(j):]
                if w.startswith(j) and rest.startswith("ال") and len(rest) >= 4:
                    out.add(k[:i] + (j, rest) + k[i + 1:])
        return out
    first = once(key)
    out = first.union(*(once(k) for k in first)) if first else set()
    out.discard(key)
    return out


def _date_bound(value: str | None, upper: bool) -> str | None:
    """A partial bound widened to its whole year/month: start → YYYY-01-01, end → YYYY-12-31.

    "-31" as the upper day of any month is fine: bounds are compared as strings.
    """
    if not value:
        return None
    if len(value) == 4:
        return value + ("-12-31" if upper else "-01-01")
    if len(value) == 7:
        return value + ("-31" if upper else "-01")
    return value


@dataclass(frozen=True, slots=True)
class Office:
    role: str                 # role key, e.g. "president", "foreign_minister"
    country: str | None       # KB id of the country or organisation the office belongs to
    start: str | None         # "YYYY" or "YYYY-MM-DD"; None = unknown
    end: str | None           # None = still in office / unknown

    def active(self, date: str | None) -> bool:
        """True when ``date`` (YYYY-MM-DD, YYYY-MM or YYYY) falls in [start, end]; ``None`` → True.

        A year-only bound covers the whole year, so an office ending "2008" and the next one
        starting "2008" both count as active during 2008; give full dates where that matters.
        An office with neither date is taken as current (unknown dates) only when date is None.
        """
        if date is None:
            return True
        date = date.strip()[:10]
        if not _DATE.match(date):
            return True  # an unparsable date must not hide an office
        # A partial query date (year or month) is active on any overlap.
        lo, hi = _date_bound(date, upper=False), _date_bound(date, upper=True)
        start = _date_bound(self.start, upper=False)
        end = _date_bound(self.end, upper=True)
        if start is None and end is None:
            return False
        if start is not None and hi < start:
            return False
        if end is not None and lo > end:
            return False
        return True


@dataclass(frozen=True, slots=True)
class KBEntity:
    id: str                   # stable id, e.g. "per:vladimir_putin", "loc:RU", "org:white_house"
    type: str                 # PER | ORG | LOC
    subtype: str              # country | territory | city | region | person | ministry | ...
    name_en: str
    name_ar: str
    aliases: tuple[str, ...]  # Arabic surface forms as written (name_ar included)
    country: str | None       # KB id of associated country
    offices: tuple[Office, ...] = ()
    demonyms: tuple[str, ...] = ()   # for countries: adjective stems without ال
    weak_aliases: tuple[str, ...] = ()
    priority: int = 0
    capital: str | None = None       # for a country: KB id of its capital city
    tags: tuple[str, ...] = ()       # free flags, e.g. "capital" on a capital city


@dataclass(slots=True)
class KB:
    entities: dict[str, KBEntity] = field(default_factory=dict)
    alias_index: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    weak: set[tuple[str, ...]] = field(default_factory=set)
    demonym_index: dict[str, str] = field(default_factory=dict)
    role_index: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    # role nominal key → KB id of the body the office belongs to when the nominal names it itself
    # ("المفوض السامي لحقوق الإنسان" is always the UN's); roles.tsv's optional ``holder`` column
    role_holder: dict[tuple[str, ...], str] = field(default_factory=dict)
    # (role, holder id) → person ids holding that office at some time, most recent start first
    _office_index: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def get(self, id: str) -> KBEntity | None:
        return self.entities.get(id)

    def lookup(self, text: str) -> tuple[str, ...]:
        """Entity ids for a surface form (no proclitics), best first."""
        return self.alias_index.get(norm_key(text), ())

    def holders(self, role: str, country: str, date: str | None) -> list[str]:
        """Person ids holding ``role`` of ``country`` (a KB id) at ``date``, most recent first.

        With ``date`` None every holder with a still-open office comes first, then the others.
        When no one holds ``role`` there, the holders of the office the press names with the same
        word ("أمير منطقة مكة" is its governor, "رئيس الموساد" its intelligence chief:
        roles_grammar.toml [holder_equivalents]).
        """
        out = self._holders(role, country, date)
        for alt in () if out else _holder_equivalents().get(role, ()):
            out = self._holders(alt, country, date)
            if out:
                break
        return out

    def _holders(self, role: str, country: str, date: str | None) -> list[str]:
        out: list[str] = []
        for pid in self._office_index.get((role, country), ()):
            ent = self.entities[pid]
            for off in ent.offices:
                if off.role != role or off.country != country:
                    continue
                if date is None:
                    if off.end is None and off.start is not None:
                        out.append(pid)
                        break
                elif off.active(date):
                    out.append(pid)
                    break
        return out

    def stats(self) -> dict[str, int]:
        """Counts used by the benchmark and tests."""
        counts: dict[str, int] = {"entities": len(self.entities), "alias_keys": len(self.alias_index)}
        for ent in self.entities.values():
            counts[ent.type] = counts.get(ent.type, 0) + 1
            counts["aliases"] = counts.get("aliases", 0) + len(ent.aliases)
            counts["aliases_" + ent.type] = counts.get("aliases_" + ent.type, 0) + len(ent.aliases)
        return counts


@cache
def _holder_equivalents() -> dict[str, tuple[str, ...]]:
    from ..resources import load_toml
    table = load_toml("roles_grammar.toml").get("holder_equivalents", {})
    return {k: tuple(v) for k, v in table.items() if isinstance(v, list)}


class KBFormatError(ValueError):
    """A KB data file does not follow the format (raised with file and line)."""


def _split(value: str | None, sep: str = "|") -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip() for p in value.split(sep) if p.strip())


def parse_offices(value: str | None) -> tuple[Office, ...]:
    """``role@holder=start..end;...`` → Offices (dates may be empty; ``=...`` may be left out)."""
    out = []
    for item in _split(value, ";"):
        head, _, dates = item.partition("=")
        role, _, holder = head.partition("@")
        start, _, end = dates.partition("..")
        start, end = start.strip() or None, end.strip() or None
        for d in (start, end):
            if d is not None and not _DATE.match(d):
                raise KBFormatError(f"bad office date {d!r} in {item!r}")
        out.append(Office(role.strip(), holder.strip() or None, start, end))
    return tuple(out)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with a header row; ``#`` lines are comments; no quoting (faster than csv)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n")
             if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].rstrip("\r").split("\t")
    return [dict(zip(header, ln.rstrip("\r").split("\t"))) for ln in lines[1:]]


_TYPE_BY_PREFIX = {"per": "PER", "org": "ORG", "loc": "LOC"}


def _entity(row: dict[str, str]) -> KBEntity:
    name_ar = (row.get("name_ar") or "").strip()
    weak = _split(row.get("weak"))
    aliases = list(dict.fromkeys((name_ar,) + _split(row.get("aliases")) + weak))
    if "" in aliases:
        aliases.remove("")
    prio = (row.get("priority") or "").strip()
    eid = row["id"].strip()
    # people.tsv leaves type/subtype out: the id prefix says it (per: → PER person).
    etype = (row.get("type") or "").strip() or _TYPE_BY_PREFIX.get(eid.split(":", 1)[0], "")
    subtype = (row.get("subtype") or "").strip() or ("person" if etype == "PER" else "")
    return KBEntity(
        id=eid,
        type=etype,
        subtype=subtype,
        name_en=(row.get("name_en") or "").strip(),
        name_ar=name_ar,
        aliases=tuple(aliases),
        country=(row.get("country") or "").strip() or None,
        offices=parse_offices(row.get("offices")),
        demonyms=_split(row.get("demonyms")),
        weak_aliases=weak,
        priority=int(prio) if prio else 0,
        capital=(row.get("capital") or "").strip() or None,
        tags=_split(row.get("tags")),
    )


# Inflections of a nisba adjective stem, generated so the matcher sees every number and gender.
_NISBA_MASC_SUFFIXES = ("", "ان", "ين", "ون")          # روسي, روسيان, روسيين, روسيون
_NISBA_FEM_SUFFIXES = ("", "تان", "تين")               # روسيه (folded), روسيتان, روسيتين


def demonym_forms(stem: str) -> list[str]:
    """Folded forms of a demonym adjective without ال: gender, dual and sound plurals.

    ``روسي`` → روسي, روسيان, روسيين, روسيون; ``روسية`` → روسيه, روسيتان, روسيتين, روسيات.
    Irregular plurals (روس, أتراك) are listed in the data as demonyms of their own.
    """
    f = fold(stem).strip()
    if not f:
        return []
    if f.endswith("يه"):
        base = f[:-1]
        return [f] + [base + s for s in _NISBA_FEM_SUFFIXES[1:]] + [base + "ات"]
    if f.endswith("ي"):
        return [f + s for s in _NISBA_MASC_SUFFIXES]
    return [f]


def _load_roles(kb: KB, path: Path) -> None:
    for i, row in enumerate(_read_tsv(path), start=2):
        key = norm_key(row.get("nominal", ""))
        role = (row.get("role") or "").strip()
        number = (row.get("number") or "sg").strip()
        if not key or not role or number not in ("sg", "du", "pl"):
            raise KBFormatError(f"{path.name}:{i}: bad role row {row!r}")
        kb.role_index.setdefault(key, (role, number))
        holder = (row.get("holder") or "").strip()
        if holder:
            kb.role_holder.setdefault(key, holder)


def build_kb(directory: Path = KB_DIR) -> KB:
    """Read every KB file in ``directory`` into a fresh KB (``load_kb`` caches the default)."""
    kb = KB()
    for name in ENTITY_FILES:
        p = directory / name
        if not p.exists():
            continue
        for i, row in enumerate(_read_tsv(p), start=2):
            if not (row.get("id") or "").strip():
                continue
            try:
                ent = _entity(row)
            except (KBFormatError, ValueError) as e:
                raise KBFormatError(f"{name}:{i}: {e}") from None
            if ent.id in kb.entities:
                raise KBFormatError(f"{name}:{i}: duplicate id {ent.id}")
            kb.entities[ent.id] = ent

    index: dict[tuple[str, ...], list[str]] = {}
    weak_votes: dict[tuple[str, ...], list[bool]] = {}
    offices: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for ent in kb.entities.values():
        weak_keys = {norm_key(a) for a in ent.weak_aliases}
        for alias in ent.aliases:
            key = norm_key(alias)
            if not key:
                continue
            ids = index.setdefault(key, [])
            if ent.id not in ids:
                ids.append(ent.id)
                weak_votes.setdefault(key, []).append(key in weak_keys)
        for stem in ent.demonyms:
            for form in demonym_forms(stem):
                kb.demonym_index.setdefault(form, ent.id)
        for off in ent.offices:
            if off.country:
                offices.setdefault((off.role, off.country), []).append((off.start or "", ent.id))

    # Other spellings of an alias ("عبدالله" for "عبد الله") name the same entities, unless the
    # KB lists that spelling for someone itself.
    extra: dict[tuple[str, ...], list[str]] = {}
    for key, ids in index.items():
        for var in spelling_variants(key):
            if var in index:
                continue
            have = extra.setdefault(var, [])
            for eid, vote in zip(ids, weak_votes[key]):
                if eid not in have:
                    have.append(eid)
                    weak_votes.setdefault(var, []).append(vote)
    index.update(extra)

    prio = {eid: e.priority for eid, e in kb.entities.items()}
    kb.alias_index = {k: tuple(sorted(v, key=lambda x: -prio[x])) for k, v in index.items()}
    # An alias key is weak when every entity that has it marks it weak: a strong reading anywhere
    # (e.g. "عمان" as Oman in a country list would still be weak if marked there) wins.
    kb.weak = {k for k, votes in weak_votes.items() if all(votes)}
    # A lesser-known person's surname alone ("غراندي") is as likely someone else of that name: it
    # counts only with support (the full name, an office, or the tagger naming that very word).
    for ent in kb.entities.values():
        if ent.type == "PER" and ent.priority < SURNAME_ALONE_PRIORITY:
            for alias in ent.aliases:
                key = norm_key(alias)
                if len(key) == 1 and all(kb.entities[i].type != "PER" or
                                         kb.entities[i].priority < SURNAME_ALONE_PRIORITY
                                         for i in kb.alias_index.get(key, ())):
                    kb.weak.add(key)
    common = directory / COMMON_FILE
    if common.exists():
        for line in common.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key = norm_key(line)
                if key in kb.alias_index:
                    kb.weak.add(key)
    for key, items in offices.items():
        items.sort(key=lambda t: t[0], reverse=True)
        kb._office_index[key] = tuple(dict.fromkeys(pid for _, pid in items))

    roles = directory / ROLE_FILE
    if roles.exists():
        _load_roles(kb, roles)
    return kb


@cache
def load_kb() -> KB:
    """The packaged KB, built once per process."""
    return build_kb()
