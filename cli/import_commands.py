"""``skill-ladder import-framework``: convert a published ladder into a native framework file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.output import fail, fail_with_problems, output_problem, write_output
from core.errors import InputFileError
from core.i18n import translate


def import_framework(args: argparse.Namespace) -> int:
    """Convert FILE… into ``--out`` and print the report; write nothing on any problem."""
    from core.importers import LicenceOptions, import_files, load_mapping
    from core.importers.tabular import template_csv

    if args.template:
        out = Path(args.template)
        problem = output_problem(out, args.force) or write_output(
            out, template_csv().encode("utf-8-sig")
        )
        if problem:
            return fail(problem)
        print(
            translate(
                "cli", "wrote the CSV template to {file}: fill one row per skill, level and role"
            ).format(file=out)
        )
        return 0
    if not args.files or not args.out:
        return fail(
            translate("cli", "give the files to import and --out FILE (or --template FILE)"), 2
        )
    out = Path(args.out)
    problem = output_problem(out, args.force)
    if problem:
        return fail(problem)
    try:
        mapping = load_mapping(args.map)
        licence = LicenceOptions(args.licence or "", args.source_url or "", args.attribution or "")
        result = import_files([Path(f) for f in args.files], args.format, mapping, licence)
    except InputFileError as exc:
        return fail_with_problems(translate("cli", "nothing was imported"), exc.problems)
    import yaml

    text = yaml.safe_dump(result.document, sort_keys=False, allow_unicode=True, width=100)
    header = "# Imported by `skill-ladder import-framework`; schema: resources/frameworks/schema-v2.json\n"
    problem = write_output(out, (header + text).encode("utf-8"))
    if problem:
        return fail(problem)
    document = result.document
    print(
        translate("cli", "wrote {file}: {levels} levels, {skills} skills, {roles} roles").format(
            file=out,
            levels=len(document["levels"]),
            skills=len(document["skills"]),
            roles=len(document["roles"]),
        )
    )
    for line in result.report.lines():
        print(line)
    print(
        translate("cli", "use it with: {command}").format(command=f"skill-ladder --framework {out}")
    )
    sys.stdout.flush()
    return 0
