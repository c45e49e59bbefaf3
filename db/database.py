"""Open the SQLite database: durable settings on every connection, schema brought up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.migrate import needs_upgrade, upgrade_to_head

DATABASE_FILE = "skill-ladder.sqlite3"
BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so DDL (migrations) is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for the file at ``path`` with WAL, full sync, foreign keys and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open database file: the engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if needed) the file and upgrade its schema to this app's head."""
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_sqlite_engine(path)
        try:
            with engine.begin() as connection:
                if needs_upgrade(connection):
                    upgrade_to_head(connection)
        except Exception:
            engine.dispose()
            raise
        return cls(path, engine)

    @classmethod
    def in_directory(cls, data_dir: Path) -> Database:
        """Open the database file of a data directory."""
        return cls.open(data_dir / DATABASE_FILE)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
