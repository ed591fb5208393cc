"""Teasers of other stories appended after the article ("related" leads without a marker).

Some sites (CNN Arabic among them) append the opening sentences of other stories after the
article, with no "اقرأ أيضا" marker. Each looks like a self-contained news lead: a bare perfective
verb with its subject ("أعلنت الوزارة، الأحد، ..."), one sentence, short. A story's own later
paragraphs rarely look like that: they open with a connective ("وقال", "من جانبه", "يذكر أن").

The mechanism is conservative: only a trailing run of lead-shaped paragraphs is considered, it must
contain at least ``min_strong`` paragraphs with independent evidence of being another story (a
weekday set off by commas right after the subject, a fresh dateline, no content word in common
with the title and lead paragraph, or an excerpt cut off mid-sentence at the site's teaser length),
and the story keeps its first ``min_story_left`` paragraphs whatever happens. Settings and
lexicons: ``[teaser]`` in ``resources/boilerplate.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml
from ..text.normalize import clitic_readings, fold, strip_article
from . import header
from .rules import RESOURCE, RuleSet

REASON = "teaser"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\ufeff\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
_WORD = re.compile(r"[^\W_]+")
# A sentence break inside the paragraph: a full stop (not "..") then a space and a word ("2.5" has no
# space). An initial ("أ. ف. ب") also counts: the paragraph is then kept, the safe side.
_INNER_STOP = re.compile(r"(?<!\.)[.!?؟](?!\.)\s+[\"'«“(]*[^\W\d_]")


@dataclass(frozen=True, slots=True)
class TeaserRules:
    min_run: int
    min_strong: int
    min_story_left: int
    min_chars: int
    max_chars: int
    weekday_within: int
    verbs: frozenset[str]
    weekdays: frozenset[str]
    stopwords: frozenset[str]
    story_openers: frozenset[str]
    cut_min_chars: int
    max_bridge: int
    almanac: re.Pattern | None
    continuation: frozenset[str] = frozenset()
    fronted_openers: frozenset[str] = frozenset()
    fronted_min_words: int = 4
    fronted_max_chars: int = 90


@cache
def load_teaser_rules(resource: str = RESOURCE) -> TeaserRules:
    data = load_toml(resource).get("teaser", {})
    verbs = set()
    for v in data.get("lead_verbs", ()):
        v = fold(v)
        verbs.update((v, v + "ت"))
    verbs.update(fold(v) for v in data.get("lead_verbs_extra", ()))
    return TeaserRules(
        min_run=int(data.get("min_run", 2)), min_strong=int(data.get("min_strong", 2)),
        min_story_left=int(data.get("min_story_left", 2)),
        min_chars=int(data.get("min_chars", 40)), max_chars=int(data.get("max_chars", 450)),
        weekday_within=int(data.get("weekday_within_words", 20)),
        verbs=frozenset(verbs), weekdays=frozenset(fold(w) for w in data.get("weekdays", ())),
        stopwords=frozenset(fold(w) for w in data.get("stopwords", ())),
        story_openers=frozenset(fold(w) for w in data.get("story_openers", ())),
        cut_min_chars=int(data.get("cut_min_chars", 200)), max_bridge=int(data.get("max_bridge", 1)),
        almanac=re.compile(data["almanac_opener"]) if data.get("almanac_opener") else None,
        continuation=frozenset(fold(w) for w in data.get("continuation_words", ())),
        fronted_openers=frozenset(fold(w) for w in data.get("fronted_openers", ())),
        fronted_min_words=int(data.get("fronted_min_words", 4)),
        fronted_max_chars=int(data.get("fronted_max_chars", 90)),
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text.strip(_INVISIBLE + " ")))


def opens_with_lead_verb(paragraph: str, tr: TeaserRules) -> bool:
    """The first word is a bare perfective lead verb (no و/ف connective before it)."""
    words = _words(paragraph[:40])
    return bool(words) and words[0] in tr.verbs


_TIME_OF_DAY = ("اليوم", "يوم", "مساء", "صباح", "فجر", "ظهر", "ليله", "ليل")
_RELATIVE = ("الماضي", "الماضيه", "المقبل", "المقبله")


def weekday_after_subject(paragraph: str, tr: TeaserRules) -> bool:
    """A weekday set off by commas early in the paragraph: "أعلن الجيش، الأحد، ...",
    "أعلنت مصر، مساء السبت، ...", "... اليوم الخميس، ..." — the lead's "when" slot after its subject."""
    raw = [fold(t).strip("\"'«»“”()") for t in paragraph.split()[: tr.weekday_within]]
    for i, word in enumerate(raw):
        if word.rstrip(",") not in tr.weekdays:
            continue
        end = word
        if not end.endswith(",") and i + 1 < len(raw) and raw[i + 1].rstrip(",") in _RELATIVE:
            end = raw[i + 1]
        if not end.endswith(","):
            continue
        j = i - 1
        if j >= 0 and raw[j] in _TIME_OF_DAY:
            if raw[j] in ("اليوم", "يوم"):
                return True
            j -= 1
        if j >= 0 and raw[j].endswith(","):
            return True
    return False


def _stems(text: str, tr: TeaserRules) -> set[str]:
    """Content-word stems: every proclitic reading of each word, without the article."""
    out: set[str] = set()
    for w in _words(text):
        if w in tr.stopwords or len(w) < 3 or w.isdigit():
            continue
        for _, stem in clitic_readings(w):
            stem = strip_article(stem)
            if len(stem) >= 3 and stem not in tr.stopwords:
                out.add(stem)
    return out


def _no_connective(paragraph: str, tr: TeaserRules) -> bool:
    """The paragraph opens with neither و/ف nor a story connective: a lead whose verb the list lacks
    ("طمأن الملك، الأحد، ...") is taken on its weekday evidence; the story's own "وأعلن، الأحد، ..."
    or "يذكر أن ..." is not."""
    words = _words(paragraph[:40])
    return bool(words) and not words[0].startswith(("و", "ف")) and words[0] not in tr.story_openers


_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')


def _fronted_phrase_lead(paragraph: str, tr: TeaserRules) -> bool:
    """A lead opening with a long fronted phrase, then its verb: "في أول تعليق له بشأن ...، قال"
    ("In his first comment on ..., X said"). A short one ("في المقابل، أعلن") is a story connective."""
    head, sep, rest = paragraph[:tr.fronted_max_chars].partition("،")
    words = _words(head)
    return bool(sep) and bool(words) and words[0] in tr.fronted_openers \
        and len(words) >= tr.fronted_min_words and opens_with_lead_verb(rest, tr)


def _one_sentence(paragraph: str, continuation: frozenset[str] = frozenset()) -> bool:
    """No sentence break inside, outside quotations (a quoted remark may hold two sentences: "قال
    الرئيس إنه "أمر محزن جدا. يبدو كذلك""); a stop before a word in ``continuation`` (a relative
    pronoun) is a typo within the sentence, not a break."""
    text = _QUOTED.sub(lambda m: "ـ" * len(m.group()), paragraph.rstrip())
    for m in _INNER_STOP.finditer(text):
        nxt = _WORD.match(text, m.end() - 1)
        if not (nxt and fold(nxt.group()) in continuation):
            return False
    return True


# How a finished paragraph ends: a stop, a closing quote or bracket, or a colon before a quotation.
_ENDED = re.compile(r"[.!?؟…:»\"”’')\]]$")


def cut_off(paragraph: str, tr: TeaserRules) -> bool:
    """An excerpt stopped mid-sentence at a teaser length: no closing punctuation and at least
    ``cut_min_chars`` long. Sites that append other stories' leads cut each one to a fixed budget
    (CNN Arabic's cluster at 230-250 characters); a story's own paragraphs end with a stop, and the
    rare unfinished one is short ("..., الأربعاء") or past the teaser length."""
    p = paragraph.strip(_INVISIBLE + " \t")
    return tr.cut_min_chars <= len(p) <= tr.max_chars and _ENDED.search(p) is None


def almanac_item(paragraph: str, tr: TeaserRules) -> bool:
    """An "on this day" item: the paragraph opens with a full past date ("في 2 أكتوبر من عام 1187
    ...") — the form of a site's almanac teasers; a story's own background opens with "وفي" or
    names the year alone."""
    return tr.almanac is not None and tr.almanac.match(paragraph.strip(_INVISIBLE)) is not None


def _lead_shaped(line: str, tr: TeaserRules, rules: RuleSet) -> bool:
    """Opens like a news lead: a bare lead verb, a dateline, an almanac date, or, without a
    connective, a weekday in the "when" slot or the cut-off end of an excerpt."""
    return (opens_with_lead_verb(line, tr) or _dateline_start(line, rules) or almanac_item(line, tr)
            or _no_connective(line, tr) and (weekday_after_subject(line, tr) or cut_off(line, tr)))


def find_teasers(lines: list[str], kept: list[int], title: str | None, rules: RuleSet) -> list[int]:
    """Indices (into ``lines``) of the trailing teaser paragraphs; ``kept`` are the story
    paragraphs in order (headline and credit lines already set aside), the lead first."""
    tr = load_teaser_rules()
    if len(kept) < tr.min_story_left + tr.min_run:
        return []
    run: list[int] = []
    # A lead whose verb the list lacks ("دافع الرئيس ...") and which carries no weekday joins the
    # run as a bridge, but only when the paragraph before it is lead-shaped too: at most
    # ``max_bridge`` in a row, and never at the run's start (the story's own last paragraph).
    bridge: list[int] = []
    for k in reversed(kept[tr.min_story_left:]):
        line = lines[k]
        if not tr.min_chars <= len(line) <= tr.max_chars:
            break
        # an almanac item may run to two sentences ("... تأسست الإنتربول. فيما يلي تسلسل ...")
        if not (_one_sentence(line, tr.continuation) or cut_off(line, tr) or almanac_item(line, tr)):
            break
        if _lead_shaped(line, tr, rules):
            run.extend(bridge)
            bridge = []
            run.append(k)
        elif run and len(bridge) < tr.max_bridge and _one_sentence(line, tr.continuation) and (
                _no_connective(line, tr) or _fronted_phrase_lead(line, tr)):
            bridge.append(k)
        else:
            break
    if len(run) < tr.min_run:
        return []
    run.reverse()
    context = _stems((title or "") + " " + lines[kept[0]], tr)

    def strong(k: int) -> bool:
        line = lines[k]
        return (weekday_after_subject(line, tr) or _dateline_start(line, rules) or cut_off(line, tr)
                or almanac_item(line, tr) or not (_stems(line, tr) & context))

    # The run needs evidence, but not at its start: the lead-shaped paragraphs just before the
    # first strong one are teasers too when the evidence follows (a teaser that happens to share a
    # word with the story, "وزير الدفاع الإيراني" after a story about Iran's foreign minister). Read
    # on the corpus: the 60 paragraphs so added, in 48 CNN articles, were all other stories' leads.
    if len(run) < tr.min_run or sum(strong(k) for k in run) < tr.min_strong:
        return []
    return run


def _dateline_start(line: str, rules: RuleSet) -> bool:
    """A paragraph opening with "place (AGENCY)—": a new story, not a continuation."""
    cut = header.split_dateline(line, rules)
    return bool(cut and cut[2] and "(" in line[:cut[0]])
