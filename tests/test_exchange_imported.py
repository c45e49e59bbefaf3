"""Exchange files of an assessment against an imported framework: a round trip between two data
folders using the same imported FT file (--framework), ratings on its proficiency scale kept,
and a refusal, with nothing imported, when the other side uses another framework."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from core.framework_files import load_framework
from db.database import Database
from db.repository import Repository
from tests import importer_samples as s
from tests.cli_runner import run_cli


def _import_ft(tmp_path: Path) -> Path:
    out = tmp_path / "testing-ft.yaml"
    source = s.write(tmp_path / "testing.yml", s.FT_JOB_FAMILY)
    done = run_cli("import-framework", str(source), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def _assess(data_dir: Path, framework_file: Path) -> None:
    fw = load_framework(framework_file)
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person("Ada Imported")
    when = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    draft = repository.start_assessment(person.id, fw, "engineer", "t2", started_at=when)
    repository.set_rating(draft.id, "care", "deep", True)
    repository.set_rating(draft.id, "speed", "basic", True)
    repository.set_note(draft.id, "care", "Reviewed every release.")
    repository.complete(draft.id, fw, completed_at=when)
    database.close()


def test_round_trip_with_an_imported_framework(tmp_path: Path) -> None:
    framework = _import_ft(tmp_path)
    mine, managers = tmp_path / "mine", tmp_path / "manager"
    _assess(mine, framework)
    exchange = tmp_path / "ada.json"
    exported = run_cli("--framework", str(framework), "--data-dir", str(mine),
                       "export-assessment", "--person", "Ada Imported", "--out", str(exchange))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exchange.read_text(encoding="utf-8"))
    assert document["framework"]["id"] == load_framework(framework).id
    levels = {r["skill"]: r["level"] for r in document["assessment"]["ratings"]}
    assert levels == {"care": "deep", "speed": "basic"}  # proficiency ids

    imported = run_cli("--framework", str(framework), "--data-dir", str(managers),
                       "import-assessment", str(exchange))  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    database = Database.in_directory(managers)
    try:
        repository = Repository(database)
        (person,) = repository.people()
        (assessment,) = repository.assessments(person.id)
    finally:
        database.close()
    assert person.name == "Ada Imported" and assessment.import_note is None
    assert {k: r.level_id for k, r in assessment.ratings.items()} == levels
    assert assessment.ratings["care"].note == "Reviewed every release."
    assert assessment.role_id == "engineer" and assessment.target_level == "t2"


def test_a_file_made_with_another_framework_is_refused(tmp_path: Path) -> None:
    framework = _import_ft(tmp_path)
    mine = tmp_path / "mine"
    _assess(mine, framework)
    exchange = tmp_path / "ada.json"
    exported = run_cli("--framework", str(framework), "--data-dir", str(mine),
                       "export-assessment", "--person", "Ada Imported", "--out", str(exchange))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    managers = tmp_path / "manager"
    refused = run_cli("--data-dir", str(managers), "import-assessment", str(exchange))
    assert refused.returncode == 1
    assert "nothing was imported" in refused.stderr
    fw = load_framework(framework)
    # Not installed in the manager's data, and not carried (it was the sender's --framework,
    # not an installed one): refused, naming it and how to install it.
    assert f"'{fw.id}' {fw.version}, which is not installed here" in refused.stderr
    assert "skill-ladder frameworks install FILE" in refused.stderr
    listed = run_cli("--data-dir", str(managers), "people", "--json")
    assert json.loads(listed.stdout) == []
