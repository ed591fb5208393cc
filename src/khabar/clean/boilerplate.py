"""Arabic boilerplate cleaning: web debris out, headline/byline/dateline aside, story verbatim.

The text is handled as lines (a line is a paragraph). Rules from ``resources/boilerplate.toml``
remove whole lines only, each with a reason; nothing inside a kept line is changed, except that
a dateline prefix is cut from the start of the first paragraph and a tag run ("سمات ...") from
the end of the last one. Leads of other stories appended after the article go as whole lines
(``teasers``), and so do blocks of other stories' headlines inserted mid-story (``related``); a
sub-heading glued inside a paragraph only gets its own line (``subheadings``).
So every story sentence reaches the body verbatim, and later stages' offsets are computed on
exactly what a reader sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..article import Removed
from . import header, related, subheadings, teasers
from ..resources import load_toml
from .rules import RESOURCE, RuleSet, load_rules

# Line-end characters that are debris, not text: whitespace plus invisible bidi/zero-width marks.
_EDGE_INVISIBLE = " \t\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u3000"
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
_SENTENCE_END = re.compile(r"[.!?؟:]\s*[\"'”»)]*$")
# A tag run glued to the end of the last paragraph after its final full stop: "... . سمات أ ب ج".
_TAIL_TAGS = re.compile(r"(?<=[.!?؟\"”»])\s+(سمات|الوسوم|وسوم|الكلمات الدالة|Tags)\s*:?(\s+[^\s.!?؟:؛\"«»]+){1,12}\s*$")

# A link-back credit glued to the end of the last paragraph: "... . رابط الخبر بصحيفة X: <headline>".
_TAIL_LINK = re.compile(r"(?<=[.!?؟\"”»])\s+(رابط الخبر|رابط المقال|رابط الموضوع|الرابط الأصلي|المصدر الأصلي)"
                        r"\s*(:|ب)[^\n]{0,200}$")

# Header roles: these lines leave the body but are reported as title/byline/dateline, not removed.
_TITLE, _BYLINE, _DATELINE = "\x00title", "\x00byline", "\x00dateline"


@dataclass(slots=True)
class Cleaned:
    body: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    removed: list[Removed] = field(default_factory=list)
    # Paragraph spans in ``body`` ([start, end) str indices), one per kept line.
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


def split_lines(raw: str) -> tuple[list[str], list[bool]]:
    """Non-empty lines, stripped of edge whitespace, and whether a blank line preceded each."""
    lines: list[str] = []
    gaps: list[bool] = []
    blank = False
    for line in _NEWLINES.sub("\n", raw).split("\n"):
        line = line.strip(_EDGE_INVISIBLE)
        if not line:
            blank = True
            continue
        lines.append(line)
        gaps.append(blank and bool(lines[:-1]))
        blank = False
    return lines, gaps


def _headline_like(line: str, rules: RuleSet) -> bool:
    return len(line) <= rules.setting("list_item_max", 130) and not _SENTENCE_END.search(line)


def _apply_rules(lines: list[str], rules: RuleSet) -> list[str | None]:
    n = len(lines)
    reasons: list[str | None] = [None] * n
    i = 0
    while i < n:
        rule = rules.match(lines[i], None, i, n)
        if rule is None:
            i += 1
            continue
        reasons[i] = rule.reason
        if rule.then == "rest" and rule.where == "tail":
            j = i + 1
            while j < n and len(lines[j]) <= rules.setting("rest_line_max", 400):
                reasons[j] = rule.reason
                j += 1
            i = j
            continue
        if rule.then == "list":
            j, taken = i + 1, 0
            while j < n and taken < rules.setting("list_max_items", 8) and _headline_like(lines[j], rules) \
                    and rules.match(lines[j], None, j, n) is None:
                reasons[j] = rule.reason
                j += 1
                taken += 1
            i = j
            continue
        i += 1
    return reasons


def _find_title(lines, gaps, kept, title_hint, rules) -> tuple[str | None, list[int], int]:
    """(title, indices of the section labels above the title then the title line, first kept
    position after them)."""
    if not kept:
        return (title_hint.strip() if title_hint else None), [], 0
    if title_hint and title_hint.strip():
        hint = title_hint.strip()
        # The headline may follow a short section label ("سياسة") or breadcrumb the rules missed.
        for pos in range(min(3, len(kept))):
            if header.same_title(lines[kept[pos]], hint):
                labels = kept[:pos]
                if all(len(lines[k].split()) <= 5 for k in labels):
                    return hint, labels + [kept[pos]], pos + 1
                break
        return hint, [], 0
    first = kept[0]
    if len(kept) < 2 or not header.looks_like_title(lines[first], rules):
        return None, [], 0
    nxt = kept[1]
    followed_by_break = gaps[nxt]
    next_is_credit = header.byline_kind(lines[nxt], rules, story_follows=len(kept) > 2) is not None \
        or header.dateline_line(lines[nxt], rules) is not None
    if not (followed_by_break or next_is_credit):
        return None, [], 0
    if header.byline_kind(lines[first], rules, story_follows=True) or header.dateline_line(lines[first], rules):
        return None, [], 0  # the first line is itself a credit, not a headline
    if len(lines[first]) >= max(len(lines[k]) for k in kept[1:]):
        return None, [], 0  # a headline is never the longest paragraph
    return lines[first].strip(), [first], 1


@cache
def _lead_prefixes() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(p["pattern"]), p["reason"]) for p in load_toml(RESOURCE).get("lead_prefix", ()))


def _strip_lead_prefixes(lines: list[str], within: int = 4, min_rest: int = 10) -> list[Removed]:
    """Cut pager and share-bar debris glued to the start of the first lines (in place)."""
    out: list[Removed] = []
    for k in range(min(within, len(lines))):
        for pattern, reason in _lead_prefixes():
            m = pattern.match(lines[k])
            if m and len(lines[k]) - m.end() >= min_rest:
                out.append(Removed(lines[k][:m.end()].strip(), reason))
                lines[k] = lines[k][m.end():]
    return out


def clean_text(raw: str, title_hint: str | None = None) -> Cleaned:
    """Clean a plain-text article: ``Cleaned(body, title, byline, dateline, removed)``.

    ``title_hint`` is a known headline (from the HTML page or the JSONL record): when the text
    repeats it on its first line, that line leaves the body; the hint is returned as the title.
    """
    if raw is None:
        raw = ""
    rules = load_rules()
    lines, gaps = split_lines(str(raw))
    lead_removed = _strip_lead_prefixes(lines)
    reasons = _apply_rules(lines, rules)
    kept = [i for i, r in enumerate(reasons) if r is None]

    title, title_lines, pos = _find_title(lines, gaps, kept, title_hint, rules)
    for k in title_lines[:-1]:
        reasons[k] = "nav"  # section labels above the known headline
    for k in title_lines[-1:]:
        reasons[k] = _TITLE

    byline = dateline = None
    # Credit lines between the headline and the story: at most a byline and a dateline line.
    for k in kept[pos:pos + 3]:
        if reasons[k] is not None:
            continue
        line = lines[k]
        later = [j for j in kept if j > k and reasons[j] is None]
        story_follows = bool(later) and len(lines[later[0]]) >= 80
        dl = header.dateline_line(line, rules) if dateline is None else None
        if dl and later:
            dateline = dl[0]
            byline = byline or (header.tidy_credit(dl[1]) if dl[1] else None)
            # A dated dateline line ("برلين 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس") stays in
            # the body as well: its place and dates are the story's own, and times and places need
            # body offsets. An undated one ("واشنطن - رويترز") is only a credit.
            if not rules.year.search(line):
                reasons[k] = _DATELINE
            continue
        if byline is None and later and header.byline_kind(line, rules, story_follows):
            byline, place = header.split_place(header.tidy_credit(line), rules)
            dateline = dateline or place
            reasons[k] = _BYLINE
            continue
        break

    lines = list(lines)
    kept = [i for i, r in enumerate(reasons) if r is None]
    # Leads of other stories appended after this one: after the header is known (the lead is the
    # first story paragraph) and before the closing credit, which would otherwise end the run.
    for k in teasers.find_teasers(lines, kept, title, rules):
        reasons[k] = teasers.REASON
    kept = [i for i, r in enumerate(reasons) if r is None]
    # Headlines of other stories inserted between two story paragraphs (no marker line).
    for k in related.find_related_blocks(lines, kept):
        reasons[k] = related.REASON
    kept = [i for i, r in enumerate(reasons) if r is None]
    removed_extra: list[Removed] = []
    if kept:
        first = kept[0]
        if dateline is None:
            cut = header.split_dateline(lines[first], rules)
            if cut:
                end, dateline, credit = cut
                lines[first] = lines[first][end:].lstrip()
                if byline is None and credit:
                    byline = header.tidy_credit(credit)
        # A credit line closing the story ("فرانس24/ أ ف ب"): the byline when there is none.
        last = kept[-1]
        if len(kept) > 1 and header.byline_kind(lines[last], rules, story_follows=False) in ("agency", "cue"):
            if byline is None:
                byline = header.tidy_credit(lines[last])
                reasons[last] = _BYLINE
            else:
                reasons[last] = "credit"
            kept.pop()
        if kept:
            last = kept[-1]
            for pattern, reason in ((_TAIL_TAGS, "tags"), (_TAIL_LINK, "related")):
                m = pattern.search(lines[last])
                if m and m.start() > 0:
                    removed_extra.append(Removed(lines[last][m.start():].strip(), reason))
                    lines[last] = lines[last][:m.start()].rstrip()

    body, paragraphs = _assemble(lines, gaps, reasons)
    removed = [Removed(lines[i], r) for i, r in enumerate(reasons) if r is not None and not r.startswith("\x00")]
    removed.extend(removed_extra)
    removed[:0] = lead_removed
    return Cleaned(body=body, title=title, byline=byline, dateline=dateline, removed=removed,
                   paragraphs=paragraphs)


def _assemble(lines: list[str], gaps: list[bool], reasons: list[str | None]) -> tuple[str, list[tuple[int, int]]]:
    """Join kept lines, keeping a blank line wherever one stood between them (or before a removed line)."""
    parts: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    offset = 0
    pending_gap = False
    for line, gap, reason in zip(lines, gaps, reasons):
        pending_gap = pending_gap or gap
        if reason is not None or not line:
            continue
        # A sub-heading glued inside the paragraph goes back on its own line (nothing removed).
        for k, piece in enumerate(subheadings.split_paragraph(line)):
            if parts:
                sep = "\n\n" if pending_gap and k == 0 else "\n"
                parts.append(sep)
                offset += len(sep)
            paragraphs.append((offset, offset + len(piece)))
            parts.append(piece)
            offset += len(piece)
        pending_gap = False
    return "".join(parts), paragraphs
