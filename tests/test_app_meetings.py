"""Action items in the One-on-ones tab of the real window: edited, deleted (and undone),
reordered with the keyboard and the buttons, and kept with the meeting they were done in."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.formatting import format_date
from app.main_window import MEETINGS_TAB, MainWindow
from db.database import Database
from db.repository import Repository
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")


def _seed(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    Repository(database).add_person("Amara Okafor")
    database.close()


def _shown(window: MainWindow) -> list[tuple[str, bool]]:
    items = window.meetings_page.items
    return [
        (items.item(r).text(), items.item(r).checkState() == Qt.CheckState.Checked)
        for r in range(items.count())
    ]


def _stored(data_dir: Path) -> list[str]:
    return [row[0] for row in query(data_dir, "SELECT text FROM action_items ORDER BY position")]


def _start(qtbot, window: MainWindow, monkeypatch, *days: date) -> None:
    window.tabs.setCurrentIndex(MEETINGS_TAB)
    page = window.meetings_page
    dates = iter(days)
    monkeypatch.setattr(window.meetings, "_today", lambda: next(dates))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    for text in ("Write the runbook", "Book the course", "Pair on canaries"):
        qtbot.keyClicks(page.new_item, text)
        qtbot.keyClick(page.new_item, Qt.Key.Key_Return)


def test_action_items_are_edited_deleted_with_undo_and_reordered(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    _seed(data_dir)
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch, date.today())
        page = window.meetings_page

        # F2 edits the selected item in place.
        page.items.setFocus()
        page.items.setCurrentRow(1)
        qtbot.keyClick(page.items, Qt.Key.Key_F2)
        assert page.items.state() == QAbstractItemView.State.EditingState
        editor = page.items.viewport().findChild(QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, "Book the MLOps course <b>&</b>")
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
        qtbot.waitUntil(lambda: page.items.state() != QAbstractItemView.State.EditingState)
        assert _stored(data_dir) == [
            "Write the runbook", "Book the MLOps course <b>&</b>", "Pair on canaries",
        ]  # fmt: skip

        # Alt+Up moves it up; the Move down button moves it back.
        qtbot.keyClick(page.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        assert _stored(data_dir)[:2] == ["Book the MLOps course <b>&</b>", "Write the runbook"]
        assert page.items.currentItem().text() == "Book the MLOps course <b>&</b>"
        assert not page.up_button.isEnabled()
        qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
        assert _stored(data_dir)[:2] == ["Write the runbook", "Book the MLOps course <b>&</b>"]

        # Delete removes it; undo brings it back in its place, with its id.
        before = query(data_dir, "SELECT * FROM action_items ORDER BY id")
        page.items.setCurrentRow(0)
        qtbot.keyClick(page.items, Qt.Key.Key_Delete)
        assert _stored(data_dir) == ["Book the MLOps course <b>&</b>", "Pair on canaries"]
        assert [t for t, _ in _shown(window)] == _stored(data_dir)
        window.undo_stack.undo()
        assert query(data_dir, "SELECT * FROM action_items ORDER BY id") == before
        assert _shown(window)[0] == ("Write the runbook", False)
        window.undo_stack.redo()
        assert _stored(data_dir) == ["Book the MLOps course <b>&</b>", "Pair on canaries"]

        # The Delete button does the same.
        page.items.setCurrentRow(1)
        qtbot.mouseClick(page.delete_item_button, Qt.MouseButton.LeftButton)
        assert _stored(data_dir) == ["Book the MLOps course <b>&</b>"]


def test_an_item_ticked_at_an_earlier_meeting_stays_there(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    _seed(data_dir)
    with main_window(qtbot, data_dir) as window:
        page = window.meetings_page
        _start(qtbot, window, monkeypatch, date.today() - timedelta(days=14), date.today())
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # today's meeting
        assert [t for t, _ in _shown(window)] == [
            "Write the runbook", "Book the course", "Pair on canaries",
        ]  # fmt: skip

        # Back at the first meeting, tick one off (today, the day of the second meeting).
        page.meetings.setCurrentRow(1)
        assert (
            page.meetings.currentItem()
            .text()
            .startswith(format_date(date.today() - timedelta(days=14)))
        )
        page.items.item(0).setCheckState(Qt.CheckState.Checked)
        assert ("Write the runbook", True) in _shown(window)

        page.meetings.setCurrentRow(0)  # today's meeting: the ticked item is not carried in
        assert _shown(window) == [("Book the course", False), ("Pair on canaries", False)]


def _answer_conflicts(monkeypatch, keep_mine: bool) -> list[tuple[str, str]]:
    """Answer every conflict question with ``keep_mine``; the (theirs, mine) pairs asked."""
    from app.views.conflict_dialog import ConflictDialog

    asked: list[tuple[str, str]] = []

    def ask(_cls: object, conflict: object, _parent: object = None) -> bool:
        asked.append((conflict.theirs, conflict.mine))  # type: ignore[attr-defined]
        return keep_mine

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    return asked


@pytest.mark.parametrize("keep_mine", [True, False])
def test_meeting_notes_changed_by_someone_else_while_typing_are_asked_about(
    qtbot, data_dir: Path, monkeypatch, keep_mine: bool
) -> None:
    _seed(data_dir)
    asked = _answer_conflicts(monkeypatch, keep_mine)
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(MEETINGS_TAB)
        page = window.meetings_page
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        page.notes.setFocus()
        qtbot.keyClicks(page.notes, "Talked about")
        qtbot.waitUntil(
            lambda: query(data_dir, "SELECT notes FROM meetings") == [("Talked about",)]
        )
        other = Repository(Database.in_directory(data_dir / ".." / data_dir.name))
        (meeting,) = other.meetings(other.people()[0].id)
        other.update_meeting(meeting.id, held_on=meeting.held_on, notes="Wei's summary")
        other.database.close()
        qtbot.keyClick(page.notes, "!")  # the dialog then stops the typing
        expected = "Talked about!" if keep_mine else "Wei's summary"
        qtbot.waitUntil(lambda: query(data_dir, "SELECT notes FROM meetings") == [(expected,)])
        assert asked and asked[0][0] == "Wei's summary"
        assert asked[0][1] == "Talked about!"
        if not keep_mine:
            assert page.notes.toPlainText() == "Wei's summary"  # theirs, on screen


def test_an_action_item_changed_by_someone_else_is_asked_about(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    _seed(data_dir)
    asked = _answer_conflicts(monkeypatch, keep_mine=False)
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch, date(2026, 3, 2))
        item_id = window.meetings._shown_items()[0].id
        other = Repository(Database.in_directory(data_dir))
        other.update_action_item(item_id, "Write the runbook with Wei")
        other.database.close()
        window.meetings.edit_item(item_id, "Write the short runbook")
        assert asked == [("Write the runbook with Wei", "Write the short runbook")]
        assert _stored(data_dir)[0] == "Write the runbook with Wei"  # theirs kept
        assert _shown(window)[0][0] == "Write the runbook with Wei"


def test_a_meeting_date_changed_by_someone_else_is_asked_about(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    _seed(data_dir)
    asked = _answer_conflicts(monkeypatch, keep_mine=True)
    with main_window(qtbot, data_dir) as window:
        _start(qtbot, window, monkeypatch, date(2026, 3, 2))
        other = Repository(Database.in_directory(data_dir))
        (meeting,) = other.meetings(other.people()[0].id)
        other.update_meeting(meeting.id, held_on=date(2026, 3, 9), notes="Wei's notes")
        other.database.close()
        window.meetings._save_date(date(2026, 3, 16))
        assert asked == [(format_date(date(2026, 3, 9)), format_date(date(2026, 3, 16)))]
        # Mine kept for the date; their notes stay.
        assert query(data_dir, "SELECT held_on, notes FROM meetings") == [
            ("2026-03-16", "Wei's notes")
        ]
