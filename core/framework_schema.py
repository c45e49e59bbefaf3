"""Validate parsed framework data and build a :class:`Framework` from it.

Every problem is collected (file, line, path, what is wrong) and reported together; nothing is built
unless the whole file is valid, so a bad file never leaves a framework half-loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.documents import Document
from core.errors import DocPath, FrameworkError, Problem
from core.framework import Expectation, Framework, Level, Mark, Role, RoleSkill, Skill, Stage

SUPPORTED_SCHEMA_VERSIONS = (1,)
MIN_LEVELS, MAX_LEVELS = 2, 12
MAX_ITEMS = 2000
MAX_NAME = 200
MAX_TEXT = 4000
_ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$")

_ROOT_KEYS = {"schema_version", "framework", "levels", "stages", "skills", "roles"}
_FRAMEWORK_KEYS = {"id", "name", "version", "description"}
_LEVEL_KEYS = {"id", "label", "meaning"}
_STAGE_KEYS = {"id", "label"}
_SKILL_KEYS = {"id", "name", "category", "summary", "keywords", "descriptors"}
_ROLE_KEYS = {
    "id", "name", "summary", "responsibilities", "deliverables", "stages", "skills",
}  # fmt: skip
_ROLE_STAGE_KEYS = {"leads", "supports"}
_EXPECTATION_KEYS = {"mark", "descriptor"}
_MARKS = {m.value for m in Mark}


def _type_name(value: Any) -> str:
    match value:
        case None:
            return "nothing"
        case bool():
            return "true/false"
        case int() | float():
            return "a number"
        case str():
            return "text"
        case list():
            return "a list"
        case dict():
            return "a mapping"
    return type(value).__name__


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def report(self, path: DocPath, message: str) -> None:
        self.problems.append(Problem(self.doc.file, message, self.doc.line_of(path), path))

    def mapping(
        self, value: Any, path: DocPath, allowed: set[str], required: set[str]
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.report(path, f"must be a mapping, found {_type_name(value)}")
            return None
        for key in value:
            if key not in allowed:
                self.report(
                    (*path, key), f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})"
                )
        for key in sorted(required - value.keys()):
            self.report(path, f"missing key '{key}'")
        return value

    def items(self, value: Any, path: DocPath, *, minimum: int = 0) -> Iterator[tuple[int, Any]]:
        if value is None and minimum == 0:
            return
        if not isinstance(value, list):
            self.report(path, f"must be a list, found {_type_name(value)}")
            return
        if len(value) < minimum:
            self.report(path, f"needs at least {minimum} item(s), found {len(value)}")
        if len(value) > MAX_ITEMS:
            self.report(path, f"has {len(value)} items; the limit is {MAX_ITEMS}")
            return
        yield from enumerate(value)

    def text(self, value: Any, path: DocPath, *, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            hint = "; put it in quotes" if isinstance(value, int | float | bool) else ""
            self.report(path, f"must be text, found {_type_name(value)}{hint}")
            return ""
        stripped = value.strip()
        if not stripped:
            self.report(path, "must not be empty")
        elif len(stripped) > limit:
            self.report(path, f"is {len(stripped)} characters; the limit is {limit}")
        return stripped

    def identifier(self, value: Any, path: DocPath) -> str:
        text = self.text(value, path, limit=64)
        if text and not _ID_PATTERN.fullmatch(text):
            self.report(path, f"'{text}' is not a valid id (lowercase letters, digits, '-', '_')")
        return text

    def text_list(self, value: Any, path: DocPath, *, minimum: int = 0) -> tuple[str, ...]:
        return tuple(
            self.text(item, (*path, i), limit=MAX_NAME * 5)
            for i, item in self.items(value, path, minimum=minimum)
        )

    def unique(self, seen: set[str], ident: str, path: DocPath, what: str) -> None:
        if ident and ident in seen:
            self.report(path, f"duplicate {what} id '{ident}'")
        seen.add(ident)


def build_framework(doc: Document) -> Framework:
    """Validate ``doc`` as a framework file and build it; raise :class:`FrameworkError` if invalid."""
    check = _Checker(doc)
    root = check.mapping(doc.data, (), _ROOT_KEYS, _ROOT_KEYS - {"stages"})
    if root is None:
        raise FrameworkError(check.problems)

    schema_version = root.get("schema_version")
    # 1.0 == 1 and True == 1 in Python; only the integer itself is a schema version.
    if "schema_version" in root and (
        type(schema_version) is not int or schema_version not in SUPPORTED_SCHEMA_VERSIONS
    ):
        supported = ", ".join(map(str, SUPPORTED_SCHEMA_VERSIONS))
        check.report(
            ("schema_version",),
            f"schema version {schema_version!r} is not supported (this app reads {supported})",
        )
        raise FrameworkError(check.problems)

    meta = (
        check.mapping(
            root.get("framework", {}),
            ("framework",),
            _FRAMEWORK_KEYS,
            _FRAMEWORK_KEYS - {"description"},
        )
        or {}
    )
    fw_id = check.identifier(meta.get("id"), ("framework", "id")) if "id" in meta else ""
    fw_name = (
        check.text(meta.get("name"), ("framework", "name"), limit=MAX_NAME)
        if "name" in meta
        else ""
    )
    fw_version = (
        check.text(meta.get("version"), ("framework", "version"), limit=64)
        if "version" in meta
        else ""
    )
    fw_description = (
        check.text(meta["description"], ("framework", "description"))
        if "description" in meta
        else ""
    )

    levels = _levels(check, root.get("levels"))
    level_ids = [lv.id for lv in levels]
    stages = _stages(check, root.get("stages"))
    skills = _skills(check, root.get("skills"), level_ids)
    roles = _roles(
        check, root.get("roles"), level_ids, {s.id for s in skills}, {s.id for s in stages}
    )

    if check.problems or not isinstance(schema_version, int):
        raise FrameworkError(check.problems)
    return Framework(
        schema_version=schema_version,
        id=fw_id, name=fw_name, version=fw_version, description=fw_description,
        levels=tuple(levels), stages=tuple(stages), skills=tuple(skills), roles=tuple(roles),
    )  # fmt: skip


def _levels(check: _Checker, value: Any) -> list[Level]:
    path: DocPath = ("levels",)
    levels: list[Level] = []
    seen: set[str] = set()
    for i, item in check.items(value, path, minimum=MIN_LEVELS):
        entry = check.mapping(item, (*path, i), _LEVEL_KEYS, _LEVEL_KEYS)
        if entry is None:
            continue
        level_id = check.identifier(entry.get("id"), (*path, i, "id"))
        check.unique(seen, level_id, (*path, i, "id"), "level")
        levels.append(Level(
            id=level_id,
            label=check.text(entry.get("label"), (*path, i, "label"), limit=MAX_NAME),
            meaning=check.text(entry.get("meaning"), (*path, i, "meaning")),
        ))  # fmt: skip
    if len(levels) > MAX_LEVELS:
        check.report(path, f"has {len(levels)} levels; the limit is {MAX_LEVELS}")
    return levels


def _stages(check: _Checker, value: Any) -> list[Stage]:
    path: DocPath = ("stages",)
    stages: list[Stage] = []
    seen: set[str] = set()
    for i, item in check.items(value, path):
        entry = check.mapping(item, (*path, i), _STAGE_KEYS, _STAGE_KEYS)
        if entry is None:
            continue
        stage_id = check.identifier(entry.get("id"), (*path, i, "id"))
        check.unique(seen, stage_id, (*path, i, "id"), "stage")
        stages.append(
            Stage(stage_id, check.text(entry.get("label"), (*path, i, "label"), limit=MAX_NAME))
        )
    return stages


def _per_level(
    check: _Checker, value: Any, path: DocPath, level_ids: list[str]
) -> dict[str, Any] | None:
    """A mapping keyed by level id, with every level present and no unknown level."""
    if not isinstance(value, dict):
        check.report(path, f"must be a mapping of level ids, found {_type_name(value)}")
        return None
    for key in value:
        if key not in level_ids:
            check.report((*path, key), f"unknown level '{key}' (levels: {', '.join(level_ids)})")
    for level_id in level_ids:
        if level_id and level_id not in value:
            check.report(path, f"missing level '{level_id}'")
    return value


def _skills(check: _Checker, value: Any, level_ids: list[str]) -> list[Skill]:
    path: DocPath = ("skills",)
    skills: list[Skill] = []
    seen: set[str] = set()
    for i, item in check.items(value, path, minimum=1):
        here = (*path, i)
        entry = check.mapping(item, here, _SKILL_KEYS, _SKILL_KEYS - {"keywords"})
        if entry is None:
            continue
        skill_id = check.identifier(entry.get("id"), (*here, "id"))
        check.unique(seen, skill_id, (*here, "id"), "skill")
        descriptors: dict[str, str] = {}
        raw = _per_level(check, entry.get("descriptors"), (*here, "descriptors"), level_ids)
        for level_id, text in (raw or {}).items():
            if level_id in level_ids:
                descriptors[level_id] = check.text(text, (*here, "descriptors", level_id))
        skills.append(Skill(
            id=skill_id,
            name=check.text(entry.get("name"), (*here, "name"), limit=MAX_NAME),
            category=check.text(entry.get("category"), (*here, "category"), limit=MAX_NAME),
            summary=check.text(entry.get("summary"), (*here, "summary")),
            keywords=check.text_list(entry.get("keywords"), (*here, "keywords")),
            descriptors={lv: descriptors[lv] for lv in level_ids if lv in descriptors},
        ))  # fmt: skip
    return skills


def _expectation(check: _Checker, value: Any, path: DocPath) -> Expectation:
    if isinstance(value, str):
        if value not in _MARKS:
            check.report(path, f"mark must be 'required' or 'optional', found '{value}'")
            return Expectation(Mark.OPTIONAL)
        return Expectation(Mark(value))
    entry = check.mapping(value, path, _EXPECTATION_KEYS, {"mark"})
    if entry is None:
        return Expectation(Mark.OPTIONAL)
    mark = entry.get("mark")
    if not isinstance(mark, str) or mark not in _MARKS:
        check.report((*path, "mark"), f"mark must be 'required' or 'optional', found {mark!r}")
        mark = Mark.OPTIONAL
    descriptor = (
        check.text(entry["descriptor"], (*path, "descriptor")) if "descriptor" in entry else None
    )
    return Expectation(Mark(mark), descriptor)


def _roles(
    check: _Checker, value: Any, level_ids: list[str], skill_ids: set[str], stage_ids: set[str]
) -> list[Role]:
    path: DocPath = ("roles",)
    roles: list[Role] = []
    seen: set[str] = set()
    for i, item in check.items(value, path, minimum=1):
        here = (*path, i)
        entry = check.mapping(item, here, _ROLE_KEYS, _ROLE_KEYS - {"stages"})
        if entry is None:
            continue
        role_id = check.identifier(entry.get("id"), (*here, "id"))
        check.unique(seen, role_id, (*here, "id"), "role")
        leads, supports = _role_stages(check, entry.get("stages"), (*here, "stages"), stage_ids)
        roles.append(Role(
            id=role_id,
            name=check.text(entry.get("name"), (*here, "name"), limit=MAX_NAME),
            summary=check.text(entry.get("summary"), (*here, "summary")),
            responsibilities=check.text_list(entry.get("responsibilities"),
                                             (*here, "responsibilities"), minimum=1),
            deliverables=check.text_list(entry.get("deliverables"), (*here, "deliverables"), minimum=1),
            leads=leads,
            supports=supports,
            skills=_role_skills(check, entry.get("skills"), (*here, "skills"), level_ids, skill_ids),
        ))  # fmt: skip
    return roles


def _role_stages(
    check: _Checker, value: Any, path: DocPath, stage_ids: set[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return (), ()
    entry = check.mapping(value, path, _ROLE_STAGE_KEYS, set())
    if entry is None:
        return (), ()
    result: dict[str, tuple[str, ...]] = {}
    for key in ("leads", "supports"):
        ids = check.text_list(entry.get(key), (*path, key))
        for j, stage_id in enumerate(ids):
            if stage_id and stage_id not in stage_ids:
                check.report((*path, key, j), f"unknown stage '{stage_id}'")
        result[key] = ids
    for stage_id in set(result["leads"]) & set(result["supports"]):
        check.report(path, f"stage '{stage_id}' is both led and supported")
    return result["leads"], result["supports"]


def _role_skills(
    check: _Checker, value: Any, path: DocPath, level_ids: list[str], skill_ids: set[str]
) -> tuple[RoleSkill, ...]:
    if not isinstance(value, dict):
        check.report(path, f"must be a mapping of skill ids, found {_type_name(value)}")
        return ()
    if not value:
        check.report(path, "a role needs at least one skill")
    role_skills: list[RoleSkill] = []
    for skill_id, levels in value.items():
        here = (*path, skill_id)
        if skill_id not in skill_ids:
            check.report(here, f"unknown skill '{skill_id}'")
            continue
        per_level = _per_level(check, levels, here, level_ids)
        if per_level is None:
            continue
        expectations = {
            level_id: _expectation(check, per_level[level_id], (*here, level_id))
            for level_id in level_ids
            if level_id in per_level
        }
        role_skills.append(RoleSkill(skill_id, expectations))
    return tuple(role_skills)
