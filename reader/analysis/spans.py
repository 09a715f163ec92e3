"""Finding which of many spans overlap a given one, without looking at them all."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from itertools import accumulate
from operator import itemgetter
from typing import Generic, TypeVar

from reader.model import Span

Item = TypeVar("Item")


class SpanIndex(Generic[Item]):
    """Items sorted by where their span starts, with the furthest end reached so far.

    A long article has thousands of sentences, claims and cues; comparing each with all the
    others would grow with the square of its length.
    """

    def __init__(self, items: Iterable[Item], span_of: Callable[[Item], Span] = lambda item: item):
        ordered = sorted(items, key=lambda item: span_of(item).start)
        self._fill(ordered, [span_of(item).start for item in ordered], [span_of(item).end for item in ordered])

    @classmethod
    def of_tuples(cls, items: Iterable[tuple]) -> SpanIndex[tuple]:
        """An index of tuples whose first two values are their span's start and end.

        Tuples of plain values are what the garbage collector stops looking at: the window
        keeps a book's tens of thousands in its indexes.
        """
        index = cls.__new__(cls)
        ordered = sorted(items, key=itemgetter(0))
        index._fill(ordered, [item[0] for item in ordered], [item[1] for item in ordered])
        return index

    def _fill(self, items: list, starts: list[int], ends: list[int]) -> None:
        """Keep the items in order of their starts, with how far the spans up to each one reach."""
        self._items, self._starts, self._ends = items, starts, ends
        self._reach = list(accumulate(ends, max))

    def overlapping(self, span: Span) -> list[Item]:
        """The items whose span shares a character with this one, in order."""
        found = []
        index = bisect.bisect_left(self._starts, span.end) - 1
        while index >= 0 and self._reach[index] > span.start:
            if self._ends[index] > span.start:
                found.append(self._items[index])
            index -= 1
        return found[::-1]

    def overlaps_any(self, span: Span) -> bool:
        """Whether any item's span shares a character with this one."""
        index = bisect.bisect_left(self._starts, span.end) - 1
        return index >= 0 and self._reach[index] > span.start
