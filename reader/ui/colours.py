"""How each claim kind of the table in reader/kinds.py is drawn by Qt, on a light or dark page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from reader.kinds import TABLE
from reader.ui.strokes import MIN_STROKE, STROKE_EM, draw_stroke

# The table's fills of the filled kinds and its underline colours, on each surface.
LIGHT = {kind: look.light.fill for kind, look in TABLE.items() if look.light.fill}
DARK = {kind: look.dark.fill for kind, look in TABLE.items() if look.dark.fill}
PAPER = {kind: look.paper.fill for kind, look in TABLE.items() if look.paper.fill}
LIGHT_LINES = {kind: look.light.line for kind, look in TABLE.items()}
DARK_LINES = {kind: look.dark.line for kind, look in TABLE.items()}

# Find's matches, on a light and on a dark page: a hue no kind's fill has, far in lightness from
# every fill and from the page, so that a match shows inside a blue quote as well as in plain
# text; the match's letters in the colour that reads on it.
FIND_MATCH = {False: ("#C2185B", "#FFFFFF"), True: ("#FFB23F", "#000000")}

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


def find_match_colours(dark: bool) -> tuple[QColor, QColor]:
    """The background and the text of a match of Find, on a light or a dark page."""
    background, text = FIND_MATCH[dark]
    return QColor(background), QColor(text)


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


def kind_sample(kind: str, dark: bool, height: int = 18) -> QPixmap:
    """A kind as the text draws it, for the legend and the help page: margin bar, fill, underline."""
    return _kind_sample(kind, dark, height, _palette)


@lru_cache(maxsize=None)
def _kind_sample(kind: str, dark: bool, height: int, palette: str) -> QPixmap:
    """The sample of a kind in a palette: the strokes tell the kinds apart in greyscale too."""
    look = TABLE[kind]
    colours = look.colours(dark, palette=palette)
    line = QColor(colours.line)
    weight = max(MIN_STROKE, height * STROKE_EM)
    pixmap = QPixmap(round(height * 2.6), height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp, as in the text
    bar = weight * 2.2 + 1  # a double bar's outer line inside the sample
    draw_stroke(painter, QLineF(bar, 1, bar, height - 1), look.underline, line, weight, weight * 2)
    text_left, text_bottom = bar + weight * 3, height * 0.55
    if colours.fill:
        painter.fillRect(QRectF(text_left, 1, pixmap.width() - text_left - 1, text_bottom - 1),
                         QColor(colours.fill))
    under = text_bottom + weight * 1.6
    draw_stroke(painter, QLineF(text_left, under, pixmap.width() - 1, under), look.underline,
                line, weight)
    painter.end()
    return pixmap
