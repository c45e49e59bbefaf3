"""Another client (a second Repository on the same file) changes what the window shows; the
window's next edit of it asks "theirs or mine?" and stores what the user chose. Undo too."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from app.main_window import ASSESS_TAB, MainWindow
from app.views.conflict_dialog import ConflictDialog
from db.database import Database
from db.repository import Repository
from tests.app_harness import click_role, main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")
ROLE = "mlops-engineer"


@contextmanager
def other_client(data_dir: Path) -> Iterator[Repository]:
    """A second client of the same data: its own connections, as another app would have."""
    repository = Repository(Database.in_directory(data_dir))
    try:
        yield repository
    finally:
        repository.database.close()


@contextmanager
def answering(keep_mine: bool) -> Iterator[list[dict[str, str]]]:
    """Answer the conflict dialog(s) shown inside the block, recording what they showed."""
    shown: list[dict[str, str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            return
        shown.append(
            {
                "theirs": dialog.theirs.toPlainText(),
                "mine": dialog.mine.toPlainText(),
                "text": " ".join(label.text() for label in dialog.findChildren(QLabel)),
            }
        )
        (dialog.keep_mine if keep_mine else dialog.keep_theirs).click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield shown
    finally:
        timer.stop()


def _start(qtbot, window: MainWindow, monkeypatch) -> tuple[int, str]:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ana", True))
    qtbot.mouseClick(window.empty_state.create_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, window, ROLE)
    window.tabs.setCurrentIndex(ASSESS_TAB)
    table = window.assess_page.table
    table.setFocus()
    skill = window.assess_page.model.skill_id_at(0)
    qtbot.keyClick(table, Qt.Key.Key_3)  # Senior: the draft and the rating row exist now
    assert window.controller.assessment is not None
    return window.controller.assessment.id, skill


def _stored(data_dir: Path, skill: str) -> tuple:
    return query(
        data_dir, "SELECT level_id, is_rated, note FROM ratings WHERE skill_id = ?", skill
    )[0]


def test_a_rating_changed_elsewhere_asks_and_keeps_what_the_user_chose(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window, other_client(data_dir) as other:
        draft_id, skill = _start(qtbot, window, monkeypatch)
        table = window.assess_page.table
        other.set_rating(draft_id, skill, "junior", True)
        with answering(keep_mine=True) as shown:
            qtbot.keyClick(table, Qt.Key.Key_4)  # Lead, over a Junior the window never saw
        assert len(shown) == 1
        assert (shown[0]["theirs"], shown[0]["mine"]) == ("Junior", "Lead")
        assert "Someone else changed this while you were editing" in shown[0]["text"]
        assert _stored(data_dir, skill)[:2] == ("lead", 1)
        assert window.assess_page.model.index(0, 1).data() == "Lead"

        other.set_rating(draft_id, skill, "middle", True)
        steps = window.undo_stack.count()
        with answering(keep_mine=False) as shown:
            qtbot.keyClick(table, Qt.Key.Key_1)  # Junior, over their Middle
        assert [(s["theirs"], s["mine"]) for s in shown] == [("Middle", "Junior")]
        assert _stored(data_dir, skill)[:2] == ("middle", 1)
        assert window.assess_page.model.index(0, 1).data() == "Middle"  # the view reloaded
        assert window.undo_stack.count() == steps  # the withdrawn edit is no undo step


def test_a_change_of_another_field_of_the_skill_is_no_question(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    """They wrote the note; the user's rating of the same skill does not touch it."""
    with main_window(qtbot, data_dir) as window, other_client(data_dir) as other:
        draft_id, skill = _start(qtbot, window, monkeypatch)
        other.set_note(draft_id, skill, "their evidence")
        asked: list[object] = []
        window.controller.conflict_chooser = lambda conflict: asked.append(conflict) or True
        qtbot.keyClick(window.assess_page.table, Qt.Key.Key_1)
        assert asked == []
        assert _stored(data_dir, skill) == ("junior", 1, "their evidence")


def test_typing_a_note_is_not_disturbed_and_a_note_changed_elsewhere_asks(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window, other_client(data_dir) as other:
        draft_id, skill = _start(qtbot, window, monkeypatch)
        note = window.assess_page.ladder.note
        note.setFocus()
        asked: list[object] = []
        ask = window.controller.conflict_chooser
        window.controller.conflict_chooser = lambda conflict: asked.append(conflict) or True
        qtbot.keyClicks(note, "Shipped the feature store")  # each keystroke saved
        assert asked == []  # its own saves never conflict with each other
        assert _stored(data_dir, skill)[2] == "Shipped the feature store"
        window.controller.conflict_chooser = ask

        other.set_note(draft_id, skill, "Their note")
        with answering(keep_mine=False) as shown:
            qtbot.keyClicks(note, "!")
        assert [(s["theirs"], s["mine"]) for s in shown] == [
            ("Their note", "Shipped the feature store!")
        ]
        assert _stored(data_dir, skill)[2] == "Their note"
        assert note.toPlainText() == "Their note"  # the editor shows what was kept

        note.moveCursor(note.textCursor().MoveOperation.End)
        other.set_note(draft_id, skill, "Their note, edited")
        with answering(keep_mine=True) as shown:
            qtbot.keyClicks(note, ".")
        assert [(s["theirs"], s["mine"]) for s in shown] == [("Their note, edited", "Their note.")]
        assert _stored(data_dir, skill)[2] == "Their note."
        qtbot.keyClicks(note, " More")  # typing on: against its own new version, no question
        assert _stored(data_dir, skill)[2] == "Their note. More"


def test_undo_after_someone_else_changed_the_rating(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window, other_client(data_dir) as other:
        draft_id, skill = _start(qtbot, window, monkeypatch)
        table = window.assess_page.table
        qtbot.keyClick(table, Qt.Key.Key_4)  # Senior, then Lead: two undo steps
        assert window.undo_stack.count() == 2
        other.set_rating(draft_id, skill, "junior", True)

        with answering(keep_mine=False) as shown:
            window.menu_actions.undo.trigger()  # would put Senior back over their Junior
        assert [(s["theirs"], s["mine"]) for s in shown] == [("Junior", "Senior")]
        assert _stored(data_dir, skill)[:2] == ("junior", 1)
        assert window.assess_page.model.index(0, 1).data() == "Junior"
        assert window.undo_stack.count() == 1  # that step was dropped, cleanly
        assert window.undo_stack.index() == 1

        other.set_rating(draft_id, skill, "middle", True)
        with answering(keep_mine=True) as shown:
            window.menu_actions.undo.trigger()  # the first step: back to "not rated"
        assert [(s["theirs"], s["mine"]) for s in shown] == [("Middle", "Not rated")]
        assert _stored(data_dir, skill)[:2] == (None, 0)
        assert window.undo_stack.index() == 0
        window.menu_actions.redo.trigger()  # against its own write: no question
        assert _stored(data_dir, skill)[:2] == ("senior", 1)


def test_a_goal_changed_elsewhere_asks_before_it_is_marked_done(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window, other_client(data_dir) as other:
        _draft_id, skill = _start(qtbot, window, monkeypatch)
        person = window.controller.person
        assert person is not None
        goal = other.add_goal(person.id, skill, "Ship a pipeline")
        window.goals.reload()
        shown_goal = window.goals._find(goal.id)
        assert shown_goal is not None
        other.update_goal(goal.id, action="Ship two pipelines", due=None,
                          status=goal.status, level_id=None)  # fmt: skip
        with answering(keep_mine=False) as shown:
            window.goals.mark_done(goal.id)
        assert len(shown) == 1
        assert shown[0]["theirs"].startswith("Ship two pipelines")
        assert "Done" in shown[0]["mine"]
        stored = query(data_dir, "SELECT action, status FROM goals WHERE id = ?", goal.id)
        assert stored == [("Ship two pipelines", "planned")]

        other.update_goal(goal.id, action="Ship three pipelines", due=None,
                          status=goal.status, level_id=None)  # fmt: skip
        with answering(keep_mine=True) as shown:
            window.goals.mark_done(goal.id)
        assert len(shown) == 1
        stored = query(data_dir, "SELECT action, status FROM goals WHERE id = ?", goal.id)
        assert stored == [("Ship two pipelines", "done")]  # mine: what the window showed, done


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_profile_changed_by_someone_else_meanwhile_is_asked_about(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, keep_mine: bool
) -> None:
    from app.views.profile_dialog import ProfileDialog

    database = Database.in_directory(data_dir)
    Repository(database).add_person("Amara Okafor")
    database.close()
    asked: list[tuple[str, str]] = []

    def ask(conflict, _parent=None) -> bool:
        asked.append((conflict.theirs, conflict.mine))
        return keep_mine

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, c, p=None: ask(c, p)))
    with main_window(qtbot, data_dir) as window:

        def fill(dialog: ProfileDialog) -> int:
            dialog.notes.setPlainText("Mine: wants to lead the platform")
            with other_client(data_dir) as other:  # meanwhile, on another computer
                person = other.people()[0]
                other.update_profile(person.id, name=person.name, notes="Theirs: on leave")
            return ProfileDialog.DialogCode.Accepted

        monkeypatch.setattr(ProfileDialog, "exec", fill)
        window.menu_actions.edit_profile.trigger()
        expected = "Mine: wants to lead the platform" if keep_mine else "Theirs: on leave"
        assert query(data_dir, "SELECT notes FROM people") == [(expected,)]
        assert asked and "Theirs: on leave" in asked[0][0]
        assert "Mine: wants to lead the platform" in asked[0][1]
        assert window.controller.person.notes == expected
