"""The window on imported frameworks: criteria lists, "not expected" levels and expected
proficiencies on the cards, rating with the keys on the proficiency scale, Gaps against the
expected proficiency, and a role's own levels only in the pickers and cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.main_window import ASSESS_TAB, GAPS_TAB, MainWindow
from app.views.profile_dialog import ProfileDialog
from core.framework import Framework
from core.framework_files import load_framework
from core.importers import check, import_files
from db.database import Database
from db.repository import Repository
from tests import importer_samples as s
from tests.app_harness import main_window, query
from tests.framework_factory import write_yaml
from tests.test_rating_scale import scale_data


def _imported_ft(tmp_path: Path) -> Framework:
    return check(import_files([s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)]))


def _seed(data_dir: Path, framework: Framework, role_id: str, target: str) -> None:
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person("Ada Imported")
    repository.start_assessment(person.id, framework, role_id, target)
    database.close()


def _select(window: MainWindow, skill_id: str) -> None:
    page = window.assess_page
    page.select_row(page.model.row_of(skill_id))


def test_assess_and_gaps_on_an_imported_ft_framework(qtbot, data_dir: Path, tmp_path: Path) -> None:
    fw = _imported_ft(tmp_path)
    role = fw.roles[0]
    _seed(data_dir, fw, role.id, "t2")
    with main_window(qtbot, data_dir, fw) as window:
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        _select(window, "speed")
        ladder = page.ladder
        cards = ladder.cards
        assert [c.title.text() for c in cards] == ["<b>Tester One</b>", "<b>Tester Two (Lead)</b>"]
        # Two criteria at t1: a list; t1 expects Basic; t2 does not expect the skill.
        assert cards[0].descriptor.textFormat() == Qt.TextFormat.RichText
        assert "<li>Runs the suite.</li>" in cards[0].descriptor.text()
        assert "<li>Reads the report.</li>" in cards[0].descriptor.text()
        assert cards[0].mark.text() == "Required · expected: Basic"
        assert cards[1].mark.text() == "Not expected"
        assert "does not expect" in cards[1].descriptor.text()
        assert [b.text() for b in ladder.scale_buttons] == ["1 · Basic", "2 · Deep"]

        _select(window, "care")
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_2)  # Deep
        assert query(data_dir, "SELECT skill_id, level_id FROM ratings") == [("care", "deep")]
        assert ladder.scale_buttons[1].isChecked() and not ladder.scale_buttons[0].isChecked()
        assert cards[1].property("selected") is True  # Deep reaches t2
        qtbot.keyClick(page.table, Qt.Key.Key_1)  # Basic
        assert query(data_dir, "SELECT level_id FROM ratings WHERE skill_id='care'") == [("basic",)]
        assert page.model.index(page.model.row_of("care"), 1).data() == "Basic"
        assert page.model.index(page.model.row_of("care"), 3).data() == "1 step"
        assert "Deep" in ladder.what_it_takes.toPlainText()
        qtbot.keyClick(page.table, Qt.Key.Key_3)  # off the two-step scale: nothing happens
        assert query(data_dir, "SELECT level_id FROM ratings WHERE skill_id='care'") == [("basic",)]

        window.tabs.setCurrentIndex(GAPS_TAB)
        table = window.gap_page.table
        rows = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        }
        # Speed is not expected at t2: no gap row; Care expects Deep and is rated Basic.
        assert list(rows) == ["Care & Attention"]
        assert rows["Care & Attention"][2:] == ["Basic", "", "Deep", "1"]
        assert window.gap_page.radar.axes()[0].target == 1


def test_a_role_on_a_subset_of_levels_shows_only_its_levels(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    fw = load_framework(write_yaml(tmp_path / "scale.yaml", scale_data()))
    _seed(data_dir, fw, "lead", "l4")
    with main_window(qtbot, data_dir, fw) as window:
        picker = window.role_picker.target
        assert [picker.itemData(i) for i in range(picker.count())] == ["l3", "l4"]
        window.tabs.setCurrentIndex(ASSESS_TAB)
        _select(window, "b")
        cards = window.assess_page.ladder.cards
        assert [c.level_id for c in cards] == ["l3", "l4"]
        assert cards[0].mark.text() == "Not expected" and cards[1].mark.text() == "Optional"
        assert window.assess_page.ladder.scale_buttons == []
        qtbot.keyClick(window.assess_page.table, Qt.Key.Key_2)
        assert query(data_dir, "SELECT skill_id, level_id FROM ratings") == [("b", "l4")]
        person = window.controller.person
        dialog = ProfileDialog(fw, person, window)
        dialog.role.setCurrentIndex(dialog.role.findData("lead"))
        assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == [
            None, "l3", "l4",
        ]  # fmt: skip
        dialog.role.setCurrentIndex(dialog.role.findData("plain"))
        assert dialog.target.count() == 5
        dialog.close()
