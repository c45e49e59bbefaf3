"""Monzo progression framework: Markdown files whose YAML front matter holds ``topics``, each with
criteria (and criteria with examples) per numbered level. Several files become one framework: one
role per file, one skill per topic. As Monzo's site does, a topic named like one of the generic
framework's (generic.md given among the files) gets the generic criteria too, and its title and
description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.documents import Document, parse_document
from core.i18n import translate
from core.importers.common import (
    MAX_IMPORT_BYTES,
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
    must_be_a_list,
    must_be_a_mapping,
)

SOURCE = {
    "name": "Monzo progression framework",
    "url": "https://github.com/monzo/progression-framework",
    "licence": "MIT",
    "attribution": "Copyright (c) Monzo Bank Ltd; used under the MIT licence.",
}
_KNOWN_KEYS = {
    "path",
    "title",
    "sidebarTitle",
    "sidebarGroup",
    "yaml",
    "levels",
    "homepage",
    "topics",
}


def front_matter(text: str) -> tuple[str, int] | None:
    """The YAML between the opening and closing ``---`` lines, and the line the body starts on."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:number]), number + 1
    return None


def looks_like_monzo(text: str) -> bool:
    """Whether Markdown text has front matter with Monzo's keys."""
    found = front_matter(text)
    return (found is not None and "topics:" in found[0]) or (
        found is not None and "sidebarTitle:" in found[0]
    )


class _File:
    def __init__(self, path: Path, text: str) -> None:
        found = front_matter(text)
        name = str(path)
        if found is None:
            raise fail(
                name,
                translate(
                    "Importer", "no YAML front matter between '---' lines at the top of the file"
                ),
                1,
            )
        yaml_text, body_line = found
        # Line numbers in problems count from the file's first line: pad past the opening '---'.
        doc = parse_document(
            ("\n" + yaml_text).encode("utf-8"), name, is_json=False, max_bytes=MAX_IMPORT_BYTES
        )
        self.path, self.doc = path, doc
        self.body = "\n".join(text.split("\n")[body_line:]).strip()
        data = doc.data
        if not isinstance(data, dict):
            raise fail(name, translate("Importer", "the front matter must be a mapping"), 2)
        self.data = data
        topics = data.get("topics")
        if topics is None:
            raise fail(
                name,
                translate(
                    "Importer",
                    "the front matter has no 'topics' (a Markdown-only framework page: its prose "
                    "has no levels or criteria to import)",
                ),
                2,
            )
        if not isinstance(topics, list):
            raise fail(name, must_be_a_list("'topics'"), doc.line_of(("topics",)))
        self.topics: list[dict[str, Any]] = []
        for i, topic in enumerate(topics):
            if not isinstance(topic, dict):
                raise fail(name, must_be_a_mapping(f"topics[{i}]"), doc.line_of(("topics", i)))
            if not clean(topic.get("name")) or isinstance(topic.get("name"), list | dict):
                raise fail(
                    name,
                    f"topics[{i}]: "
                    + translate("Importer", "'{key}' is missing or not text").format(key="name"),
                    doc.line_of(("topics", i)),
                )
            self.topics.append(topic)
        self.title = clean(data.get("title")) or path.stem
        levels = data.get("levels")
        if levels is not None and (
            not isinstance(levels, int) or isinstance(levels, bool) or not 1 <= levels <= 12
        ):
            raise fail(
                name,
                translate(
                    "Importer", "'levels' must be a whole number from 1 to 12, found {found}"
                ).format(found=repr(levels)),
                doc.line_of(("levels",)),
            )
        self.level_count = levels

    def content(self, topic_index: int) -> dict[int, list[Any]]:
        """Criteria per level number for one topic, checked."""
        topic = self.topics[topic_index]
        path = ("topics", topic_index, "content")
        content = topic.get("content") or []
        if not isinstance(content, list):
            raise fail(self.doc.file, must_be_a_list(_p(path)), self.doc.line_of(path))
        out: dict[int, list[Any]] = {}
        for j, entry in enumerate(content):
            here = (*path, j)
            line = self.doc.line_of(here)
            if not isinstance(entry, dict):
                raise fail(self.doc.file, must_be_a_mapping(_p(here)), line)
            level = entry.get("level")
            if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 12:
                raise fail(
                    self.doc.file,
                    f"{_p(here)}: "
                    + translate(
                        "Importer", "'level' must be a number from 1 to 12, found {found}"
                    ).format(found=repr(level)),
                    line,
                )
            criteria = out.setdefault(level, [])
            for text in _texts(self.doc, entry.get("criteria"), (*here, "criteria")):
                criteria.append(clip(text, MAX_TEXT, "criterion", _SINK))
            examples = entry.get("exampleCriteria") or []
            if not isinstance(examples, list):
                raise fail(self.doc.file, must_be_a_list(f"{_p(here)}.exampleCriteria"), line)
            for k, item in enumerate(examples):
                where = (*here, "exampleCriteria", k)
                if not isinstance(item, dict) or not clean(item.get("criteria")):
                    raise fail(
                        self.doc.file,
                        translate("Importer", "{where} needs 'criteria' text").format(
                            where=_p(where)
                        ),
                        self.doc.line_of(where),
                    )
                found = _texts(self.doc, item.get("examples"), (*where, "examples"))
                criteria.append(
                    criterion(clip(clean(item["criteria"]), MAX_TEXT, "criterion", _SINK), found)
                )
        return out


_SINK = ImportReport("")


def _p(path: tuple[Any, ...]) -> str:
    from core.errors import format_path

    return format_path(path)


def _texts(doc: Document, value: Any, path: tuple[Any, ...]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(
            doc.file,
            translate("Importer", "{where} must be a list of text").format(where=_p(path)),
            doc.line_of(path),
        )
    out = []
    for i, item in enumerate(value):
        if isinstance(item, list | dict):
            raise fail(
                doc.file,
                translate("Importer", "{where} must be text").format(where=_p((*path, i))),
                doc.line_of((*path, i)),
            )
        if clean(item):
            out.append(clean(item))
    return out


def _is_generic(file: _File) -> bool:
    return (
        file.path.stem.lower().endswith("generic")
        or str(file.data.get("path", "")).strip("/") == "generic"
    )


def import_monzo(paths: list[Path], texts: list[str]) -> ImportResult:
    """Convert one or more Monzo framework files into one framework."""
    report = ImportReport(
        translate("Importer", "Monzo progression framework (Markdown + YAML front matter)"),
        [str(p) for p in paths],
    )
    files = [_File(path, text) for path, text in zip(paths, texts, strict=True)]
    generic = next((f for f in files if _is_generic(f)), None) if len(files) > 1 else None
    role_files = [f for f in files if f is not generic]
    generic_topics: dict[str, tuple[dict[str, Any], dict[int, list[Any]]]] = {}
    if generic is not None:
        generic_topics = {
            clean(t["name"]): (t, generic.content(i)) for i, t in enumerate(generic.topics)
        }
        report.merged.append(
            translate(
                "Importer",
                "{file} is the generic framework: its topics' criteria, titles and descriptions "
                "are added to the topics of the same name in the other files (as Monzo's site "
                "does)",
            ).format(file=generic.path.name)
        )
    max_level = 0
    for f in files:
        max_level = max(
            max_level,
            f.level_count or 0,
            *(lv for i in range(len(f.topics)) for lv in f.content(i)),
        )
    levels = [{"id": f"level-{n}", "label": f"Level {n}"} for n in range(1, max_level + 1)]
    skill_ids, role_ids = Ids("skill", report), Ids("role", report)
    skills: dict[str, dict[str, Any]] = {}  # topic name -> skill
    roles: list[dict[str, Any]] = []
    criteria_total = examples_total = 0
    for f in role_files:
        role_skills: dict[str, dict[str, Any]] = {}
        role_levels = f.level_count or max(
            (lv for i in range(len(f.topics)) for lv in f.content(i)), default=1
        )
        for i, topic in enumerate(f.topics):
            name = clean(topic["name"])
            content = f.content(i)
            base_topic, base_content = generic_topics.get(name, ({}, {}))
            merged = {
                lv: [*base_content.get(lv, []), *content.get(lv, [])]
                for lv in sorted({*content, *base_content})
            }
            merged = {lv: c for lv, c in merged.items() if c}
            title = clean(topic.get("title")) or clean(base_topic.get("title")) or name.capitalize()
            description = clean(topic.get("description")) or clean(base_topic.get("description"))
            descriptors = {f"level-{lv}": c for lv, c in merged.items()}
            skill = skills.get(name)
            own: dict[str, Any] = {}
            if skill is None:
                skill = {"id": skill_ids.make(name, title),
                         "name": clip(title, MAX_NAME, translate("Importer", "title"), report),
                         "category": "Topics", "descriptors": descriptors}  # fmt: skip
                if description:
                    skill["summary"] = clip(
                        description, MAX_TEXT, translate("Importer", "topic description"), report
                    )
                skills[name] = skill
            elif skill["descriptors"] == descriptors:
                report.merged.append(
                    translate(
                        "Importer",
                        "topic '{topic}' of {file} is identical to an earlier file's: one skill",
                    ).format(topic=name, file=f.path.name)
                )
            else:
                own = descriptors
                report.merged.append(
                    translate(
                        "Importer",
                        "topic '{topic}' of {file} differs from an earlier file's: one skill, with "
                        "{role}'s own criteria for that role",
                    ).format(topic=name, file=f.path.name, role=f.title)
                )
            for c in merged.values():
                criteria_total += len(c)
                examples_total += sum(len(x["examples"]) for x in c if isinstance(x, dict))
            expectation: dict[str, Any] = {}
            for lv in range(1, role_levels + 1):
                level_id = f"level-{lv}"
                if level_id in own:
                    expectation[level_id] = {"mark": "required", "descriptor": own[level_id]}
                elif lv in merged:
                    expectation[level_id] = "required"
            if name in generic_topics:
                report.merged.append(
                    translate(
                        "Importer", "topic '{topic}' of {file}: generic criteria added"
                    ).format(topic=name, file=f.path.name)
                )
            role_skills[skill["id"]] = expectation
        role: dict[str, Any] = {
            "id": role_ids.make(f.path.stem, f.title),
            "name": clip(f.title, MAX_NAME, translate("Importer", "title"), report),
            "skills": role_skills,
        }
        if role_levels < max_level:
            role["levels"] = [f"level-{n}" for n in range(1, role_levels + 1)]
        roles.append(role)
        for key in sorted(set(f.data) - _KNOWN_KEYS):
            report.left_out.append(
                translate("Importer", "{file}: front-matter key '{key}'").format(
                    file=f.path.name, key=key
                )
            )
        report.left_out.append(
            translate(
                "Importer",
                "{file}: page settings (path, sidebarTitle, sidebarGroup, homepage): site layout, "
                "not framework content",
            ).format(file=f.path.name)
        )
        if f.body:
            report.left_out.append(
                translate(
                    "Importer",
                    "{file}: the Markdown body ({count} characters of prose about the framework)",
                ).format(file=f.path.name, count=f"{len(f.body):,}")
            )
    if generic is not None and generic.body:
        report.left_out.append(
            translate("Importer", "{file}: the Markdown body ({count} characters)").format(
                file=generic.path.name, count=f"{len(generic.body):,}"
            )
        )
    report.mapped += [
        translate(
            "Importer", "{count} levels named 'Level 1'…'Level {count}' (Monzo numbers its levels)"
        ).format(count=max_level),
        translate(
            "Importer",
            "{files} files → roles; {topics} topics → skills; {criteria} criteria, {examples} "
            "examples",
        ).format(
            files=len(roles), topics=len(skills), criteria=criteria_total, examples=examples_total
        ),
        translate("Importer", "a topic is expected at the levels where it has criteria"),
    ]
    first = role_files[0].title if len(role_files) == 1 else "Monzo progression"
    document = {
        "schema_version": 2,
        "framework": framework_meta(first, "", "monzo"),
        "source": SOURCE,
        "levels": levels,
        "skills": list(skills.values()),
        "roles": roles,
    }
    return ImportResult(document, report)
