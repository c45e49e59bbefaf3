"""Which team database to use, and the connection string built from a form's fields.

Headless (no Qt): the window's *Team database…* dialog and the command line share it. The
connection string is libpq's (a ``postgresql://`` URL or ``key=value`` pairs); whatever it holds
(``sslmode``, ``sslrootcert``, ``sslcert``, ``sslkey``, ``service``, ``passfile``…) is handed to
libpq as it is. What is kept in the settings never holds a password (see :mod:`db.pgpass`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from core.i18n import translate

DATABASE_URL_ENV = "SKILL_LADDER_DATABASE_URL"
"""The environment variable naming a team database (below ``--database-url``, above the saved
setting)."""

TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432


def team_backups_explanation() -> str:
    """Why this app makes no backups of a team database (CLI, Data care dialog)."""
    return translate(
        "TeamDatabase",
        "Backups of a team database are made on the server by its administrator (with "
        "pg_dump, or the hosting's snapshots), not by Skill Ladder.",
    )


def chosen_database_url(option: str | None, saved: str | None = None) -> str | None:
    """The team database to open: ``--database-url`` first, then ``SKILL_LADDER_DATABASE_URL``,
    then the saved setting; None (or empty everywhere) means the local data file."""
    for candidate in (option, os.environ.get(DATABASE_URL_ENV), saved):
        if candidate and candidate.strip():
            return candidate.strip()
    return None


@dataclass(frozen=True)
class ConnectionFields:
    """The fields of the *Team database…* form; empty strings are left out of the string."""

    host: str = ""
    port: str = ""
    dbname: str = ""
    user: str = ""
    sslmode: str = ""
    sslrootcert: str = ""
    sslcert: str = ""
    sslkey: str = ""
    service: str = ""

    def conninfo(self, password: str = "") -> str:
        """libpq's ``key=value`` string (with ``password`` only when one is given, for a test or
        this session's connection; never to be saved)."""
        from psycopg.conninfo import make_conninfo

        parts = {f.name: getattr(self, f.name).strip() for f in fields(self)}
        if password:
            parts["password"] = password
        return make_conninfo(**{key: value for key, value in parts.items() if value})

    @classmethod
    def from_conninfo(cls, conninfo: str) -> ConnectionFields:
        """The fields of a saved connection string (options the form has no field for are
        dropped; the password too)."""
        from db.engines.postgres import parse_address

        parts = parse_address(conninfo)
        return cls(**{f.name: parts.get(f.name, "") for f in fields(cls)})

    def pgpass_entry(self) -> tuple[str, str, str, str]:
        """host, port, database and user as libpq looks them up in the password file (its
        defaults filled in: port 5432, the login name as user, the user's name as database)."""
        import getpass

        user = self.user.strip() or getpass.getuser()
        return (
            self.host.strip() or "localhost",
            self.port.strip() or str(DEFAULT_PORT),
            self.dbname.strip() or user,
            user,
        )


def try_connection(conninfo: str) -> str:
    """Connect to the team database at ``conninfo`` without changing anything, and say what was
    found. Raises :class:`~db.errors.StorageUnavailableError` (with the plain message for an
    unreachable server, refused credentials, TLS, a missing database…) or
    :class:`~db.errors.NewerSchemaError` (naming the version needed)."""
    from db.engines.postgres import PostgresDatabase, describe_server, parse_address
    from db.errors import StorageUnavailableError
    from db.integrity import StorageCondition
    from db.migrate import refuse_unknown
    from db.schema_version import schema_app_version

    try:
        parse_address(conninfo)
    except ValueError as exc:
        condition = StorageCondition.BAD_ADDRESS
        raise StorageUnavailableError(
            condition, f"{describe_server(condition, conninfo[:60])} ({exc})"
        ) from None
    database = PostgresDatabase(conninfo)
    try:
        database.check_server()
        reader = database.reader()
        version = reader.execute("SHOW server_version").fetchone()[0]
        revision = database.stored_revision()
        refuse_unknown(revision, schema_app_version(reader, database.kind), "server")
        database.check_writable()
    finally:
        database.close()
    if revision is None:
        return translate(
            "TeamDatabase",
            "Connected to {location} (PostgreSQL {version}). The database is empty: Skill "
            "Ladder sets it up when you connect.",
        ).format(location=database.location, version=version)
    return translate(
        "TeamDatabase",
        "Connected to {location} (PostgreSQL {version}). It holds Skill Ladder data.",
    ).format(location=database.location, version=version)
