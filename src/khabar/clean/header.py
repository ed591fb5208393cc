"""The head of a news text: headline, byline (author or agency credit) and dateline.

Shapes, not outlets: a headline is a short first line without a final period, set off by a blank
line or followed by a byline; a byline is a short line naming an agency ("وكالات", "أ ف ب") or
opened by a cue ("كتب:", "بقلم"), or a short "name – outlet" / "outlet – city" credit; a dateline
is the "place (AGENCY) —" prefix of the first paragraph.
"""
from __future__ import annotations

import re

from .rules import RuleSet, bare, compact, line_key

_SEGMENT_SPLIT = re.compile(r"\s*(?:[/|،,:()\-–—ـ]+|\s-\s)\s*")
_DASH_SPLIT = re.compile(r"\s*[-–—]+\s*")
_SENTENCE_END = re.compile(r"[.!?؟。]\s*[\"'”»)]*$")
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z .&-]{0,14}$")
# Words that open a clause, so a "segment" starting with them is prose, not a name or place.
_CLAUSE_START = ("في ", "من ", "على ", "الى ", "إلى ", "عن ", "مع ", "قال", "وقال", "أن ", "ان ", "إن ", "كما ")


def _words(text: str) -> list[str]:
    return text.split()


def same_title(line: str, title: str) -> bool:
    """Whether ``line`` repeats the headline ``title`` (spelling, punctuation and spacing aside)."""
    if len(line) > 2 * len(title) + 20 or len(title) > 2 * len(line) + 20:
        return False  # cheap guard: most first lines are long story paragraphs
    a, b = compact(line), compact(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) >= 0.8 * len(long_):
        return True
    ta, tb = bare(line_key(line)).split(), bare(line_key(title)).split()
    common = len(set(ta) & set(tb))
    if not common:
        return False
    p, r = common / len(set(ta)), common / len(set(tb))
    return 2 * p * r / (p + r) >= 0.9


def looks_like_title(line: str, rules: RuleSet) -> bool:
    if len(line) > rules.setting("title_max_chars", 220) or len(_words(line)) > rules.setting("title_max_words", 35):
        return False
    if not _ARABIC.search(line):
        return False
    stripped = line.rstrip()
    # One final period (or a comma/colon) marks a sentence; "..", "…", "!" and "؟" are headline style.
    if stripped.endswith((".", "،", ",", ":", "؛")) and not stripped.endswith(("..", "…")):
        return False
    return True


def is_agency(text: str, rules: RuleSet) -> bool:
    key = compact(text)
    return bool(key) and key in rules.agencies


def _segments(line: str) -> list[str]:
    return [s for s in _SEGMENT_SPLIT.split(line) if s.strip()]


def byline_kind(line: str, rules: RuleSet, story_follows: bool) -> str | None:
    """``"agency"``, ``"cue"`` or ``"credit"`` when ``line`` is a byline, else None.

    ``story_follows``: the next line is a long paragraph, which a bare "name – outlet" credit
    needs as evidence (a short line with a dash could otherwise be a subheading).
    """
    line = line.strip()
    words = _words(line)
    if not words or len(line) > rules.setting("byline_max_chars", 70) \
            or len(words) > rules.setting("byline_max_words", 8):
        return None
    if _SENTENCE_END.search(line) and not line.endswith(".."):
        # "وكالات." is still a credit; a sentence is not.
        if len(words) > 2:
            return None
    if is_agency(line, rules) or any(is_agency(s, rules) for s in _segments(line)):
        return "agency"
    key = line_key(line)
    for cue in rules.byline_cues:
        if key.startswith(cue) and len(key) > len(cue):
            rest = key[len(cue):]
            if rest[0] in " :/-" or rest.startswith(("ه ", "ها ")):
                return "cue"
    parts = [p for p in _DASH_SPLIT.split(line) if p]
    if story_follows and 2 <= len(parts) <= 3 and len(words) <= 7 \
            and all(1 <= len(p.split()) <= 3 for p in parts) \
            and not any(ch.isdigit() for ch in line) and not _SENTENCE_END.search(line) \
            and not any(p.startswith(_CLAUSE_START) for p in parts):
        return "credit"
    return None


def dateline_line(line: str, rules: RuleSet) -> tuple[str, str | None] | None:
    """A whole line that is a dateline: place, a date with a year, and an agency at its end.

    ``"الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"`` → (the line, "واس").
    A line "place – AGENCY" ("واشنطن - رويترز") is one too.
    """
    line = line.strip()
    words = _words(line)
    if not words or len(words) > rules.dateline_line_max_words or _SENTENCE_END.search(line):
        return None
    if rules.year.search(line):
        for n in (3, 2, 1):
            tail = " ".join(words[-n:])
            if len(words) > n and is_agency(tail, rules):
                return line, tail
        # "... م واس" glued as "مواس"
        last = words[-1]
        if len(last) > 2 and last[0] == "م" and is_agency(last[1:], rules):
            return line, last[1:]
        return None
    parts = [p for p in _DASH_SPLIT.split(line) if p]
    if len(parts) == 2 and len(parts[0].split()) <= 3 and is_agency(parts[1], rules) \
            and not is_agency(parts[0], rules) \
            and (compact(parts[1]) not in rules.desk_credits or _is_place(parts[0])):
        return line, parts[1].strip()
    # "دبي، الإمارات العربية المتحدة (CNN) --" standing on its own line
    found = split_dateline(line, rules, min_rest=0)
    if found and not line[found[0]:].strip():
        return found[1], found[2]
    return None


def split_dateline(paragraph: str, rules: RuleSet, min_rest: int = 20) -> tuple[int, str, str | None] | None:
    """The dateline prefix of the first paragraph: (characters to cut, dateline, credit or None).

    The credit (an agency, or "name – outlet") becomes the byline when the text has none.

    The cut is an index into ``paragraph`` (original text), so the rest stays byte-identical.
    """
    for i, pattern in enumerate(rules.dateline_patterns):
        m = pattern.match(paragraph)
        if not m:
            continue
        rest = paragraph[m.end():]
        if len(rest.strip()) < min_rest:
            continue
        place = (m.groupdict().get("place") or "").strip(" ،,-–—")
        agency = (m.groupdict().get("agency") or "").strip()
        if place and len(place.split()) > rules.place_max_words:
            continue
        if place and place.startswith(_CLAUSE_START):
            continue
        if i == 0:
            # "(CNN)—", "(د ب أ) -": a known agency, or a short all-Latin credit in parentheses.
            if not (is_agency(agency, rules) or _LATIN_WORD.match(agency)):
                continue
        elif not is_agency(agency, rules):
            continue
        return m.end(), paragraph[:m.end()].strip().rstrip(":").rstrip(), agency or None
    return _credit_prefix(paragraph, rules) if min_rest else None


_CREDIT_PREFIX = re.compile(r"^([^\W\d_][^\n:؛.،,\"«»“”()]{1,70}?)\s*:\s+")


def _credit_prefix(paragraph: str, rules: RuleSet) -> tuple[int, str, str | None] | None:
    """ "name- outlet- place: story": a dash-separated credit before a colon (wire and Gulf style)."""
    m = _CREDIT_PREFIX.match(paragraph)
    if not m or len(paragraph) - m.end() < 60:
        return None
    parts = [p.strip() for p in _DASH_SPLIT.split(m.group(1)) if p.strip()]
    if not 2 <= len(parts) <= 3 or not all(1 <= len(p.split()) <= 3 for p in parts):
        return None
    if any(p.startswith(_CLAUSE_START) for p in parts):
        return None
    # Without a known agency, demand the full "name – outlet – place" shape.
    if len(parts) == 2 and not any(is_agency(p, rules) for p in parts):
        if len(parts[0].split()) < 2 or len(parts[1].split()) != 1:
            return None
    prefix = m.group(1).strip()
    credit = prefix
    agency = next((p for p in parts if is_agency(p, rules)), None)
    if agency:
        credit = agency
    elif len(parts) == 3:  # "name – outlet – place": the credit is the name and outlet
        credit = prefix[:prefix.rfind(parts[2])].rstrip(" -–—")
    return m.end(), prefix, credit


_NAV_WORDS = re.compile(r"^(?:(?:next|previous|prev|home|menu)\s+)+", re.I)


def _is_place(text: str) -> bool:
    """What the knowledge base knows as a place (a city, a country or a region)."""
    from ..entities.kb import load_kb, norm_key
    kb = load_kb()
    ids = kb.alias_index.get(norm_key(text), ())
    return bool(ids) and kb.get(ids[0]).type == "LOC"


def split_place(credit: str, rules: RuleSet | None = None) -> tuple[str, str | None]:
    """"عين اليوم – واشنطن" → ("عين اليوم", "واشنطن"): the place a credit line ends with is the
    dateline; "عين اليوم – متابعات" → ("عين اليوم", None): a desk credit after the outlet drops."""
    parts = [p for p in _DASH_SPLIT.split(credit) if p.strip()]
    if len(parts) < 2:
        return credit, None
    dash = credit.rfind(parts[-1])
    # "بنغازي (ليبيا)": a place followed by its country in brackets is a place too, whichever of
    # the two the knowledge base knows ("لاريونيون (فرنسا)").
    bracket = re.fullmatch(r"\s*([^()]{2,30}?)\s*\(([^()]{2,30})\)\s*", parts[-1])
    if _is_place(parts[-1]) or bracket and (_is_place(bracket[1]) or _is_place(bracket[2])):
        return _DASH_SPLIT.sub(" – ", credit[:dash]).strip(" –-—"), parts[-1].strip()
    if rules is not None and compact(parts[-1]) in rules.desk_credits and not is_agency(parts[0], rules):
        return _DASH_SPLIT.sub(" – ", credit[:dash]).strip(" –-—"), None
    return credit, None


def tidy_credit(text: str) -> str:
    """A byline as shown: without leftover navigation words or edge punctuation ("-أ ف ب-" → "أ ف ب")."""
    return _NAV_WORDS.sub("", text.strip()).strip(" \t.-–—:/|*،,")
