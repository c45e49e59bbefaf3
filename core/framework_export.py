"""Write a :class:`Framework` back as plain data in the native schema (the inverse of loading).

A schema 1 framework is written exactly as schema 1 (snapshots of past assessments stay readable
by older code); anything else as schema 2.
"""

from __future__ import annotations

from typing import Any

from core.framework import (
    Criterion,
    Expectation,
    Family,
    Framework,
    Level,
    Mark,
    Role,
    Skill,
)


def _criteria(criteria: tuple[Criterion, ...]) -> list[Any]:
    return [
        {"text": c.text, "examples": list(c.examples)} if c.examples else c.text for c in criteria
    ]


def _descriptor(text: str, criteria: tuple[Criterion, ...], v2: bool) -> Any:
    if v2 and (len(criteria) > 1 or any(c.examples for c in criteria)):
        return _criteria(criteria)
    return text


def _level(level: Level, v2: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": level.id, "label": level.label}
    if level.meaning or not v2:
        data["meaning"] = level.meaning
    if v2 and level.summary:
        data["summary"] = level.summary
    return data


def _skill(skill: Skill, v2: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": skill.id, "name": skill.name, "category": skill.category}
    if v2 and skill.category_path and skill.category_path != (skill.category,):
        data["category_path"] = list(skill.category_path)
    if skill.summary or not v2:
        data["summary"] = skill.summary
    data["keywords"] = list(skill.keywords)
    data["descriptors"] = {
        level_id: _descriptor(text, skill.criteria.get(level_id, ()), v2)
        for level_id, text in skill.descriptors.items()
    }
    return data


def _expectation(expectation: Expectation, v2: bool) -> Any:
    if not expectation.descriptor and not expectation.proficiency and not expectation.examples:
        return expectation.mark.value
    data: dict[str, Any] = {"mark": expectation.mark.value}
    if expectation.descriptor:
        data["descriptor"] = _descriptor(expectation.descriptor, expectation.criteria, v2)
    if expectation.proficiency:
        data["proficiency"] = expectation.proficiency
    if v2 and expectation.examples:
        data["examples"] = list(expectation.examples)
    return data


def _role(role: Role, v2: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"id": role.id, "name": role.name}
    if role.summary or not v2:
        data["summary"] = role.summary
    if role.responsibilities or not v2:
        data["responsibilities"] = list(role.responsibilities)
    if role.deliverables or not v2:
        data["deliverables"] = list(role.deliverables)
    data["stages"] = {"leads": list(role.leads), "supports": list(role.supports)}
    if v2 and role.levels:
        data["levels"] = list(role.levels)
    data["skills"] = {
        rs.skill_id: {
            level_id: _expectation(e, v2)
            for level_id, e in rs.expectations.items()
            # Schema 2 keeps a plain "not-expected" the framework states (it reads back the same).
            if v2 or e.mark is not Mark.NOT_EXPECTED or e.descriptor or e.proficiency or e.examples
        }
        for rs in role.skills
    }
    return data


def framework_document(
    framework: Framework, role_ids: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The framework (or only ``role_ids`` and the skills and stages they use) as plain data."""
    v2 = framework.schema_version >= 2
    roles = framework.roles if role_ids is None else tuple(framework.role(r) for r in role_ids)
    used_skills = {sid for role in roles for sid in role.skill_ids}
    used_stages = {st for role in roles for st in (*role.leads, *role.supports)}
    data: dict[str, Any] = {
        "schema_version": 2 if v2 else framework.schema_version,
        "framework": {"id": framework.id, "name": framework.name, "version": framework.version},
    }
    if framework.description and role_ids is None:
        data["framework"]["description"] = framework.description
    if v2 and framework.source is not None:
        source = framework.source
        data["source"] = {
            key: getattr(source, key)
            for key in ("name", "url", "version", "commit", "licence", "attribution")
            if getattr(source, key)
        }
    data["levels"] = [_level(lv, v2) for lv in framework.levels]
    if v2 and framework.proficiencies:
        data["proficiencies"] = [_level(p, v2) for p in framework.proficiencies]
    data["stages"] = [
        {"id": s.id, "label": s.label}
        for s in framework.stages
        if role_ids is None or s.id in used_stages
    ]
    data["skills"] = [
        _skill(s, v2) for s in framework.skills if s.id in used_skills or role_ids is None
    ]
    data["roles"] = [_role(r, v2) for r in roles]
    families = [_family(f, {r.id for r in roles}) for f in framework.families]
    if v2 and any(families):
        data["families"] = [f for f in families if f]
    return data


def _family(family: Family, role_ids: set[str]) -> dict[str, Any]:
    """A family limited to the roles written (nothing when it has none of them)."""
    members = [r for r in family.roles if r in role_ids]
    if not members:
        return {}
    data: dict[str, Any] = {"id": family.id, "name": family.name, "roles": members}
    if family.level_meanings:
        data["level_meanings"] = dict(family.level_meanings)
    return data
