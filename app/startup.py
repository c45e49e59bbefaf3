"""Opening the data when the app starts, with a way out of every storage problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.error_reporting import log
from db.backup import BackupError, restore_backup
from db.database import DATABASE_FILE, Database
from db.errors import StorageError
from db.integrity import EarlyCheck
from db.opening import DamagedDatabaseError, open_checked, open_database


def open_data(
    parent: QWidget | None,
    data_dir: Path,
    database_url: str | None = None,
    *,
    start_empty: bool = False,
    early: EarlyCheck | None = None,
) -> Database | None:
    """Open the team database at ``database_url``, else the data folder's file; None when the
    user chose to quit.

    A team database that cannot be opened is never replaced silently by the local file: the
    user chooses (see :func:`open_team`). A damaged file has already been moved aside by :func:`open_checked` (now, or at an earlier
    start by the window or the command line); the user may restore the newest good backup in
    one click, or start with an empty file.
    """
    if database_url:
        return open_team(parent, data_dir, database_url, start_empty=start_empty)
    try:
        return open_checked(data_dir, start_empty=start_empty, early=early)
    except DamagedDatabaseError as damaged:
        log.error("Damaged database set aside: %s", damaged)
        return _recover(parent, data_dir, damaged)
    except StorageError as exc:
        log.error("Cannot open the database in %s: %s", data_dir, exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Cannot open your data"), str(exc)
        )
        return None


RETRY, CHANGE, LOCAL, QUIT = "retry", "change", "local", "quit"


def open_team(
    parent: QWidget | None, data_dir: Path, database_url: str, *, start_empty: bool = False
) -> Database | None:
    """Connect to the team database; after a failure, the user retries, changes the
    connection, opens the local data instead, or quits (None)."""
    url = database_url
    while True:
        try:
            return open_database(data_dir, url)
        except StorageError as exc:
            log.error("Cannot open the team database: %s", exc)
            choice = ask_after_team_failure(parent, str(exc))
        if choice == RETRY:
            continue
        if choice == CHANGE:
            from app.controllers.team_database_presenter import choose_connection

            picked = choose_connection(parent, data_dir, url)
            if picked is None:
                continue  # cancelled: try the same connection again, and ask again if need be
            if picked.conninfo is not None:
                url = picked.for_this_session() or url
                continue
        if choice in (CHANGE, LOCAL):  # CHANGE here: "Use local data" in the dialog
            return open_data(parent, data_dir, start_empty=start_empty)
        return None


def ask_after_team_failure(parent: QWidget | None, message: str) -> str:
    """What to do after the team database could not be opened: RETRY, CHANGE, LOCAL or QUIT."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Cannot open the team database"),
        message,
        parent=parent,
    )
    box.setObjectName("team-failure")
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "Skill Ladder does not switch to the data on this computer unless you choose it.",
        )
    )
    buttons = {
        box.addButton(
            QCoreApplication.translate("Startup", "Retry"), QMessageBox.ButtonRole.AcceptRole
        ): RETRY,
        box.addButton(
            QCoreApplication.translate("Startup", "Change connection…"),
            QMessageBox.ButtonRole.ActionRole,
        ): CHANGE,
        box.addButton(
            QCoreApplication.translate("Startup", "Use local data instead"),
            QMessageBox.ButtonRole.ActionRole,
        ): LOCAL,
    }
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    clicked = box.clickedButton()
    return QUIT if clicked is None or clicked is quit_button else buttons.get(clicked, QUIT)


def _recover(
    parent: QWidget | None, data_dir: Path, damaged: DamagedDatabaseError
) -> Database | None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Your data file was damaged"), str(damaged),
                      parent=parent)  # fmt: skip
    box.setInformativeText(
        QCoreApplication.translate("Startup", "The damaged file is kept as {path}.").format(
            path=damaged.moved_to
        )
    )
    restore = None
    if damaged.backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    empty = box.addButton(
        QCoreApplication.translate("Startup", "Start with an empty file"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button or clicked is None:
        return None
    if clicked is restore and damaged.backup is not None:
        try:
            restore_backup(damaged.backup.path, data_dir / DATABASE_FILE)
        except BackupError as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("Startup", "The backup could not be restored"),
                str(exc),
            )
            return None
    elif clicked is not empty:
        return None
    try:
        return open_checked(data_dir, start_empty=clicked is empty)
    except StorageError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Cannot open your data"), str(exc)
        )
        return None
