"""CLI commands that read the career framework: roles, skills, show, validate."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import TYPE_CHECKING, Any

from cli.output import fail, print_problems
from cli.text_width import fill
from core.errors import FrameworkError
from core.framework import Framework
from core.framework_files import load_framework, load_framework_in
from core.i18n import current_language, translate

if TYPE_CHECKING:
    from core.assessment import PersonInfo
    from core.framework_library import FrameworkLibrary
    from db.repository import Repository


def _framework(args: argparse.Namespace, installed: bool = True) -> Framework:
    """``--framework``: a framework file, or (``installed``) the id of an installed framework;
    without it, the built-in framework."""
    chosen = getattr(args, "framework", None)
    if installed and chosen and _looks_like_id(chosen):
        from cli.data_commands import open_repository
        from core.framework_library import FrameworkLibrary

        with open_repository(args) as repository:
            library = FrameworkLibrary(load_framework_in(None, current_language()), repository)
            return library.get(chosen)
    return load_framework_in(chosen, current_language())


def _looks_like_id(value: str) -> bool:
    """An installed framework's id, not a file: no such file, no folder and no suffix."""
    from pathlib import Path

    path = Path(value)
    return not path.exists() and path.name == value and not path.suffix


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def library_with_default(repository: Repository, framework: Framework) -> FrameworkLibrary:
    """The frameworks of the data: the default one (the built-in one, or ``--framework FILE``)
    and the installed ones. ``--framework ID`` of an installed framework leaves the built-in
    one the default, so that profiles without a framework still mean the built-in one."""
    from core.framework_library import FrameworkLibrary

    library = FrameworkLibrary(framework, repository)
    if library.record(framework.id) is None:
        return library
    return FrameworkLibrary(load_framework_in(None, current_language()), repository)


def person_framework(
    args: argparse.Namespace, repository: Repository, default: Framework, person: PersonInfo
) -> Framework:
    """The framework of a person's role: ``--framework`` when given, else their profile's
    (an installed framework), else ``default``."""
    if getattr(args, "framework", None) or not person.framework_id:
        return default
    from core.framework_library import FrameworkLibrary

    return FrameworkLibrary(default, repository).for_role(person.framework_id, person.role_id)


def framework_or_report(args: argparse.Namespace, *, installed: bool = True) -> Framework | None:
    """The framework to use (``--framework`` FILE, or ID of an installed one when
    ``installed``), or None after printing why it cannot be loaded."""
    try:
        return _framework(args, installed)
    except FrameworkError as exc:
        count = len(exc.problems)  # lupdate drops a message whose count is an expression
        heading = translate("cli", "the framework file has %n problem(s):", None, count)
        print(f"skill-ladder: {heading}", file=sys.stderr)
        print_problems(exc.problems)
        return None


def _no_role(role_id: str) -> str:
    return translate("cli", "no role '{role}'; `skill-ladder roles` lists them").format(
        role=role_id
    )


MAX_LINE_WIDTH = 88
"""Descriptors are wrapped at this width, or the terminal's when it is narrower."""


def line_width() -> int:
    """Columns to wrap text at: the terminal's ($COLUMNS first), at most MAX_LINE_WIDTH."""
    return max(20, min(MAX_LINE_WIDTH, shutil.get_terminal_size((MAX_LINE_WIDTH, 24)).columns))


def _mark_word(mark: str) -> str:
    """A mark ("required", "optional", "not-expected") in the output's language."""
    words = {
        "required": translate("cli", "required"),
        "optional": translate("cli", "optional"),
        "not-expected": translate("cli", "not expected"),
    }
    return words.get(mark, mark)


def list_roles(args: argparse.Namespace) -> int:
    """``skill-ladder roles``."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    if args.json:
        _print_json([
            {"id": r.id, "name": r.name, "summary": r.summary, "skills": list(r.skill_ids),
             "leads": list(r.leads), "supports": list(r.supports)}
            for r in framework.roles
        ])  # fmt: skip
        return 0
    width = max(len(r.id) for r in framework.roles)
    count = len(framework.roles)
    print(
        translate("cli", "{framework} {version}: %n role(s)", None, count).format(
            framework=framework.name, version=framework.version
        )
    )
    if framework.source:
        print(translate("cli", "Source: {source}").format(source=framework.source.line()))
    for role in framework.roles:
        count = len(role.skills)
        skills = translate("cli", "%n skill(s)", None, count)
        described = translate("cli", "{role} ({skills})").format(role=role.name, skills=skills)
        print(f"  {role.id:<{width}}  {described}")
    return 0


def list_skills(args: argparse.Namespace) -> int:
    """``skill-ladder skills --role ID``."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    if not framework.has_role(args.role):
        return fail(_no_role(args.role), 2)
    role = framework.role(args.role)
    rows = []
    role_levels = framework.role_levels(role.id)
    for role_skill in role.skills:
        skill = framework.skill(role_skill.skill_id)
        marks = {
            lv.id: framework.expectation(role.id, skill.id, lv.id).mark.value for lv in role_levels
        }
        rows.append(
            {"id": skill.id, "name": skill.name, "category": skill.category, "marks": marks}
        )
    if args.json:
        _print_json(rows)
        return 0
    width = max(len(r["id"]) for r in rows)
    count = len(rows)
    print(
        translate(
            "cli", "{role}: %n skill(s) (R = required, o = optional, - = not expected at {levels})",
            None, count,
        ).format(role=role.name, levels="/".join(lv.label for lv in role_levels))
    )  # fmt: skip
    symbols = {"required": "R", "optional": "o", "not-expected": "-"}
    for row in rows:
        marks = "".join(symbols[m] for m in row["marks"].values())
        print(f"  {row['id']:<{width}}  {marks}  {row['name']}")
    return 0


def show_skill(args: argparse.Namespace) -> int:
    """``skill-ladder show --role ID --skill ID``."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    if not framework.has_role(args.role):
        return fail(_no_role(args.role), 2)
    role = framework.role(args.role)
    if args.skill not in role.skill_ids:
        return fail(
            translate(
                "cli",
                "role '{role}' has no skill '{skill}'; `skill-ladder skills --role {role}` "
                "lists them",
            ).format(role=role.id, skill=args.skill),
            2,
        )
    skill = framework.skill(args.skill)
    levels = []
    for lv in framework.role_levels(role.id):
        expected = framework.expected_proficiency(role.id, skill.id, lv.id)
        criteria = framework.criteria(role.id, skill.id, lv.id)
        levels.append({
            "level": lv.id, "label": lv.label,
            "mark": framework.expectation(role.id, skill.id, lv.id).mark.value,
            "descriptor": framework.descriptor(role.id, skill.id, lv.id),
            "criteria": [{"text": c.text, "examples": list(c.examples)} for c in criteria],
            "proficiency": expected.label if expected else None,
        })  # fmt: skip
    source = framework.source.line() if framework.source else None
    if args.json:
        _print_json({"role": role.id, "skill": skill.id, "name": skill.name, "levels": levels,
                     "source": source})  # fmt: skip
        return 0
    print(translate("cli", "{skill} for {role}").format(skill=skill.name, role=role.name))
    width = line_width()
    if skill.summary:
        print(fill(skill.summary, width))
    for entry in levels:
        mark = _mark_word(entry["mark"])
        if entry["proficiency"]:
            mark = translate("cli", "{mark}, expected proficiency: {proficiency}").format(
                mark=mark, proficiency=entry["proficiency"]
            )
        print("\n" + translate("cli", "{level} ({mark})").format(level=entry["label"], mark=mark))
        criteria = entry["criteria"]
        if len(criteria) > 1 or any(c["examples"] for c in criteria):
            for c in criteria:
                print(fill(c["text"], width, initial_indent="  - ", subsequent_indent="    "))
                for example in c["examples"]:
                    example_prefix = translate("cli", "e.g.")
                    print(fill(example, width, initial_indent=f"      {example_prefix} ",
                               subsequent_indent="           "))  # fmt: skip
        elif entry["descriptor"]:
            print(fill(entry["descriptor"], width, initial_indent="  ", subsequent_indent="  "))
    if source:
        print("\n" + translate("cli", "Source: {source}").format(source=source))
    return 0


def validate(args: argparse.Namespace) -> int:
    """``skill-ladder validate FILE``: exit 0 when valid, 1 with every problem on stderr."""
    try:
        framework = load_framework(args.file)
    except FrameworkError as exc:
        count = len(exc.problems)
        print(
            translate("cli", "{file}: %Ln problem(s)", None, count).format(file=args.file),
            file=sys.stderr,
        )
        print_problems(exc.problems)
        return 1
    levels, skills, roles = len(framework.levels), len(framework.skills), len(framework.roles)
    print(
        translate(
            "cli",
            "{file}: valid — {framework} {version}, {levels} levels, {skills} skills, "
            "{roles} roles",
        ).format(
            file=args.file, framework=framework.name, version=framework.version,
            levels=levels, skills=skills, roles=roles,
        )
    )  # fmt: skip
    return _validate_overlays(framework)


def _validate_overlays(framework: Framework) -> int:
    """Check every translation overlay beside the framework: keys that match nothing are
    errors; strings without a translation (or with an outdated one) are listed."""
    from core.errors import format_path
    from core.framework_i18n import available_overlays, check_overlay, read_overlay

    code = 0
    for language, path in available_overlays(framework.file).items():
        try:
            overlay = read_overlay(path)
        except FrameworkError as exc:
            count = len(exc.problems)
            print(
                translate("cli", "{file}: %Ln problem(s)", None, count).format(file=path),
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            code = 1
            continue
        report = check_overlay(framework, overlay)
        for problem in report.unmatched:
            print(f"  {problem}", file=sys.stderr)
            code = 1
        for problem in report.outdated:
            print(f"  {problem}", file=sys.stderr)
        parts = [
            translate("cli", "{file}: {language}, {done} of {total} strings translated").format(
                file=path, language=language, done=report.translated, total=report.total
            )
        ]
        if report.unmatched:
            count = len(report.unmatched)
            parts.append(translate("cli", "%n key(s) match nothing", None, count))
        if report.outdated:
            count = len(report.outdated)
            parts.append(translate("cli", "%n outdated", None, count))
        print(translate("cli", "; ").join(parts))
        for key in report.missing:
            print("  " + translate("cli", "not translated: {key}").format(key=format_path(key)))
    return code
