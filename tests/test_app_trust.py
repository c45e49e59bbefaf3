"""What a new user trips on in the first minutes, in a real window on a real SQLite file:
reversible completion, one notion of role, import into the right person, every problem of a
bad file, manager ratings that belong to someone, and edits that survive a failed save."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from app.main_window import ASSESS_TAB, HISTORY_TAB, MainWindow
from app.views.gap_page import MANAGER_COLUMN as GAPS_MANAGER_COLUMN
from app.views.import_person_dialog import ImportPersonDialog
from app.views.profile_dialog import ProfileDialog
from app.views.role_picker import ROLE_ID
from core.exchange import ExchangeError, exchange_bytes, parse_exchange
from core.framework_files import load_builtin_framework
from db.backup import list_backups
from db.database import Database
from db.errors import StorageError
from db.exchange_export import exchange_file_bytes
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import click_role, main_window, query
from tests.cli_runner import run_cli

pytestmark = pytest.mark.usefixtures("qt_settings")
FRAMEWORK = load_builtin_framework()


def _answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _new_person(qtbot, window: MainWindow, monkeypatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (name, True))
    window.menu_actions.new_person.trigger()


def _rate_first_skills(qtbot, window: MainWindow, keys: list[Qt.Key]) -> None:
    window.tabs.setCurrentIndex(ASSESS_TAB)
    page = window.assess_page
    page.select_row(0)
    page.table.setFocus()
    for key in keys:
        qtbot.keyClick(page.table, key)
        qtbot.keyClick(page.table, Qt.Key.Key_Down)


def _status(data_dir: Path) -> list[tuple]:
    return query(data_dir, "SELECT status, completed_at IS NOT NULL FROM assessments ORDER BY id")


# --- 1. mistakes can be fixed ---------------------------------------------------------------------


def test_completion_is_confirmed_with_the_unrated_count_and_undone_by_ctrl_z(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Dana Lee")
        click_role(qtbot, window, "ml-engineer")
        _rate_first_skills(qtbot, window, [Qt.Key.Key_2])
        total = len(FRAMEWORK.role("ml-engineer").skill_ids)

        asked = _answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
        window.menu_actions.complete.trigger()
        assert f"{total - 1} of the role's skills are not rated yet" in asked[0]
        assert _status(data_dir) == [("draft", 0)]  # cancelled: still a draft

        _answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        window.menu_actions.complete.trigger()
        assert _status(data_dir) == [("completed", 1)]
        assert window.controller.read_only

        window.menu_actions.undo.trigger()  # Ctrl+Z right after completing reopens it
        assert _status(data_dir) == [("draft", 0)]
        assert not window.controller.read_only
        assert window.assess_page.complete_button.isEnabled()
        # An undone completion is not a "reopening" to record; the rating is still there.
        assert query(data_dir, "SELECT reopen_count FROM assessments") == [(0,)]
        assert query(data_dir, "SELECT level_id FROM ratings WHERE is_rated = 1") == [("middle",)]

        window.menu_actions.redo.trigger()
        assert _status(data_dir) == [("completed", 1)]


def test_history_reopens_deletes_and_discards_with_a_backup_first(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    repository = Repository(Database.in_directory(data_dir))
    person = create_sample_data(repository, FRAMEWORK)
    repository.database.close()
    ids = [row[0] for row in query(data_dir, "SELECT id FROM assessments ORDER BY id")]
    draft_id = query(data_dir, "SELECT id FROM assessments WHERE status = 'draft'")[0][0]

    with main_window(qtbot, data_dir) as window:
        window.controller.select_person(person.id)
        window.tabs.setCurrentIndex(HISTORY_TAB)
        page = window.history_page
        table = page.assessments

        def select(assessment_id: int) -> None:
            row = next(
                r for r in range(table.rowCount())
                if table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) == assessment_id
            )  # fmt: skip
            table.clearSelection()
            table.selectRow(row)

        # A completed one cannot be reopened while the role has a draft: said, nothing changed.
        completed_id = ids[0]
        select(completed_id)
        assert page.reopen_button.isEnabled()
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
        assert warnings and "already a draft" in warnings[0]

        # Discard the draft: asked, backed up, then gone.
        select(draft_id)
        assert page.delete_button.text() == "&Discard draft…"
        _answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not query(data_dir, f"SELECT id FROM assessments WHERE id = {draft_id}"), timeout=20_000)  # fmt: skip
        box = window.history.runner.result_box
        qtbot.waitUntil(lambda: box is None or box.isVisible())
        backups = list_backups(data_dir / "backups")
        assert [b.reason for b in backups] == ["delete"]
        backed_up = Repository(Database.open(backups[0].path))
        assert any(a.id == draft_id for a in backed_up.assessments(person.id))
        backed_up.database.close()

        # Now the completed one reopens: a draft again, the reopening recorded, shown to edit.
        window.tabs.setCurrentIndex(HISTORY_TAB)
        select(completed_id)
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
        row = query(data_dir, f"SELECT status, reopen_count, reopened_at IS NOT NULL, "
                    f"snapshot_id FROM assessments WHERE id = {completed_id}")  # fmt: skip
        assert row == [("draft", 1, 1, None)]
        assert window.tabs.currentIndex() == ASSESS_TAB
        assert window.controller.assessment.id == completed_id
        assert not window.controller.read_only

        # A completed assessment can be deleted too (confirmed, backed up).
        window.tabs.setCurrentIndex(HISTORY_TAB)
        select(ids[1])
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not query(data_dir, f"SELECT id FROM assessments WHERE id = {ids[1]}"), timeout=20_000)  # fmt: skip
        assert len(list_backups(data_dir / "backups")) == 2


# --- one notion of the role ---------------------------------------------------------------------


def test_a_new_person_can_pick_the_role_the_previous_person_had(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Person A")
        click_role(qtbot, window, "mlops-engineer")
        assert window.controller.role_id == "mlops-engineer"
        _new_person(qtbot, window, monkeypatch, "Person B")
        assert window.controller.role_id is None
        click_role(qtbot, window, "mlops-engineer")
        assert window.controller.role_id == "mlops-engineer"
        assert "MLOps" in window.role_picker.details.toPlainText()
        assert window.assess_page.model.rowCount() == len(
            FRAMEWORK.role("mlops-engineer").skill_ids
        )
        assert query(data_dir, "SELECT name, role_id FROM people ORDER BY name") == [
            ("Person A", "mlops-engineer"), ("Person B", "mlops-engineer"),
        ]  # fmt: skip


def test_assess_names_the_role_and_a_change_of_role_offers_the_shared_ratings(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Dana Lee")
        click_role(qtbot, window, "ml-engineer")
        window.tabs.setCurrentIndex(ASSESS_TAB)
        header = window.assess_page.header.text()
        assert "Dana Lee" in header and "Machine Learning Engineer" in header
        assert "target Senior" in header

        ml_skills = FRAMEWORK.role("ml-engineer").skill_ids
        mlops_skills = FRAMEWORK.role("mlops-engineer").skill_ids
        shared = [s for s in ml_skills if s in mlops_skills]
        assert shared, "the two roles share skills"
        controller = window.controller
        for skill in ml_skills:
            controller.rate(skill, 1)
        controller.edit_note(shared[0], "kept across roles")

        asked: list[str] = []

        def answer(box: QMessageBox) -> int:
            asked.append(box.text())
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "exec", answer)
        click_role(qtbot, window, "mlops-engineer")
        assert len(asked) == 1 and f"shares {len(shared)} skill" in asked[0]
        assert controller.role_id == "mlops-engineer"
        assert "MLOps Engineer" in window.assess_page.header.text()
        rows = query(
            data_dir,
            "SELECT r.skill_id, r.level_id, r.note FROM ratings r JOIN assessments a "
            "ON a.id = r.assessment_id WHERE a.role_id = 'mlops-engineer' ORDER BY r.skill_id",
        )
        assert sorted(r[0] for r in rows) == sorted(shared)
        assert all(r[1] == "middle" for r in rows)
        assert ("kept across roles",) in [(r[2],) for r in rows]
        # The Machine Learning Engineer draft is still there, in its own history.
        assert query(data_dir, "SELECT count(*) FROM assessments WHERE role_id = 'ml-engineer'") == [(1,)]  # fmt: skip


def test_the_profile_and_the_role_tab_hold_the_same_role_and_target(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Sam")
        click_role(qtbot, window, "data-scientist")
        picker = window.role_picker
        picker.target.setCurrentIndex(picker.target.findData("lead"))
        picker.target.activated.emit(picker.target.currentIndex())
        assert query(data_dir, "SELECT role_id, target_level FROM people") == [
            ("data-scientist", "lead")
        ]
        seen: dict[str, object] = {}

        def fill(dialog: ProfileDialog) -> int:
            seen["role"] = dialog.role.currentData()
            seen["target"] = dialog.target.currentData()
            dialog.role.setCurrentIndex(dialog.role.findData("mlops-engineer"))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ProfileDialog, "exec", fill)
        window.menu_actions.edit_profile.trigger()
        assert seen == {"role": "data-scientist", "target": "lead"}
        assert window.controller.role_id == "mlops-engineer"
        assert picker.list.currentIndex().data(ROLE_ID) == "mlops-engineer"
        assert picker.target.currentData() == "lead"
        # A new assessment starts from the profile's role and target.
        window.controller.rate(FRAMEWORK.role("mlops-engineer").skill_ids[0], 0)
        assert query(data_dir, "SELECT role_id, target_level FROM assessments") == [
            ("mlops-engineer", "lead")
        ]


def test_complete_is_available_from_the_menu_exactly_when_the_button_is(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Ivy")
        click_role(qtbot, window, "ml-engineer")
        window.tabs.setCurrentIndex(ASSESS_TAB)
        action, button = window.menu_actions.complete, window.assess_page.complete_button
        assert (action.isEnabled(), button.isEnabled()) == (False, False)
        _rate_first_skills(qtbot, window, [Qt.Key.Key_1])  # the first rating opens the draft
        assert (action.isEnabled(), button.isEnabled()) == (True, True)
        _answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the button triggers the action
        assert _status(data_dir) == [("completed", 1)]
        assert not action.isEnabled() and not button.isVisible()
        assert window.menu_actions.new_assessment.isEnabled()


# --- managers ---------------------------------------------------------------------------------------


def _manager_file(tmp_path: Path) -> tuple[Path, str]:
    """A file from Mira's manager: her assessment with the manager's ratings."""
    managers = Repository(Database.in_directory(tmp_path / "manager"))
    person = managers.add_person("Mira Chen")
    draft = managers.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
    managers.set_rating(draft.id, "ml-pipelines", "middle", rated=True)
    managers.complete(draft.id, FRAMEWORK)
    managers.set_manager_rating(draft.id, "ml-pipelines", "senior", rated=True)
    raw = exchange_file_bytes(
        managers, FRAMEWORK, draft.id, exported_by="manager", now=datetime.now(UTC)
    )
    managers.database.close()
    path = tmp_path / "from-manager.skill-ladder.json"
    path.write_bytes(raw)
    return path, person.uid


def _import_in_window(qtbot, window: MainWindow, monkeypatch, path: Path) -> str:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.menu_actions.import_exchange.trigger()
    runner = window.exchange.runner
    qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                    timeout=20_000)  # fmt: skip
    box, runner.result_box = runner.result_box, None
    box.close()
    assert box.icon() == QMessageBox.Icon.Information, box.text()
    return box.text()


def test_import_asks_whose_assessment_it_is_then_finds_them_by_identity(
    qtbot, tmp_path: Path, data_dir: Path, monkeypatch
) -> None:
    path, file_uid = _manager_file(tmp_path)
    seeded = Repository(Database.in_directory(data_dir))
    seeded.add_person("Mira Chen-Smith")  # how she is called here: close, not equal
    seeded.add_person("Jonas Berg")
    seeded.database.close()
    offered: list[list[str]] = []

    def choose_first(dialog: ImportPersonDialog) -> int:
        offered.append([b.accessibleName() for b in dialog.choices.buttons()][:-1])
        dialog.choices.buttons()[0].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPersonDialog, "exec", choose_first)
    with main_window(qtbot, data_dir) as window:
        _import_in_window(qtbot, window, monkeypatch, path)
        assert offered == [["Mira Chen-Smith"]]  # the closest name; Jonas is not offered
        assert query(data_dir, "SELECT name FROM people ORDER BY name") == [
            ("Jonas Berg",),
            ("Mira Chen-Smith",),
        ]  # fmt: skip — no duplicate person was created
        assert query(data_dir, "SELECT uid FROM people WHERE name = 'Mira Chen-Smith'") == [
            (file_uid,)
        ]
        # Imported again: her identity is known now, nobody is asked, nothing is duplicated.
        _import_in_window(qtbot, window, monkeypatch, path)
        assert len(offered) == 1
        assert query(data_dir, "SELECT count(*) FROM assessments") == [(1,)]


def test_manager_ratings_belong_to_someone(
    qtbot, tmp_path: Path, data_dir: Path, monkeypatch
) -> None:
    path, _uid = _manager_file(tmp_path)
    repository = Repository(Database.in_directory(data_dir))
    mira = repository.add_person("Mira Chen")
    repository.set_owner(mira.id)  # this is Mira's own data folder
    report = repository.add_person("Noor")
    draft = repository.start_assessment(report.id, FRAMEWORK, "mlops-engineer", "senior")
    repository.set_rating(draft.id, "ml-pipelines", "junior", rated=True)
    repository.database.close()
    monkeypatch.setattr(
        ImportPersonDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )  # the exact name is preselected

    with main_window(qtbot, data_dir) as window:
        _import_in_window(qtbot, window, monkeypatch, path)
        controller = window.controller
        assert controller.person.name == "Mira Chen" and controller.person.is_owner
        assert query(data_dir, "SELECT skill_id, level_id, source FROM manager_ratings") == [
            ("ml-pipelines", "senior", "imported")
        ]
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        page.select_row(page.model.row_of("ml-pipelines"))
        combo = page.ladder.manager_level
        assert not combo.isEnabled() and "received in their file" in combo.toolTip()
        controller.rate_as_manager("ml-pipelines", 4)  # refused: nothing changes
        assert query(data_dir, "SELECT level_id FROM manager_ratings") == [("senior",)]
        with pytest.raises(StorageError, match="read-only"):
            controller.context.repository.set_manager_rating(
                controller.assessment.id, "ml-pipelines", "lead", rated=True
            )
        page.select_row(page.model.row_of("model-serving"))
        assert not combo.isEnabled()  # the owner's own assessment: their manager rates it
        # The manager's view shows as a third series and a column on Gaps.
        assert window.gap_page.radar.has_manager_series
        assert not window.gap_page.table.isColumnHidden(GAPS_MANAGER_COLUMN)

        # For a person the owner leads, the owner gives manager ratings.
        controller.select_person(report.id)
        page.select_row(page.model.row_of("ml-pipelines"))
        assert combo.isEnabled()
        controller.rate_as_manager("ml-pipelines", 1)
        assert query(
            data_dir,
            "SELECT level_id, source FROM manager_ratings WHERE assessment_id = ?",
            draft.id,
        ) == [("middle", "self")]
        assert (
            window.person_bar.combo.itemText(window.person_bar.combo.findData(mira.id))
            == "Mira Chen (you)"
        )


# --- every problem of a bad file ----------------------------------------------------------------


def _bad_exchange() -> bytes:
    document = json.loads(
        exchange_bytes(
            {
                "format": "skill-ladder-assessment",
                "schema_version": 1,
                "exported_by": "self",
                "exported_at": "2026-12-01T10:00:00+00:00",
                "framework": {"id": FRAMEWORK.id, "version": FRAMEWORK.version},
                "person": {"name": "  "},
                "assessment": {
                    "uid": "a" * 32,
                    "role": "astronaut",
                    "target_level": "grandmaster",
                    "status": "draft",
                    "started_at": "2026-12-01T10:00:00+00:00",
                    "completed_at": None,
                    "ratings": [],
                },
                "goals": [],
            }
        )
    )
    return exchange_bytes(document)


def test_a_bad_exchange_file_gets_every_problem_at_once(tmp_path: Path, data_dir: Path) -> None:
    raw = _bad_exchange()
    with pytest.raises(ExchangeError) as refused:
        parse_exchange(raw, "bad.json", FRAMEWORK)
    messages = [str(p) for p in refused.value.problems]
    assert len(messages) == 3, messages
    assert any("person.name" in m and "must not be empty" in m for m in messages)
    assert any("astronaut" in m and ":" in m.split("astronaut")[0] for m in messages)
    assert any("grandmaster" in m for m in messages)
    assert all("bad.json:" in m for m in messages)  # file and line named

    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    result = run_cli("import-assessment", str(path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for fragment in ("must not be empty", "astronaut", "grandmaster"):
        assert fragment in result.stderr


# --- History ---------------------------------------------------------------------------------------


def test_history_opens_on_assess_and_tells_same_day_assessments_apart(
    qtbot, data_dir: Path
) -> None:
    repository = Repository(Database.in_directory(data_dir))
    person = repository.add_person("Lee")
    morning = datetime(2026, 12, 2, 9, 5, tzinfo=UTC)
    for offset in (timedelta(0), timedelta(hours=3)):
        draft = repository.start_assessment(
            person.id, FRAMEWORK, "ml-engineer", "senior", started_at=morning + offset
        )
        repository.complete(draft.id, FRAMEWORK, completed_at=morning + offset)
    repository.database.close()
    with main_window(qtbot, data_dir) as window:
        window.controller.select_person(person.id)
        window.tabs.setCurrentIndex(HISTORY_TAB)
        table = window.history_page.assessments
        labels = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert len(set(labels)) == 2, labels  # the time tells them apart
        local = [(morning + o).astimezone() for o in (timedelta(hours=3), timedelta(0))]
        assert [f"{t.hour}:{t.minute:02d}" in label for t, label in zip(local, labels, strict=True)] == [True, True]  # fmt: skip
        window.history_page.assessments.selectRow(1)
        window.history.compare(*[a.id for a in window.controller.history])
        title = window.history_page.comparison_title.text()
        assert labels[1] in title and labels[0] in title
        window.history_page.assessments.clearSelection()
        window.history_page.assessments.selectRow(1)
        qtbot.mouseClick(window.history_page.open_button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentIndex() == ASSESS_TAB
        assert window.controller.assessment.id == window.controller.history[0].id


def test_the_export_message_names_what_was_saved(
    qtbot, data_dir: Path, monkeypatch, tmp_path
) -> None:
    repository = Repository(Database.in_directory(data_dir))
    person = create_sample_data(repository, FRAMEWORK)
    repository.database.close()
    target = tmp_path / "out.skill-ladder.json"
    from app.controllers.exchange_presenter import MANAGER_FILTER

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), MANAGER_FILTER)
    )
    with main_window(qtbot, data_dir) as window:
        window.controller.select_person(person.id)
        window.menu_actions.export_exchange.trigger()
        runner = window.exchange.runner
        qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(), timeout=20_000)  # fmt: skip
        text = runner.result_box.text()
        runner.result_box.close()
    assert text.startswith("Saved the assessment with your manager ratings as")


# --- failed saves (issue 12, defect 1) ---------------------------------------------------------------


def test_a_failed_save_keeps_the_text_says_so_once_and_saves_when_it_can(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Ana")
        click_role(qtbot, window, "ml-engineer")
        _rate_first_skills(qtbot, window, [Qt.Key.Key_2])
        controller = window.controller
        stack = controller.undo_stack
        steps = stack.count()
        writer = controller.context.repository._writer
        real_set_note = writer.set_note
        failing = {"on": True}

        def set_note(*args, **kwargs):
            if failing["on"]:
                raise StorageError("database is locked")
            return real_set_note(*args, **kwargs)

        monkeypatch.setattr(writer, "set_note", set_note)
        boxes: list[str] = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
        page = window.assess_page
        page.select_row(0)
        page.ladder.note.setFocus()
        qtbot.keyClicks(page.ladder.note, "typed while the file is locked")
        # Many keystrokes, one message; the stack holds no failed step; the text stays.
        assert len(boxes) == 1 and "database is locked" in boxes[0]
        assert page.save_status.isVisible()
        assert stack.count() == steps
        assert page.ladder.note.toPlainText() == "typed while the file is locked"
        for _ in range(20):  # more edits and undo/redo with the save still failing: no crash
            qtbot.keyClick(page.ladder.note, Qt.Key.Key_Backspace)
        stack.undo()
        stack.redo()
        assert query(data_dir, "SELECT note FROM ratings") == [("",)]

        failing["on"] = False  # the cause goes away: the retry saves the latest text
        qtbot.waitUntil(lambda: not controller.has_unsaved_edits, timeout=10_000)
        assert query(data_dir, "SELECT note FROM ratings") == [("typed whil",)]
        assert not page.save_status.isVisible()
        assert stack.count() == steps + 1
        stack.undo()  # the saved edit is an ordinary undo step
        assert query(data_dir, "SELECT note FROM ratings") == [("",)]


def test_each_data_folder_remembers_its_own_tab_and_person(qtbot, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        repository = Repository(Database.in_directory(folder))
        create_sample_data(repository, FRAMEWORK)
        repository.database.close()
    with main_window(qtbot, first) as window:
        window.tabs.setCurrentIndex(HISTORY_TAB)
    with main_window(qtbot, second) as window:
        assert window.tabs.currentIndex() == ASSESS_TAB  # not the first folder's History
        assert window.controller.person is not None
    with main_window(qtbot, first) as window:
        assert window.tabs.currentIndex() == HISTORY_TAB


def test_closing_with_unsaved_edits_asks_first(qtbot, data_dir: Path, monkeypatch) -> None:
    with main_window(qtbot, data_dir) as window:
        _new_person(qtbot, window, monkeypatch, "Bo")
        click_role(qtbot, window, "ml-engineer")
        _rate_first_skills(qtbot, window, [Qt.Key.Key_1])
        writer = window.controller.context.repository._writer
        monkeypatch.setattr(
            writer, "set_note", lambda *a, **k: (_ for _ in ()).throw(StorageError("disk full"))
        )
        monkeypatch.setattr(QMessageBox, "open", lambda box: None)
        window.controller.edit_note(FRAMEWORK.role("ml-engineer").skill_ids[0], "unsaved")
        asked: list[str] = []

        def keep_open(_parent, _title, text, *_args):
            asked.append(text)
            return QMessageBox.StandardButton.Cancel

        monkeypatch.setattr(QMessageBox, "warning", keep_open)
        assert not window.close()  # refused: the user chose to stay
        assert window.isVisible() and "disk full" in asked[0]
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
        assert window.close()
