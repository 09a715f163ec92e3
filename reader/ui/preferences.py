"""Preferences: the text size of the whole window, the reading column's font, line spacing and
width, and the claims' palette; applied at once, saved with the other settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFontComboBox,
                               QFormLayout, QSpinBox, QVBoxLayout)

from reader.settings import COLUMN_WIDTHS, LINE_SPACINGS, PALETTES, TEXT_SCALES, Settings
from reader.ui.article_view import READING_FONTS
from reader.ui.colours import page_is_dark, use_palette

PALETTE_NAMES = {"current": QT_TRANSLATE_NOOP("PreferencesDialog", "Usual colours"),
                 "high_contrast": QT_TRANSLATE_NOOP("PreferencesDialog", "High contrast"),
                 "greyscale": QT_TRANSLATE_NOOP("PreferencesDialog", "Greyscale, for printing")}
BUILT_IN_FONT = QT_TRANSLATE_NOOP("PreferencesDialog", "Built-in reading font")


# The widget classes a platform theme may give a font of their own (Qt's QPlatformTheme fonts):
# a text size that left them out would leave menus and tooltips small.
THEMED_CLASSES = ("QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel",
                  "QStatusBar", "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton",
                  "QCheckBox", "QRadioButton", "QToolButton", "QAbstractItemView", "QListView",
                  "QHeaderView", "QComboMenuItem", "QComboLineEdit", "QTabButton", "QGroupBox",
                  "QSmallFont", "QMiniFont")
_system_fonts: dict[str, QFont] = {}  # the fonts before any scaling, "" the application's own


def scale_window_text(percent: int) -> None:
    """Every widget's text (menus, panel, legend, dialogs) at a share of the system's size."""
    if not _system_fonts:
        if percent == 100:
            return  # the system's size, untouched
        _system_fonts[""] = QFont(QApplication.font())
        _system_fonts.update((name, QFont(QApplication.font(name))) for name in THEMED_CLASSES)
    for name, system in _system_fonts.items():
        font = QFont(system)
        font.setPointSizeF(system.pointSizeF() * percent / 100)
        QApplication.setFont(font, name or None)


def apply_preferences(window) -> None:
    """Apply the window's settings: text size, reading column and palette."""
    settings = window.settings
    scale_window_text(settings.text_scale)
    window.panel.fit_rows()
    article = window.article
    article.reading_fonts = [settings.reading_font, *READING_FONTS] if settings.reading_font \
        else READING_FONTS
    article.line_height, article.column_characters = settings.line_spacing, settings.column_width
    article.set_zoom(article.zoom)  # the font and the column, again
    set_line_height(article.document(), settings.line_spacing)
    use_palette(settings.palette)
    dark = page_is_dark(window)
    window.legend.set_dark(dark)
    window.panel.set_dark(dark)
    article.restyle()


def set_line_height(document, percent: int) -> None:
    """The line height of every paragraph of a document written already."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(spacing)


def open_preferences(window) -> PreferencesDialog:
    """Show the preferences; each change applies at once and is saved when the dialog closes."""
    dialog = PreferencesDialog(window.settings, window)
    dialog.changed.connect(lambda: apply_preferences(window))
    dialog.finished.connect(lambda _: window.save_settings())
    dialog.open()
    return dialog


class PreferencesDialog(QDialog):
    """Text size, reading font, line spacing, column width and palette, each applied as set."""

    changed = Signal()

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text_scale = self._spin(TEXT_SCALES, settings.text_scale, 10, " %",
                                     self.tr("Text size"))
        self.text_scale.setToolTip(self.tr("The size of all the window's text: menus, panel, legend"))
        form.addRow(self.tr("&Text size:"), self.text_scale)
        self.font_box = QFontComboBox()
        self.font_box.setEditable(False)
        self.font_box.insertItem(0, self.tr(BUILT_IN_FONT))
        self.font_box.setCurrentIndex(self.font_box.findText(settings.reading_font)
                                      if settings.reading_font else 0)
        form.addRow(self.tr("Reading &font:"), self.font_box)
        self.line_spacing = self._spin(LINE_SPACINGS, settings.line_spacing, 5, " %",
                                       self.tr("Line spacing"))
        form.addRow(self.tr("&Line spacing:"), self.line_spacing)
        self.column_width = self._spin(COLUMN_WIDTHS, settings.column_width, 4,
                                       self.tr(" characters"), self.tr("Column width"))
        self.column_width.setToolTip(self.tr("The width of the reading column; the rest of the "
                                             "page is margin"))
        form.addRow(self.tr("&Column width:"), self.column_width)
        self.palette_box = QComboBox()
        for name in PALETTES:
            self.palette_box.addItem(self.tr(PALETTE_NAMES[name]), name)
        self.palette_box.setCurrentIndex(PALETTES.index(settings.palette))
        form.addRow(self.tr("Claim &colours:"), self.palette_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        for signal in (self.text_scale.valueChanged, self.font_box.currentIndexChanged,
                       self.line_spacing.valueChanged, self.column_width.valueChanged,
                       self.palette_box.currentIndexChanged):
            signal.connect(self._take_values)

    def _spin(self, bounds: tuple[int, int], value: int, step: int, suffix: str,
              name: str) -> QSpinBox:
        """A number within bounds, stepped, with its unit and the name a screen reader says."""
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _take_values(self, *_) -> None:
        """Put what the dialog shows into the settings, and apply it."""
        s = self.settings
        s.text_scale, s.line_spacing = self.text_scale.value(), self.line_spacing.value()
        s.column_width, s.palette = self.column_width.value(), self.palette_box.currentData()
        s.reading_font = self.font_box.currentText() if self.font_box.currentIndex() > 0 else ""
        self.changed.emit()


def preferences_title() -> str:
    """The menu entry's words."""
    return QCoreApplication.translate("PreferencesDialog", "&Preferences…")
