"""Hostile values inside otherwise well-formed files, and hostile arguments: each one ends in a
file:line message (command line and window), never in a traceback, and nothing is imported."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.exchange_files import exchange_document, write_exchange
from tests.framework_factory import framework_data, write_yaml


def _framework_with(tmp_path: Path, old: str, new: str) -> Path:
    path = write_yaml(tmp_path / "framework.yaml", framework_data())
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _mark_is_a_list(tmp_path: Path) -> tuple[Path, str]:
    data = framework_data()
    data["roles"][0]["skills"]["skill-0"]["junior"] = {"mark": ["required", "optional"]}
    path = write_yaml(tmp_path / "framework.yaml", data)
    return path, "roles[0].skills.skill-0.junior.mark: mark must be 'required' or 'optional'"


def _impossible_date(tmp_path: Path) -> tuple[Path, str]:
    return _framework_with(tmp_path, "version: '0.1'", "version: 2020-13-45"), "2020-13-45"


def _huge_integer(tmp_path: Path) -> tuple[Path, str]:
    return _framework_with(tmp_path, "version: '0.1'", "version: " + "7" * 5000), "digits"


def _lone_surrogate_in_a_name(tmp_path: Path) -> tuple[Path, str]:
    path = _framework_with(tmp_path, "name: Test framework", 'name: "Test \\ud800 framework"')
    return path, "invalid Unicode character"


def _lone_surrogate_in_json(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "framework.json"
    data = framework_data()
    data["skills"][1]["name"] = "\ud800"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")  # ASCII: "\ud800" escaped
    return path, "not valid Unicode"


FRAMEWORK_FAULTS = [
    _mark_is_a_list,
    _impossible_date,
    _huge_integer,
    _lone_surrogate_in_a_name,
    _lone_surrogate_in_json,
]


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.mark.parametrize("fault", FRAMEWORK_FAULTS, ids=lambda f: f.__name__.strip("_"))
def test_framework_faults_are_file_line_problems_in_the_cli(tmp_path: Path, fault) -> None:
    path, expected = fault(tmp_path)
    for command in (["validate", str(path)], ["--framework", str(path), "roles"]):
        result = run_cli(*command)
        assert result.returncode in (1, 2), result.stdout
        assert "Traceback" not in result.stderr, result.stderr
        assert expected in result.stderr
        assert f"{path}:" in result.stderr
        assert "0 problem(s)" not in result.stderr


def test_the_problem_carries_the_line_of_the_bad_value(tmp_path: Path) -> None:
    path, _expected = _impossible_date(tmp_path)
    result = run_cli("validate", str(path))
    assert f"{path}:{_line_of(path, '2020-13-45')}: framework.version:" in result.stderr
    path, _expected = _lone_surrogate_in_a_name(tmp_path)
    result = run_cli("validate", str(path))
    assert f"{path}:{_line_of(path, 'ud800')}: " in result.stderr
    path, _expected = _lone_surrogate_in_json(tmp_path)
    result = run_cli("validate", str(path))
    assert f"{path}:{_line_of(path, 'ud800')}: skills[1].name: " in result.stderr


@pytest.mark.parametrize("fault", FRAMEWORK_FAULTS, ids=lambda f: f.__name__.strip("_"))
def test_the_window_lists_the_framework_problems(
    qapp, qt_settings, data_dir: Path, tmp_path: Path, monkeypatch, fault
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import app.main

    path, expected = fault(tmp_path)
    shown: list[tuple[str, str]] = []

    def critical(_parent, title: str, text: str, *_args) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        code = app.main.run_app(argparse.Namespace(framework=str(path), data_dir=str(data_dir)))
    finally:
        for handler in root.handlers[len(handlers) :]:
            root.removeHandler(handler)
            handler.close()
    assert code == 2
    assert [title for title, _text in shown] == ["Cannot load the framework"]
    assert expected in shown[0][1] and f"{path.name}:" in shown[0][1]


# --- exchange files -------------------------------------------------------------------------


def _set(document: dict, dotted: str, value: object) -> dict:
    *parents, last = dotted.split(".")
    target = document
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[last] = value
    return document


EXCHANGE_FAULTS = [
    ("person.name", "Mira \ud800 Chen", "not valid Unicode"),
    ("assessment.ratings.0.note", "note \udcff", "not valid Unicode"),
    ("goals.0.action", "\ud83d alone", "not valid Unicode"),
    ("assessment.started_at", "0001-01-01T00:00+14:00", "outside the dates"),
    ("assessment.completed_at", "9999-12-31T23:59:59-14:00", "outside the dates"),
    ("exported_at", "0001-01-01T00:00:00+00:00", "outside the dates"),
]


def _count(data_dir: Path, table: str) -> int:
    path = data_dir / "skill-ladder.sqlite3"
    if not path.exists():
        return 0
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize(("field", "value", "expected"), EXCHANGE_FAULTS)
def test_exchange_faults_import_nothing_and_say_where(
    data_dir: Path, tmp_path: Path, field: str, value: str, expected: str
) -> None:
    path = tmp_path / "mira.json"
    text = json.dumps(_set(exchange_document(), field, value), indent=2)  # ASCII escapes
    path.write_text(text, encoding="utf-8")
    result = run_cli("import-assessment", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert "nothing was imported" in result.stderr
    assert expected in result.stderr
    assert f"{path}:" in result.stderr and field.split(".")[-1] in result.stderr
    assert _count(data_dir, "assessments") == 0 and _count(data_dir, "people") == 0


def test_a_lone_surrogate_in_the_person_argument_imports_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    import os
    import subprocess

    from tests.cli_runner import SCRIPT

    source = write_exchange(tmp_path / "mira.json", exchange_document())
    result = subprocess.run(
        [os.fsencode(SCRIPT), b"import-assessment", os.fsencode(source), b"--person", b"Mi\xffra"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1 and "Traceback" not in stderr, stderr
    assert "not valid Unicode" in stderr
    assert _count(data_dir, "assessments") == 0


# --- output file names ---------------------------------------------------------------------


def test_an_output_name_too_long_for_the_file_system_is_refused(
    data_dir: Path, tmp_path: Path
) -> None:
    assert run_cli("demo").returncode == 0
    long_name = str(tmp_path / ("p" * 300))
    commands = [
        ["export-pdf", "--person", "Sample: Alex Rivera", "--role", "mlops-engineer",
         "--out", long_name + ".pdf"],
        ["export-csv", "--out", long_name + ".csv"],
        ["export-assessment", "--person", "Sample: Alex Rivera", "--out", long_name + ".json"],
        ["export-agenda", "--person", "Sample: Alex Rivera", "--out", long_name + ".pdf"],
    ]  # fmt: skip
    for command in commands:
        for force in ([], ["--force"]):
            result = run_cli(*command, *force)
            assert result.returncode == 1, command
            assert "Traceback" not in result.stderr, result.stderr
            assert "name is too long" in result.stderr.lower(), result.stderr
    assert list(tmp_path.iterdir()) == [data_dir]


# --- many problems, duplicate keys ------------------------------------------------------------


def test_only_the_first_hundred_problems_are_printed_with_a_count(tmp_path: Path) -> None:
    data = framework_data()
    data["framework"].update({f"unknown-{i}": i for i in range(3000)})
    path = write_yaml(tmp_path / "noisy.yaml", data)
    for command in (["validate", str(path)], ["--framework", str(path), "roles"]):
        result = run_cli(*command)
        assert result.returncode in (1, 2)
        lines = result.stderr.splitlines()
        assert re.search(r"3,?000 problem", lines[0]), lines[0]
        assert len(lines) == 1 + 100 + 1
        assert "2,900 more problems" in lines[-1]


def test_a_duplicate_json_key_is_reported_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "framework.json"
    text = json.dumps(framework_data(), indent=2)
    text = text.replace('"name": "Test framework",', '"name": "Test framework",\n"name": "Again",')
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert f"{path}:{_line_of(path, 'Again')}: framework: duplicate key 'name'" in result.stderr


def test_schema_version_must_be_the_integer_itself(tmp_path: Path) -> None:
    for spelled in ("1.0", "true", "'1'"):
        path = _framework_with(tmp_path, "schema_version: 1", f"schema_version: {spelled}")
        result = run_cli("validate", str(path))
        assert result.returncode == 1, spelled
        assert f"{path}:1: schema_version: schema version" in result.stderr, result.stderr
        assert "0 problem(s)" not in result.stderr
