"""Errors of the storage layer (importable without loading SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.i18n import translate
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
            message = translate(
                "Storage",
                "This data file was written by Skill Ladder {written_by} (schema {revision}); "
                "this is Skill Ladder {version}. Install Skill Ladder {written_by} or newer to "
                "open it. The file was not changed.",
            )
        else:
            message = translate(
                "Storage",
                "This data file was written by a newer Skill Ladder (schema {revision}); this is "
                "Skill Ladder {version}. Install the latest Skill Ladder to open it. The file was "
                "not changed.",
            )
        if where == "server":
            message = (
                translate(
                    "Storage",
                    "The team database was brought to schema {revision} by Skill Ladder "
                    "{written_by}; this is Skill Ladder {version}. Install Skill Ladder "
                    "{written_by} or newer to open it. The database was not changed.",
                )
                if written_by
                else translate(
                    "Storage",
                    "The team database was brought to schema {revision} by a newer Skill Ladder; "
                    "this is Skill Ladder {version}. Install the latest Skill Ladder to open it. "
                    "The database was not changed.",
                )
            )
        super().__init__(
            message.format(written_by=written_by, revision=revision, version=app_version())
        )


class StorageUnavailableError(StorageError):
    """The data could not be read or written for a reason that is not the request's fault
    (busy, locked, read-only, disk full…); the message says what to do."""

    def __init__(self, condition: StorageCondition, message: str) -> None:
        self.condition = condition
        super().__init__(message)


def no_person_with_id(person_id: int) -> str:
    """The refusal of an unknown person id."""
    return translate("Storage", "no person with id {id}").format(id=person_id)


def no_assessment_with_id(assessment_id: int) -> str:
    """The refusal of an unknown assessment id."""
    return translate("Storage", "no assessment with id {id}").format(id=assessment_id)


def no_goal_with_id(goal_id: int) -> str:
    """The refusal of an unknown goal id."""
    return translate("Storage", "no goal with id {id}").format(id=goal_id)


class ConflictError(StorageError):
    """Someone else changed the record since this client read it; nothing was written.

    ``theirs`` is the record as it is stored now (None if it was deleted), ``mine`` what this
    client tried to write (a record of the same kind, with the version it expected). Writing
    ``mine`` again with ``theirs.version`` as the expected version keeps this client's value.
    """

    def __init__(self, theirs: object | None, mine: object) -> None:
        from core.i18n import translate

        self.theirs = theirs
        self.mine = mine
        super().__init__(
            translate(
                "ConflictError",
                "Someone else changed this while you were editing; nothing was saved.",
            )
        )

    @property
    def stored_version(self) -> int:
        """The version stored now (0: the record is not there)."""
        return int(getattr(self.theirs, "version", 0) or 0)
