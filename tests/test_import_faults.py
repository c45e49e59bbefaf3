"""Imports under faults and at their edges: a -wal file removed by another program, a file
imported twice, goals and ratings the framework does not know, notes that would be huge."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

from core.exchange import parse_exchange
from core.framework_files import load_builtin_framework
from db.database import DATABASE_FILE, Database
from db.exchange_import import import_assessment
from db.repository import Repository
from tests.cli_runner import run_cli
from tests.exchange_files import exchange_document, write_exchange

FRAMEWORK = load_builtin_framework()


def _import(repository: Repository, document: dict):
    raw = json.dumps(document).encode("utf-8")
    return import_assessment(repository, FRAMEWORK, parse_exchange(raw, "f.json"), "f.json")


def test_imports_are_not_reported_failed_when_the_wal_vanishes(
    data_dir: Path, tmp_path: Path
) -> None:
    assert run_cli("people").returncode == 0
    wal = data_dir / f"{DATABASE_FILE}-wal"
    stop = threading.Event()

    def remove_the_wal() -> None:  # as a careless clean-up tool or sync client might
        while not stop.is_set():
            wal.unlink(missing_ok=True)
            stop.wait(0.001)

    remover = threading.Thread(target=remove_the_wal)
    remover.start()
    try:
        results = [
            run_cli("import-assessment", str(write_exchange(
                tmp_path / f"p{i}.json", exchange_document(f"Person {i}", f"uid-{i}"))))
            for i in range(6)
        ]  # fmt: skip
    finally:
        stop.set()
        remover.join()
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        assert "Imported the assessment" in result.stdout
    listing = json.loads(run_cli("people", "--json").stdout)
    assert sorted(p["name"] for p in listing) == [f"Person {i}" for i in range(6)]


def test_reimporting_the_same_manager_file_changes_nothing(tmp_path: Path) -> None:
    repository = Repository(Database.in_directory(tmp_path))
    _import(repository, exchange_document())
    manager_view = exchange_document(exported_by="manager")
    manager_view["assessment"]["manager_ratings"] = [
        {"skill": "ml-pipelines", "level": "senior", "rated": True, "note": "Led the move"},
        {"skill": "ml-cicd", "level": "middle", "rated": True, "note": ""},
        {"skill": "model-serving", "level": None, "rated": True, "note": ""},
    ]
    first = _import(repository, manager_view)
    assert first.manager_ratings == 3
    path = tmp_path / DATABASE_FILE

    def stamps() -> list[tuple]:
        connection = sqlite3.connect(path)
        try:
            return connection.execute(
                "SELECT skill_id, level_id, updated_at FROM manager_ratings ORDER BY skill_id"
            ).fetchall()
        finally:
            connection.close()

    before = stamps()
    again = _import(repository, manager_view)
    assert again.manager_ratings == 0 and again.goals_added == 0 and not again.created
    assert "nothing changed" in again.summary()
    assert "added" not in again.summary()
    assert stamps() == before

    manager_view["assessment"]["manager_ratings"][1]["level"] = "senior"
    changed = _import(repository, manager_view)
    assert changed.manager_ratings == 1
    assert "(1 manager rating added or updated)" in changed.summary()
    repository.database.close()


def test_a_goal_at_an_unknown_level_is_reported_not_dropped(tmp_path: Path) -> None:
    repository = Repository(Database.in_directory(tmp_path))
    document = exchange_document()
    document["goals"][0]["level"] = "grandmaster"
    result = _import(repository, document)
    assert result.note is not None
    assert "grandmaster" in result.note and "Run the Kubeflow move" in result.note
    assert "grandmaster" in result.summary()
    stored = repository.assessment(result.assessment_id).import_note
    assert stored is not None and "grandmaster" in stored
    goal = repository.goals(result.person_id)[0]
    assert goal.action == "Run the Kubeflow move" and goal.level_id is None
    repository.database.close()


def test_the_note_of_thousands_of_unknown_ratings_is_a_summary(tmp_path: Path) -> None:
    repository = Repository(Database.in_directory(tmp_path))
    document = exchange_document()
    document["assessment"]["ratings"] += [
        {"skill": f"retired-{i}", "level": "senior", "rated": True, "note": ""}
        for i in range(22_000)
    ]
    raw = json.dumps(document).encode("utf-8")
    assert len(raw) < 2 * 1024 * 1024
    result = import_assessment(repository, FRAMEWORK, parse_exchange(raw, "f.json"), "f.json")
    note = repository.assessment(result.assessment_id).import_note
    assert note is not None and len(note) < 5_000
    assert "22,000" in note and "retired-0" in note and "retired-21999" not in note
    assert "more" in note
    assert len(result.summary()) < 5_000
    repository.database.close()


def test_a_bidi_or_escape_sequence_in_a_name_is_escaped_on_the_terminal(
    data_dir: Path, tmp_path: Path
) -> None:
    name = "Mira \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe Chen"
    source = write_exchange(tmp_path / "mira.json", exchange_document(name))
    results = [run_cli("import-assessment", str(source)), run_cli("people"),
               run_cli("people", "--json")]  # fmt: skip
    for result in results:
        assert result.returncode == 0, result.stderr
        for control in ("\x1b", "\x07", "\u202e"):
            assert control not in result.stdout and control not in result.stderr
    assert "\\u202e" in results[1].stdout and "\\u001b" in results[1].stdout
    assert json.loads(results[2].stdout)[0]["name"] == name  # JSON escapes are lossless
    assert os.name != "posix" or "Mira" in results[0].stdout
