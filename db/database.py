"""Open the SQLite database: durable settings on every connection, schema brought up to date.

Reads go through the standard library's ``sqlite3`` (cheap to import, so the first screen does
not wait for SQLAlchemy); writes and migrations use a SQLAlchemy engine created on first use.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import StorageUnavailableError
from db.schema_version import HEAD_REVISION, stored_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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

    Each thread gets its own (see :meth:`Database.reader`); the thread check is off only so that
    :meth:`Database.close` can close a worker thread's connection once the worker is done.
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


class Database:
    """An open database file: plain connections for reading, an engine for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.commits = 0
        """Write transactions committed through the engine since the file was opened."""

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if needed) the file and upgrade its schema to this app's head."""
        path.parent.mkdir(parents=True, exist_ok=True)
        database = cls(path)
        try:
            revision = stored_revision(database.reader())
            if revision != HEAD_REVISION:
                from db.migrate import migrate_database

                migrate_database(database, revision)
            database.check_writable()
            database.commits = 0  # a migration is not the user's change
        except Exception:
            database.close()
            raise
        return database

    @classmethod
    def in_directory(cls, data_dir: Path) -> Database:
        """Open the database file of a data directory."""
        return cls.open(data_dir / DATABASE_FILE)

    def check_writable(self) -> None:
        """Try a write and roll it back, so a read-only or locked file is noticed at open rather
        than on the first edit."""
        connection = self.reader()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("UPDATE alembic_version SET version_num = version_num")
        finally:
            connection.execute("ROLLBACK")

    def reader(self) -> sqlite3.Connection:
        """This thread's plain connection, for read-only queries."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = connect(self.path)
            self._local.connection = connection
            with self._lock:
                self._readers.append(connection)
        return connection

    @cached_property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (imports SQLAlchemy on first use)."""
        from sqlalchemy import event

        engine = create_sqlite_engine(self.path)
        event.listen(engine, "commit", self._count_commit)
        return engine

    def _count_commit(self, _connection: object) -> None:
        self.commits += 1

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The ORM session factory, for writes."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed at the end of the ``with`` block.

        Trouble with the file itself (busy with another writer past the busy timeout, read-only,
        disk full) is raised as :class:`~db.errors.StorageUnavailableError` with a plain message;
        nothing was changed.
        """
        from sqlalchemy.exc import OperationalError

        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            original = exc.orig
            if not isinstance(original, sqlite3.Error):
                raise
            raise write_failure(original, self.path) from exc
        except sqlite3.OperationalError as exc:
            raise write_failure(exc, self.path) from exc

    def close(self) -> None:
        """Close every connection this object opened."""
        with self._lock:
            readers, self._readers = self._readers, []
        for connection in readers:
            connection.close()
        self._local = threading.local()
        if "engine" in self.__dict__:
            self.engine.dispose()


def write_failure(exc: sqlite3.Error | OSError, path: Path) -> StorageUnavailableError:
    """The user's message for a change that could not be saved because of ``exc``."""
    from db.integrity import StorageCondition, classify, describe

    condition = classify(exc)
    if condition in (StorageCondition.BUSY, StorageCondition.LOCKED):
        message = (
            f"{path.name} is busy: another program (perhaps an import, or another Skill Ladder) "
            "is writing to it. Nothing was changed; try again in a moment."
        )
    elif condition is StorageCondition.OTHER:
        message = f"{describe(condition, path)} Nothing was changed. ({exc})"
    else:
        message = f"{describe(condition, path)} Nothing was changed."
    return StorageUnavailableError(condition, message)
