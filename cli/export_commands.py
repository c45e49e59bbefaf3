"""``skill-ladder export-pdf``: a growth plan as a PDF, from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.framework_commands import framework_or_report, person_framework
from cli.output import fail, output_problem, write_output
from core.i18n import translate


def export_pdf(args: argparse.Namespace) -> int:
    """Write the growth plan of one assessment to ``--out``."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from cli.data_commands import open_repository, require_person
    from core.plan import build_plan
    from db.plan_inputs import pick_assessment, plan_input
    from reports.growth_plan import render_growth_plan

    with open_repository(args) as repository:
        person = require_person(repository, args.person)
        framework = person_framework(args, repository, framework, person)
        if not framework.has_role(args.role):
            return fail(
                translate(
                    "cli", "the framework has no role '{role}' (see `skill-ladder roles`)"
                ).format(role=args.role)
            )
        history = repository.summaries(person.id, args.role)  # read once for both
        assessment = pick_assessment(repository, person.id, args.role, args.assessment, history)
        data = plan_input(repository, framework, assessment.id, date.today(), history)
    if problem := write_output(out, render_growth_plan(build_plan(data), paper=args.paper)):
        return fail(problem)
    if assessment.is_completed:
        wrote = translate("cli", "Wrote the growth plan of assessment #{id} (completed) to {file}")
    else:
        wrote = translate("cli", "Wrote the growth plan of assessment #{id} (draft) to {file}")
    print(wrote.format(id=assessment.id, file=out))
    return 0
