"""Framework content in another language: translation overlays beside a framework file.

An overlay is a YAML (or JSON) file next to the framework, named after it and the language
(``ml-ai.yaml`` → ``ml-ai.zh_CN.yaml``), keyed by the framework's ids::

    overlay_version: 1
    framework: ml-ai            # the id of the framework it translates
    language: zh_CN
    framework_info: {name: 机器学习与人工智能, description: ...}
    levels: {junior: {label: 初级, meaning: ...}}       # also: proficiencies
    stages: {deployment: {label: 部署}}
    categories: {MLOps: MLOps, Data: 数据}              # keyed by the English category
    skills:
      ml-pipelines:
        name: 机器学习流水线与编排
        summary: ...
        descriptors:
          junior: ...                                     # a descriptor, or its criteria:
          senior: [第一条标准, {text: 第二条, examples: [示例]}]
    roles:
      mlops-engineer:
        name: MLOps 工程师
        summary: ...
        responsibilities: [..., ...]                      # in the framework's order
        deliverables: [...]
        descriptors: {ml-pipelines: {senior: ...}}        # the role's own descriptors
        examples: {ml-cicd: {junior: [..., ...]}}         # with a kept generic descriptor
    families:
      engineering: {name: 工程, level_meanings: {junior: ...}}

Any translation may be written ``{translation: 中文, english: "the English it translates"}``;
when the English has changed since, the translation is reported as outdated and not shown.
Text is translated string by string: whatever the overlay lacks (or has outdated) stays
English, never blank. Tool and product names (keywords) are not translated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core.documents import Document, read_document
from core.errors import DocPath, FrameworkError, InputFileError, Problem
from core.framework import Criterion, Family, Framework, Level, Role, RoleSkill, Skill, Stage
from core.i18n import translate

OVERLAY_VERSION = 1
_SECTIONS = {
    "overlay_version",
    "framework",
    "language",
    "framework_info",
    "levels",
    "proficiencies",
    "stages",
    "categories",
    "skills",
    "roles",
    "families",
}


@dataclass(frozen=True)
class Entry:
    """One translated string, with the English it was made from when the file says so."""

    translation: str
    english: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Overlay:
    """A parsed overlay: its language, the framework id it names and every translation."""

    file: str
    language: str
    framework_id: str
    entries: Mapping[DocPath, Entry] = field(default_factory=dict)


@dataclass(frozen=True)
class OverlayReport:
    """How an overlay fits a framework."""

    unmatched: tuple[Problem, ...]
    """Translations whose key names nothing in the framework (a typo, or removed content)."""
    missing: tuple[DocPath, ...]
    """Framework strings with no translation (shown in English)."""
    outdated: tuple[Problem, ...]
    """Translations of English that has changed since (shown in English until updated)."""
    total: int
    """How many framework strings there are to translate."""

    @property
    def translated(self) -> int:
        """Strings shown translated."""
        return self.total - len(self.missing) - len(self.outdated)


def overlay_path(framework_file: Path | str, language: str) -> Path:
    """Where the overlay of ``language`` for a framework file lives."""
    path = Path(framework_file)
    return path.with_name(f"{path.stem}.{language}.yaml")


# --- the strings of a framework, by key ------------------------------------------------------


def _criteria(
    prefix: DocPath, criteria: tuple[Criterion, ...], text: str
) -> Iterator[tuple[DocPath, str]]:
    if len(criteria) <= 1 and not any(c.examples for c in criteria):
        if text:
            yield prefix, text
        return
    for i, criterion in enumerate(criteria):
        if criterion.examples:
            yield (*prefix, i, "text"), criterion.text
            for j, example in enumerate(criterion.examples):
                yield (*prefix, i, "examples", j), example
        else:
            yield (*prefix, i), criterion.text


def _level_strings(section: str, levels: tuple[Level, ...]) -> Iterator[tuple[DocPath, str]]:
    for level in levels:
        for name in ("label", "meaning", "summary"):
            value = getattr(level, name)
            if value:
                yield (section, level.id, name), value


def framework_strings(framework: Framework) -> dict[DocPath, str]:
    """Every translatable string of a framework, keyed as an overlay keys it."""
    strings: dict[DocPath, str] = {("framework_info", "name"): framework.name}
    if framework.description:
        strings["framework_info", "description"] = framework.description
    strings.update(_level_strings("levels", framework.levels))
    strings.update(_level_strings("proficiencies", framework.proficiencies))
    for stage in framework.stages:
        strings["stages", stage.id, "label"] = stage.label
    for skill in framework.skills:
        for category in (*skill.category_path, skill.category):
            strings["categories", category] = category
        strings["skills", skill.id, "name"] = skill.name
        if skill.summary:
            strings["skills", skill.id, "summary"] = skill.summary
        for level_id, text in skill.descriptors.items():
            prefix = ("skills", skill.id, "descriptors", level_id)
            strings.update(_criteria(prefix, skill.criteria.get(level_id, ()), text))
    for role in framework.roles:
        strings["roles", role.id, "name"] = role.name
        if role.summary:
            strings["roles", role.id, "summary"] = role.summary
        for name in ("responsibilities", "deliverables"):
            for i, text in enumerate(getattr(role, name)):
                strings["roles", role.id, name, i] = text
        for role_skill in role.skills:
            for level_id, expectation in role_skill.expectations.items():
                if expectation.descriptor:
                    prefix = ("roles", role.id, "descriptors", role_skill.skill_id, level_id)
                    strings.update(_criteria(prefix, expectation.criteria, expectation.descriptor))
                for j, example in enumerate(expectation.examples):
                    strings["roles", role.id, "examples", role_skill.skill_id, level_id, j] = (
                        example
                    )
    for family in framework.families:
        strings["families", family.id, "name"] = family.name
        for level_id, meaning in family.level_meanings.items():
            strings["families", family.id, "level_meanings", level_id] = meaning
    return strings


# --- reading an overlay ------------------------------------------------------------------------


def read_overlay(path: Path | str) -> Overlay:
    """Read and check an overlay file; raise :class:`FrameworkError` listing every problem."""
    try:
        document = read_document(path)
    except InputFileError as exc:
        raise FrameworkError(exc.problems) from None
    return parse_overlay(document)


def parse_overlay(document: Document) -> Overlay:
    """The overlay in a parsed document (see the module's docstring for the format)."""
    problems: list[Problem] = []

    def report(path: DocPath, message: str) -> None:
        problems.append(Problem(document.file, message, document.line_of(path), path))

    data = document.data
    if not isinstance(data, dict):
        raise FrameworkError(
            [Problem(document.file, translate("FrameworkCheck", "an overlay must be a mapping"))]
        )
    for key in data:
        if key not in _SECTIONS:
            report(
                (str(key),),
                translate("FrameworkCheck", "unknown section (expected one of {sections})").format(
                    sections=", ".join(sorted(_SECTIONS))
                ),
            )
    if data.get("overlay_version") != OVERLAY_VERSION:
        report(
            ("overlay_version",),
            translate("FrameworkCheck", "must be {value}").format(value=OVERLAY_VERSION),
        )
    language, framework_id = data.get("language"), data.get("framework")
    if not isinstance(language, str) or not language:
        report(("language",), translate("FrameworkCheck", "missing: the language code, e.g. zh_CN"))
    if not isinstance(framework_id, str) or not framework_id:
        report(
            ("framework",),
            translate("FrameworkCheck", "missing: the id of the framework this file translates"),
        )
    entries: dict[DocPath, Entry] = {}

    def walk(value: Any, path: DocPath) -> None:
        if value is None or value == "":
            return  # left to translate: English is shown
        if isinstance(value, str):
            entries[path] = Entry(value, None, document.line_of(path))
        elif isinstance(value, dict) and "translation" in value:
            translation, english = value.get("translation"), value.get("english")
            extra = set(value) - {"translation", "english"}
            if (
                extra
                or not isinstance(translation, str | type(None))
                or not isinstance(english, str | type(None))
            ):
                report(
                    path,
                    translate("FrameworkCheck", "a translation is {shape}").format(
                        shape="{translation: text, english: text}"
                    ),
                )
            elif translation:
                entries[path] = Entry(translation, english, document.line_of(path))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, str(key)))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))
        else:
            report(
                path,
                translate("FrameworkCheck", "expected text, found {kind}").format(
                    kind=type(value).__name__
                ),
            )

    for section in _SECTIONS - {"overlay_version", "framework", "language"}:
        if section in data:
            walk(data[section], (section,))
    if problems:
        raise FrameworkError(problems)
    return Overlay(document.file, str(language), str(framework_id), entries)


def check_overlay(framework: Framework, overlay: Overlay) -> OverlayReport:
    """Which overlay keys match nothing, which strings lack a translation, which are outdated."""
    strings = framework_strings(framework)
    unmatched = []
    if overlay.framework_id != framework.id:
        unmatched.append(
            Problem(
                overlay.file,
                translate(
                    "FrameworkCheck", "translates framework '{found}', not '{framework}'"
                ).format(found=overlay.framework_id, framework=framework.id),
                path=("framework",),
            )
        )
    outdated = []
    for path, entry in overlay.entries.items():
        if path not in strings:
            unmatched.append(
                Problem(
                    overlay.file,
                    translate("FrameworkCheck", "matches nothing in the framework"),
                    entry.line,
                    path,
                )
            )
        elif entry.english is not None and entry.english != strings[path]:
            outdated.append(
                Problem(
                    overlay.file,
                    translate(
                        "FrameworkCheck",
                        "the English has changed since it was translated; now: {english}",
                    ).format(english=repr(strings[path])),
                    entry.line,
                    path,
                )
            )
    missing = tuple(path for path in strings if path not in overlay.entries)
    return OverlayReport(tuple(unmatched), missing, tuple(outdated), len(strings))


# --- applying an overlay -----------------------------------------------------------------------


class _Translator:
    def __init__(self, overlay: Overlay, reference: dict[DocPath, str] | None) -> None:
        self.entries = overlay.entries
        self.reference = reference

    def __call__(self, path: DocPath, english: str) -> str:
        entry = self.entries.get(path)
        if entry is None or not english:
            return english
        if entry.english is not None and entry.english != english:
            return english  # translated from other English: outdated
        if self.reference is not None and self.reference.get(path) != english:
            return english  # a snapshot whose text differs from what the overlay translates
        return entry.translation

    def criteria(
        self, prefix: DocPath, criteria: tuple[Criterion, ...], text: str
    ) -> tuple[tuple[Criterion, ...], str]:
        """Translated criteria and the descriptor text they make."""
        if len(criteria) <= 1 and not any(c.examples for c in criteria):
            translated = self(prefix, text)
            return tuple(Criterion(translated) for _ in criteria), translated
        out = []
        for i, criterion in enumerate(criteria):
            if criterion.examples:
                out.append(
                    Criterion(
                        self((*prefix, i, "text"), criterion.text),
                        tuple(
                            self((*prefix, i, "examples", j), example)
                            for j, example in enumerate(criterion.examples)
                        ),
                    )
                )
            else:
                out.append(Criterion(self((*prefix, i), criterion.text)))
        from core.framework import criteria_text

        return tuple(out), criteria_text(tuple(out))


def _levels(t: _Translator, section: str, levels: tuple[Level, ...]) -> tuple[Level, ...]:
    return tuple(
        dataclasses.replace(
            level,
            label=t((section, level.id, "label"), level.label),
            meaning=t((section, level.id, "meaning"), level.meaning),
            summary=t((section, level.id, "summary"), level.summary),
        )
        for level in levels
    )


def _skill(t: _Translator, skill: Skill) -> Skill:
    descriptors, criteria = {}, {}
    for level_id, text in skill.descriptors.items():
        prefix = ("skills", skill.id, "descriptors", level_id)
        found, descriptors[level_id] = t.criteria(prefix, skill.criteria.get(level_id, ()), text)
        if level_id in skill.criteria:
            criteria[level_id] = found
    return dataclasses.replace(
        skill,
        name=t(("skills", skill.id, "name"), skill.name),
        summary=t(("skills", skill.id, "summary"), skill.summary),
        category=t(("categories", skill.category), skill.category),
        category_path=tuple(t(("categories", part), part) for part in skill.category_path),
        descriptors=descriptors,
        criteria=criteria,
    )


def _role(t: _Translator, role: Role) -> Role:
    here = ("roles", role.id)
    skills = []
    for role_skill in role.skills:
        expectations = {}
        for level_id, expectation in role_skill.expectations.items():
            if expectation.descriptor:
                prefix = (*here, "descriptors", role_skill.skill_id, level_id)
                found, text = t.criteria(
                    prefix,
                    expectation.criteria or (Criterion(expectation.descriptor),),
                    expectation.descriptor,
                )
                expectation = dataclasses.replace(
                    expectation, descriptor=text, criteria=found if expectation.criteria else ()
                )
            if expectation.examples:
                prefix = (*here, "examples", role_skill.skill_id, level_id)
                expectation = dataclasses.replace(
                    expectation,
                    examples=tuple(
                        t((*prefix, j), example) for j, example in enumerate(expectation.examples)
                    ),
                )
            expectations[level_id] = expectation
        skills.append(RoleSkill(role_skill.skill_id, expectations))
    return dataclasses.replace(
        role,
        name=t((*here, "name"), role.name),
        summary=t((*here, "summary"), role.summary),
        responsibilities=tuple(
            t((*here, "responsibilities", i), text) for i, text in enumerate(role.responsibilities)
        ),
        deliverables=tuple(
            t((*here, "deliverables", i), text) for i, text in enumerate(role.deliverables)
        ),
        skills=tuple(skills),
    )


def _family(t: _Translator, family: Family) -> Family:
    here = ("families", family.id)
    return dataclasses.replace(
        family,
        name=t((*here, "name"), family.name),
        level_meanings={
            level_id: t((*here, "level_meanings", level_id), meaning)
            for level_id, meaning in family.level_meanings.items()
        },
    )


def translate_framework(
    framework: Framework, overlay: Overlay, reference: Framework | None = None
) -> Framework:
    """``framework`` with every string the overlay translates replaced, the others English.

    ``reference`` is the framework the overlay was written for, when ``framework`` is another
    version of it (a completed assessment's snapshot): a string is translated only where it
    still reads as in the reference.
    """
    base = framework.original or framework
    t = _Translator(overlay, framework_strings(reference) if reference is not None else None)
    return dataclasses.replace(
        base,
        name=t(("framework_info", "name"), base.name),
        description=t(("framework_info", "description"), base.description),
        levels=_levels(t, "levels", base.levels),
        proficiencies=_levels(t, "proficiencies", base.proficiencies),
        stages=tuple(
            Stage(stage.id, t(("stages", stage.id, "label"), stage.label)) for stage in base.stages
        ),
        skills=tuple(_skill(t, skill) for skill in base.skills),
        roles=tuple(_role(t, role) for role in base.roles),
        families=tuple(_family(t, family) for family in base.families),
        original=base,
        language=overlay.language,
    )


@cache
def _cached_overlay(path: str, mtime_ns: int) -> Overlay:
    return read_overlay(path)


def find_overlay(framework: Framework, language: str) -> Overlay | None:
    """The overlay of ``language`` beside the framework's file, if there is one.

    A broken overlay raises :class:`FrameworkError` (file, line and key of each problem).
    """
    base = framework.original or framework
    if not base.file:
        return None
    path = overlay_path(base.file, language)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    return _cached_overlay(str(path), mtime)


def localize(framework: Framework, language: str, reference: Framework | None = None) -> Framework:
    """The framework in ``language``: its overlay applied, English where it has none.

    ``reference`` (optional) is the live framework when ``framework`` is a snapshot of it; the
    snapshot's own file is the reference's.
    """
    base = framework.original or framework
    source = (reference.original or reference) if reference is not None else base
    if language == "en" or language == base.language:
        return base
    overlay = find_overlay(source, language)
    if overlay is None:
        return base
    return translate_framework(base, overlay, source if reference is not None else None)


def overlay_problems(framework: Framework, language: str) -> list[Problem]:
    """Problems that make an overlay unusable or wrong (keys that match nothing), for validate."""
    overlay = find_overlay(framework, language)
    return list(check_overlay(framework, overlay).unmatched) if overlay else []


def available_overlays(framework_file: Path | str) -> dict[str, Path]:
    """Overlay files beside a framework file, by language."""
    path = Path(framework_file)
    found = {}
    for candidate in sorted(path.parent.glob(f"{path.stem}.*.yaml")):
        language = candidate.name[len(path.stem) + 1 : -len(".yaml")]
        if language and "." not in language:
            found[language] = candidate
    return found
