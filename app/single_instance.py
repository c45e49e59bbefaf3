"""One running instance per data folder: a second launch hands over to the first and exits.

A ``QLockFile`` in the data folder says who writes there; Qt treats the lock of a process that no
longer runs as stale, so a crash never blocks the next start. A ``QLocalServer`` named after the
folder lets a second launch ask the first to raise its window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_FILE = ".skill-ladder.lock"
ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    """The local-socket name for a data folder (stable, short, no path characters)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"skill-ladder-{digest}"


class SingleInstance(QObject):
    """The claim of this process on a data folder."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder; False when another running instance holds it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.data_dir / LOCK_FILE))
        lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
        if not lock.tryLock(200):
            return False
        self._lock = lock
        return True

    def listen(self) -> None:
        """Start answering later launches (QtNetwork is loaded here, after the first paint)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.name)
        self._server = server

    def hand_over(self, timeout_ms: int = 3000) -> bool:
        """Ask the running instance to show its window; True if it got the message."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        delivered = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        """Give the folder up (on exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready)

    def _on_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        message = bytes(socket.readAll().data())
        socket.readyRead.disconnect(self._on_ready)
        socket.close()
        if message.startswith(ACTIVATE.strip()):
            self.activation_requested.emit()
