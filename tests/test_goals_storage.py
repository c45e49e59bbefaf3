"""Goals in SQLite: saved at once, carried between assessments until done, migrated in place."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.framework_files import load_builtin_framework
from core.goals import GoalStatus, goals_for_assessment
from db.database import Database
from db.models import Base
from db.repository import Repository, StorageError
from tests.storage_engines import Storage, independent_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def repository(storage: Storage) -> Repository:
    """The repository on each engine in turn."""
    return Repository(storage.open())


def test_models_and_migrations_describe_the_same_schema(repository: Repository) -> None:
    with repository.database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_goal_round_trip_and_done_timestamp(tmp_path: Path, repository: Repository) -> None:
    person = repository.add_person("Mei")
    goal = repository.add_goal(
        person.id, "ml-pipelines", "  Own the nightly DAG <b>&</b> 🙂 ", due=date(2027, 3, 31),
        level_id="senior",
    )  # fmt: skip
    assert (goal.action, goal.status, goal.due, goal.level_id, goal.done_at) == (
        "Own the nightly DAG <b>&</b> 🙂", GoalStatus.PLANNED, date(2027, 3, 31), "senior", None,
    )  # fmt: skip
    done = repository.update_goal(
        goal.id, action=goal.action, due=None, status=GoalStatus.DONE, level_id=None
    )
    assert done.status is GoalStatus.DONE and done.done_at is not None and done.due is None
    reopened = repository.update_goal(
        goal.id, action="Again", due=None, status=GoalStatus.IN_PROGRESS, level_id=None
    )
    assert reopened.done_at is None and reopened.action == "Again"

    # Another program reading the database sees exactly what was written.
    rows = independent_rows(
        repository.database, "SELECT action, status, due FROM goals WHERE id = ?", (goal.id,)
    )
    assert rows == [("Again", "in_progress", None)]

    repository.delete_goal(goal.id)
    assert repository.goals(person.id) == []
    with pytest.raises(StorageError, match="no goal"):
        repository.delete_goal(goal.id)


def test_goal_input_is_checked(repository: Repository) -> None:
    person = repository.add_person("Ana")
    with pytest.raises(StorageError, match="needs an action"):
        repository.add_goal(person.id, "ml-pipelines", "   ")
    with pytest.raises(StorageError, match="at most"):
        repository.add_goal(person.id, "ml-pipelines", "x" * 5000)
    with pytest.raises(StorageError, match="no person"):
        repository.add_goal(person.id + 99, "ml-pipelines", "Something")
    assert repository.goals(person.id) == []


def test_open_goals_carry_over_until_done(repository: Repository) -> None:
    framework = load_builtin_framework()
    person = repository.add_person("Lin")
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    first = repository.start_assessment(
        person.id, framework, "mlops-engineer", "senior", started_at=t0
    )
    first = repository.complete(first.id, framework, completed_at=t0 + timedelta(days=1))
    kept = repository.add_goal(person.id, "ml-pipelines", "Still open", created_at=t0)
    finished = repository.add_goal(person.id, "ml-cicd", "Done early", created_at=t0)
    repository.update_goal(
        finished.id, action="Done early", due=None, status=GoalStatus.DONE, level_id=None
    )
    second = repository.start_assessment(person.id, framework, "mlops-engineer", "senior")

    goals = repository.goals(person.id)
    in_first = {g.action for g in goals_for_assessment(goals, first.started_at, first.completed_at)}
    in_second = {g.action for g in goals_for_assessment(goals, second.started_at, None)}
    assert in_first == {"Still open", "Done early"}
    assert in_second == {"Still open"}
    assert kept.id in {g.id for g in goals}


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    import db.migrate

    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", copy)
    real_upgrade = db.migrate.upgrade_to_head

    def upgrade_then_fail(connection) -> None:
        real_upgrade(connection)  # every step ran inside the transaction...
        raise RuntimeError("power cut")  # ...and then something went wrong

    monkeypatch.setattr(db.migrate, "upgrade_to_head", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        Database.open(copy)
    connection = sqlite3.connect(copy)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert "goals" not in tables and "app_info" not in tables
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM ratings").fetchone()[0] > 0
    connection.close()

    monkeypatch.setattr(db.migrate, "upgrade_to_head", real_upgrade)
    database = Database.open(copy)  # the next start migrates normally
    assert database.reader().execute("SELECT count(*) FROM goals").fetchone() == (0,)
    database.close()


def test_rebuilding_a_parent_table_in_a_migration_keeps_its_children(tmp_path: Path) -> None:
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    from db.migrate import migration_connection

    copy = tmp_path / "fixture.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0002.sqlite3", copy)
    database = Database.open(copy)
    before = database.reader().execute("SELECT count(*) FROM assessments").fetchone()[0]
    assert before > 0
    with migration_connection(database) as connection:
        operations = Operations(MigrationContext.configure(connection))
        # What a future migration altering `people` does on SQLite: copy, drop, rename.
        with operations.batch_alter_table("people", recreate="always") as batch:
            batch.alter_column("notes", existing_type=sa.Text(), nullable=True)
    reader = database.reader()
    assert reader.execute("SELECT count(*) FROM assessments").fetchone()[0] == before
    assert reader.execute("SELECT count(*) FROM goals").fetchone()[0] == 5
    assert reader.execute("PRAGMA foreign_keys").fetchone() == (1,)
    database.close()
