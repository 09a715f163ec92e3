"""The status bar: where the analysis stands, its progress, a cancel button, and the figures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from reader.i18n import ngettext

# While the claims shown are the word rules' first guess and the language model is still at work.
PRELIMINARY = QT_TRANSLATE_NOOP("StatusLine",
                                "Still analysing: first results from the word rules; sources may change…")


class StatusLine(QObject):
    """A stage message, a progress bar and a cancel button while analysing; claims shown and zoom."""

    def __init__(self, bar: QStatusBar, cancel, parent=None):
        super().__init__(parent)
        self.stage_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.progress.setFixedWidth(180)
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the analysis"))
        self.cancel_button.clicked.connect(cancel)
        self.figures = QLabel()  # claims shown of all, and the zoom
        self.figures.setAccessibleName(self.tr("Claims shown and zoom"))
        bar.addWidget(self.stage_label, 1)
        bar.addPermanentWidget(self.figures)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.show_busy(False)

    def say(self, text: str) -> None:
        """Say what happened, or which step the analysis is at."""
        self.stage_label.setText(text)

    def start(self) -> None:
        """An analysis begins: busy, with no figure of progress yet."""
        self.say(self.tr("Opening…"))
        self.progress.setRange(0, 0)
        self.show_busy(True)

    def show_stage(self, text: str, preliminary: bool) -> None:
        """The step the analysis is at, or that what is shown is the rules' first guess."""
        self.say(self.tr(PRELIMINARY) if preliminary else text)
        self.progress.setRange(0, 0)

    def show_progress(self, percent: int) -> None:
        """Move the progress bar."""
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    def show_found(self, found: int) -> None:
        """The analysis is shown: how many claims it found."""
        self.show_busy(False)
        self.say(ngettext("{count} claim found.", "{count} claims found.", found).format(
            count=QLocale().toString(found)))

    def show_busy(self, busy: bool) -> None:
        """Show or hide the progress bar and the cancel button."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def show_figures(self, zoom_percent: int, shown: int | None = None, total: int = 0) -> None:
        """How many claims the filter shows of all (if an analysis is shown), and the zoom."""
        locale = QLocale()
        figures = [self.tr("Zoom %1%").replace("%1", locale.toString(zoom_percent))]
        if shown is not None:
            claims = ngettext("{count} claim", "{count} claims", total).format(
                count=locale.toString(total))
            figures.insert(0, claims if shown == total else self.tr("%1 of %2 shown")
                           .replace("%1", locale.toString(shown)).replace("%2", claims))
        self.figures.setText(" · ".join(figures))
