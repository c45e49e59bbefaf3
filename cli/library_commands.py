"""``skill-ladder frameworks``: list, install, update, remove and export installed frameworks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.output import fail, fail_with_problems, output_problem, terminal_safe
from core.errors import FrameworkError, InputFileError
from core.i18n import translate

if TYPE_CHECKING:
    from core.framework_library import FrameworkLibrary, LibraryEntry
    from db.repository import Repository


def _library(repository: Repository, args: argparse.Namespace) -> FrameworkLibrary | None:
    from cli.framework_commands import framework_or_report
    from core.framework_library import FrameworkLibrary

    default = framework_or_report(args, installed=False)
    return None if default is None else FrameworkLibrary(default, repository)


def _entry_json(entry: LibraryEntry) -> dict[str, object]:
    source = entry.source
    return {
        "id": entry.id,
        "name": entry.name,
        "version": entry.version,
        "builtin": entry.builtin,
        "format": entry.import_format,
        "files": list(entry.source_files),
        "installed_at": entry.installed_at.isoformat() if entry.installed_at else None,
        "source": None
        if source is None
        else {
            "name": source.name,
            "url": source.url,
            "version": source.version,
            "licence": source.licence,
            "attribution": source.attribution,
        },
        "roles": entry.roles,
        "skills": entry.skills,
        "levels": entry.levels,
        "people": entry.usage.people,
        "assessments": entry.usage.assessments,
    }


def frameworks(args: argparse.Namespace) -> int:
    """``skill-ladder frameworks [--json]``: the built-in and installed frameworks."""
    from cli.data_commands import open_repository

    with open_repository(args) as repository:
        library = _library(repository, args)
        if library is None:
            return 2
        entries = library.entries()
    if args.json:
        json.dump([_entry_json(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for entry in entries:
        kind = (
            translate("cli", "built-in")
            if entry.builtin
            else translate("cli", "imported from {format}").format(format=entry.import_format)
        )
        licence = entry.source.licence if entry.source and entry.source.licence else "—"
        print(
            terminal_safe(
                translate(
                    "cli",
                    "{id}  {name} {version} ({kind}; licence: {licence}): {roles} roles, "
                    "{skills} skills; used by {people} and {assessments}",
                ).format(
                    id=entry.id,
                    name=entry.name,
                    version=entry.version,
                    kind=kind,
                    licence=licence,
                    roles=entry.roles,
                    skills=entry.skills,
                    people=translate("cli", "%n person(s)", None, entry.usage.people),
                    assessments=translate("cli", "%n assessment(s)", None, entry.usage.assessments),
                )
            )
        )
    return 0


def install(args: argparse.Namespace) -> int:
    """``skill-ladder frameworks install FILE…``: read (or convert) and install a framework;
    ``--update`` replaces an installed one of the same id."""
    from cli.data_commands import open_repository
    from core.framework_install import read_framework_files
    from core.importers import LicenceOptions, load_mapping

    try:
        mapping = load_mapping(args.map)
        licence = LicenceOptions(args.licence or "", args.source_url or "", args.attribution or "")
        read = read_framework_files([Path(f) for f in args.files], args.format, mapping, licence)
    except (InputFileError, FrameworkError) as exc:
        return fail_with_problems(translate("cli", "nothing was installed"), exc.problems)
    framework = read.framework
    with open_repository(args) as repository:
        library = _library(repository, args)
        if library is None:
            return 2
        existing = library.record(framework.id)
        if existing is not None and not existing.removed and not args.update:
            return fail(
                translate(
                    "cli",
                    "'{name}' ({id}) is installed already, version {version}; add --update to "
                    "replace it with version {new_version}",
                ).format(
                    name=existing.name,
                    id=existing.id,
                    version=existing.version,
                    new_version=framework.version,
                )
            )
        try:
            library.install(
                framework,
                import_format=read.import_format,
                source_files=read.source_files,
                replace=existing is not None,
            )
        except FrameworkError as exc:
            return fail_with_problems(translate("cli", "nothing was installed"), exc.problems)
    if read.report is not None:
        for line in read.report.lines():
            print(terminal_safe(line))
    if existing is not None and not existing.removed:
        message = translate("cli", "updated {name} ({id}) from version {old} to {new}").format(
            name=framework.name, id=framework.id, old=existing.version, new=framework.version
        )
    else:
        message = translate(
            "cli", "installed {name} ({id}) version {version}: {roles} roles, {skills} skills"
        ).format(
            name=framework.name,
            id=framework.id,
            version=framework.version,
            roles=len(framework.roles),
            skills=len(framework.skills),
        )
    print(terminal_safe(message))
    return 0


def remove(args: argparse.Namespace) -> int:
    """``skill-ladder frameworks remove ID``: refused while people use it, unless
    ``--archive-people``."""
    from cli.data_commands import open_repository
    from db.framework_store import FrameworkInUseError

    with open_repository(args) as repository:
        library = _library(repository, args)
        if library is None:
            return 2
        record = library.record(args.id)
        try:
            deleted = library.remove(args.id, archive_people=args.archive_people)
        except FrameworkInUseError as exc:
            return fail(
                translate(
                    "cli",
                    "{problem} (`skill-ladder frameworks remove {id} --archive-people` does both)",
                ).format(problem=exc, id=args.id)
            )
        except FrameworkError as exc:
            return fail_with_problems(translate("cli", "nothing was removed"), exc.problems)
    name = record.name if record else args.id
    if deleted:
        print(terminal_safe(translate("cli", "removed {name}").format(name=name)))
    else:
        print(
            terminal_safe(
                translate(
                    "cli",
                    "removed {name} from the list; it is kept for the archived assessments that "
                    "were made with it",
                ).format(name=name)
            )
        )
    return 0


def export(args: argparse.Namespace) -> int:
    """``skill-ladder frameworks export ID --format csv|xlsx|yaml --out FILE``."""
    from cli.data_commands import open_repository
    from cli.output import write_output
    from core.framework_export_files import framework_bytes

    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    with open_repository(args) as repository:
        library = _library(repository, args)
        if library is None:
            return 2
        try:
            framework = library.get(args.id)
        except FrameworkError as exc:
            return fail_with_problems(translate("cli", "nothing was exported"), exc.problems)
    if problem := write_output(out, framework_bytes(framework, args.format)):
        return fail(problem)
    print(
        terminal_safe(
            translate("cli", "wrote {name} {version} to {file} ({format})").format(
                name=framework.name, version=framework.version, file=out, format=args.format
            )
        )
    )
    return 0
