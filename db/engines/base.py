"""What every storage engine offers the rest of the app: reads, writes, migrations, backups."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from core.access import Account
    from db.backup import BackupInfo
    from db.queries import Connection


class Database(ABC):
    """An open database: portable read queries, ORM writes, one engine.

    :meth:`open` and :meth:`in_directory` open the embedded SQLite file (the default);
    :func:`db.engines.postgres.PostgresDatabase.connect` opens a team database on a server.
    """

    kind: ClassVar[str]
    """The engine's name, as SQLAlchemy spells its dialect: ``sqlite`` or ``postgresql``."""

    def __init__(self) -> None:
        self.commits = 0
        """Write transactions committed through the engine since the database was opened."""

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if needed) the SQLite file at ``path``, schema brought up to date."""
        from db.engines.sqlite import SqliteDatabase

        return SqliteDatabase.open_file(path)

    @classmethod
    def in_directory(cls, data_dir: Path) -> Database:
        """Open the SQLite file of a data directory."""
        from db.engines.sqlite import DATABASE_FILE

        return cls.open(data_dir / DATABASE_FILE)

    # --- what each engine provides ---------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the data lives, for the user: a file path, or ``user@host:port/database``."""

    @property
    def path(self) -> Path | None:
        """The database file, for an engine that keeps one (SQLite); None for a server."""
        return None

    @property
    def login(self) -> str | None:
        """Who the app is connected as, on a server; None for a file."""
        return None

    def account(self) -> Account:
        """Who the app runs as here, and so what it may see (everything, for a file)."""
        from core.access import LOCAL_ACCOUNT

        return LOCAL_ACCOUNT

    @property
    def keeps_file_backups(self) -> bool:
        """Whether :meth:`backup` makes a file this app can list and restore."""
        return self.path is not None

    @abstractmethod
    def reader(self) -> Connection:
        """This thread's connection for the read queries of :mod:`db.queries`."""

    @abstractmethod
    def stored_revision(self) -> str | None:
        """The schema revision the database is at; None for an empty one."""

    @abstractmethod
    def _create_engine(self) -> Engine:
        """The SQLAlchemy engine with the engine's own settings."""

    @abstractmethod
    def migrate(self, revision: str | None) -> None:
        """Bring the schema from ``revision`` to this app's head (see :mod:`db.migrate`)."""

    @abstractmethod
    def check_writable(self) -> None:
        """Try a write and roll it back, so a read-only database is noticed at open."""

    @abstractmethod
    def storage_failure(self, exc: BaseException) -> Exception | None:
        """The user's error for a driver error raised while writing, or None when ``exc`` is not
        about the storage itself (a bug, which should surface as it is)."""

    def backup(self, reason: str) -> BackupInfo | None:
        """A verified copy before a risky change; None where the server's own tools do it."""
        return None

    @abstractmethod
    def close_readers(self) -> None:
        """Close the read connections (every thread's)."""

    # --- shared ----------------------------------------------------------------------------

    @cached_property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (imports SQLAlchemy on first use)."""
        from sqlalchemy import event

        engine = self._create_engine()
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

        Trouble with the storage itself (busy past the timeout, read-only, disk full, server
        gone) is raised as :class:`~db.errors.StorageUnavailableError` with a plain message;
        nothing was changed.
        """
        from sqlalchemy.exc import DBAPIError

        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            failure = self.storage_failure(exc.orig if exc.orig is not None else exc)
            if failure is None:
                raise
            raise failure from exc
        except Exception as exc:
            failure = self.storage_failure(exc)
            if failure is None:
                raise
            raise failure from exc

    def close(self) -> None:
        """Close every connection this object opened."""
        self.close_readers()
        if "engine" in self.__dict__:
            self.engine.dispose()

    def open_schema(self) -> None:
        """Bring the schema up to date and check that writes are allowed (at open)."""
        revision = self.stored_revision()
        from db.schema_version import HEAD_REVISION

        if revision != HEAD_REVISION:
            self.migrate(revision)
        self.check_writable()
        self.commits = 0  # a migration is not the user's change
