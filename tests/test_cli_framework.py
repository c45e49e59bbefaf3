"""The framework commands of the installed ``skill-ladder`` script."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli
from tests.framework_factory import framework_data, mutated, write_yaml


def test_roles_json_lists_every_role() -> None:
    result = run_cli("roles", "--json")
    assert result.returncode == 0, result.stderr
    roles = json.loads(result.stdout)
    assert len(roles) == 23
    mlops = next(r for r in roles if r["id"] == "mlops-engineer")
    assert "ml-pipelines" in mlops["skills"]
    assert mlops["name"] == "MLOps Engineer"


def test_roles_text() -> None:
    result = run_cli("roles")
    assert result.returncode == 0
    assert result.stdout.startswith("Machine Learning & AI 2.0.0: 23 roles")


def test_skills_and_show_for_a_role() -> None:
    skills = run_cli("skills", "--role", "llm-engineer", "--json")
    assert skills.returncode == 0, skills.stderr
    pipelines = next(s for s in json.loads(skills.stdout) if s["id"] == "ml-pipelines")
    assert set(pipelines["marks"].values()) == {"optional"}

    shown = run_cli("show", "--role", "mlops-engineer", "--skill", "ml-pipelines", "--json")
    levels = json.loads(shown.stdout)["levels"]
    assert [lv["mark"] for lv in levels] == [
        "optional",
        "optional",
        "required",
        "required",
        "required",
    ]
    assert all(lv["descriptor"] for lv in levels)

    text = run_cli("show", "--role", "mlops-engineer", "--skill", "ml-pipelines")
    assert "Senior (required)" in text.stdout and "Junior (optional)" in text.stdout


def test_unknown_role_is_a_clear_error() -> None:
    result = run_cli("skills", "--role", "astronaut")
    assert result.returncode == 2
    assert "no role 'astronaut'" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_a_valid_file(tmp_path: Path) -> None:
    path = write_yaml(tmp_path / "fw.yaml", framework_data(level_count=8))
    result = run_cli("validate", str(path))
    assert result.returncode == 0
    assert "valid" in result.stdout and "8 levels" in result.stdout


def test_validate_a_broken_file_prints_every_problem(tmp_path: Path) -> None:
    data = mutated(framework_data())
    data["roles"][1]["skills"]["skill-0"].pop("senior")
    data["skills"][1]["descriptors"]["junior"] = ""
    data["roles"][0]["colour"] = "red"
    path = write_yaml(tmp_path / "broken.yaml", data)
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    lines = [line.strip() for line in result.stderr.splitlines()]
    assert lines[0] == f"{path}: 3 problems"
    assert any(line.endswith("roles[1].skills.skill-0: missing level 'senior'") for line in lines)
    assert any(line.endswith("skills[1].descriptors.junior: must not be empty") for line in lines)
    assert any("roles[0].colour: unknown key 'colour'" in line for line in lines)
    assert all(line.startswith(str(path) + ":") for line in lines[1:])


def test_framework_option_uses_another_framework(tmp_path: Path) -> None:
    path = write_yaml(tmp_path / "fw.yaml", framework_data(role_count=3))
    before = run_cli("--framework", str(path), "roles", "--json")
    after = run_cli("roles", "--json", "--framework", str(path))
    assert [r["id"] for r in json.loads(before.stdout)] == ["role-0", "role-1", "role-2"]
    assert before.stdout == after.stdout


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("skill-ladder 0.1.0")
