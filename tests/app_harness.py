"""Open real main windows on real SQLite files for GUI tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.context import AppContext
from app.main import open_main_window
from app.main_window import MainWindow
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE, Database
from db.repository import Repository


@contextmanager
def main_window(qtbot: Any, data_dir: Path) -> Iterator[MainWindow]:
    """A shown main window on ``data_dir``'s database; closed and released afterwards."""
    database = Database.in_directory(data_dir)
    window = open_main_window(AppContext(load_builtin_framework(), Repository(database), data_dir))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        database.close()


def query(data_dir: Path, sql: str, *params: object) -> list[tuple]:
    """Rows straight from the SQLite file, bypassing the app."""
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()
