"""Starting the app again once its window has closed: for a new language, or to switch between
the local data and a team database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QProcess, QProcessEnvironment

from app.i18n import restart_command
from db.team_connection import DATABASE_URL_ENV

PASSWORD_ENV = "PGPASSWORD"
DATABASE_URL_OPTION = "--database-url"


@dataclass
class DatabaseSwitch:
    """The next start opens the saved choice (not a ``--database-url`` given to this one);
    ``password`` is handed to libpq in the new process's environment, never written anywhere."""

    password: str = ""


_pending: DatabaseSwitch | None = None


def switch_database_on_restart(password: str = "") -> None:
    """Make the next :func:`start_again` follow the saved connection (or the local data)."""
    global _pending
    _pending = DatabaseSwitch(password)


def cancel_database_switch() -> None:
    """Forget :func:`switch_database_on_restart` (the window refused to close)."""
    global _pending
    _pending = None


def without_database_url(arguments: list[str]) -> list[str]:
    """``arguments`` without ``--database-url URL`` / ``--database-url=URL``."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == DATABASE_URL_OPTION:
            skip = True
        elif not argument.startswith(f"{DATABASE_URL_OPTION}="):
            kept.append(argument)
    return kept


def restart_process() -> QProcess:
    """The process that starts the app again (not started yet)."""
    program, arguments = restart_command()
    environment = QProcessEnvironment.systemEnvironment()
    if _pending is not None:
        arguments = without_database_url(arguments)
        environment.remove(DATABASE_URL_ENV)
        environment.remove(PASSWORD_ENV)
        if _pending.password:
            environment.insert(PASSWORD_ENV, _pending.password)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setProcessEnvironment(environment)
    return process


def start_again() -> None:
    """Start the app again, detached from this process."""
    restart_process().startDetached()
