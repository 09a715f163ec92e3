"""The main window: the article, the claims panel, the menus, and the work behind them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QByteArray, QEvent, QFileSystemWatcher, QSize, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from reader import __version__
from reader import settings as settings_store
from reader.atomic import replacement_path, same_file, write_atomically
from reader.cache import AnalysisCache
from reader.document import SUPPORTED_SUFFIXES, Document
from reader.live.presentation import LANGUAGE_NAMES, ClaimFilter, shown_title
from reader.model import Analysis, Claim
from reader.pipelines import installed_pipelines
from reader.ui.accessibility import ArticleNarration
from reader.ui.article_view import ArticleView
from reader.ui.claim_menu import ClaimMenu
from reader.ui.claims_panel import ClaimsPanel
from reader.ui.colours import page_is_dark
from reader.ui.find_bar import FindBar
from reader.ui.folder_report import analyse_folder
from reader.ui.preferences import apply_preferences, open_preferences, preferences_title
from reader.ui.sources_tab import SourcesTab
from reader.ui.theme import apply_theme
from reader.ui.widgets import Legend, MessageBar, WelcomePage
from reader.ui.workers import (AnalysisTask, TaskSignals, analysis_process, make_pool,
                               prepare_rule_pass)

APP_TITLE = "Claim Reader"
EXPORT_FILTERS = {"json": "JSON analysis (*.json)", "csv": "CSV table (*.csv)",
                  "markdown": "Markdown report (*.md)", "html": "HTML page (*.html)"}
LANGUAGE_CHOICES = (("auto", QT_TRANSLATE_NOOP("MainWindow", "&Automatic")),
                    ("fr", QT_TRANSLATE_NOOP("MainWindow", "&French")),
                    ("en", QT_TRANSLATE_NOOP("MainWindow", "&English")))
THEME_CHOICES = (("system", QT_TRANSLATE_NOOP("MainWindow", "&System")),
                 ("light", QT_TRANSLATE_NOOP("MainWindow", "&Light")),
                 ("dark", QT_TRANSLATE_NOOP("MainWindow", "&Dark")))
# Each language in its own name, so a reader lost in a foreign interface finds theirs.
INTERFACE_CHOICES = (("auto", QT_TRANSLATE_NOOP("MainWindow", "&Automatic (System)")),
                     ("fr", "&Français"), ("en", "&English"))
FORMATS_IN_WORDS = ("text, Markdown, a saved web page, Word, OpenDocument, EPUB or PDF")
# While the claims shown are the word rules' first guess and the language model is still at work.
# A first start's size; the title bar and borders the window manager adds are kept on screen.
FIRST_SIZE = QSize(1200, 780)
WINDOW_FRAME = QSize(16, 48)
PANEL_WIDTH = 440
# Beside the package in a source tree and in the packaged app alike.
SAMPLE_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_7920a463ad4fbc9f.txt"
PRELIMINARY = "Still analysing: first results from the word rules; sources may change…"


def export_format_of(path: str, chosen: str) -> str:
    """The format an export is written in: the extension typed, else the filter chosen."""
    from reader.export import SUFFIXES  # not needed to paint the window

    typed = Path(path).suffix.lower()
    known = {suffix: fmt for fmt, suffix in SUFFIXES.items()} | {".htm": "html",
                                                                         ".markdown": "markdown"}
    return known.get(typed, chosen)


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
        self.pool = pool or make_pool()
        self.cache = cache or AnalysisCache()
        self.signals = TaskSignals(self)
        self.task: AnalysisTask | None = None
        self._drawing: set[str] = set()  # parts still drawing the analysis just finished
        self._show_partials = True  # false while a full analysis of the same text is on screen
        self._place_due = False  # a new article returns to where the reader left it
        self.serial = 0
        self.path: str | None = None
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        self.setWindowTitle(APP_TITLE)
        self.setAcceptDrops(True)
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self._connect_signals()
        self._restore_settings()
        self._show_welcome()
        if warm_up:  # once the article area or the welcome page is painted: the window comes first
            self.article.viewport().installEventFilter(self)
            self.welcome.installEventFilter(self)

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
        self.pool.start(prepare_rule_pass)

    # Building the window

    def _build_central(self) -> None:
        """Message bar and article with its legend on the left, claims panel on the right."""
        self.message_bar = MessageBar()
        self._message_action = self.reload  # what the message bar's button does
        self.message_bar.action_clicked.connect(lambda: self._message_action())
        self.article = ArticleView()
        self.welcome = WelcomePage(FORMATS_IN_WORDS, SAMPLE_ARTICLE)
        self.welcome.open_clicked.connect(self.choose_file)
        self.welcome.recent_clicked.connect(self.open_file)
        self.welcome.sample_clicked.connect(self.open_file)
        self.pages = QStackedWidget()  # the welcome page until an article is open
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.article)
        self.legend = Legend()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.pages, 1)
        self.find_bar = FindBar(self.article)
        column.addWidget(self.find_bar)
        column.addWidget(self.legend)
        self.panel = ClaimsPanel()
        self.sources_tab = SourcesTab()
        self.panel.tabs.addTab(self.sources_tab, "Sources")
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

    def _build_status_bar(self) -> None:
        """A stage message, a progress bar and a cancel button, shown while analysing."""
        bar = self.statusBar()
        self.stage_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Analysis progress")
        self.progress.setFixedWidth(180)
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the analysis")
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.figures = QLabel()  # claims shown of all, and the zoom
        self.figures.setAccessibleName("Claims shown and zoom")
        bar.addWidget(self.stage_label, 1)
        bar.addPermanentWidget(self.figures)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._show_busy(False)

    def _build_menus(self) -> None:
        """File, Edit, View, Language and Help, every action with its standard shortcut."""
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("How to Read the &Colours"), self.show_help,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About Claim Reader"), self.show_about)

    def _build_file_menu(self) -> None:
        """Open, recent files, reload, export, print, close and quit."""
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("&Open…"), self.choose_file, QKeySequence.StandardKey.Open)
        self._action(menu, self.tr("Analyse a &Folder…"), lambda: analyse_folder(self))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setToolTipsVisible(True)  # each file's folder
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.reload_action = self._action(menu, self.tr("Re&load"), self.reload,
                                          QKeySequence.StandardKey.Refresh)
        menu.addSeparator()
        self.export_action = self._action(menu, self.tr("&Export Analysis…"), self.choose_export,
                                          QKeySequence("Ctrl+E"))
        self.print_action = self._action(menu, self.tr("&Print…"), self.print_article,
                                         QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(menu, self.tr("Save as P&DF…"), self.choose_pdf,
                                       QKeySequence("Ctrl+Shift+E"))
        menu.addSeparator()
        self.close_action = self._action(menu, self.tr("&Close"), self.close_article,
                                         QKeySequence.StandardKey.Close)
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def _build_edit_menu(self) -> None:
        """Copy, select all, find in the article and among the claims."""
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._action(menu, self.tr("&Copy"), self.article.copy, QKeySequence.StandardKey.Copy)
        self._action(menu, self.tr("Select &All"), self.article.selectAll, QKeySequence.StandardKey.SelectAll)
        menu.addSeparator()
        self._action(menu, self.tr("&Find…"), self.find_bar.open, QKeySequence.StandardKey.Find)
        self._action(menu, self.tr("Find &Next"), self.find_bar.find_next, QKeySequence("F3"))
        self._action(menu, self.tr("Find Pre&vious"), self.find_bar.find_previous,
                     QKeySequence("Shift+F3"))
        self._action(menu, self.tr("Find in C&laims…"), self.focus_search, QKeySequence("Ctrl+Shift+F"))

    def _build_view_menu(self) -> None:
        """Zoom, theme, the panel, and moving between claims."""
        menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(menu, self.tr("Zoom &In"), lambda: self.set_zoom(self.article.zoom + 1),
                     QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self._action(menu, self.tr("Zoom &Out"), lambda: self.set_zoom(self.article.zoom - 1),
                     QKeySequence.StandardKey.ZoomOut)
        self._action(menu, self.tr("&Reset Zoom"), lambda: self.set_zoom(0), QKeySequence("Ctrl+0"))
        menu.addSeparator()
        theme_menu = menu.addMenu(self.tr("&Theme"))
        self.theme_actions = self._choices(theme_menu, THEME_CHOICES, self.set_theme)
        self._build_interface_language_menu(menu.addMenu(self.tr("&Interface Language")))
        self._action(menu, preferences_title(), lambda: open_preferences(self),
                     QKeySequence.StandardKey.Preferences)
        self.panel_action = self._action(menu, self.tr("Show Claims &Panel"), self.set_panel_visible,
                                         QKeySequence("Ctrl+Shift+L"))
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        menu.addSeparator()
        self._action(menu, self.tr("&Next Claim"), self.next_claim, QKeySequence("F8"))
        self._action(menu, self.tr("Pre&vious Claim"), self.previous_claim, QKeySequence("Shift+F8"))
        self._action(menu, self.tr("Focus &Article"), self.article.setFocus, QKeySequence("Ctrl+1"))
        self._action(menu, self.tr("Focus Claims &List"), self.focus_panel, QKeySequence("Ctrl+2"))

    def _build_language_menu(self) -> None:
        """Automatic, French or English; choosing one analyses the article again."""
        menu = self.menuBar().addMenu(self.tr("Article &Language"))
        self.language_actions = self._choices(menu, LANGUAGE_CHOICES, self.set_language)

    def _build_interface_language_menu(self, menu) -> None:
        """The language of menus and messages, apart from the article's; applied at next start."""
        menu.setToolTipsVisible(True)
        self.interface_actions = self._choices(menu, INTERFACE_CHOICES, self.set_interface_language,
                                               translated=False)
        self.interface_actions["auto"].setText(self.tr(INTERFACE_CHOICES[0][1]))
        self.interface_actions[self.settings.interface_language].setChecked(True)
        for action in self.interface_actions.values():
            action.setStatusTip(self.tr("The language of menus and messages, used from the next "
                                        "start; the article's language is in the Article Language menu"))

    def set_interface_language(self, language: str) -> None:
        """Remember the interface's language and say it applies at the next start."""
        self.settings.interface_language = language
        self.save_settings()
        self.statusBar().showMessage(self.tr("The interface will be in the chosen language "
                                             "from the next start."), 8000)

    def _action(self, menu, text: str, slot, *shortcuts) -> QAction:
        """A menu action with its shortcuts, also active when the menu bar is hidden."""
        action = QAction(text, self)
        action.triggered.connect(lambda checked=False: slot(checked) if action.isCheckable() else slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        menu.addAction(action)
        self.addAction(action)
        return action

    def _choices(self, menu, choices, slot, translated=True) -> dict[str, QAction]:
        """Exclusive checkable actions, one per choice, named in the interface's language or not."""
        group = QActionGroup(self)
        actions = {}
        for value, text in choices:
            action = QAction(self.tr(text) if translated else text, self, checkable=True)
            action.triggered.connect(lambda _=False, v=value: slot(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def _connect_signals(self) -> None:
        """Task reports, and selection going both ways between article and panel."""
        self.signals.loaded.connect(self._on_loaded)
        self.signals.mismatch.connect(self._on_language_mismatch)
        self.signals.top.connect(self._on_top)
        self.signals.partial.connect(self._on_partial)
        self.signals.stage.connect(self._on_stage)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)
        self.article.drawn.connect(lambda: self._on_part_drawn("article"))
        self.panel.listed.connect(lambda: self._on_part_drawn("panel"))
        self.analysis_shown.connect(self.sources_tab.show_analysis)
        self.panel.claim_activated.connect(self.article.select_claim)
        self.panel.filter_changed.connect(self._on_filter_changed)
        self.article.claim_clicked.connect(self.panel.select_claim)
        self._update_actions()

    # Settings

    def _restore_settings(self) -> None:
        """Geometry, splitter, theme, zoom, language and panel as they were last time."""
        s = self.settings
        if s.geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.geometry.encode("ascii")))
        if s.splitter:
            self.splitter.restoreState(QByteArray.fromBase64(s.splitter.encode("ascii")))
        self.theme_actions[s.theme].setChecked(True)
        self.language_actions["auto"].setChecked(True)  # each article starts on automatic
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
        self._remember_place()
        self.save_settings()
        super().closeEvent(event)

    # Opening and analysing

    def choose_file(self) -> None:
        """Ask for an article file and open it."""
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        folder = str(Path(self.path).parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open an article", folder,
                                              f"Articles ({patterns});;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str | os.PathLike) -> None:
        """Read and analyse an article in the background, cancelling any analysis under way."""
        self._remember_place()
        language = self.settings.language_of(str(path))
        self.language_actions[language].setChecked(True)
        self._start(AnalysisTask(self._next_serial(), self.signals, str(path), language,
                                 cache=self.cache))

    def reload(self) -> None:
        """Read the current file again."""
        if self.path:
            self.open_file(self.path)

    def set_language(self, language: str) -> None:
        """Choose the language of this article's analysis, remembered for its file, and analyse again."""
        self.language_actions[language].setChecked(True)
        if self.document is not None:
            self.settings.set_language_of(self.document.path, language)
            self.save_settings()
            self._start(AnalysisTask(self._next_serial(), self.signals, self.document.path,
                                     language, document=self.document, cache=self.cache))

    def cancel_analysis(self) -> None:
        """Stop the analysis under way; the text stays on screen."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self._show_busy(False)
            self.stage_label.setText("Analysis cancelled.")

    def close_article(self) -> None:
        """Show no article."""
        self.cancel_analysis()
        self._remember_place()
        self._watch(None)
        self.path, self.document, self.analysis = None, None, None
        self.article.clear_article()
        self.panel.show_analysis(None)
        self.sources_tab.show_analysis(None)
        self.message_bar.hide()
        self.stage_label.clear()
        self.setWindowTitle(APP_TITLE)
        self.setWindowFilePath("")
        self._show_figures()
        self._show_welcome()
        self._update_actions()

    def _show_welcome(self) -> None:
        """The welcome page, with the recent files that still exist."""
        self._fill_recent_menu()
        self.welcome.show_recent(self._recent_entries())
        self.pages.setCurrentWidget(self.welcome)

    def _next_serial(self) -> int:
        """A new task number; results of older tasks are ignored."""
        self.serial += 1
        return self.serial

    def _start(self, task: AnalysisTask) -> None:
        """Cancel the running task, then start this one."""
        if self.task is not None:
            self.task.cancel()
        self.task = task
        self._drawing = set()
        self.message_bar.hide()
        self.stage_label.setText("Opening…")
        self.progress.setRange(0, 0)
        self._show_busy(True)
        task.setAutoDelete(False)  # we keep it to cancel it
        self.pool.start(task)

    def _current(self, serial: int) -> bool:
        """Whether a report comes from the task whose results we want."""
        return self.task is not None and serial == self.task.serial

    def _on_loaded(self, serial: int, document: Document) -> None:
        """The text appears at once; the claims follow."""
        if not self._current(serial):
            return
        # Reloading an unchanged file, or changing language, keeps the old claims until the new;
        # the same story saved by another outlet is another article: its header is shown.
        same_text = self.analysis is not None and self.document is not None \
            and document.text == self.document.text and document.metadata == self.document.metadata
        self.document, self.path = document, document.path
        self._show_partials = not same_text
        self.pages.setCurrentWidget(self.article)
        if not same_text:
            self._place_due = True  # once the claims are drawn
            self.analysis = None
            self.article.show_document(document)
            self.panel.show_busy("Finding the claims…")
        name = shown_title(document.metadata) or Path(document.path).name
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        self.setWindowFilePath(document.path)
        self.settings.add_recent(document.path)
        self.save_settings()
        self._watch(document.path)
        self._update_actions()

    def _on_language_mismatch(self, serial: int, detected: str) -> None:
        """Point out that the language chosen for the article is not the one it looks written in."""
        if not self._current(serial):
            return
        chosen = LANGUAGE_NAMES[self.task.language]
        self.message_bar.show_message(
            f"This article looks {LANGUAGE_NAMES[detected]}, but you chose to analyse it as "
            f"{chosen}.", error=False, action=f"Analyse as {LANGUAGE_NAMES[detected]}")
        self._message_action = lambda: self.set_language("auto")

    def _on_top(self, serial: int, analysis: Analysis) -> None:
        """Colour the claims at the top of a long text; the rest of it and the list wait for theirs.

        The whole text's rules follow within a quarter of a second; listing meanwhile would both
        list too few claims and, with the rule pass holding the interpreter, stall the window.
        """
        if self._current(serial) and self._show_partials:
            self.article.show_analysis(analysis, self.panel.claim_filter, whole_text=False)
            self.stage_label.setText(PRELIMINARY)

    def _on_partial(self, serial: int, analysis: Analysis) -> None:
        """Colour and list what is known so far; the whole analysis will replace it."""
        if not self._current(serial) or not self._show_partials:
            return
        self.article.show_analysis(analysis, self.panel.claim_filter)
        self.panel.show_analysis(analysis, final=False)
        self.stage_label.setText(PRELIMINARY)

    def _on_stage(self, serial: int, text: str) -> None:
        """Say which step the analysis is at."""
        if self._current(serial):
            self.stage_label.setText(PRELIMINARY if self.panel.preliminary else text)
            self.progress.setRange(0, 0)

    def _on_progress(self, serial: int, percent: int) -> None:
        """Move the progress bar."""
        if self._current(serial):
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _on_finished(self, serial: int, analysis: Analysis) -> None:
        """Draw the claims in the text and list them."""
        if not self._current(serial):
            return
        self.task = None
        self.analysis = analysis
        self.settings.last_language = analysis.language
        self.stage_label.setText("Drawing the claims…")
        self._drawing = {"article", "panel"}
        self.article.show_analysis(analysis, self.panel.claim_filter)
        self.panel.show_analysis(analysis)

    def _on_part_drawn(self, part: str) -> None:
        """Once text and panel both show the claims, the analysis is shown."""
        if part not in self._drawing:
            return
        self._drawing.discard(part)
        if self._drawing or self.analysis is None:
            return
        self._show_busy(False)
        found = len(self.analysis.claims)
        self.stage_label.setText(f"{found} claim found." if found == 1 else f"{found} claims found.")
        self._show_figures()
        self._update_actions()
        if self._place_due:
            self._return_to_place()
        self.analysis_shown.emit(self.analysis)

    def _remember_place(self) -> None:
        """Keep where the reader is in the article shown, to return there when it is reopened."""
        if self.document is not None and self.analysis is not None:
            claim = self.panel.current_claim()
            self.settings.remember_place(self.document.path, self.article.top_offset(),
                                         claim.id if claim is not None else None)

    def _return_to_place(self) -> None:
        """Select the claim the reader had selected, and scroll to where they were."""
        self._place_due = False
        top, claim_id = self.settings.place_in(self.document.path)
        claim = next((c for c in self.analysis.claims if c.id == claim_id), None)
        if claim is not None:
            self.show_claim(claim)
        if top:
            self.article.scroll_to_offset(top)

    def _on_failed(self, serial: int, message: str) -> None:
        """Say what went wrong; whatever was shown stays usable."""
        if not self._current(serial):
            return
        self.task = None
        self._show_busy(False)
        self.stage_label.clear()
        self.message_bar.show_message(message)
        if self.settings.forget_missing_recent():  # the file that failed may be one of them
            self.save_settings()
            if self.document is None:
                self._show_welcome()
        if self.analysis is None and self.document is not None:
            self.panel.show_analysis(None)
        self._update_actions()
        self.open_failed.emit(message)

    def _on_cancelled(self, serial: int) -> None:
        """A cancelled task has nothing more to say; the window already moved on."""

    def _show_busy(self, busy: bool) -> None:
        """Show or hide the progress bar and the cancel button."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _watch(self, path: str | None) -> None:
        """Watch only the file shown, to tell when it changes or disappears."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path and Path(path).exists():
            self.watcher.addPath(path)

    def _on_file_changed(self, path: str) -> None:
        """Tell the reader the file changed or vanished; never reread it behind their back."""
        if path != self.path:
            return
        if Path(path).exists():
            self.message_bar.show_message(f"{Path(path).name} changed on disk.", error=False,
                                          action="Reload")
            self._message_action = self.reload
            self.watcher.addPath(path)  # some editors replace the file, which drops the watch
        else:
            self.message_bar.show_message(
                f"{Path(path).name} was deleted or moved. The text shown is the version last read.")

    # Filters, selection, navigation

    def _on_filter_changed(self, claim_filter: ClaimFilter) -> None:
        """Kinds hidden in the panel are hidden in the text too."""
        self.article.set_filter(claim_filter)
        self._show_figures()

    def _show_figures(self) -> None:
        """The status bar's figures: how many claims the filter shows of all, and the zoom."""
        figures = [f"Zoom {self.article.zoom_percent}%"]
        if self.analysis is not None:
            shown, total = len(self.panel.shown_claims()), len(self.analysis.claims)
            claims = "1 claim" if total == 1 else f"{total} claims"
            figures.insert(0, claims if shown == total else f"{shown} of {claims} shown")
        self.figures.setText(" · ".join(figures))

    def next_claim(self) -> None:
        """Select the next claim shown after the cursor."""
        self._step(+1)

    def previous_claim(self) -> None:
        """Select the previous claim shown before the cursor."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        """Move to the neighbouring claim among those the panel shows."""
        claims = self.panel.shown_claims()
        if not claims:
            return
        current = self.panel.current_claim()
        if current in claims:
            index = claims.index(current) + direction
        else:
            offset = self.article.current_offset()
            after = [i for i, c in enumerate(claims) if c.start >= offset]
            index = (after[0] if after else len(claims)) - (1 if direction < 0 else 0)
        index = max(0, min(len(claims) - 1, index))
        self.show_claim(claims[index])

    def show_claim(self, claim: Claim) -> None:
        """Select a claim in the panel and in the text."""
        self.panel.select_claim(claim)
        self.article.select_claim(claim)

    def focus_panel(self) -> None:
        """Put the keyboard in the claims list, showing the panel if hidden."""
        self.set_panel_visible(True)
        self.panel.tabs.currentWidget().setFocus()

    def focus_search(self) -> None:
        """Put the keyboard in the claims search box."""
        self.set_panel_visible(True)
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    # View

    def set_zoom(self, steps: int) -> None:
        """Make the article text bigger or smaller."""
        self.article.set_zoom(steps)
        self.settings.zoom = self.article.zoom
        self._show_figures()

    def set_theme(self, theme: str) -> None:
        """Light, dark, or the system's; the claim colours follow."""
        self.settings.theme = theme
        self.theme_actions[theme].setChecked(True)
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
        self.panel_action.setChecked(visible)
        self.settings.panel_visible = visible

    # Recent files, drag and drop

    def _fill_recent_menu(self) -> None:
        """The recent files that still exist, newest first, and a way to forget them."""
        if self.settings.forget_missing_recent():
            self.save_settings()
        self.recent_menu.clear()
        for number, (name, path) in enumerate(self._recent_entries(), 1):
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if self.settings.recent_files:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear Recent Files", self.clear_recent)
        clear.setEnabled(bool(self.settings.recent_files))

    def _recent_entries(self) -> list[tuple[str, str]]:
        """The recent files as (name, path); the folder tells files of the same name apart."""
        names = [Path(path).name for path in self.settings.recent_files]
        entries = []
        for path in self.settings.recent_files:
            name = Path(path).name
            if names.count(name) > 1:
                name = f"{name} — {Path(path).parent.name or Path(path).parent}"
            entries.append((name, path))
        return entries

    def clear_recent(self) -> None:
        """Forget the recent files."""
        self.settings.clear_recent()
        self.save_settings()
        self._fill_recent_menu()
        self.welcome.show_recent([])

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

    # Export, print, help

    def choose_export(self) -> None:
        """Ask where and in which format to export, starting from the folder and format used last."""
        if self.analysis is None:
            return
        from reader.export import SUFFIXES

        fmt = self.settings.export_format
        folder = Path(self.settings.export_folder or Path(self.analysis.file).parent)
        name = f"{Path(self.analysis.file).stem}.claims{SUFFIXES[fmt]}"
        path, selected = QFileDialog.getSaveFileName(
            self, "Export the analysis", str(folder / name), ";;".join(EXPORT_FILTERS.values()),
            EXPORT_FILTERS[fmt])
        if not path:
            return
        chosen = next((f for f, text in EXPORT_FILTERS.items() if text == selected), fmt)
        fmt = export_format_of(path, chosen)
        if self.export_to(path, fmt):
            self.settings.export_folder, self.settings.export_format = str(Path(path).parent), fmt
            self.save_settings()

    def export_to(self, path: str | os.PathLike, fmt: str) -> bool:
        """Write the analysis in a format; say so, or say why not."""
        from reader.export import FORMATS, SUFFIXES, render  # not needed to paint the window

        if self.analysis is None or fmt not in FORMATS:
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        if self.path and same_file(path, self.path):
            self.message_bar.show_message("The export would overwrite the article; choose another name.")
            return False
        try:
            write_atomically(path, render(self.analysis, fmt, self.panel.marks or None))
        except OSError as error:
            self.message_bar.show_message(f"Cannot write {path.name}: {error.strerror or error}.")
            return False
        self.stage_label.setText(f"Exported to {path}.")
        return True

    def print_article(self) -> None:
        """Print the article with its colours."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.article.printable().print_(printer)

    def choose_pdf(self) -> None:
        """Ask where to save the article as a PDF."""
        if self.document is None:
            return
        # Never the article's own name, which a PDF article has.
        article = Path(self.document.path)
        default = str(article.parent / f"{article.stem}.claims.pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Save as PDF", default, "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike) -> bool:
        """Write the article with its colours to a PDF file."""
        from PySide6.QtPrintSupport import QPrinter

        from reader.export import is_complete_pdf

        if self.path and same_file(path, self.path):
            self.message_bar.show_message("The PDF would overwrite the article; choose another name.")
            return False
        try:
            with replacement_path(path) as temporary:  # the older PDF stays until this one is whole
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(temporary))
                self.article.printable().print_(printer)
                if not is_complete_pdf(temporary):
                    raise OSError("the PDF was cut short (is the disk full?)")
        except OSError as error:
            self.message_bar.show_message(f"Cannot write {Path(path).name}: {error.strerror or error}.")
            return False
        self.stage_label.setText(f"Saved {path}.")
        return True

    def show_help(self) -> None:
        """The "How to read the colours" page."""
        from reader.ui.help_text import help_html, help_title  # not needed to paint the window

        dialog = QDialog(self)
        dialog.setWindowTitle(help_title())
        layout = QVBoxLayout(dialog)
        page = QTextBrowser()
        page.setAccessibleName(help_title())
        page.setHtml(help_html(page_is_dark(self)))
        layout.addWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 520)
        dialog.show()

    def show_about(self) -> None:
        """Version, installed pipelines, and where the settings are kept."""
        pipelines = ", ".join(info.label for info in installed_pipelines()) or "none (rules only)"
        QMessageBox.about(self, "About Claim Reader",
                          f"<h3>Claim Reader {__version__}</h3>"
                          "<p>Who said what in a news article: direct quotes, reported speech "
                          "and unattributed assertions.</p>"
                          f"<p><b>Language pipelines:</b> {pipelines}</p>"
                          f"<p><b>Settings:</b> {settings_store.settings_path(self.settings_dir)}</p>")

    def _update_actions(self) -> None:
        """Actions that need an article or an analysis are off without one."""
        has_document = self.document is not None
        self.reload_action.setEnabled(has_document)
        self.close_action.setEnabled(has_document)
        self.print_action.setEnabled(has_document)
        self.pdf_action.setEnabled(has_document)
        self.export_action.setEnabled(self.analysis is not None)
