"""The main window: the article, the claims panel and the menus, following one analysis session.

The parts are modules of their own: the session (`session.py`), the reading column with the
article (`reading_column.py`), the drawing of analyses in text and panel (`analysis_display.py`),
the status line (`status.py`), the menus (`menus.py`), export and print (`export_actions.py`),
the recent files (`recent.py`), moving between claims (`navigation.py`) and the watch on the
article's file (`file_watch.py`); the window puts them together and shows what the session reports.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter

from reader import settings as settings_store
from reader.i18n import _
from reader.cache import AnalysisCache
from reader.document import SUPPORTED_SUFFIXES, Document
from reader.live.presentation import LANGUAGE_NAMES, ClaimFilter, shown_title
from reader.model import Analysis
from reader.ui.accessibility import ArticleNarration
from reader.ui.analysis_display import AnalysisDisplay
from reader.ui.claim_menu import ClaimMenu
from reader.ui.claims_panel import ClaimsPanel
from reader.ui.colours import page_is_dark
from reader.ui.error_report import error_reporter
from reader.ui.export_actions import ExportActions
from reader.ui.file_watch import FileWatch
from reader.ui.menus import Menus
from reader.ui.navigation import ClaimNavigator
from reader.ui.preferences import apply_preferences
from reader.ui.reading_column import ReadingColumn
from reader.ui.recent import RecentFiles
from reader.ui.session import AnalysisSession
from reader.ui.sources_tab import SourcesTab
from reader.ui.status import StatusLine
from reader.ui.theme import apply_theme
from reader.ui.workers import analysis_process, prepare_rule_pass

APP_TITLE = "Claim Reader"
FORMATS_IN_WORDS = ("text, Markdown, a saved web page, Word, OpenDocument, EPUB or PDF")
# A first start's size; the title bar and borders the window manager adds are kept on screen.
FIRST_SIZE = QSize(1200, 780)
WINDOW_FRAME = QSize(16, 48)
PANEL_WIDTH = 440
# Beside the package in a source tree and in the packaged app alike.
SAMPLE_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_7920a463ad4fbc9f.txt"


class MainWindow(QMainWindow):
    """One article at a time, read with its claims coloured and listed."""

    analysis_shown = Signal(object)  # Analysis, once it is drawn
    open_failed = Signal(str)  # the message shown

    def __init__(self, settings_dir: Path | None = None, pool=None, warm_up: bool = True,
                 persist: bool = True, cache: AnalysisCache | None = None):
        super().__init__()
        self.settings_dir = settings_dir
        self.persist = persist  # a screenshot run must not change the reader's settings
        self.settings = settings_store.load(settings_dir)
        self.session = AnalysisSession(pool, cache, self)
        self._place_due = False  # a new article returns to where the reader left it
        self.file_watch = FileWatch(self)
        self.setWindowTitle(APP_TITLE)
        self.setAcceptDrops(True)
        self._build_central()
        self.status = StatusLine(self.statusBar(), self.cancel_analysis, self)
        self.display = AnalysisDisplay(self.article, self.panel, self.status, self)
        self.navigator = ClaimNavigator(self.article, self.panel, self.set_panel_visible, self)
        self.exports = ExportActions(self)
        self.menus = Menus(self)
        self.recent = RecentFiles(self.menus.recent_menu, self)
        self._connect_signals()
        self._restore_settings()
        self._show_welcome()
        if warm_up:  # once the article area or the welcome page is painted: the window comes first
            self.article.viewport().installEventFilter(self)
            self.welcome.installEventFilter(self)

    @property
    def document(self) -> Document | None:
        """The article shown, if any."""
        return self.session.document

    @property
    def analysis(self) -> Analysis | None:
        """The whole analysis of the article shown, once it came."""
        return self.session.analysis

    @property
    def path(self) -> str | None:
        """The file of the article shown."""
        return self.document.path if self.document is not None else None

    def eventFilter(self, watched, event) -> bool:
        """After the first paint of the article area, start loading what analyses need."""
        if event.type() == QEvent.Type.Paint and watched in (self.article.viewport(), self.welcome):
            self.article.viewport().removeEventFilter(self)
            self.welcome.removeEventFilter(self)
            QTimer.singleShot(0, self._start_warming_up)
        return super().eventFilter(watched, event)

    def _start_warming_up(self) -> None:
        """Load what the first analysis needs while the reader looks for an article."""
        analysis_process().warm_up(self.settings.last_language)
        self.session.pool.start(prepare_rule_pass)

    # Building the window

    def _build_central(self) -> None:
        """Message bar and article with its legend on the left, claims panel on the right."""
        left = ReadingColumn(FORMATS_IN_WORDS, SAMPLE_ARTICLE)
        self.column = left
        self.message_bar, self.article, self.welcome = left.message_bar, left.article, left.welcome
        self.pages, self.find_bar, self.legend = left.pages, left.find_bar, left.legend
        self._message_action = self.reload  # what the message bar's button does
        self.message_bar.action_clicked.connect(lambda: self._message_action())
        self.panel = ClaimsPanel()
        self.sources_tab = SourcesTab()
        self.panel.tabs.addTab(self.sources_tab, self.tr("Sources"))
        self.claim_menu = ClaimMenu(self.article, self.panel, lambda: self.analysis, self)
        self.narration = ArticleNarration(self.article, self.panel, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(self._first_size())
        panel = min(PANEL_WIDTH, self.width() * 2 // 5)
        self.splitter.setSizes([self.width() - panel, panel])

    def _first_size(self) -> QSize:
        """The size of a first start, shrunk to the screen's free area (a 1366×768 laptop)."""
        free = self.screen().availableGeometry().size()
        return FIRST_SIZE.boundedTo(free - WINDOW_FRAME)

    def _connect_signals(self) -> None:
        """The session's reports, the parts' requests, and selection both ways between them."""
        session = self.session
        session.loaded.connect(self._on_loaded)
        session.mismatch.connect(self._on_language_mismatch)
        session.top.connect(self.display.show_top)
        session.partial.connect(self.display.show_partial)
        session.stage.connect(lambda text: self.status.show_stage(text, self.panel.preliminary))
        session.progress.connect(self.status.show_progress)
        session.finished.connect(self._on_finished)
        session.failed.connect(self._on_failed)
        self.welcome.open_clicked.connect(self.choose_file)
        self.welcome.recent_clicked.connect(self.open_file)
        self.welcome.sample_clicked.connect(self.open_file)
        self.recent.chosen.connect(self.open_file)
        self.recent.changed.connect(self.welcome.show_recent)
        self.file_watch.changed.connect(self._on_file_changed)
        self.file_watch.vanished.connect(self._on_file_vanished)
        self.display.shown.connect(self._on_shown)
        self.analysis_shown.connect(self.sources_tab.show_analysis)
        self.panel.claim_activated.connect(self.article.select_claim)
        self.panel.filter_changed.connect(self._on_filter_changed)
        self.article.claim_clicked.connect(self.panel.select_claim)
        error_reporter().reported.connect(self.message_bar.show_message)
        self._update_actions()

    # Settings

    def _restore_settings(self) -> None:
        """Geometry, splitter, theme, zoom, language and panel as they were last time."""
        s = self.settings
        if s.geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.geometry.encode("ascii")))
        if s.splitter:
            self.splitter.restoreState(QByteArray.fromBase64(s.splitter.encode("ascii")))
        self.menus.language_actions["auto"].setChecked(True)  # each article starts on automatic
        self.set_theme(s.theme)
        self.set_zoom(s.zoom)
        self.set_panel_visible(s.panel_visible)
        apply_preferences(self)

    def save_settings(self) -> bool:
        """Write the settings; a folder that cannot be written is not worth stopping for."""
        self.settings.geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self.settings.splitter = bytes(self.splitter.saveState().toBase64()).decode("ascii")
        self.settings.zoom = self.article.zoom
        if not self.persist:
            return False
        return settings_store.save(self.settings, self.settings_dir)

    def closeEvent(self, event) -> None:
        """Stop the analysis and remember the window and the place in the article."""
        self.cancel_analysis()
        self.navigator.remember_place(self.settings, self.document, self.analysis)
        self.save_settings()
        super().closeEvent(event)

    # Opening and analysing

    def choose_file(self) -> None:
        """Ask for an article file and open it."""
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        folder = str(Path(self.path).parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an article"), folder,
            self.tr("Articles (%1);;All files (*)").replace("%1", patterns))
        if path:
            self.open_file(path)

    def open_file(self, path: str | os.PathLike) -> None:
        """Read and analyse an article in the background, cancelling any analysis under way."""
        self.navigator.remember_place(self.settings, self.document, self.analysis)
        language = self.settings.language_of(str(path))
        self.menus.language_actions[language].setChecked(True)
        self._start(str(path), language)

    def reload(self) -> None:
        """Read the current file again."""
        if self.path:
            self.open_file(self.path)

    def set_language(self, language: str) -> None:
        """Choose the language of this article's analysis, remembered for its file, and analyse again."""
        self.menus.language_actions[language].setChecked(True)
        if self.document is not None:
            self.settings.set_language_of(self.document.path, language)
            self.save_settings()
            self._start(self.document.path, language, self.document)

    def cancel_analysis(self) -> None:
        """Stop the analysis under way; the text stays on screen."""
        if self.session.cancel():
            self.status.show_busy(False)
            self.status.say(self.tr("Analysis cancelled."))

    def close_article(self) -> None:
        """Show no article."""
        self.cancel_analysis()
        self.navigator.remember_place(self.settings, self.document, self.analysis)
        self.session.close()
        self.display.forget()
        self.file_watch.watch(None)
        self.article.clear_article()
        self.panel.show_analysis(None)
        self.sources_tab.show_analysis(None)
        self.message_bar.hide()
        self.status.say("")
        self.setWindowTitle(APP_TITLE)
        self.setWindowFilePath("")
        self._show_figures()
        self._show_welcome()
        self._update_actions()

    def _show_welcome(self) -> None:
        """The welcome page, with the recent files that still exist."""
        self.recent.fill_menu()
        self.welcome.show_recent(self.recent.entries())
        self.column.show_welcome()

    def _start(self, path: str, language: str, document: Document | None = None) -> None:
        """Analyse an article, the task under way dropped; say it is opening."""
        self.display.forget()
        self.message_bar.hide()
        self.status.start()
        self.session.open(path, language, document)

    def _on_loaded(self, document: Document, new_text: bool) -> None:
        """The text appears at once; the claims follow (an unchanged text keeps its claims meanwhile)."""
        self.column.show_article()
        if new_text:
            self._place_due = True  # once the claims are drawn
            self.article.show_document(document)
            self.panel.show_busy(self.tr("Finding the claims…"))
        name = shown_title(document.metadata) or Path(document.path).name
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        self.setWindowFilePath(document.path)
        self.settings.add_recent(document.path)
        self.save_settings()
        self.file_watch.watch(document.path)
        self._update_actions()

    def _on_language_mismatch(self, detected: str, chosen: str) -> None:
        """Point out that the language chosen for the article is not the one it looks written in."""
        looks, chose = _(LANGUAGE_NAMES[detected]), _(LANGUAGE_NAMES[chosen])
        self.message_bar.show_message(
            self.tr("This article looks %1, but you chose to analyse it as %2.").replace("%1", looks)
            .replace("%2", chose), error=False, action=self.tr("Analyse as %1").replace("%1", looks))
        self._message_action = lambda: self.set_language("auto")

    def _on_finished(self, analysis: Analysis) -> None:
        """The whole analysis: drawn, then shown."""
        self.settings.last_language = analysis.language
        self.display.show_whole(analysis)

    def _on_shown(self, analysis: Analysis) -> None:
        """The whole analysis is drawn: the figures, the actions, and back to the reader's place."""
        self._show_figures()
        self._update_actions()
        if self._place_due:
            self._place_due = False
            self.navigator.return_to_place(self.settings, self.document.path, analysis)
        self.analysis_shown.emit(analysis)

    def _on_failed(self, message: str) -> None:
        """Say what went wrong; whatever was shown stays usable."""
        self.status.show_busy(False)
        self.status.say("")
        self.message_bar.show_message(message)
        if self.recent.forget_missing() and self.document is None:  # the file may be a recent one
            self._show_welcome()
        if self.analysis is None and self.document is not None:
            self.panel.show_analysis(None)
        self._update_actions()
        self.open_failed.emit(message)

    def _on_file_changed(self, path: str) -> None:
        """Offer to reload a file changed on disk."""
        self.message_bar.show_message(self.tr("%1 changed on disk.").replace("%1", Path(path).name),
                                      error=False, action=self.tr("Reload"))
        self._message_action = self.reload

    def _on_file_vanished(self, path: str) -> None:
        """Say the file is gone and the text shown is the one last read."""
        self.message_bar.show_message(
            self.tr("%1 was deleted or moved. The text shown is the version last read.")
            .replace("%1", Path(path).name))

    # Filters, view

    def _on_filter_changed(self, claim_filter: ClaimFilter) -> None:
        """Kinds hidden in the panel are hidden in the text too."""
        self.article.set_filter(claim_filter)
        self._show_figures()

    def _show_figures(self) -> None:
        """The status bar's figures: how many claims the filter shows of all, and the zoom."""
        if self.analysis is None:
            self.status.show_figures(self.article.zoom_percent)
        else:
            self.status.show_figures(self.article.zoom_percent, len(self.panel.shown_claims()),
                                     len(self.analysis.claims))

    def set_zoom(self, steps: int) -> None:
        """Make the article text bigger or smaller."""
        self.article.set_zoom(steps)
        self.settings.zoom = self.article.zoom
        self._show_figures()

    def set_theme(self, theme: str) -> None:
        """Light, dark, or the system's; the claim colours follow."""
        self.settings.theme = theme
        self.menus.theme_actions[theme].setChecked(True)
        apply_theme(theme)
        self._theme_changed()

    def _theme_changed(self) -> None:
        """Swatches and highlights in the colours of the palette now in use."""
        dark = page_is_dark(self)
        self.article.follow_palette()
        self.legend.set_dark(dark)
        self.panel.set_dark(dark)

    def changeEvent(self, event) -> None:
        """Follow the system when it switches between light and dark."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._theme_changed()

    def set_panel_visible(self, visible: bool) -> None:
        """Show or hide the claims panel."""
        self.panel.setVisible(visible)
        self.menus.panel_action.setChecked(visible)
        self.settings.panel_visible = visible

    def dragEnterEvent(self, event) -> None:
        """Accept files dropped from a file manager."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """Open the first article dropped; any other file gets the loader's one-line message."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        articles = [f for f in files if Path(f).suffix.lower() in SUPPORTED_SUFFIXES]
        if files:
            event.acceptProposedAction()
            self.open_file((articles or files)[0])

    def _update_actions(self) -> None:
        """Actions that need an article or an analysis are off without one."""
        self.menus.update(self.document is not None, self.analysis is not None)
