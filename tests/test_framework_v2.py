"""Framework schema 2: optional texts, role level subsets, skills not expected or not described at
some levels, criteria with examples, a proficiency scale, category paths and a source block."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core import framework_schema
from core.errors import FrameworkError
from core.framework import Mark
from core.framework_files import load_framework
from core.gaps import skill_gaps
from core.snapshot import framework_from_snapshot, role_snapshot
from resources import resource_path
from tests.framework_factory import write_json, write_yaml


def v2_data() -> dict[str, Any]:
    return {
        "schema_version": 2,
        "framework": {"id": "acme", "name": "Acme ladder", "version": "3"},
        "source": {
            "name": "Acme progression",
            "url": "https://example.org/acme",
            "commit": "0123456789abcdef",
            "licence": "MIT",
            "attribution": "Copyright Acme.",
        },
        "levels": [
            {"id": "l1", "label": "L1"},
            {"id": "l2", "label": "L2", "meaning": "Works alone."},
            {"id": "l3", "label": "Staff (L3)", "summary": "Sets direction."},
        ],
        "proficiencies": [
            {"id": "aware", "label": "Awareness"},
            {"id": "expert", "label": "Expert"},
        ],
        "skills": [
            {
                "id": "comms",
                "name": "Communication",
                "category_path": ["Behaviours", "Talking"],
                "descriptors": {
                    "l1": ["Gives updates", {"text": "Asks for help", "examples": ["In stand-up"]}],
                    "l3": "Speaks for the team.",
                },
            },
            {"id": "lead", "name": "Leadership", "category": "People"},
        ],
        "roles": [
            {
                "id": "eng",
                "name": "Engineer",
                "skills": {
                    "comms": {
                        "l1": {"mark": "required", "proficiency": "aware"},
                        "l3": {"mark": "required", "proficiency": "expert"},
                    },
                    "lead": {
                        "l2": "optional",
                        "l3": {"mark": "required", "descriptor": ["A", "B"]},
                    },
                },
            },
            {
                "id": "tl",
                "name": "Tech lead",
                "levels": ["l3", "l2"],
                "skills": {"lead": {"l2": "required", "l3": "required"}},
            },
        ],
    }


def test_v2_features_load(tmp_path: Path) -> None:
    fw = load_framework(write_yaml(tmp_path / "fw.yaml", v2_data()))
    assert fw.source is not None and fw.source.licence == "MIT"
    assert "Acme progression" in fw.source.line() and "MIT" in fw.source.line()
    assert [lv.label for lv in fw.role_levels("tl")] == ["L2", "Staff (L3)"]
    assert len(fw.role_levels("eng")) == 3
    assert fw.level("l1").meaning == "" and fw.level("l3").summary == "Sets direction."
    comms = fw.skill("comms")
    assert comms.category == "Talking" and comms.category_path == ("Behaviours", "Talking")
    assert fw.skill("lead").category_path == ("People",)
    assert fw.descriptor("eng", "comms", "l1") == "Gives updates. Asks for help."
    criteria = fw.criteria("eng", "comms", "l1")
    assert [c.text for c in criteria] == ["Gives updates", "Asks for help"]
    assert criteria[1].examples == ("In stand-up",)
    # Not expected and not described at l2: empty, and the mark says so.
    assert fw.expectation("eng", "comms", "l2").mark is Mark.NOT_EXPECTED
    assert not fw.is_expected("eng", "comms", "l2")
    assert fw.descriptor("eng", "comms", "l2") == ""
    # Expected but not described: the level's meaning stands in.
    assert fw.descriptor("eng", "lead", "l2") == "Works alone."
    assert fw.descriptor("eng", "lead", "l3") == "A. B."
    assert [c.text for c in fw.criteria("eng", "lead", "l3")] == ["A", "B"]
    assert fw.expected_proficiency("eng", "comms", "l3").label == "Expert"
    assert fw.expected_proficiency("eng", "lead", "l2") is None
    gaps = skill_gaps(fw, "eng", {}, "l2")
    # comms is not expected at l2: no gap for it
    assert [(g.skill_id, g.required) for g in gaps] == [("lead", False)]
    with pytest.raises(KeyError):
        fw.expectation("eng", "comms", "nope")


def test_v2_json_and_snapshot_round_trip(tmp_path: Path) -> None:
    fw = load_framework(write_json(tmp_path / "fw.json", v2_data()))
    again = framework_from_snapshot(role_snapshot(fw, "eng"))
    assert again.source == fw.source
    assert again.criteria("eng", "comms", "l1") == fw.criteria("eng", "comms", "l1")
    assert again.expected_proficiency("eng", "comms", "l3").id == "expert"
    assert again.descriptor("eng", "lead", "l3") == "A. B."
    tl = framework_from_snapshot(role_snapshot(fw, "tl"))
    assert [lv.id for lv in tl.role_levels("tl")] == ["l2", "l3"]


def test_v2_problems_name_the_path(tmp_path: Path) -> None:
    data = v2_data()
    data["roles"][0]["skills"]["comms"]["l1"]["proficiency"] = "guru"
    data["roles"][1]["levels"] = ["l9"]
    data["skills"][0]["descriptors"]["l1"][1] = {"txt": "x"}
    with pytest.raises(FrameworkError) as refused:
        load_framework(write_yaml(tmp_path / "bad.yaml", data))
    text = "\n".join(str(p) for p in refused.value.problems)
    assert "roles[0].skills.comms.l1.proficiency: unknown proficiency 'guru'" in text
    assert "roles[1].levels[0]: unknown level 'l9'" in text
    assert "skills[0].descriptors.l1[1].txt: unknown key 'txt'" in text
    assert "bad.yaml:" in text


def test_v1_stays_strict_about_v2_only_features(tmp_path: Path) -> None:
    data = v2_data()
    data["schema_version"] = 1
    with pytest.raises(FrameworkError) as refused:
        load_framework(write_yaml(tmp_path / "v1.yaml", data))
    text = "\n".join(str(p) for p in refused.value.problems)
    assert "unknown key 'source'" in text and "unknown key 'proficiencies'" in text


def test_json_schema_file_names_the_keys_the_loader_accepts() -> None:
    schema = json.loads(resource_path("frameworks", "schema-v2.json").read_text("utf-8"))
    props = schema["properties"]
    assert set(props) == framework_schema._ROOT_KEYS_V2
    assert set(props["source"]["properties"]) == framework_schema._SOURCE_KEYS
    assert set(props["skills"]["items"]["properties"]) == framework_schema._SKILL_KEYS_V2
    assert set(props["roles"]["items"]["properties"]) == framework_schema._ROLE_KEYS_V2
    assert set(schema["$defs"]["level"]["properties"]) == framework_schema._LEVEL_KEYS_V2
    expectation = schema["$defs"]["expectation"]["oneOf"][1]["properties"]
    assert set(expectation) == framework_schema._EXPECTATION_KEYS_V2
    assert set(schema["$defs"]["mark"]["enum"]) == {m.value for m in Mark}
    assert set(props["families"]["items"]["properties"]) == framework_schema._FAMILY_KEYS


def families_data() -> dict[str, Any]:
    data = v2_data()
    data["families"] = [
        {
            "id": "makers",
            "name": "Makers",
            "roles": ["eng"],
            "level_meanings": {"l1": "Builds small parts with help.", "l3": "Steers a product."},
        }
    ]
    data["roles"][0]["skills"]["comms"]["l1"]["examples"] = ["A stand-up note", "A demo"]
    return data


def test_families_give_each_role_its_level_meanings(tmp_path: Path) -> None:
    fw = load_framework(write_yaml(tmp_path / "fw.yaml", families_data()))
    assert fw.family("eng").name == "Makers" and fw.family("tl") is None
    assert fw.level_meaning("eng", "l1") == "Builds small parts with help."
    # A level the family leaves out, and a role in no family: the level's generic meaning.
    assert fw.level_meaning("eng", "l2") == "Works alone."
    assert fw.level_meaning("tl", "l2") == "Works alone."
    # A role keeping the generic descriptor still gets its own examples of evidence.
    criteria = fw.criteria("eng", "comms", "l1")
    assert [c.text for c in criteria] == ["Gives updates", "Asks for help"]
    assert criteria[-1].examples == ("In stand-up", "A stand-up note", "A demo")
    assert fw.examples("eng", "comms", "l1") == ("In stand-up", "A stand-up note", "A demo")
    assert fw.expectation("eng", "comms", "l1").descriptor is None


def test_families_survive_json_and_snapshots(tmp_path: Path) -> None:
    fw = load_framework(write_json(tmp_path / "fw.json", families_data()))
    again = framework_from_snapshot(role_snapshot(fw, "eng"))
    assert again.level_meaning("eng", "l3") == "Steers a product."
    assert again.examples("eng", "comms", "l1") == fw.examples("eng", "comms", "l1")
    # A snapshot of a role outside every family carries no family.
    assert framework_from_snapshot(role_snapshot(fw, "tl")).families == ()


def test_family_problems_name_the_path(tmp_path: Path) -> None:
    data = families_data()
    data["families"].append({"id": "twice", "name": "Twice", "roles": ["eng", "ghost"]})
    data["families"][0]["level_meanings"]["l9"] = "Nowhere."
    data["roles"][1]["skills"]["lead"]["l3"] = {
        "mark": "required",
        "descriptor": "Own text.",
        "examples": ["Stray"],
    }
    data["skills"][0]["descriptors"]["l3"] = [{"text": " ", "examples": "one"}]
    with pytest.raises(FrameworkError) as refused:
        load_framework(write_yaml(tmp_path / "bad.yaml", data))
    text = "\n".join(str(p) for p in refused.value.problems)
    assert "skills[0].descriptors.l3[0].text: must not be empty" in text
    assert "skills[0].descriptors.l3[0].examples: must be a list, found text" in text
    assert "families[1].roles[0]: role 'eng' is already in family 'makers'" in text
    assert "families[1].roles[1]: unknown role 'ghost'" in text
    assert "families[0].level_meanings.l9: unknown level 'l9'" in text
    assert "roles[1].skills.lead.l3.examples: examples go with the descriptor's criteria" in text
    data = families_data()
    data["schema_version"] = 1
    with pytest.raises(FrameworkError) as refused:
        load_framework(write_yaml(tmp_path / "v1.yaml", data))
    assert "unknown key 'families'" in "\n".join(str(p) for p in refused.value.problems)
