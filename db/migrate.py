"""Bring a database to the schema this app expects, with Alembic (imported only when needed).

An existing file is backed up before its schema changes, and every migration runs in one
transaction: if one fails, the file is left as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from core.version import app_version
from db.errors import NewerSchemaError
from db.schema_version import HEAD_REVISION, SCHEMA_APP_VERSION, schema_app_version

if TYPE_CHECKING:
    from alembic.config import Config

    from db.database import Database, SqliteDatabase
    from db.engines.postgres import PostgresDatabase

__all__ = [
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "NewerSchemaError",
    "migrate_database",
    "migrate_sqlite",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision id the shipped migration scripts define."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(connection: Connection) -> None:
    """Run the pending migrations on ``connection`` inside the caller's transaction."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")
    connection.execute(
        text(
            "INSERT INTO app_info (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": SCHEMA_APP_VERSION, "value": app_version()},
    )


def migrate_database(database: Database, revision: str | None) -> None:
    """Upgrade ``database`` from ``revision`` (None: an empty database) to the head revision,
    the way its engine needs (see :meth:`Database.migrate`)."""
    database.migrate(revision)


def refuse_unknown(revision: str | None, written_by: str | None, where: str = "file") -> None:
    """Raise :class:`NewerSchemaError` for a revision no shipped script defines."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(revision, written_by, where)


def migrate_sqlite(database: SqliteDatabase, revision: str | None) -> None:
    """Upgrade a SQLite file: refuse a revision this app does not know (written by a newer
    version) without changing the file; back an existing file up first; run everything in one
    transaction."""
    refuse_unknown(revision, schema_app_version(database.reader()))
    if revision is not None:
        database.backup("migration")
    with migration_connection(database) as connection:
        upgrade_to_head(connection)
    if revision is not None:
        # Upgrades rebuild tables (0006 moves every snapshot out of assessments): give the freed
        # pages back, so the file (and every later backup of it) shrinks. Outside the
        # transaction, as SQLite requires; the data is committed already.
        database.reader().execute("VACUUM")


def migrate_postgres(database: PostgresDatabase) -> None:
    """Upgrade a team database in one transaction, holding an advisory lock.

    Two apps starting at once on the same server both succeed: the second waits for the lock,
    then finds the schema at head (or refuses one newer than it knows) and changes nothing.
    The server's transactional DDL makes a failed upgrade leave nothing behind.
    """
    from db.engines.postgres import MIGRATION_LOCK
    from db.queries import EngineReader
    from db.schema_version import stored_revision

    with database.engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        reader = EngineReader(connection)
        revision = stored_revision(reader, "postgresql")
        refuse_unknown(revision, schema_app_version(reader, "postgresql"), "server")
        if revision != HEAD_REVISION:
            upgrade_to_head(connection)


@contextmanager
def migration_connection(database: SqliteDatabase) -> Iterator[Connection]:
    """A connection in one transaction, with foreign keys off while the schema changes.

    SQLite rebuilds a table to alter it (drop, then rename a copy); with foreign keys on, the
    drop would cascade-delete every child row. Keys are checked before the commit instead, and
    switched on again afterwards.
    """
    with database.engine.connect() as connection:
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, where it applies
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration broke {len(broken)} references; undone")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")
