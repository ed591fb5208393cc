"""Span lists that answer "covered?" and "overlaps?" from an index kept in step with edits."""
from dataclasses import dataclass

from khabar.api import read
from khabar.text.intervals import IntervalList


@dataclass
class Span:
    start: int
    end: int


def test_covers_and_overlaps_follow_every_kind_of_edit():
    drafts = IntervalList()
    assert not drafts.covers(5) and not drafts.overlaps(0, 100)
    drafts.append(Span(10, 20))
    drafts.append(Span(30, 40))
    assert drafts.covers(10) and drafts.covers(19) and not drafts.covers(20) and not drafts.covers(25)
    assert drafts.overlaps(15, 35) and drafts.overlaps(0, 11) and not drafts.overlaps(20, 30)
    drafts.append(Span(0, 50))  # out of order and overlapping everything
    assert drafts.covers(25)
    del drafts[2:]
    assert not drafts.covers(25)
    drafts[0].start = 12  # moved in place: the caller says so
    drafts.touch()
    assert not drafts.covers(11) and drafts.covers(12)
    drafts.sort(key=lambda d: -d.start)
    assert drafts.covers(35) and [d.start for d in drafts] == [30, 12]


def test_a_long_input_with_thousands_of_quotes_is_read_whole():
    sentence = "وقال المتحدث إن الحكومة ستواصل العمل على المشروع. "
    record = read("عنوان\n\n" + sentence * 1500)
    assert len(record.quotes) == 1500
    assert record.quotes[-1].end <= len(record.body)


def test_tuples_work_as_spans():
    taken = IntervalList([(5, 9)])
    assert taken.overlaps(8, 12) and not taken.overlaps(9, 12)
    taken.append((2, 4))
    assert taken.covers(3) and not taken.covers(4)
