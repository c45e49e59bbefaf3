"""``skill-ladder team …``: set up a team database on PostgreSQL and say who sees whom.

Run by the database's owner (``init``, ``add-manager``, ``add-person``, ``move-person``), or by
anyone (``whoami``). Passwords are read from a prompt or from standard input, never from the
command line (where other users of the machine could see them in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from cli.output import fail
from core.i18n import translate
from db.errors import StorageError

DATABASE_URL_VARIABLE = "SKILL_LADDER_DATABASE_URL"


def team_url(args: argparse.Namespace) -> str | None:
    """The team database's connection string from ``--database-url`` or the environment."""
    return getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_VARIABLE) or None


def _connect(args: argparse.Namespace):  # noqa: ANN202 - PostgresDatabase, imported lazily
    from db.engines.postgres import PostgresDatabase

    url = team_url(args)
    if url is None:
        raise StorageError(
            translate(
                "cli",
                "team commands need a team database: give --database-url or set "
                "SKILL_LADDER_DATABASE_URL (a PostgreSQL connection string).",
            )
        )
    return PostgresDatabase.connect(url)


def _password(args: argparse.Namespace) -> str | None:
    """The new login's password: from standard input (``--password-stdin``), a prompt
    (``--password-prompt``), or none (the login then uses the server's other methods)."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\n") or None
    if getattr(args, "password_prompt", False):
        first = getpass.getpass(translate("cli", "Password for the new login: "))
        second = getpass.getpass(translate("cli", "The same password again: "))
        if first != second:
            raise StorageError(translate("cli", "the two passwords differ; nothing was changed"))
        return first or None
    return None


def init(args: argparse.Namespace) -> int:
    """``team init``: roles, grants and row-level security on the team database."""
    from db.engines.postgres_team import init_team

    database = _connect(args)
    try:
        steps = init_team(database)
    finally:
        database.close()
    print(translate("cli", "The team database {where} is set up:").format(where=database.location))
    for step in steps:
        print(f"  {step}")
    return 0


def add_manager(args: argparse.Namespace) -> int:
    """``team add-manager LOGIN``."""
    from db.engines.postgres_team import add_manager as add

    password = _password(args)
    database = _connect(args)
    try:
        print(add(database, args.login, head=args.head, department=args.department,
                  display_name=args.name or "", password=password))  # fmt: skip
    finally:
        database.close()
    return 0


def add_person(args: argparse.Namespace) -> int:
    """``team add-person NAME --manager LOGIN``."""
    from db.engines.postgres_team import add_person as add

    if args.login is None and (args.password_stdin or args.password_prompt):
        return fail(translate("cli", "a password needs a login (--login) to go with it"))
    password = _password(args)
    database = _connect(args)
    try:
        print(add(database, args.name, manager=args.manager, department=args.department,
                  login=args.login, password=password))  # fmt: skip
    finally:
        database.close()
    return 0


def move_person(args: argparse.Namespace) -> int:
    """``team move-person NAME --manager LOGIN``."""
    from db.engines.postgres_team import move_person as move

    database = _connect(args)
    try:
        print(move(database, args.name, manager=args.manager))
    finally:
        database.close()
    return 0


def whoami(args: argparse.Namespace) -> int:
    """``team whoami``: the login, what kind of account it is, how many people it sees."""
    from db.engines.postgres_team import current_account
    from db.repository import Repository

    database = _connect(args)
    try:
        account = current_account(database)
        seen = len(Repository(database).people())
    finally:
        database.close()
    kinds = {
        "owner": translate("cli", "the database's owner (administers it, sees everyone)"),
        "head": translate("cli", "department head of {department}"),
        "manager": translate("cli", "manager"),
        "person": translate("cli", "a person's own account"),
        "none": translate("cli", "no account in this database (sees no one)"),
    }
    kind = kinds[account.kind].format(department=account.department or "?")
    print(
        translate("cli", "{login} on {where}: {kind}; sees %n person(s).", None, seen).format(
            login=account.login, where=database.location, kind=kind
        )
    )
    return 0
