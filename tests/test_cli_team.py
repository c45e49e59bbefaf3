"""The managers' commands: exchange files between two data folders, CSV history, agenda PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from core.csv_files import read_csv
from db.sample_data import SAMPLE_PERSON
from tests.cli_runner import run_cli


def test_exchange_between_two_data_folders(tmp_path: Path) -> None:
    mine, managers = tmp_path / "mine", tmp_path / "manager"
    assert run_cli("demo", "--data-dir", str(mine)).returncode == 0
    exchange = tmp_path / "alex.json"
    exported = run_cli("export-assessment", "--person", SAMPLE_PERSON, "--out", str(exchange),
                       "--data-dir", str(mine))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exchange.read_text(encoding="utf-8"))
    assert document["format"] == "skill-ladder-assessment" and document["schema_version"] == 1
    assert document["assessment"]["status"] == "completed"

    imported = run_cli("import-assessment", str(exchange), "--data-dir", str(managers))
    assert imported.returncode == 0, imported.stderr
    assert "Imported the assessment" in imported.stdout
    again = run_cli("import-assessment", str(exchange), "--data-dir", str(managers))
    assert "nothing was duplicated" in again.stdout
    people = json.loads(run_cli("people", "--json", "--data-dir", str(managers)).stdout)
    assert [p["name"] for p in people] == [SAMPLE_PERSON]
    assert len(people[0]["assessments"]) == 1


def test_broken_exchange_file_imports_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "skill-ladder-assessment", "schema_version": 99}', encoding="utf-8")
    result = run_cli("import-assessment", str(bad), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1
    assert "nothing was imported" in result.stderr and "unknown schema version 99" in result.stderr
    assert "bad.json:1" in result.stderr
    listed = run_cli("people", "--json", "--data-dir", str(tmp_path / "data"))
    assert json.loads(listed.stdout) == []


def test_csv_history_is_spreadsheet_safe(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    out = tmp_path / "team.csv"
    result = run_cli("export-csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert rows[0][:3] == ["person", "role", "assessment"]
    assert {row[0] for row in rows[1:]} == {SAMPLE_PERSON}
    notes = {row[10] for row in rows[1:]}
    assert "Added step caching; nightly run went from 3 h to 70 min." in notes


def test_agenda_pdf(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    out = tmp_path / "agenda.pdf"
    result = run_cli("export-agenda", "--person", SAMPLE_PERSON, "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "One-on-one agenda" in text and SAMPLE_PERSON in text
    assert f"page 1 of {len(reader.pages)}" in text


def test_a_failed_write_is_reported_and_leaves_nothing(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo").returncode == 0
    in_the_way = tmp_path / "agenda.pdf"
    in_the_way.mkdir()  # a folder where the file should go: the final rename fails
    (in_the_way / "keep.txt").write_text("mine", encoding="utf-8")
    for command in (
        ("export-agenda", "--person", SAMPLE_PERSON),
        ("export-csv",),
        ("export-assessment", "--person", SAMPLE_PERSON),
        ("export-pdf", "--person", SAMPLE_PERSON, "--role", "mlops-engineer"),
    ):
        result = run_cli(*command, "--out", str(in_the_way), "--force")
        assert result.returncode == 1, command
        assert "could not write" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "agenda.pdf",
        "data",
    ]  # no temporary files
    assert (in_the_way / "keep.txt").read_text(encoding="utf-8") == "mine"
