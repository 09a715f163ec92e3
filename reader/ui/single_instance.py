"""One running app per user: a second start hands its files to the window already open."""

from __future__ import annotations

import getpass
import hashlib
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader.settings import config_dir

CONNECT_TIMEOUT_MS = 500  # a local socket answers at once, or nobody is listening
REPLY_TIMEOUT_MS = 3000  # the running window may be busy drawing an article
RECEIVED = b"opened\n"


def server_name() -> str:
    """The socket's name: one per user and settings folder (tests and portable installs apart)."""
    folder = hashlib.sha1(str(config_dir()).encode("utf-8")).hexdigest()[:10]
    return f"claim-reader-{getpass.getuser()}-{folder}"


def hand_over(paths: list[str]) -> bool:
    """Ask a running app to open files; whether one did (else this process opens them)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(json.dumps(paths).encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(REPLY_TIMEOUT_MS) and socket.readAll().data() == RECEIVED
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts of the app and passes on the files they were given."""

    files_received = Signal(list)  # absolute paths, maybe none (then the window comes forward)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(server_name()):
            # A socket left by an app that crashed: nobody answered it, so it is taken over.
            QLocalServer.removeServer(server_name())
            self.server.listen(server_name())
        self.server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        """Whether later starts can reach this app."""
        return self.server.isListening()

    def _on_connection(self) -> None:
        """Read a later start's files once its line has come."""
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        """Take the list of files, say so, and pass them on; anything else is ignored."""
        if not connection.canReadLine():
            return
        try:
            paths = json.loads(connection.readLine().data().decode("utf-8"))
        except ValueError:
            paths = None
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            connection.disconnectFromServer()
            return
        connection.write(RECEIVED)
        connection.flush()
        self.files_received.emit(paths)
