"""Preferences: a text size for the whole window, the reading column, the claims' palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from test_article_view import QUOTE, SHIPS, TEXT, analysis, format_of

from reader import settings as settings_store
from reader.document import document_from_text
from reader.live.presentation import ClaimFilter
from reader.settings import Settings
from reader.ui.article_view import COLUMN_CHARACTERS
from reader.ui.text_drawing import LINE_HEIGHT_PERCENT
from reader.ui.colours import current_palette, use_palette
from reader.ui.main_window import MainWindow
from reader.ui.preferences import open_preferences, scale_window_text


@pytest.fixture
def window(qtbot, config_dir):
    """A window showing a short article, the system's text size and palette restored after."""
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.set_theme("light")
    window.show()
    window.article.show_document(document_from_text(TEXT))
    window.article.show_analysis(analysis(QUOTE, SHIPS), ClaimFilter())
    window.panel.show_analysis(analysis(QUOTE, SHIPS))
    qtbot.waitUntil(lambda: not window.article.drawing, timeout=5000)
    yield window
    scale_window_text(100)
    use_palette("current")


def test_the_text_size_scales_menus_panel_and_legend(window, config_dir, qtbot):
    system = QApplication.font().pointSizeF()
    rows = window.panel.claim_model.row_height
    dialog = open_preferences(window)
    dialog.text_scale.setValue(150)
    assert QApplication.font().pointSizeF() == pytest.approx(system * 1.5)
    qtbot.wait(10)  # hidden menus take their new font from a posted event
    for widget in (window.menuBar(), window.menuBar().actions()[0].menu(), window.panel.claim_list,
                   window.panel.summary, window.legend.findChildren(QLabel)[0]):
        assert widget.font().pointSizeF() == pytest.approx(system * 1.5), widget
    assert window.panel.claim_model.row_height > rows * 1.3
    dialog.close()
    assert settings_store.load(config_dir).text_scale == 150  # saved when the dialog closes


def test_the_high_contrast_palette_redraws_the_claims_at_once(window, config_dir):
    before = format_of(window.article, QUOTE.start).background().color().name()
    assert before == "#99ddff"
    dialog = open_preferences(window)
    dialog.palette_box.setCurrentIndex(dialog.palette_box.findData("high_contrast"))
    assert current_palette() == "high_contrast"
    qtbot_wait_drawn(window)
    assert format_of(window.article, QUOTE.start).background().color().name() == "#66ccff"
    assert format_of(window.article, SHIPS.start).background().color().name() == "#ffe000"
    dialog.palette_box.setCurrentIndex(dialog.palette_box.findData("greyscale"))
    qtbot_wait_drawn(window)
    assert format_of(window.article, QUOTE.start).background().color().name() == "#d9d9d9"
    dialog.close()
    assert settings_store.load(config_dir).palette == "greyscale"


def qtbot_wait_drawn(window) -> None:
    """Let the article finish redrawing."""
    while window.article.drawing:
        QApplication.processEvents()


def test_line_spacing_column_width_and_font_of_the_reading_column(window):
    dialog = open_preferences(window)
    margin = window.article.viewportMargins().left()
    dialog.line_spacing.setValue(200)
    dialog.column_width.setValue(48)
    dialog.font_box.setCurrentIndex(dialog.font_box.findText("DejaVu Sans"))
    block = QTextCursor(window.article.document()).blockFormat()
    assert block.lineHeight() == 200
    assert window.article.viewportMargins().left() > margin  # a narrower column, wider margins
    assert window.article.font().families()[0] == "DejaVu Sans"
    dialog.close()
    again = settings_store.load(window.settings_dir)
    assert (again.line_spacing, again.column_width, again.reading_font) == (200, 48, "DejaVu Sans")


def test_the_defaults_are_the_article_views_and_bad_values_fall_back():
    defaults = Settings()
    assert (defaults.line_spacing, defaults.column_width) == (LINE_HEIGHT_PERCENT, COLUMN_CHARACTERS)
    read = settings_store.from_dict({"text_scale": 9000, "palette": "neon", "line_spacing": True,
                                     "column_width": 60})
    assert (read.text_scale, read.palette, read.line_spacing, read.column_width) == (
        100, "current", 145, 60)
