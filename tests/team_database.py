"""A team database of its own for a test, and reading it as another program would."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from tests.storage_engines import drop_server_database, new_server_database, require_server, url_for


@pytest.fixture
def team_url() -> Iterator[str]:
    """A fresh team database (at the head schema) on the test server; dropped afterwards."""
    require_server()
    name = new_server_database()
    yield url_for(name)
    drop_server_database(name)


def server_rows(url: str, sql: str) -> list[tuple]:
    """Rows read on a connection of their own."""
    with psycopg.connect(url) as connection:
        return [tuple(row) for row in connection.execute(sql)]


def with_parts(url: str, **changes: str) -> str:
    """``url`` with some libpq options changed."""
    parts = conninfo_to_dict(url)
    parts.update(changes)
    return make_conninfo(**parts)


def free_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
