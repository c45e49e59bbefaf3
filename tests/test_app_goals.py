"""Goals in the window: added, edited, finished and deleted next to the skill, saved at once,
carried to the next assessment until done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from app.main_window import ASSESS_TAB, MainWindow
from app.views.goal_dialog import GoalDialog
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")


def _answer_next_dialog(qtbot, fill: Callable[[GoalDialog], None]) -> list[str]:
    """Fill the goal dialog that is about to open, like a user would, and press OK."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GoalDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def _start(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wen Jing 文静", True))
    qtbot.mouseClick(window.empty_state.create_button, Qt.MouseButton.LeftButton)
    window.controller.select_role("mlops-engineer")
    window.tabs.setCurrentIndex(ASSESS_TAB)
    page = window.assess_page
    page.select_row(page.model.row_of("ml-pipelines"))
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # a rating opens the draft


def test_goal_lifecycle_in_the_window(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch)
        panel = window.assess_page.ladder.goals
        assert panel.placeholder.isVisible() and panel.add_button.isEnabled()

        def fill(dialog: GoalDialog) -> None:
            assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
            qtbot.keyClicks(dialog.action, "Run the retraining DAG on-call <b>&</b> ")
            dialog.action.insertPlainText(
                "一周"
            )  # as an input method would; QTest types ASCII only
            dialog.has_due.setChecked(True)
            dialog.level.setCurrentIndex(dialog.level.findData("senior"))

        titles = _answer_next_dialog(qtbot, fill)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        assert titles == ["New goal — ML Pipelines and Orchestration"]
        rows = query(data_dir, "SELECT skill_id, action, status, level_id, due FROM goals")
        assert len(rows) == 1
        assert rows[0][:4] == (
            "ml-pipelines", "Run the retraining DAG on-call <b>&</b> 一周", "planned", "senior",
        )  # fmt: skip
        assert rows[0][4] is not None
        assert panel.model.rowCount() == 1
        assert panel.model.index(0, 0).data() == "Run the retraining DAG on-call <b>&</b> 一周"
        assert panel.model.index(0, 3).data() == "Senior"

        # Another skill has its own (empty) list.
        page = window.assess_page
        page.select_row(page.model.row_of("model-serving"))
        assert panel.model.rowCount() == 0
        page.select_row(page.model.row_of("ml-pipelines"))
        assert panel.model.rowCount() == 1

        # Edit: change the status through the dialog.
        panel.table.selectRow(0)
        _answer_next_dialog(
            qtbot, lambda d: d.status.setCurrentIndex(d.status.findData("in_progress"))
        )
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
        assert query(data_dir, "SELECT status FROM goals") == [("in_progress",)]

        # Done: stays visible in this assessment, struck through, with a timestamp.
        panel.table.selectRow(0)
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
        assert query(data_dir, "SELECT status, done_at IS NOT NULL FROM goals") == [("done", 1)]
        assert panel.model.index(0, 1).data() == "Done"


def test_open_goals_carry_over_and_past_ones_are_read_only(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch)
        controller = window.controller
        repository = controller.context.repository
        person = controller.person
        assert person is not None
        repository.add_goal(person.id, "ml-pipelines", "Open one")
        finished = repository.add_goal(person.id, "ml-pipelines", "Finished one")
        window.goals.reload()
        panel = window.assess_page.ladder.goals
        panel.table.selectRow(1)
        assert panel.selected_goal().action == "Finished one"
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
        first = controller.complete_assessment()
        assert first is not None
        assert not panel.add_button.isEnabled()  # a completed assessment is read-only

        controller.start_new_assessment()
        window.assess_page.select_row(window.assess_page.model.row_of("ml-pipelines"))
        shown = [panel.model.goal_at(r).action for r in range(panel.model.rowCount())]
        assert shown == ["Open one"]
        assert panel.add_button.isEnabled()

        controller.open_assessment(first.id)
        window.assess_page.select_row(window.assess_page.model.row_of("ml-pipelines"))
        shown = {panel.model.goal_at(r).action for r in range(panel.model.rowCount())}
        assert shown == {"Open one", "Finished one"}

        # Deleting asks first; "Cancel" keeps the goal.
        controller.start_new_assessment()
        window.assess_page.select_row(window.assess_page.model.row_of("ml-pipelines"))
        panel.table.selectRow(0)
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel
        )
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
        assert len(query(data_dir, "SELECT id FROM goals")) == 2
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
        assert query(data_dir, "SELECT id FROM goals") == [(finished.id,)]


def test_the_page_does_not_jump_when_the_first_goal_is_added(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        window.resize(1280, 760)
        _start(qtbot, window, monkeypatch)
        ladder = window.assess_page.ladder
        qtbot.wait(50)
        before = [w.geometry() for w in (ladder.note, ladder.goals, ladder.what_it_takes)]

        def fill(dialog: GoalDialog) -> None:
            qtbot.keyClicks(dialog.action, "Pair on the retraining pipeline")

        _answer_next_dialog(qtbot, fill)
        qtbot.mouseClick(ladder.goals.add_button, Qt.MouseButton.LeftButton)
        assert ladder.goals.model.rowCount() == 1
        qtbot.wait(50)
        after = [w.geometry() for w in (ladder.note, ladder.goals, ladder.what_it_takes)]
        assert after == before
