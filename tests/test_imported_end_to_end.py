"""A person assessed end to end against imported FT, Monzo, DIRECT and CSV frameworks: ratings,
gaps, history with the frozen snapshot, and the growth plan PDF (source shown) parsed."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.framework_files import load_framework
from core.gaps import readiness, skill_gaps
from core.snapshot import framework_from_snapshot
from db.database import Database
from db.repository import Repository
from tests import importer_samples as s
from tests.cli_runner import run_cli

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "frameworks"
GROUPS = {
    "ft": ["ft-job-families-engineering.yml"],
    "monzo": ["monzo-engineering-backend.md", "monzo-generic.md"],
    "direct": ["direct-DIRECT-framework-all-in-one.json", "direct-skill_level.json"],
}


def _sources(kind: str, tmp_path: Path) -> list[Path]:
    if kind == "csv":
        return [s.write(tmp_path / "ladder.csv", s.LONG_CSV)]
    if not SHARED.is_dir():
        pytest.skip("../shared/frameworks is absent")
    return [SHARED / n for n in GROUPS[kind]]


@pytest.mark.parametrize("kind", ["ft", "monzo", "direct", "csv"])
def test_assess_against_an_imported_framework(kind: str, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / f"{kind}.yaml"
    done = run_cli("import-framework", *map(str, _sources(kind, tmp_path)), "--out", str(out))
    assert done.returncode == 0, done.stderr
    fw = load_framework(out)
    role = fw.roles[0]
    levels = fw.role_levels(role.id)
    target = levels[min(2, len(levels) - 1)]
    # Ratings are on the role's rating scale: the proficiency scale (FT, CSV with a
    # proficiency column) or the role's levels (Monzo, DIRECT).
    scale = fw.rating_scale(role.id)
    assert fw.uses_proficiency(role.id) == (kind in {"ft", "csv"})
    expected_ids = [lv.id for lv in (fw.proficiencies if kind in {"ft", "csv"} else levels)]
    assert [step.id for step in scale] == expected_ids
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person("Ada Imported")
    started = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    first = repository.start_assessment(person.id, fw, role.id, target.id, started_at=started)
    rated = [s for s in role.skill_ids if fw.is_expected(role.id, s, target.id)][:3]
    for skill_id in rated:
        repository.set_rating(first.id, skill_id, scale[0].id, True)
    repository.complete(first.id, fw, completed_at=started + timedelta(hours=1))
    second = repository.start_assessment(
        person.id,
        fw,
        role.id,
        target.id,
        started_at=started + timedelta(days=30),
        carry_from=repository.assessment(first.id),
    )
    wanted = scale[fw.expected_index(role.id, rated[0], target.id)]
    repository.set_rating(second.id, rated[0], wanted.id, True)
    repository.complete(second.id, fw, completed_at=started + timedelta(days=30, hours=1))
    history = repository.assessments(person.id, role.id)
    assert {a.id for a in history} == {first.id, second.id}
    assert all(a.is_completed for a in history)
    frozen = repository.assessment(second.id)
    database.close()

    assert frozen.ratings[rated[0]].level_id == wanted.id  # carried over, then raised
    assert frozen.ratings[rated[1]].level_id == scale[0].id
    gaps = skill_gaps(fw, role.id, frozen.ratings, target.id)
    expected_here = [s for s in role.skill_ids if fw.is_expected(role.id, s, target.id)]
    assert [g.skill_id for g in gaps] == expected_here  # not expected at the target: no gap
    by_id = {g.skill_id: g for g in gaps}
    assert by_id[rated[0]].met and by_id[rated[0]].gap == 0
    assert by_id[rated[0]].target_label == wanted.label
    if fw.expected_index(role.id, rated[1], target.id):
        assert not by_id[rated[1]].met
    assert readiness(fw, gaps, target.id).rated == len(rated)
    assert frozen.role_snapshot is not None
    again = framework_from_snapshot(frozen.role_snapshot)
    assert again.source == fw.source
    assert again.criteria(role.id, rated[0], target.id) == fw.criteria(role.id, rated[0], target.id)

    pdf = tmp_path / "plan.pdf"
    done = run_cli("--framework", str(out), "export-pdf", "--person", "Ada Imported",
                   "--role", role.id, "--out", str(pdf))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages).split()
    )
    assert role.name.split()[-1] in text
    assert target.label in text
    if fw.uses_proficiency(role.id):
        assert wanted.label in text  # the expected proficiency, in the gap table
    assert fw.skill(rated[0]).name.split()[-1] in text
    if fw.source is not None:
        assert fw.source.licence in text and "Source" in text
    csv_out = tmp_path / "history.csv"
    done = run_cli("--framework", str(out), "export-csv", "--out", str(csv_out))
    assert done.returncode == 0, done.stderr
    rows = [line for line in csv_out.read_text("utf-8-sig").splitlines() if rated[0] in line]
    assert any(f",{wanted.label}," in row for row in rows)  # ratings on the role's scale
    people = run_cli("--framework", str(out), "people", "--json")
    assert people.returncode == 0 and "Ada Imported" in people.stdout
