"""The framework details of a long-format sheet: what rows of skills cannot say.

An exported sheet carries them as key/value pairs (in XLSX a second sheet ``framework`` with the
columns ``key`` and ``value``; in CSV the columns ``framework_key`` and ``framework_value``, on
rows of their own). Keys:

========================================  ======================================================
``schema_version``                        1 or 2
``framework.id|name|version|description`` the framework itself
``source.name|url|version|commit|``       where it comes from and under which licence
``licence|attribution``
``level.ID.label|meaning|summary``        the levels, in ladder order
``proficiency.ID.label|meaning|summary``  the proficiency scale, lowest first
``stage.ID.label``                        the lifecycle stages
``role.ID.summary``                       a role's summary; and lists, one item per line:
``role.ID.responsibilities|deliverables``
``role.ID.leads|supports``                stage ids
``role.ID.levels``                        level ids: the subset of levels the role uses
``skill.ID.category``                     a category name other than the path's last part
``family.ID.name|roles``                  a role family (``roles``: role ids, one per line)
``family.ID.meaning.LEVEL-ID``            what a level means for the family
========================================  ======================================================

Levels, proficiencies, stages, roles and families keep the order in which their keys first
appear. This module writes the pairs for a framework and reads them back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.framework import Framework
from core.i18n import translate
from core.importers.common import ImportReport, fail, no_place_for
from core.importers.sheet_cells import join_list, split_list

SHEET_NAME = "framework"
KEY_HEADER = ("key", "value")
_FRAMEWORK_FIELDS = ("id", "name", "version", "description")
_SOURCE_FIELDS = ("name", "url", "version", "commit", "licence", "attribution")
_STEP_FIELDS = ("label", "meaning", "summary")
_ROLE_TEXT = ("summary",)
_ROLE_LISTS = ("responsibilities", "deliverables", "leads", "supports", "levels")
_FAMILY_TEXT = ("name",)
_FAMILY_LISTS = ("roles",)


@dataclass
class FrameworkBlock:
    """The details read from a sheet; each mapping keeps the order the keys came in."""

    entries: int = 0
    schema_version: int = 2
    framework: dict[str, str] = field(default_factory=dict)
    source: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[str, str]] = field(default_factory=dict)
    proficiencies: dict[str, dict[str, str]] = field(default_factory=dict)
    stages: dict[str, dict[str, str]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    skills: dict[str, dict[str, str]] = field(default_factory=dict)
    families: dict[str, dict[str, Any]] = field(default_factory=dict)


def framework_pairs(framework: Framework) -> list[tuple[str, str]]:
    """The framework's details as (key, value) pairs; empty values are left out."""
    pairs: list[tuple[str, str]] = [("schema_version", str(framework.schema_version))]

    def add(key: str, value: str | Iterable[str]) -> None:
        text = value if isinstance(value, str) else join_list(value)
        if text:
            pairs.append((key, text))

    for name in _FRAMEWORK_FIELDS:
        add(f"framework.{name}", getattr(framework, name))
    if framework.source is not None:
        for name in _SOURCE_FIELDS:
            add(f"source.{name}", getattr(framework.source, name))
    for kind, steps in (("level", framework.levels), ("proficiency", framework.proficiencies)):
        for step in steps:
            for name in _STEP_FIELDS:
                add(f"{kind}.{step.id}.{name}", getattr(step, name))
    for stage in framework.stages:
        add(f"stage.{stage.id}.label", stage.label)
    for role in framework.roles:
        for name in (*_ROLE_TEXT, *_ROLE_LISTS):
            add(f"role.{role.id}.{name}", getattr(role, name))
    for skill in framework.skills:
        if skill.category != (skill.category_path or (skill.category,))[-1]:
            add(f"skill.{skill.id}.category", skill.category)
    for family in framework.families:
        add(f"family.{family.id}.name", family.name)
        add(f"family.{family.id}.roles", family.roles)
        for level_id, meaning in family.level_meanings.items():
            add(f"family.{family.id}.meaning.{level_id}", meaning)
    return pairs


def read_block(pairs: Iterable[tuple[str, str, str]], report: ImportReport) -> FrameworkBlock:
    """The details from (place, key, value) triples; a key with no place in the framework is
    reported as left out, a value that cannot be right is refused naming its place."""
    block = FrameworkBlock()
    what = translate("Importer", "framework details")
    for where, key, value in pairs:
        block.entries += 1
        parts = key.strip().split(".")
        kind, rest = parts[0].lower(), parts[1:]
        if kind == "schema_version" and not rest:
            if value not in {"1", "2", ""}:
                raise fail(
                    report.files[0],
                    f"{where}: "
                    + translate(
                        "Importer", "schema_version must be 1 or 2, found '{found}'"
                    ).format(found=value),
                )
            block.schema_version = int(value or 2)
        elif kind == "framework" and len(rest) == 1 and rest[0] in _FRAMEWORK_FIELDS:
            block.framework[rest[0]] = value
        elif kind == "source" and len(rest) == 1 and rest[0] in _SOURCE_FIELDS:
            block.source[rest[0]] = value
        elif kind in {"level", "proficiency"} and len(rest) == 2 and rest[1] in _STEP_FIELDS:
            steps = block.levels if kind == "level" else block.proficiencies
            steps.setdefault(rest[0], {})[rest[1]] = value
        elif kind == "stage" and len(rest) == 2 and rest[1] == "label":
            block.stages.setdefault(rest[0], {})["label"] = value
        elif kind == "role" and len(rest) == 2 and rest[1] in (*_ROLE_TEXT, *_ROLE_LISTS):
            role = block.roles.setdefault(rest[0], {})
            role[rest[1]] = split_list(value) if rest[1] in _ROLE_LISTS else value
        elif kind == "skill" and len(rest) == 2 and rest[1] == "category":
            block.skills.setdefault(rest[0], {})["category"] = value
        elif kind == "family" and len(rest) == 2 and rest[1] in (*_FAMILY_TEXT, *_FAMILY_LISTS):
            family = block.families.setdefault(rest[0], {})
            family[rest[1]] = split_list(value) if rest[1] in _FAMILY_LISTS else value
        elif kind == "family" and len(rest) == 3 and rest[1] == "meaning":
            family = block.families.setdefault(rest[0], {})
            family.setdefault("level_meanings", {})[rest[2]] = value
        else:
            block.entries -= 1
            report.left_out.append(no_place_for(what, key))
    return block
