"""DIRECT (digital research competencies): competency domains → competencies → skills, as nested
JSON or as one flat CSV, with the generic 0–4 proficiency scale of ``skill_level.json``.

DIRECT sets no roles and no expectations: its proficiency steps 1–4 become the levels (step 0,
"none", is the app's "not yet") and one role lists every skill as optional at every level.
"""

from __future__ import annotations

import csv
import io
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
    fail,
    framework_meta,
    level_named,
    must_be_a_list,
    skill_named,
)

SOURCE = {
    "name": "DIRECT – Digital Research Competencies Framework",
    "url": "https://github.com/direct-framework/digital-research-competencies-framework",
    "licence": "CC-BY-4.0",
    "attribution": "Contains content from the DIRECT framework, licensed under CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/).",
}
CSV_COLUMNS = {"competency_domain", "competency", "skill"}


def is_nested(data: Any) -> bool:
    """Whether parsed JSON is the nested DIRECT framework."""
    return isinstance(data, dict) and "competency_domains" in data


def is_skill_levels(data: Any) -> bool:
    """Whether parsed JSON is DIRECT's skill-level scale (a companion file)."""
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(x, dict) and "level" in x and "name" in x for x in data)
    )


def _title(item: dict[str, Any]) -> str:
    return clean(item.get("title")) or clean(item.get("name"))


class _Builder:
    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.ids = Ids("skill", report)
        self.skills: list[dict[str, Any]] = []
        self.related = self.resources = self.group_descriptions = 0

    def skill(self, name: str, row: dict[str, Any], domain: str, competency: str) -> None:
        wanted = clean(row.get("slug")) or name
        skill: dict[str, Any] = {
            "id": self.ids.make(wanted, name),
            "name": clip(name, MAX_NAME, skill_named(name), self.report),
            "category_path": [p[:MAX_NAME] for p in (domain, competency) if p],
        }
        if clean(row.get("description")):
            skill["summary"] = clip(
                clean(row["description"]), MAX_TEXT, skill_named(name), self.report
            )
        tools = [t for t in clean(row.get("tools_languages_methodologies")).split("|") if t.strip()]
        if tools:
            skill["keywords"] = [t.strip()[:MAX_NAME] for t in tools]
        if clean(row.get("related_skills")):
            self.related += 1
        if clean(row.get("learning_resources")) or clean(row.get("training_resources")):
            self.resources += 1
        self.skills.append(skill)


def _needs_a_title(where: str) -> str:
    return translate("Importer", "{where} needs a title").format(where=where)


def _levels(skill_levels: Document | None, report: ImportReport) -> list[dict[str, Any]]:
    if skill_levels is None:
        report.renamed.append(
            translate(
                "Importer",
                "no skill-level file given: levels named 'Level 1'…'Level 4' after DIRECT's "
                "documented 0–4 scale",
            )
        )
        return [{"id": f"level-{n}", "label": f"Level {n}"} for n in range(1, 5)]
    report.files.append(skill_levels.file)
    steps: list[tuple[int, dict[str, Any]]] = []
    for i, item in enumerate(skill_levels.data):
        try:
            number = int(clean(item.get("level")))
        except ValueError:
            raise fail(
                skill_levels.file,
                translate("Importer", "{where} must be a number, found {found}").format(
                    where=f"[{i}].level", found=repr(item.get("level"))
                ),
                skill_levels.line_of((i, "level")),
            ) from None
        steps.append((number, item))
    levels = []
    for number, item in sorted(steps, key=lambda s: s[0]):
        name = clean(item.get("name")) or f"Level {number}"
        if number <= 0:
            report.mapped.append(
                translate("Importer", "skill level {number} '{name}' → the app's 'Not yet'").format(
                    number=number, name=name
                )
            )
            continue
        level: dict[str, Any] = {"id": f"level-{number}", "label": name[:MAX_NAME]}
        if clean(item.get("description")):
            level["meaning"] = clip(clean(item["description"]), MAX_TEXT, level_named(name), report)
        summary = ". ".join(
            x
            for x in (
                clean(item.get("short_description")),
                clean(item.get("focus")) and f"Focus: {clean(item['focus'])}",
            )
            if x
        )
        if summary:
            level["summary"] = clip(summary, MAX_TEXT, level_named(name), report)
        levels.append(level)
    if not levels:
        raise fail(skill_levels.file, translate("Importer", "no skill level above 0"))
    return levels


def _document(
    builder: _Builder, levels: list[dict[str, Any]], report: ImportReport, groups: tuple[int, int]
) -> ImportResult:
    if not builder.skills:
        raise fail(report.files[0], translate("Importer", "no skills found"))
    level_ids = [lv["id"] for lv in levels]
    if builder.related:
        related = builder.related
        report.left_out.append(
            translate(
                "Importer", "related skills of %n skill(s) (links between skills)", None, related
            )
        )
    if builder.resources:
        resources = builder.resources
        report.left_out.append(
            translate(
                "Importer",
                "learning resources of %n skill(s) (references to another DIRECT file)",
                None,
                resources,
            )
        )
    if builder.group_descriptions:
        report.left_out.append(
            translate(
                "Importer",
                "{count} descriptions of competency domains and competencies (their names are "
                "kept in each skill's category path)",
            ).format(count=builder.group_descriptions)
        )
    report.mapped += [
        translate(
            "Importer",
            "{domains} competency domains and {competencies} competencies → category paths",
        ).format(domains=groups[0], competencies=groups[1]),
        translate("Importer", "{count} skills (description → summary, tools → keywords)").format(
            count=len(builder.skills)
        ),
        translate(
            "Importer", "{count} skill levels → levels, their description as the level's meaning"
        ).format(count=len(levels)),
        translate(
            "Importer",
            "DIRECT sets no roles: one role lists every skill as optional at every level",
        ),
    ]
    role = {
        "id": "direct",
        "name": "Digital research professional (all DIRECT skills)",
        "skills": {s["id"]: dict.fromkeys(level_ids, "optional") for s in builder.skills},
    }
    document = {
        "schema_version": 2,
        "framework": framework_meta("DIRECT digital research competencies", "", "direct"),
        "source": SOURCE,
        "levels": levels,
        "skills": builder.skills,
        "roles": [role],
    }
    return ImportResult(document, report)


def import_nested(doc: Document, skill_levels: Document | None) -> ImportResult:
    """Convert the nested JSON."""
    report = ImportReport(translate("Importer", "DIRECT framework (nested JSON)"), [doc.file])
    levels = _levels(skill_levels, report)
    builder = _Builder(report)
    domains = doc.data["competency_domains"]
    if not isinstance(domains, list):
        raise fail(
            doc.file, must_be_a_list("competency_domains"), doc.line_of(("competency_domains",))
        )
    competencies_seen = 0
    for i, domain in enumerate(domains):
        here: tuple[Any, ...] = ("competency_domains", i)
        if not isinstance(domain, dict) or not _title(domain):
            raise fail(doc.file, _needs_a_title(f"competency_domains[{i}]"), doc.line_of(here))
        builder.group_descriptions += bool(clean(domain.get("description")))
        competencies = domain.get("competencies") or []
        if not isinstance(competencies, list):
            raise fail(
                doc.file,
                must_be_a_list(f"competency_domains[{i}].competencies"),
                doc.line_of(here),
            )
        for j, competency in enumerate(competencies):
            where = (*here, "competencies", j)
            if not isinstance(competency, dict) or not _title(competency):
                raise fail(
                    doc.file,
                    _needs_a_title(f"competency_domains[{i}].competencies[{j}]"),
                    doc.line_of(where),
                )
            competencies_seen += 1
            builder.group_descriptions += bool(clean(competency.get("description")))
            skills = competency.get("skills") or []
            if not isinstance(skills, list):
                raise fail(
                    doc.file,
                    must_be_a_list(f"competency_domains[{i}].competencies[{j}].skills"),
                    doc.line_of(where),
                )
            for k, skill in enumerate(skills):
                at = (*where, "skills", k)
                if not isinstance(skill, dict) or not _title(skill):
                    raise fail(
                        doc.file,
                        _needs_a_title(f"competency_domains[{i}].competencies[{j}].skills[{k}]"),
                        doc.line_of(at),
                    )
                builder.skill(_title(skill), skill, _title(domain), _title(competency))
    return _document(builder, levels, report, (len(domains), competencies_seen))


def import_csv(path: Path, text: str, skill_levels: Document | None) -> ImportResult:
    """Convert the flat CSV: a domain row, its competency rows, each followed by its skill rows."""
    report = ImportReport(translate("Importer", "DIRECT framework (flat CSV)"), [str(path)])
    levels = _levels(skill_levels, report)
    builder = _Builder(report)
    reader = csv.DictReader(io.StringIO(text))
    domain = competency = ""
    domains = competencies = 0
    for row in reader:
        line = reader.line_num
        if None in row:
            raise fail(
                str(path), translate("Importer", "a row has more cells than the header"), line
            )
        d, c, s = (
            clean(row.get("competency_domain")),
            clean(row.get("competency")),
            clean(row.get("skill")),
        )
        if sum(map(bool, (d, c, s))) != 1:
            raise fail(
                str(path),
                translate(
                    "Importer",
                    "each row names exactly one of competency_domain, competency or skill",
                ),
                line,
            )
        if d:
            domain, competency, domains = d, "", domains + 1
            builder.group_descriptions += bool(clean(row.get("description")))
        elif c:
            if not domain:
                raise fail(
                    str(path),
                    translate(
                        "Importer", "competency '{competency}' comes before any competency domain"
                    ).format(competency=c),
                    line,
                )
            competency, competencies = c, competencies + 1
            builder.group_descriptions += bool(clean(row.get("description")))
        else:
            if not competency:
                raise fail(
                    str(path),
                    translate("Importer", "skill '{skill}' comes before any competency").format(
                        skill=s
                    ),
                    line,
                )
            builder.skill(s, row, domain, competency)
    return _document(builder, levels, report, (domains, competencies))
