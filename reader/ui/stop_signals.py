"""SIGTERM and SIGINT close the windows as Quit does: settings saved, the analysis process ended."""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT") if hasattr(signal, name))


class StopSignals(QObject):
    """Turns a stop signal into closing every window, from Qt's event loop.

    Python runs its signal handlers only between bytecodes, never while Qt's loop waits in C++:
    the signal's number is written to a socket (signal.set_wakeup_fd) that Qt watches instead.
    """

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self._receiver, self._sender = socket.socketpair()
        for end in (self._receiver, self._sender):
            end.setblocking(False)
        signal.set_wakeup_fd(self._sender.fileno())
        for number in STOP_SIGNALS:
            signal.signal(number, lambda *_: None)  # the byte on the socket does the work
        self._notifier = QSocketNotifier(self._receiver.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        """Close every window, which saves their settings and stops their analyses, then quit."""
        try:
            numbers = set(self._receiver.recv(64))
        except BlockingIOError:
            return
        if numbers & set(STOP_SIGNALS):
            self.app.closeAllWindows()
            self.app.quit()
