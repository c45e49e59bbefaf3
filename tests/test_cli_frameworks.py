"""``skill-ladder frameworks``: list, install (native or converted), update, remove, export —
run as the installed console script, checked in the data folder's real database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

SHARED = Path(__file__).resolve().parents[2] / "shared" / "frameworks"
CSV = """skill,category,level,descriptor,role,requirement
Python,Engineering,Junior,Writes small scripts with help,Backend engineer,required
Python,Engineering,Senior,Designs packages others build on,Backend engineer,required
Testing,Engineering,Junior,Runs the test suite before pushing,Backend engineer,optional
Testing,Engineering,Senior,Designs the team's test strategy,Backend engineer,required
"""


def _cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    done = run_cli("--lang", "en", "--data-dir", str(data_dir), *args)
    return done.returncode, done.stdout, done.stderr


def _rows(data_dir: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(data_dir / "skill-ladder.sqlite3")
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def ladder_csv(tmp_path: Path) -> Path:
    path = tmp_path / "acme.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_install_lists_and_refuses_a_second_install_without_update(
    tmp_path: Path, ladder_csv: Path
) -> None:
    data = tmp_path / "data"
    code, out, err = _cli(data, "frameworks", "install", str(ladder_csv), "--licence", "MIT")
    assert code == 0, err
    assert "Format:" in out and "installed" in out
    code, out, err = _cli(data, "frameworks", "--json")
    assert code == 0, err
    listed = {entry["id"]: entry for entry in json.loads(out)}
    assert listed["ml-ai"]["builtin"] is True
    installed = next(e for e in listed.values() if not e["builtin"])
    assert installed["format"] == "csv"
    assert installed["files"] == ["acme.csv"]
    assert installed["skills"] == 2
    assert installed["source"]["licence"] == "MIT"
    assert _rows(data, "SELECT import_format FROM frameworks") == [("csv",)]

    code, _out, err = _cli(data, "frameworks", "install", str(ladder_csv))
    assert code == 1
    assert "installed already" in err and "--update" in err
    ladder_csv.write_text(CSV.replace("Designs packages", "Designs libraries"), encoding="utf-8")
    code, out, err = _cli(data, "frameworks", "install", str(ladder_csv), "--update")
    assert code == 0, err
    assert "updated" in out
    (document,) = _rows(data, "SELECT document FROM frameworks")[0]
    assert "Designs libraries" in document


def test_the_roles_command_reads_an_installed_framework_by_id(
    tmp_path: Path, ladder_csv: Path
) -> None:
    data = tmp_path / "data"
    assert _cli(data, "frameworks", "install", str(ladder_csv))[0] == 0
    framework_id = _rows(data, "SELECT id FROM frameworks")[0][0]
    code, out, err = _cli(data, "--framework", framework_id, "roles", "--json")
    assert code == 0, err
    assert [role["name"] for role in json.loads(out)] == ["Backend engineer"]
    code, _out, err = _cli(data, "--framework", "not-installed", "roles")
    assert code == 2
    assert "not installed" in err


def test_remove_is_refused_while_used_and_archives_with_the_option(
    tmp_path: Path, ladder_csv: Path
) -> None:
    data = tmp_path / "data"
    assert _cli(data, "frameworks", "install", str(ladder_csv))[0] == 0
    framework_id = _rows(data, "SELECT id FROM frameworks")[0][0]
    assert _cli(data, "demo")[0] == 0  # people of the built-in framework do not count
    connection = sqlite3.connect(data / "skill-ladder.sqlite3")
    with connection:
        connection.execute(
            "UPDATE people SET framework_id = ?, role_id = 'backend-engineer'", (framework_id,)
        )
    connection.close()

    code, _out, err = _cli(data, "frameworks", "remove", framework_id)
    assert code == 1
    assert "in use" in err and "--archive-people" in err
    assert _rows(data, "SELECT count(*) FROM frameworks") == [(1,)]
    code, out, err = _cli(data, "frameworks", "remove", framework_id, "--archive-people")
    assert code == 0, err
    assert _rows(data, "SELECT count(*) FROM people WHERE archived_at IS NULL") == [(0,)]
    # Profiles still name it: kept (hidden) so their history reads, no longer listed.
    assert _rows(data, "SELECT removed_at IS NOT NULL FROM frameworks") == [(1,)]
    code, out, _err = _cli(data, "frameworks", "--json")
    assert [e["id"] for e in json.loads(out)] == ["ml-ai"]
    code, _out, err = _cli(data, "frameworks", "remove", "ml-ai")
    assert code == 1 and "built-in" in err


def test_a_broken_file_installs_nothing_and_names_the_place(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = tmp_path / "bad.csv"
    bad.write_text("skill,level\nPython,\n", encoding="utf-8")
    code, _out, err = _cli(data, "frameworks", "install", str(bad))
    assert code == 1
    assert "bad.csv" in err and "nothing was installed" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/frameworks is beside the project")
def test_the_published_frameworks_install_side_by_side(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for files in (
        [SHARED / "ft-job-families-engineering.yml"],
        sorted(SHARED.glob("monzo-*.md")),
        [SHARED / "direct-DIRECT-framework-all-in-one.json", SHARED / "direct-skill_level.json"],
    ):
        code, _out, err = _cli(data, "frameworks", "install", *map(str, files))
        assert code == 0, err
    code, out, _err = _cli(data, "frameworks", "--json")
    formats = sorted(e["format"] for e in json.loads(out) if not e["builtin"])
    assert formats == ["direct", "ft", "monzo"]
