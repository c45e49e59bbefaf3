"""The window and a team database: the Team database dialog (tests off the GUI thread, saves
no password), start-up in team mode and its choices after a failure, the mode label, backups
left to the server, and no local data file written at any point."""

from __future__ import annotations

import argparse
import stat
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.context import AppContext
from app.controllers.team_database_presenter import ConnectionEditor
from app.main import back_up_if_changed, chosen_database_url_for, open_main_window
from app.startup import open_data
from app.team_settings import save_connection, saved_connection
from app.views.team_database_dialog import TeamDatabaseDialog
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE
from db.engines.postgres import PostgresDatabase, display_address
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, create_sample_data
from tests.app_harness import main_window
from tests.storage_engines import admin_execute, drop_server_database
from tests.team_database import free_port, server_rows, with_parts


@pytest.fixture
def no_password_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """libpq finds no password but the one the test gives: a private password file path."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("SKILL_LADDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return tmp_path / "pgpass"


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a modal ``kind`` is shown, ``act`` on it."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, attempt)
            return
        act(widget)

    QTimer.singleShot(0, attempt)


def click_button(text: str, then: Callable[[], None] | None = None) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if then is not None:
            then()
        next(b for b in box.buttons() if b.text() == text).click()

    return act


seen: list[str] = []


def fill(qtbot, dialog: TeamDatabaseDialog, url: str, *, password: bool = True) -> None:
    parts = conninfo_to_dict(url)
    for field, key in ((dialog.host, "host"), (dialog.port, "port"),
                       (dialog.database, "dbname"), (dialog.user, "user")):  # fmt: skip
        field.clear()
        qtbot.keyClicks(field, str(parts.get(key, "")))
    dialog.password.clear()
    if password:
        qtbot.keyClicks(dialog.password, parts["password"])
    dialog.tls_mode.setCurrentIndex(dialog.tls_mode.findData(parts.get("sslmode", "disable")))


def press_and_wait(qtbot, editor: ConnectionEditor, button) -> str:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.job is None, timeout=20_000)
    return editor.dialog.status.text()


def settings_text(qt_settings: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in qt_settings.rglob("*") if p.is_file())


def test_the_dialog_tests_connections_and_saves_no_password(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    password = conninfo_to_dict(team_url)["password"]
    editor = ConnectionEditor(None, data_dir, None)
    dialog = editor.dialog
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.local_button.isEnabled()  # nothing to go back from

    fill(qtbot, dialog, with_parts(team_url, dbname="sl_no_such_database"))
    assert "no such database" in press_and_wait(qtbot, editor, dialog.test_button)
    fill(qtbot, dialog, with_parts(team_url, password="wrong"))
    assert "refused the user name or password" in press_and_wait(qtbot, editor, dialog.test_button)
    fill(qtbot, dialog, with_parts(team_url, sslmode="require"))
    assert "secure (TLS) connection" in press_and_wait(qtbot, editor, dialog.test_button)
    fill(qtbot, dialog, with_parts(team_url, port=str(free_port())))
    assert "cannot be reached" in press_and_wait(qtbot, editor, dialog.test_button)
    assert saved_connection(data_dir) is None  # a failed try saves nothing

    fill(qtbot, dialog, team_url)
    message = press_and_wait(qtbot, editor, dialog.test_button)
    assert message.startswith(f"Connected to {display_address(team_url)}")
    assert "It holds Skill Ladder data" in message

    press_and_wait(qtbot, editor, dialog.connect_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = conninfo_to_dict(saved_connection(data_dir) or "")
    wanted = conninfo_to_dict(team_url)
    assert saved == {key: wanted[key] for key in ("host", "port", "dbname", "user")} | {
        "sslmode": "disable"
    }
    assert password not in settings_text(qt_settings)
    assert not no_password_around.exists()  # not asked to keep it
    assert editor.choice is not None and editor.choice.password == password
    assert conninfo_to_dict(editor.choice.for_this_session() or "")["password"] == password


def test_connect_can_keep_the_password_in_libpqs_password_file(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    password = conninfo_to_dict(team_url)["password"]
    editor = ConnectionEditor(None, data_dir, None)
    qtbot.addWidget(editor.dialog)
    editor.dialog.show()
    fill(qtbot, editor.dialog, team_url)
    editor.dialog.save_password.setChecked(True)
    press_and_wait(qtbot, editor, editor.dialog.connect_button)
    assert editor.choice is not None and editor.choice.password == ""
    assert stat.S_IMODE(no_password_around.stat().st_mode) == 0o600
    assert password in no_password_around.read_text(encoding="utf-8")
    assert password not in settings_text(qt_settings)
    # What was saved opens the database by itself (libpq reads the password file).
    PostgresDatabase.connect(saved_connection(data_dir) or "").close()

    again = ConnectionEditor(None, data_dir, saved_connection(data_dir))  # the form refilled
    qtbot.addWidget(again.dialog)
    assert again.dialog.database.text() == conninfo_to_dict(team_url)["dbname"]
    assert again.dialog.local_button.isEnabled()
    qtbot.keyClicks(again.dialog.password, password)
    again.dialog.save_password.setChecked(True)
    again.dialog.show()
    press_and_wait(qtbot, again, again.dialog.connect_button)
    assert no_password_around.read_text(encoding="utf-8").count("\n") == 1  # not repeated
    qtbot.mouseClick(again.dialog.local_button, Qt.MouseButton.LeftButton)
    assert saved_connection(data_dir) is None


def test_the_window_starts_on_the_saved_team_database_and_writes_no_local_file(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    framework = load_builtin_framework()
    with Repository(PostgresDatabase.connect(team_url)) as repository:
        create_sample_data(repository, framework)
        repository.add_person("Bo 李")
    save_connection(data_dir, team_url)
    monkeypatch.setenv("PGPASSWORD", conninfo_to_dict(team_url)["password"])

    url = chosen_database_url_for(argparse.Namespace(database_url=None), data_dir)
    database = open_data(None, data_dir, url)
    assert database is not None and database.path is None
    window = open_main_window(AppContext(framework, Repository(database), data_dir))
    qtbot.addWidget(window)
    try:
        address = display_address(team_url)
        assert window.windowTitle().endswith(
            f" — Team database: {address} (administrator: sees everyone) — Skill Ladder"
        )
        assert sorted(p.name for p in window.controller.people) == ["Bo 李", SAMPLE_PERSON]
        window.controller.add_person("Cai")
        assert ("Cai",) in server_rows(team_url, "SELECT name FROM people")

        actions = window.menu_actions
        assert not actions.back_up.isEnabled() and not actions.restore_backup.isEnabled()
        assert "made on the server by its administrator" in actions.back_up.statusTip()
        actions.check_database.trigger()
        qtbot.waitUntil(lambda: window.data_care.runner.result_box is not None, timeout=20_000)
        box = window.data_care.runner.result_box
        assert box.icon() == QMessageBox.Icon.Information
        assert "pg_dump" in box.text() and address in box.text()
        box.close()
    finally:
        window.close()
        database.close()
    back_up_if_changed(database)  # what the app does on quitting: nothing, on a server
    assert not (data_dir / DATABASE_FILE).exists()
    assert not list(data_dir.rglob("*.sqlite3"))


def test_the_option_wins_over_the_saved_connection(
    qt_settings: Path, data_dir: Path, no_password_around: Path
) -> None:
    save_connection(data_dir, "host=saved dbname=team password=never-kept")
    assert "never-kept" not in (saved_connection(data_dir) or "")
    args = argparse.Namespace(database_url="host=given dbname=team")
    assert chosen_database_url_for(args, data_dir) == "host=given dbname=team"
    assert chosen_database_url_for(argparse.Namespace(), data_dir) == saved_connection(data_dir)


def test_a_local_window_says_so(qtbot, qt_settings: Path, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        assert window.windowTitle().endswith(f"Local data: {data_dir} — Skill Ladder")
        assert window.menu_actions.back_up.isEnabled()
        assert window.menu_actions.team_database.isEnabled()


def test_after_a_failure_the_user_chooses_and_nothing_falls_back_silently(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    missing = with_parts(team_url, dbname="sl_no_such_database")
    seen.clear()
    when_modal(QMessageBox, click_button("Quit"))
    assert open_data(None, data_dir, missing) is None
    assert "There is no such database" in seen[-1]
    assert not (data_dir / DATABASE_FILE).exists()

    when_modal(QMessageBox, click_button("Use local data instead"))
    local = open_data(None, data_dir, missing)
    assert local is not None and local.path == data_dir / DATABASE_FILE  # chosen by the user
    local.close()


def test_retry_connects_once_the_database_exists(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    name = "sl_test_retry_" + conninfo_to_dict(team_url)["dbname"][-8:]
    later = with_parts(team_url, dbname=name)

    def create() -> None:
        admin_execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")

    when_modal(QMessageBox, click_button("Retry", then=create))
    try:
        database = open_data(None, data_dir, later)
        assert database is not None and database.location == display_address(later)
        database.close()
        assert server_rows(later, "SELECT count(*) FROM alembic_version") == [(1,)]
    finally:
        drop_server_database(name)
    assert not (data_dir / DATABASE_FILE).exists()


def test_change_connection_opens_the_dialog_and_uses_its_choice(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    def connect(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamDatabaseDialog)
        fill(qtbot, dialog, team_url)
        dialog.connect_button.click()

    def change(box: QWidget) -> None:
        when_modal(TeamDatabaseDialog, connect)
        click_button("Change connection…")(box)

    when_modal(QMessageBox, change)
    database = open_data(None, data_dir, with_parts(team_url, password="wrong"))
    assert database is not None and database.location == display_address(team_url)
    database.close()
    assert "password" not in conninfo_to_dict(saved_connection(data_dir) or "")
    assert not (data_dir / DATABASE_FILE).exists()


def test_a_newer_schema_names_the_version_needed(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    with psycopg.connect(team_url, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        connection.execute("UPDATE app_info SET value = '42.0' WHERE key = 'schema_app_version'")
    seen.clear()
    when_modal(QMessageBox, click_button("Quit"))
    assert open_data(None, data_dir, team_url) is None
    assert "Skill Ladder 42.0 or newer" in seen[-1]
    assert not (data_dir / DATABASE_FILE).exists()


def test_the_menu_saves_the_connection_and_offers_a_restart(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str, no_password_around: Path
) -> None:
    def connect(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamDatabaseDialog)
        when_modal(QMessageBox, click_button("&No"))
        fill(qtbot, dialog, team_url)
        dialog.connect_button.click()

    with main_window(qtbot, data_dir) as window:
        seen.clear()
        when_modal(TeamDatabaseDialog, connect)
        window.menu_actions.team_database.trigger()
        assert "uses the team database" in seen[-1]
        assert window.isVisible()
        assert not QCoreApplication.instance().property("skill_ladder_restart")
    assert (
        conninfo_to_dict(saved_connection(data_dir) or "")["dbname"]
        == (conninfo_to_dict(team_url)["dbname"])
    )


def test_a_restart_into_another_database_drops_the_option_and_passes_the_password(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import sys

    from app import restart

    monkeypatch.setattr(sys, "orig_argv", [sys.executable, "-m", "cli.main", "--database-url",
                                           "host=old", "--lang", "en", "--database-url=x"])  # fmt: skip
    monkeypatch.setenv("SKILL_LADDER_DATABASE_URL", "host=env")
    kept = restart.restart_process()
    assert "--database-url" in kept.arguments()  # a language restart keeps the command line
    restart.switch_database_on_restart("typed")
    try:
        process = restart.restart_process()
    finally:
        restart.cancel_database_switch()
    assert process.arguments() == ["-m", "cli.main", "--lang", "en"]
    environment = process.processEnvironment()
    assert environment.value("PGPASSWORD") == "typed"
    assert not environment.contains("SKILL_LADDER_DATABASE_URL")
