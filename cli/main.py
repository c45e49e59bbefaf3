"""Entry point of ``skill-ladder``: no subcommand starts the desktop app, subcommands run headless."""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cli.argparse_i18n import HelpFormatter, argparse_in_language
from cli.output import TerminalSafeStream
from core.i18n import LANGUAGES, set_language, translate
from core.version import app_version

if TYPE_CHECKING:
    from db.opening import DamagedDatabaseError

Command = Callable[[argparse.Namespace], int]


class _Lazy:
    """A command handler whose module is imported only when the command runs, so that
    ``--version``, ``--help`` and the window do not import every command's dependencies."""

    def __init__(self, module: str, function: str) -> None:
        self.module = module
        self.function = function

    def __call__(self, args: argparse.Namespace) -> int:
        handler = getattr(importlib.import_module(f"cli.{self.module}"), self.function)
        return int(handler(args))


class _VersionAction(argparse.Action):
    """``--version``; reads the installed metadata only when asked (it is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, help=translate("cli", "show the version and exit")
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"{parser.prog} {app_version()}")
        parser.exit()


def _add_common_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # On subcommands the defaults are suppressed so that an option given before the
    # subcommand is not reset by the subparser's own default.
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--framework",
        metavar="FILE|ID",
        default=default,
        help=translate(
            "cli",
            "use this framework file, or the id of an installed framework, instead of the "
            "built-in one",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=translate(
            "cli", "data directory (default: $SKILL_LADDER_DATA_DIR or the user data dir)"
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=translate(
            "cli",
            "use the team database on a PostgreSQL server at this libpq connection string "
            "(postgresql://user@host:port/db or 'host=… dbname=… sslmode=…'; a password comes "
            "from ~/.pgpass) instead of the data directory's file (default: "
            "$SKILL_LADDER_DATABASE_URL)",
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        choices=sorted(LANGUAGES),
        default=default,
        help=translate(
            "cli", "language of the output and of documents: en or zh_CN (default: the locale's)"
        ),
    )
    parser.add_argument(
        "--start-empty",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help=translate(
            "cli",
            "start with an empty data file although a damaged one was set aside "
            "(otherwise restore a backup with `skill-ladder restore FILE`)",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, subcommands included."""
    parser = argparse.ArgumentParser(
        prog="skill-ladder",
        description=translate(
            "cli",
            "Rate yourself against a career framework, keep the history, plan your growth. "
            "Without a command, the desktop app starts.",
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    _add_common_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Command | None, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter
        )
        _add_common_options(sub, top_level=False)
        if handler is not None:
            sub.set_defaults(handler=handler)
        return sub

    roles = command(
        "roles",
        _Lazy("framework_commands", "list_roles"),
        translate("cli", "list the framework's roles"),
    )
    roles.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    skills = command(
        "skills",
        _Lazy("framework_commands", "list_skills"),
        translate("cli", "list a role's skills"),
    )
    skills.add_argument("--role", required=True, metavar="ID")
    skills.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    show = command(
        "show",
        _Lazy("framework_commands", "show_skill"),
        translate("cli", "show every level's descriptor and mark of one skill for one role"),
    )
    show.add_argument("--role", required=True, metavar="ID")
    show.add_argument("--skill", required=True, metavar="ID")
    show.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    validate = command(
        "validate",
        _Lazy("framework_commands", "validate"),
        translate("cli", "check a framework file; exit 1 with every problem on stderr"),
    )
    validate.add_argument("file", metavar="FILE")
    imports = command(
        "import-framework",
        _Lazy("import_commands", "import_framework"),
        translate(
            "cli",
            "convert a published career ladder (CSV, XLSX, FT, Monzo, DIRECT) into a framework file",
        ),
    )
    imports.add_argument("files", nargs="*", metavar="FILE")
    _add_import_options(imports)
    imports.add_argument(
        "--out", metavar="FILE", help=translate("cli", "the framework file to write (YAML)")
    )
    imports.add_argument(
        "--template", metavar="FILE", help=translate("cli", "write the CSV template instead")
    )
    imports.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )
    _add_library_commands(command)
    command(
        "demo",
        _Lazy("data_commands", "demo"),
        translate("cli", "add a sample person with three completed assessments and a draft"),
    )
    people = command(
        "people",
        _Lazy("data_commands", "people"),
        translate("cli", "list the people in the data directory"),
    )
    people.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    export_pdf = command(
        "export-pdf",
        _Lazy("export_commands", "export_pdf"),
        translate("cli", "write a person's growth plan for a role as a PDF"),
    )
    export_pdf.add_argument("--person", required=True, metavar="NAME")
    export_pdf.add_argument("--role", required=True, metavar="ID")
    export_pdf.add_argument(
        "--assessment",
        default="latest",
        metavar="latest|ID",
        help=translate(
            "cli",
            "which assessment: the newest completed one (default; the draft if none) or an id",
        ),
    )
    export_pdf.add_argument("--out", required=True, metavar="FILE")
    export_pdf.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export_pdf.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )

    backup = command(
        "backup",
        _Lazy("maintenance_commands", "backup"),
        translate("cli", "make a verified backup of the data file now"),
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("cli", "list the backups instead")
    )
    restore = command(
        "restore",
        _Lazy("maintenance_commands", "restore"),
        translate("cli", "replace the data file by a backup (the current data is backed up first)"),
    )
    restore.add_argument("file", metavar="FILE")
    check = command(
        "check",
        _Lazy("maintenance_commands", "check"),
        translate("cli", "check the data file for damage"),
    )
    check.add_argument(
        "--full", action="store_true", help=translate("cli", "a full integrity check (slower)")
    )

    export_assessment = command(
        "export-assessment",
        _Lazy("team_commands", "export_assessment"),
        translate(
            "cli", "write one assessment as an exchange file for a manager (or back to the person)"
        ),
    )
    export_assessment.add_argument("--person", required=True, metavar="NAME")
    export_assessment.add_argument(
        "--role", metavar="ID", help=translate("cli", "only this role's assessments")
    )
    export_assessment.add_argument("--assessment", default="latest", metavar="latest|ID")
    export_assessment.add_argument(
        "--as", dest="view", choices=("self", "manager"), default="self",
        help=translate("cli", "'manager' adds your manager ratings (to send your view back to the person)"),
    )  # fmt: skip
    export_assessment.add_argument("--out", required=True, metavar="FILE")
    export_assessment.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )

    import_assessment = command(
        "import-assessment",
        _Lazy("team_commands", "import_assessment"),
        translate(
            "cli", "import an exchange file (a person's self-assessment, or a manager's view of it)"
        ),
    )
    import_assessment.add_argument("file", metavar="FILE")
    import_assessment.add_argument(
        "--person",
        metavar="NAME",
        help=translate("cli", "the profile to import into (default: the file's name)"),
    )
    import_assessment.add_argument(
        "--install-framework",
        action="store_true",
        help=translate(
            "cli",
            "when the file carries a framework that is not installed, install it with the import",
        ),
    )

    export_agenda = command(
        "export-agenda",
        _Lazy("team_commands", "export_agenda"),
        translate("cli", "write the next one-on-one's agenda as a PDF"),
    )
    export_agenda.add_argument("--person", required=True, metavar="NAME")
    export_agenda.add_argument("--out", required=True, metavar="FILE")
    export_agenda.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export_agenda.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )

    export_csv = command(
        "export-csv",
        _Lazy("team_commands", "export_csv"),
        translate("cli", "write a person's (or everyone's) history as a CSV file for spreadsheets"),
    )
    export_csv.add_argument(
        "--person", metavar="NAME", help=translate("cli", "one person (default: everyone)")
    )
    export_csv.add_argument(
        "--archived", action="store_true", help=translate("cli", "include archived people")
    )
    export_csv.add_argument("--out", required=True, metavar="FILE")
    export_csv.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )
    _add_team_commands(command)
    return parser


def _add_import_options(parser: argparse.ArgumentParser) -> None:
    """The options of converting a published ladder: format, column mapping, licence."""
    parser.add_argument(
        "--format", choices=("auto", "csv", "xlsx", "ft", "monzo", "direct"), default="auto"
    )
    parser.add_argument(
        "--map", metavar="MAPPING",
        help=translate("cli", "column names for CSV/XLSX: a YAML file, or skill=COLUMN,level=COLUMN,..."),
    )  # fmt: skip
    parser.add_argument(
        "--licence", metavar="SPDX", help=translate("cli", "the ladder's licence (e.g. MIT)")
    )
    parser.add_argument(
        "--source-url", metavar="URL", help=translate("cli", "where the ladder is published")
    )
    parser.add_argument(
        "--attribution", metavar="TEXT", help=translate("cli", "the credit its licence asks for")
    )


def _add_library_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """``frameworks …``: the frameworks installed in the data, beside the built-in one."""
    library = command(
        "frameworks",
        _Lazy("library_commands", "frameworks"),
        translate(
            "cli",
            "list the built-in and installed frameworks; install, update, remove or export one",
        ),
    )
    library.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    actions = library.add_subparsers(dest="library_command", metavar="ACTION")

    def action(name: str, function: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter
        )
        _add_common_options(sub, top_level=False)
        sub.set_defaults(handler=_Lazy("library_commands", function))
        return sub

    install = action(
        "install",
        "install",
        translate(
            "cli",
            "install a framework file, or convert and install a published ladder (CSV, XLSX, "
            "FT, Monzo, DIRECT)",
        ),
    )
    install.add_argument("files", nargs="+", metavar="FILE")
    _add_import_options(install)
    install.add_argument(
        "--update",
        action="store_true",
        help=translate(
            "cli",
            "replace the installed framework of the same id (past assessments keep the version "
            "they were made with)",
        ),
    )
    remove = action(
        "remove",
        "remove",
        translate("cli", "remove an installed framework (refused while people use it)"),
    )
    remove.add_argument("id", metavar="ID")
    remove.add_argument(
        "--archive-people",
        action="store_true",
        help=translate(
            "cli", "archive the people who use it (their history is kept), then remove it"
        ),
    )
    export = action(
        "export",
        "export",
        translate("cli", "write a framework as CSV, XLSX or YAML (to edit, share or re-import)"),
    )
    export.add_argument("id", metavar="ID")
    export.add_argument("--format", required=True, choices=("csv", "xlsx", "yaml"))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--force", action="store_true", help=translate("cli", "replace an existing file")
    )


def _add_team_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """``team …``: administration of a team database on PostgreSQL."""
    team = command(
        "team",
        None,
        translate(
            "cli",
            "a team database on PostgreSQL: set it up, say who sees whom, copy people in and out",
        ),
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    def action(name: str, function: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter
        )
        _add_common_options(sub, top_level=False)  # --database-url names the team database
        sub.set_defaults(handler=_Lazy("team_admin_commands", function))
        return sub

    def password_options(sub: argparse.ArgumentParser) -> None:
        way = sub.add_mutually_exclusive_group()
        way.add_argument(
            "--password-prompt",
            action="store_true",
            help=translate("cli", "ask for the login's password"),
        )
        way.add_argument(
            "--password-stdin",
            action="store_true",
            help=translate("cli", "read the login's password from stdin"),
        )

    action(
        "init",
        "init",
        translate("cli", "create the roles, grants and row-level security (idempotent)"),
    )
    manager = action(
        "add-manager", "add_manager", translate("cli", "add or update a manager's login")
    )
    manager.add_argument("login", metavar="LOGIN")
    manager.add_argument("--head", action="store_true", help=translate("cli", "a department head"))
    manager.add_argument("--department", metavar="NAME")
    manager.add_argument(
        "--name", metavar="NAME", help=translate("cli", "the name shown for the login")
    )
    password_options(manager)
    person = action(
        "add-person",
        "add_person",
        translate("cli", "add a person for a manager, or give one to another"),
    )
    person.add_argument("name", metavar="NAME")
    person.add_argument("--manager", required=True, metavar="LOGIN")
    person.add_argument("--department", metavar="NAME")
    person.add_argument(
        "--login", metavar="LOGIN", help=translate("cli", "the person's own login, if any")
    )
    password_options(person)
    move = action(
        "move-person", "move_person", translate("cli", "give a person to another manager")
    )
    move.add_argument("name", metavar="NAME")
    move.add_argument("--manager", required=True, metavar="LOGIN")
    action(
        "whoami",
        "whoami",
        translate("cli", "who you are connected as, and how many people you see"),
    )

    def copy_action(name: str, function: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter
        )
        _add_common_options(parser, top_level=False)
        parser.set_defaults(handler=_Lazy("transfer_commands", function))
        parser.add_argument(
            "url",
            metavar="URL",
            help=translate("cli", "the team database: a postgresql:// URL or libpq settings"),
        )
        return parser

    to_server = copy_action(
        "copy-to-server",
        "copy_to_server",
        translate(
            "cli",
            "copy people with their whole history from the local data folder to a team "
            "database; checked afterwards, nothing removed locally",
        ),
    )
    to_server.add_argument(
        "--person",
        action="append",
        metavar="NAME",
        help=translate("cli", "only this person (repeat for more)"),
    )
    to_server.add_argument(
        "--skip-existing",
        action="store_true",
        help=translate(
            "cli", "leave out people already in the team database instead of refusing the copy"
        ),
    )
    from_server = copy_action(
        "copy-from-server",
        "copy_from_server",
        translate(
            "cli", "copy people with their whole history from a team database into a new local file"
        ),
    )
    from_server.add_argument(
        "file", metavar="FILE", help=translate("cli", "the new SQLite file (must not exist)")
    )
    from_server.add_argument(
        "--person",
        action="append",
        metavar="NAME",
        help=translate("cli", "only this person (repeat for more)"),
    )


def language_asked(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` names among the arguments (the last one given), if valid."""
    found = None
    for i, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            found = value
    return found


def recovery_hint(damaged: DamagedDatabaseError, args: argparse.Namespace) -> str:
    """How to get out of a set-aside data file from the command line."""
    data_dir = getattr(args, "data_dir", None)
    option = f" --data-dir {shlex.quote(data_dir)}" if data_dir else ""
    lines = []
    if damaged.backup is not None:
        lines.append(translate("cli", "To restore the newest good backup, run:"))
        lines.append(f"  skill-ladder{option} restore {shlex.quote(str(damaged.backup.path))}")
    lines.append(
        translate(
            "cli",
            "To start with an empty data file instead, run the command again with --start-empty "
            "(the damaged file stays in {folder}).",
        ).format(folder=damaged.moved_to.parent)
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    stdout, stderr = sys.stdout, sys.stderr
    # Names and notes come from files other people send: nothing in them may act on the terminal.
    sys.stdout, sys.stderr = TerminalSafeStream(stdout), TerminalSafeStream(stderr)  # type: ignore[assignment]
    try:
        arguments = list(sys.argv[1:] if argv is None else argv)
        # The language is known before the parser is built: its help and errors speak it too.
        if (language := language_asked(arguments)) is not None:
            set_language(language)
        with argparse_in_language():
            args = build_parser().parse_args(arguments)
        if getattr(args, "lang", None):
            set_language(args.lang)
        handler: Command | None = getattr(args, "handler", None)
        if handler is not None:
            return _run(handler, args)
    finally:
        sys.stdout, sys.stderr = stdout, stderr
    from app.main import run_app  # Qt is imported only when the GUI is wanted.

    return run_app(args)


def _run(handler: Command, args: argparse.Namespace) -> int:
    import sqlite3

    from db.errors import StorageError
    from db.opening import DamagedDatabaseError

    try:
        return handler(args)
    except BrokenPipeError:  # e.g. `skill-ladder roles | head`
        return 0
    except DamagedDatabaseError as exc:
        print(f"skill-ladder: {exc}", file=sys.stderr)
        print(recovery_hint(exc, args), file=sys.stderr)
        return 1
    except StorageError as exc:  # damaged, read-only, newer schema…: said plainly, no traceback
        print(f"skill-ladder: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        # SQLAlchemy wraps the driver's error; a storage condition is said plainly too.
        original = getattr(exc, "orig", exc)
        if (team := _server_failure(original, args)) is not None:
            print(f"skill-ladder: {team}", file=sys.stderr)
            return 1
        if not isinstance(original, sqlite3.Error):
            raise
        from core.datadir import resolve_data_dir
        from db.database import DATABASE_FILE, write_failure

        path = resolve_data_dir(getattr(args, "data_dir", None)) / DATABASE_FILE
        print(f"skill-ladder: {write_failure(original, path)}", file=sys.stderr)
        return 1


def _server_failure(exc: BaseException, args: argparse.Namespace) -> Exception | None:
    """The user's message for a PostgreSQL error about the team database; None otherwise."""
    if "psycopg" not in sys.modules:
        return None
    from db.engines.postgres import display_address, server_failure
    from db.team_connection import chosen_database_url

    url = chosen_database_url(getattr(args, "database_url", None)) or ""
    return server_failure(exc, display_address(url))


if __name__ == "__main__":
    sys.exit(main())
