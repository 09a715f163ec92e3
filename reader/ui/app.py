"""Starting the window: command-line options, the application object, screenshots."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.i18n import _

SCREENSHOT_TIMEOUT_MS = 180_000
SCREENSHOT_SIZE = (1280, 800)
APP_ID = "claim-reader"
# The rendered icon sizes, beside the package in a source tree and in the packaged app alike.
ICON_THEME_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons" / "hicolor"


class ReaderApplication(QApplication):
    """The application; on macOS, files opened from the Finder arrive as events."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.setApplicationName("Claim Reader")
        self.setApplicationVersion(__version__)
        self.setOrganizationName("claim-reader")
        self.setDesktopFileName(APP_ID)
        self.setWindowIcon(app_icon())
        self.windows: list = []

    def event(self, event) -> bool:
        """Open a file the system asks us to open in the most recent window."""
        if event.type() == QEvent.Type.FileOpen and self.windows:
            self.windows[-1].open_file(event.file())
            return True
        return super().event(event)


def app_icon() -> QIcon:
    """The app's icon in every rendered size, or the one installed in the desktop's icon theme."""
    icon = QIcon()
    for png in sorted(ICON_THEME_FOLDER.glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon if not icon.isNull() else QIcon.fromTheme(APP_ID)


class FirstPaintReporter(QObject):
    """Print the wall-clock time of the first paint of any widget, then quit (for benchmarks)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """On the first paint, let that frame finish, then report and quit."""
        if event.type() == QEvent.Type.Paint:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        """Print the time as seconds since the epoch, so another process can subtract its own;
        then the CPU time used and whether spaCy was imported, which the window must not wait for."""
        print(f"first paint at {time.time():.3f}", flush=True)
        print(f"cpu {time.process_time():.3f} spacy {'spacy' in sys.modules}", flush=True)
        self.app.quit()


def parse_options(argv: list[str]) -> argparse.Namespace:
    """The window's options: files to open, a theme, a screenshot to take."""
    parser = argparse.ArgumentParser(prog="claim-reader",
                                     description=_("Read news articles with their claims coloured."))
    parser.add_argument("files", nargs="*", metavar="FILE", help=_("articles to open"))
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help=_("open FILE, wait for its analysis, save the window as a PNG and quit"))
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help=_("the theme for this run (not saved)"))
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.screenshot and len(options.files) != 1:
        parser.error(_("--screenshot needs exactly one FILE"))
    return options


def run(argv: list[str]) -> int:
    """Open a window per file named (or one empty window) and run until the last one closes.

    With the app already running, its window opens the files instead and this process ends.
    """
    options = parse_options(argv)
    app = QApplication.instance() or ReaderApplication([sys.argv[0]])
    from reader.ui.error_report import error_reporter

    error_reporter().install()  # an error nobody caught: logged, and one line in the window
    speak_chosen_language(app)
    if options.screenshot:
        return take_screenshot(app, options)
    if options.quit_after_first_paint:
        FirstPaintReporter(app)
    else:
        from reader.ui.single_instance import InstanceServer, hand_over

        if hand_over([str(Path(path).absolute()) for path in options.files]):
            return 0
        server = InstanceServer(app)
        server.files_received.connect(lambda paths: open_handed_over(app, paths, options.theme))
    from reader.ui.stop_signals import StopSignals

    StopSignals(app)
    for path in options.files or [None]:
        open_window(app, path, options.theme)
    status = app.exec()
    _wait_for_workers(getattr(app, "windows", []))
    return status


def open_window(app, path: str | None, theme: str | None):
    """A new window, on an article if one is named."""
    from reader.ui.main_window import MainWindow

    window = MainWindow()
    if theme:
        window.set_theme(theme)
    window.show()
    if path:
        window.open_file(path)
    getattr(app, "windows", []).append(window)
    return window


def open_handed_over(app, paths: list[str], theme: str | None) -> None:
    """Files a later start handed over: the first in the newest window, others in windows of their own."""
    windows = [window for window in getattr(app, "windows", []) if window.isVisible()]
    if not windows:
        for path in paths or [None]:
            open_window(app, path, theme)
        return
    window = windows[-1]
    if paths:
        window.open_file(paths[0])
    for path in paths[1:]:
        open_window(app, path, theme)
    window.raise_()
    window.activateWindow()


def speak_chosen_language(app) -> None:
    """Translate the interface into the language chosen in the settings, else the system's."""
    from reader import settings as settings_store
    from reader.ui.translation import install_translators, interface_language

    if not getattr(app, "_translators", None):  # once per application
        install_translators(app, interface_language(settings_store.load().interface_language))


def take_screenshot(app, options) -> int:
    """Show the article once analysed, save the whole window, and give the exit status."""
    from reader.ui.main_window import MainWindow

    window = MainWindow(persist=False)
    if options.theme:
        window.set_theme(options.theme)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    outcome = {"status": 1}

    def save(status: int) -> None:
        outcome["status"] = status if window.grab().save(options.screenshot) else 1
        app.exit()

    # A short delay lets the last layout and paint happen before the grab.
    window.analysis_shown.connect(lambda _: QTimer.singleShot(300, lambda: save(0)))
    window.open_failed.connect(lambda _: QTimer.singleShot(300, lambda: save(2)))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: save(1))
    window.open_file(Path(options.files[0]))
    app.exec()
    _wait_for_workers([window])
    if outcome["status"] == 0:
        print(_("Saved {path}").format(path=options.screenshot))
    return outcome["status"]


def _wait_for_workers(windows) -> None:
    """Let background work end before the interpreter goes away under it."""
    for window in windows:
        window.cancel_analysis()
    for window in windows:
        window.session.pool.waitForDone()
    from reader.ui.workers import shutdown_analysis_process

    shutdown_analysis_process()
