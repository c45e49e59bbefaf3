"""The Team tab at scale: a repaint reads only the cells on screen (the per-skill figures are
worked out once per refresh), and a large team is read in a worker, the table updated after."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.controllers import team_presenter
from app.main_window import TEAM_TAB
from core.framework_files import load_builtin_framework
from core.team import TeamCell
from db.database import Database
from tests.app_harness import main_window
from tests.bulk_data import add_people_with_history

pytestmark = pytest.mark.usefixtures("qt_settings")
FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"


def _cells_read_by_a_repaint(qtbot, data_dir: Path, people: int, monkeypatch) -> int:
    database = Database.in_directory(data_dir)
    add_people_with_history(database, FRAMEWORK, ROLE, people, 2)
    database.close()
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(TEAM_TAB)
        presenter = window.team
        qtbot.waitUntil(lambda: not presenter.refreshing)
        model = window.team_page.model
        assert model.rowCount() == people + 1
        reads = 0
        met = TeamCell.met.fget

        def counted(cell: TeamCell) -> bool | None:
            nonlocal reads
            reads += 1
            return met(cell)

        monkeypatch.setattr(TeamCell, "met", property(counted))
        window.team_page.table.grab()  # one full paint of what is on screen
        monkeypatch.undo()
        return reads


def test_a_repaint_reads_only_the_cells_on_screen(qtbot, tmp_path: Path, monkeypatch) -> None:
    skills = len(FRAMEWORK.role(ROLE).skills)
    monkeypatch.setattr(team_presenter, "BACKGROUND_FROM", 10_000)
    few = _cells_read_by_a_repaint(qtbot, tmp_path / "few", 3, monkeypatch)
    many = _cells_read_by_a_repaint(qtbot, tmp_path / "many", 400, monkeypatch)
    assert few > 0
    # On screen: a few dozen rows at most, each cell read a few times (text, tint, …).
    assert many < 400 * skills / 4


def test_a_large_team_is_refreshed_in_the_background(qtbot, data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(team_presenter, "BACKGROUND_FROM", 20)
    database = Database.in_directory(data_dir)
    add_people_with_history(database, FRAMEWORK, ROLE, 30, 2)
    database.close()
    with main_window(qtbot, data_dir) as window:
        presenter = window.team
        window.tabs.setCurrentIndex(TEAM_TAB)
        qtbot.waitUntil(lambda: presenter.background_refreshes >= 1 and not presenter.refreshing)
        model = window.team_page.model
        assert model.rowCount() == 31
        assert "30" in window.team_page.summary.text()
        # A refresh asked for while one runs is done after it, with the newest data.
        done = presenter.background_refreshes
        presenter.refresh()
        presenter.refresh()
        qtbot.waitUntil(lambda: presenter.background_refreshes >= done + 2)
        qtbot.waitUntil(lambda: not presenter.refreshing)
        assert model.rowCount() == 31
