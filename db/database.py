"""Open the app's database: the embedded SQLite file by default, or a team database on a server.

The engines live in :mod:`db.engines` (one module each); this module is what the rest of the app
imports: the common :class:`Database` interface and the SQLite file's name and settings.
"""

from __future__ import annotations

from db.engines.base import Database
from db.engines.sqlite import (
    BUSY_TIMEOUT_MS,
    DATABASE_FILE,
    SqliteDatabase,
    configure_connection,
    connect,
    create_sqlite_engine,
    write_failure,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DATABASE_FILE",
    "Database",
    "SqliteDatabase",
    "configure_connection",
    "connect",
    "create_sqlite_engine",
    "write_failure",
]
