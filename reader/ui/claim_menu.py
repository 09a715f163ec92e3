"""The menu of a claim, on its row in the panel and on its words in the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from reader.citation import citation
from reader.marks import STATES, Mark
from reader.model import Analysis, Claim
from reader.ui.marking import MarginMarks, MarkDialog, MarkKeeper

# What the menu says, in one place.
COPY = QT_TRANSLATE_NOOP("ClaimMenu", "&Copy")
COPY_CITATION = QT_TRANSLATE_NOOP("ClaimMenu", "Copy as C&itation")
GO_TO_SOURCE = QT_TRANSLATE_NOOP("ClaimMenu", "Go to &Source")
SHOW_IN_TEXT = QT_TRANSLATE_NOOP("ClaimMenu", "Show in &Text")
MARK_AS = {"checked": QT_TRANSLATE_NOOP("ClaimMenu", "Mark as C&hecked"),
           "to_check": QT_TRANSLATE_NOOP("ClaimMenu", "Mark as T&o Check"),
           "disputed": QT_TRANSLATE_NOOP("ClaimMenu", "Mark as &Disputed")}
NOTE = QT_TRANSLATE_NOOP("ClaimMenu", "&Note and Link…")
UNMARK = QT_TRANSLATE_NOOP("ClaimMenu", "&Remove Mark")


class ClaimMenu(QObject):
    """Copy a claim, copy it as a citation, select its source's words, find it in the text, mark it."""

    def __init__(self, article, panel, analysis: Callable[[], Analysis | None], parent=None):
        super().__init__(parent)
        self.article = article
        self.panel = panel
        self.analysis = analysis  # the analysis shown, asked for when a menu opens
        self.menu: QMenu | None = None  # the menu last opened
        self.marks = MarkKeeper(panel, self)
        self.marks.failed.connect(self._say_marks_are_off)
        self.margin = MarginMarks(article, panel)  # the marks beside the text too
        self.marks.loaded.connect(self.margin.update)
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
        menu.setAccessibleName(self.tr("Claim"))
        menu.addAction(self.tr(COPY), lambda: self.copy(claim))
        menu.addAction(self.tr(COPY_CITATION), lambda: self.copy_citation(claim))
        menu.addSeparator()
        go_to_source = menu.addAction(self.tr(GO_TO_SOURCE), lambda: self.go_to_source(claim))
        go_to_source.setEnabled(claim.source is not None and claim.source.start is not None)
        menu.addAction(self.tr(SHOW_IN_TEXT), lambda: self.show_in_text(claim))
        menu.addSeparator()
        self._add_mark_actions(menu, claim)
        return menu

    def _add_mark_actions(self, menu: QMenu, claim: Claim) -> None:
        """A checkable entry per mark, the note and link, and removing the mark."""
        mark = self.marks.mark_of(claim)
        for state in STATES:
            action = menu.addAction(self.tr(MARK_AS[state]), lambda s=state: self.mark(claim, s))
            action.setCheckable(True)
            action.setChecked(mark is not None and mark.state == state)
            action.setEnabled(self.marks.available)
        menu.addAction(self.tr(NOTE), lambda: self.edit_note(claim)).setEnabled(self.marks.available)
        menu.addAction(self.tr(UNMARK), lambda: self.marks.set_mark(claim, None)).setEnabled(
            mark is not None)

    def mark(self, claim: Claim, state: str) -> None:
        """Mark a claim one way, keeping its note and link."""
        mark = self.marks.mark_of(claim) or Mark(state)
        self.marks.set_mark(claim, Mark(state, mark.note, mark.link))

    def edit_note(self, claim: Claim) -> MarkDialog:
        """Open the dialog of the claim's mark, note and link; kept when accepted."""
        dialog = MarkDialog(claim, self.marks.mark_of(claim), self.article.window())
        dialog.finished.connect(lambda result: self._keep_dialog_mark(claim, dialog, result))
        dialog.open()
        return dialog

    def _keep_dialog_mark(self, claim: Claim, dialog: MarkDialog, result: int) -> None:
        """Keep the mark the dialog was closed with by OK."""
        if result == QDialog.DialogCode.Accepted:
            self.marks.set_mark(claim, dialog.result_mark)
        dialog.deleteLater()

    def _say_marks_are_off(self, message: str) -> None:
        """Tell the reader, once, that marks cannot be kept and why."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Marks Are Off"), message,
                          QMessageBox.StandardButton.Ok, self.article.window())
        box.open()
        self.warning = box

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
