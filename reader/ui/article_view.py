"""The reading view: the article in a column, its claims coloured by kind."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (QFont, QFontMetricsF, QPalette, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextFormat)
from PySide6.QtWidgets import QTextEdit, QToolTip

from reader.document import Document
from reader.model import Analysis, Claim
from reader.ui.chunked import ChunkedJob
from reader.ui.colours import kind_styles, page_is_dark
from reader.ui.presentation import (ClaimFilter, OffsetMap, byline, changed_stretch, paint_marks,
                                    tooltip_lines)

READING_FONTS = ["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Liberation Serif", "serif"]
BASE_POINT_SIZE = 12.5
COLUMN_CHARACTERS = 72  # a comfortable line length for reading
MIN_SIDE_MARGIN = 16
LINE_HEIGHT_PERCENT = 145
# Sizes of the pieces of GUI-thread work, each well under a frame's time on a long article.
WRITE_PIECE = 8_000
RESET_PIECE = 50_000
PAINT_BATCH = 50


class ArticleView(QTextEdit):
    """A read-only, selectable article whose claims are drawn in their kind's style."""

    claim_clicked = Signal(object)  # the Claim under the text cursor, or None
    drawn = Signal()  # the text or its claims are completely drawn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._zoom = 0
        self._offsets = OffsetMap("")
        self._text = ""
        self._analysis: Analysis | None = None
        self._filter = ClaimFilter()
        self._visible: list[Claim] = []
        self._selecting = False
        self._painted_dark: bool | None = None
        self._writing: Iterator[None] = iter(())  # the rest of the text still to write
        self._painted_marks: set[tuple] = set()  # what the text shows, see paint_marks()
        self._unsettled: tuple[int, int] | None = None  # a stretch whose drawing was cut short
        self._job = ChunkedJob(self)
        self._job.finished.connect(self.drawn)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article text, its claims coloured by kind")
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.document().setDocumentMargin(24)
        self._apply_font()
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # Showing an article and its analysis

    def show_document(self, document: Document) -> None:
        """Show an article's title, date and text, without any claim."""
        self._analysis, self._visible = None, []
        self._writing = self._write(document.text, document.metadata)
        self._job.start(self._writing)

    def show_analysis(self, analysis: Analysis, claim_filter: ClaimFilter) -> None:
        """Colour the claims of an analysis that pass the filter's kinds; `drawn` tells when done.

        Analyses of the same text follow each other as the parse goes on: the text being written
        is not written again, and the top of the article is coloured first.
        """
        if analysis.text != self._text:
            self._writing = self._write(analysis.text, analysis.metadata)
        steps = self._writing
        self._analysis = analysis
        self._filter = claim_filter
        self._visible = self._claims_shown(claim_filter)
        self._job.start(chain(steps, self._paint_claims()))

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Redraw the claims with only the kinds the filter shows."""
        self._filter = claim_filter
        if self._analysis is None:
            return
        self._visible = self._claims_shown(claim_filter)
        self._job.start(chain(self._writing, self._paint_claims()))

    def _claims_shown(self, claim_filter: ClaimFilter) -> list[Claim]:
        """The analysis's claims of the kinds shown."""
        return [c for c in self._analysis.claims if claim_filter.shows_kind(c.kind)]

    def clear_article(self) -> None:
        """Show nothing."""
        self._job.cancel()
        self._writing = iter(())
        self._analysis, self._visible, self._text = None, [], ""
        self._offsets = OffsetMap("")
        self.clear()

    @property
    def drawing(self) -> bool:
        """Whether text or claims are still being drawn, a slice at a time."""
        return self._job.running

    @property
    def analysis(self) -> Analysis | None:
        """The analysis shown, if any."""
        return self._analysis

    @property
    def visible_claims(self) -> list[Claim]:
        """The claims drawn in the text, in reading order."""
        return self._visible

    def position_of(self, offset: int) -> int:
        """The document position of an offset in the article text."""
        return self._offsets.to_qt(offset)

    def offset_of(self, position: int) -> int:
        """The article text offset of a document position."""
        return self._offsets.from_qt(position)

    def _write(self, text: str, metadata: dict) -> Iterator[None]:
        """Write the header, then the body a piece at a time, remembering where the body starts."""
        self.clear()
        self._painted_marks, self._unsettled = set(), None
        cursor = QTextCursor(self.document())
        self._write_header(cursor, metadata)
        body = QTextBlockFormat()
        body.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(body)
        self._text = text
        self._offsets = OffsetMap(text, cursor.position())
        plain = QTextCharFormat()
        for start in range(0, len(text), WRITE_PIECE):
            cursor.insertText(text[start:start + WRITE_PIECE], plain)
            if start == 0:
                self.moveCursor(QTextCursor.MoveOperation.Start)
            yield

    def _write_header(self, cursor: QTextCursor, metadata: dict) -> None:
        """The title in large type and, under it, the date, author and outlet the file gives."""
        title, under_title = metadata.get("title"), byline(metadata)
        if title:
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
            block = QTextBlockFormat()
            block.setHeadingLevel(1)
            block.setBottomMargin(6)
            cursor.setBlockFormat(block)
            cursor.insertText(title, heading)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if under_title:
            quiet = QTextCharFormat()
            quiet.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            quiet.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
            cursor.insertText(under_title, quiet)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if title or under_title:
            block = QTextBlockFormat()
            block.setBottomMargin(12)
            cursor.setBlockFormat(block)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def _paint_claims(self) -> Iterator[None]:
        """Redraw the stretch of text whose claims changed since the last drawing, top first.

        Successive partial analyses differ mostly where the parse got to, so each redraws little.
        A drawing cut short by the next one leaves its stretch unsettled, to be redrawn then.
        """
        dark = page_is_dark(self)
        marks = paint_marks(self._visible)
        if dark != self._painted_dark:
            stretch = (0, len(self._text))
        else:
            stretch = _union(changed_stretch(self._painted_marks, marks), self._unsettled)
        if stretch is None:
            return
        self._painted_dark, self._painted_marks, self._unsettled = dark, marks, stretch
        yield from self._paint_stretch(*stretch, kind_styles(dark))
        self._unsettled = None

    def _paint_stretch(self, low: int, high: int, styles: dict) -> Iterator[None]:
        """Reset a stretch's formats, then draw the visible claims in it, outer claims first."""
        cursor = QTextCursor(self.document())
        for start in range(low, high, RESET_PIECE):
            with edit_block(cursor):
                self._select(cursor, start, min(high, start + RESET_PIECE))
                cursor.setCharFormat(QTextCharFormat())
            yield
        inside = [c for c in self._visible if c.start < high and c.end > low]
        # Reading order keeps each batch's relayout local; an outer claim still comes before the
        # claims nested in it, which therefore draw over it.
        outer_first = sorted(inside, key=lambda c: (c.start, -c.end))
        for batch in range(0, len(outer_first), PAINT_BATCH):
            with edit_block(cursor):
                for claim in outer_first[batch:batch + PAINT_BATCH]:
                    self._select(cursor, max(low, claim.start), min(high, claim.end))
                    cursor.mergeCharFormat(claim_format(styles[claim.kind], claim.hedged))
            yield
        for batch in range(0, len(inside), PAINT_BATCH):
            with edit_block(cursor):
                for claim in inside[batch:batch + PAINT_BATCH]:
                    for part in (claim.source, claim.cue):
                        if part is not None and part.start is not None and part.end is not None \
                                and part.start < high and part.end > low:
                            self._select(cursor, max(low, part.start), min(high, part.end))
                            cursor.mergeCharFormat(marker_format(styles[claim.kind]))
            yield

    def _select(self, cursor: QTextCursor, start: int, end: int) -> None:
        """Select a stretch of the article text given by text offsets."""
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)

    # Claims under the cursor and the mouse

    def select_claim(self, claim: Claim) -> None:
        """Select a claim's text and scroll so that its start is in view."""
        cursor = QTextCursor(self.document())
        self._select(cursor, claim.end, claim.end)
        self._selecting = True
        try:
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.setPosition(self._offsets.to_qt(claim.end))
            cursor.setPosition(self._offsets.to_qt(claim.start), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        finally:
            self._selecting = False

    def claim_at(self, offset: int) -> Claim | None:
        """The innermost visible claim at an offset, or the claim whose source or cue is there."""
        covering = [c for c in self._visible if c.start <= offset < c.end]
        if covering:
            return min(covering, key=lambda c: c.end - c.start)
        for claim in self._visible:
            for part in (claim.source, claim.cue):
                if part is not None and part.start is not None and part.start <= offset < (part.end or 0):
                    return claim
        return None

    def current_offset(self) -> int:
        """The text offset of the cursor (the start of the selection, if any)."""
        return self.offset_of(self.textCursor().selectionStart())

    def _on_cursor_moved(self) -> None:
        """A click or a caret move without selection names the claim under it."""
        if self._selecting or self._analysis is None or self.textCursor().hasSelection():
            return
        self.claim_clicked.emit(self.claim_at(self.current_offset()))

    def viewportEvent(self, event) -> bool:
        """Show what a claim is when the mouse rests on it."""
        if event.type() == QEvent.Type.ToolTip and self._analysis is not None:
            position = self.cursorForPosition(event.pos()).position()
            claim = self.claim_at(self.offset_of(position))
            if claim is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), "\n".join(tooltip_lines(claim)), self)
            return True
        return super().viewportEvent(event)

    # Reading comfort: font, zoom, column, theme

    def set_zoom(self, steps: int) -> None:
        """Make the text bigger or smaller by whole steps from the base size."""
        self._zoom = max(-6, min(12, steps))
        self._apply_font()

    @property
    def zoom(self) -> int:
        """The zoom steps from the base size."""
        return self._zoom

    def _apply_font(self) -> None:
        """The reading font at the zoomed size."""
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setPointSizeF(max(6.0, BASE_POINT_SIZE + self._zoom))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._fit_column()

    def resizeEvent(self, event) -> None:
        """Keep the text in a centred column of readable width."""
        # margins first: the text is laid out again for the viewport they leave
        self._fit_column()
        super().resizeEvent(event)

    def _fit_column(self) -> None:
        """Side margins that leave a column of about COLUMN_CHARACTERS characters."""
        column = QFontMetricsF(self.font()).averageCharWidth() * COLUMN_CHARACTERS
        column += 2 * self.document().documentMargin()
        side = max(MIN_SIDE_MARGIN, int((self.width() - column) / 2))
        self.setViewportMargins(side, 0, side, 0)

    def changeEvent(self, event) -> None:
        """Redraw the claims in the other theme's colours when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()

    def follow_palette(self) -> None:
        """Redraw the claims if the page went from light to dark or back."""
        if self._analysis is not None and page_is_dark(self) != self._painted_dark:
            self.set_filter(self._filter)


@contextmanager
def edit_block(cursor: QTextCursor):
    """Group edits so that the layout is redone once for all of them, not once for each."""
    cursor.beginEditBlock()
    try:
        yield
    finally:
        cursor.endEditBlock()


def claim_format(style, hedged: bool) -> QTextCharFormat:
    """A claim's look: its kind's fill and underline style; italic when hedged."""
    fmt = QTextCharFormat()
    if style.background is not None:
        fmt.setBackground(style.background)
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(style.line)
    fmt.setFontItalic(hedged)
    return fmt


def marker_format(style) -> QTextCharFormat:
    """A source or cue: bold, underlined in its claim's colour."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(style.line)
    return fmt


def _union(first: tuple[int, int] | None, second: tuple[int, int] | None) -> tuple[int, int] | None:
    """The smallest stretch covering both (either may be None)."""
    if first is None or second is None:
        return first or second
    return min(first[0], second[0]), max(first[1], second[1])
