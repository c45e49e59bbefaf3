"""Checking a database file, naming what went wrong with it, and moving a damaged one aside.

Standard library only, so the app can check and rescue its data without SQLAlchemy or Qt.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from core.i18n import translate
from core.safe_files import sync_directory
from db.database import BUSY_TIMEOUT_MS

SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps next to a database; they belong to it and must move with it."""

_PROBLEM_LIMIT = 20


class StorageCondition(StrEnum):
    """What kind of trouble a storage error means for the user."""

    BUSY = "busy"
    LOCKED = "locked"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not-a-database"
    # A team database on a server (db.engines.postgres):
    UNREACHABLE = "unreachable"
    AUTHENTICATION = "authentication"
    TLS = "tls"
    NO_DATABASE = "no-database"
    BAD_ADDRESS = "bad-address"
    NOT_ALLOWED = "not-allowed"
    WRONG_ENCODING = "wrong-encoding"
    OTHER = "other"


FILE_CONDITIONS = (
    StorageCondition.BUSY,
    StorageCondition.LOCKED,
    StorageCondition.READ_ONLY,
    StorageCondition.DISK_FULL,
    StorageCondition.CORRUPT,
    StorageCondition.NOT_A_DATABASE,
    StorageCondition.OTHER,
)
"""What can go wrong with the local file (the rest are a team database's, db.engines.postgres)."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of :func:`check_database`.

    ``condition`` says why the check failed: CORRUPT or NOT_A_DATABASE mean the file itself is
    bad; BUSY, READ_ONLY... mean it could not be checked, which says nothing about the file.
    """

    ok: bool
    problems: tuple[str, ...]
    condition: StorageCondition | None = None


_SQLITE_CONDITIONS = {
    sqlite3.SQLITE_BUSY: StorageCondition.BUSY,
    sqlite3.SQLITE_LOCKED: StorageCondition.LOCKED,
    sqlite3.SQLITE_READONLY: StorageCondition.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageCondition.READ_ONLY,
    sqlite3.SQLITE_FULL: StorageCondition.DISK_FULL,
    sqlite3.SQLITE_CORRUPT: StorageCondition.CORRUPT,
    sqlite3.SQLITE_NOTADB: StorageCondition.NOT_A_DATABASE,
}
_ERRNO_CONDITIONS = {
    errno.ENOSPC: StorageCondition.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): StorageCondition.DISK_FULL,
    errno.EROFS: StorageCondition.READ_ONLY,
    errno.EACCES: StorageCondition.READ_ONLY,
    errno.EPERM: StorageCondition.READ_ONLY,
    errno.EBUSY: StorageCondition.BUSY,
}
# Windows reports a file held open by another program as EACCES; its winerror tells them apart.
_WINERROR_CONDITIONS = {
    32: StorageCondition.BUSY,  # ERROR_SHARING_VIOLATION
    33: StorageCondition.LOCKED,  # ERROR_LOCK_VIOLATION
    112: StorageCondition.DISK_FULL,  # ERROR_DISK_FULL
}


def classify(exc: sqlite3.Error | OSError) -> StorageCondition:
    """The condition behind an error from sqlite3 (by its result code) or the OS (by errno)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return StorageCondition.OTHER
        return _SQLITE_CONDITIONS.get(code & 0xFF, StorageCondition.OTHER)
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR_CONDITIONS:
        return _WINERROR_CONDITIONS[winerror]
    return _ERRNO_CONDITIONS.get(exc.errno or 0, StorageCondition.OTHER)


def describe(condition: StorageCondition, path: Path) -> str:
    """A plain sentence telling the user what ``condition`` means for the file at ``path``."""
    name = path.name
    sentences = {
        StorageCondition.BUSY: translate(
            "Storage",
            "{name} is in use by another program (perhaps another Skill Ladder window); "
            "close it and try again.",
        ),
        StorageCondition.LOCKED: translate(
            "Storage", "{name} is locked by another task; wait a moment and try again."
        ),
        StorageCondition.READ_ONLY: translate(
            "Storage",
            "Skill Ladder may not write to {path}; check that the file and its folder are not "
            "read-only and that you are allowed to change them.",
        ),
        StorageCondition.DISK_FULL: translate(
            "Storage",
            "The disk is full; free some space on the drive that holds {folder} and try again.",
        ),
        StorageCondition.CORRUPT: translate(
            "Storage", "{name} is damaged; restore it from a backup."
        ),
        StorageCondition.NOT_A_DATABASE: translate(
            "Storage",
            "{name} is not a database (it is another kind of file, or it was overwritten).",
        ),
        StorageCondition.OTHER: translate(
            "Storage", "Skill Ladder could not read or write {path}."
        ),
    }
    sentence = sentences.get(condition, sentences[StorageCondition.OTHER])
    return sentence.format(name=name, path=path, folder=path.parent)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never change ``path`` and never creates it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def database_problems(connection: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """Integrity (or quick) check and foreign key check findings; empty when all is well."""
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}({_PROBLEM_LIMIT})").fetchall()
    problems = [] if [tuple(row) for row in rows] == [("ok",)] else [str(row[0]) for row in rows]
    for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"):
        problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    return problems


def check_database(path: Path, *, full: bool = False) -> CheckResult:
    """Check the file at ``path`` read-only; never raises for a bad or unreadable file."""
    if not path.is_file():
        return CheckResult(False, ("no database file",))
    if path.stat().st_size == 0:
        return CheckResult(False, ("the file is empty",), StorageCondition.NOT_A_DATABASE)
    try:
        connection = open_read_only(path)
        try:
            problems = database_problems(connection, full=full)
        finally:
            connection.close()
    except (sqlite3.Error, OSError) as exc:
        condition = classify(exc)
        return CheckResult(False, (describe(condition, path), str(exc)), condition)
    if problems:
        return CheckResult(False, tuple(problems), StorageCondition.CORRUPT)
    return CheckResult(True, ())


class EarlyCheck:
    """The quick check of a data file, started in a thread so that it runs while the window
    does other start-up work (SQLite checks the file without holding Python's GIL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._result: CheckResult | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._result = check_database(self.path)

    def result(self) -> CheckResult:
        """The check's finding (waits for it; checked again here if the thread failed)."""
        self._thread.join()
        return self._result if self._result is not None else check_database(self.path)


def set_aside(database_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database and its side files to ``<stem>.damaged-<time><suffix>``.

    Nothing is deleted. Returns the new path of the main file.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    sources = [database_path, *(_side_file(database_path, s) for s in SIDE_FILE_SUFFIXES)]
    present = [source for source in sources if source.exists()]
    if not present:
        raise FileNotFoundError(errno.ENOENT, "no database file to set aside", str(database_path))
    target = _unused_aside_name(database_path, stamp)
    moved: list[tuple[Path, Path]] = []
    try:
        for source in present:
            destination = target.with_name(target.name + source.name[len(database_path.name) :])
            source.replace(destination)
            moved.append((source, destination))
    except OSError:
        # Keep the database and its side files together: half a move could lose committed data.
        for source, destination in reversed(moved):
            destination.replace(source)
        raise
    sync_directory(database_path.parent)
    return target


def _side_file(database_path: Path, suffix: str) -> Path:
    return database_path.with_name(database_path.name + suffix)


def _unused_aside_name(database_path: Path, stamp: str) -> Path:
    stem, suffix = database_path.stem, database_path.suffix
    for attempt in range(1, 1000):
        extra = "" if attempt == 1 else f"-{attempt}"
        candidate = database_path.with_name(f"{stem}.damaged-{stamp}{extra}{suffix}")
        names = [candidate, *(_side_file(candidate, s) for s in SIDE_FILE_SUFFIXES)]
        if not any(name.exists() for name in names):
            return candidate
    raise FileExistsError(errno.EEXIST, "too many damaged copies", str(database_path))
