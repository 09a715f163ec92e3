"""Unexpected errors while the window runs: logged with their traceback, told in one line."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.errors import log_unexpected

class ErrorReporter(QObject):
    """The hook for errors nobody caught, in the GUI thread or any other.

    The window shows `reported`'s line; the signal crosses threads, so a worker's error is
    shown by the GUI thread.
    """

    reported = Signal(str)  # the line to show

    def __init__(self, parent=None):
        super().__init__(parent)
        self._previous = None

    def install(self) -> None:
        """Take over sys.excepthook and threading.excepthook."""
        self._previous = sys.excepthook, threading.excepthook
        sys.excepthook = self.hook
        threading.excepthook = lambda args: self.hook(args.exc_type, args.exc_value,
                                                      args.exc_traceback)

    def uninstall(self) -> None:
        """Give the hooks back."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def hook(self, kind, error, traceback) -> None:
        """Log an uncaught error and report its line; Ctrl+C stays an interruption."""
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](kind, error, traceback)
            return
        if error is not None and error.__traceback__ is None:
            error = error.with_traceback(traceback)
        line = log_unexpected(QCoreApplication.translate("ErrorReporter", "Something went wrong"),
                              error)
        print(line, file=sys.stderr)
        self.reported.emit(line)


_reporter: ErrorReporter | None = None


def error_reporter() -> ErrorReporter:
    """The application's one reporter."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter()
    return _reporter
