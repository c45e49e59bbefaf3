"""One running instance per data folder: a second launch hands over to the first and exits.

A ``QLockFile`` in the data folder says who writes there; Qt treats the lock of a process that no
longer runs as stale, so a crash never blocks the next start. A ``QLocalServer`` named after the
folder lets a second launch ask the first to raise its window.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_FILE = ".skill-ladder.lock"
ACTIVATE = b"activate\n"


def _probe_write(folder: Path) -> OSError | None:
    """The error writing a small file in ``folder`` gives, if any (to name what is wrong)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as handle:
            handle.write(b"skill-ladder" * 100)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return exc
    return None


def folder_problem(folder: Path, exc: OSError | None) -> str:
    """A sentence for the user about a data folder that cannot be used."""
    from db.integrity import StorageCondition, classify, describe

    if exc is None:
        return QCoreApplication.translate(
            "SingleInstance",
            "Skill Ladder could not create its lock file in {folder}. Check that you may "
            "change this folder, or start with another data folder (--data-dir).",
        ).format(folder=folder)
    condition = classify(exc)
    if condition is StorageCondition.DISK_FULL:
        return QCoreApplication.translate(
            "SingleInstance",
            "The disk is full: free some space on the drive that holds {folder}, then start "
            "Skill Ladder again.",
        ).format(folder=folder)
    if condition is StorageCondition.READ_ONLY:
        return QCoreApplication.translate(
            "SingleInstance",
            "Skill Ladder may not write to its data folder {folder}: it is read-only, or you "
            "are not allowed to change it. Make it writable, or start with another data "
            "folder (--data-dir).",
        ).format(folder=folder)
    return QCoreApplication.translate(
        "SingleInstance", "Skill Ladder cannot use its data folder {folder}: {reason}"
    ).format(folder=folder, reason=describe(condition, folder))


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
        self.problem: str | None = None
        """Why the data folder cannot be used, when :meth:`acquire` found it unusable."""

    def acquire(self) -> bool:
        """Take the folder; False when another running instance holds it, or when the folder
        cannot be used at all (then :attr:`problem` says why: read-only, disk full…)."""
        self.problem = None
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.problem = folder_problem(self.data_dir, exc)
            return False
        lock = QLockFile(str(self.data_dir / LOCK_FILE))
        lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
        if not lock.tryLock(200):
            if lock.error() != QLockFile.LockError.LockFailedError:
                # Not held by anyone: the lock file itself could not be written.
                self.problem = folder_problem(self.data_dir, _probe_write(self.data_dir))
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
