"""Errors of the storage layer (importable without loading SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.version import app_version

if TYPE_CHECKING:
    from db.integrity import StorageCondition


class StorageError(Exception):
    """A request the data cannot satisfy (unknown id, duplicate name, frozen assessment...)."""


class NewerSchemaError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""

    def __init__(self, revision: str, written_by: str | None, where: str = "file") -> None:
        self.revision = revision
        self.written_by = written_by
        self.where = where
        """``file`` (the local SQLite file) or ``server`` (a team database)."""
        if written_by:
            needed = f"Install Skill Ladder {written_by} or newer to open it"
            source = f"Skill Ladder {written_by}"
        else:
            needed = "Install the latest Skill Ladder to open it"
            source = "a newer Skill Ladder"
        if where == "server":
            message = (
                f"The team database was brought to schema {revision} by {source}; this is "
                f"Skill Ladder {app_version()}. {needed}. The database was not changed."
            )
        else:
            message = (
                f"This data file was written by {source} (schema {revision}); this is Skill "
                f"Ladder {app_version()}. {needed}. The file was not changed."
            )
        super().__init__(message)


class StorageUnavailableError(StorageError):
    """The data could not be read or written for a reason that is not the request's fault
    (busy, locked, read-only, disk full…); the message says what to do."""

    def __init__(self, condition: StorageCondition, message: str) -> None:
        self.condition = condition
        super().__init__(message)
