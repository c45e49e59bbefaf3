"""Validate parsed framework data and build a :class:`Framework` from it.

Every problem is collected (file, line, path, what is wrong) and reported together; nothing is built
unless the whole file is valid, so a bad file never leaves a framework half-loaded.

Schema 1 files are read exactly as before (every skill described and every role's skill marked at
every level). Schema 2 (``resources/frameworks/schema-v2.json``) relaxes and extends that: see
:mod:`core.framework`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from core.documents import Document
from core.errors import DocPath, FrameworkError, Problem
from core.framework import (
    Criterion,
    Expectation,
    Family,
    Framework,
    Level,
    Mark,
    Role,
    RoleSkill,
    Skill,
    Source,
    Stage,
    criteria_text,
)
from core.i18n import QT_TRANSLATE_NOOP, translate

SUPPORTED_SCHEMA_VERSIONS = (1, 2)
MIN_LEVELS, MAX_LEVELS = 2, 12
MAX_CATEGORY_DEPTH = 6
MAX_ITEMS = 2000
MAX_NAME = 200
MAX_TEXT = 4000
_ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$")

_ROOT_KEYS = {"schema_version", "framework", "levels", "stages", "skills", "roles"}
_ROOT_KEYS_V2 = _ROOT_KEYS | {"proficiencies", "source", "families"}
_FAMILY_KEYS = {"id", "name", "roles", "level_meanings"}
_FRAMEWORK_KEYS = {"id", "name", "version", "description"}
_SOURCE_KEYS = {"name", "url", "version", "commit", "licence", "attribution"}
_LEVEL_KEYS = {"id", "label", "meaning"}
_LEVEL_KEYS_V2 = _LEVEL_KEYS | {"summary"}
_STAGE_KEYS = {"id", "label"}
_SKILL_KEYS = {"id", "name", "category", "summary", "keywords", "descriptors"}
_SKILL_KEYS_V2 = _SKILL_KEYS | {"category_path"}
_ROLE_KEYS = {
    "id", "name", "summary", "responsibilities", "deliverables", "stages", "skills",
}  # fmt: skip
_ROLE_KEYS_V2 = _ROLE_KEYS | {"levels"}
_ROLE_STAGE_KEYS = {"leads", "supports"}
_EXPECTATION_KEYS = {"mark", "descriptor"}
_EXPECTATION_KEYS_V2 = _EXPECTATION_KEYS | {"proficiency", "examples"}
_CRITERION_KEYS = {"text", "examples"}
_MARKS_V1 = {Mark.REQUIRED.value, Mark.OPTIONAL.value}
_MARKS = {m.value for m in Mark}


def _type_name(value: Any) -> str:
    match value:
        case None:
            return translate("FrameworkCheck", "nothing")
        case bool():
            return translate("FrameworkCheck", "true/false")
        case int() | float():
            return translate("FrameworkCheck", "a number")
        case str():
            return translate("FrameworkCheck", "text")
        case list():
            return translate("FrameworkCheck", "a list")
        case dict():
            return translate("FrameworkCheck", "a mapping")
    return type(value).__name__


_ID_KINDS = {
    "family": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate family id '{id}'"),
    "levels": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate level id '{id}'"),
    "proficiencies": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate proficiency id '{id}'"),
    "stage": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate stage id '{id}'"),
    "skill": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate skill id '{id}'"),
    "role": QT_TRANSLATE_NOOP("FrameworkCheck", "duplicate role id '{id}'"),
}


def _unknown_level(level_id: object, level_ids: Iterable[str]) -> str:
    return translate("FrameworkCheck", "unknown level '{level}' (levels: {levels})").format(
        level=level_id, levels=", ".join(level_ids)
    )


class _Checker:
    """Collects problems while walking the document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.v2 = False

    def report(self, path: DocPath, message: str) -> None:
        self.problems.append(Problem(self.doc.file, message, self.doc.line_of(path), path))

    def mapping(
        self, value: Any, path: DocPath, allowed: set[str], required: set[str]
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.report(
                path,
                translate("FrameworkCheck", "must be a mapping, found {kind}").format(
                    kind=_type_name(value)
                ),
            )
            return None
        for key in value:
            if key not in allowed:
                self.report(
                    (*path, key),
                    translate("FrameworkCheck", "unknown key '{key}' (allowed: {allowed})").format(
                        key=key, allowed=", ".join(sorted(allowed))
                    ),
                )
        for key in sorted(required - value.keys()):
            self.report(path, translate("FrameworkCheck", "missing key '{key}'").format(key=key))
        return value

    def items(self, value: Any, path: DocPath, *, minimum: int = 0) -> Iterator[tuple[int, Any]]:
        if value is None and minimum == 0:
            return
        if not isinstance(value, list):
            self.report(
                path,
                translate("FrameworkCheck", "must be a list, found {kind}").format(
                    kind=_type_name(value)
                ),
            )
            return
        if len(value) < minimum:
            self.report(
                path,
                translate("FrameworkCheck", "needs at least %n item(s), found {found}", None, minimum)
                .format(found=len(value)),
            )  # fmt: skip
        if len(value) > MAX_ITEMS:
            self.report(
                path,
                translate("FrameworkCheck", "has {count} items; the limit is {limit}").format(
                    count=len(value), limit=MAX_ITEMS
                ),
            )
            return
        yield from enumerate(value)

    def text(self, value: Any, path: DocPath, *, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            if isinstance(value, int | float | bool):
                message = translate(
                    "FrameworkCheck", "must be text, found {kind}; put it in quotes"
                )
            else:
                message = translate("FrameworkCheck", "must be text, found {kind}")
            self.report(path, message.format(kind=_type_name(value)))
            return ""
        stripped = value.strip()
        if not stripped:
            self.report(path, translate("FrameworkCheck", "must not be empty"))
        elif len(stripped) > limit:
            self.report(
                path,
                translate("FrameworkCheck", "is {count} characters; the limit is {limit}").format(
                    count=len(stripped), limit=limit
                ),
            )
        return stripped

    def identifier(self, value: Any, path: DocPath) -> str:
        text = self.text(value, path, limit=64)
        if text and not _ID_PATTERN.fullmatch(text):
            self.report(
                path,
                translate(
                    "FrameworkCheck",
                    "'{id}' is not a valid id (lowercase letters, digits, '-', '_')",
                ).format(id=text),
            )
        return text

    def text_list(self, value: Any, path: DocPath, *, minimum: int = 0) -> tuple[str, ...]:
        return tuple(
            self.text(item, (*path, i), limit=MAX_NAME * 5)
            for i, item in self.items(value, path, minimum=minimum)
        )

    def unique(self, seen: set[str], ident: str, path: DocPath, what: str) -> None:
        if ident and ident in seen:
            message = translate("FrameworkCheck", _ID_KINDS[what]) if what in _ID_KINDS else what
            self.report(path, message.format(id=ident))
        seen.add(ident)


def build_framework(doc: Document) -> Framework:
    """Validate ``doc`` as a framework file and build it; raise :class:`FrameworkError` if invalid."""
    check = _Checker(doc)
    data = doc.data
    schema_version = data.get("schema_version") if isinstance(data, dict) else None
    # 1.0 == 1 and True == 1 in Python; only the integer itself is a schema version.
    unsupported = type(schema_version) is not int or schema_version not in SUPPORTED_SCHEMA_VERSIONS
    if isinstance(data, dict) and "schema_version" in data and unsupported:
        supported = ", ".join(map(str, SUPPORTED_SCHEMA_VERSIONS))
        check.report(
            ("schema_version",),
            translate(
                "FrameworkCheck",
                "schema version {found} is not supported (this app reads {supported})",
            ).format(found=repr(schema_version), supported=supported),
        )
        raise FrameworkError(check.problems)
    check.v2 = schema_version == 2
    root_keys = _ROOT_KEYS_V2 if check.v2 else _ROOT_KEYS
    required = {"schema_version", "framework", "levels", "skills", "roles"}
    root = check.mapping(data, (), root_keys, required)
    if root is None:
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

    source = _source(check, root["source"]) if "source" in root else None
    levels = _levels(check, root.get("levels"), ("levels",), minimum=MIN_LEVELS)
    level_ids = [lv.id for lv in levels]
    proficiencies = (
        _levels(check, root["proficiencies"], ("proficiencies",), minimum=1)
        if "proficiencies" in root
        else []
    )
    stages = _stages(check, root.get("stages"))
    skills = _skills(check, root.get("skills"), level_ids)
    roles = _roles(
        check,
        root.get("roles"),
        level_ids,
        {s.id for s in skills},
        {s.id for s in stages},
        {p.id for p in proficiencies},
    )
    families = (
        _families(check, root["families"], level_ids, {r.id for r in roles})
        if "families" in root
        else []
    )

    if check.problems or not isinstance(schema_version, int):
        raise FrameworkError(check.problems)
    return Framework(
        schema_version=schema_version,
        id=fw_id, name=fw_name, version=fw_version, description=fw_description,
        levels=tuple(levels), stages=tuple(stages), skills=tuple(skills), roles=tuple(roles),
        proficiencies=tuple(proficiencies), source=source, families=tuple(families),
    )  # fmt: skip


def _families(
    check: _Checker, value: Any, level_ids: list[str], role_ids: set[str]
) -> list[Family]:
    """Role families: which roles share them and what each level means for them."""
    path: DocPath = ("families",)
    families: list[Family] = []
    seen: set[str] = set()
    family_of: dict[str, str] = {}
    for i, item in check.items(value, path):
        here = (*path, i)
        entry = check.mapping(item, here, _FAMILY_KEYS, {"id", "name", "roles"})
        if entry is None:
            continue
        family_id = check.identifier(entry.get("id"), (*here, "id"))
        check.unique(seen, family_id, (*here, "id"), "family")
        members = check.text_list(entry.get("roles"), (*here, "roles"), minimum=1)
        for j, role_id in enumerate(members):
            if role_id and role_id not in role_ids:
                check.report(
                    (*here, "roles", j),
                    translate("FrameworkCheck", "unknown role '{role}'").format(role=role_id),
                )
            elif role_id in family_of:
                check.report(
                    (*here, "roles", j),
                    translate(
                        "FrameworkCheck", "role '{role}' is already in family '{family}'"
                    ).format(role=role_id, family=family_of[role_id]),
                )
            family_of.setdefault(role_id, family_id)
        meanings: dict[str, str] = {}
        if "level_meanings" in entry:
            raw = _per_level(check, entry["level_meanings"], (*here, "level_meanings"), level_ids)
            for level_id, text in (raw or {}).items():
                if level_id in level_ids:
                    meanings[level_id] = check.text(text, (*here, "level_meanings", level_id))
        families.append(Family(
            id=family_id,
            name=check.text(entry.get("name"), (*here, "name"), limit=MAX_NAME),
            roles=members,
            level_meanings={lv: meanings[lv] for lv in level_ids if lv in meanings},
        ))  # fmt: skip
    return families


def _source(check: _Checker, value: Any) -> Source | None:
    entry = check.mapping(value, ("source",), _SOURCE_KEYS, {"name"})
    if entry is None:
        return None
    fields = {
        key: check.text(entry[key], ("source", key), limit=MAX_NAME * 5)
        for key in _SOURCE_KEYS
        if key in entry
    }
    return Source(**fields)


def _levels(check: _Checker, value: Any, path: DocPath, *, minimum: int) -> list[Level]:
    levels: list[Level] = []
    seen: set[str] = set()
    allowed = _LEVEL_KEYS_V2 if check.v2 else _LEVEL_KEYS
    required = {"id", "label"} if check.v2 else _LEVEL_KEYS
    for i, item in check.items(value, path, minimum=1 if check.v2 else minimum):
        entry = check.mapping(item, (*path, i), allowed, required)
        if entry is None:
            continue
        level_id = check.identifier(entry.get("id"), (*path, i, "id"))
        check.unique(seen, level_id, (*path, i, "id"), str(path[0]))
        levels.append(Level(
            id=level_id,
            label=check.text(entry.get("label"), (*path, i, "label"), limit=MAX_NAME),
            meaning=_optional_text(check, entry, "meaning", (*path, i)),
            summary=_optional_text(check, entry, "summary", (*path, i)),
        ))  # fmt: skip
    if len(levels) > MAX_LEVELS:
        check.report(
            path,
            translate("FrameworkCheck", "has {count} levels; the limit is {limit}").format(
                count=len(levels), limit=MAX_LEVELS
            ),
        )
    return levels


def _optional_text(
    check: _Checker, entry: dict[str, Any], key: str, path: DocPath, *, limit: int = MAX_TEXT
) -> str:
    """Text that schema 1 requires and schema 2 allows to be absent or empty."""
    if key not in entry or (check.v2 and entry[key] in (None, "")):
        return ""
    return check.text(entry[key], (*path, key), limit=limit)


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
        check.report(
            path,
            translate("FrameworkCheck", "must be a mapping of level ids, found {kind}").format(
                kind=_type_name(value)
            ),
        )
        return None
    for key in value:
        if key not in level_ids:
            check.report((*path, key), _unknown_level(key, level_ids))
    if not check.v2:  # schema 2 leaves out the levels where a skill is not described/expected
        for level_id in level_ids:
            if level_id and level_id not in value:
                check.report(
                    path,
                    translate("FrameworkCheck", "missing level '{level}'").format(level=level_id),
                )
    return value


def _skills(check: _Checker, value: Any, level_ids: list[str]) -> list[Skill]:
    path: DocPath = ("skills",)
    skills: list[Skill] = []
    seen: set[str] = set()
    for i, item in check.items(value, path, minimum=1):
        here = (*path, i)
        if check.v2:
            entry = check.mapping(item, here, _SKILL_KEYS_V2, {"id", "name"})
        else:
            entry = check.mapping(item, here, _SKILL_KEYS, _SKILL_KEYS - {"keywords"})
        if entry is None:
            continue
        skill_id = check.identifier(entry.get("id"), (*here, "id"))
        check.unique(seen, skill_id, (*here, "id"), "skill")
        descriptors: dict[str, str] = {}
        criteria: dict[str, tuple[Criterion, ...]] = {}
        raw = (
            _per_level(check, entry.get("descriptors"), (*here, "descriptors"), level_ids)
            if "descriptors" in entry or not check.v2
            else {}
        )
        for level_id, text in (raw or {}).items():
            if level_id in level_ids:
                found = _descriptor(check, text, (*here, "descriptors", level_id))
                if found:
                    criteria[level_id] = found
                    descriptors[level_id] = criteria_text(found)
        path_parts = (
            check.text_list(entry["category_path"], (*here, "category_path"))
            if "category_path" in entry
            else ()
        )
        if len(path_parts) > MAX_CATEGORY_DEPTH:
            check.report(
                (*here, "category_path"),
                translate("FrameworkCheck", "is deeper than {limit} parts").format(
                    limit=MAX_CATEGORY_DEPTH
                ),
            )
        if "category" in entry or not check.v2:
            category = check.text(entry.get("category"), (*here, "category"), limit=MAX_NAME)
        else:
            category = path_parts[-1] if path_parts else "General"
        skills.append(Skill(
            id=skill_id,
            name=check.text(entry.get("name"), (*here, "name"), limit=MAX_NAME),
            category=category,
            summary=_optional_text(check, entry, "summary", here) if check.v2
            else check.text(entry.get("summary"), (*here, "summary")),
            keywords=check.text_list(entry.get("keywords"), (*here, "keywords")),
            descriptors={lv: descriptors[lv] for lv in level_ids if lv in descriptors},
            criteria={lv: criteria[lv] for lv in level_ids if lv in criteria},
            category_path=path_parts or (category,),
        ))  # fmt: skip
    return skills


def _well_formed_text(value: object, limit: int) -> str | None:
    if type(value) is not str:
        return None
    text = value.strip()
    return text if 0 < len(text) <= limit else None


def _well_formed_criterion(item: object) -> Criterion | None:
    """A criterion that passes every check, built without the bookkeeping that locates
    problems; None when anything is off (the full check then reports it)."""
    if type(item) is str:
        text = _well_formed_text(item, MAX_TEXT)
        return Criterion(text) if text else None
    if type(item) is not dict or not item.keys() <= _CRITERION_KEYS:
        return None
    text = _well_formed_text(item.get("text"), MAX_TEXT)
    raw = item.get("examples", [])
    if text is None or type(raw) is not list or len(raw) > MAX_ITEMS:
        return None
    examples = tuple(_well_formed_text(e, MAX_NAME * 5) for e in raw)
    return None if None in examples else Criterion(text, examples)  # type: ignore[arg-type]


def _descriptor(check: _Checker, value: Any, path: DocPath) -> tuple[Criterion, ...]:
    """A descriptor: text, or (schema 2) a list of criteria, each text or {text, examples}."""
    if not check.v2 or not isinstance(value, list):
        text = check.text(value, path)
        return (Criterion(text),) if text else ()
    if 0 < len(value) <= MAX_ITEMS:
        fast = [_well_formed_criterion(item) for item in value]
        if None not in fast:
            return tuple(c for c in fast if c is not None)
    criteria: list[Criterion] = []
    for i, item in check.items(value, path, minimum=1):
        if isinstance(item, str):
            text = check.text(item, (*path, i))
            if text:
                criteria.append(Criterion(text))
            continue
        entry = check.mapping(item, (*path, i), _CRITERION_KEYS, {"text"})
        if entry is None:
            continue
        text = check.text(entry.get("text"), (*path, i, "text"))
        examples = check.text_list(entry.get("examples"), (*path, i, "examples"))
        if text:
            criteria.append(Criterion(text, examples))
    return tuple(criteria)


_SIMPLE_EXPECTATIONS = {m: Expectation(m) for m in Mark}


def _mark_message(found: object, v2: bool) -> str:
    if v2:
        message = translate(
            "FrameworkCheck", "mark must be 'required', 'optional' or 'not-expected', found {found}"
        )
    else:
        message = translate(
            "FrameworkCheck", "mark must be 'required' or 'optional', found {found}"
        )
    return message.format(found=repr(found))


def _expectation(
    check: _Checker, value: Any, path: DocPath, proficiency_ids: set[str]
) -> Expectation:
    marks = _MARKS if check.v2 else _MARKS_V1
    if isinstance(value, str):
        if value not in marks:
            check.report(path, _mark_message(value, check.v2))
            return _SIMPLE_EXPECTATIONS[Mark.OPTIONAL]
        return _SIMPLE_EXPECTATIONS[Mark(value)]
    allowed = _EXPECTATION_KEYS_V2 if check.v2 else _EXPECTATION_KEYS
    mark = value.get("mark") if type(value) is dict else None
    if type(mark) is str and mark in marks and value.keys() <= allowed:
        entry: dict[str, Any] | None = value  # well formed: no need to locate problems
    else:
        entry = check.mapping(value, path, allowed, {"mark"})
    if entry is None:
        return Expectation(Mark.OPTIONAL)
    mark = entry.get("mark")
    if not isinstance(mark, str) or mark not in marks:
        check.report((*path, "mark"), _mark_message(mark, check.v2))
        mark = Mark.OPTIONAL
    criteria = (
        _descriptor(check, entry["descriptor"], (*path, "descriptor"))
        if "descriptor" in entry
        else ()
    )
    proficiency = None
    if "proficiency" in entry:
        proficiency = check.identifier(entry["proficiency"], (*path, "proficiency"))
        if proficiency and proficiency not in proficiency_ids:
            known = ", ".join(sorted(proficiency_ids)) or translate(
                "FrameworkCheck", "the file has no proficiencies"
            )
            check.report(
                (*path, "proficiency"),
                translate("FrameworkCheck", "unknown proficiency '{proficiency}' ({known})").format(
                    proficiency=proficiency, known=known
                ),
            )
    examples = (
        check.text_list(entry["examples"], (*path, "examples")) if "examples" in entry else ()
    )
    if examples and criteria:
        check.report(
            (*path, "examples"),
            translate(
                "FrameworkCheck",
                "examples go with the descriptor's criteria when the role has its own descriptor",
            ),
        )
    return Expectation(
        Mark(mark),
        criteria_text(criteria) if criteria else None,
        criteria if len(criteria) > 1 or any(c.examples for c in criteria) else (),
        proficiency or None,
        examples,
    )


def _roles(
    check: _Checker,
    value: Any,
    level_ids: list[str],
    skill_ids: set[str],
    stage_ids: set[str],
    proficiency_ids: set[str],
) -> list[Role]:
    path: DocPath = ("roles",)
    roles: list[Role] = []
    seen: set[str] = set()
    for i, item in check.items(value, path, minimum=1):
        here = (*path, i)
        if check.v2:
            entry = check.mapping(item, here, _ROLE_KEYS_V2, {"id", "name", "skills"})
        else:
            entry = check.mapping(item, here, _ROLE_KEYS, _ROLE_KEYS - {"stages"})
        if entry is None:
            continue
        role_id = check.identifier(entry.get("id"), (*here, "id"))
        check.unique(seen, role_id, (*here, "id"), "role")
        leads, supports = _role_stages(check, entry.get("stages"), (*here, "stages"), stage_ids)
        role_levels = _role_levels(check, entry.get("levels"), (*here, "levels"), level_ids)
        minimum = 0 if check.v2 else 1
        roles.append(Role(
            id=role_id,
            name=check.text(entry.get("name"), (*here, "name"), limit=MAX_NAME),
            summary=_optional_text(check, entry, "summary", here) if check.v2
            else check.text(entry.get("summary"), (*here, "summary")),
            responsibilities=check.text_list(entry.get("responsibilities"),
                                             (*here, "responsibilities"), minimum=minimum),
            deliverables=check.text_list(entry.get("deliverables"), (*here, "deliverables"),
                                         minimum=minimum),
            leads=leads,
            supports=supports,
            skills=_role_skills(check, entry.get("skills"), (*here, "skills"),
                                role_levels or level_ids, skill_ids, proficiency_ids),
            levels=tuple(role_levels),
        ))  # fmt: skip
    return roles


def _role_levels(check: _Checker, value: Any, path: DocPath, level_ids: list[str]) -> list[str]:
    """The subset of levels a role uses (schema 2), in ladder order; empty for all."""
    if value is None:
        return []
    ids = check.text_list(value, path, minimum=1)
    for j, level_id in enumerate(ids):
        if level_id and level_id not in level_ids:
            check.report((*path, j), _unknown_level(level_id, level_ids))
    if len(set(ids)) != len(ids):
        check.report(path, translate("FrameworkCheck", "lists a level twice"))
    used = set(ids)
    return [lv for lv in level_ids if lv in used]


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
                check.report(
                    (*path, key, j),
                    translate("FrameworkCheck", "unknown stage '{stage}'").format(stage=stage_id),
                )
        result[key] = ids
    for stage_id in set(result["leads"]) & set(result["supports"]):
        check.report(
            path,
            translate("FrameworkCheck", "stage '{stage}' is both led and supported").format(
                stage=stage_id
            ),
        )
    return result["leads"], result["supports"]


def _role_skills(
    check: _Checker,
    value: Any,
    path: DocPath,
    level_ids: list[str],
    skill_ids: set[str],
    proficiency_ids: set[str],
) -> tuple[RoleSkill, ...]:
    if not isinstance(value, dict):
        check.report(
            path,
            translate("FrameworkCheck", "must be a mapping of skill ids, found {kind}").format(
                kind=_type_name(value)
            ),
        )
        return ()
    if not value:
        check.report(path, translate("FrameworkCheck", "a role needs at least one skill"))
    role_skills: list[RoleSkill] = []
    # A plain mark is by far the most common entry (a 50-role sheet has 100,000s): shared,
    # looked up without building a path; anything else takes the full check.
    simple = {m: _SIMPLE_EXPECTATIONS[Mark(m)] for m in (_MARKS if check.v2 else _MARKS_V1)}
    for skill_id, levels in value.items():
        here = (*path, skill_id)
        if skill_id not in skill_ids:
            check.report(
                here, translate("FrameworkCheck", "unknown skill '{skill}'").format(skill=skill_id)
            )
            continue
        per_level = _per_level(check, levels, here, level_ids)
        if per_level is None:
            continue
        expectations: dict[str, Expectation] = {}
        for level_id in level_ids:
            if level_id not in per_level:
                continue
            entry = per_level[level_id]
            fast = simple.get(entry) if type(entry) is str else None
            expectations[level_id] = fast or _expectation(
                check, entry, (*here, level_id), proficiency_ids
            )
        role_skills.append(RoleSkill(skill_id, expectations))
    return tuple(role_skills)
