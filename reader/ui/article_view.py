"""The reading view: the article in a column, its claims coloured by kind, and the claims
under the reader's cursor, mouse and keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QToolTip

from reader.live.presentation import tooltip_lines
from reader.model import Claim
from reader.ui.claim_formats import edit_block, in_paper_colours, insert_key
from reader.ui.colours import kind_styles, page_is_dark
from reader.ui.strokes import margin_width, paint_strokes
from reader.ui.text_drawing import DrawnArticle

READING_FONTS = ["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Liberation Serif", "serif"]
BASE_POINT_SIZE = 12.5
COLUMN_CHARACTERS = 72  # a comfortable line length for reading
MIN_SIDE_MARGIN = 16
MIN_DOCUMENT_MARGIN = 24
# A selected claim this far (a share of the view's height) from the top or bottom edge stays put.
FAR_FROM_EDGES = 0.15


class ArticleView(DrawnArticle):
    """A read-only, selectable article whose claims are drawn in their kind's style."""

    claim_clicked = Signal(object)  # the Claim under the text cursor, or None
    menu_requested = Signal(object, QPoint)  # a claim right-clicked, and where on the screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self._zoom = 0
        self._selecting = False
        self.reading_fonts, self.column_characters = READING_FONTS, COLUMN_CHARACTERS  # preferences'
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article text, its claims coloured by kind")
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._apply_font()
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    def printable(self) -> QTextDocument:
        """The whole article drawn for paper: its header, then a key to the marks, then the text.

        On paper the legend under the window is missing, and a grey printer leaves only the
        underline styles and the bold and italic to tell the kinds apart: the key shows them.
        """
        self.finish_drawing()
        document = self.document().clone(self)
        self._join_shown_breaks(document)  # before the key goes in: positions are the page's
        # Dark fills under black ink would hide the words; paper has its own shades.
        in_paper_colours(document, kind_styles(bool(self._looks.dark)))
        cursor = QTextCursor(document)
        cursor.setPosition(self._offsets.to_qt(0))
        insert_key(cursor)
        cursor.insertBlock(self.document().findBlock(self._offsets.to_qt(0)).blockFormat())
        return document

    def _join_shown_breaks(self, document: QTextDocument) -> None:
        """Join again the pieces a long paragraph is shown in: paper shows the article's own.

        A piece that found no space to end after (a "word" of thousands of characters, which
        cannot be laid out in reasonable time) stays a paragraph of its own.
        """
        cursor = QTextCursor(document)
        with edit_block(cursor):
            for offset in reversed(self._offsets.breaks):  # from the end: the positions before hold
                if self._text[offset - 1] == " ":
                    cursor.setPosition(self._offsets.end_to_qt(offset))
                    cursor.deleteChar()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The text, then the strokes of its claims and their marks in the margin."""
        super().paintEvent(event)
        if not self._looks.styles:
            return
        painter = QPainter(self.viewport())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.translate(-dx, -dy)
        area = event.rect().translated(dx, dy)
        paint_strokes(painter, self.document(), area.top(), area.bottom(),
                      {kind: style.line for kind, style in self._looks.styles.items()})
        painter.end()

    # Claims under the cursor and the mouse

    def select_claim(self, claim: Claim) -> None:
        """Select a claim's text and scroll so that its start is in view."""
        self.select_text(claim.start, claim.end)

    def select_text(self, start: int, end: int) -> None:
        """Select a stretch of the article by text offsets and scroll so that its start is in view."""
        self.write_up_to(end)  # picked in the list before the text got there
        cursor = QTextCursor(self.document())
        cursor.setKeepPositionOnInsert(True)
        self._select(cursor, end, end)
        self._selecting = True
        try:
            cursor.setPosition(self._offsets.end_to_qt(end))
            cursor.setPosition(self._offsets.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self._bring_to_reading_height()
        finally:
            self._selecting = False

    def _bring_to_reading_height(self) -> None:
        """Scroll the caret a third of the way down the view, unless it is already well in view."""
        top, height = self.cursorRect().top(), self.viewport().height()
        if FAR_FROM_EDGES * height <= top <= (1 - 2 * FAR_FROM_EDGES) * height:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - height // 3)

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

    def top_offset(self) -> int:
        """The text offset of the first character in view: where the reader is."""
        position = self.cursorForPosition(QPoint(0, 0)).position()
        return max(0, min(len(self._text), self.offset_of(position)))

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line of a text offset is at the top of the view."""
        self.write_up_to(offset + 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position_of(min(offset, len(self._text))))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A right click on a claim asks for the claim's menu; elsewhere, the text's own menu."""
        offset = self.offset_of(self.cursorForPosition(event.pos()).position())
        claim = self.claim_at(offset) if self._analysis is not None else None
        if claim is None:
            super().contextMenuEvent(event)
        else:
            self.menu_requested.emit(claim, event.globalPos())

    # Reading comfort: font, zoom, column, theme

    def set_zoom(self, steps: int) -> None:
        """Make the text bigger or smaller by whole steps from the base size."""
        self._zoom = max(-6, min(12, steps))
        self._apply_font()

    @property
    def zoom(self) -> int:
        """The zoom steps from the base size."""
        return self._zoom

    @property
    def zoom_percent(self) -> int:
        """The text size as a share of the base size."""
        return round(100 * max(6.0, BASE_POINT_SIZE + self._zoom) / BASE_POINT_SIZE)

    def _apply_font(self) -> None:
        """The reading font at the zoomed size."""
        font = QFont()
        font.setFamilies(self.reading_fonts)
        font.setPointSizeF(max(6.0, BASE_POINT_SIZE + self._zoom))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(max(MIN_DOCUMENT_MARGIN, margin_width(self.document())))
        self._fit_column()
        self._forget_sight()

    def resizeEvent(self, event) -> None:
        """Keep the text in a centred column of readable width."""
        # margins first: the text is laid out again for the viewport they leave
        self._fit_column()
        super().resizeEvent(event)
        self._forget_sight()

    def _fit_column(self) -> None:
        """Side margins that leave a column of about COLUMN_CHARACTERS characters."""
        column = QFontMetricsF(self.font()).averageCharWidth() * self.column_characters
        column += 2 * self.document().documentMargin()
        side = max(MIN_SIDE_MARGIN, int((self.width() - column) / 2))
        self.setViewportMargins(side, 0, side, 0)

    def changeEvent(self, event) -> None:
        """Redraw the claims in the other theme's colours when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()

    def restyle(self) -> None:
        """Draw the claims again, in the colours of the palette now chosen."""
        self._looks.forget_theme()
        self.set_filter(self._filter)

    def follow_palette(self) -> None:
        """Redraw the claims if the page went from light to dark or back."""
        if self._analysis is not None and page_is_dark(self) != self._looks.dark:
            self.set_filter(self._filter)
