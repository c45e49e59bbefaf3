"""core.framework_diff: what changed between two versions of a framework, compared by id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.framework import Criterion, Framework, Mark
from core.framework_diff import (
    DescriptorChange,
    LevelChange,
    MarkChange,
    Named,
    Renamed,
    RoleSkill,
    diff_frameworks,
    diff_groups,
    diff_lines,
)
from core.framework_files import load_framework
from tests.framework_factory import framework_data, mutated, write_yaml
from tests.test_rating_scale import scale_data


def _load(tmp_path: Path, name: str, data: dict[str, Any]) -> Framework:
    return load_framework(write_yaml(tmp_path / f"{name}.yaml", data))


def test_the_same_framework_has_no_changes(tmp_path: Path) -> None:
    data = framework_data()
    diff = diff_frameworks(_load(tmp_path, "a", data), _load(tmp_path, "b", data))
    assert diff.is_empty and not diff.content_changed
    assert diff.changes == {}
    assert diff_groups(diff) == []
    assert diff_lines(diff) == [
        "Version 0.1 → 0.1",
        "No skill, role, level, descriptor or mark changed",
    ]


def test_skills_and_roles_added_removed_and_renamed(tmp_path: Path) -> None:
    old = framework_data(skill_count=3, role_count=3)
    new = mutated(old)
    new["framework"]["version"] = "0.2"
    new["skills"][0]["name"] = "Skill zero, renamed"
    removed_skill = new["skills"].pop(2)
    for role in new["roles"]:
        del role["skills"][removed_skill["id"]]
    new["skills"].append({**mutated(old["skills"][0]), "id": "skill-new", "name": "Brand new"})
    new["roles"][1]["name"] = "Role one, renamed"
    new["roles"].pop(2)
    new["roles"].append({**mutated(new["roles"][0]), "id": "role-new", "name": "New role"})
    new["roles"][0]["skills"]["skill-new"] = {"junior": "optional", "middle": "required",
                                              "senior": "required"}  # fmt: skip
    diff = diff_frameworks(_load(tmp_path, "old", old), _load(tmp_path, "new", new))
    assert (diff.old_version, diff.new_version) == ("0.1", "0.2")
    assert diff.skills_added == (Named("skill-new", "Brand new"),)
    assert diff.skills_removed == (Named("skill-2", "Skill 2"),)
    assert diff.skills_renamed == (Renamed("skill-0", "Skill 0", "Skill zero, renamed"),)
    assert diff.roles_added == (Named("role-new", "New role"),)
    assert diff.roles_removed == (Named("role-2", "Role 2"),)
    assert diff.roles_renamed == (Renamed("role-1", "Role 1", "Role one, renamed"),)
    assert diff.role_skills_added == (RoleSkill("role-0", "Role 0", "skill-new", "Brand new"),)
    assert set(diff.role_skills_removed) == {
        RoleSkill("role-0", "Role 0", "skill-2", "Skill 2"),
        RoleSkill("role-1", "Role one, renamed", "skill-2", "Skill 2"),
    }
    # The renamed skill keeps its descriptors: no descriptor or mark changed.
    assert diff.descriptors_changed == () and diff.marks_changed == ()
    assert diff.changes == {
        "skills_added": 1, "skills_removed": 1, "skills_renamed": 1, "roles_added": 1,
        "roles_removed": 1, "roles_renamed": 1, "role_skills_added": 1, "role_skills_removed": 2,
    }  # fmt: skip
    titles = [g.title for g in diff_groups(diff)]
    assert titles[:3] == ["Skills added: 1", "Skills removed: 1", "Skills renamed: 1"]
    assert "Skills taken out of roles: 2" in titles
    renamed = next(g for g in diff_groups(diff) if g.kind == "skills_renamed")
    assert [line.text for line in renamed.lines] == ["Skill 0 → Skill zero, renamed"]


def test_levels_added_removed_changed_and_reordered(tmp_path: Path) -> None:
    old = framework_data(level_count=4)
    new = mutated(old)
    new["levels"][0]["label"] = "Beginner"
    new["levels"][1]["meaning"] = "Works alone."
    removed = new["levels"].pop(3)
    new["levels"].insert(0, {"id": "intern", "label": "Intern", "meaning": "Learns."})
    new["levels"][2], new["levels"][3] = new["levels"][3], new["levels"][2]
    for skill in new["skills"]:
        del skill["descriptors"][removed["id"]]
        skill["descriptors"]["intern"] = "Watches."
    for role in new["roles"]:
        for per_level in role["skills"].values():
            del per_level[removed["id"]]
            per_level["intern"] = "optional"
    diff = diff_frameworks(_load(tmp_path, "old", old), _load(tmp_path, "new", new))
    assert diff.levels_added == (Named("intern", "Intern"),)
    assert diff.levels_removed == (Named("lead", "Lead"),)
    assert diff.levels_changed == (
        LevelChange("junior", "Junior", "Beginner", "Works at the junior scope.",
                    "Works at the junior scope."),
        LevelChange("middle", "Middle", "Middle", "Works at the middle scope.", "Works alone."),
    )  # fmt: skip
    assert diff.levels_reordered
    assert diff.descriptors_changed == ()  # the common levels kept their descriptors
    group = next(g for g in diff_groups(diff) if g.kind == "levels_changed")
    assert [line.text for line in group.lines] == ["Junior → Beginner", "Middle: new meaning"]
    assert (
        group.lines[1].old == "Works at the middle scope." and group.lines[1].new == "Works alone."
    )


def test_descriptors_marks_and_proficiencies_per_role_skill_and_level(tmp_path: Path) -> None:
    old = scale_data()
    new = mutated(old)
    new["framework"]["version"] = "2"
    new["skills"][0]["descriptors"]["l3"] = "A3, better."  # generic, every role
    new["skills"][1]["descriptors"]["l3"] = [{"text": "B3 one", "examples": ["a demo"]}, "B3 two"]
    eng = new["roles"][0]["skills"]
    eng["a"]["l3"] = {"mark": "optional", "proficiency": "expert"}
    eng["a"]["l4"] = {"mark": "required", "descriptor": "Engineer's own A4."}
    new["roles"][2]["skills"]["b"]["l4"] = "not-expected"
    new["proficiencies"][1]["label"] = "Working knowledge"
    diff = diff_frameworks(_load(tmp_path, "old", old), _load(tmp_path, "new", new))
    assert diff.proficiencies_renamed == (Renamed("working", "Working", "Working knowledge"),)
    assert diff.descriptors_changed == (
        DescriptorChange("a", "Alpha", "l3", "Level 3", None, "", (Criterion("A3."),),
                         (Criterion("A3, better."),)),
        DescriptorChange("b", "Beta", "l3", "Level 3", None, "",
                         (Criterion("B3 one"), Criterion("B3 two")),
                         (Criterion("B3 one", ("a demo",)), Criterion("B3 two"))),
        DescriptorChange("a", "Alpha", "l4", "Level 4", "eng", "Engineer", (Criterion("A4."),),
                         (Criterion("Engineer's own A4."),)),
    )  # fmt: skip
    assert diff.marks_changed == (
        MarkChange("eng", "Engineer", "a", "Alpha", "l3", "Level 3", Mark.REQUIRED,
                   Mark.OPTIONAL, "Practitioner", "Expert"),
        MarkChange("eng", "Engineer", "a", "Alpha", "l4", "Level 4", Mark.NOT_EXPECTED,
                   Mark.REQUIRED, "", ""),
        MarkChange("plain", "Plain", "b", "Beta", "l4", "Level 4", Mark.REQUIRED,
                   Mark.NOT_EXPECTED, "", ""),
    )  # fmt: skip
    marks = next(g for g in diff_groups(diff) if g.kind == "marks_changed")
    assert marks.title == "Marks changed: 3"
    assert marks.lines[0].text == (
        "Engineer: Alpha at Level 3: required (expected: Practitioner) → "
        "optional (expected: Expert)"
    )
    descriptors = next(g for g in diff_groups(diff) if g.kind == "descriptors_changed")
    assert descriptors.lines[0].text == "Alpha at Level 3 (every role)"
    assert (descriptors.lines[0].old, descriptors.lines[0].new) == ("A3.", "A3, better.")
    assert descriptors.lines[1].new == "B3 one — examples: a demo\nB3 two"
    assert descriptors.lines[2].text == "Engineer: Alpha at Level 4"
    lines = diff_lines(diff)
    assert lines[0] == "Version 1 → 2"
    assert "Descriptors changed: 3" in lines and "  - Engineer: Alpha at Level 4" in lines


def test_a_role_dropping_its_own_wording_for_the_generic_one_is_a_descriptor_change(
    tmp_path: Path,
) -> None:
    old = scale_data()
    old["roles"][1]["skills"]["a"]["l4"] = {"mark": "required", "descriptor": "Lead's A4."}
    new = mutated(old)
    new["roles"][1]["skills"]["a"]["l4"] = "required"
    diff = diff_frameworks(_load(tmp_path, "old", old), _load(tmp_path, "new", new))
    assert diff.marks_changed == ()
    assert diff.descriptors_changed == (
        DescriptorChange("a", "Alpha", "l4", "Level 4", "lead", "Lead",
                         (Criterion("Lead's A4."),), (Criterion("A4."),)),
    )  # fmt: skip
