"""Commands for managers: exchange files, one-on-one agendas, history as CSV."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path

from cli.data_commands import open_repository, require_person
from cli.framework_commands import framework_or_report, person_framework
from cli.output import fail, fail_with_problems, output_problem, status_word, write_output
from core.errors import InputFileError
from core.i18n import translate


def export_assessment(args: argparse.Namespace) -> int:
    """Write one assessment as an exchange file."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    out = Path(args.out)
    if problem := output_problem(out, args.force):
        return fail(problem)
    from db.exchange_export import exchange_file_bytes
    from db.plan_inputs import pick_assessment

    with open_repository(args) as repository:
        person = require_person(repository, args.person)
        assessment = pick_assessment(repository, person.id, args.role, args.assessment)
        data = exchange_file_bytes(
            repository, framework, assessment.id, exported_by=args.view, now=datetime.now(UTC)
        )
    if problem := write_output(out, data):
        return fail(problem)
    if args.view == "manager":
        wrote = translate("cli", "Wrote assessment #{id} ({status}, manager view) to {file}")
    else:
        wrote = translate("cli", "Wrote assessment #{id} ({status}, self view) to {file}")
    print(wrote.format(id=assessment.id, status=status_word(assessment.status), file=out))
    return 0


def import_assessment(args: argparse.Namespace) -> int:
    """Import an exchange file into a person's profile."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    from core.exchange import read_exchange_file
    from db.exchange_import import import_assessment as do_import

    source = Path(args.file)
    try:
        exchange = read_exchange_file(source, str(source), framework)
    except InputFileError as exc:
        return fail_with_problems(translate("cli", "nothing was imported"), exc.problems)
    with open_repository(args) as repository:
        try:
            result = do_import(
                repository, framework, exchange, str(source), person_name=args.person
            )
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
    from core.framework_library import FrameworkLibrary
    from db.history_csv import HEADER, history_rows

    with open_repository(args) as repository:
        library = FrameworkLibrary(framework, repository)
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
