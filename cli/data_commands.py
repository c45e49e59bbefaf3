"""CLI commands over the user's data directory: demo, people."""

from __future__ import annotations

import argparse
import json
import sys

from cli.framework_commands import framework_or_report
from cli.output import no_person, status_word
from cli.text_width import display_width
from core.assessment import PersonInfo
from core.datadir import resolve_data_dir
from core.i18n import join_list, translate
from db.errors import StorageError
from db.opening import open_database
from db.repository import Repository
from db.sample_data import create_sample_data
from db.team_connection import chosen_database_url


def require_person(repository: Repository, name: str) -> PersonInfo:
    """The person called ``name``; a StorageError (reported by ``main``) if there is none."""
    person = repository.person_by_name(name)
    if person is None:
        raise StorageError(no_person(name))
    return person


def database_url(args: argparse.Namespace) -> str | None:
    """The team database the arguments (or ``SKILL_LADDER_DATABASE_URL``) name; None: local."""
    return chosen_database_url(getattr(args, "database_url", None))


def open_repository(args: argparse.Namespace) -> Repository:
    """The repository of the team database the arguments name, else of the data directory's
    file (opened after a check)."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    database = open_database(
        data_dir, database_url(args), start_empty=getattr(args, "start_empty", False)
    )
    return Repository(database)


def demo(args: argparse.Namespace) -> int:
    """``skill-ladder demo``: add the sample person with history and a draft."""
    framework = framework_or_report(args)
    if framework is None:
        return 2
    with open_repository(args) as repository:
        try:
            person = create_sample_data(repository, framework)
        except ValueError as exc:
            print(f"skill-ladder: {exc}", file=sys.stderr)
            return 1
    print(
        translate(
            "cli", "Added '{person}' with 3 completed assessments and a draft to {file}"
        ).format(person=person.name, file=repository.database.location)
    )
    return 0


def people(args: argparse.Namespace) -> int:
    """``skill-ladder people``: everyone in the data directory with their assessments."""
    with open_repository(args) as repository:
        listing = [
            {
                "id": person.id,
                "name": person.name,
                "sample": person.is_sample,
                "archived": person.archived,
                "role": person.role_id,
                "framework": person.framework_id,
                "assessments": [
                    {
                        "id": a.id,
                        "role": a.role_id,
                        "framework": a.framework_id,
                        "framework_version": a.framework_version,
                        "status": a.status,
                        "date": a.date.date().isoformat(),
                        "target": a.target_level,
                    }
                    for a in repository.summaries(person.id)
                ],
            }
            for person in repository.people()
        ]
    if args.json:
        json.dump(listing, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not listing:
        print(
            translate(
                "cli", "No people yet. Start the app, or run `skill-ladder demo` for sample data."
            )
        )
        return 0
    for person in listing:
        roles = sorted({a["role"] for a in person["assessments"]})
        name = person["name"]
        if person["sample"]:
            name = translate("cli", "{name} (sample)").format(name=name)
        if person["archived"]:
            name = translate("cli", "{name} (archived)").format(name=name)
        listed = join_list(roles) or translate("cli", "no assessments")
        print(translate("cli", "{person}: {roles}").format(person=name, roles=listed))
        for a in person["assessments"]:
            status = status_word(a["status"])
            padding = " " * max(0, 9 - display_width(status))
            print(f"  #{a['id']:<5} {a['date']}  {status}{padding}  {a['role']}")
    return 0
