"""A team database of its own for a test, and reading it as another program would."""

from __future__ import annotations

import socket

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo


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
