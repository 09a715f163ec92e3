"""Small widgets of the window: the legend and the message bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from reader.i18n import _, current_language
from reader.kinds import TABLE
from reader.ui.colours import kind_icon

# The formats the welcome page names, as the window gives them: translated here.
FORMATS_IN_WORDS = QT_TRANSLATE_NOOP("WelcomePage", "text, Markdown, a saved web page, Word, "
                                                    "OpenDocument, EPUB or PDF")


class FlowLayout(QLayout):
    """Items in a row that wraps onto further rows when the width runs out, as words do."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)

    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        """Add an item at the end of the flow."""
        self._items.append(item)

    def count(self) -> int:
        """The number of items."""
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        """The item at an index, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        """Remove and return the item at an index."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        """A flow grows in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """The height depends on how many rows the width makes."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height the items take at a width."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        """Place the items in rows within the rectangle."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All the items on one row."""
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in self._items)
        width += self.spacing() * max(0, len(self._items) - 1) + margins.left() + margins.right()
        return QSize(width, self.minimumSize().height())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item: narrower, and the flow wraps."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in rows (moving them when asked); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_height:
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


class Legend(QWidget):
    """Lines under the article saying what each colour and mark means, wrapped to its width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        layout = FlowLayout(self, spacing=14)
        layout.setContentsMargins(12, 4, 12, 4)
        self._icons: dict[str, QLabel] = {}
        for kind, look in TABLE.items():
            entry = QWidget()
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            icon = QLabel()
            self._icons[kind] = icon
            pair.addWidget(icon)
            name = look.label(current_language())
            label = QLabel(name)
            label.setToolTip(f"{name} : {_(look.underline_words)}" if current_language() == "fr"
                             else f"{name}: {_(look.underline_words)}")
            label.setAccessibleDescription(f"{_(look.underline_words)}. {_(look.meaning)}")
            pair.addWidget(label)
            layout.addWidget(entry)
        layout.addWidget(QLabel(self.tr("<i>italic</i>: hedged · <b>bold</b>: source and cue")))
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        """Use the swatches of a light or a dark theme."""
        for kind, label in self._icons.items():
            label.setPixmap(kind_icon(kind, dark).pixmap(16, 16))


class WelcomePage(QWidget):
    """What the window shows with no article open: a way to open one, and the recent ones."""

    open_clicked = Signal()
    recent_clicked = Signal(str)  # the path of a recent file
    sample_clicked = Signal(str)  # the path of the sample article

    def __init__(self, formats: str, sample: Path | None = None, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        heading = QLabel(self.tr("<h2>See who said what in a news article</h2>"))
        heading.setWordWrap(True)
        column.addWidget(heading)
        self.open_button = QPushButton(self.tr("Open an Article…"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_clicked)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(self.tr("or drop a file on this window: %1.").replace("%1", self.tr(formats)))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(hint)
        self.sample_button = QPushButton(self.tr("Try the Sample Article"))
        self.sample_button.setToolTip(self.tr("A French news article, to see what the colours mean"))
        self.sample_button.clicked.connect(lambda: self.sample_clicked.emit(str(sample)))
        self.sample_button.setVisible(sample is not None and sample.is_file())
        column.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(18)
        self.recent_heading = QLabel(self.tr("<b>Recent articles</b>"))
        column.addWidget(self.recent_heading)
        self._recent = QVBoxLayout()
        self._recent.setSpacing(2)
        column.addLayout(self._recent)
        column.addStretch(2)

    def show_recent(self, entries: list[tuple[str, str]]) -> None:
        """List recent files as (label, path), each a link that opens it."""
        while self._recent.count():
            self._recent.takeAt(0).widget().deleteLater()
        for label, path in entries:
            link = QPushButton(label)
            link.setFlat(True)
            link.setToolTip(path)
            link.setStyleSheet("text-align: left; padding: 2px 0;")
            link.clicked.connect(lambda _=False, p=path: self.recent_clicked.emit(p))
            self._recent.addWidget(link)
        self.recent_heading.setVisible(bool(entries))

    @property
    def recent_labels(self) -> list[str]:
        """The labels of the recent files listed."""
        return [self._recent.itemAt(i).widget().text() for i in range(self._recent.count())]


class MessageBar(QFrame):
    """A band above the article with a message, an optional action and a close button."""

    action_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Message"))
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
        close.setAccessibleName(self.tr("Dismiss message"))
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
