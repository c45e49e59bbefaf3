"""Which schema revision a database is at, read without SQLAlchemy or Alembic.

The functions take any connection of :mod:`db.queries` (a ``sqlite3`` connection or an
:class:`~db.queries.EngineReader`); ``dialect`` says how to ask whether a table exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.queries import Connection

HEAD_REVISION = "0009"
"""The newest migration; a test checks it against the scripts."""

_TABLE_EXISTS = {
    "sqlite": "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name",
    # to_regclass follows the search path, as the app's own queries do.
    "postgresql": "SELECT 1 WHERE to_regclass(:name) IS NOT NULL",
}


def _single_value(
    connection: Connection,
    table: str,
    query: str,
    parameters: dict[str, str] | None = None,
    dialect: str = "sqlite",
) -> str | None:
    has_table = connection.execute(_TABLE_EXISTS[dialect], {"name": table}).fetchone()
    if has_table is None:
        return None
    row = connection.execute(query, parameters or {}).fetchone()
    return None if row is None else str(row[0])


def stored_revision(connection: Connection, dialect: str = "sqlite") -> str | None:
    """The database's Alembic revision, None for a database without one (a new one)."""
    return _single_value(
        connection, "alembic_version", "SELECT version_num FROM alembic_version", None, dialect
    )


SCHEMA_APP_VERSION = "schema_app_version"
"""The app_info key holding the version of the app that last migrated the database."""


def schema_app_version(connection: Connection, dialect: str = "sqlite") -> str | None:
    """The version of Skill Ladder that brought the database to its schema, if recorded."""
    return _single_value(
        connection,
        "app_info",
        "SELECT value FROM app_info WHERE key = :key",
        {"key": SCHEMA_APP_VERSION},
        dialect,
    )
