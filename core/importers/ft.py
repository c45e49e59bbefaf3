"""Financial Times engineering-progression: the job-family YAML (levels, themes, one competency
per level and theme with a proficiency) and the older competencies YAML (competencies by area and
level, with examples) read together with its companion levels YAML."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from core.documents import Document
from core.i18n import translate
from core.importers.common import (
    MAX_NAME,
    MAX_TEXT,
    Ids,
    ImportReport,
    ImportResult,
    clean,
    clip,
    criterion,
    fail,
    framework_meta,
    level_named,
    must_be_a_list,
    must_be_a_mapping,
    no_place_for,
)

SOURCE = {
    "name": "Financial Times engineering progression",
    "url": "https://github.com/Financial-Times/engineering-progression",
    "licence": "MIT",
    "attribution": "Copyright (c) The Financial Times Ltd; used under the MIT licence.",
}
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+", re.MULTILINE)


def is_job_family(data: Any) -> bool:
    """Whether parsed YAML is a job-family file."""
    return isinstance(data, dict) and {"levels", "themes", "competencies"} <= data.keys()


def is_competencies(data: Any) -> bool:
    """Whether parsed YAML is the older competencies list."""
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(x, dict) and {"level", "area", "summary"} <= x.keys() for x in data)
    )


def is_levels(data: Any) -> bool:
    """Whether parsed YAML is the older levels list (a companion of the competencies)."""
    return (
        isinstance(data, list)
        and bool(data)
        and all(
            isinstance(x, dict) and {"id", "name"} <= x.keys() and "area" not in x for x in data
        )
    )


def _list(doc: Document, key: str | None, value: Any) -> list[dict[str, Any]]:
    path = (key,) if key else ()
    if not isinstance(value, list):
        where = f"'{key}'" if key else translate("Importer", "the document")
        raise fail(doc.file, must_be_a_list(where), doc.line_of(path))
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise fail(doc.file, must_be_a_mapping(f"{key or ''}[{i}]"), doc.line_of((*path, i)))
    return value


def _need(doc: Document, item: dict[str, Any], key: str, path: tuple[Any, ...]) -> str:
    text = clean(item.get(key)) if not isinstance(item.get(key), list | dict) else ""
    if not text:
        raise fail(
            doc.file,
            f"{_where(path)}: "
            + translate("Importer", "'{key}' is missing or not text").format(key=key),
            doc.line_of(path),
        )
    return text


def _level_summary() -> str:
    return translate("Importer", "level summary")


def _competency_summary() -> str:
    return translate("Importer", "competency summary")


def _theme_named(name: str) -> str:
    return translate("Importer", "theme '{name}'").format(name=name)


def _where(path: tuple[Any, ...]) -> str:
    from core.errors import format_path

    return format_path(path)


def _criteria_of(summary: str) -> list[str]:
    """A summary written as a numbered list becomes one criterion per item."""
    parts = [p.strip() for p in _NUMBERED.split(summary) if p.strip()]
    return parts if len(_NUMBERED.findall(summary)) >= 2 else [summary.strip()]


def import_job_family(doc: Document) -> ImportResult:
    """Convert a job-family document."""
    data = doc.data
    report = ImportReport(translate("Importer", "Financial Times job family (YAML)"), [doc.file])
    name = clean(data.get("name")) or "Engineering"
    level_ids, theme_ids = Ids("level", report), Ids("skill", report)
    levels: list[dict[str, Any]] = []
    level_by_source: dict[str, str] = {}
    for i, item in enumerate(_list(doc, "levels", data["levels"])):
        source_id = _need(doc, item, "id", ("levels", i))
        label = clean(item.get("name")) or source_id
        ident = level_ids.make(source_id, label)
        level_by_source[source_id] = ident
        level = {"id": ident, "label": clip(label, MAX_NAME, level_named(label), report)}
        if clean(item.get("summary")):
            level["meaning"] = clip(clean(item["summary"]), MAX_TEXT, _level_summary(), report)
        levels.append(level)
        _left_over(report, item, {"id", "name", "summary"}, level_named(label))
    skills: list[dict[str, Any]] = []
    skill_by_theme: dict[str, dict[str, Any]] = {}
    for i, item in enumerate(_list(doc, "themes", data["themes"])):
        source_id = _need(doc, item, "id", ("themes", i))
        label = clean(item.get("name")) or source_id
        skill = {"id": theme_ids.make(source_id, label), "name": label[:MAX_NAME],
                 "category": name[:MAX_NAME], "descriptors": {}}  # fmt: skip
        if clean(item.get("summary")):
            skill["summary"] = clip(clean(item["summary"]), MAX_TEXT, _theme_named(label), report)
        skills.append(skill)
        skill_by_theme[source_id] = skill
        _left_over(report, item, {"id", "name", "summary"}, _theme_named(label))
    expectations: dict[str, dict[str, Any]] = {s["id"]: {} for s in skills}
    proficiency_levels: dict[str, list[int]] = {}
    criteria_count = 0
    for i, item in enumerate(_list(doc, "competencies", data["competencies"])):
        here = ("competencies", i)
        level_source = _need(doc, item, "level", here)
        theme_source = _need(doc, item, "theme", here)
        if level_source not in level_by_source:
            raise fail(
                doc.file,
                f"{_where(here)}: "
                + translate("Importer", "unknown level '{level}'").format(level=level_source),
                doc.line_of(here),
            )
        if theme_source not in skill_by_theme:
            raise fail(
                doc.file,
                f"{_where(here)}: "
                + translate("Importer", "unknown theme '{theme}'").format(theme=theme_source),
                doc.line_of(here),
            )
        skill = skill_by_theme[theme_source]
        level_id = level_by_source[level_source]
        texts = [
            clip(t, MAX_TEXT, _competency_summary(), report)
            for t in _criteria_of(_need(doc, item, "summary", here))
        ]
        criteria_count += len(texts)
        if level_id in skill["descriptors"]:
            report.merged.append(
                translate(
                    "Importer",
                    "two competencies for theme '{theme}' at level '{level}': criteria joined",
                ).format(theme=skill["name"], level=level_source)
            )
            skill["descriptors"][level_id].extend(texts)
        else:
            skill["descriptors"][level_id] = texts
        expectation: dict[str, Any] = {"mark": "required"}
        proficiency = clean(item.get("proficiency"))
        if proficiency:
            proficiency_levels.setdefault(proficiency, []).append(
                [lv["id"] for lv in levels].index(level_id)
            )
            expectation["proficiency"] = proficiency
        expectations[skill["id"]][level_id] = expectation
        _left_over(
            report,
            item,
            {"id", "level", "theme", "summary", "proficiency"},
            translate("Importer", "competency {where}").format(where=_where(here)),
        )
    # The scale's order is not written down in the file: order its steps by the levels that ask for them.
    order = sorted(
        proficiency_levels,
        key=lambda p: (sum(proficiency_levels[p]) / len(proficiency_levels[p]), p),
    )
    prof_ids = Ids("proficiency", report)
    prof_map = {label: prof_ids.make(label, label) for label in order}
    for per_level in expectations.values():
        for expectation in per_level.values():
            if "proficiency" in expectation:
                expectation["proficiency"] = prof_map[expectation["proficiency"]]
    for skill in skills:
        skill["descriptors"] = {
            k: v[0] if len(v) == 1 else v for k, v in skill["descriptors"].items()
        }
    role = {
        "id": "engineer",
        "name": name[:MAX_NAME],
        "skills": {k: v for k, v in expectations.items() if v},
    }
    if clean(data.get("summary")):
        role["summary"] = clip(
            clean(data["summary"]), MAX_TEXT, translate("Importer", "job family summary"), report
        )
    for key in sorted(set(data) - {"name", "summary", "levels", "themes", "competencies"}):
        report.left_out.append(
            translate("Importer", "top-level '{key}' ({value}): not framework content").format(
                key=key, value=clean(data[key])[:60]
            )
        )
    unused = [s["name"] for s in skills if not expectations[s["id"]]]
    if unused:
        report.left_out.extend(
            translate(
                "Importer", "theme '{theme}' has no competency; kept as a skill no role uses"
            ).format(theme=n)
            for n in unused
        )
    report.mapped += [
        translate("Importer", "{count} levels (names as in the file), in the file's order").format(
            count=len(levels)
        ),
        translate(
            "Importer",
            "{themes} themes → skills; {criteria} criteria from {competencies} competencies",
        ).format(
            themes=len(skills), criteria=criteria_count, competencies=len(data["competencies"])
        ),
        translate("Importer", "job family '{name}' → one role using every level").format(name=name),
    ]
    document: dict[str, Any] = {
        "schema_version": 2,
        "framework": framework_meta(f"FT {name}", "", "ft"),
        "source": {**SOURCE, "name": f"{SOURCE['name']}: {name} job family"},
        "levels": levels,
    }
    if order:
        document["proficiencies"] = [{"id": prof_map[p], "label": p} for p in order]
        report.mapped.append(
            translate(
                "Importer",
                "{count} proficiencies ({names}), ordered by the levels that expect them",
            ).format(count=len(order), names=", ".join(order))
        )
    document |= {"skills": skills, "roles": [role]}
    return ImportResult(document, report)


def _left_over(report: ImportReport, item: dict[str, Any], known: set[str], what: str) -> None:
    for key in sorted(set(item) - known):
        value = item[key]
        if value in (None, "", [], {}):
            continue
        report.left_out.append(no_place_for(what, key))


def import_competencies(doc: Document, levels_doc: Document | None) -> ImportResult:
    """Convert the older competencies list, with the levels file when given."""
    report = ImportReport(
        translate("Importer", "Financial Times competencies (older YAML)"), [doc.file]
    )
    level_ids = Ids("level", report)
    levels: list[dict[str, Any]] = []
    level_by_source: dict[str, str] = {}
    if levels_doc is not None:
        report.files.append(levels_doc.file)
        for i, item in enumerate(_list(levels_doc, None, levels_doc.data)):
            source_id = _need(levels_doc, item, "id", (i,))
            label = clean(item.get("name")) or source_id
            level_by_source[source_id] = level_ids.make(source_id, label)
            level = {"id": level_by_source[source_id], "label": label[:MAX_NAME]}
            if clean(item.get("summary")):
                level["meaning"] = clip(clean(item["summary"]), MAX_TEXT, _level_summary(), report)
            levels.append(level)
    else:
        report.renamed.append(
            translate(
                "Importer",
                "no levels file given: levels are named by their ids, in order of appearance",
            )
        )
    areas: dict[str, dict[str, Any]] = {}
    skill_ids = Ids("skill", report)
    examples = urls = descriptions = 0
    items = _list(doc, None, doc.data)
    for i, item in enumerate(items):
        here = (i,)
        level_source = _need(doc, item, "level", here)
        area = _need(doc, item, "area", here)
        summary = clip(_need(doc, item, "summary", here), MAX_TEXT, _competency_summary(), report)
        if level_source not in level_by_source:
            if levels_doc is not None:
                raise fail(
                    doc.file,
                    f"[{i}]: "
                    + translate("Importer", "level '{level}' is not in {file}").format(
                        level=level_source, file=levels_doc.file
                    ),
                    doc.line_of(here),
                )
            level_by_source[level_source] = level_ids.make(level_source, level_source)
            levels.append({"id": level_by_source[level_source], "label": level_source[:MAX_NAME]})
        raw_examples = item.get("examples") or []
        if not isinstance(raw_examples, list):
            raise fail(
                doc.file, must_be_a_list(f"[{i}].examples"), doc.line_of((*here, "examples"))
            )
        example = translate("Importer", "example")
        found = [clip(clean(e), MAX_TEXT, example, report) for e in raw_examples if clean(e)]
        examples += len(found)
        if item.get("supportingUrls"):
            urls += len(item["supportingUrls"]) if isinstance(item["supportingUrls"], list) else 1
        if clean(item.get("description")):
            descriptions += 1
        skill = areas.get(area)
        if skill is None:
            skill = areas[area] = {"id": skill_ids.make(area, area), "name": area.replace("-", " ").capitalize(),
                                   "category": "Competencies", "descriptors": {}}  # fmt: skip
        skill["descriptors"].setdefault(level_by_source[level_source], []).append(
            criterion(summary, found)
        )
    if urls:
        report.left_out.append(
            translate(
                "Importer",
                "{count} supporting links (supportingUrls): the framework has no place for links",
            ).format(count=urls)
        )
    if descriptions:
        report.left_out.append(
            translate(
                "Importer",
                "{count} competency descriptions: only the summary and examples are kept",
            ).format(count=descriptions)
        )
    level_order = [lv["id"] for lv in levels]
    role_skills = {
        s["id"]: {lv: "required" for lv in level_order if lv in s["descriptors"]}
        for s in areas.values()
    }
    if levels_doc:
        levels_line = translate("Importer", "{count} levels from {file}").format(
            count=len(levels), file=levels_doc.file
        )
    else:
        levels_line = translate("Importer", "{count} levels").format(count=len(levels))
    report.mapped += [
        levels_line,
        translate(
            "Importer",
            "{areas} areas → skills; {competencies} competencies → criteria with {examples} "
            "examples",
        ).format(areas=len(areas), competencies=len(items), examples=examples),
        translate(
            "Importer",
            "one role '{role}' expecting each area at the levels that list competencies for it",
        ).format(role="Engineer"),
    ]
    document = {
        "schema_version": 2,
        "framework": framework_meta("FT engineering competencies", "", "ft"),
        "source": SOURCE,
        "levels": levels,
        "skills": list(areas.values()),
        "roles": [{"id": "engineer", "name": "Engineer", "skills": role_skills}],
    }
    return ImportResult(document, report)


def companion_hint(path: Path) -> str:
    """Why a levels file alone is refused."""
    return translate(
        "Importer",
        "{file} is the Financial Times levels file, a companion: give it together with the "
        "competencies file (skill-ladder import-framework competencies.yml levels.yml --out FILE)",
    ).format(file=path.name)
