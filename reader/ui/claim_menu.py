"""The menu of a claim, on its row in the panel and on its words in the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QMenu

from reader.citation import citation
from reader.model import Analysis, Claim

# What the menu says, in one place.
COPY = "&Copy"
COPY_CITATION = "Copy as C&itation"
GO_TO_SOURCE = "Go to &Source"
SHOW_IN_TEXT = "Show in &Text"


class ClaimMenu(QObject):
    """Copy a claim, copy it as a citation, select its source's words, or find it in the text."""

    def __init__(self, article, panel, analysis: Callable[[], Analysis | None], parent=None):
        super().__init__(parent)
        self.article = article
        self.panel = panel
        self.analysis = analysis  # the analysis shown, asked for when a menu opens
        self.menu: QMenu | None = None  # the menu last opened
        article.menu_requested.connect(self.open)
        panel.menu_requested.connect(self.open)

    def open(self, claim: Claim, where: QPoint) -> None:
        """Show a claim's menu at a point on the screen."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.menu_for(claim)
        self.menu.popup(where)

    def menu_for(self, claim: Claim) -> QMenu:
        """The claim's actions; those it has nothing for are off."""
        menu = QMenu(self.article)
        menu.setAccessibleName("Claim")
        menu.addAction(COPY, lambda: self.copy(claim))
        menu.addAction(COPY_CITATION, lambda: self.copy_citation(claim))
        menu.addSeparator()
        go_to_source = menu.addAction(GO_TO_SOURCE, lambda: self.go_to_source(claim))
        go_to_source.setEnabled(claim.source is not None and claim.source.start is not None)
        menu.addAction(SHOW_IN_TEXT, lambda: self.show_in_text(claim))
        return menu

    def copy(self, claim: Claim) -> None:
        """Put the claim's words on the clipboard."""
        QApplication.clipboard().setText(claim.text)

    def copy_citation(self, claim: Claim) -> None:
        """Put the claim with its source, cue and article on the clipboard, ready to paste."""
        analysis = self.analysis()
        metadata, language = (analysis.metadata, analysis.language) if analysis else ({}, "en")
        QApplication.clipboard().setText(citation(claim, metadata, language))

    def go_to_source(self, claim: Claim) -> None:
        """Select the words that name the claim's source."""
        if claim.source is not None and claim.source.start is not None:
            self.article.select_text(claim.source.start, claim.source.end)
            self.article.setFocus()

    def show_in_text(self, claim: Claim) -> None:
        """Select the claim in the text and in the panel."""
        self.panel.select_claim(claim)
        self.article.select_claim(claim)
        self.article.setFocus()
