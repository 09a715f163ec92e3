"""Find in the article: a bar under the text, every match highlighted, "n of m", Escape to close."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from reader.live.presentation import search_form
from reader.ui.colours import find_match_colours, page_is_dark

# What the bar says, in one place.
PLACEHOLDER = QT_TRANSLATE_NOOP("FindBar", "Find in the article")
NO_MATCH = QT_TRANSLATE_NOOP("FindBar", "No match")
MATCH_COUNT = QT_TRANSLATE_NOOP("FindBar", "%1 of %2")  # the current match, of how many


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text in search form, and for each of its characters the offset it came from."""
    forms: dict[str, str] = {}  # articles use few distinct characters: fold each once
    pieces, origins = [], []
    for offset, character in enumerate(text):
        form = forms.get(character)
        if form is None:
            form = forms[character] = search_form(character)
        pieces.append(form)
        origins.extend([offset] * len(form))
    return "".join(pieces), origins


def find_all(text: str, query: str, folded: tuple[str, list[int]] | None = None
             ) -> list[tuple[int, int]]:
    """Where a query occurs in a text, as (start, end) offsets, ignoring case, accents and
    apostrophe shapes as the claims search does."""
    needle = search_form(query)
    if not needle.strip():
        return []
    haystack, origins = folded or folded_with_offsets(text)
    matches, start = [], haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        matches.append((origins[start], origins[end - 1] + 1))
        start = haystack.find(needle, end)
    return matches


class FindBar(QWidget):
    """Words typed here are found in the article; Enter and F3 go to the next, Shift the previous."""

    def __init__(self, article, parent=None):
        super().__init__(parent)
        self.article = article
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._folded_text: str | None = None
        self._folded: tuple[str, list[int]] = ("", [])
        self.setAccessibleName(self.tr(PLACEHOLDER))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr(PLACEHOLDER))
        self.field.setAccessibleName(self.tr(PLACEHOLDER))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_query_changed)
        self.field.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Matches"))
        row.addWidget(self.field, 1)
        row.addWidget(self.count_label)
        for text, tip, slot in (("↑", self.tr("Previous match (Shift+F3)"), self.find_previous),
                                ("↓", self.tr("Next match (F3)"), self.find_next),
                                ("✕", self.tr("Close (Escape)"), self.close_bar)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            row.addWidget(button)
        article.drawn.connect(self._on_article_drawn)
        self.hide()

    def open(self) -> None:
        """Show the bar with its words selected, ready to type over."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search(keep_place=True)

    def close_bar(self) -> None:
        """Hide the bar and its highlights; the current match stays selected in the text."""
        self.hide()
        self.article.setExtraSelections([])
        self.article.setFocus()

    def find_next(self) -> None:
        """Go to the next match, after the last one around to the first."""
        self._step(+1)

    def find_previous(self) -> None:
        """Go to the previous match, before the first one around to the last."""
        self._step(-1)

    @property
    def status(self) -> str:
        """What the bar says: "n of m", "No match", or nothing before words are typed."""
        return self.count_label.text()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Enter finds the next match, Shift+Enter the previous, Escape closes the bar."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if backwards else self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Matches in the new theme's colours when it switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible() and self.matches:
            self._highlight_all()

    def _on_query_changed(self, _text: str) -> None:
        """Find the words as they are typed, from where the reader is."""
        self._search(keep_place=True)

    def _on_article_drawn(self) -> None:
        """Another article, or the same one drawn again: its matches are found again."""
        if self.isVisible() and self.article.text != self._folded_text:
            self._search(keep_place=False)

    def _search(self, keep_place: bool) -> None:
        """Find every match, highlight them all, and go to the first one from the caret on."""
        text = self.article.text
        if text != self._folded_text:
            self._folded_text, self._folded = text, folded_with_offsets(text)
        self.matches = find_all(text, self.field.text(), self._folded)
        self.current = -1
        self._highlight_all()
        if self.matches:
            caret = self.article.current_offset() if keep_place else 0
            following = [i for i, (start, _) in enumerate(self.matches) if start >= caret]
            self._go_to(following[0] if following else 0)
        self._say_count()

    def _step(self, direction: int) -> None:
        """Move to the neighbouring match, wrapping around the ends."""
        if not self.isVisible():
            self.open()
            return
        if self.matches:
            self._go_to((self.current + direction) % len(self.matches))
            self._say_count()

    def _go_to(self, index: int) -> None:
        """Select a match in the text and bring it into view."""
        self.current = index
        start, end = self.matches[index]
        self.article.select_text(start, end)

    def _highlight_all(self) -> None:
        """Mark every match, so that the reader sees how they spread over the article; the
        current one is selected besides."""
        if self.matches:
            self.article.write_up_to(self.matches[-1][1])
        background, letters = find_match_colours(page_is_dark(self.article))
        look = QTextCharFormat()
        look.setBackground(background)
        look.setForeground(letters)
        selections = []
        for start, end in self.matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.article.document())
            selection.cursor.setPosition(self.article.position_of(start))
            selection.cursor.setPosition(self.article.end_position_of(end), QTextCursor.MoveMode.KeepAnchor)
            selection.format = look
            selections.append(selection)
        self.article.setExtraSelections(selections)

    def _say_count(self) -> None:
        """Show "n of m", "No match", or nothing for an empty field."""
        if not self.field.text().strip():
            self.count_label.clear()
        elif not self.matches:
            self.count_label.setText(self.tr(NO_MATCH))
        else:
            locale = QLocale()
            self.count_label.setText(self.tr(MATCH_COUNT).replace("%1", locale.toString(self.current + 1))
                                     .replace("%2", locale.toString(len(self.matches))))
