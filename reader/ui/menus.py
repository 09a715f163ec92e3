"""The window's menus: every action, its shortcut, and the window's slot it calls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.ui import about
from reader.ui.folder_report import analyse_folder
from reader.ui.preferences import open_preferences, preferences_title

LANGUAGE_CHOICES = (("auto", QT_TRANSLATE_NOOP("Menus", "&Automatic")),
                    ("fr", QT_TRANSLATE_NOOP("Menus", "&French")),
                    ("en", QT_TRANSLATE_NOOP("Menus", "&English")))
THEME_CHOICES = (("system", QT_TRANSLATE_NOOP("Menus", "&System")),
                 ("light", QT_TRANSLATE_NOOP("Menus", "&Light")),
                 ("dark", QT_TRANSLATE_NOOP("Menus", "&Dark")))
# Each language in its own name, so a reader lost in a foreign interface finds theirs.
INTERFACE_CHOICES = (("auto", QT_TRANSLATE_NOOP("Menus", "&Automatic (System)")),
                     ("fr", "&Français"), ("en", "&English"))


class Menus(QObject):
    """File, Edit, View, Article Language and Help, every action with its standard shortcut.

    The actions are added to the window too, so that their shortcuts work with the menu bar hidden.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self._build_file_menu(bar.addMenu(self.tr("&File")))
        self._build_edit_menu(bar.addMenu(self.tr("&Edit")))
        self._build_view_menu(bar.addMenu(self.tr("&View")))
        self.language_actions = self._choices(bar.addMenu(self.tr("Article &Language")),
                                              LANGUAGE_CHOICES, window.set_language)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("How to Read the &Colours"), lambda: about.show_help(window),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About Claim Reader"),
                     lambda: about.show_about(window, window.settings_dir))

    def _build_file_menu(self, menu) -> None:
        """Open, recent files, reload, export, print, close and quit."""
        window = self.window
        self._action(menu, self.tr("&Open…"), window.choose_file, QKeySequence.StandardKey.Open)
        self._action(menu, self.tr("Analyse a &Folder…"), lambda: analyse_folder(window))
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setToolTipsVisible(True)  # each file's folder
        self.reload_action = self._action(menu, self.tr("Re&load"), window.reload,
                                          QKeySequence.StandardKey.Refresh)
        menu.addSeparator()
        exports = window.exports
        self.export_action = self._action(menu, self.tr("&Export Analysis…"), exports.choose_export,
                                          QKeySequence("Ctrl+E"))
        self.print_action = self._action(menu, self.tr("&Print…"), exports.print_article,
                                         QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(menu, self.tr("Save as P&DF…"), exports.choose_pdf,
                                       QKeySequence("Ctrl+Shift+E"))
        menu.addSeparator()
        self.close_action = self._action(menu, self.tr("&Close"), window.close_article,
                                         QKeySequence.StandardKey.Close)
        self._action(menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    def _build_edit_menu(self, menu) -> None:
        """Copy, select all, find in the article and among the claims."""
        article, find_bar = self.window.article, self.window.find_bar
        self._action(menu, self.tr("&Copy"), article.copy, QKeySequence.StandardKey.Copy)
        self._action(menu, self.tr("Select &All"), article.selectAll, QKeySequence.StandardKey.SelectAll)
        menu.addSeparator()
        self._action(menu, self.tr("&Find…"), find_bar.open, QKeySequence.StandardKey.Find)
        self._action(menu, self.tr("Find &Next"), find_bar.find_next, QKeySequence("F3"))
        self._action(menu, self.tr("Find Pre&vious"), find_bar.find_previous, QKeySequence("Shift+F3"))
        self._action(menu, self.tr("Find in C&laims…"), self.window.navigator.focus_search,
                     QKeySequence("Ctrl+Shift+F"))

    def _build_view_menu(self, menu) -> None:
        """Zoom, theme, the panel, and moving between claims."""
        window, navigator = self.window, self.window.navigator
        self._action(menu, self.tr("Zoom &In"), lambda: window.set_zoom(window.article.zoom + 1),
                     QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self._action(menu, self.tr("Zoom &Out"), lambda: window.set_zoom(window.article.zoom - 1),
                     QKeySequence.StandardKey.ZoomOut)
        self._action(menu, self.tr("&Reset Zoom"), lambda: window.set_zoom(0), QKeySequence("Ctrl+0"))
        menu.addSeparator()
        self.theme_actions = self._choices(menu.addMenu(self.tr("&Theme")), THEME_CHOICES,
                                           window.set_theme)
        self._build_interface_language_menu(menu.addMenu(self.tr("&Interface Language")))
        self._action(menu, preferences_title(), lambda: open_preferences(window),
                     QKeySequence.StandardKey.Preferences)
        self.panel_action = self._action(menu, self.tr("Show Claims &Panel"), window.set_panel_visible,
                                         QKeySequence("Ctrl+Shift+L"))
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        menu.addSeparator()
        self._action(menu, self.tr("&Next Claim"), navigator.next_claim, QKeySequence("F8"))
        self._action(menu, self.tr("Pre&vious Claim"), navigator.previous_claim, QKeySequence("Shift+F8"))
        self._action(menu, self.tr("Focus &Article"), window.article.setFocus, QKeySequence("Ctrl+1"))
        self._action(menu, self.tr("Focus Claims &List"), navigator.focus_panel, QKeySequence("Ctrl+2"))

    def _build_interface_language_menu(self, menu) -> None:
        """The language of menus and messages, apart from the article's; applied at next start."""
        menu.setToolTipsVisible(True)
        self.interface_actions = self._choices(menu, INTERFACE_CHOICES, self.set_interface_language,
                                               translated=False)
        self.interface_actions["auto"].setText(self.tr(INTERFACE_CHOICES[0][1]))
        self.interface_actions[self.window.settings.interface_language].setChecked(True)
        for action in self.interface_actions.values():
            action.setStatusTip(self.tr("The language of menus and messages, used from the next "
                                        "start; the article's language is in the Article Language menu"))

    def set_interface_language(self, language: str) -> None:
        """Remember the interface's language and say it applies at the next start."""
        self.window.settings.interface_language = language
        self.window.save_settings()
        self.window.statusBar().showMessage(self.tr("The interface will be in the chosen language "
                                                    "from the next start."), 8000)

    def update(self, has_document: bool, has_analysis: bool) -> None:
        """Actions that need an article or an analysis are off without one."""
        for action in (self.reload_action, self.close_action, self.print_action, self.pdf_action):
            action.setEnabled(has_document)
        self.export_action.setEnabled(has_analysis)

    def _action(self, menu, text: str, slot, *shortcuts) -> QAction:
        """A menu action with its shortcuts, also active when the menu bar is hidden."""
        action = QAction(text, self.window)
        action.triggered.connect(lambda checked=False: slot(checked) if action.isCheckable() else slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _choices(self, menu, choices, slot, translated=True) -> dict[str, QAction]:
        """Exclusive checkable actions, one per choice, named in the interface's language or not."""
        group = QActionGroup(self.window)
        actions = {}
        for value, text in choices:
            action = QAction(self.tr(text) if translated else text, self.window, checkable=True)
            action.triggered.connect(lambda _=False, v=value: slot(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions
