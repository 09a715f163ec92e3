"""The look of each stretch of an article under its claims, and what a change of claims redraws."""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from operator import itemgetter

from reader.analysis.spans import SpanIndex
from reader.model import Claim, Span

# Claims worked through in one step: a few milliseconds, so that a window drawing a book's
# 30,000 claims can answer between two steps.
CLAIMS_PER_STEP = 2_000


def paint_marks(claims: list[Claim]) -> set[tuple]:
    """What drawing the claims puts on the text: spans with their kind's look and markers."""
    marks = {("claim", c.start, c.end, c.kind, c.hedged) for c in claims}
    marks |= {("marker", part.start, part.end, c.kind) for c in claims for part in (c.source, c.cue)
              if part is not None and part.start is not None and part.end is not None}
    return marks


def paint_marks_in_steps(claims: list[Claim]) -> Generator[None, None, set[tuple]]:
    """paint_marks() a few thousand claims a step."""
    marks: set[tuple] = set()
    for batch in _batches(claims):
        marks |= paint_marks(batch)
        yield
    return marks


def _batches(claims: list[Claim]) -> Iterator[list[Claim]]:
    """The claims CLAIMS_PER_STEP at a time."""
    return (claims[at:at + CLAIMS_PER_STEP] for at in range(0, len(claims), CLAIMS_PER_STEP))


def changed_stretch(old: set[tuple], new: set[tuple]) -> tuple[int, int] | None:
    """The stretch of text that covers every mark drawn before or to draw now but not both."""
    changed = old ^ new
    if not changed:
        return None
    return min(map(itemgetter(1), changed)), max(map(itemgetter(2), changed))


@dataclass(frozen=True)
class Look:
    """How a stretch of text is drawn, by the kinds of the claims and markers over it."""

    fill: str | None = None  # the kind whose background it has
    line: str | None = None  # the kind whose underline it has
    hedged: bool | None = None  # italic when True; None outside every claim
    marker: str | None = None  # a source or cue of a claim of this kind: bold, underlined


PLAIN = Look()


class LookIndex:
    """The look of any stretch of an article, from claims indexed by where they start.

    Claims nest: an inner claim draws over an outer one (an unfilled kind keeps the outer fill),
    and a source or cue draws over both. A long article is drawn a piece at a time, so a piece's
    looks are worked out from the few claims that reach into it, never from all of them.
    """

    def __init__(self, claims: list[Claim], filled_kinds: set[str]):
        for _ in self._build(claims, filled_kinds):
            pass

    @classmethod
    def in_steps(cls, claims: list[Claim],
                 filled_kinds: set[str]) -> Generator[None, None, LookIndex]:
        """The index of the claims, made a few thousand claims a step."""
        index = cls.__new__(cls)
        yield from index._build(claims, filled_kinds)
        return index

    def _build(self, claims: list[Claim], filled_kinds: set[str]) -> Iterator[None]:
        """Index the claims and their markers, yielding between batches of claims."""
        self._filled = filled_kinds
        outer_first = sorted(claims, key=lambda c: (c.start, -c.end))
        # Tuples of plain values, which the garbage collector stops looking at: claims as
        # (start, end, rank, kind, hedged), outer first; markers as (start, end, rank, kind).
        claim_items: list[tuple] = []
        marker_items: list[tuple] = []
        for first, (outer, batch) in enumerate(zip(_batches(outer_first), _batches(claims))):
            rank = first * CLAIMS_PER_STEP
            claim_items += [(c.start, c.end, number, c.kind, c.hedged)
                            for number, c in enumerate(outer, rank)]
            marker_items += [(part.start, part.end, number, c.kind)
                             for number, c in enumerate(batch, rank) for part in (c.source, c.cue)
                             if part is not None and part.start is not None
                             and part.end is not None and part.start < part.end]
            yield
        self._claims = SpanIndex.of_tuples(claim_items)
        yield
        self._markers = SpanIndex.of_tuples(marker_items)

    def between(self, low: int, high: int) -> list[tuple[int, int, Look]]:
        """The stretches of [low, high) that are not plain, in order, with their look."""
        changes: dict[int, list[tuple[int, tuple]]] = defaultdict(list)  # point: (+1 or -1, item)
        stretch = Span(low, high)
        for group, items in enumerate((self._claims.overlapping(stretch),
                                       self._markers.overlapping(stretch))):
            for item in items:
                start, end = max(item[0], low), min(item[1], high)
                if start < end:
                    changes[start].append((1, group, item))
                    changes[end].append((-1, group, item))
        active: tuple[list, list] = ([], [])  # claims and markers over the stretch, by rank
        runs: list[tuple[int, int, Look]] = []
        points = sorted(changes)
        for start, end in zip(points, points[1:]):
            for change, group, item in sorted(changes[start], key=lambda c: c[0]):
                if change < 0:
                    active[group].remove(item)
                else:
                    insort(active[group], item, key=itemgetter(2))
            if not active[0] and not active[1]:
                continue
            look = self._look(*active)
            if runs and runs[-1][1] == start and runs[-1][2] == look:
                runs[-1] = (runs[-1][0], end, look)  # neighbours that look alike: one run
            else:
                runs.append((start, end, look))
        return runs

    def _look(self, claims: list[tuple], markers: list[tuple]) -> Look:
        """The look of a stretch under these claims (outer first) and markers (last one wins)."""
        fill = line = hedged = None
        for _, _, _, kind, claim_hedged in claims:
            fill = kind if kind in self._filled else fill
            line, hedged = kind, claim_hedged
        marker = markers[-1][3] if markers else None
        return Look(fill, line, hedged, marker)
