"""The article on paper: pages under a running head (title, date, page), its claims' strokes.

Qt's own printing of a text document knows nothing of the strokes painted over the text, so the
pages are laid out and painted here: the document in pages of the paper's size, then on each
page its part of the text, the strokes and margin marks of that part, and the running head.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QGuiApplication, QPainter, QPalette,
                           QTextDocument)

from reader.i18n import long_date
from reader.ui.colours import kind_styles
from reader.ui.strokes import margin_width, paint_strokes

HEAD_POINTS = 8.5  # the running head's type size
HEAD_GAP = 2.2  # the running head's height, in lines of its type


def running_head(title: str, page: int, pages: int, today: date | None = None) -> str:
    """The line atop each printed page: "Title · Claim Reader, 7 December 2026 · page 1 of 3",
    the date as the reader's language writes it."""
    printed = long_date((today or date.today()).isoformat())
    return QCoreApplication.translate("Printing", "%1 · Claim Reader, %2 · page %3 of %4").replace(
        "%1", title).replace("%2", printed).replace("%3", str(page)).replace("%4", str(pages))


def print_document(document: QTextDocument, printer, title: str) -> None:
    """Print a document drawn for paper on a printer (or into its PDF file), page after page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        _print_pages(painter, document, printer, title)
    finally:
        painter.end()


def _print_pages(painter: QPainter, document: QTextDocument, printer, title: str) -> None:
    """Lay the document out in pages of the paper's size and paint them one by one."""
    from PySide6.QtPrintSupport import QPrinter

    # The document is laid out at the screen's resolution, and scaled to the printer's.
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInchY()
    scale = printer.resolution() / dpi
    paper = printer.pageRect(QPrinter.Unit.DevicePixel)
    width, height = paper.width() / scale, paper.height() / scale
    head_font = QFont(document.defaultFont())
    head_font.setPixelSize(round(HEAD_POINTS * dpi / 72))  # the painter's units are the screen's
    head = HEAD_GAP * head_font.pixelSize()
    document.setDocumentMargin(max(document.documentMargin(), margin_width(document)))
    body = height - head
    document.setPageSize(QSizeF(width, body))
    pages = document.pageCount()
    colours = {kind: style.line for kind, style in kind_styles(False, paper=True).items()}
    for page in range(pages):
        if page:
            printer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.setFont(head_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(QRectF(0, 0, width, head), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         running_head(title, page + 1, pages))
        painter.translate(0, head - page * body)
        area = QRectF(0, page * body, width, body)
        painter.setClipRect(area)
        _paint_text(painter, document, area)
        paint_strokes(painter, document, area.top(), area.bottom(), colours)
        painter.restore()


def _paint_text(painter: QPainter, document: QTextDocument, area: QRectF) -> None:
    """The document's text within an area, in black ink whatever the theme on screen."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = area
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.palette = palette
    document.documentLayout().draw(painter, context)
