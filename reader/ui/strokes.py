"""Each claim kind's stroke, painted under its words and beside its lines in the left margin.

A text format's own underline is a hairline, dotted or dashed by the font: it reads as a
spell-check mark and fades on paper. The strokes are painted instead, their weight following
the text's size, in shapes that differ without colour (reader/kinds.py names them): a solid
line, a double line, a line of dashes. The margin repeats, for each line of text, the strokes of
the kinds on it, each kind in a column of its own, so that a greyscale page can be scanned.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock, QTextDocument, QTextFormat

from reader.kinds import TABLE

# The kind whose stroke a stretch of text takes, kept in its character format.
KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
KIND_ORDER = list(TABLE)
STROKE_EM = 0.14  # a stroke's weight, as a share of the font's pixel size
MIN_STROKE = 2.0  # in pixels: never a hairline
DASH = (3.0, 2.0)  # dash and gap of a dashed stroke, in stroke weights
MARK_SPACING = 3.2  # between the margin's columns, in stroke weights
MARGIN_INSET = 0.1  # a margin mark leaves this share of its line's height above and below


@dataclass(frozen=True)
class Stroke:
    """A kind's stroke across a stretch of one line of text, in document coordinates."""

    kind: str
    left: float
    right: float
    under: float  # the bottom of the text's box (and of its fill), under which the stroke goes
    top: float  # the line's top and bottom, for the margin mark
    bottom: float


def stroke_weight(document: QTextDocument) -> float:
    """How thick the strokes are for a document's text size."""
    font = document.defaultFont()
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return max(MIN_STROKE, size * STROKE_EM)


def margin_width(document: QTextDocument) -> float:
    """The document margin that leaves room, left of the text, for a column of marks per kind."""
    return (len(KIND_ORDER) * MARK_SPACING + 2.5) * stroke_weight(document)


def draw_stroke(painter: QPainter, line: QLineF, shape: str, colour: QColor, weight: float,
                width: float | None = None) -> None:
    """A solid, double or dashed stroke along a line, `width` across (the weight by default).

    The weight sets the dashes' length and the gap of a double stroke, so that a wider margin
    mark keeps the rhythm of the underline it repeats.
    """
    width = width or weight
    pen = QPen(colour, width if shape != "double" else width * 0.5)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if shape == "dashed":
        pen.setDashPattern([length * weight / width for length in DASH])
    painter.setPen(pen)
    if shape != "double":
        painter.drawLine(line)
        return
    normal = line.normalVector().unitVector()
    shift = QPointF(normal.dx(), normal.dy()) * (width * 0.8)
    painter.drawLine(line.translated(-shift))
    painter.drawLine(line.translated(shift))


def paint_strokes(painter: QPainter, document: QTextDocument, top: float, bottom: float,
                  colours: dict[str, QColor], margin_left: float | None = None) -> None:
    """Paint the strokes of the text between two heights, and their marks in the left margin.

    The painter draws in document coordinates; margin_left is where the margin's marks start
    (by default, within the document's own margin, left of the text).
    """
    weight = stroke_weight(document)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    marks: dict[tuple[float, float], set[str]] = {}
    for stroke in strokes_between(document, top, bottom):
        y = stroke.under + weight * 1.6
        line = QLineF(stroke.left, y, stroke.right, y)
        draw_stroke(painter, line, TABLE[stroke.kind].underline, colours[stroke.kind], weight)
        marks.setdefault((stroke.top, stroke.bottom), set()).add(stroke.kind)
    left = margin_left if margin_left is not None else \
        document.documentMargin() - (len(KIND_ORDER) * MARK_SPACING + 1.2) * weight
    for (line_top, line_bottom), kinds in marks.items():
        inset = (line_bottom - line_top) * MARGIN_INSET
        for kind in kinds:
            x = left + KIND_ORDER.index(kind) * weight * MARK_SPACING
            mark = QLineF(x, line_top + inset, x, line_bottom - inset)
            draw_stroke(painter, mark, TABLE[kind].underline, colours[kind], weight, weight * 2)
    painter.restore()


def strokes_between(document: QTextDocument, top: float, bottom: float) -> Iterator[Stroke]:
    """The strokes of the blocks that reach between two heights, line by line."""
    layout = document.documentLayout()
    # From the block at the top, found by the layout, not by walking a long text from its start.
    block = document.findBlock(max(0, layout.hitTest(QPointF(0, top), Qt.HitTestAccuracy.FuzzyHit)))
    if block.previous().isValid():
        block = block.previous()  # a block whose last line reaches down into the area
    while block.isValid():
        area = layout.blockBoundingRect(block)
        if area.top() > bottom:
            return
        if area.bottom() >= top:
            yield from _block_strokes(block, area, top, bottom)
        block = block.next()


def _block_strokes(block: QTextBlock, area: QRectF, top: float, bottom: float) -> Iterator[Stroke]:
    """The strokes of one block's runs of a kind, cut at its lines' ends."""
    runs = list(_kind_runs(block))
    if not runs:
        return
    text_layout = block.layout()
    origin = area.topLeft()
    for number in range(text_layout.lineCount()):
        line = text_layout.lineAt(number)
        line_top = origin.y() + line.y()
        if line_top > bottom or line_top + line.height() < top:
            continue
        first, last = line.textStart(), line.textStart() + line.textLength()
        for start, end, kind in runs:
            start, end = max(start, first), min(end, last)
            if start >= end:
                continue
            left = origin.x() + line.cursorToX(start)[0]
            right = origin.x() + line.cursorToX(end)[0]
            yield Stroke(kind, min(left, right), max(left, right),
                         line_top + line.ascent() + line.descent(), line_top, line_top + line.height())


def _kind_runs(block: QTextBlock) -> Iterator[tuple[int, int, str]]:
    """The block's stretches (positions within it) that take a kind's stroke, neighbours merged."""
    run = None
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        kind = fragment.charFormat().property(KIND_PROPERTY)
        start = fragment.position() - block.position()
        end = start + fragment.length()
        if run is not None and (kind != run[2] or start != run[1]):
            yield run
            run = None
        if kind:
            run = (run[0], end, kind) if run is not None else (start, end, kind)
        fragments += 1
    if run is not None:
        yield run
