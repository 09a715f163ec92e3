"""A fact-checker's marks in the window: kept for the claims listed, set from a claim's menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from reader.i18n import _
from reader.marks import (MARK_SIGNS, STATE_LABELS, STATES, Mark, MarksUnavailable, MarkStore,
                          article_key, checked_mark, database_path)
from reader.model import Claim

MARGIN_GAP = 6  # pixels between a margin mark and the text


class MarkKeeper(QObject):
    """Loads the marks of the claims the panel lists, and writes the ones the reader sets."""

    failed = Signal(str)  # the marks database cannot be used: one line saying why
    loaded = Signal()  # the marks shown changed, or may have

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self._store: MarkStore | None = None
        self._unavailable = ""  # why the store cannot be used, once it failed
        panel.listed.connect(self.load)

    @property
    def available(self) -> bool:
        """Whether marks can be kept (the database opened, or not tried yet)."""
        return not self._unavailable

    def mark_of(self, claim: Claim) -> Mark | None:
        """A listed claim's mark, if it has one."""
        return self.panel.marks.get(claim.id)

    def load(self) -> None:
        """Show the marks kept for the claims the panel lists now."""
        analysis = self.panel.analysis
        store = self._opened() if analysis is not None and analysis.claims and self._any_kept() \
            else None
        if store is None:
            self.panel.set_marks({})
            self.loaded.emit()
            return
        try:
            self.panel.set_marks(store.marks_for(article_key(analysis.text), analysis.claims))
        except MarksUnavailable as error:
            self._give_up(str(error))
        self.loaded.emit()

    def set_mark(self, claim: Claim, mark: Mark | None) -> bool:
        """Keep a claim's mark (None removes it) and show it; whether it was kept."""
        analysis = self.panel.analysis
        store = self._opened()
        if analysis is None or store is None:
            return False
        try:
            store.set_mark(article_key(analysis.text), claim, mark, analysis.claims)
        except MarksUnavailable as error:
            self._give_up(str(error))
            return False
        self.load()
        return True

    def close(self) -> None:
        """Let go of the database."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def _any_kept(self) -> bool:
        """Whether marks may have been kept: the database is open, or on disk.

        Made with the first mark, not by reading: its creation waits for the disk, a quarter of
        a second with the window waiting, for nothing when no mark was ever kept.
        """
        return self._store is not None or database_path().exists()

    def _opened(self) -> MarkStore | None:
        """The store, opened on first use; None once it failed."""
        if self._store is None and not self._unavailable:
            try:
                self._store = MarkStore.open_default()
            except MarksUnavailable as error:
                self._give_up(str(error))
        return self._store

    def _give_up(self, message: str) -> None:
        """Stop using the database and say why, once."""
        self.close()
        if not self._unavailable:
            self._unavailable = message
            self.failed.emit(message)


class MarginMarks(QWidget):
    """The article's left margin: each marked claim's sign beside its first line."""

    def __init__(self, article, panel):
        super().__init__(article)
        self.article, self.panel = article, panel
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        article.verticalScrollBar().valueChanged.connect(self.update)
        article.drawn.connect(self.follow_article)
        article.installEventFilter(self)
        self.follow_article()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The margin follows the article's size, which sets the column's margins."""
        if event.type() == QEvent.Type.Resize:
            self.follow_article()
        return False

    def follow_article(self) -> None:
        """Cover the article's left margin, and paint again."""
        self.setGeometry(0, 0, max(0, self.article.viewportMargins().left()), self.article.height())
        self.raise_()
        self.update()

    def signs(self) -> list[tuple[int, str]]:
        """Where each marked claim's first line is in the margin, and its sign, for those in sight."""
        analysis, marks = self.panel.analysis, self.panel.marks
        if analysis is None or not marks or analysis.text != self.article.text:
            return []
        last = self.article.document().characterCount() - 1
        viewport = self.article.viewport()
        found = []
        for claim in analysis.claims:
            mark = marks.get(claim.id)
            position = self.article.position_of(claim.start) if mark else last + 1
            if position > last:  # no mark, or its text not written yet
                continue
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(position)
            top = self.article.cursorRect(cursor).top() + viewport.y()
            if viewport.y() <= top < viewport.y() + viewport.height():
                found.append((top, MARK_SIGNS[mark.state]))
        return found

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Draw the signs right-aligned against the text."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        height = self.fontMetrics().height()
        for top, sign in self.signs():
            painter.drawText(QRect(0, top, self.width() - MARGIN_GAP, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, sign)
        painter.end()


class MarkDialog(QDialog):
    """A claim's mark, note and link, edited together; a bad link is said, not kept."""

    def __init__(self, claim: Claim, mark: Mark | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark, Note and Link"))
        self.result_mark: Mark | None = mark
        layout = QVBoxLayout(self)
        quoted = QLabel(f"« {' '.join(claim.text.split())[:300]} »")
        quoted.setWordWrap(True)
        layout.addWidget(quoted)
        self.states = QButtonGroup(self)
        self.state_buttons: dict[str, QRadioButton] = {}
        for state in (*STATES, ""):
            button = QRadioButton(_(STATE_LABELS[state]) if state else self.tr("No mark"))
            self.states.addButton(button)
            self.state_buttons[state] = button
            layout.addWidget(button)
        self.state_buttons[mark.state if mark else "to_check"].setChecked(True)
        form = QFormLayout()
        self.note = QPlainTextEdit(mark.note if mark else "")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)  # Tab leaves the note for the link: keyboard use
        self.link = QLineEdit(mark.link if mark else "")
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText("https://…")
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Link:"), self.link)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #CC3311;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_state(self) -> str:
        """The state ticked; empty for no mark."""
        return next(state for state, button in self.state_buttons.items() if button.isChecked())

    def accept(self) -> None:
        """Keep what was typed if the link is a web link; else say why and stay open."""
        state = self.chosen_state()
        try:
            self.result_mark = checked_mark(state, self.note.toPlainText(), self.link.text()) \
                if state else None
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            self.link.setFocus()
            return
        super().accept()
