"""The colour registry: how each claim kind looks on a light and on a dark page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QApplication

from reader.model import KINDS

# Paul Tol's "light" scheme on a light page; on a dark page, the same hues darkened so that
# light text stays readable on them, with the light hues kept for the underlines.
LIGHT = {"direct": "#99DDFF", "reported": "#EEDD88", "unattributed": "#FFAABB"}
DARK = {"direct": "#1F5570", "reported": "#5E5520", "unattributed": "#6E2E3C"}
# On paper, direct quotes take Tol's deeper "light blue": printed in grey, the screen's cyan and
# the reported yellow come out the same shade.
PAPER = dict(LIGHT, direct="#77AADD")
LIGHT_LINES = {"direct": "#0077BB", "reported": "#997700", "unattributed": "#EE6677"}
DARK_LINES = {"direct": "#99DDFF", "reported": "#EEDD88", "unattributed": "#FFAABB"}

# The cue that is not colour: each kind has its own underline style.
UNDERLINES = {
    "direct": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "reported": QTextCharFormat.UnderlineStyle.DashUnderline,
    "unattributed": QTextCharFormat.UnderlineStyle.DotLine,
}
PEN_STYLES = {"direct": Qt.PenStyle.SolidLine, "reported": Qt.PenStyle.DashLine,
              "unattributed": Qt.PenStyle.DotLine}
UNDERLINE_WORDS = {"direct": "solid underline", "reported": "dashed underline",
                   "unattributed": "dotted underline"}


@dataclass(frozen=True)
class KindStyle:
    """How one kind of claim is drawn: background (None for none), underline colour and style."""

    kind: str
    background: QColor | None
    line: QColor
    underline: QTextCharFormat.UnderlineStyle


def is_dark(palette: QPalette) -> bool:
    """Whether a palette paints light text on a dark page."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def page_is_dark(widget) -> bool:
    """Whether a widget's page is dark, by the application palette, which changes at once."""
    # A widget's own palette() catches up with a new application palette only at the next
    # event loop turn; the application's answer is already right.
    return is_dark(QApplication.palette(widget))


def kind_styles(dark: bool, paper: bool = False) -> dict[str, KindStyle]:
    """The style of every kind for a light or a dark page, or for paper."""
    fills, lines = (DARK, DARK_LINES) if dark else (PAPER if paper else LIGHT, LIGHT_LINES)
    return {kind: KindStyle(kind, _background(kind, fills), QColor(lines[kind]), UNDERLINES[kind])
            for kind in KINDS}


def _background(kind: str, fills: dict[str, str]) -> QColor | None:
    """Most of an article is unattributed: those sentences get an underline, not a fill."""
    return None if kind == "unattributed" else QColor(fills[kind])


def swatch_colour(kind: str, dark: bool) -> QColor:
    """The colour that stands for a kind in the panel and legend."""
    return QColor((DARK if dark else LIGHT)[kind])


@lru_cache(maxsize=None)
def kind_icon(kind: str, dark: bool, size: int = 16) -> QIcon:
    """A small swatch: the kind's colour over its underline style, as in the text."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    # Small swatches on a dark window read better in the bright hues than in the text's dark fills.
    painter.setBrush(QColor(LIGHT[kind]))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size * 0.62), 2, 2)
    pen = QPen(QColor(LIGHT_LINES[kind] if not dark else DARK_LINES[kind]), 2, PEN_STYLES[kind])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    baseline = size * 0.85
    painter.drawLine(QPointF(1, baseline), QPointF(size - 1, baseline))
    painter.end()
    return QIcon(pixmap)
