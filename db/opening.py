"""Opening the user's data with a check first: damaged files are moved aside, never deleted.

Standard library and ``db`` only (no Qt): the app and the command line share this path.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.backup import BackupInfo, list_backups
from db.database import DATABASE_FILE, Database
from db.errors import StorageError, StorageUnavailableError
from db.integrity import StorageCondition, check_database, classify, describe, set_aside

BAD_FILE = {StorageCondition.CORRUPT, StorageCondition.NOT_A_DATABASE}


class DamagedDatabaseError(StorageError):
    """The data file failed its check and was moved aside; ``backup`` is the newest good one."""

    def __init__(
        self, moved_to: Path, problems: tuple[str, ...], backup: BackupInfo | None
    ) -> None:
        self.moved_to = moved_to
        self.problems = problems
        self.backup = backup
        offer = (
            f"The newest good backup is from {backup.created_at.astimezone():%d %b %Y, %H:%M}."
            if backup
            else "There is no backup to restore."
        )
        super().__init__(
            f"Your data file was damaged ({'; '.join(problems[:3])}). It was moved aside to "
            f"{moved_to.name}; nothing was deleted. {offer}"
        )


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes a full check."""
    for backup in list_backups(backup_dir):
        if check_database(backup.path, full=True).ok:
            return backup
    return None


def open_checked(data_dir: Path) -> Database:
    """Open the data directory's database after a quick check.

    A damaged file is set aside and :class:`DamagedDatabaseError` names the newest good backup;
    a file that cannot be read for another reason raises :class:`StorageUnavailableError` and is
    left where it is.
    """
    path = data_dir / DATABASE_FILE
    if path.exists():
        result = check_database(path)
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


def _unavailable(exc: sqlite3.Error | OSError, path: Path) -> StorageUnavailableError:
    condition = classify(exc)
    return StorageUnavailableError(condition, f"{describe(condition, path)} ({exc})")
