"""The change feed hears other clients' commits (never the app's own), coalesces bursts, comes
back after a dropped connection and leaves no thread behind: on the SQLite file and on
PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.framework_files import load_builtin_framework
from db.change_feed import (
    TABLES,
    ChangeFeed,
    PostgresChangeFeed,
    SqliteChangeFeed,
    open_change_feed,
)
from db.engines.base import Database
from db.engines.postgres import parse_address
from db.repository import Repository
from tests.storage_engines import Storage, admin_execute

ROOT = Path(__file__).resolve().parent.parent
FRAMEWORK = load_builtin_framework()
FAST = {"sqlite": {"poll_s": 0.1}, "postgresql": {"coalesce_s": 0.3, "backoff_s": (0.1, 0.2)}}


class Heard:
    """What the feed reported, from its thread."""

    def __init__(self) -> None:
        self.calls: list[frozenset[str]] = []
        self._lock = threading.Lock()

    def __call__(self, tables: frozenset[str]) -> None:
        with self._lock:
            self.calls.append(tables)

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[frozenset[str]]:
        wait_until(lambda: len(self.calls) >= count, timeout)
        return list(self.calls)


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def feed_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("skill-ladder-changes")]


@contextmanager
def watching(database: Database, **options: object) -> Iterator[tuple[ChangeFeed, Heard]]:
    heard = Heard()
    feed = open_change_feed(database, heard, **{**FAST[database.kind], **options})
    feed.start()
    if isinstance(feed, PostgresChangeFeed):
        assert feed.connected.wait(10)
    try:
        yield feed, heard
    finally:
        feed.stop()


def test_another_client_s_commit_is_reported_with_its_tables(storage: Storage) -> None:
    mine, other = storage.open(), Repository(storage.open())
    with watching(mine) as (_feed, heard):
        person = other.add_person("Ada")
        calls = heard.wait()
        assert "people" in calls[0]
        assert calls[0] <= TABLES
        draft = other.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
        heard.wait(2)
        other.set_rating(draft.id, "ml-pipelines", "senior", rated=True)
        calls = heard.wait(3)
    assert "ratings" in set().union(*calls[2:])
    if mine.kind == "postgresql":  # the server names exactly what changed
        assert calls[0] == {"people"}
        assert "assessments" in calls[1]


def test_the_app_s_own_writes_are_not_reported(storage: Storage) -> None:
    database = storage.open()
    repository = Repository(database)
    repository.prepare_writes()
    with watching(database) as (_feed, heard):
        person = repository.add_person("Ada")
        draft = repository.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
        for level in ("junior", "mid", "senior"):
            repository.set_rating(draft.id, "ml-pipelines", level, rated=True)
            repository.set_note(draft.id, "ml-pipelines", f"now {level}")
        time.sleep(1.0)  # several polls, well past the coalescing window
        assert heard.calls == []
        Repository(storage.open()).add_person("Bo")  # the feed is listening all the same
        assert "people" in heard.wait()[0]


def test_a_burst_of_changes_is_one_callback(storage: Storage) -> None:
    database = storage.open()
    other = Repository(storage.open())
    person = other.add_person("Ada")
    options = {"poll_s": 0.3} if database.kind == "sqlite" else {}
    with watching(database, **options) as (_feed, heard):
        started = time.monotonic()
        for index in range(20):
            other.update_profile(person.id, name="Ada", notes=f"edit {index}")
        heard.wait()
        first = time.monotonic() - started
        time.sleep(1.0)
    assert len(heard.calls) == 1, heard.calls
    assert first < 2.5
    assert "people" in heard.calls[0]


def test_stop_joins_the_thread_and_closes_the_connection(storage: Storage) -> None:
    database = storage.open()
    heard = Heard()
    feed = open_change_feed(database, heard, **FAST[database.kind])
    feed.start()
    assert feed.running and len(feed_threads()) == 1
    started = time.monotonic()
    feed.stop()
    assert time.monotonic() - started < 2.0
    assert not feed.running
    assert feed_threads() == []
    if database.kind == "postgresql":
        wait_until(lambda: _listeners(database) == 0)
    Repository(storage.open()).add_person("Bo")
    time.sleep(0.5)
    assert heard.calls == []


def _listeners(database: Database) -> int:
    import psycopg

    with psycopg.connect(database.conninfo, autocommit=True) as connection:  # type: ignore[attr-defined]
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = 'Skill Ladder (changes)'"
        ).fetchone()[0]


def test_postgres_feed_comes_back_after_its_connection_is_dropped(server_storage: Storage) -> None:
    database = server_storage.open()
    with watching(database) as (feed, heard):
        assert isinstance(feed, PostgresChangeFeed)
        first_pid = feed.backend_pid
        admin_execute(f"SELECT pg_terminate_backend({first_pid})")
        calls = heard.wait()  # what changed while it was away is unknown: everything
        assert calls[0] == TABLES
        assert feed.reconnects == 1 and feed.backend_pid not in (None, first_pid)
        Repository(server_storage.open()).add_person("Bo")
        assert heard.wait(2)[1] == {"people"}


def test_postgres_feed_waits_for_an_unreachable_server(server_storage: Storage) -> None:
    """Connecting fails (here: the database is refused to new connections): the feed keeps
    trying with backoff, and listens once it can."""
    database = server_storage.open()
    name = parse_address(database.conninfo)["dbname"]  # type: ignore[attr-defined]
    admin_execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    try:
        heard = Heard()
        feed = PostgresChangeFeed(database, heard, backoff_s=(0.1, 0.2))
        feed.start()
        time.sleep(0.5)
        assert not feed.connected.is_set() and feed.running
    finally:
        admin_execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    try:
        assert feed.connected.wait(10)
        Repository(server_storage.open()).add_person("Bo")
        assert "people" in set().union(*heard.wait())
    finally:
        feed.stop()
    assert feed_threads() == []


# --- SQLite specifics ------------------------------------------------------------------------


def _sqlite_feed(data_dir: Path) -> tuple[Database, SqliteChangeFeed, Heard]:
    database = Database.in_directory(data_dir)
    heard = Heard()
    feed = SqliteChangeFeed(database, heard, poll_s=3600)  # polled by hand below
    feed.start()
    return database, feed, heard


def test_sqlite_another_process_commits(data_dir: Path) -> None:
    database, feed, heard = _sqlite_feed(data_dir)
    try:
        script = (
            "import sys; from pathlib import Path; from db.database import Database; "
            "from db.repository import Repository; "
            "Repository(Database.in_directory(Path(sys.argv[1]))).add_person('From the CLI')"
        )
        subprocess.run([sys.executable, "-c", script, str(data_dir)], cwd=ROOT, check=True)
        assert feed.poll()
        assert heard.calls == [TABLES]
        assert not feed.poll()  # reported once
    finally:
        feed.stop()
        database.close()


def test_sqlite_a_foreign_commit_just_before_an_own_one_is_not_lost(data_dir: Path) -> None:
    database, feed, heard = _sqlite_feed(data_dir)
    try:
        mine = Repository(database)
        Repository(Database.in_directory(data_dir)).add_person("Other")
        mine.add_person("Mine")  # before the feed looked: the foreign commit must still count
        assert feed.poll()
        mine.add_person("Mine too")
        assert not feed.poll()
        assert heard.calls == [TABLES]
    finally:
        feed.stop()
        database.close()


def test_sqlite_feed_closes_its_connection(data_dir: Path) -> None:
    """No connection of the feed stays open on the file once stopped (a restore replaces it)."""
    database, feed, _heard = _sqlite_feed(data_dir)
    connection = feed._connection
    feed.stop()
    database.close()
    import sqlite3

    with pytest.raises(sqlite3.ProgrammingError):
        connection.execute("SELECT 1")  # type: ignore[union-attr]
