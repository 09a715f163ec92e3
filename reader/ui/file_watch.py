"""Watching the article's file, to tell the reader when it changes or vanishes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


class FileWatch(QObject):
    """Watches one file at a time; never rereads it behind the reader's back."""

    changed = Signal(str)  # the path of the file, changed on disk
    vanished = Signal(str)  # the path of the file, deleted or moved

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)

    def watch(self, path: str | None) -> None:
        """Watch only this file (or none)."""
        self.path = path
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if path and Path(path).exists():
            self._watcher.addPath(path)

    def _on_file_changed(self, path: str) -> None:
        """Say whether the file changed or vanished."""
        if path != self.path:
            return
        if Path(path).exists():
            self._watcher.addPath(path)  # some editors replace the file, which drops the watch
            self.changed.emit(path)
        else:
            self.vanished.emit(path)
