"""The first screen builds only the Assess page: every other tab's page is built when its tab is
first shown (or in idle time after the data is shown), and then works as if built at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt

import app.main_window
from app.controllers.assessment_controller import ASSESSMENT_TABLES
from app.main_window import (
    ASSESS_TAB,
    GAPS_TAB,
    HISTORY_TAB,
    MEETINGS_TAB,
    ROLE_TAB,
    TEAM_TAB,
    MainWindow,
)
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, SAMPLE_ROLE, create_sample_data
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")

LATER_TABS = (ROLE_TAB, GAPS_TAB, HISTORY_TAB, MEETINGS_TAB, TEAM_TAB)


@pytest.fixture
def no_idle_building(monkeypatch: pytest.MonkeyPatch) -> None:
    """Idle time comes too late to build any page during the test."""
    monkeypatch.setattr(app.main_window, "IDLE_PAGES_DELAY_MS", 600_000)


def _with_sample(data_dir: Path) -> int:
    database = Database.in_directory(data_dir)
    person = create_sample_data(Repository(database), load_builtin_framework())
    database.close()
    return person.id


def _built_in_tab(window: MainWindow, tab: int) -> bool:
    """Whether anything was put in the tab's place (read from the widgets, not the window's
    own bookkeeping)."""
    layout = window.tabs.widget(tab).layout()
    return tab == ASSESS_TAB or (layout is not None and layout.count() > 0)


def _click_tab(qtbot, window: MainWindow, tab: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())


def _history_rows(data_dir: Path, person_id: int) -> int:
    (count,) = query(
        data_dir,
        "SELECT count(*) FROM assessments WHERE person_id = ? AND role_id = ?",
        person_id,
        SAMPLE_ROLE,
    )[0]
    return count


def test_history_is_built_when_its_tab_is_first_shown(
    qtbot, data_dir: Path, no_idle_building: None
) -> None:
    person_id = _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        assert window.tabs.currentIndex() == ASSESS_TAB
        assert window.assess_page.model.rowCount() > 0  # the first screen shows the data
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["&Role", "&Assess", "&Gaps", "&History", "&One-on-ones", "&Team"]
        assert not any(_built_in_tab(window, tab) for tab in LATER_TABS)
        assert not any(window.built(tab) for tab in LATER_TABS)

        _click_tab(qtbot, window, HISTORY_TAB)

        assert _built_in_tab(window, HISTORY_TAB) and window.built(HISTORY_TAB)
        page = window.history_page
        assert page.isVisible()
        assert page.assessments.rowCount() == _history_rows(data_dir, person_id) == 4
        assert page.assessments.item(0, 1).text() == "Draft"
        assert not any(_built_in_tab(window, tab) for tab in (ROLE_TAB, GAPS_TAB, TEAM_TAB))

        # and it works: the oldest assessment opens on the Assess tab
        page.assessments.selectRow(3)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentIndex() == ASSESS_TAB
        assert window.controller.assessment is not None
        assert window.controller.assessment.id == min(a.id for a in window.controller.history)


def test_a_page_asked_for_before_its_tab_is_shown_is_built_then(
    qtbot, data_dir: Path, no_idle_building: None
) -> None:
    _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        gaps = window.gap_page  # as a menu action or a test would ask for it
        assert _built_in_tab(window, GAPS_TAB) and not gaps.isVisible()
        framework = window.controller.context.framework
        assert gaps.table.rowCount() == len(framework.role(SAMPLE_ROLE).skill_ids)
        assert window.gaps.page is gaps
        window.tabs.setCurrentIndex(GAPS_TAB)
        assert gaps.isVisible()
        assert window.role_picker.list.currentIndex().isValid()  # the role shown on the Role tab


def test_changes_made_before_a_page_is_built_are_shown_in_it(
    qtbot, data_dir: Path, no_idle_building: None
) -> None:
    person_id = _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        other_client = Database.in_directory(data_dir)
        oldest = min(a.id for a in Repository(other_client).assessments(person_id))
        Repository(other_client).delete_assessment(oldest)
        other_client.close()
        window.controller.reload_changed(ASSESSMENT_TABLES)  # as the change feed reports it
        assert not window.built(HISTORY_TAB)

        window.tabs.setCurrentIndex(HISTORY_TAB)

        assert window.history_page.assessments.rowCount() == 3


def test_idle_time_builds_the_other_pages(qtbot, data_dir: Path) -> None:
    _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        qtbot.waitUntil(lambda: all(_built_in_tab(window, tab) for tab in LATER_TABS))
        assert window.tabs.currentIndex() == ASSESS_TAB  # built out of sight
        assert not window.history_page.isVisible()
        window.tabs.setCurrentIndex(TEAM_TAB)
        model = window.team_page.model
        qtbot.waitUntil(
            lambda: SAMPLE_PERSON in {model.index(r, 0).data() for r in range(model.rowCount())}
        )
        window.tabs.setCurrentIndex(MEETINGS_TAB)
        assert SAMPLE_PERSON in window.meetings_page.heading.text()


def test_the_remembered_tab_is_built_for_the_first_screen(
    qtbot, data_dir: Path, no_idle_building: None
) -> None:
    person_id = _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(HISTORY_TAB)
    with main_window(qtbot, data_dir) as window:
        assert window.tabs.currentIndex() == HISTORY_TAB
        assert window.history_page.isVisible()
        assert window.history_page.assessments.rowCount() == _history_rows(data_dir, person_id)
        assert not any(_built_in_tab(window, tab) for tab in (ROLE_TAB, GAPS_TAB, TEAM_TAB))


def test_the_layout_of_a_page_not_built_is_kept(
    qtbot, data_dir: Path, no_idle_building: None
) -> None:
    _with_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        size = window.size()
        window.tabs.setCurrentIndex(HISTORY_TAB)
        splitter = window.history_page.splitter
        default = splitter.sizes()
        total = sum(default)
        splitter.setSizes([total // 4, total - total // 4])
        chosen = splitter.sizes()
        assert chosen != default
        window.tabs.setCurrentIndex(ASSESS_TAB)  # the next window opens there
    saved = QSettings().value("splitters/history-splitter")
    assert isinstance(saved, QByteArray)

    with main_window(qtbot, data_dir) as window:
        assert not window.built(HISTORY_TAB)
    assert QSettings().value("splitters/history-splitter") == saved  # not forgotten

    with main_window(qtbot, data_dir) as window:
        window.resize(size)  # as before (offscreen, the saved geometry comes back otherwise)
        window.tabs.setCurrentIndex(HISTORY_TAB)
        splitter = window.history_page.splitter
        qtbot.waitUntil(lambda: splitter.sizes() == chosen)
