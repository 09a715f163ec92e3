"""The panel's Sources tab: who the article quotes, as bars of words, and the shares credited."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from reader.model import Analysis
from reader.report import ArticleSources, SourceSummary
from reader.report.tables import article_shares

# Paul Tol's "muted" hues, one a source type: told apart by colour-blind readers too.
TYPE_COLOURS = {"person": "#332288", "organisation": "#117733", "media": "#44AA99",
                "document": "#DDCC77", "anonymous": "#CC6677", "unknown": "#888888"}
ROW_HEIGHT = 34
BAR_HEIGHT = 10
MARGIN = 8


class SourcesTab(QWidget):
    """The shares of the article credited, then a bar for each source, most words first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 0)
        self.shares = QLabel("No article open.")
        self.shares.setWordWrap(True)
        self.shares.setAccessibleName("Shares credited")
        layout.addWidget(self.shares)
        self.chart = SourcesChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        layout.addWidget(scroll, 1)

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show an analysis's sources, or none."""
        summary = analysis.sources_summary() if analysis is not None else None
        if summary is None:
            self.shares.setText("No article open.")
        elif not summary.sources:
            self.shares.setText("The article credits nothing to anyone.")
        else:
            self.shares.setText(article_shares(summary))
        self.chart.set_summary(summary)


class SourcesChart(QWidget):
    """Horizontal bars: each source's words, its name, type, gender and claims written above."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[SourceSummary] = []
        self.setAccessibleName("Sources chart")

    def set_summary(self, summary: ArticleSources | None) -> None:
        """Draw the sources of a summary (none for None)."""
        self.sources = summary.sources if summary is not None else []
        self.setAccessibleDescription("; ".join(describe(s) for s in self.sources))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, MARGIN * 2 + ROW_HEIGHT * len(self.sources))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Draw a row a source: the label, then the bar of its words."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        most = max((s.words for s in self.sources), default=1) or 1
        width = self.width() - 2 * MARGIN
        metrics = QFontMetrics(self.font())
        for row, source in enumerate(self.sources):
            top = MARGIN + row * ROW_HEIGHT
            painter.setPen(text)
            label = metrics.elidedText(describe(source), Qt.TextElideMode.ElideRight, width)
            painter.drawText(MARGIN, top + metrics.ascent(), label)
            bar = QRectF(MARGIN, top + metrics.height() + 3, max(2.0, width * source.words / most),
                         BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TYPE_COLOURS.get(source.type, TYPE_COLOURS["unknown"])))
            painter.drawRoundedRect(bar, 2, 2)
        painter.end()


def describe(source: SourceSummary) -> str:
    """A source in one line: « Agnès Martin — person, female: 2 claims, 17 words »."""
    gender = f", {source.gender}" if source.type == "person" else ""
    return (f"{source.name} — {source.type}{gender}: {_count(source.claims, 'claim')}, "
            f"{_count(source.words, 'word')}")


def _count(number: int, noun: str) -> str:
    """« 1 claim », « 3 claims »."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
