"""Tell an open app when another client changed the stored data, so its views can follow.

On PostgreSQL a dedicated connection listens on ``skill_ladder_changes`` (every table's trigger,
migration 0008, sends the table's name there); notices caused by this app's own pooled
connections are told apart by their backend pid and ignored. On SQLite a dedicated connection
polls ``PRAGMA data_version``, which moves when *another* connection commits (a CLI import, a
second process); the app's own commits are recognised by engine events and ignored. SQLite cannot
say which tables changed, so its callbacks name all of :data:`TABLES`.

Both feeds run one daemon thread and call back *in that thread* with the set of changed tables;
notices arriving close together are coalesced into one call. :meth:`ChangeFeed.stop` joins the
thread and closes the connection. No Qt here: the app hands the callbacks to its GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.engines.base import Database

CHANNEL = "skill_ladder_changes"
"""The PostgreSQL channel the tables' triggers notify (migration 0008)."""
TABLES = frozenset(
    {
        "people",
        "assessments",
        "ratings",
        "manager_ratings",
        "goals",
        "meetings",
        "action_items",
        "role_snapshots",
        "accounts",
        "frameworks",
    }
)
"""Every table that sends notices: what a feed reports when it cannot tell which changed."""
COALESCE_S = 0.3
"""Notices less than this far apart are reported together (a burst: one callback)…"""
POLL_S = 2.0
"""How often the SQLite feed looks at the file's data version."""
SETTLE_MAX_S = 1.0
"""…but a change is reported at most this long after it was first noticed."""
SETTLE_S = 0.15
"""After SQLite's data version moved, it is looked at again this often until it stays put."""
WAKE_S = 0.25
"""How long the listening thread waits at most before looking whether it should stop."""
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
"""Waits between attempts to reconnect after the server dropped the listening connection."""
CONNECT_TIMEOUT_S = 5

ChangeCallback = Callable[[frozenset[str]], None]
"""Called in the feed's thread with the names of the tables another client changed."""

log = logging.getLogger("skill_ladder")


class ChangeFeed(ABC):
    """A background thread that reports other clients' changes to ``callback``."""

    def __init__(self, database: Database, callback: ChangeCallback) -> None:
        self.database = database
        self._callback = callback
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.deliveries = 0
        """How many times the callback was called (for diagnostics and tests)."""

    @property
    def running(self) -> bool:
        """Whether the feed's thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Begin watching (connects first, so changes from now on are seen)."""
        if self._thread is not None:
            return
        self._prepare()
        self._thread = threading.Thread(
            target=self._guarded_run, name=f"skill-ladder-changes-{self.database.kind}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop watching: the thread is joined and every connection of the feed closed."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():  # pragma: no cover - a connect stuck past its own timeout
                log.warning("The change feed's thread did not stop within %s s", timeout)
        self._release()

    def _guarded_run(self) -> None:
        try:
            self._run()
        except Exception:  # the app keeps working without live updates
            log.exception("The change feed stopped")

    def _deliver(self, tables: frozenset[str]) -> None:
        if not tables or self._stopping.is_set():
            return
        self.deliveries += 1
        try:
            self._callback(tables)
        except Exception:
            log.exception("A change callback failed")

    @abstractmethod
    def _prepare(self) -> None:
        """Set up before the thread starts (in the caller's thread)."""

    @abstractmethod
    def _run(self) -> None:
        """The thread's loop, until :attr:`_stopping` is set."""

    @abstractmethod
    def _release(self) -> None:
        """Undo :meth:`_prepare` after the thread has ended."""


def open_change_feed(database: Database, callback: ChangeCallback, **options: Any) -> ChangeFeed:
    """The feed for ``database``'s engine (not started)."""
    if database.kind == "postgresql":
        return PostgresChangeFeed(database, callback, **options)
    return SqliteChangeFeed(database, callback, **options)


# --- PostgreSQL ------------------------------------------------------------------------------


class OwnConnections:
    """The backend pids of an engine's pooled connections, kept up to date by pool events."""

    _KEY = "skill_ladder_backend_pid"

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        self._events = (
            ("connect", self._record),
            ("checkout", self._checked_out),
            ("close", self._forget),
            ("invalidate", self._invalidated),
        )

    def attach(self) -> None:
        """Start recording (a connection already in use is recorded at its next checkout)."""
        from sqlalchemy import event

        for name, handler in self._events:
            event.listen(self._engine, name, handler)

    def detach(self) -> None:
        """Stop recording."""
        from sqlalchemy import event

        for name, handler in self._events:
            with contextlib.suppress(Exception):
                event.remove(self._engine, name, handler)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    def _record(self, dbapi_connection: Any, record: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            record.info[self._KEY] = pid
            with self._lock:
                self._pids.add(pid)

    def _checked_out(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        self._record(dbapi_connection, record)

    def _forget(self, _dbapi_connection: Any, record: Any) -> None:
        pid = record.info.pop(self._KEY, None) if record is not None else None
        if pid is not None:
            with self._lock:
                self._pids.discard(pid)

    def _invalidated(self, dbapi_connection: Any, record: Any, _exc: Any) -> None:
        self._forget(dbapi_connection, record)


class PostgresChangeFeed(ChangeFeed):
    """LISTEN on a dedicated autocommit connection; reconnects with backoff when dropped."""

    def __init__(
        self,
        database: Database,
        callback: ChangeCallback,
        *,
        coalesce_s: float = COALESCE_S,
        backoff_s: tuple[float, ...] = BACKOFF_S,
    ) -> None:
        super().__init__(database, callback)
        self.coalesce_s = coalesce_s
        self.backoff_s = backoff_s
        self.own = OwnConnections(database.engine)
        self._connection: Any = None
        self.connected = threading.Event()
        """Set while the listening connection is up (tests wait for it)."""
        self.reconnects = 0

    @property
    def backend_pid(self) -> int | None:
        """The listening connection's backend pid (None while disconnected)."""
        connection = self._connection
        return connection.info.backend_pid if connection is not None else None

    def _prepare(self) -> None:
        import psycopg

        self.own.attach()
        try:
            self._connection = self._listen()
        except psycopg.Error as exc:  # the thread keeps trying
            log.info("Change feed: cannot listen yet (%s)", exc)

    def _listen(self) -> Any:
        import psycopg

        from db.engines.postgres import parse_address

        conninfo: str = self.database.conninfo  # type: ignore[attr-defined]
        options: dict[str, Any] = {
            "autocommit": True,
            "application_name": "Skill Ladder (changes)",
        }
        given = parse_address(conninfo)
        if "connect_timeout" not in given:
            options["connect_timeout"] = CONNECT_TIMEOUT_S
        if "keepalives" not in given:  # a vanished server is noticed even while all is quiet
            options.update(keepalives=1, keepalives_idle=30, keepalives_interval=10)
        connection = psycopg.connect(conninfo, **options)
        connection.execute(f"LISTEN {CHANNEL}")
        self.connected.set()
        return connection

    def _run(self) -> None:
        import psycopg

        attempt = 0
        while not self._stopping.is_set():
            if self._connection is None:
                try:
                    self._connection = self._listen()
                except psycopg.Error as exc:
                    delay = self.backoff_s[min(attempt, len(self.backoff_s) - 1)]
                    attempt += 1
                    log.info("Change feed: reconnecting in %s s (%s)", delay, exc)
                    self._stopping.wait(delay)
                    continue
                attempt = 0
                self.reconnects += 1
                # Whatever changed while the connection was down went unheard: refresh it all.
                self._deliver(TABLES)
            try:
                self._listen_until_stopped()
            except psycopg.Error as exc:
                log.info("Change feed: the listening connection was lost (%s)", exc)
                self._drop_connection()

    def _listen_until_stopped(self) -> None:
        pending: set[str] = set()
        first = last = 0.0
        connection = self._connection
        while not self._stopping.is_set():
            now = time.monotonic()
            due = min(last + self.coalesce_s, first + SETTLE_MAX_S) if pending else None
            wait = WAKE_S if due is None else max(0.0, min(WAKE_S, due - now))
            for notice in connection.notifies(timeout=wait):
                if notice.pid in self.own or not notice.payload:
                    continue
                last = time.monotonic()
                if not pending:
                    first = last
                pending.add(notice.payload)
            if pending and time.monotonic() >= min(last + self.coalesce_s, first + SETTLE_MAX_S):
                tables, pending = frozenset(pending), set()
                self._deliver(tables)

    def _drop_connection(self) -> None:
        self.connected.clear()
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()

    def _release(self) -> None:
        self._drop_connection()
        self.own.detach()


# --- SQLite ----------------------------------------------------------------------------------


class SqliteChangeFeed(ChangeFeed):
    """Polls ``PRAGMA data_version`` on a dedicated connection to the file.

    The app's own commits also move the data version as this connection sees it, so they are
    recognised: just before one of the app's engine commits (the write lock is held, no other
    writer can commit), a change already seen is put aside as another client's; once the
    connection is back in the pool, the version is taken as the new starting point.
    """

    def __init__(
        self,
        database: Database,
        callback: ChangeCallback,
        *,
        poll_s: float = POLL_S,
    ) -> None:
        super().__init__(database, callback)
        self.poll_s = poll_s
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._foreign_pending = False
        self._own_in_flight = 0
        self._events = (("commit", self._before_own_commit), ("checkin", self._after_own_commit))

    def _prepare(self) -> None:
        from sqlalchemy import event

        from db.engines.sqlite import BUSY_TIMEOUT_MS

        path = self.database.path
        assert path is not None
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._connection = connection
        self._seen = self._version()
        for name, handler in self._events:
            event.listen(self.database.engine, name, handler)

    def _version(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchall()[0][0])

    def _before_own_commit(self, _connection: Any) -> None:
        with self._lock:
            if self._connection is None:
                return
            if self._own_in_flight == 0:
                version = self._version()
                if version != self._seen:  # committed by someone else before this write began
                    self._foreign_pending = True
                    self._seen = version
            self._own_in_flight += 1

    def _after_own_commit(self, _dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            if self._own_in_flight and self._connection is not None:
                self._own_in_flight = 0
                self._seen = self._version()

    def poll(self) -> bool:
        """Look at the data version now; True (and the callback called) if another client
        committed since the last look."""
        changed = self._look()
        if changed:
            self._deliver(TABLES)
        return changed

    def _look(self) -> bool:
        with self._lock:
            if self._connection is None or self._own_in_flight:
                return False  # an own commit is under way: looked at once it is done
            try:
                version = self._version()
            except sqlite3.Error as exc:
                log.info("Change feed: could not read the data version (%s)", exc)
                return False
            changed = version != self._seen or self._foreign_pending
            self._seen, self._foreign_pending = version, False
        return changed

    def _run(self) -> None:
        while not self._stopping.wait(self.poll_s):
            if not self._look():
                continue
            # A burst (an import's many commits) is reported once, when it has settled.
            settle_until = time.monotonic() + SETTLE_MAX_S
            while time.monotonic() < settle_until and not self._stopping.wait(SETTLE_S):
                if not self._look():
                    break
            self._deliver(TABLES)

    def _release(self) -> None:
        from sqlalchemy import event

        for name, handler in self._events:
            with contextlib.suppress(Exception):
                event.remove(self.database.engine, name, handler)
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
