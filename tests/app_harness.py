"""Open real main windows on real SQLite files for GUI tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.main import open_main_window
from app.main_window import MainWindow
from core.framework import Framework
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE, Database
from db.repository import Repository

MODAL_PATIENCE_MS = 15_000


@contextmanager
def main_window(
    qtbot: Any, data_dir: Path, framework: Framework | None = None, database: Database | None = None
) -> Iterator[MainWindow]:
    """A shown main window on ``data_dir``'s database (or on ``database``, a team database for
    one) with ``framework`` (the built-in one by default); closed and released afterwards.

    A modal dialog that nobody answers would hang the run: after a while it is closed and the
    test fails, naming the dialog.
    """
    database = database or Database.in_directory(data_dir)
    framework = framework or load_builtin_framework()
    window = open_main_window(AppContext(framework, Repository(database), data_dir))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    stuck: list[str] = []
    watchdog = QTimer()
    watchdog.setInterval(MODAL_PATIENCE_MS)
    watchdog.timeout.connect(lambda: _close_stuck_modal(stuck))
    watchdog.start()
    try:
        yield window
    finally:
        watchdog.stop()
        window.close()
        database.close()
    assert not stuck, f"a modal dialog was left unanswered: {stuck}"


def _close_stuck_modal(stuck: list[str]) -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        stuck.append(f"{modal.windowTitle()}: {getattr(modal, 'text', lambda: '')()}")
        modal.close()


def query(data_dir: Path, sql: str, *params: object) -> list[tuple]:
    """Rows straight from the SQLite file, bypassing the app."""
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def click_role(qtbot: Any, window: MainWindow, role_id: str) -> None:
    """Choose a role on the Role tab with the mouse, as a user would."""
    from PySide6.QtCore import Qt

    from app.main_window import ROLE_TAB
    from app.views.role_picker import ROLE_ID

    window.tabs.setCurrentIndex(ROLE_TAB)
    view = window.role_picker.list
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROLE_ID) == role_id)
    index = model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
