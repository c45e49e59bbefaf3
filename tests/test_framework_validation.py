"""Framework files: valid ones load with any number of levels; each kind of error is reported
with file, line and path, and all of them at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import FrameworkError
from core.framework import Mark
from core.framework_files import load_framework
from tests.framework_factory import framework_data, mutated, write_json, write_yaml


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("level_count", [3, 5, 8])
def test_any_number_of_levels_loads(tmp_path: Path, level_count: int) -> None:
    framework = load_framework(write_yaml(tmp_path / "fw.yaml", framework_data(level_count)))
    assert len(framework.levels) == level_count
    top = framework.levels[-1].id
    assert framework.level_index(top) == level_count - 1
    assert framework.descriptor("role-1", "skill-0", top) == f"Does skill 0 at {top} scope."
    assert framework.expectation("role-1", "skill-0", framework.levels[0].id).mark is Mark.OPTIONAL


def test_json_with_the_same_schema_loads(tmp_path: Path) -> None:
    data = framework_data()
    from_json = load_framework(write_json(tmp_path / "fw.json", data))
    from_yaml = load_framework(write_yaml(tmp_path / "fw.yaml", data))
    assert [r.id for r in from_json.roles] == [r.id for r in from_yaml.roles]
    assert from_json.skill("skill-1").descriptors == from_yaml.skill("skill-1").descriptors


def test_role_specific_descriptor_overrides_the_generic_one(tmp_path: Path) -> None:
    data = mutated(framework_data())
    data["roles"][0]["skills"]["skill-0"]["middle"] = {
        "mark": "required",
        "descriptor": "Own words.",
    }
    framework = load_framework(write_yaml(tmp_path / "fw.yaml", data))
    assert framework.descriptor("role-0", "skill-0", "middle") == "Own words."
    assert framework.descriptor("role-1", "skill-0", "middle") == "Does skill 0 at middle scope."


def _broken(tmp_path: Path, change: object) -> list[str]:
    data = mutated(framework_data())
    change(data)  # type: ignore[operator]
    return problems_of(write_yaml(tmp_path / "broken.yaml", data))


def test_unknown_key_is_reported_with_path_and_line(tmp_path: Path) -> None:
    problems = _broken(tmp_path, lambda d: d["roles"][1].update(colour="blue"))
    assert len(problems) == 1
    assert "broken.yaml:" in problems[0]
    assert "roles[1].colour: unknown key 'colour'" in problems[0]
    line = int(problems[0].split(":")[1])
    text = (tmp_path / "broken.yaml").read_text().splitlines()
    assert "colour: blue" in text[line - 1]


def test_missing_level_in_a_role_skill(tmp_path: Path) -> None:
    problems = _broken(tmp_path, lambda d: d["roles"][1]["skills"]["skill-1"].pop("middle"))
    assert any("roles[1].skills.skill-1: missing level 'middle'" in p for p in problems)


def test_missing_level_in_generic_descriptors(tmp_path: Path) -> None:
    problems = _broken(tmp_path, lambda d: d["skills"][0]["descriptors"].pop("senior"))
    assert any("skills[0].descriptors: missing level 'senior'" in p for p in problems)


def test_duplicate_ids(tmp_path: Path) -> None:
    def dup(d: dict) -> None:
        d["skills"][1]["id"] = "skill-0"
        d["roles"][1]["id"] = "role-0"

    problems = _broken(tmp_path, dup)
    assert any("skills[1].id: duplicate skill id 'skill-0'" in p for p in problems)
    assert any("roles[1].id: duplicate role id 'role-0'" in p for p in problems)


def test_references_to_unknown_skill_level_and_stage(tmp_path: Path) -> None:
    def bad_refs(d: dict) -> None:
        d["roles"][0]["skills"]["no-such-skill"] = {"junior": "required"}
        d["roles"][1]["skills"]["skill-0"]["expert"] = "required"
        d["roles"][1]["stages"]["supports"] = ["launch"]

    problems = _broken(tmp_path, bad_refs)
    assert any(
        "roles[0].skills.no-such-skill: unknown skill 'no-such-skill'" in p for p in problems
    )
    assert any("roles[1].skills.skill-0.expert: unknown level 'expert'" in p for p in problems)
    assert any("roles[1].stages.supports[0]: unknown stage 'launch'" in p for p in problems)


def test_empty_descriptors_and_bad_marks(tmp_path: Path) -> None:
    def empty(d: dict) -> None:
        d["skills"][0]["descriptors"]["middle"] = "   "
        d["roles"][0]["skills"]["skill-1"]["senior"] = {"mark": "required", "descriptor": ""}
        d["roles"][1]["skills"]["skill-1"]["junior"] = "mandatory"

    problems = _broken(tmp_path, empty)
    assert any("skills[0].descriptors.middle: must not be empty" in p for p in problems)
    assert any(
        "roles[0].skills.skill-1.senior.descriptor: must not be empty" in p for p in problems
    )
    assert any(
        "roles[1].skills.skill-1.junior: mark must be 'required' or 'optional'" in p
        for p in problems
    )


def test_wrong_types(tmp_path: Path) -> None:
    def wrong(d: dict) -> None:
        d["framework"]["version"] = 1.5
        d["skills"][0]["keywords"] = "alpha, beta"
        d["roles"][0]["responsibilities"] = {"a": 1}
        d["levels"][2] = "senior"

    problems = _broken(tmp_path, wrong)
    assert any(
        "framework.version: must be text, found a number; put it in quotes" in p for p in problems
    )
    assert any("skills[0].keywords: must be a list, found text" in p for p in problems)
    assert any("roles[0].responsibilities: must be a list, found a mapping" in p for p in problems)
    assert any("levels[2]: must be a mapping, found text" in p for p in problems)


def test_all_errors_are_reported_at_once(tmp_path: Path) -> None:
    def many(d: dict) -> None:
        d["framework"].pop("name")
        d["skills"][0]["summary"] = ""
        d["roles"][0]["skills"]["skill-0"].pop("junior")
        d["roles"][1]["summary"] = 42

    problems = _broken(tmp_path, many)
    assert len(problems) == 4
    assert any("framework: missing key 'name'" in p for p in problems)


def test_unsupported_schema_version(tmp_path: Path) -> None:
    problems = _broken(tmp_path, lambda d: d.update(schema_version=99))
    assert problems == [
        f"{tmp_path / 'broken.yaml'}:1: schema_version: schema version 99 is not supported "
        "(this app reads 1, 2)"
    ]


def test_duplicate_yaml_keys_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    text = write_yaml(path, framework_data()).read_text()
    path.write_text(text.replace("schema_version: 1\n", "schema_version: 1\nschema_version: 1\n"))
    assert problems_of(path) == [f"{path}:2: duplicate key 'schema_version'"]


def test_json_errors_name_the_path(tmp_path: Path) -> None:
    data = mutated(framework_data())
    data["roles"][1]["skills"]["skill-0"]["lead"] = "required"
    path = write_json(tmp_path / "fw.json", data)
    problems = problems_of(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    role_start = next(i for i, text in enumerate(lines, 1) if '"id": "role-1"' in text)
    line = next(i for i, text in enumerate(lines, 1) if i > role_start and '"lead"' in text)
    assert problems == [
        f"{path}:{line}: roles[1].skills.skill-0.lead: unknown level 'lead' "
        "(levels: junior, middle, senior)"
    ]


def test_json_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = tmp_path / "fw.json"
    path.write_text('{\n  "schema_version": 1,\n  "levels": [,]\n}\n')
    assert problems_of(path) == [f"{path}:3: not valid JSON: Expecting value"]
