"""``skill-ladder team copy-to-server`` and ``copy-from-server``: move people between the local
data folder (or a new local file) and a team database on a PostgreSQL server."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cli.output import NO_PERSON, fail
from core.datadir import resolve_data_dir
from core.i18n import translate
from db.errors import StorageError

if TYPE_CHECKING:
    from db.database import Database
    from db.transfer import TransferResult


def _person_ids(database: Database, names: Sequence[str] | None) -> list[int] | None:
    """The ids of the people named (None: everyone); a StorageError naming who is missing."""
    if not names:
        return None
    from db import queries

    ids, missing = [], []
    for name in names:
        person = queries.person_by_name(database.reader(), name.strip())
        if person is None:
            missing.append(name)
        else:
            ids.append(person.id)
    if missing:
        raise StorageError("; ".join(NO_PERSON.format(name) for name in missing))
    return ids


def _report(result: TransferResult, where: str) -> None:
    """What was copied and checked, in counts, and who was left out."""
    n = len(result.copied)
    print(
        translate(
            "cli", "Copied %n person(s) to {where}; read back and checked: the same.", None, n
        ).format(where=where)
    )
    for line in result.summary_lines():
        print(f"  {line}")
    if result.snapshots_reused:
        reused = result.snapshots_reused
        print(
            translate(
                "cli", "  %n frozen role text(s) were there already and are shared", None, reused
            )
        )
    if result.skipped:
        skipped = len(result.skipped)
        print(
            translate("cli", "Left out %n person(s) already there: {names}", None, skipped).format(
                names=", ".join(result.skipped)
            )
        )
    if not result.owner_kept:
        print(
            translate(
                "cli",
                "The target has its own owner (\u201cthis is me\u201d); the copied owner mark "
                "was not set.",
            )
        )


def _copy(source: Database, target: Database, args: argparse.Namespace, skip: bool) -> int:
    from db.transfer import AlreadyThereError, copy_people, target_label

    ids = _person_ids(source, getattr(args, "person", None))
    try:
        result = copy_people(source, target, ids, skip_existing=skip)
    except AlreadyThereError as exc:
        fail(str(exc))
        print(
            translate("cli", "Run the command again with --skip-existing to copy the others."),
            file=sys.stderr,
        )
        return 1
    _report(result, target_label(target))
    return 0


def copy_to_server(args: argparse.Namespace) -> int:
    """Copy people (all, or those named) from the local data folder to a team database."""
    from db.engines.postgres import PostgresDatabase
    from db.opening import open_checked

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    source = open_checked(data_dir, start_empty=getattr(args, "start_empty", False))
    try:
        target = PostgresDatabase.connect(args.url)
        try:
            return _copy(source, target, args, args.skip_existing)
        finally:
            target.close()
    finally:
        source.close()


def copy_from_server(args: argparse.Namespace) -> int:
    """Copy people (all, or those named) from a team database into a new local file."""
    from db.database import Database
    from db.engines.postgres import PostgresDatabase

    out = Path(args.file)
    if out.exists() or out.is_symlink():
        return fail(
            translate(
                "cli",
                "{file} exists already; name a new file (an existing one is never overwritten). "
                "Nothing was copied.",
            ).format(file=out)
        )
    if not out.parent.is_dir():
        return fail(
            translate("cli", "the folder {folder} does not exist; nothing was copied").format(
                folder=out.parent
            )
        )
    source = PostgresDatabase.connect(args.url)
    try:
        code = 1
        try:
            target = Database.open(out)
            try:
                code = _copy(source, target, args, skip=False)
            finally:
                target.close()
        finally:
            if code != 0:  # the file is new (checked above): nothing of it is kept
                _remove_new_file(out)
        return code
    finally:
        source.close()


def _remove_new_file(path: Path) -> None:
    """Remove the file this command created (and SQLite's companions), after a failure."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
