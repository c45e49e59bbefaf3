"""Monzo progression framework: Markdown files whose YAML front matter holds ``topics``, each with
criteria (and criteria with examples) per numbered level. Several files become one framework: one
role per file, one skill per topic. As Monzo's site does, a topic named like one of the generic
framework's (generic.md given among the files) gets the generic criteria too, and its title and
description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.documents import Document, parse_document
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
            raise fail(name, "no YAML front matter between '---' lines at the top of the file", 1)
        yaml_text, body_line = found
        # Line numbers in problems count from the file's first line: pad past the opening '---'.
        doc = parse_document(
            ("\n" + yaml_text).encode("utf-8"), name, is_json=False, max_bytes=MAX_IMPORT_BYTES
        )
        self.path, self.doc = path, doc
        self.body = "\n".join(text.split("\n")[body_line:]).strip()
        data = doc.data
        if not isinstance(data, dict):
            raise fail(name, "the front matter must be a mapping", 2)
        self.data = data
        topics = data.get("topics")
        if topics is None:
            raise fail(
                name,
                "the front matter has no 'topics' (a Markdown-only framework page: its prose has no "
                "levels or criteria to import)",
                2,
            )
        if not isinstance(topics, list):
            raise fail(name, "'topics' must be a list", doc.line_of(("topics",)))
        self.topics: list[dict[str, Any]] = []
        for i, topic in enumerate(topics):
            if not isinstance(topic, dict):
                raise fail(name, f"topics[{i}] must be a mapping", doc.line_of(("topics", i)))
            if not clean(topic.get("name")) or isinstance(topic.get("name"), list | dict):
                raise fail(
                    name, f"topics[{i}]: 'name' is missing or not text", doc.line_of(("topics", i))
                )
            self.topics.append(topic)
        self.title = clean(data.get("title")) or path.stem
        levels = data.get("levels")
        if levels is not None and (
            not isinstance(levels, int) or isinstance(levels, bool) or not 1 <= levels <= 12
        ):
            raise fail(
                name,
                f"'levels' must be a whole number from 1 to 12, found {levels!r}",
                doc.line_of(("levels",)),
            )
        self.level_count = levels

    def content(self, topic_index: int) -> dict[int, list[Any]]:
        """Criteria per level number for one topic, checked."""
        topic = self.topics[topic_index]
        path = ("topics", topic_index, "content")
        content = topic.get("content") or []
        if not isinstance(content, list):
            raise fail(self.doc.file, f"{_p(path)} must be a list", self.doc.line_of(path))
        out: dict[int, list[Any]] = {}
        for j, entry in enumerate(content):
            here = (*path, j)
            line = self.doc.line_of(here)
            if not isinstance(entry, dict):
                raise fail(self.doc.file, f"{_p(here)} must be a mapping", line)
            level = entry.get("level")
            if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 12:
                raise fail(
                    self.doc.file,
                    f"{_p(here)}: 'level' must be a number from 1 to 12, found {level!r}",
                    line,
                )
            criteria = out.setdefault(level, [])
            for text in _texts(self.doc, entry.get("criteria"), (*here, "criteria")):
                criteria.append(clip(text, MAX_TEXT, "criterion", _SINK))
            examples = entry.get("exampleCriteria") or []
            if not isinstance(examples, list):
                raise fail(self.doc.file, f"{_p(here)}.exampleCriteria must be a list", line)
            for k, item in enumerate(examples):
                where = (*here, "exampleCriteria", k)
                if not isinstance(item, dict) or not clean(item.get("criteria")):
                    raise fail(
                        self.doc.file, f"{_p(where)} needs 'criteria' text", self.doc.line_of(where)
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
        raise fail(doc.file, f"{_p(path)} must be a list of text", doc.line_of(path))
    out = []
    for i, item in enumerate(value):
        if isinstance(item, list | dict):
            raise fail(doc.file, f"{_p((*path, i))} must be text", doc.line_of((*path, i)))
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
        "Monzo progression framework (Markdown + YAML front matter)", [str(p) for p in paths]
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
            f"{generic.path.name} is the generic framework: its topics' criteria, titles and "
            "descriptions are added to the topics of the same name in the other files (as Monzo's site does)"
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
                skill = {"id": skill_ids.make(name, title), "name": clip(title, MAX_NAME, "title", report),
                         "category": "Topics", "descriptors": descriptors}  # fmt: skip
                if description:
                    skill["summary"] = clip(description, MAX_TEXT, "topic description", report)
                skills[name] = skill
            elif skill["descriptors"] == descriptors:
                report.merged.append(
                    f"topic '{name}' of {f.path.name} is identical to an earlier file's: one skill"
                )
            else:
                own = descriptors
                report.merged.append(
                    f"topic '{name}' of {f.path.name} differs from an earlier file's: one skill, "
                    f"with {f.title}'s own criteria for that role"
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
                report.merged.append(f"topic '{name}' of {f.path.name}: generic criteria added")
            role_skills[skill["id"]] = expectation
        role: dict[str, Any] = {"id": role_ids.make(f.path.stem, f.title), "name": clip(f.title, MAX_NAME, "title", report),
                                "skills": role_skills}  # fmt: skip
        if role_levels < max_level:
            role["levels"] = [f"level-{n}" for n in range(1, role_levels + 1)]
        roles.append(role)
        for key in sorted(set(f.data) - _KNOWN_KEYS):
            report.left_out.append(f"{f.path.name}: front-matter key '{key}'")
        report.left_out.append(
            f"{f.path.name}: page settings (path, sidebarTitle, sidebarGroup, homepage): site layout, not framework content"
        )
        if f.body:
            report.left_out.append(
                f"{f.path.name}: the Markdown body ({len(f.body):,} characters of prose about the framework)"
            )
    if generic is not None and generic.body:
        report.left_out.append(
            f"{generic.path.name}: the Markdown body ({len(generic.body):,} characters)"
        )
    report.mapped += [
        f"{max_level} levels named 'Level 1'…'Level {max_level}' (Monzo numbers its levels)",
        f"{len(roles)} files → roles; {len(skills)} topics → skills; {criteria_total} criteria, {examples_total} examples",
        "a topic is expected at the levels where it has criteria",
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
