"""How each claim kind of the table in reader/kinds.py is drawn by Qt, on a light or dark page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from reader.kinds import TABLE
from reader.ui.strokes import draw_stroke

# The table's fills of the filled kinds and its underline colours, on each surface.
LIGHT = {kind: look.light.fill for kind, look in TABLE.items() if look.light.fill}
DARK = {kind: look.dark.fill for kind, look in TABLE.items() if look.dark.fill}
PAPER = {kind: look.paper.fill for kind, look in TABLE.items() if look.paper.fill}
LIGHT_LINES = {kind: look.light.line for kind, look in TABLE.items()}
DARK_LINES = {kind: look.dark.line for kind, look in TABLE.items()}

_palette = "current"  # the claims' colours the reader chose: current, high_contrast, greyscale


def use_palette(name: str) -> None:
    """Draw the claims in a palette of the table from now on (the window redraws them)."""
    global _palette
    _palette = name


def current_palette() -> str:
    """The palette the claims are drawn in."""
    return _palette


@dataclass(frozen=True)
class KindStyle:
    """How one kind of claim is drawn: background (None for none), stroke colour and shape."""

    kind: str
    background: QColor | None
    line: QColor
    stroke: str  # solid, double or dashed, painted by reader/ui/strokes.py


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
    styles = {}
    for kind, look in TABLE.items():
        colours = look.colours(dark, paper, _palette)
        fill = QColor(colours.fill) if colours.fill else None
        styles[kind] = KindStyle(kind, fill, QColor(colours.line), look.underline)
    return styles


def kind_icon(kind: str, dark: bool, size: int = 16) -> QIcon:
    """A small swatch: the kind's colour over its stroke, as in the text."""
    return _kind_icon(kind, dark, size, _palette)


@lru_cache(maxsize=None)
def _kind_icon(kind: str, dark: bool, size: int, palette: str) -> QIcon:
    """The swatch of a kind in a palette."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    # Small swatches on a dark window read better in the bright hues than in the text's dark fills.
    look = TABLE[kind]
    colours = look.colours(dark, palette=palette)
    painter.setBrush(QColor(look.swatch if palette == "current" else colours.fill or colours.line))
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size * 0.62), 2, 2)
    baseline = size * 0.85
    draw_stroke(painter, QLineF(1, baseline, size - 1, baseline), look.underline,
                QColor(colours.line), size / 8)
    painter.end()
    return QIcon(pixmap)
