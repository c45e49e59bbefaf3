"""A team database on a PostgreSQL server, through psycopg 3.

The connection string is libpq's (a ``postgresql://`` URL or ``key=value`` pairs), handed to
psycopg as it is, so every libpq option works: TLS (``sslmode``, ``sslrootcert``, ``sslcert``…),
a ``service`` from ``pg_service.conf``, a ``passfile``. Passwords are never stored by the app:
libpq reads them from its password file (``~/.pgpass``) or the environment.

Server-side care lives here: errors named by their SQLSTATE, a check of the server's encoding and
of write access at connect, migrations serialised with an advisory lock. Backups are the server's
(``pg_dump`` or the hosting's snapshots); :meth:`PostgresDatabase.backup` makes none.
"""

from __future__ import annotations

import contextlib
import re
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from core.i18n import translate
from db.engines.base import Database
from db.errors import StorageUnavailableError
from db.integrity import StorageCondition

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from db.queries import Rows

MIGRATION_LOCK = 0x534B4C4C  # "SKLL": one advisory lock key for every Skill Ladder migration
CONNECT_TIMEOUT_S = 10
_DEFAULT_TIMEOUTS = "-c lock_timeout=10000 -c statement_timeout=60000"
"""A write waits at most 10 s for a lock held by another client, a statement runs 60 s at most."""

# SQLSTATE classes and codes (PostgreSQL's "Appendix A") that are about the storage, not the
# request; anything else (a constraint, a bug) is raised as it is.
_SQLSTATE_CONDITIONS = {
    "08": StorageCondition.UNREACHABLE,  # connection exception
    "28": StorageCondition.AUTHENTICATION,  # invalid authorization specification
    "3D000": StorageCondition.NO_DATABASE,  # invalid catalog name
    "42501": StorageCondition.NOT_ALLOWED,  # insufficient privilege
    "25006": StorageCondition.READ_ONLY,  # read-only SQL transaction
    "53100": StorageCondition.DISK_FULL,  # disk full
    "53": StorageCondition.BUSY,  # insufficient resources (too many connections…)
    "57P01": StorageCondition.UNREACHABLE,  # admin shutdown
    "57P02": StorageCondition.UNREACHABLE,  # crash shutdown
    "57P03": StorageCondition.UNREACHABLE,  # cannot connect now (starting up)
    "57014": StorageCondition.BUSY,  # query cancelled (statement timeout)
    "55P03": StorageCondition.LOCKED,  # lock not available (lock timeout)
    "40001": StorageCondition.BUSY,  # serialization failure
    "40P01": StorageCondition.BUSY,  # deadlock detected
}
# libpq reports what goes wrong before the server answers without a SQLSTATE; its (English,
# unlocalised by the app) message says what it was.
_TLS_WORDS = re.compile(r"\bSSL\b|certificate|TLS|sslmode", re.IGNORECASE)
_AUTH_WORDS = re.compile(r"password|authentication|no pg_hba\.conf entry", re.IGNORECASE)
_DATABASE_WORDS = re.compile(r'database ".*" does not exist', re.IGNORECASE)
_SERVICE_WORDS = re.compile(r"definition of service .* not found|service file", re.IGNORECASE)


def classify_server_error(exc: BaseException) -> StorageCondition | None:
    """The condition behind a psycopg error; None when it is not about the storage."""
    import psycopg

    if not isinstance(exc, psycopg.Error):
        return None
    state = exc.sqlstate or ""
    if state:
        return _SQLSTATE_CONDITIONS.get(state, _SQLSTATE_CONDITIONS.get(state[:2]))
    if not isinstance(exc, psycopg.OperationalError):
        return None
    message = str(exc)
    if _DATABASE_WORDS.search(message):
        return StorageCondition.NO_DATABASE
    if _AUTH_WORDS.search(message):
        return StorageCondition.AUTHENTICATION
    if _TLS_WORDS.search(message):
        return StorageCondition.TLS
    if _SERVICE_WORDS.search(message):
        return StorageCondition.BAD_ADDRESS
    return StorageCondition.UNREACHABLE


def describe_server(condition: StorageCondition, location: str) -> str:
    """A plain sentence telling the user what ``condition`` means for the team database."""
    sentences = {
        StorageCondition.UNREACHABLE: translate(
            "storage",
            "The team database server at {location} cannot be reached: check the address and "
            "port, that the server is running and that this computer may connect to it.",
        ),
        StorageCondition.AUTHENTICATION: translate(
            "storage",
            "The server at {location} refused the user name or password. Check them, and the "
            "password in your PostgreSQL password file (~/.pgpass) if you keep it there.",
        ),
        StorageCondition.TLS: translate(
            "storage",
            "A secure (TLS) connection to {location} could not be made: check the TLS mode "
            "and the certificate files, or ask the database's administrator which to use.",
        ),
        StorageCondition.NO_DATABASE: translate(
            "storage",
            "There is no such database on the server ({location}): check its name, or ask the "
            "administrator to create it.",
        ),
        StorageCondition.BAD_ADDRESS: translate(
            "storage",
            "The connection settings for {location} are not valid: check the service name "
            "or the address.",
        ),
        StorageCondition.NOT_ALLOWED: translate(
            "storage",
            "Your account on {location} is not allowed to do this; ask the database's "
            "administrator for the rights you need.",
        ),
        StorageCondition.READ_ONLY: translate(
            "storage",
            "The team database at {location} accepts no changes at the moment (it is "
            "read-only); ask its administrator.",
        ),
        StorageCondition.DISK_FULL: translate(
            "storage",
            "The team database server at {location} is out of disk space; tell its administrator.",
        ),
        StorageCondition.BUSY: translate(
            "storage", "The team database at {location} is busy; try again in a moment."
        ),
        StorageCondition.LOCKED: translate(
            "storage",
            "Another client is changing the same data on {location}; try again in a moment.",
        ),
        StorageCondition.WRONG_ENCODING: translate(
            "storage",
            "The database at {location} does not store text as UTF-8, so names and notes in "
            "other scripts (Chinese, for one) would be damaged. Ask the administrator to create "
            "it with ENCODING 'UTF8'.",
        ),
    }
    fallback = translate("storage", "Skill Ladder could not use the team database at {location}.")
    return sentences.get(condition, fallback).format(location=location)


def server_failure(exc: BaseException, location: str) -> StorageUnavailableError | None:
    """The user's error for a psycopg error about the storage; None for any other error."""
    condition = classify_server_error(exc)
    if condition is None:
        return None
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    message = translate("storage", "{problem} Nothing was changed. ({detail})")
    return StorageUnavailableError(
        condition, message.format(problem=describe_server(condition, location), detail=detail)
    )


def parse_address(conninfo: str) -> dict[str, str]:
    """libpq's connection string (URL or ``key=value``) as a dict; ``postgres://`` and
    SQLAlchemy's ``postgresql+psycopg://`` are accepted too. Raises ValueError if invalid."""
    from psycopg.conninfo import conninfo_to_dict

    text = normalise_address(conninfo)
    try:
        return {key: str(value) for key, value in conninfo_to_dict(text).items()}
    except Exception as exc:  # psycopg.ProgrammingError: libpq could not parse it
        raise ValueError(f"not a PostgreSQL connection string: {exc}") from None


def normalise_address(conninfo: str) -> str:
    """``conninfo`` with a URL scheme libpq knows."""
    text = conninfo.strip()
    for prefix in ("postgresql+psycopg://", "postgres+psycopg://"):
        if text.startswith(prefix):
            return "postgresql://" + text[len(prefix) :]
    return text


def display_address(conninfo: str) -> str:
    """``user@host:port/database`` (or the service's name), never the password."""
    try:
        parts = parse_address(conninfo)
    except ValueError:
        return "?"
    if "service" in parts and "host" not in parts:
        return f"service {parts['service']}"
    host = parts.get("host") or parts.get("hostaddr") or "localhost"
    where = f"{host}:{parts['port']}" if parts.get("port") else host
    user = f"{parts['user']}@" if parts.get("user") else ""
    database = parts.get("dbname", "")
    return f"{user}{where}/{database}" if database else f"{user}{where}"


def without_password(conninfo: str) -> str:
    """``conninfo`` with any password removed (what may be kept in the settings)."""
    from psycopg.conninfo import make_conninfo

    parts = parse_address(conninfo)
    parts.pop("password", None)
    return make_conninfo(**parts)


class PostgresReader:
    """Runs :mod:`db.queries` on this thread's autocommit connection; reconnects once if the
    server dropped it (a restart, an idle timeout)."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database
        self._connection: Connection | None = None

    def execute(self, sql: str, parameters: Any = None) -> Rows:
        """The rows of ``sql`` with ``parameters`` bound by name."""
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        for attempt in (1, 2):
            connection = self._connect()
            try:
                return connection.execute(text(sql), dict(parameters or {}))
            except DBAPIError as exc:
                if exc.connection_invalidated and attempt == 1:
                    self.close()
                    continue
                failure = self._database.storage_failure(exc.orig or exc)
                if failure is None:
                    raise
                raise failure from exc
        raise AssertionError("unreachable")

    def _connect(self) -> Connection:
        if self._connection is None or self._connection.invalidated:
            self._connection = self._database.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            )
        return self._connection

    def close(self) -> None:
        """Give the connection back."""
        if self._connection is not None:
            with contextlib.suppress(Exception):  # a dead connection: nothing to give back
                self._connection.close()
            self._connection = None


class PostgresDatabase(Database):
    """A team database on a PostgreSQL server."""

    kind: ClassVar[str] = "postgresql"

    def __init__(self, conninfo: str) -> None:
        super().__init__()
        self.conninfo = normalise_address(conninfo)
        self._local = threading.local()
        self._readers: list[PostgresReader] = []
        self._lock = threading.Lock()

    @classmethod
    def connect(cls, conninfo: str) -> PostgresDatabase:
        """Connect, check the server, and bring the schema up to date (serialised with any
        other client doing the same). Every failure is a :class:`StorageUnavailableError` with
        a plain message, or :class:`~db.errors.NewerSchemaError`."""
        try:
            parse_address(conninfo)
        except ValueError as exc:
            raise StorageUnavailableError(
                StorageCondition.BAD_ADDRESS,
                f"{describe_server(StorageCondition.BAD_ADDRESS, conninfo[:60])} ({exc})",
            ) from None
        database = cls(conninfo)
        try:
            database.check_server()
            database.open_schema()
        except Exception:
            database.close()
            raise
        return database

    @property
    def location(self) -> str:
        """``user@host:port/database``."""
        return display_address(self.conninfo)

    @cached_property
    def login(self) -> str:  # type: ignore[override]
        """The login the server knows this connection by."""
        return str(self.reader().execute("SELECT session_user").fetchone()[0])

    def _raw_connect(self) -> Any:
        """A new psycopg connection with the app's name and timeouts."""
        import psycopg

        return psycopg.connect(
            self.conninfo,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="Skill Ladder",
            options=_DEFAULT_TIMEOUTS,
        )

    def _create_engine(self) -> Engine:
        from sqlalchemy import create_engine

        # The URL only names the dialect; libpq gets the user's connection string as it is.
        return create_engine("postgresql+psycopg://", creator=self._raw_connect, pool_pre_ping=True)

    def reader(self) -> PostgresReader:  # type: ignore[override]
        """This thread's reader."""
        reader: PostgresReader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = PostgresReader(self)
            self._local.reader = reader
            with self._lock:
                self._readers.append(reader)
        return reader

    def close_readers(self) -> None:
        """Give every thread's read connection back."""
        with self._lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.close()
        self._local = threading.local()

    def check_server(self) -> None:
        """Connect once (every failure named), and refuse a database that does not store text
        as UTF-8, before SQLAlchemy talks to it."""
        import psycopg

        try:
            with self._raw_connect() as connection:
                encoding = connection.info.parameter_status("server_encoding") or ""
        except psycopg.Error as exc:
            failure = self.storage_failure(exc)
            if failure is None:
                raise
            raise failure from None
        if encoding.upper() not in ("UTF8", "UTF-8"):
            condition = StorageCondition.WRONG_ENCODING
            raise StorageUnavailableError(condition, describe_server(condition, self.location))

    def stored_revision(self) -> str | None:
        """The database's Alembic revision, None for an empty database."""
        from db.schema_version import stored_revision

        return stored_revision(self.reader(), self.kind)

    def migrate(self, revision: str | None) -> None:
        """Upgrade under an advisory lock (see :func:`db.migrate.migrate_postgres`)."""
        from db.migrate import migrate_postgres

        try:
            migrate_postgres(self)
        except StorageUnavailableError:
            raise
        except Exception as exc:
            failure = self.storage_failure(getattr(exc, "orig", None) or exc)
            if failure is None:
                raise
            raise failure from exc

    def check_writable(self) -> None:
        """Refuse a server or database that accepts no writes (a standby, a read-only setting)."""
        read_only = self.reader().execute("SHOW transaction_read_only").fetchone()[0]
        if str(read_only).lower() == "on":
            condition = StorageCondition.READ_ONLY
            raise StorageUnavailableError(condition, describe_server(condition, self.location))

    def storage_failure(self, exc: BaseException) -> Exception | None:
        """Server errors about the storage become the user's message; others pass."""
        return server_failure(exc, self.location)
