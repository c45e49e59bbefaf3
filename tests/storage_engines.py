"""Run the same storage tests on both engines: the SQLite file and a PostgreSQL server.

The server comes from ``SKILL_LADDER_TEST_POSTGRES_URL`` (``scripts/test-postgres.sh`` starts one
on 127.0.0.1 and prints it; ``.ci/run`` does this). Each test gets a database of its own, cloned
from a template migrated once per run, and dropped afterwards. Without a server the PostgreSQL
variants are skipped, except under CI, where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.database import Database

ENGINES = ("sqlite", "postgresql")
URL_VARIABLE = "SKILL_LADDER_TEST_POSTGRES_URL"


def server_url() -> str | None:
    """The test server's URL (any database on it; the tests make their own)."""
    url = os.environ.get(URL_VARIABLE)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{URL_VARIABLE} is not set: .ci/run starts a PostgreSQL server for the tests")
    return url or None


def require_server() -> str:
    """The server's URL, or skip the test (outside CI) when there is none."""
    url = server_url()
    if url is None:
        pytest.skip('no PostgreSQL server: run `eval "$(scripts/test-postgres.sh --env)"`')
    return url


def url_for(database: str, base: str | None = None) -> str:
    """The server URL pointed at another database."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(base or require_server())
    parts["dbname"] = database
    return make_conninfo(**parts)


def admin_execute(*statements: str) -> None:
    """Run statements outside a transaction on the server's maintenance database."""
    import psycopg

    with psycopg.connect(require_server(), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


_template: str | None = None


def _template_database() -> str:
    """A database migrated to head once per test run, to clone for each test."""
    global _template
    if _template is None:
        from db.engines.postgres import PostgresDatabase

        name = f"sl_template_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        admin_execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
        PostgresDatabase.connect(url_for(name)).close()
        _template = name
    return _template


def new_server_database() -> str:
    """A fresh database at the head schema; returns its name."""
    name = f"sl_test_{uuid.uuid4().hex[:12]}"
    admin_execute(f"CREATE DATABASE {name} TEMPLATE {_template_database()}")
    return name


def empty_server_database() -> str:
    """A fresh database with no tables at all."""
    name = f"sl_test_{uuid.uuid4().hex[:12]}"
    admin_execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    return name


def drop_server_database(name: str) -> None:
    """Drop a test database, ending any connection a test left open."""
    admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class Storage:
    """Where one test keeps its data: ``open()`` (re)opens it on the test's engine."""

    kind: str
    data_dir: Path
    url: str | None = None
    _opened: list[Database] = field(default_factory=list)

    def open(self) -> Database:
        """Open the test's database (the same one every time)."""
        if self.kind == "sqlite":
            database = Database.in_directory(self.data_dir)
        else:
            from db.engines.postgres import PostgresDatabase

            assert self.url is not None
            database = PostgresDatabase.connect(self.url)
        self._opened.append(database)
        return database

    def close_all(self) -> None:
        """Close every database this test opened."""
        for database in self._opened:
            database.close()


def storage_for(kind: str, data_dir: Path) -> Iterator[Storage]:
    """A :class:`Storage` of ``kind``, cleaned up after the test."""
    name = None
    if kind == "postgresql":
        require_server()
        name = new_server_database()
    storage = Storage(kind, data_dir, url_for(name) if name else None)
    try:
        yield storage
    finally:
        storage.close_all()
        if name:
            drop_server_database(name)


def pytest_sessionfinish_drop_template() -> None:
    """Drop the template database (called from conftest at the end of the run)."""
    if _template is not None:
        admin_execute(f"DROP DATABASE IF EXISTS {_template} WITH (FORCE)")


def independent_rows(database: Database, sql: str, parameters: tuple = ()) -> list[tuple]:
    """``sql`` (with ``?`` placeholders) run on a new connection of the engine's own driver,
    as another program would see the stored rows."""
    if database.path is not None:
        import sqlite3

        connection = sqlite3.connect(database.path)
        try:
            return [tuple(row) for row in connection.execute(sql, parameters).fetchall()]
        finally:
            connection.close()
    import psycopg

    with psycopg.connect(database.conninfo) as connection:  # type: ignore[attr-defined]
        return [tuple(row) for row in connection.execute(sql.replace("?", "%s"), parameters)]
