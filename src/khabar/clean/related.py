"""Headlines of other stories left inside the body (related links without a marker).

Some sites (BBC Arabic above all) insert, between two paragraphs of the story, a block of two to
four one-line headlines of related stories with no "اقرأ أيضا" marker; the scrape keeps them as
plain lines and the story then resumes:

    ... الذي تقوده السعودية في اليمن.
    الصراع في اليمن في سطور
    الحوثيون: من جبال صعدة إلى حكم صنعاء
    وكانت السعودية ...

The same shape (consecutive short lines without final punctuation) is also real content elsewhere:
verses after "قال الشاعر:", bullet lists after "كل من:", a sub-heading, a pull quote followed by a
sub-heading, timelines ("1958: تزوجت ..."), data lists ("ألبانيا: 2"), letters' address lines.
So the rule is conservative and every line of the block must look like a headline:

- the block sits between two kept story lines; the line before ends a sentence (".", "!", "؟"),
  not with ":" (what follows a colon is announced by the story) nor with ".." (a broken line),
  does not close on a list announcement ("... كالتالي.") and is not itself an item of a list
  announced by the line above it;
- the block has ``min_lines`` .. ``max_lines`` lines (a single line is a sub-heading and stays);
- each line has ``min_words`` .. ``max_words`` words, no final punctuation except "؟", no bullet or
  number prefix, no connective و/ف or particle at its start, no particle at its end, few function
  words, no inner sentence break and at most one ".." separator, (almost) no diacritics (verse is
  often vocalised), does not open with a perfective verb (prose and news leads do; headlines use
  the imperfective or no verb), and a "X: Y" headline has words on both sides of the colon (not "ألبانيا: 2");
- the whole maximal run of unpunctuated lines must pass: one line that fails (a two-word
  sub-heading, a credit "name - place") keeps the whole run; a short question closing the run
  ("ما صعوبة عمليات الإنقاذ؟") is the story's own sub-heading and stays.

Content-word overlap with the neighbouring paragraphs is NOT used: BBC's related headlines are
about the same topic as the story (that is why they are related), so they share its names.
Blocks at the very end of the body are left to other rules (in the corpus they were a series
index or a signature, not related links).

Settings and lexicons: ``[related]`` in ``resources/boilerplate.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml
from ..text.normalize import fold
from .rules import RESOURCE
from .subheadings import load_heading_rules
from .teasers import _INVISIBLE as teasers_invisible
from .teasers import load_teaser_rules

REASON = "related"
_INVISIBLE = teasers_invisible + "\u00a0"
_CLOSERS = "\"'”’»)]›"
_OPENERS = "\"'“‘«(["
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[A-Za-z]")
# "1958: ...", "3) ...", "2- ...", "١. ...": a numbered item, not a headline.
_NUMBERED = re.compile(r"^\d+\s*[:.)\-–/]")
# A sentence break inside the line: a stop then a word ("2.5" has no space after the stop).
_INNER_STOP = re.compile(r"(?<!\.)[.!](?!\.)\s+\S")


@dataclass(frozen=True, slots=True)
class BlockRules:
    min_lines: int
    max_lines: int
    min_words: int
    max_words: int
    max_chars: int
    run_max_words: int
    max_function_words: int
    max_function_share: float
    max_inner_ellipsis: int
    max_diacritics: int
    min_arabic_share: float
    min_prev_words: int
    min_next_words: int
    section_question_max_words: int
    announce_within: int
    announce_words: frozenset[str]
    function_words: frozenset[str]
    question_words: frozenset[str]
    pronouns: frozenset[str]
    perfective: frozenset[str]


@cache
def load_block_rules(resource: str = RESOURCE) -> BlockRules:
    data = load_toml(resource).get("related", {})
    function_words = set(load_heading_rules(resource).function_words)
    function_words |= {fold(w) for w in data.get("extra_function_words", ())}
    return BlockRules(
        min_lines=int(data.get("min_lines", 2)), max_lines=int(data.get("max_lines", 5)),
        min_words=int(data.get("min_words", 4)), max_words=int(data.get("max_words", 14)),
        max_chars=int(data.get("max_chars", 120)), run_max_words=int(data.get("run_max_words", 20)),
        max_function_words=int(data.get("max_function_words", 2)),
        max_function_share=float(data.get("max_function_share", 0.4)),
        max_inner_ellipsis=int(data.get("max_inner_ellipsis", 1)),
        max_diacritics=int(data.get("max_diacritics", 2)),
        min_arabic_share=float(data.get("min_arabic_share", 0.6)),
        min_prev_words=int(data.get("min_prev_words", 8)),
        min_next_words=int(data.get("min_next_words", 6)),
        section_question_max_words=int(data.get("section_question_max_words", 5)),
        announce_within=int(data.get("announce_within", 3)),
        announce_words=frozenset(fold(w) for w in data.get("announce_words", ())),
        function_words=frozenset(function_words),
        question_words=frozenset(fold(w) for w in data.get("question_words", ())),
        pronouns=frozenset(fold(w) for w in data.get("pronouns", ())),
        perfective=load_teaser_rules(resource).verbs,
    )


def _strip(line: str) -> str:
    return line.strip(_INVISIBLE + " \t")


def _words(line: str) -> list[str]:
    """Folded words without surrounding quotes and punctuation."""
    out = []
    for token in fold(line).split():
        token = token.strip(_OPENERS + _CLOSERS + ".,،:;؛!?؟-–—…")
        if token:
            out.append(token)
    return out


def _ends_sentence(line: str) -> bool:
    """The line closes with a sentence end (".", "!", "؟", "?"), quotes allowed after it; ".."
    is a broken or trailing-off line, ":" announces what follows."""
    core = _strip(line).rstrip(_CLOSERS + " ")
    if not core or core.endswith(("..", "…")):
        return False
    return core[-1] in ".!?؟"


def _unpunctuated(line: str, br: BlockRules) -> bool:
    """The loose shape that delimits a run: short, no final punctuation other than "؟"."""
    core = _strip(line).rstrip(_CLOSERS + " ")
    if not core or len(line) > br.max_chars * 2:
        return False
    if core[-1] in ".!:;؛،,…-–—":
        return False
    return len(line.split()) <= br.run_max_words


def _connective(word: str, br: BlockRules) -> bool:
    """A leading و/ف that joins the line to running prose ("وقال", "وفي", "ويرى", "فعندما"),
    not the first letter of a noun ("وزير", "وفاة", "فرنسا", "والدا")."""
    if len(word) < 2 or word[0] not in "وف":
        return False
    rest = word[1:]
    if rest in br.function_words or rest in br.perfective or rest in br.question_words:
        return True  # "وقال", "فإن", "فلماذا", "وهل"
    if word[0] == "و":
        if rest.startswith("ال") and len(rest) >= 5:
            return True  # "والحكومة": a conjoined noun; "والدا" (والد) is not
        if rest[0] in "يت" and len(rest) >= 3:
            return True  # an imperfective verb: "ويقول", "وتعد"
    return False


def headline_shaped(line: str, br: BlockRules | None = None) -> bool:
    """Whether one line reads as a news headline (see the module docstring)."""
    br = br or load_block_rules()
    text = _strip(line)
    if not text or len(text) > br.max_chars:
        return False
    core = text.rstrip(_CLOSERS + " ")
    question = core.endswith(("?", "؟"))
    if not question and not _unpunctuated(text, br):
        return False
    first = text.lstrip(_OPENERS)[:1]
    if not first or not (first.isalpha() or first.isdigit()):
        return False  # a bullet, dash or asterisk item
    if _NUMBERED.match(fold(text.lstrip(_OPENERS))):
        return False
    if "…" in text or _INNER_STOP.search(core) or core.count("..") > br.max_inner_ellipsis:
        return False
    if len(_DIACRITICS.findall(text)) > br.max_diacritics:
        return False
    arabic, latin = len(_ARABIC_LETTER.findall(fold(text))), len(_LATIN_LETTER.findall(text))
    if arabic == 0 or arabic < br.min_arabic_share * (arabic + latin):
        return False
    words = _words(text)
    if not br.min_words <= len(words) <= br.max_words:
        return False
    head, tail = words[0], words[-1]
    if head in br.function_words and not (question and head in br.question_words):
        return False
    if head in br.question_words and not question:
        return False  # "ما كنت آمل ...": a verse or a clause, not a question headline
    if tail in br.function_words or _connective(head, br) or head in br.perfective:
        return False
    # A question headline's opening ("من هو", "ما هي") is not prose glue: not counted.
    counted = words
    if question and head in br.question_words:
        counted = words[2:] if len(words) > 2 and words[1] in br.pronouns else words[1:]
    function = sum(w in br.function_words for w in counted)
    if function > max(br.max_function_words, br.max_function_share * len(words)):
        return False
    if ":" in text:
        left, _, right = fold(text).partition(":")
        left_words, right_words = _words(left), _words(right)
        if ":" in right or not left_words or len(right_words) < 2:
            return False  # "ألبانيا: 2", "الاسم: فلان", "X: Y: Z"
        if (len(left_words) == 1 and left_words[0].isdigit()) or right_words[0][:1].isdigit():
            return False  # a dated or counted item: "1958: ...", "السياحة: 11 منشأة ..."
    return True


def find_related_blocks(lines: list[str], kept: list[int]) -> list[int]:
    """Indices (into ``lines``) of related-headline blocks inside the story; ``kept`` are the
    story lines in order (headline and credit lines already set aside)."""
    br = load_block_rules()
    out: list[int] = []
    pos = 1  # a block needs a story line before it
    while pos < len(kept) - 1:
        if not _unpunctuated(lines[kept[pos]], br):
            pos += 1
            continue
        end = pos
        while end < len(kept) and _unpunctuated(lines[kept[end]], br):
            end += 1
        run = kept[pos:end]
        # A short question closing the run heads the section after it ("ما صعوبة عمليات الإنقاذ؟"):
        # it stays, and the rest must still make a block on its own.
        if run and _section_question(lines[run[-1]], br):
            run = run[:-1]
        listed = pos >= 2 and _announces(lines[kept[pos - 2]])
        if end < len(kept) and not listed and _block_ok(lines, kept[pos - 1], run, kept[end], br):
            out.extend(run)
        pos = end + 1
    return out


def _section_question(line: str, br: BlockRules) -> bool:
    core = _strip(line).rstrip(_CLOSERS + " ")
    return core.endswith(("?", "؟")) and len(_words(core)) <= br.section_question_max_words


def _announces(line: str) -> bool:
    """The line ends with ":": what follows it is a list the story announced (the line right
    before the block is then one of its items, not the end of a paragraph)."""
    return _strip(line).rstrip(_CLOSERS + " ").endswith((":", "："))


def _block_ok(lines: list[str], prev: int, run: list[int], nxt: int, br: BlockRules) -> bool:
    if not br.min_lines <= len(run) <= br.max_lines:
        return False
    before, after = lines[prev], lines[nxt]
    if not _ends_sentence(before) or len(before.split()) < br.min_prev_words:
        return False
    if set(_words(before)[-br.announce_within:]) & br.announce_words:
        return False  # "... على النحو التالي." announces a list without a colon
    if len(after.split()) < br.min_next_words or not after.lstrip(_OPENERS)[:1].isalnum():
        return False  # the story must resume with prose, not a list item
    return all(headline_shaped(lines[k], br) for k in run)
