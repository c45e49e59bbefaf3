"""The core loop in a real window on a real SQLite file: person, role, rating, notes, completion,
history, comparison, undo/redo and drafts that survive closing the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.main_window import ASSESS_TAB, HISTORY_TAB, MainWindow
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import click_role, main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")


def _create_person(qtbot, window: MainWindow, monkeypatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (name, True))
    qtbot.mouseClick(window.empty_state.create_button, Qt.MouseButton.LeftButton)


def _ratings(data_dir: Path) -> dict[str, tuple]:
    rows = query(
        data_dir,
        "SELECT skill_id, level_id, is_rated, note FROM ratings ORDER BY skill_id",
    )
    return {row[0]: row[1:] for row in rows}


def test_rate_by_keyboard_and_mouse_then_complete(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window:
        assert window.stack.currentWidget() is window.empty_state
        _create_person(qtbot, window, monkeypatch, "Dana Lee")
        assert query(data_dir, "SELECT name, is_sample FROM people") == [("Dana Lee", 0)]
        assert window.stack.currentWidget() is window.tabs

        click_role(qtbot, window, "ml-engineer")
        assert window.controller.role_id == "ml-engineer"
        assert "Machine Learning Engineer" in window.role_picker.details.toPlainText()

        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        skills = window.controller.context.framework.role("ml-engineer").skill_ids
        page.table.setFocus()
        assert page.model.skill_id_at(page.current_row()) == skills[0]
        qtbot.keyClick(page.table, Qt.Key.Key_3)  # Senior
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        qtbot.keyClick(page.table, Qt.Key.Key_0)  # not yet
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        card = page.ladder.cards[1]  # Middle, by mouse
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        page.ladder.note.setFocus()
        qtbot.keyClicks(page.ladder.note, "Shipped 2 services; 5 < 7 & ok")

        stored = _ratings(data_dir)
        assert stored[skills[0]] == ("senior", 1, "")
        assert stored[skills[1]] == (None, 1, "")
        assert stored[skills[2]] == ("middle", 1, "Shipped 2 services; 5 < 7 & ok")
        assert page.model.index(0, 1).data() == "Senior"
        assert page.model.index(1, 1).data() == "Not yet"
        assert page.ladder.cards[1].property("selected") is True

        asked: list[str] = []

        def answer_yes(_parent, _title, text, *_args):
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer_yes)
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
        unrated = len(skills) - 3
        assert len(asked) == 1 and f"{unrated} of the role's skills are not rated yet" in asked[0]
        status, completed_at, snapshot = query(
            data_dir,
            "SELECT a.status, a.completed_at, s.document FROM assessments AS a "
            "JOIN role_snapshots AS s ON s.id = a.snapshot_id",
        )[0]
        assert status == "completed" and completed_at and "ml-engineer" in snapshot
        assert window.controller.read_only
        assert page.ladder.cards[0].read_only  # shown at full contrast, clicks ignored
        qtbot.keyClick(page.table, Qt.Key.Key_5)  # ignored: frozen
        assert _ratings(data_dir)[skills[0]] == ("senior", 1, "")

    # A second window on the same file sees the completed assessment in its history.
    with main_window(qtbot, data_dir) as second:
        assert second.controller.person is not None
        assert second.controller.person.name == "Dana Lee"
        assert second.controller.role_id == "ml-engineer"
        second.tabs.setCurrentIndex(HISTORY_TAB)
        table = second.history_page.assessments
        assert table.rowCount() == 1
        assert table.item(0, 1).text() == "Completed"


def test_a_draft_survives_closing_the_window(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window:
        _create_person(qtbot, window, monkeypatch, "Sam")
        click_role(qtbot, window, "data-scientist")
        window.tabs.setCurrentIndex(ASSESS_TAB)
        window.assess_page.table.setFocus()
        qtbot.keyClick(window.assess_page.table, Qt.Key.Key_2)
        window.assess_page.ladder.note.setFocus()
        qtbot.keyClicks(window.assess_page.ladder.note, "draft note")
    # closed without completing
    with main_window(qtbot, data_dir) as reopened:
        controller = reopened.controller
        assert controller.assessment is not None and not controller.assessment.is_completed
        first = controller.context.framework.role("data-scientist").skill_ids[0]
        assert controller.ratings[first].level_id == "middle"
        assert controller.ratings[first].note == "draft note"
        assert reopened.assess_page.ladder.note.toPlainText() == "draft note"


def test_undo_and_redo_change_the_stored_ratings(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window:
        _create_person(qtbot, window, monkeypatch, "Ana")
        click_role(qtbot, window, "mlops-engineer")
        window.tabs.setCurrentIndex(ASSESS_TAB)
        table = window.assess_page.table
        table.setFocus()
        skill = window.assess_page.model.skill_id_at(0)
        qtbot.keyClick(table, Qt.Key.Key_1)
        qtbot.keyClick(table, Qt.Key.Key_4)
        assert _ratings(data_dir)[skill][:2] == ("lead", 1)

        window.menu_actions.undo.trigger()
        assert _ratings(data_dir)[skill][:2] == ("junior", 1)
        assert window.assess_page.model.index(0, 1).data() == "Junior"
        window.menu_actions.undo.trigger()
        assert _ratings(data_dir)[skill][:2] == (None, 0)
        window.menu_actions.redo.trigger()
        window.menu_actions.redo.trigger()
        assert _ratings(data_dir)[skill][:2] == ("lead", 1)

        note = window.assess_page.ladder.note
        note.setFocus()
        qtbot.keyClicks(note, "abc")
        assert _ratings(data_dir)[skill][2] == "abc"
        window.menu_actions.undo.trigger()  # typing merges into one step
        assert _ratings(data_dir)[skill][2] == ""
        assert note.toPlainText() == ""


def test_history_compare_and_trend_on_sample_data(qtbot, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
        controller = window.controller
        assert controller.person is not None and controller.person.is_sample
        assert controller.role_id == "mlops-engineer"
        window.tabs.setCurrentIndex(HISTORY_TAB)
        history = window.history_page
        assert history.assessments.rowCount() == 4
        statuses = [history.assessments.item(r, 1).text() for r in range(4)]
        assert statuses == ["Draft", "Completed", "Completed", "Completed"]

        ids = [a.id for a in controller.history]
        # Select the oldest and the newest completed assessment and compare them.
        history.assessments.clearSelection()
        history.assessments.selectRow(3)
        history.assessments.setSelectionMode(history.assessments.SelectionMode.MultiSelection)
        history.assessments.selectRow(1)
        assert sorted(history.selected_ids()) == [ids[0], ids[2]]
        qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
        table = history.comparison
        rows = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
            for r in range(table.rowCount())
        }
        assert rows["ML Pipelines and Orchestration"][:3] == ["Junior", "Middle", "+1"]
        assert rows["Model Monitoring and Drift"][:3] == ["Not yet", "Middle", "+2"]
        assert rows["Software Engineering Practice"][:3] == ["Middle", "Senior", "+1"]
        assert "Added step caching" in rows["ML Pipelines and Orchestration"][3]

        index = history.trend_skill.findData("ml-pipelines")
        history.trend_skill.setCurrentIndex(index)
        description = history.trend.accessibleDescription()
        assert "Junior" in description and "Middle" in description

        # Opening a past assessment shows it read-only with its own ratings.
        history.assessments.clearSelection()
        history.assessments.selectRow(3)
        qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
        assert controller.assessment is not None and controller.assessment.id == ids[0]
        assert controller.read_only
        assert "read-only" in window.assess_page.banner.text()


def test_gap_panel_shows_readiness(qtbot, data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    from core.framework_files import load_builtin_framework

    create_sample_data(repository, load_builtin_framework())
    database.close()
    with main_window(qtbot, data_dir) as window:
        gaps = window.gap_page
        text = gaps.readiness_label.text()
        assert "required skills" in text and "missing" in text
        first = [gaps.table.item(0, c).text() for c in range(5)]
        assert first[1] == "Required" and first[4] != "✓ met"
        assert len(window.gap_page.radar.axes()) == gaps.table.rowCount()
        # Raising the target to Principal makes every required skill a gap.
        window.controller.set_target("principal")
        assert "0 of" in gaps.readiness_label.text()


def test_layout_is_remembered(qtbot, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        window.resize(771, 653)
        window.tabs.setCurrentIndex(HISTORY_TAB)
    with main_window(qtbot, data_dir) as again:
        assert again.size().width() == 771
        assert again.tabs.currentIndex() == HISTORY_TAB
