"""Build small framework documents for tests, with any number of levels."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

LEVEL_NAMES = [
    "Junior",
    "Middle",
    "Senior",
    "Lead",
    "Principal",
    "Distinguished",
    "Fellow",
    "Emeritus",
]


def framework_data(
    level_count: int = 3, skill_count: int = 2, role_count: int = 2
) -> dict[str, Any]:
    """A valid framework as plain data."""
    levels = [
        {"id": name.lower(), "label": name, "meaning": f"Works at the {name.lower()} scope."}
        for name in LEVEL_NAMES[:level_count]
    ]
    level_ids = [lv["id"] for lv in levels]
    skills = [
        {
            "id": f"skill-{s}",
            "name": f"Skill {s}",
            "category": "Testing",
            "summary": f"What skill {s} is about.",
            "keywords": ["alpha", "beta"],
            "descriptors": {lv: f"Does skill {s} at {lv} scope." for lv in level_ids},
        }
        for s in range(skill_count)
    ]
    roles = [
        {
            "id": f"role-{r}",
            "name": f"Role {r}",
            "summary": f"Role {r} exists for tests.",
            "responsibilities": ["Build things", "Check things"],
            "deliverables": ["Things"],
            "stages": {"leads": ["build"], "supports": []},
            "skills": {
                s["id"]: {lv: ("required" if i else "optional") for i, lv in enumerate(level_ids)}
                for s in skills
            },
        }
        for r in range(role_count)
    ]
    return {
        "schema_version": 1,
        "framework": {"id": "test-fw", "name": "Test framework", "version": "0.1"},
        "levels": levels,
        "stages": [{"id": "build", "label": "Build"}],
        "skills": skills,
        "roles": roles,
    }


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def mutated(data: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(data)
