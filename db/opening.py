"""Opening the user's data: the local file with a check first (damaged files are moved aside,
never deleted), or a team database on a server.

Standard library and ``db`` only (no Qt): the app and the command line share this path
(:func:`open_database`).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from core.i18n import join_sentences, translate
from db.backup import BackupInfo, list_backups
from db.database import DATABASE_FILE, Database
from db.errors import StorageError, StorageUnavailableError
from db.integrity import (
    EarlyCheck,
    StorageCondition,
    check_database,
    classify,
    describe,
    set_aside,
)

BAD_FILE = {StorageCondition.CORRUPT, StorageCondition.NOT_A_DATABASE}


class DamagedDatabaseError(StorageError):
    """The data file failed its check and was moved aside; ``backup`` is the newest good one."""

    def __init__(
        self,
        moved_to: Path,
        problems: tuple[str, ...],
        backup: BackupInfo | None,
        *,
        earlier: datetime | None = None,
    ) -> None:
        self.moved_to = moved_to
        self.problems = problems
        self.backup = backup
        self.earlier = earlier
        """When the file was set aside, if that happened at an earlier start."""
        moment = translate("Storage", "%d %b %Y, %H:%M")
        if backup:
            offer = translate("Storage", "The newest good backup is from {moment}.").format(
                moment=backup.created_at.astimezone().strftime(moment)
            )
        else:
            offer = translate("Storage", "There is no backup to restore.")
        if earlier is not None:
            what = translate(
                "Storage",
                "Your data file was found damaged on {moment} and moved aside to {file}; nothing "
                "was deleted, and no data file has replaced it yet.",
            ).format(moment=earlier.astimezone().strftime(moment), file=moved_to.name)
        else:
            what = translate(
                "Storage",
                "Your data file was damaged ({problems}). It was moved aside to {file}; nothing "
                "was deleted.",
            ).format(problems="; ".join(problems[:3]), file=moved_to.name)
        super().__init__(join_sentences((what, offer)))


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes a full check."""
    for backup in list_backups(backup_dir):
        if check_database(backup.path, full=True).ok:
            return backup
    return None


_ASIDE_STAMP = re.compile(r"\.damaged-(\d{8}-\d{6})(?:-\d+)?$")


def set_aside_files(data_dir: Path) -> list[Path]:
    """The damaged data files moved aside in ``data_dir``, newest first."""
    stem, suffix = Path(DATABASE_FILE).stem, Path(DATABASE_FILE).suffix
    found = [p for p in data_dir.glob(f"{stem}.damaged-*{suffix}") if _aside_time(p)]
    return sorted(found, key=lambda p: (_aside_time(p), p.name), reverse=True)


def _aside_time(path: Path) -> datetime | None:
    match = _ASIDE_STAMP.search(path.stem)
    if match is None:
        return None
    try:
        return datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def set_aside_refusal(data_dir: Path) -> DamagedDatabaseError | None:
    """Why no fresh data file may be created in ``data_dir`` without the user's say: it has no
    data file but holds one that was set aside as damaged. None when there is no such file."""
    if (data_dir / DATABASE_FILE).exists():
        return None
    aside = set_aside_files(data_dir)
    if not aside:
        return None
    return DamagedDatabaseError(
        aside[0], (), newest_good_backup(data_dir / "backups"), earlier=_aside_time(aside[0])
    )


def start_quick_check(data_dir: Path) -> EarlyCheck:
    """Start the quick check of the data folder's file now, for :func:`open_checked`."""
    return EarlyCheck(data_dir / DATABASE_FILE)


def open_checked(
    data_dir: Path, *, start_empty: bool = False, early: EarlyCheck | None = None
) -> Database:
    """Open the data directory's database after a quick check.

    A damaged file is set aside and :class:`DamagedDatabaseError` names the newest good backup.
    The set-aside file is honoured by every later start: while there is no data file, the same
    error is raised again rather than creating an empty file, unless ``start_empty`` says the
    user chose that. A file that cannot be read for another reason raises
    :class:`StorageUnavailableError` and is left where it is. ``early`` is the same check
    started beforehand (see :func:`start_quick_check`).
    """
    path = data_dir / DATABASE_FILE
    if not start_empty and (refusal := set_aside_refusal(data_dir)) is not None:
        raise refusal
    if path.exists():
        result = early.result() if early is not None and early.path == path else None
        if result is None or (not result.ok and result.problems == ("no database file",)):
            result = check_database(path)  # none started, or started before the file existed
        if not result.ok:
            condition = result.condition or StorageCondition.OTHER
            if condition not in BAD_FILE:
                raise StorageUnavailableError(condition, describe(condition, path))
            moved_to = set_aside(path)
            raise DamagedDatabaseError(
                moved_to, result.problems, newest_good_backup(data_dir / "backups")
            )
    try:
        return Database.open(path)
    except (sqlite3.Error, OSError) as exc:
        raise _unavailable(exc, path) from exc
    except Exception as exc:
        # SQLAlchemy wraps the driver's error; classify the original one.
        original = getattr(exc, "orig", None)
        if isinstance(original, sqlite3.Error | OSError):
            raise _unavailable(original, path) from exc
        raise


def open_database(
    data_dir: Path, database_url: str | None = None, *, start_empty: bool = False
) -> Database:
    """The data to use: the team database at ``database_url`` when one is given, else the data
    folder's file (checked as by :func:`open_checked`).

    In team mode nothing in ``data_dir`` is read or written here, and a failure is raised (as
    :class:`StorageUnavailableError` or :class:`~db.errors.NewerSchemaError`), never answered
    by opening the local file instead.
    """
    if database_url:
        from db.engines.postgres import PostgresDatabase

        return PostgresDatabase.connect(database_url)
    return open_checked(data_dir, start_empty=start_empty)


def _unavailable(exc: sqlite3.Error | OSError, path: Path) -> StorageUnavailableError:
    condition = classify(exc)
    return StorageUnavailableError(condition, f"{describe(condition, path)} ({exc})")
