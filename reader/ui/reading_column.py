"""The window's left column: a message bar, the welcome page or the article, find bar and legend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from reader.ui.article_view import ArticleView
from reader.ui.find_bar import FindBar
from reader.ui.widgets import Legend, MessageBar, WelcomePage


class ReadingColumn(QWidget):
    """What the reader reads: the article (or the welcome page until one is open) and its aids."""

    def __init__(self, formats: str, sample: Path | None, parent=None):
        super().__init__(parent)
        self.message_bar = MessageBar()
        self.article = ArticleView()
        self.welcome = WelcomePage(formats, sample)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.article)
        self.find_bar = FindBar(self.article)
        self.legend = Legend()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.pages, 1)
        column.addWidget(self.find_bar)
        column.addWidget(self.legend)

    def show_welcome(self) -> None:
        """The welcome page instead of the article."""
        self.pages.setCurrentWidget(self.welcome)

    def show_article(self) -> None:
        """The article instead of the welcome page."""
        self.pages.setCurrentWidget(self.article)
