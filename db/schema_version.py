"""Which schema revision a database file is at, read without SQLAlchemy or Alembic."""

from __future__ import annotations

import sqlite3

HEAD_REVISION = "0006"
"""The newest migration; a test checks it against the scripts."""


def _single_value(
    connection: sqlite3.Connection, table: str, query: str, parameters: tuple[str, ...] = ()
) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if has_table is None:
        return None
    row = connection.execute(query, parameters).fetchone()
    return None if row is None else str(row[0])


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """The file's Alembic revision, None for a database without one (a new file)."""
    return _single_value(connection, "alembic_version", "SELECT version_num FROM alembic_version")


SCHEMA_APP_VERSION = "schema_app_version"
"""The app_info key holding the version of the app that last migrated the file."""


def schema_app_version(connection: sqlite3.Connection) -> str | None:
    """The version of Skill Ladder that brought the file to its schema, if recorded."""
    return _single_value(
        connection, "app_info", "SELECT value FROM app_info WHERE key = ?", (SCHEMA_APP_VERSION,)
    )
