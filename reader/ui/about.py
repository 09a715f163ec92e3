"""The Help menu's pages: how to read the colours, and what this copy of the app is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from reader import __version__
from reader import settings as settings_store
from reader.pipelines import installed_pipelines
from reader.ui.colours import page_is_dark


def show_help(parent) -> QDialog:
    """The "How to read the colours" page, beside the window."""
    from reader.ui.help_text import help_html, help_title  # not needed to paint the window

    dialog = QDialog(parent)
    dialog.setWindowTitle(help_title())
    layout = QVBoxLayout(dialog)
    page = QTextBrowser()
    page.setAccessibleName(help_title())
    page.setHtml(help_html(page_is_dark(parent)))
    layout.addWidget(page)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    dialog.show()
    return dialog


def show_about(parent, settings_dir: Path | None) -> None:
    """Version, installed pipelines, and where the settings are kept."""
    translate = QCoreApplication.translate
    pipelines = ", ".join(info.label for info in installed_pipelines()) \
        or translate("About", "none (rules only)")
    QMessageBox.about(parent, translate("About", "About Claim Reader"),
                      f"<h3>Claim Reader {__version__}</h3>"
                      + translate("About", "<p>Who said what in a news article: direct quotes, "
                                           "reported speech and unattributed assertions.</p>")
                      + translate("About", "<p><b>Language pipelines:</b> %1</p>").replace("%1", pipelines)
                      + translate("About", "<p><b>Settings:</b> %1</p>").replace(
                          "%1", str(settings_store.settings_path(settings_dir))))
