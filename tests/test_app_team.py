"""A manager's work in the real window: two people, exchange files between two data folders,
manager ratings and disagreement flags, the team overview, one-on-ones and their agenda."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.controllers.exchange_presenter import MANAGER_FILTER, SELF_FILTER
from app.controllers.export_presenter import A4_FILTER
from app.main_window import ASSESS_TAB, MEETINGS_TAB, TEAM_TAB, MainWindow
from app.models.skill_table_model import MANAGER_COLUMN
from app.views.import_person_dialog import ImportPersonDialog
from app.views.profile_dialog import ProfileDialog
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")
FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"


def _seed_person(data_dir: Path, name: str, levels: dict[str, str | None]) -> None:
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person(name)
    draft = repository.start_assessment(person.id, FRAMEWORK, ROLE, "senior")
    for skill, level in levels.items():
        repository.set_rating(draft.id, skill, level, rated=True)
    repository.set_note(draft.id, "ml-pipelines", "Evidence: nightly DAG <b>&</b> 一周")
    repository.complete(draft.id, FRAMEWORK)
    database.close()


def _wait_result(qtbot, runner) -> QMessageBox:
    qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                    timeout=20_000)  # fmt: skip
    box = runner.result_box
    runner.result_box = None
    box.close()
    return box


def _save_as(monkeypatch, path: Path, chosen_filter: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen_filter))


def _select_skill(window: MainWindow, skill_id: str) -> None:
    window.tabs.setCurrentIndex(ASSESS_TAB)
    page = window.assess_page
    page.select_row(page.model.row_of(skill_id))


def test_exchange_round_trip_with_manager_ratings(qtbot, tmp_path: Path, monkeypatch) -> None:
    mine, managers = tmp_path / "mine", tmp_path / "manager"
    _seed_person(mine, "Mira Chen", {"ml-pipelines": "middle", "ml-cicd": "lead",
                                     "model-serving": None})  # fmt: skip
    exchange = tmp_path / "mira.skill-ladder.json"
    with main_window(qtbot, mine) as window:
        _save_as(monkeypatch, exchange, SELF_FILTER)
        window.menu_actions.export_exchange.trigger()
        box = _wait_result(qtbot, window.exchange.runner)
        assert box.icon() == QMessageBox.Icon.Information, box.text()
    assert exchange.exists()

    _seed_person(managers, "Jonas Berg", {"ml-pipelines": "senior"})
    asked: list[str] = []

    def new_person(dialog: ImportPersonDialog) -> int:
        asked.append(dialog.new_person_name())  # Mira is not known here: a new person
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPersonDialog, "exec", new_person)
    with main_window(qtbot, managers) as window:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exchange), ""))
        window.menu_actions.import_exchange.trigger()
        box = _wait_result(qtbot, window.exchange.runner)
        assert "Imported the assessment into Mira Chen's profile" in box.text()
        assert window.controller.person.name == "Mira Chen"
        assert "Imported from an exchange file." in window.assess_page.banner.text()
        assert [p.name for p in window.controller.people] == ["Jonas Berg", "Mira Chen"]

        # Importing the same file again changes nothing.
        window.menu_actions.import_exchange.trigger()
        assert "nothing was duplicated" in _wait_result(qtbot, window.exchange.runner).text()
        assert query(managers, "SELECT count(*) FROM assessments") == [(2,)]

        # The manager rates two skills by the combo next to the self rating.
        for skill, level in (("ml-cicd", "Middle"), ("ml-pipelines", "Middle")):
            _select_skill(window, skill)
            combo = window.assess_page.ladder.manager_level
            combo.setCurrentIndex(combo.findText(level))
            combo.activated.emit(combo.currentIndex())
        rows = query(managers, "SELECT skill_id, level_id FROM manager_ratings ORDER BY skill_id")
        assert rows == [("ml-cicd", "middle"), ("ml-pipelines", "middle")]
        model = window.assess_page.model
        flagged = model.index(model.row_of("ml-cicd"), MANAGER_COLUMN).data()
        agreed = model.index(model.row_of("ml-pipelines"), MANAGER_COLUMN).data()
        assert flagged == "Middle ⚠" and agreed == "Middle"  # lead vs middle: two apart

        back = tmp_path / "mira-from-manager.skill-ladder.json"
        _save_as(monkeypatch, back, MANAGER_FILTER)
        window.menu_actions.export_exchange.trigger()
        _wait_result(qtbot, window.exchange.runner)

    with main_window(qtbot, mine) as window:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
        window.menu_actions.import_exchange.trigger()
        box = _wait_result(qtbot, window.exchange.runner)
        assert "2 manager ratings" in box.text()
        assert query(mine, "SELECT skill_id, level_id FROM manager_ratings ORDER BY skill_id") == [
            ("ml-cicd", "middle"), ("ml-pipelines", "middle"),
        ]  # fmt: skip
        assert query(mine, "SELECT count(*) FROM assessments") == [(1,)]
    assert asked == ["Mira Chen"]  # asked once; the file sent back found her by identity


def test_bad_exchange_file_is_refused_in_the_window(qtbot, data_dir: Path, tmp_path: Path,
                                                    monkeypatch) -> None:  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "skill-ladder-assessment", "schema_version": 3}', encoding="utf-8")
    _seed_person(data_dir, "Jonas Berg", {})
    with main_window(qtbot, data_dir) as window:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        window.menu_actions.import_exchange.trigger()
        box = _wait_result(qtbot, window.exchange.runner)
        assert box.icon() == QMessageBox.Icon.Warning
        assert "Nothing was imported from bad.json" in box.text()
        assert "unknown schema version 3" in box.text()
    assert query(data_dir, "SELECT count(*) FROM assessments") == [(1,)]


def test_team_overview_profiles_and_archive(qtbot, data_dir: Path, monkeypatch) -> None:
    _seed_person(data_dir, "Amara Okafor", {"ml-pipelines": "lead", "ml-cicd": "junior"})
    _seed_person(data_dir, "Priya Natarajan", {"ml-pipelines": "junior", "ml-cicd": "junior"})
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(TEAM_TAB)
        page = window.team_page
        page.role.setCurrentIndex(page.role.findData(ROLE))
        page.role.activated.emit(page.role.currentIndex())
        model = page.model
        column = 1 + FRAMEWORK.role(ROLE).skill_ids.index("ml-pipelines")
        cells = {
            model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())
        }
        assert cells == {"Meet their target": "1 of 2",
                         "Amara Okafor": "Lead ✓", "Priya Natarajan": "Junior ↓"}  # fmt: skip
        cicd = 1 + FRAMEWORK.role(ROLE).skill_ids.index("ml-cicd")
        assert model.index(0, cicd).data() == "0 of 2 · thin"
        assert "CI/CD for Machine Learning" in page.summary.text()

        # Sorting by a skill orders people by level; the summary row stays on top.
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        shown = page.table.model()
        order = [shown.index(r, 0).data() for r in range(shown.rowCount())]
        assert order == ["Meet their target", "Amara Okafor", "Priya Natarajan"]
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        order = [shown.index(r, 0).data() for r in range(shown.rowCount())]
        assert order == ["Meet their target", "Priya Natarajan", "Amara Okafor"]

        # A profile target changes the judgement; archiving hides the person.
        priya = next(p for p in window.controller.people if p.name == "Priya Natarajan")
        window.controller.select_person(priya.id)

        def fill(dialog: ProfileDialog) -> int:
            dialog.target.setCurrentIndex(dialog.target.findData("junior"))
            dialog.start.setDate(dialog.start.date().addDays(-30))
            dialog.has_start.setChecked(True)
            return ProfileDialog.DialogCode.Accepted

        monkeypatch.setattr(ProfileDialog, "exec", fill)
        window.menu_actions.edit_profile.trigger()
        assert query(
            data_dir, "SELECT target_level FROM people WHERE name = 'Priya Natarajan'"
        ) == [("junior",)]
        window.tabs.setCurrentIndex(ASSESS_TAB)
        window.tabs.setCurrentIndex(TEAM_TAB)
        row = next(
            r for r in range(model.rowCount()) if model.index(r, 0).data() == "Priya Natarajan"
        )
        assert model.index(row, column).data() == "Junior ✓"

        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        window.menu_actions.archive_person.trigger()
        amara = next(p for p in window.controller.people if p.name == "Amara Okafor")
        window.controller.select_person(amara.id)
        names = [
            window.person_bar.combo.itemText(i) for i in range(window.person_bar.combo.count())
        ]
        assert names == ["Amara Okafor"]
        window.person_bar.show_archived.setChecked(True)
        names = [
            window.person_bar.combo.itemText(i) for i in range(window.person_bar.combo.count())
        ]
        assert names == ["Amara Okafor", "Priya Natarajan (archived)"]
        assert query(data_dir, "SELECT count(*) FROM assessments") == [(2,)]  # history kept


def test_one_on_ones_carry_items_and_export_the_agenda(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    _seed_person(data_dir, "Amara Okafor", {"ml-pipelines": "junior"})
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(MEETINGS_TAB)
        page, presenter = window.meetings_page, window.meetings
        days = iter([date.today() - timedelta(days=14), date.today()])
        monkeypatch.setattr(presenter, "_today", lambda: next(days))

        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.notes, "Talked about <b>canary</b> releases & on-call")
        qtbot.keyClicks(page.new_item, "Pair with Sam on canaries")
        qtbot.keyClick(page.new_item, Qt.Key.Key_Return)
        qtbot.keyClicks(page.new_item, "Share the drift dashboard")
        qtbot.keyClick(page.new_item, Qt.Key.Key_Return)
        assert query(data_dir, "SELECT notes FROM meetings") == [
            ("Talked about <b>canary</b> releases & on-call",)
        ]
        page.items.item(1).setCheckState(Qt.CheckState.Checked)  # done in the first meeting
        assert query(data_dir, "SELECT text, done_at IS NOT NULL FROM action_items ORDER BY id") == [
            ("Pair with Sam on canaries", 0), ("Share the drift dashboard", 1),
        ]  # fmt: skip

        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        carried = [page.items.item(i).text() for i in range(page.items.count())]
        assert "Pair with Sam on canaries" in carried  # still open, so it moved on

        out = tmp_path / "agenda.pdf"
        _save_as(monkeypatch, out, A4_FILTER)
        qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.export.runner.result_box is not None
                        and window.export.runner.result_box.isVisible(), timeout=20_000)  # fmt: skip
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
        text = " ".join(text.split())
        assert "One-on-one agenda" in text and "Amara Okafor" in text
        assert "Pair with Sam on canaries" in text
