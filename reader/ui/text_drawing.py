"""The article written into its view a piece at a time, the pieces in sight first, in the
colours of its claims; a later analysis of the same text recolours only the pieces it changes."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from reader.document import Document
from reader.live.presentation import ClaimFilter, OffsetMap, byline, shown_title
from reader.model import Analysis, Claim
from reader.ui.chunked import PAUSE, ChunkedJob
from reader.ui.claim_formats import edit_block
from reader.ui.colours import page_is_dark
from reader.ui.text_looks import TextLooks

LINE_HEIGHT_PERCENT = 145
# Text is written and coloured a piece at a time, each piece a few milliseconds of layout.
PIECE = 4_000
# How long the text out of sight waits for the claims, to be written once in their colours.
CLAIMS_WAIT_MS = 1_000
PARAGRAPH_BREAK = "\u2029"  # what the page shows between two paragraphs


class DrawnArticle(QTextEdit):
    """An article's header and text, its claims drawn in their kind's style, written as it is read."""

    drawn = Signal()  # what the reader can see of the text is completely drawn, colours included
    completed = Signal()  # the whole text is drawn, out of sight too

    def __init__(self, parent=None):
        super().__init__(parent)
        self.line_height = LINE_HEIGHT_PERCENT  # of the text's lines; the preferences may change it
        self._offsets = OffsetMap("")
        self._text = ""
        self._analysis: Analysis | None = None
        self._filter = ClaimFilter()
        self._visible: list[Claim] = []
        self._looks = TextLooks()  # of the claims whose colours the text shows
        self._restyle_due = False  # the claims shown changed since the last restyle
        self._written = 0  # how much of the text is in the document
        self._stale: set[int] = set()  # written pieces whose colours are out of date
        self._in_sight = False  # whether what the reader sees is drawn since the last change
        self._sight: tuple[int, int] | None = None  # the pieces in sight, until the view moves
        self._tail = QTextCursor(self.document())  # where the next piece is written
        self._awaiting_claims = False  # the text out of sight waits for the claims on their way
        self._claims_wait = QTimer(self)
        self._claims_wait.setSingleShot(True)
        self._claims_wait.setInterval(CLAIMS_WAIT_MS)
        self._claims_wait.timeout.connect(self._stop_awaiting_claims)
        self._job = ChunkedJob(self)
        self._job.finished.connect(self._on_job_done)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.verticalScrollBar().valueChanged.connect(self._forget_sight)

    # Showing an article and its analysis

    def show_document(self, document: Document) -> None:
        """Show an article's title, date and text; the text out of sight waits a moment for claims.

        Writing a long text takes the interpreter from the thread finding its first claims; the
        text in sight is written at once, the rest in the claims' colours when they come.
        """
        self._analysis, self._visible = None, []
        self._start_text(document.text, document.metadata)
        self._awaiting_claims = True
        # From the next turn of the event loop: claims already on their way are drawn with it.
        self._draw(soon=True)

    def _stop_awaiting_claims(self) -> None:
        """No claims came in time: write the rest of the text as it is."""
        self._awaiting_claims = False
        self._draw()

    def show_analysis(self, analysis: Analysis, claim_filter: ClaimFilter,
                      whole_text: bool = True) -> None:
        """Colour the claims of an analysis that pass the filter's kinds; `drawn` tells when done.

        Analyses of the same text follow each other as the parse goes on: the text being written
        is not written again, and only the pieces whose colours change are coloured again. An
        analysis of the top of the text only (not whole_text) leaves the rest waiting for claims.
        """
        if analysis.text != self._text:
            self._start_text(analysis.text, analysis.metadata)
        self._analysis = analysis
        self._awaiting_claims = not whole_text and self._written < len(self._text)
        self._claims_wait.stop()  # started again once the text in sight is drawn, if need be
        # From the next turn of the event loop: the panel lists the claims meanwhile.
        self._show_claims(claim_filter, soon=True)

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Redraw the claims with only the kinds and marks the filter shows."""
        self._show_claims(claim_filter)

    def _show_claims(self, claim_filter: ClaimFilter, soon: bool = False) -> None:
        """Draw the analysis's claims of the kinds and marks the filter shows."""
        self._filter = claim_filter
        if self._analysis is None:
            return
        self._visible = claim_filter.shown_in_text(self._analysis.claims)
        self._restyle_due = True
        self._draw(soon)

    def _restyle(self) -> Iterator[None]:
        """Take the claims shown and the theme's colours; the written pieces they change go stale."""
        stretch = yield from self._looks.restyle(self._visible, page_is_dark(self),
                                                 compare=self._written > 0)  # else nothing to compare
        if stretch is not None:
            self._stale.update(range(stretch[0] // PIECE, _pieces(min(stretch[1], self._written))))
        self._restyle_due = False

    def clear_article(self) -> None:
        """Show nothing."""
        self._job.cancel()
        self._claims_wait.stop()
        self._analysis, self._visible, self._awaiting_claims = None, [], False
        self._start_text("", {})

    @property
    def drawing(self) -> bool:
        """Whether what the reader can see is still being drawn."""
        return self._job.running and not self._in_sight

    @property
    def complete(self) -> bool:
        """Whether the whole text is drawn with the colours of the claims shown."""
        return not self._job.running and self._written == len(self._text) and not self._stale

    @property
    def analysis(self) -> Analysis | None:
        """The analysis shown, if any."""
        return self._analysis

    @property
    def visible_claims(self) -> list[Claim]:
        """The claims drawn in the text, in reading order."""
        return self._visible

    @property
    def text(self) -> str:
        """The article's text shown, without its title and byline."""
        return self._text

    def position_of(self, offset: int) -> int:
        """The document position of an offset in the article text."""
        return self._offsets.to_qt(offset)

    def end_position_of(self, offset: int) -> int:
        """The document position where a stretch of the article text ending at an offset ends."""
        return self._offsets.end_to_qt(offset)

    def offset_of(self, position: int) -> int:
        """The article text offset of a document position."""
        return self._offsets.from_qt(position)

    def _start_text(self, text: str, metadata: dict) -> None:
        """An empty document with the header; the body is written by the drawing, a piece at a time."""
        self.clear()
        self._stale, self._written = set(), 0
        self._looks.clear()
        cursor = QTextCursor(self.document())
        self._write_header(cursor, metadata)
        body = QTextBlockFormat()
        body.setLineHeight(self.line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(body)
        self._text = text
        self._offsets = OffsetMap(text, cursor.position())
        self._tail = cursor
        self._forget_sight()
        self._caret_at_top()

    def _caret_at_top(self) -> None:
        """The reader's caret at the top, where it stays while the text is written after it."""
        caret = QTextCursor(self.document())
        caret.setKeepPositionOnInsert(True)
        self.setTextCursor(caret)

    def _write_header(self, cursor: QTextCursor, metadata: dict) -> None:
        """The title in large type and, under it, the date, author and outlet the file gives."""
        title, under_title = shown_title(metadata), byline(metadata)
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

    # Drawing a piece at a time, what the reader sees first

    def _draw(self, soon: bool = False) -> None:
        """Write and colour what is left, the pieces in sight first; small texts end at once."""
        self._in_sight = False
        if soon:
            self._job.start_soon(self._steps())
        else:
            self._job.start(self._steps())

    def _steps(self) -> Iterator[None]:
        """Draw the next piece until none is left, saying `drawn` once the reader's view is."""
        if self._restyle_due:
            yield from self._restyle()
            yield
        while (step := self._next_step(*self._pieces_in_sight())) is not None:
            step()
            if not self._in_sight and self._sight_is_drawn():
                self._in_sight = True
                self.drawn.emit()
                yield PAUSE  # the rest out of sight can wait for the panel and the screen
            yield

    def _next_step(self, first: int, last: int):
        """Colour a stale piece in sight, write on if sight goes further, else any piece left."""
        in_sight = [piece for piece in self._stale if first <= piece <= last]
        if in_sight:
            return lambda: self._recolour(min(in_sight))
        if self._written < len(self._text) and self._written // PIECE <= last:
            return self._write_piece
        if self._awaiting_claims:
            return None
        if self._stale:
            return lambda: self._recolour(min(self._stale))
        if self._written < len(self._text):
            return self._write_piece
        return None

    def _pieces_in_sight(self) -> tuple[int, int]:
        """The first and last pieces of the text the viewport shows."""
        # About a millisecond on a long text: worked out again only when the view moves.
        if self._sight is None:
            area = self.viewport().rect()
            top = self.offset_of(self.cursorForPosition(area.topLeft()).position())
            bottom = self.offset_of(self.cursorForPosition(area.bottomRight()).position())
            self._sight = max(0, top) // PIECE, max(0, bottom) // PIECE
        return self._sight

    def _forget_sight(self) -> None:
        """The view moved, or the text under it changed: what is in sight must be asked again."""
        self._sight = None

    def _sight_is_drawn(self) -> bool:
        """Whether the text in sight is all written and none of it is stale."""
        first, last = self._pieces_in_sight()
        written_past = self._written == len(self._text) or self._written // PIECE > last
        return written_past and not any(first <= piece <= last for piece in self._stale)

    def _write_piece(self) -> None:
        """Append the next piece of text in the colours of its claims."""
        if self._written // PIECE <= self._pieces_in_sight()[1]:
            self._forget_sight()  # the view may show more of the text than it did
        low = self._written
        high = min(len(self._text), low + PIECE)
        with edit_block(self._tail):
            for start, end, fmt in self._looks.runs(low, high):
                self._tail.insertText(self._shown(start, end), fmt)
        self._written = high
        if low == 0 and self._offsets.to_qt(0) == 0:
            # with no header the caret stood where the text went in, and Qt stretched its anchor
            # over what was written: the whole text showed selected
            self._caret_at_top()

    def _shown(self, start: int, end: int) -> str:
        """The text from start to end as the page shows it, with the breaks of overlong paragraphs."""
        at, parts = start, []
        for offset in self._offsets.breaks_between(start, end):
            parts += [self._text[at:offset], PARAGRAPH_BREAK]
            at = offset
        parts.append(self._text[at:end])
        return "".join(parts)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        """What copying gives: the article's own text, without the breaks shown in long paragraphs."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if not self._offsets.breaks_between(self.offset_of(start), self.offset_of(end) + 1):
            return data
        header = QTextCursor(self.document())
        header.setPosition(start)
        header.setPosition(max(start, min(end, self._offsets.base)), QTextCursor.MoveMode.KeepAnchor)
        before = header.selectedText().replace(PARAGRAPH_BREAK, "\n")
        # Qt's own data makes its text from the page when asked: a fresh one keeps the text given.
        copied = QMimeData()
        copied.setHtml(data.html())
        copied.setText(before + self._text[max(0, self.offset_of(start)):self.offset_of(end)])
        return copied

    def _recolour(self, piece: int) -> None:
        """Give a written piece the colours of the claims shown now."""
        self._stale.discard(piece)
        cursor = QTextCursor(self.document())
        with edit_block(cursor):
            low, high = piece * PIECE, min(self._written, (piece + 1) * PIECE)
            for start, end, fmt in self._looks.runs(low, high):
                self._select(cursor, start, end)
                cursor.setCharFormat(fmt)

    def finish_drawing(self) -> None:
        """Draw all that is left at once, as printing the whole text needs."""
        self._awaiting_claims = False
        self._claims_wait.stop()
        self._job.cancel()
        for _ in self._steps():
            pass
        self._on_job_done()

    def write_up_to(self, offset: int) -> None:
        """Write the text at once up to an offset; the drawing goes on from there."""
        while self._written < min(offset, len(self._text)):
            self._write_piece()

    def _on_job_done(self) -> None:
        """Say that the view is drawn, if no step said it yet; then that all is, or wait for claims."""
        if not self._in_sight:
            self._in_sight = True
            self.drawn.emit()
        if self._awaiting_claims:
            self._claims_wait.start()
        else:
            self.completed.emit()

    def _select(self, cursor: QTextCursor, start: int, end: int) -> None:
        """Select a stretch of the article text given by text offsets."""
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.end_to_qt(end), QTextCursor.MoveMode.KeepAnchor)


def _pieces(end: int) -> int:
    """How many pieces it takes to reach an offset."""
    return -(-end // PIECE)
