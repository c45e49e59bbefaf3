"""``skill-ladder backup``, ``restore`` and ``check``: looking after the data file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.output import fail
from core.datadir import resolve_data_dir
from core.i18n import translate
from core.processes import process_alive
from core.safe_files import not_regular_message, special_file_kind
from db.backup import BackupError, backup_dir_for, create_backup, list_backups, restore_backup
from db.database import DATABASE_FILE
from db.integrity import check_database
from db.opening import set_aside_refusal
from db.team_connection import chosen_database_url, team_backups_explanation

LOCK_FILE = ".skill-ladder.lock"  # written by the desktop app (QLockFile: the owner's PID first)


def _database_path(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None)) / DATABASE_FILE


def _team_refusal(args: argparse.Namespace, command: str) -> int | None:
    """Exit code 1 with the explanation when a team database is named (its backups and checks
    are the server's); None for the local file."""
    url = chosen_database_url(getattr(args, "database_url", None))
    if url is None:
        return None
    from db.engines.postgres import display_address

    return fail(
        translate(
            "cli",
            "'{command}' looks after a local data file only; this command would use the team "
            "database {location}. {why}",
        ).format(command=command, location=display_address(url), why=team_backups_explanation())
    )


def running_app_pid(data_dir: Path) -> int | None:
    """The PID of a desktop app holding the data folder, if one is running."""
    try:
        pid = int((data_dir / LOCK_FILE).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pid if process_alive(pid) else None  # a dead owner: a lock left by a crash


def backup(args: argparse.Namespace) -> int:
    """Make a verified backup now, or list the existing ones."""
    if (refused := _team_refusal(args, "backup")) is not None:
        return refused
    path = _database_path(args)
    if args.list:
        backups = list_backups(backup_dir_for(path))
        if not backups:
            print(f"No backups yet in {backup_dir_for(path)}.")
        for info in backups:
            when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{when}  {info.reason:<15} {info.size / 1024:8.0f} KB  {info.path}")
        return 0
    if (refusal := set_aside_refusal(path.parent)) is not None:
        raise refusal
    if not path.exists():
        return fail(f"there is no data file at {path} yet")
    try:
        info = create_backup(path, reason="manual")
    except BackupError as exc:
        return fail(str(exc))
    print(f"Backed up and verified: {info.path}")
    return 0


def restore(args: argparse.Namespace) -> int:
    """Replace the data file by a backup (the current file is backed up or set aside first)."""
    if (refused := _team_refusal(args, "restore")) is not None:
        return refused
    path = _database_path(args)
    source = Path(args.file).expanduser().resolve()
    pid = running_app_pid(path.parent)
    if pid is not None:
        return fail(f"Skill Ladder is running on this data folder (process {pid}); close it first")
    try:
        kind = special_file_kind(source.stat().st_mode)
    except OSError as exc:
        return fail(f"cannot read the backup file {source}: {exc.strerror or exc}")
    if kind is not None:
        return fail(f"{source}: {not_regular_message(kind)}")
    try:
        previous = restore_backup(source, path)
    except BackupError as exc:
        return fail(str(exc))
    print(f"Restored {source.name} into {path}.")
    if previous is not None:
        print(f"The data it replaced was backed up first: {previous.path}")
    return 0


def check(args: argparse.Namespace) -> int:
    """Check the data file; exit 1 with the problems when it is not healthy."""
    if (refused := _team_refusal(args, "check")) is not None:
        return refused
    path = _database_path(args)
    if (refusal := set_aside_refusal(path.parent)) is not None:
        raise refusal
    result = check_database(path, full=args.full)
    if result.ok:
        print(f"{path}: ok ({'full' if args.full else 'quick'} check)")
        return 0
    print(f"{path}: problems found", file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1
