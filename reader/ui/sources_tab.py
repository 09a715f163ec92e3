"""The panel's Sources tab: who the article quotes, as bars of words, and the shares credited."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from reader.i18n import ngettext, number
from reader.model import Analysis
from reader.report import ArticleSources, SourceSummary
from reader.report.tables import article_shares

# Paul Tol's "muted" hues, one a source type: told apart by colour-blind readers too.
TYPE_COLOURS = {"person": "#332288", "organisation": "#117733", "media": "#44AA99",
                "document": "#DDCC77", "anonymous": "#CC6677", "unknown": "#888888"}
# The source types and genders the report tells, in words translated where shown.
TYPE_WORDS = {"person": QT_TRANSLATE_NOOP("SourcesTab", "person"),
              "organisation": QT_TRANSLATE_NOOP("SourcesTab", "organisation"),
              "media": QT_TRANSLATE_NOOP("SourcesTab", "media"),
              "document": QT_TRANSLATE_NOOP("SourcesTab", "document"),
              "anonymous": QT_TRANSLATE_NOOP("SourcesTab", "anonymous"),
              "unknown": QT_TRANSLATE_NOOP("SourcesTab", "unknown")}
GENDER_WORDS = {"female": QT_TRANSLATE_NOOP("SourcesTab", "female"),
                "male": QT_TRANSLATE_NOOP("SourcesTab", "male"),
                "unknown": QT_TRANSLATE_NOOP("SourcesTab", "gender unknown")}
ROW_HEIGHT = 34
BAR_HEIGHT = 10
MARGIN = 8


class SourcesTab(QWidget):
    """The shares of the article credited, then a bar for each source, most words first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._due: Analysis | None = None  # an analysis to show once the tab is in sight
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 0)
        self.shares = QLabel(self.tr("No article open."))
        self.shares.setWordWrap(True)
        self.shares.setAccessibleName(self.tr("Shares credited"))
        layout.addWidget(self.shares)
        self.chart = SourcesChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        layout.addWidget(scroll, 1)

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show an analysis's sources, or none; worked out once the tab is in sight.

        A book's thousands of sources take half a second to sum up: not for each analysis
        drawn, the window waiting, when most readers never look at this tab.
        """
        self._due = analysis
        if analysis is None or self.isVisible():
            self._show_due()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The tab comes into sight: sum up the analysis that came meanwhile."""
        super().showEvent(event)
        if self._due is not None:
            self._show_due()

    def _show_due(self) -> None:
        """Sum up the sources of the analysis given last, or say there is none."""
        analysis, self._due = self._due, None
        summary = analysis.sources_summary() if analysis is not None else None
        if summary is None:
            self.shares.setText(self.tr("No article open."))
        elif not summary.sources:
            self.shares.setText(self.tr("The article credits nothing to anyone."))
        else:
            self.shares.setText(article_shares(summary))
        self.chart.set_summary(summary)


class SourcesChart(QWidget):
    """Horizontal bars: each source's words, its name, type, gender and claims written above."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[SourceSummary] = []
        self.setAccessibleName(self.tr("Sources chart"))

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
    kind = _translated(TYPE_WORDS.get(source.type, source.type))
    if source.type == "person":
        kind += ", " + _translated(GENDER_WORDS.get(source.gender, source.gender))
    claims = ngettext("{count} claim", "{count} claims", source.claims).format(count=number(source.claims))
    words = ngettext("{count} word", "{count} words", source.words).format(count=number(source.words))
    return f"{source.name} — {kind}{_colon()}{claims}, {words}"


def _translated(words: str) -> str:
    """A source's type or gender in the interface's language."""
    return QCoreApplication.translate("SourcesTab", words)


def _colon() -> str:
    """A colon as the interface's language writes it (French puts a space before it)."""
    return QCoreApplication.translate("SourcesTab", ": ")
