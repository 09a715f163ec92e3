"""Light, dark, or whatever the system uses: the application palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

_system_palette: QPalette | None = None

DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2e", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e20", QPalette.ColorRole.AlternateBase: "#27272a",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#35353a",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#35353a",
    # A grey selection: a blue one looked like a direct quote's fill.
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Highlight: "#66667a",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9aa0",
    QPalette.ColorRole.Link: "#99ddff", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Mid: "#3a3a3f", QPalette.ColorRole.Dark: "#18181a",
    QPalette.ColorRole.Light: "#4a4a50", QPalette.ColorRole.Midlight: "#404046",
    QPalette.ColorRole.Shadow: "#000000",
}
LIGHT_ROLES = {
    QPalette.ColorRole.Window: "#f3f3f3", QPalette.ColorRole.WindowText: "#1d1d1f",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f6f8",
    QPalette.ColorRole.Text: "#1d1d1f", QPalette.ColorRole.Button: "#ececec",
    QPalette.ColorRole.ButtonText: "#1d1d1f", QPalette.ColorRole.ToolTipBase: "#ffffe8",
    QPalette.ColorRole.ToolTipText: "#1d1d1f", QPalette.ColorRole.Highlight: "#3d7fd9",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#6e6e73",
    QPalette.ColorRole.Link: "#0068b0", QPalette.ColorRole.BrightText: "#ffffff",
}


def apply_theme(theme: str) -> None:
    """Use the light or dark palette, or go back to the system's (theme "system")."""
    global _system_palette
    app = QGuiApplication.instance()
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    hints = app.styleHints()
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
               "system": Qt.ColorScheme.Unknown}
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native styles follow the request
        hints.setColorScheme(schemes.get(theme, Qt.ColorScheme.Unknown))
    if theme == "dark":
        app.setPalette(_palette(DARK_ROLES))
    elif theme == "light":
        app.setPalette(_palette(LIGHT_ROLES))
    else:
        app.setPalette(_system_palette)


def _palette(roles: dict) -> QPalette:
    """A palette from role colours; disabled text greyed."""
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    text = QColor(roles[QPalette.ColorRole.Text])
    text.setAlpha(110)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, text)
    return palette
