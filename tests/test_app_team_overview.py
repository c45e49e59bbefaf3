"""The Team tab in the real window: which role it opens on, remembered per data folder, and
drafts shown but counted apart from "Meet their target"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.main_window import TEAM_TAB, MainWindow
from app.settings_keys import folder_key
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from tests.app_harness import main_window

pytestmark = pytest.mark.usefixtures("qt_settings")
FRAMEWORK = load_builtin_framework()
MLOPS = "mlops-engineer"


def _seed(data_dir: Path, name: str, role: str, level: str, *, complete: bool = True) -> None:
    """A person assessed against ``role`` (no role in the profile), ml-pipelines at ``level``."""
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person(name)
    draft = repository.start_assessment(person.id, FRAMEWORK, role, "senior")
    skill = FRAMEWORK.role(role).skill_ids[0] if role != MLOPS else "ml-pipelines"
    repository.set_rating(draft.id, skill, level, rated=True)
    if complete:
        repository.complete(draft.id, FRAMEWORK)
    database.close()


def _team(window: MainWindow) -> dict[str, str]:
    """Person column → ml-pipelines column of the Team table."""
    window.tabs.setCurrentIndex(TEAM_TAB)
    model = window.team_page.model
    column = 1 + FRAMEWORK.role(MLOPS).skill_ids.index("ml-pipelines")
    return {
        model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())
    }


def test_team_tab_opens_on_the_role_most_people_have(qtbot, data_dir: Path) -> None:
    # The first person (shown first) is a data scientist; two of three are MLOps engineers.
    _seed(data_dir, "Aaron Abbott", "data-scientist", "senior")
    _seed(data_dir, "Mira Chen", MLOPS, "senior")
    _seed(data_dir, "Zoe Park", MLOPS, "junior")
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(TEAM_TAB)  # the roles are listed when the tab is opened
        assert window.team_page.current_role() == MLOPS
        assert _team(window) == {
            "Meet their target": "1 of 2",
            "Mira Chen": "Senior ✓",
            "Zoe Park": "Junior ↓",
        }


def test_drafts_are_shown_but_not_counted_as_meeting_their_target(qtbot, data_dir: Path) -> None:
    _seed(data_dir, "Mira Chen", MLOPS, "senior")
    _seed(data_dir, "Zoe Park", MLOPS, "lead", complete=False)
    with main_window(qtbot, data_dir) as window:
        page = window.team_page
        page.role.setCurrentIndex(page.role.findData(MLOPS))
        page.role.activated.emit(page.role.currentIndex())
        assert _team(window) == {
            "Meet their target": "1 of 1 · 1 draft not counted",
            "Mira Chen": "Senior ✓",
            "Zoe Park (draft)": "Lead ✓",
        }
        summary = window.team_page.summary.text()
        assert "not counted in “Meet their target” until it is completed: Zoe Park." in summary


def test_the_chosen_role_is_remembered_per_data_folder(qtbot, tmp_path: Path) -> None:
    first, fresh = tmp_path / "team", tmp_path / "fresh"
    _seed(first, "Mira Chen", MLOPS, "senior")
    _seed(first, "Aaron Abbott", "data-scientist", "senior")
    with main_window(qtbot, first) as window:
        page = window.team_page
        window.tabs.setCurrentIndex(TEAM_TAB)
        page.role.setCurrentIndex(page.role.findData("data-scientist"))
        page.role.activated.emit(page.role.currentIndex())
    assert QSettings().value(folder_key(first, "team/role")) == "data-scientist"
    with main_window(qtbot, first) as window:
        window.tabs.setCurrentIndex(TEAM_TAB)
        assert window.team_page.current_role() == "data-scientist"

    # A new folder does not inherit the choice: once sample data arrives, the Team tab shows
    # the sample person's role, not an empty one.
    with main_window(qtbot, fresh) as window:
        window.tabs.setCurrentIndex(TEAM_TAB)
        window.menu_actions.sample_data.trigger()
        assert window.team_page.current_role() == MLOPS
        rows = _team(window)
        assert len(rows) == 2 and rows["Meet their target"] != "—"
        assert "Nobody has this role yet" not in window.team_page.summary.text()
