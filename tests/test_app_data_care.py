"""Backups, restores and checks from the window; recovery from a damaged file at start-up;
a backup when the app closes after changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.main import back_up_if_changed
from app.startup import open_data
from app.views.backup_dialog import BackupDialog
from core.framework_files import load_builtin_framework
from db.backup import create_backup, list_backups
from db.database import DATABASE_FILE, Database
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, create_sample_data
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")


def _wait_for_result(qtbot, window) -> QMessageBox:
    presenter = window.data_care.runner
    qtbot.waitUntil(
        lambda: presenter.result_box is not None and presenter.result_box.isVisible(),
        timeout=20_000,
    )
    box = presenter.result_box
    presenter.result_box = None
    box.close()
    return box


def test_back_up_check_and_restore_from_the_window(qtbot, data_dir: Path, monkeypatch) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()
    with main_window(qtbot, data_dir) as window:
        window.menu_actions.back_up.trigger()
        box = _wait_for_result(qtbot, window)
        assert box.icon() == QMessageBox.Icon.Information and "verified" in box.text()
        backups = list_backups(data_dir / "backups")
        assert [b.reason for b in backups] == ["manual"]

        window.menu_actions.check_database.trigger()
        box = _wait_for_result(qtbot, window)
        assert "healthy" in box.text()

        window.controller.add_person("Joined after the backup")
        assert ("Joined after the backup",) in query(data_dir, "SELECT name FROM people")

        monkeypatch.setattr(BackupDialog, "exec", lambda self: BackupDialog.DialogCode.Accepted)
        window.menu_actions.restore_backup.trigger()
        box = _wait_for_result(qtbot, window)
        assert box.icon() == QMessageBox.Icon.Information, box.text()
        assert "backed up first" in box.text()
        names = [p.name for p in window.controller.people]
        assert names == [SAMPLE_PERSON]
        assert query(data_dir, "SELECT name FROM people") == [(SAMPLE_PERSON,)]
        assert window.controller.person is not None and window.controller.assessment is not None
        # The app keeps working on the restored file.
        window.controller.add_person("After the restore")
        assert ("After the restore",) in query(data_dir, "SELECT name FROM people")
        reasons = sorted(b.reason for b in list_backups(data_dir / "backups"))
        assert reasons == ["before-restore", "manual"]


def _click_when_shown(qtbot, button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)


def test_damaged_file_at_start_up_is_recovered_in_one_click(qtbot, data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    create_backup(database.path, reason="close")
    expected = query(data_dir, "SELECT * FROM ratings ORDER BY id")
    database.close()
    with (data_dir / DATABASE_FILE).open("r+b") as handle:
        handle.write(b"not an SQLite file any more!!!!!")

    _click_when_shown(qtbot, "Restore the backup")
    reopened = open_data(None, data_dir)
    assert reopened is not None
    reopened.close()
    assert query(data_dir, "SELECT * FROM ratings ORDER BY id") == expected
    assert list(data_dir.glob("skill-ladder.damaged-*.sqlite3"))


def test_quit_leaves_the_damaged_file_aside_and_opens_nothing(qtbot, data_dir: Path) -> None:
    Database.in_directory(data_dir).close()
    with (data_dir / DATABASE_FILE).open("r+b") as handle:
        handle.write(b"not an SQLite file any more!!!!!")
    _click_when_shown(qtbot, "Quit")
    assert open_data(None, data_dir) is None
    assert not (data_dir / DATABASE_FILE).exists()
    assert list(data_dir.glob("skill-ladder.damaged-*.sqlite3"))


def test_backup_on_close_only_after_changes(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    Repository(database).people()  # reading is not a change
    database.close()
    back_up_if_changed(database)
    assert list_backups(data_dir / "backups") == []

    database = Database.in_directory(data_dir)
    Repository(database).add_person("Kai")
    database.close()
    back_up_if_changed(database)
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["close"]
