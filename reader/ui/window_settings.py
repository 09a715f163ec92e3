"""The window's first size, and the settings it restores at start and saves as the reader goes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize

from reader import settings as settings_store
from reader.ui.preferences import apply_preferences

# A first start's size; the title bar and borders the window manager adds are kept on screen.
FIRST_SIZE = QSize(1200, 780)
WINDOW_FRAME = QSize(16, 48)
PANEL_WIDTH = 440


def size_first(window) -> None:
    """A first start's size, shrunk to the screen's free area (a 1366×768 laptop), the panel beside."""
    free = window.screen().availableGeometry().size()
    window.resize(FIRST_SIZE.boundedTo(free - WINDOW_FRAME))
    panel = min(PANEL_WIDTH, window.width() * 2 // 5)
    window.splitter.setSizes([window.width() - panel, panel])


def restore(window) -> None:
    """Geometry, splitter, theme, zoom, language and panel as they were last time."""
    s = window.settings
    if s.geometry:
        window.restoreGeometry(QByteArray.fromBase64(s.geometry.encode("ascii")))
    if s.splitter:
        window.splitter.restoreState(QByteArray.fromBase64(s.splitter.encode("ascii")))
    window.menus.language_actions["auto"].setChecked(True)  # each article starts on automatic
    window.set_theme(s.theme)
    window.set_zoom(s.zoom)
    window.set_panel_visible(s.panel_visible)
    apply_preferences(window)


def save(window) -> bool:
    """Write the settings; a folder that cannot be written is not worth stopping for."""
    window.settings.geometry = bytes(window.saveGeometry().toBase64()).decode("ascii")
    window.settings.splitter = bytes(window.splitter.saveState().toBase64()).decode("ascii")
    window.settings.zoom = window.article.zoom
    if not window.persist:  # a screenshot run must not change the reader's settings
        return False
    return settings_store.save(window.settings, window.settings_dir)
