"""File → Copy local data to the team database…, against a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.framework_files import load_builtin_framework
from db.database import Database
from tests.app_harness import main_window
from tests.transfer_data import SECOND, THIRD, everything, everything_at, fill


def test_checked_people_are_copied_off_the_gui_thread_and_the_counts_shown(
    qtbot, qt_settings: Path, data_dir: Path, team_url: str
) -> None:
    from app import i18n

    i18n.install_translation("en")  # English plural forms, as the app installs at start
    local = Database.in_directory(data_dir)
    fill(local, load_builtin_framework())
    before = everything(local)
    local.close()
    with main_window(qtbot, data_dir) as window:
        action = window.menu_actions.copy_to_team
        assert action.isEnabled()
        action.trigger()
        dialog = window.copy_to_team.dialog
        assert dialog is not None and dialog.isVisible()
        people = dialog.people
        assert people.count() == 3
        assert all(people.item(r).checkState() == Qt.CheckState.Checked for r in range(3))
        assert not dialog.copy_button.isEnabled()  # no connection string yet
        third = next(people.item(r) for r in range(3) if people.item(r).text().startswith(THIRD))
        assert "archived" in third.text()
        third.setCheckState(Qt.CheckState.Unchecked)
        qtbot.keyClicks(dialog.address, team_url)
        assert dialog.copy_button.isEnabled()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.people.isEnabled()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        shown = dialog.outcome.text()
        assert "Copied 2 people to the team database" in shown, shown
        assert "6 assessments" in shown and "6 action items" in shown
        on_server = everything_at(team_url)
        names = sorted(row[1] for row in on_server["people"])
        assert names == sorted(["Sample: Alex Rivera", SECOND])
        copied_uids = {row[0] for row in on_server["people"]}
        assert on_server["assessments"] == [r for r in before["assessments"] if r[1] in copied_uids]

        third.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        assert "2 people already in the team database" in dialog.outcome.text()
        assert everything_at(team_url) == on_server  # refused: nothing changed
        dialog.skip_existing.setChecked(True)
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        assert "Copied 1 person" in dialog.outcome.text()
        assert "Left out 2 people already there" in dialog.outcome.text()
        assert everything_at(team_url) == before  # everyone, everything

        dialog.address.setText("postgresql://127.0.0.1:1/nowhere")
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
        assert "cannot be reached" in dialog.outcome.text()
        dialog.reject()
        assert not dialog.isVisible()
    check = Database.in_directory(data_dir)
    assert everything(check) == before  # nothing removed locally
    check.close()
