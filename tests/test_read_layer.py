"""The read layer reads what a screen shows: summaries for lists, one whole assessment at a
time, each frozen role version stored and parsed once, the same SQL through sqlite3 and
through SQLAlchemy (the path other engines take). Counted in statements and rows, not time."""

from __future__ import annotations

import inspect
import re
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from core.csv_files import read_csv, write_csv
from core.framework_files import load_builtin_framework
from db import queries
from db.database import Database
from db.history_csv import HEADER, history_rows
from db.plan_inputs import plan_input
from db.repository import Repository
from tests.bulk_data import add_meetings, add_people_with_history
from tests.storage_engines import Storage
from tests.storage_engines import traced as traced_statements

FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"


def traced(repository: Repository) -> AbstractContextManager[list[str]]:
    """Every SQL statement this thread's reader runs inside the block."""
    return traced_statements(repository.database)


@pytest.fixture
def repository(storage: Storage) -> Repository:
    """The repository on each engine in turn."""
    return Repository(storage.open())


def test_each_role_version_is_stored_once(repository: Repository) -> None:
    person = repository.add_person("Ana")
    for _ in range(4):
        draft = repository.start_assessment(person.id, FRAMEWORK, ROLE, "senior")
        repository.complete(draft.id, FRAMEWORK)
    other = repository.start_assessment(person.id, FRAMEWORK, "data-scientist", "senior")
    repository.complete(other.id, FRAMEWORK)
    reader = repository.database.reader()
    assert reader.execute("SELECT count(*) FROM role_snapshots").fetchone() == (2,)
    keys = {a.snapshot_key for a in repository.summaries(person.id)}
    assert len(keys) == 2 and None not in keys
    # Reopening drops the reference; the stored version stays for the others.
    repository.reopen(draft.id)
    assert repository.assessment(draft.id).snapshot_key is None
    assert reader.execute("SELECT count(*) FROM role_snapshots").fetchone() == (2,)


def test_frozen_roles_are_parsed_once_per_version(repository: Repository) -> None:
    (person,) = add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 30)
    history = repository.summaries(person)
    frameworks = {id(repository.assessment_framework(FRAMEWORK, a)) for a in history}
    assert len(frameworks) == 1  # one parse for 30 assessments of one version
    with traced(repository) as statements:
        repository.assessment_framework(FRAMEWORK, history[0])
    assert statements == []  # and no read once parsed


def test_listings_read_no_ratings_and_no_snapshot(repository: Repository) -> None:
    (person,) = add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 40)
    with traced(repository) as statements:
        summaries = repository.summaries(person, ROLE)
    assert len(summaries) == 40 and len(statements) == 1
    assert "document" not in statements[0] and "ratings" not in statements[0]
    assert not hasattr(summaries[0], "ratings") and not hasattr(summaries[0], "role_snapshot")


def _switch_statements(data_dir: Path, qtbot, history: int) -> list[str]:
    from tests.app_harness import main_window

    database = Database.in_directory(data_dir)
    add_people_with_history(database, FRAMEWORK, ROLE, 1, history, name=f"Long {history}")
    add_people_with_history(database, FRAMEWORK, ROLE, 1, 1, name="Short", first_id=1)
    database.close()
    with main_window(qtbot, data_dir) as window:
        controller = window.controller
        short = next(p.id for p in controller.people if p.name == "Short")
        long = next(p.id for p in controller.people if p.name != "Short")
        controller.select_person(short)
        with traced(controller.context.repository) as statements:
            controller.select_person(long)
        assert controller.assessment is not None and controller.assessment.is_completed
        assert len(controller.history) == history
        return statements


@pytest.mark.usefixtures("qt_settings")
def test_a_person_switch_reads_the_latest_assessment_and_summaries(tmp_path: Path, qtbot) -> None:
    few = _switch_statements(tmp_path / "few", qtbot, 3)
    many = _switch_statements(tmp_path / "many", qtbot, 250)
    assert len(few) == len(many)  # the same statements, whatever the history's length
    whole = [s for s in many if "s.document" in s]
    assert len(whole) == 1  # only the latest assessment is read whole
    # Ratings of the latest assessment only: the History page (not on screen) reads nothing,
    # not even the history's summaries (read when History is opened).
    assert [s for s in many if "FROM ratings" in s and "a.id = " not in s] == []
    assert [s for s in many if "FROM assessments AS a" in s and "s.document" not in s] == []
    assert len(many) <= 8


@pytest.mark.usefixtures("qt_settings")
def test_the_history_is_read_when_history_is_opened(data_dir: Path, qtbot) -> None:
    from app.main_window import ASSESS_TAB, HISTORY_TAB
    from tests.app_harness import main_window

    database = Database.in_directory(data_dir)
    add_people_with_history(database, FRAMEWORK, ROLE, 1, 60)
    database.close()
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(ASSESS_TAB)
        repository = window.controller.context.repository
        with traced(repository) as statements:
            window.tabs.setCurrentIndex(HISTORY_TAB)
        listings = [s for s in statements if "ORDER BY a.started_at, a.id" in s]
        assert len(listings) == 1 and "s.document" not in listings[0]
        assert window.history_page.assessments.rowCount() == 50


@pytest.mark.usefixtures("qt_settings")
def test_history_lists_a_page_and_shows_older_on_demand(data_dir: Path, qtbot) -> None:
    from app.main_window import HISTORY_TAB
    from app.views.history_page import ASSESSMENT_ID
    from tests.app_harness import main_window

    database = Database.in_directory(data_dir)
    add_people_with_history(database, FRAMEWORK, ROLE, 1, 230)
    database.close()
    with main_window(qtbot, data_dir) as window:
        window.tabs.setCurrentIndex(HISTORY_TAB)
        page = window.history_page
        assert page.assessments.rowCount() == 50
        assert page.more_button.isVisible() and "180" in page.more_button.text()
        newest = max(window.controller.history, key=lambda a: a.date)
        assert (
            page.selected_ids() == []
            and page.assessments.item(0, 0).data(ASSESSMENT_ID) == newest.id
        )
        for _ in range(4):
            page.more_button.click()
        assert page.assessments.rowCount() == 230
        assert not page.more_button.isVisible()
        # Every listed row has its rated count and level from its own ratings.
        assert page.assessments.item(229, 3).text() == str(len(FRAMEWORK.role(ROLE).skills))


def test_growth_plan_reads_the_history_once(repository: Repository) -> None:
    (person,) = add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 60)
    history = repository.summaries(person, ROLE)
    latest = history[-1]
    with traced(repository) as statements:
        data = plan_input(repository, FRAMEWORK, latest.id, latest.date.date(), history)
    assert data.previous is not None and data.previous.id == history[-2].id
    whole_reads = [s for s in statements if "FROM assessments AS a LEFT JOIN" in s]
    assert len(whole_reads) == 2  # the assessment and the one before it; no history re-read


def test_history_csv_is_streamed(repository: Repository, tmp_path: Path) -> None:
    ids = add_people_with_history(repository.database, FRAMEWORK, ROLE, 3, 150)
    ids.append(add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 450, first_id=3)[0])

    def chunks(statements: list[str]) -> int:
        return sum(1 for s in statements if "LEFT JOIN role_snapshots" in s and " IN (" in s)

    with traced(repository) as statements:
        rows = history_rows(repository, FRAMEWORK, ids[3:])
        first = next(rows)
        read_first = chunks(statements)
        rest = list(rows)
    assert first[0] == "Person 0003"
    assert (read_first, chunks(statements)) == (1, 3)  # 200 assessments at a time
    # The role version all 450 share is read once, not once per assessment.
    assert [s for s in statements if "document" in s] == [
        s for s in statements if s.startswith("SELECT document FROM role_snapshots")
    ]
    assert len([s for s in statements if "document" in s]) == 1
    skills = len(FRAMEWORK.role(ROLE).skills)
    assert 1 + len(rest) == 450 * skills
    out = tmp_path / "history.csv"
    assert write_csv(out, HEADER, history_rows(repository, FRAMEWORK, ids)) == 900 * skills
    table = read_csv(out)
    assert len(table) == 1 + 900 * skills and table[1][0] == "Person 0000"


def test_adding_a_meeting_or_item_does_not_reread_the_list(repository: Repository) -> None:
    person = repository.add_person("Ana")
    counts = []
    for meetings in (3, 300):
        add_meetings(repository.database, person.id, meetings)
        with traced(repository) as statements:
            meeting = repository.add_meeting(person.id, date(2030, 1, 1), "Notes")
            item = repository.add_action_item(person.id, meeting.id, "Follow up")
        assert meeting.notes == "Notes" and item.text == "Follow up"
        assert all("person_id =" not in s for s in statements)  # no list read back
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_team_is_read_in_the_same_statements_for_any_size(repository: Repository) -> None:
    counts = []
    for people in (2, 40):
        add_people_with_history(
            repository.database, FRAMEWORK, ROLE, people, 3, name=f"T{people} {{n:03d}}"
        )
        with traced(repository) as statements:
            latest = repository.latest_of_role(ROLE)
        counts.append(len(statements))
        assert {a.person_id for a in latest} == {p.id for p in repository.people()}
    assert counts[0] == counts[1] == 2


def _portable_queries() -> list[str]:
    source = inspect.getsource(queries)
    return re.findall(r'"((?:SELECT|INSERT|UPDATE|DELETE)[^"]*)"', source)


def test_queries_use_named_parameters_only() -> None:
    """Portable SQL: ``:name`` parameters (every driver through SQLAlchemy), never ``?``."""
    assert _portable_queries()
    assert "?" not in inspect.getsource(queries).split('"""', 2)[2]


def test_the_same_queries_run_through_sqlalchemy(repository: Repository) -> None:
    """Each query through the engine path (what PostgreSQL uses) gives what sqlite3 gives."""
    ids = add_people_with_history(repository.database, FRAMEWORK, ROLE, 3, 4)
    add_meetings(repository.database, ids[0], 3)
    repository.add_goal(ids[0], "ml-pipelines", "Practise")
    plain = repository.database.reader()
    with repository.database.engine.connect() as connection:
        engine = queries.EngineReader(connection)
        first = queries.summaries(plain, ids[0])[0].id
        for call in (
            lambda c: queries.people(c),
            lambda c: queries.person(c, ids[1]),
            lambda c: queries.summaries(c, ids[0], ROLE),
            lambda c: queries.assessment(c, first),
            lambda c: queries.assessments(c, [first, first + 1]),
            lambda c: queries.latest_of_role(c, ROLE),
            lambda c: queries.latest_id(c, ids[0], ROLE),
            lambda c: queries.last_assessed_roles(c),
            lambda c: queries.skill_points(c, ids[0], ROLE, "ml-pipelines"),
            lambda c: queries.ratings_of(c, [first]),
            lambda c: queries.meetings(c, ids[0]),
            lambda c: queries.action_items(c, ids[0]),
            lambda c: queries.goals(c, ids[0]),
            lambda c: queries.counts(c),
            lambda c: list(queries.stream_history(c, ids)),
        ):
            assert call(engine) == call(plain)
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_a_long_trend_is_read_through_evenly_spread_points(repository: Repository) -> None:
    (person,) = add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 500)
    every = repository.skill_points(person, ROLE, "ml-pipelines")
    few = repository.skill_points(person, ROLE, "ml-pipelines", 120)
    assert len(every) == 500 and len(few) == 120
    assert few[0] == every[0] and few[-1] == every[-1]  # the first and the latest kept
    assert [p[0] for p in few] == sorted(p[0] for p in few)
    assert set(few) <= set(every)
