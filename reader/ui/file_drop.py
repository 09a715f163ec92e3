"""Files dropped on the window from a file manager: the first article among them is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from reader.document import SUPPORTED_SUFFIXES


class FileDrop(QObject):
    """Accepts local files dragged over a window and opens the first article dropped."""

    def __init__(self, window, open_file):
        super().__init__(window)
        self.open_file = open_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Take the window's drag and drop events; let every other event through."""
        if event.type() == QEvent.Type.DragEnter:
            if any(url.isLocalFile() for url in event.mimeData().urls()):
                event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop:
            self._drop(event)
            return True
        return False

    def _drop(self, event) -> None:
        """Open the first article dropped; any other file gets the loader's one-line message."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        articles = [f for f in files if Path(f).suffix.lower() in SUPPORTED_SUFFIXES]
        if files:
            event.acceptProposedAction()
            self.open_file((articles or files)[0])
