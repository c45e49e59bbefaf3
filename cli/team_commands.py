"""Commands for managers: exchange files, one-on-one agendas, history as CSV."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cli.data_commands import open_repository, require_person
from cli.framework_commands import framework_or_report, library_with_default, person_framework
from cli.output import fail, fail_with_problems, output_problem, status_word, write_output
from core.errors import InputFileError
from core.i18n import translate

if TYPE_CHECKING:
    pass


def export_assessment(args: argparse.Namespace) -> int:
    """Write one assessment as an exchange file."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from db.exchange_export import export_exchange
    from db.plan_inputs import pick_assessment

    with open_repository(args) as repository:
        person = require_person(repository, args.person)
        assessment = pick_assessment(repository, person.id, args.role, args.assessment)
        exported = export_exchange(
            repository, library_with_default(repository, framework), assessment.id,
            exported_by=args.view, now=datetime.now(UTC),
        )  # fmt: skip
    if problem := write_output(out, exported.data):
        return fail(problem)
    if args.view == "manager":
        wrote = translate("cli", "Wrote assessment #{id} ({status}, manager view) to {file}")
    else:
        wrote = translate("cli", "Wrote assessment #{id} ({status}, self view) to {file}")
    print(wrote.format(id=assessment.id, status=status_word(assessment.status), file=out))
    if remark := exported.remark():
        print(remark)
    return 0


def import_assessment(args: argparse.Namespace) -> int:
    """Import an exchange file into a person's profile."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    from core.exchange import read_exchange_file
    from db.exchange_import import import_exchange

    source = Path(args.file)
    with open_repository(args) as repository:
        library = library_with_default(repository, framework)
        try:
            # The file's framework is looked up among those installed; one it carries is
            # checked, and installed with the import only when --install-framework says so.
            exchange = read_exchange_file(source, str(source), library)
            result = import_exchange(
                repository, library, exchange, str(source), person_name=args.person,
                install=args.install_framework,
            )  # fmt: skip
        except InputFileError as exc:
            return fail_with_problems(translate("cli", "nothing was imported"), exc.problems)
    print(result.summary())
    return 0


def export_agenda(args: argparse.Namespace) -> int:
    """Write the agenda of the next one-on-one with a person as a PDF."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from core.agenda import build_agenda
    from db.agenda_inputs import agenda_input
    from reports.agenda import render_agenda

    with open_repository(args) as repository:
        person = require_person(repository, args.person)
        framework = person_framework(args, repository, framework, person)
        data = agenda_input(repository, framework, person.id, date.today())
    if problem := write_output(out, render_agenda(build_agenda(data), paper=args.paper)):
        return fail(problem)
    print(
        translate("cli", "Wrote the one-on-one agenda for {person} to {file}").format(
            person=person.name, file=out
        )
    )
    return 0


def export_csv(args: argparse.Namespace) -> int:
    """Write a person's (or everyone's) assessment history as a spreadsheet-safe CSV file."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from core.csv_files import write_csv
    from db.history_csv import HEADER, history_rows

    with open_repository(args) as repository:
        library = library_with_default(repository, framework)
        if args.person:
            ids = [require_person(repository, args.person).id]
        else:
            ids = [p.id for p in repository.people() if args.archived or not p.archived]
        try:  # streamed: rows are written as they are read
            count = write_csv(out, HEADER, history_rows(repository, library, ids))
        except OSError as exc:
            return fail(
                translate(
                    "cli",
                    "could not write {file}: {reason}; nothing was written and an older file "
                    "with that name is untouched",
                ).format(file=out, reason=exc.strerror or exc)
            )
    print(translate("cli", "Wrote %n row(s) to {file}", None, count).format(file=out))
    return 0
