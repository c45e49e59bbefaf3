"""Bring a database to the schema this app expects, with Alembic (imported only when needed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from db.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["HEAD_REVISION", "MIGRATIONS_DIR", "NewerSchemaError", "migrate_engine"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerSchemaError(Exception):
    """The database was written by a newer version of the app."""


def current_revision(connection: Connection) -> str | None:
    """The database's Alembic revision, None for a database without one (a new file)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


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


def needs_upgrade(connection: Connection) -> bool:
    """Whether migrations must run; raise :class:`NewerSchemaError` for an unknown revision."""
    revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"this database was written by a newer version of Skill Ladder (schema {revision}); "
            "install the latest version to open it"
        )
    return True


def migrate_engine(engine: Engine) -> None:
    """Check the revision and run pending migrations in one transaction."""
    with engine.begin() as connection:
        if needs_upgrade(connection):
            upgrade_to_head(connection)
