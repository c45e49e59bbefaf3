"""``skill-ladder export-pdf``: a growth plan as a PDF, from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.framework_commands import framework_or_report
from cli.output import NO_PERSON, fail, output_problem
from core.safe_files import write_atomically
from db.errors import StorageError


def export_pdf(args: argparse.Namespace) -> int:
    """Write the growth plan of one assessment to ``--out``."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from cli.data_commands import open_repository
    from core.plan import build_plan
    from db.plan_inputs import pick_assessment, plan_input
    from reports.growth_plan import render_growth_plan

    repository = open_repository(args)
    try:
        person = repository.person_by_name(args.person)
        if person is None:
            return fail(NO_PERSON.format(args.person))
        if not framework.has_role(args.role):
            return fail(f"the framework has no role '{args.role}' (see `skill-ladder roles`)")
        assessment = pick_assessment(repository, person.id, args.role, args.assessment)
        data = plan_input(repository, framework, assessment.id, date.today())
    except StorageError as exc:
        return fail(str(exc))
    finally:
        repository.database.close()
    pdf = render_growth_plan(build_plan(data), paper=args.paper)
    try:
        write_atomically(out, pdf)
    except OSError as exc:
        return fail(f"could not write {out}: {exc.strerror or exc}")
    print(f"Wrote the growth plan of assessment #{assessment.id} ({assessment.status}) to {out}")
    return 0
