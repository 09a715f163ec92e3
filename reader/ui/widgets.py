"""Small widgets of the window: the legend and the message bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reader.model import KINDS
from reader.ui.colours import UNDERLINE_WORDS, kind_icon
from reader.ui.presentation import KIND_NAMES


class Legend(QWidget):
    """One line under the article saying what each colour and mark means."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(6)
        self._icons: dict[str, QLabel] = {}
        for kind in KINDS:
            icon = QLabel()
            self._icons[kind] = icon
            layout.addWidget(icon)
            label = QLabel(KIND_NAMES[kind])
            label.setToolTip(f"{KIND_NAMES[kind]}: {UNDERLINE_WORDS[kind]}")
            layout.addWidget(label)
            layout.addSpacing(10)
        marks = QLabel("<i>italic</i>: hedged · <b>bold</b>: source and cue")
        layout.addWidget(marks)
        layout.addStretch()
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        """Use the swatches of a light or a dark theme."""
        for kind, label in self._icons.items():
            label.setPixmap(kind_icon(kind, dark).pixmap(16, 16))


class MessageBar(QFrame):
    """A band above the article with a message, an optional action and a close button."""

    action_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Message")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.clicked.connect(self.action_clicked)
        layout.addWidget(self.action)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName("Dismiss message")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, error: bool = True, action: str = "") -> None:
        """Show a message; errors on a red-tinted band, notices on a neutral one."""
        self.label.setText(text)
        self.setProperty("error", error)
        tint = "rgba(238, 102, 119, 0.22)" if error else "rgba(119, 170, 221, 0.22)"
        self.setStyleSheet(f"MessageBar {{ background: {tint}; border: none; }}")
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.setAccessibleDescription(text)
        self.show()

    @property
    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return "" if self.isHidden() else self.label.text()
