"""Installed frameworks in the database: install, update and remove (each one transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.framework_library import InstalledFramework
from core.i18n import translate
from db.database import Database
from db.errors import StorageError
from db.models import Assessment, Person, StoredFramework, utc_now


class FrameworkInUseError(StorageError):
    """A framework people still use (profiles or assessments) was asked to be removed."""

    def __init__(self, name: str, people: int, assessments: int) -> None:
        self.people = people
        self.assessments = assessments
        super().__init__(
            translate(
                "FrameworkStore",
                "'{name}' is in use: {people} and {assessments} use it. Archive them first, "
                "or choose to archive them while removing it.",
            ).format(
                name=name,
                people=translate("FrameworkStore", "%n person(s)", None, people),
                assessments=translate("FrameworkStore", "%n assessment(s)", None, assessments),
            )
        )


class FrameworkChangedError(StorageError):
    """The installed version changed (another client updated it) since it was read."""


def save_framework(
    database: Database,
    record: InstalledFramework,
    document: str,
    *,
    replace: bool,
    expected_hash: str | None = None,
) -> None:
    """Store a framework: a new row, or (``replace``) the new version of an installed one."""
    now = utc_now()
    try:
        with database.write() as session:
            row = session.get(StoredFramework, record.id, with_for_update=True)
            if row is None:
                session.add(_new_row(record, document, now))
                return
            if not replace and row.removed_at is None:
                raise StorageError(
                    translate("FrameworkStore", "'{name}' is installed already").format(
                        name=row.name
                    )
                )
            if expected_hash is not None and row.content_hash != expected_hash:
                raise FrameworkChangedError(
                    translate(
                        "FrameworkStore",
                        "'{name}' was changed by someone else meanwhile (now version {version}); "
                        "nothing was saved. Look at the new version and try again.",
                    ).format(name=row.name, version=row.version)
                )
            _fill(row, record, document, now)
    except IntegrityError:
        raise StorageError(
            translate(
                "FrameworkStore",
                "another client installed '{name}' at the same moment; nothing was saved",
            ).format(name=record.name)
        ) from None


def install_in(session: Session, record: InstalledFramework, document: str) -> bool:
    """Install a framework in the caller's transaction (with an exchange file's import): a new
    row, or a removed one brought back. True when it was written; False when the same version
    is installed already. Refused with :class:`StorageError` when another client installed
    other content under this id meanwhile (the caller's transaction then changes nothing)."""
    now = utc_now()
    row = session.get(StoredFramework, record.id, with_for_update=True)
    if row is None:
        session.add(_new_row(record, document, now))
        session.flush()  # a row another client just added fails here, not at the commit
        return True
    if row.removed_at is not None:
        _fill(row, record, document, now)
        return True
    if row.content_hash == record.content_hash:
        return False
    raise StorageError(
        translate(
            "FrameworkStore",
            "another client installed '{name}' (version {version}) meanwhile; nothing was "
            "saved. Try again.",
        ).format(name=row.name, version=row.version)
    )


def _new_row(record: InstalledFramework, document: str, now: datetime) -> StoredFramework:
    return StoredFramework(
        id=record.id,
        version=record.version,
        name=record.name,
        document=document,
        content_hash=record.content_hash,
        import_format=record.import_format,
        source_files="\n".join(record.source_files),
        installed_at=now,
        updated_at=now,
    )


def _fill(row: StoredFramework, record: InstalledFramework, document: str, now: datetime) -> None:
    row.version = record.version
    row.name = record.name
    row.document = document
    row.content_hash = record.content_hash
    row.import_format = record.import_format
    row.source_files = "\n".join(record.source_files)
    row.updated_at = now
    row.removed_at = None


def remove_framework(database: Database, framework_id: str, *, archive_people: bool) -> bool:
    """Remove an installed framework; True when its row was deleted.

    People not archived who use it (by profile or by an assessment) refuse the removal with
    :class:`FrameworkInUseError`, unless ``archive_people``: then they are archived in the same
    transaction. When assessments still refer to it, the framework is kept hidden (its history
    stays readable, drafts included) rather than deleted.
    """
    with database.write() as session:
        row = session.get(StoredFramework, framework_id, with_for_update=True)
        if row is None:
            raise StorageError(
                translate("FrameworkStore", "no installed framework '{id}'").format(id=framework_id)
            )
        assessed = select(Assessment.person_id).where(Assessment.framework_id == framework_id)
        users = list(
            session.scalars(
                select(Person).where(
                    Person.archived_at.is_(None),
                    or_(Person.framework_id == framework_id, Person.id.in_(assessed)),
                )
            )
        )
        assessments = session.scalar(
            select(func.count())
            .select_from(Assessment)
            .where(Assessment.framework_id == framework_id)
        )
        if users and not archive_people:
            live = session.scalar(
                select(func.count())
                .select_from(Assessment)
                .where(
                    Assessment.framework_id == framework_id,
                    Assessment.person_id.in_([p.id for p in users]),
                )
            )
            raise FrameworkInUseError(row.name, len(users), int(live or 0))
        if users:
            session.execute(
                update(Person)
                .where(Person.id.in_([p.id for p in users]))
                .values(archived_at=utc_now(), version=Person.version + 1)
            )
        if assessments or session.scalar(
            select(func.count()).select_from(Person).where(Person.framework_id == framework_id)
        ):
            row.removed_at = utc_now()
            return False
        session.delete(row)
        return True
