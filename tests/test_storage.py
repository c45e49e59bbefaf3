"""The SQLite store: schema at head, durable settings, frozen snapshots, cascades, refusals."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from core.framework_files import load_builtin_framework, load_framework
from core.snapshot import framework_from_snapshot
from db.database import DATABASE_FILE, Database
from db.migrate import HEAD_REVISION, MIGRATIONS_DIR, NewerSchemaError
from db.repository import Repository, StorageError
from tests.cli_runner import run_cli
from tests.framework_factory import framework_data, mutated, write_yaml
from tests.storage_engines import Storage


@pytest.fixture
def repository(storage: Storage):
    """The repository on each engine in turn."""
    return Repository(storage.open())


def test_head_revision_constant_matches_the_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_new_database_is_at_head_with_durable_settings(repository: Repository) -> None:
    with repository.database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == HEAD_REVISION
        )
        if repository.database.kind != "sqlite":
            return
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_completed_assessment_is_frozen(repository: Repository) -> None:
    framework = load_builtin_framework()
    person = repository.add_person("Kim")
    draft = repository.start_assessment(person.id, framework, "nlp-engineer", "senior")
    repository.set_rating(draft.id, "ml-pipelines", "middle", rated=True)
    repository.set_note(draft.id, "ml-pipelines", "spaCy pipeline for intent detection")
    done = repository.complete(draft.id, framework)
    assert done.is_completed and done.completed_at is not None
    with pytest.raises(StorageError, match="completed assessment cannot be changed"):
        repository.set_rating(draft.id, "ml-pipelines", "senior", rated=True)
    with pytest.raises(StorageError):
        repository.set_note(draft.id, "ml-pipelines", "rewritten")
    stored = repository.assessment(draft.id)
    assert stored.rating("ml-pipelines").level_id == "middle"
    assert stored.framework_version == framework.version


def test_snapshot_keeps_history_when_the_framework_changes(
    tmp_path: Path, repository: Repository
) -> None:
    data = framework_data()
    original = load_framework(write_yaml(tmp_path / "v1.yaml", data))
    person = repository.add_person("Lee")
    draft = repository.start_assessment(person.id, original, "role-0", "middle")
    repository.set_rating(draft.id, "skill-0", "middle", rated=True)
    done = repository.complete(draft.id, original)

    changed = mutated(data)
    changed["framework"]["version"] = "0.2"
    changed["skills"][0]["descriptors"]["middle"] = "A completely different expectation."
    changed_framework = load_framework(write_yaml(tmp_path / "v2.yaml", changed))
    assert changed_framework.descriptor("role-0", "skill-0", "middle").startswith("A completely")

    frozen = framework_from_snapshot(repository.assessment(done.id).role_snapshot or "")
    assert frozen.version == "0.1"
    assert frozen.descriptor("role-0", "skill-0", "middle") == "Does skill 0 at middle scope."
    assert [r.id for r in frozen.roles] == ["role-0"]


def test_deleting_a_person_deletes_their_history(tmp_path: Path, repository: Repository) -> None:
    framework = load_builtin_framework()
    person = repository.add_person("Rae")
    draft = repository.start_assessment(person.id, framework, "data-engineer", "lead")
    repository.set_rating(draft.id, "data-quality", "senior", rated=True)
    repository.add_goal(person.id, "data-quality", "Write data contracts for the orders feed")
    repository.set_manager_rating(draft.id, "data-quality", "middle", rated=True)
    meeting = repository.add_meeting(person.id, draft.started_at.date(), "Notes", draft.id)
    repository.add_action_item(person.id, meeting.id, "Follow up")
    assert all(repository.counts()[t] == 1 for t in ("manager_ratings", "meetings", "action_items"))
    repository.delete_person(person.id)
    assert set(repository.counts().values()) == {0}


def test_names_are_unique_and_not_empty(repository: Repository) -> None:
    repository.add_person("王小明")
    with pytest.raises(StorageError, match="already a person called '王小明'"):
        repository.add_person("  王小明 ")
    with pytest.raises(StorageError, match="needs a name"):
        repository.add_person("   ")
    assert [p.name for p in repository.people()] == ["王小明"]


def test_carry_forward_copies_ratings_into_a_new_draft(repository: Repository) -> None:
    framework = load_builtin_framework()
    person = repository.add_person("Ola")
    first = repository.start_assessment(person.id, framework, "ml-engineer", "senior")
    repository.set_rating(first.id, "modelling", "middle", rated=True)
    repository.set_note(first.id, "modelling", "gradient boosting for churn")
    completed = repository.complete(first.id, framework)
    second = repository.start_assessment(
        person.id, framework, "ml-engineer", "senior", carry_from=completed
    )
    assert second.rating("modelling").level_id == "middle"
    assert second.rating("modelling").note == "gradient boosting for churn"
    assert not second.is_completed


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    Database.in_directory(tmp_path).close()
    path = tmp_path / DATABASE_FILE
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute("UPDATE app_info SET value = '7.2.0' WHERE key = 'schema_app_version'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError, match=r"Install Skill Ladder 7\.2\.0 or newer"):
        Database.in_directory(tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "backups").exists()  # refused before anything was written


def test_demo_and_people_commands(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    created = run_cli("demo", "--data-dir", str(data_dir))
    assert created.returncode == 0, created.stderr
    again = run_cli("demo", "--data-dir", str(data_dir))
    assert again.returncode == 1 and "already exists" in again.stderr
    listed = run_cli("people", "--json", "--data-dir", str(data_dir))
    people = json.loads(listed.stdout)
    assert len(people) == 1 and people[0]["sample"] is True
    statuses = [a["status"] for a in people[0]["assessments"]]
    assert statuses == ["completed", "completed", "completed", "draft"]
    dates = [a["date"] for a in people[0]["assessments"]]
    assert dates == sorted(dates) and len(set(dates)) == 4
    via_env = run_cli("people", env={"SKILL_LADDER_DATA_DIR": str(data_dir)})
    assert "Sample: Alex Rivera (sample): mlops-engineer" in via_env.stdout
