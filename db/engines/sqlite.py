"""The embedded SQLite file: durable settings on every connection, file checks and backups.

Reads go through the standard library's ``sqlite3`` (cheap to import, so the first screen does
not wait for SQLAlchemy); writes and migrations use a SQLAlchemy engine created on first use.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from db.engines.base import Database
from db.errors import StorageUnavailableError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from db.backup import BackupInfo

DATABASE_FILE = "skill-ladder.sqlite3"
BUSY_TIMEOUT_MS = 5000


def configure_connection(dbapi_connection: sqlite3.Connection, _record: Any = None) -> None:
    """WAL, full sync, foreign keys and a busy timeout; transactions begun explicitly."""
    # With isolation_level None, sqlite3 never opens transactions behind our back; SQLAlchemy's
    # "begin" event issues BEGIN itself, so DDL (migrations) is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to ``path`` with the durable settings.

    Each thread gets its own (see :meth:`SqliteDatabase.reader`); the thread check is off only so
    that :meth:`Database.close` can close a worker thread's connection once the worker is done.
    """
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    configure_connection(connection)
    return connection


def _begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock first, waiting up to the busy timeout. A deferred BEGIN
    # reads first; if another writer commits meanwhile, SQLite refuses the later write at once
    # ("database is locked"), and the busy timeout never gets a chance to help.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for the file at ``path`` with WAL, full sync, foreign keys and a busy timeout."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class SqliteDatabase(Database):
    """An open database file: plain connections for reading, an engine for writing."""

    kind: ClassVar[str] = "sqlite"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @classmethod
    def open_file(cls, path: Path) -> SqliteDatabase:
        """Open (creating if needed) the file and upgrade its schema to this app's head."""
        path.parent.mkdir(parents=True, exist_ok=True)
        database = cls(path)
        try:
            database.open_schema()
        except Exception:
            database.close()
            raise
        return database

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def location(self) -> str:
        """The file's path."""
        return str(self._path)

    def stored_revision(self) -> str | None:
        """The file's Alembic revision, None for a new file."""
        from db.schema_version import stored_revision

        return stored_revision(self.reader())

    def migrate(self, revision: str | None) -> None:
        """Back the file up, then upgrade it in one transaction (see :mod:`db.migrate`)."""
        from db.migrate import migrate_sqlite

        migrate_sqlite(self, revision)

    def check_writable(self) -> None:
        """Take the write lock and roll back: a read-only or locked file is noticed at open."""
        connection = self.reader()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("UPDATE alembic_version SET version_num = version_num")
        finally:
            connection.execute("ROLLBACK")

    def reader(self) -> sqlite3.Connection:  # type: ignore[override]
        """This thread's plain connection, for read-only queries."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = connect(self._path)
            self._local.connection = connection
            with self._lock:
                self._readers.append(connection)
        return connection

    def _create_engine(self) -> Engine:
        return create_sqlite_engine(self._path)

    def storage_failure(self, exc: BaseException) -> Exception | None:
        """Lock, read-only and full-disk errors become the user's message; others pass."""
        if isinstance(exc, sqlite3.OperationalError):
            return write_failure(exc, self._path)
        return None

    def backup(self, reason: str) -> BackupInfo:
        """A verified copy of the file in the backups folder beside it."""
        from db.backup import create_backup

        return create_backup(self._path, reason=reason)

    def close_readers(self) -> None:
        """Close every thread's read connection."""
        with self._lock:
            readers, self._readers = self._readers, []
        for connection in readers:
            connection.close()
        self._local = threading.local()


def write_failure(exc: sqlite3.Error | OSError, path: Path) -> StorageUnavailableError:
    """The user's message for a change that could not be saved because of ``exc``."""
    from core.i18n import translate
    from db.integrity import StorageCondition, classify, describe

    condition = classify(exc)
    if condition in (StorageCondition.BUSY, StorageCondition.LOCKED):
        message = translate(
            "Storage",
            "{name} is busy: another program (perhaps an import, or another Skill Ladder) is "
            "writing to it. Nothing was changed; try again in a moment.",
        ).format(name=path.name)
    elif condition is StorageCondition.OTHER:
        message = translate("Storage", "{problem} Nothing was changed. ({detail})").format(
            problem=describe(condition, path), detail=exc
        )
    else:
        message = translate("Storage", "{problem} Nothing was changed.").format(
            problem=describe(condition, path)
        )
    return StorageUnavailableError(condition, message)
