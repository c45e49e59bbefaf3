"""Backups of the database: verified copies made with SQLite's online backup API, pruned by age.

A backup is one self-contained file (rollback journal mode, no ``-wal``) named after the moment
it was made, in UTC: ``skill-ladder-20261122-140501-123456-manual.sqlite3``. It is written to a
temporary file, checked, flushed to the disk and only then renamed into place, so an existing
backup is never replaced by a copy that was not verified.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from core.i18n import translate
from core.safe_files import sync_directory, sync_file
from db.errors import StorageError
from db.integrity import (
    SIDE_FILE_SUFFIXES,
    CheckResult,
    StorageCondition,
    check_database,
    classify,
    database_problems,
    describe,
    open_read_only,
    set_aside,
)

__all__ = [
    "BACKUP_DIR_NAME",
    "BackupError",
    "BackupInfo",
    "CheckResult",
    "StorageCondition",
    "backup_dir_for",
    "check_database",
    "classify",
    "create_backup",
    "describe",
    "list_backups",
    "prune",
    "restore_backup",
    "set_aside",
]

BACKUP_DIR_NAME = "backups"
_PREFIX = "skill-ladder-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"skill-ladder-(\d{8}-\d{6}-\d{6})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite3")
_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Only a file that is itself bad is set aside; one that is busy or read-only stops the restore.
_SET_ASIDE_CONDITIONS = {StorageCondition.CORRUPT, StorageCondition.NOT_A_DATABASE}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created_at: datetime
    reason: str
    size: int


class BackupError(StorageError):
    """A backup or restore could not be made; the message is meant for the user."""


class _CopyRejectedError(Exception):
    """The copy was made but failed its checks."""


def backup_dir_for(database_path: Path) -> Path:
    """The backup folder of the data directory that holds ``database_path``."""
    return database_path.parent / BACKUP_DIR_NAME


def backup_name(created_at: datetime, reason: str) -> str:
    """The file name of a backup made at ``created_at`` (any time zone) for ``reason``."""
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    return f"{_PREFIX}{_utc(created_at).strftime(_STAMP)}-{reason}{_SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """When and why the backup called ``name`` was made; None for any other file name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        created_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return created_at, match[2]


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in ``backup_dir``, newest first; temporary and unrelated files are ignored."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


def create_backup(
    database_path: Path,
    *,
    reason: str,
    now: datetime | None = None,
    backup_dir: Path | None = None,
) -> BackupInfo:
    """Copy the live database into a verified backup file, then prune old backups."""
    directory = backup_dir or backup_dir_for(database_path)
    now = _utc(now or datetime.now(UTC))
    info = _make_backup(database_path, reason, now, directory)
    _prune(directory, now, protected=info.path)
    return info


def _make_backup(database_path: Path, reason: str, now: datetime, directory: Path) -> BackupInfo:
    backup_name(now, reason)  # reject a bad reason before touching the disk
    if not database_path.is_file():
        raise BackupError(
            translate(
                "Storage", "The backup was not made: there is no database file at {path}."
            ).format(path=database_path)
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with _temporary_file(directory, ".backup-", ".part") as temporary:
            _verified_copy(database_path, temporary)
            target, created_at = _unused_backup_path(directory, now, reason)
            os.replace(temporary, target)
        sync_directory(directory)
    except _CopyRejectedError as exc:
        raise BackupError(
            translate(
                "Storage", "The backup was not made: the copy failed its integrity check: {detail}"
            ).format(detail=exc)
        ) from exc
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            translate("Storage", "The backup was not made. {reason}").format(
                reason=_explain(exc, directory)
            )
        ) from exc
    return BackupInfo(target, created_at, reason, target.stat().st_size)


def _verified_copy(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` as one checked, flushed, self-contained file."""
    with closing(open_read_only(source)) as reader, closing(_open_plain(target)) as writer:
        reader.backup(writer)
        # The copy keeps the source's WAL flag in its header; switching to a rollback journal
        # folds everything into the one file, so the backup has no -wal to lose.
        mode = writer.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise _CopyRejectedError(f"its journal mode stayed {mode}")
        problems = database_problems(writer, full=True)
    if problems:
        raise _CopyRejectedError("; ".join(problems))
    sync_file(target)


def _open_plain(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


@contextmanager
def _temporary_file(directory: Path, prefix: str, suffix: str) -> Iterator[Path]:
    """A new empty file in ``directory``, removed with its side files unless renamed away."""
    descriptor, name = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=suffix)
    os.close(descriptor)
    path = Path(name)
    try:
        yield path
    except BaseException:
        for leftover in (path, *_side_files(path)):
            leftover.unlink(missing_ok=True)
        raise


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILE_SUFFIXES]


def _unused_backup_path(directory: Path, now: datetime, reason: str) -> tuple[Path, datetime]:
    # Two backups within the same microsecond would share a name; never overwrite one.
    moment = now
    while (directory / backup_name(moment, reason)).exists():
        moment += timedelta(microseconds=1)
    return directory / backup_name(moment, reason), moment


def _explain(exc: sqlite3.Error | OSError, path: Path) -> str:
    condition = classify(exc)
    sentence = describe(condition, path)
    return sentence if condition is not StorageCondition.OTHER else f"{sentence} ({exc})"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("backup times must be timezone-aware")
    return moment.astimezone(UTC)


def prune(
    backup_dir: Path,
    now: datetime,
    *,
    keep_recent: int = 10,
    daily_for_days: int = 7,
    weekly_for_weeks: int = 9,
) -> list[Path]:
    """Delete the backups the retention policy no longer keeps; return their paths.

    Kept: the newest ``keep_recent``; the newest of each UTC day among the last
    ``daily_for_days`` days (today included); the newest of each ISO week among the last
    ``weekly_for_weeks`` weeks (this week included); and always the newest backup.
    """
    return _prune(backup_dir, now, keep_recent, daily_for_days, weekly_for_weeks)


def _prune(
    backup_dir: Path,
    now: datetime,
    keep_recent: int = 10,
    daily_for_days: int = 7,
    weekly_for_weeks: int = 9,
    protected: Path | None = None,
) -> list[Path]:
    # ``protected`` is the backup just made: with a clock set back it may not be the newest.
    backups = list_backups(backup_dir)
    times = [info.created_at for info in backups]
    keep = kept_indexes(times, _utc(now), keep_recent, daily_for_days, weekly_for_weeks)
    deleted = [
        info.path
        for index, info in enumerate(backups)
        if index not in keep and info.path != protected
    ]
    for path in deleted:
        path.unlink(missing_ok=True)
    if deleted:
        sync_directory(backup_dir)
    return deleted


def kept_indexes(
    newest_first: list[datetime],
    now: datetime,
    keep_recent: int,
    daily_for_days: int,
    weekly_for_weeks: int,
) -> set[int]:
    """Which of the backup times (sorted newest first) the retention policy keeps."""
    keep = set(range(max(keep_recent, 1)))
    today = now.date()
    this_monday = today - timedelta(days=today.weekday())
    newest_of_day: dict[date, int] = {}
    newest_of_week: dict[date, int] = {}
    for index, moment in enumerate(newest_first):
        day = moment.date()
        monday = day - timedelta(days=day.weekday())
        if (today - day).days < daily_for_days:
            newest_of_day.setdefault(day, index)
        if (this_monday - monday).days // 7 < weekly_for_weeks:
            newest_of_week.setdefault(monday, index)
    keep.update(newest_of_day.values(), newest_of_week.values())
    return {index for index in keep if index < len(newest_first)}


def restore_backup(
    backup_path: Path, database_path: Path, *, now: datetime | None = None
) -> BackupInfo | None:
    """Replace the database by a backup; the caller must have closed its connections.

    The backup is checked first. A current database that passes its check is backed up
    (reason 'before-restore', returned); a damaged one is set aside (None is returned).
    """
    now = _utc(now or datetime.now(UTC))
    _require_restorable(backup_path, database_path)
    directory = backup_dir_for(database_path)
    try:
        with _temporary_file(database_path.parent, f".{database_path.name}.", ".restoring") as tmp:
            # Copy first: if the disk is full, the current database has not been touched yet.
            _restored_copy(backup_path, tmp)
            before = _secure_current(database_path, now, directory)
            # The old -wal would be replayed onto the restored file; its content is safe in the
            # before-restore backup (or was set aside with the damaged file).
            for side_file in _side_files(database_path):
                side_file.unlink(missing_ok=True)
            os.replace(tmp, database_path)
        sync_directory(database_path.parent)
    except _CopyRejectedError as exc:
        raise BackupError(
            translate(
                "Storage", "The backup was not restored: the copy failed its check: {detail}"
            ).format(detail=exc)
        ) from exc
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            translate("Storage", "The backup was not restored. {reason}").format(
                reason=_explain(exc, database_path)
            )
        ) from exc
    if directory.is_dir():
        _prune(directory, now, protected=before.path if before else None)
    return before


def _require_restorable(backup_path: Path, database_path: Path) -> None:
    if database_path.exists() and backup_path.resolve() == database_path.resolve():
        raise BackupError(
            translate("Storage", "The backup was not restored: it is the database itself.")
        )
    result = check_database(backup_path, full=True)
    if not result.ok:
        raise BackupError(
            translate("Storage", "The backup {file} cannot be restored: {problems}").format(
                file=backup_path.name, problems="; ".join(result.problems)
            )
        )


def _secure_current(database_path: Path, now: datetime, directory: Path) -> BackupInfo | None:
    """Back up the current database, or set it aside if damaged; None when nothing was backed up."""
    if not database_path.exists():
        if any(path.exists() for path in _side_files(database_path)):
            set_aside(database_path, now)
        return None
    result = check_database(database_path)
    if result.ok:
        return _make_backup(database_path, "before-restore", now, directory)
    if result.condition in _SET_ASIDE_CONDITIONS:
        set_aside(database_path, now)
        return None
    raise BackupError(
        translate("Storage", "The backup was not restored. {reason}").format(
            reason="; ".join(result.problems)
        )
    )


def _restored_copy(backup_path: Path, target: Path) -> None:
    with closing(open_read_only(backup_path)) as reader, closing(_open_plain(target)) as writer:
        reader.backup(writer)
        problems = database_problems(writer, full=False)
    if problems:
        raise _CopyRejectedError("; ".join(problems))
    sync_file(target)
