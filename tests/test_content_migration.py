"""Framework 2.0.0 retires leadership-mentoring: what people rated on 1.0.0 keeps working.

A completed assessment keeps its frozen schema 1 snapshot (the old skill, its old text); a draft
reads the new framework; an exchange file that rated the old skill imports with a note naming it.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from core.exchange import parse_exchange
from core.framework_files import load_builtin_framework
from core.plan import build_plan
from core.snapshot import framework_from_snapshot, role_snapshot
from db.database import Database
from db.exchange_export import exchange_file_bytes
from db.exchange_import import import_assessment
from db.plan_inputs import plan_input
from db.repository import Repository
from reports.growth_plan import render_growth_plan

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-0004.sqlite3"
OLD_SKILL = "leadership-mentoring"


def _upgraded(tmp_path: Path) -> Repository:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "skill-ladder.sqlite3")
    return Repository(Database.in_directory(folder))


def _old_assessments(path: Path) -> dict[int, str | None]:
    """Assessment id -> status of the 1.0.0 assessments that rated the retired skill."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT a.id, a.status FROM assessments a JOIN ratings r ON r.assessment_id = a.id "
            "WHERE r.skill_id = ? AND a.framework_version = '1.0.0'",
            (OLD_SKILL,),
        ).fetchall()
    finally:
        connection.close()
    return dict(rows)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_new_framework_retires_the_skill_and_snapshots_are_schema_2() -> None:
    framework = load_builtin_framework()
    assert framework.version == "2.0.0" and framework.schema_version == 2
    assert OLD_SKILL not in {s.id for s in framework.skills}
    data = json.loads(role_snapshot(framework, "ux-designer"))
    assert data["schema_version"] == 2
    assert [f["roles"] for f in data["families"]] == [["ux-designer"]]
    again = framework_from_snapshot(json.dumps(data))
    assert again.level_meaning("ux-designer", "senior") == framework.level_meaning(
        "ux-designer", "senior"
    )
    assert again.examples("ux-designer", "ux-design", "lead") == framework.examples(
        "ux-designer", "ux-design", "lead"
    )


def test_old_assessments_that_rated_the_retired_skill_still_open(tmp_path: Path) -> None:
    old = _old_assessments(FIXTURE)
    assert "completed" in old.values() and "draft" in old.values(), "the fixture has both"
    repository = _upgraded(tmp_path)
    framework = load_builtin_framework()
    today = date(2026, 12, 1)
    for assessment_id, status in old.items():
        plan = build_plan(plan_input(repository, framework, assessment_id, today))
        text = _text(render_growth_plan(plan))
        names = {g.name for g in plan.gaps}
        if status == "completed":
            # The frozen 1.0.0 snapshot: the old skill with its old name, rated as it was.
            assert plan.framework.version == "1.0.0" and plan.framework.schema_version == 1
            assert "Leadership and Mentoring" in names
            assert "Technical Leadership and Mentoring" not in names
            assert plan.assessment.rating(OLD_SKILL).rated
        else:
            # The draft reads 2.0.0: the new skills, the stray rating ignored, not lost.
            assert plan.framework.version == "2.0.0"
            assert "Technical Leadership and Mentoring" in names
            assert "Leadership and Mentoring" not in names
            assert plan.assessment.rating(OLD_SKILL).rated
        assert "Growth plan" in text
    repository.database.close()


def test_an_exchange_file_rating_the_retired_skill_imports_with_a_note(tmp_path: Path) -> None:
    repository = _upgraded(tmp_path)
    framework = load_builtin_framework()
    completed = next(i for i, status in _old_assessments(FIXTURE).items() if status == "completed")
    raw = exchange_file_bytes(
        repository,
        framework,
        completed,
        exported_by="self",
        now=datetime(2026, 12, 1, tzinfo=UTC),
    )
    assert OLD_SKILL in raw.decode("utf-8")
    repository.database.close()

    other = tmp_path / "manager"
    other.mkdir()
    managers = Repository(Database.in_directory(other))
    result = import_assessment(
        managers, framework, parse_exchange(raw, "old.json"), "old.json", person_name="Old file"
    )
    copy = managers.assessment(result.assessment_id)
    assert copy.import_note is not None and OLD_SKILL in copy.import_note
    assert OLD_SKILL not in copy.ratings
    assert "ml-pipelines" in copy.ratings  # the skills both versions share arrive
    managers.database.close()
