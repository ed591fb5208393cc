"""A list of spans that answers "is this position covered?" and "does this span overlap one?" fast.

Stages ask those questions once per token or per candidate, of lists that grow as they work (quote
drafts, linked mentions). Scanning the list each time made reading quadratic in the length of
the input: a 700 KB input took minutes. ``IntervalList`` keeps its items' spans in order and the
length of the longest, so a question looks only at the items that start within that length of it.
An append inserts into the index; any other mutation bumps a version and the index is rebuilt at
the next question. Items may overlap and need not be in order. Items are (start, end) tuples or objects with ``.start``/``.end``; code that moves an
item's start or end in place calls ``touch()``.
"""
from __future__ import annotations

from bisect import bisect_left, insort


def _span(item) -> tuple[int, int]:
    if isinstance(item, tuple):
        return item[0], item[1]
    return item.start, item.end


class IntervalList(list):
    __slots__ = ("version", "_built", "_sorted", "_longest")

    def __init__(self, *args):
        super().__init__(*args)
        self.version = 0
        self._built = -1
        self._sorted: list[tuple[int, int]] = []  # (start, end) of every item, in order
        self._longest = 0  # an upper bound of item lengths: how far back a covering item can start

    def touch(self) -> None:
        self.version += 1

    def append(self, item) -> None:
        current = self._built == self.version
        self.version += 1
        list.append(self, item)
        if current:  # keep the index: one insertion (a memory move), not a rebuild
            span = _span(item)
            insort(self._sorted, span)
            self._longest = max(self._longest, span[1] - span[0])
            self._built = self.version

    def _index(self) -> None:
        if self._built == self.version:
            return
        self._sorted = sorted(_span(x) for x in self)
        self._longest = max((e - s for s, e in self._sorted), default=0)
        self._built = self.version

    def overlaps(self, start: int, end: int) -> bool:
        """Some item shares a position with [start, end): item.start < end and start < item.end."""
        self._index()
        spans = self._sorted
        lo = bisect_left(spans, (start - self._longest,))
        hi = bisect_left(spans, (end,))
        return any(spans[i][1] > start for i in range(lo, hi))

    def covers(self, pos: int) -> bool:
        """Some item has start <= pos < end."""
        return self.overlaps(pos, pos + 1)


def _bumping(name: str):
    method = getattr(list, name)

    def bumped(self, *args, **kwargs):
        self.version += 1
        return method(self, *args, **kwargs)
    bumped.__name__ = name
    return bumped


for _name in ("extend", "insert", "remove", "pop", "clear", "sort", "reverse",
              "__setitem__", "__delitem__", "__iadd__", "__imul__"):
    setattr(IntervalList, _name, _bumping(_name))
