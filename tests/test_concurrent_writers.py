"""Two writers on one data file: each waits its turn (BEGIN IMMEDIATE with a busy timeout), and
one that still cannot get the lock is told "busy, try again", never shown a traceback."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import db.database
import db.engines.sqlite
from cli.main import main as cli_main
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE, Database
from db.errors import StorageUnavailableError
from db.repository import Repository
from tests.cli_runner import run_cli
from tests.exchange_files import exchange_document, write_exchange

FRAMEWORK = load_builtin_framework()


def _draft(repository: Repository) -> int:
    person = repository.add_person("Kai")
    return repository.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior").id


def test_a_writer_whose_snapshot_went_stale_waits_instead_of_failing(tmp_path: Path) -> None:
    """Another writer commits between this writer's first read and its write: with a deferred
    BEGIN, SQLite refuses the write at once (the busy timeout cannot help); with BEGIN
    IMMEDIATE the write lock is taken first, so the writer waits and then succeeds."""
    repository = Repository(Database.in_directory(tmp_path))
    draft_id = _draft(repository)
    other = sqlite3.connect(tmp_path / DATABASE_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE people SET notes = 'written by the other writer'")
    errors: list[BaseException] = []

    def write() -> None:
        try:
            repository.set_note(draft_id, "ml-pipelines", "written while the other one held it")
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    writer.join(0.5)  # it is waiting for the lock (or, without the fix, reading a snapshot)
    other.execute("COMMIT")
    other.close()
    writer.join(10)
    assert not writer.is_alive()
    assert errors == []
    assert repository.assessment(draft_id).ratings["ml-pipelines"].note == (
        "written while the other one held it"
    )
    assert [p.notes for p in repository.people()] == ["written by the other writer"]
    repository.database.close()


def test_a_writer_that_cannot_get_the_lock_is_told_to_try_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.engines.sqlite, "BUSY_TIMEOUT_MS", 100)
    repository = Repository(Database.in_directory(tmp_path))
    draft_id = _draft(repository)
    holder = sqlite3.connect(tmp_path / DATABASE_FILE, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageUnavailableError, match="try again") as raised:
            repository.set_rating(draft_id, "ml-pipelines", "senior", rated=True)
        assert "sqlalchemy" not in str(raised.value).lower()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    repository.set_rating(draft_id, "ml-pipelines", "senior", rated=True)  # free again
    assert repository.assessment(draft_id).ratings["ml-pipelines"].level_id == "senior"
    repository.database.close()


def test_the_cli_says_busy_when_the_lock_stays_taken(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    Database.in_directory(data_dir).close()
    monkeypatch.setattr(db.engines.sqlite, "BUSY_TIMEOUT_MS", 100)
    source = write_exchange(tmp_path / "mira.json", exchange_document())
    holder = sqlite3.connect(data_dir / DATABASE_FILE, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = cli_main(["import-assessment", str(source)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "try again" in err and "Traceback" not in err
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    assert connection.execute("SELECT COUNT(*) FROM assessments").fetchone() == (0,)
    connection.close()


def test_cli_imports_while_the_repository_edits_lose_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    """Two CLI processes import files while this process keeps editing a draft."""
    repository = Repository(Database.in_directory(data_dir))
    draft_id = _draft(repository)
    files = [
        write_exchange(tmp_path / f"person-{i}.json", exchange_document(f"Person {i}", f"uid-{i}"))
        for i in range(6)
    ]
    results: list = []

    def import_files(batch: list[Path]) -> None:
        for path in batch:
            results.append(run_cli("import-assessment", str(path)))

    importers = [
        threading.Thread(target=import_files, args=(files[0::2],)),
        threading.Thread(target=import_files, args=(files[1::2],)),
    ]
    for thread in importers:
        thread.start()
    edits = 0
    skills = list(FRAMEWORK.role("mlops-engineer").skill_ids)
    while any(thread.is_alive() for thread in importers) or edits < 20:
        skill = skills[edits % len(skills)]
        repository.set_note(draft_id, skill, f"edit {edits}")
        repository.set_rating(draft_id, skill, "senior", rated=True)
        edits += 1
    for thread in importers:
        thread.join()

    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    people = {p.name for p in repository.people()}
    assert people == {"Kai", *(f"Person {i}" for i in range(6))}
    ratings = repository.assessment(draft_id).ratings
    last = {skills[i % len(skills)]: f"edit {i}" for i in range(edits)}
    assert {skill: ratings[skill].note for skill in last} == last
    repository.database.close()
