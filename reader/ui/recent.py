"""The recent files: the Open Recent menu and the list the welcome page shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal


class RecentFiles(QObject):
    """The settings' recent files that still exist, newest first, in a menu of their own."""

    chosen = Signal(str)  # the path of the recent file picked
    changed = Signal(list)  # the entries, (name, path), after the list changed

    def __init__(self, menu, window):
        super().__init__(window)
        self.menu = menu
        self.window = window  # whose settings hold the list, and which saves them
        menu.aboutToShow.connect(self.fill_menu)

    def fill_menu(self) -> None:
        """The recent files that still exist, newest first, and a way to forget them."""
        self.forget_missing()
        self.menu.clear()
        for number, (name, path) in enumerate(self.entries(), 1):
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = self.menu.addAction(f"{prefix}{name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        if self.window.settings.recent_files:
            self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("&Clear Recent Files"), self.clear)
        clear.setEnabled(bool(self.window.settings.recent_files))

    def entries(self) -> list[tuple[str, str]]:
        """The recent files as (name, path); the folder tells files of the same name apart."""
        recent = self.window.settings.recent_files
        names = [Path(path).name for path in recent]
        entries = []
        for path in recent:
            name = Path(path).name
            if names.count(name) > 1:
                name = f"{name} — {Path(path).parent.name or Path(path).parent}"
            entries.append((name, path))
        return entries

    def forget_missing(self) -> bool:
        """Drop the files that no longer exist; whether any was dropped."""
        if not self.window.settings.forget_missing_recent():
            return False
        self.window.save_settings()
        return True

    def clear(self) -> None:
        """Forget the recent files."""
        self.window.settings.clear_recent()
        self.window.save_settings()
        self.fill_menu()
        self.changed.emit([])
