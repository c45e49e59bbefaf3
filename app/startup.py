"""Opening the data when the app starts, with a way out of every storage problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.error_reporting import log
from db.backup import BackupError, restore_backup
from db.database import DATABASE_FILE, Database
from db.errors import StorageError
from db.opening import DamagedDatabaseError, open_checked


def open_data(
    parent: QWidget | None, data_dir: Path, *, start_empty: bool = False
) -> Database | None:
    """Open the data folder's database; None when the user chose to quit.

    A damaged file has already been moved aside by :func:`open_checked` (now, or at an earlier
    start by the window or the command line); the user may restore the newest good backup in
    one click, or start with an empty file.
    """
    try:
        return open_checked(data_dir, start_empty=start_empty)
    except DamagedDatabaseError as damaged:
        log.error("Damaged database set aside: %s", damaged)
        return _recover(parent, data_dir, damaged)
    except StorageError as exc:
        log.error("Cannot open the database in %s: %s", data_dir, exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Cannot open your data"), str(exc)
        )
        return None


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
