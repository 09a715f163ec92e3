"""The span index that keeps long articles linear."""

from reader.analysis.spans import SpanIndex
from reader.model import Span


def test_overlapping_finds_every_span_sharing_a_character_in_order():
    spans = [Span(30, 40), Span(0, 100), Span(5, 10), Span(50, 60), Span(12, 20)]
    index = SpanIndex(spans)
    assert index.overlapping(Span(8, 13)) == [Span(0, 100), Span(5, 10), Span(12, 20)]
    assert index.overlapping(Span(40, 50)) == [Span(0, 100)]
    assert index.overlaps_any(Span(100, 120)) is False
    assert index.overlaps_any(Span(99, 120)) is True


def test_items_are_indexed_by_the_span_given():
    quotes = [("b", Span(20, 30)), ("a", Span(0, 10))]
    index = SpanIndex(quotes, lambda item: item[1])
    assert [name for name, _ in index.overlapping(Span(5, 25))] == ["a", "b"]
    assert SpanIndex([]).overlapping(Span(0, 5)) == []
