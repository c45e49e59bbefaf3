"""Open real main windows on real SQLite files for GUI tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.context import AppContext
from app.main import open_main_window
from app.main_window import MainWindow
from core.framework import Framework
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE, Database
from db.repository import Repository

MODAL_PATIENCE_MS = 10_000
"""A modal dialog still open at two checks this far apart is taken as stuck."""


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
    last_seen: list[QWidget | None] = [None]
    watchdog = QTimer()
    watchdog.setInterval(MODAL_PATIENCE_MS)
    watchdog.timeout.connect(lambda: _close_stuck_modal(stuck, last_seen))
    watchdog.start()
    try:
        yield window
    finally:
        watchdog.stop()
        window.close()
        database.close()
    assert not stuck, f"a modal dialog was left unanswered: {stuck}"


def _close_stuck_modal(stuck: list[str], last_seen: list[QWidget | None]) -> None:
    # Only the same dialog open at two checks in a row: a test that opens and answers dialogs
    # quickly must not be blamed for one that a check happens to catch just opened.
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is last_seen[0]:
        stuck.append(f"{modal.windowTitle()}: {getattr(modal, 'text', lambda: '')()}")
        modal.close()
        modal = None
    last_seen[0] = modal


def query(data_dir: Path, sql: str, *params: object) -> list[tuple]:
    """Rows straight from the SQLite file, bypassing the app."""
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def click_role(
    qtbot: Any, window: MainWindow, role_id: str, framework_id: str | None = None
) -> None:
    """Choose a role on the Role tab with the mouse, as a user would (``framework_id``: of that
    framework, when the list shows several)."""
    from PySide6.QtCore import Qt

    from app.main_window import ROLE_TAB
    from app.views.role_picker import FRAMEWORK_ID, ROLE_ID

    window.tabs.setCurrentIndex(ROLE_TAB)
    view = window.role_picker.list
    model = view.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    rows += [
        model.index(c, 0, parent) for parent in list(rows) for c in range(model.rowCount(parent))
    ]
    index = next(
        i
        for i in rows
        if i.data(ROLE_ID) == role_id and framework_id in (None, i.data(FRAMEWORK_ID))
    )
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
