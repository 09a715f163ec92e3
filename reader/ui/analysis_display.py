"""An analysis shown in the text and in the claims panel: the partial ones as they come, then
the whole one, said to be shown once both parts have drawn it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.model import Analysis
from reader.ui.status import PRELIMINARY


class AnalysisDisplay(QObject):
    """Draws the session's analyses in the article and lists them in the panel."""

    shown = Signal(object)  # the whole Analysis, once the text and the panel both show it

    def __init__(self, article, panel, status, parent=None):
        super().__init__(parent)
        self.article, self.panel, self.status = article, panel, status
        self._whole: Analysis | None = None
        self._drawing: set[str] = set()  # the parts still drawing the whole analysis
        article.drawn.connect(lambda: self._on_part_drawn("article"))
        panel.listed.connect(lambda: self._on_part_drawn("panel"))

    def forget(self) -> None:
        """Another article, or none: what is being drawn is not to be announced."""
        self._whole, self._drawing = None, set()

    def show_top(self, analysis: Analysis) -> None:
        """Colour the claims at the top of a long text; the rest of it and the list wait for theirs.

        The whole text's rules follow within a quarter of a second; listing meanwhile would both
        list too few claims and, with the rule pass holding the interpreter, stall the window.
        """
        self.article.show_analysis(analysis, self.panel.claim_filter, whole_text=False)
        self.status.say(PRELIMINARY)

    def show_partial(self, analysis: Analysis) -> None:
        """Colour and list what is known so far; the whole analysis will replace it."""
        self.article.show_analysis(analysis, self.panel.claim_filter)
        self.panel.show_analysis(analysis, final=False)
        self.status.say(PRELIMINARY)

    def show_whole(self, analysis: Analysis) -> None:
        """Draw the claims in the text and list them; `shown` follows."""
        self.status.say(QCoreApplication.translate("AnalysisDisplay", "Drawing the claims…"))
        self._whole, self._drawing = analysis, {"article", "panel"}
        self.article.show_analysis(analysis, self.panel.claim_filter)
        self.panel.show_analysis(analysis)

    def _on_part_drawn(self, part: str) -> None:
        """Once text and panel both show the whole analysis, say so."""
        if part not in self._drawing:
            return
        self._drawing.discard(part)
        if not self._drawing and self._whole is not None:
            self.status.show_found(len(self._whole.claims))
            self.shown.emit(self._whole)
