"""Importing an exchange file: all or nothing, in one transaction, after a backup.

The file's framework is looked up in the library; a framework the file carries is installed
in the same transaction as the assessment, only when the user asked for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.assessment import SOURCE_IMPORTED, STATUS_COMPLETED
from core.errors import Problem
from core.exchange import (
    ExchangeAssessment,
    ExchangeError,
    Fit,
    fit_to_framework,
    installed_framework,
    not_installed,
)
from core.framework import Framework
from core.framework_library import (
    FrameworkLibrary,
    InstalledFramework,
    content_hash,
    document_text,
)
from core.i18n import translate
from db.database import Database
from db.errors import StorageError, no_person_with_id
from db.models import Assessment, Goal, ManagerRating, Person, Rating, utc_now
from db.repository import Repository, require_valid_text
from db.writes import MAX_NAME_LENGTH, stored_snapshot_id


def _find_person(
    session: Session, exchange: ExchangeAssessment, name: str, person_id: int | None
) -> Person | None:
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise StorageError(no_person_with_id(person_id))
        taken = exchange.person_uid and session.scalar(
            select(Person.id).where(Person.uid == exchange.person_uid)
        )
        if exchange.person_uid and not taken:
            # Chosen by the user: link them, so later files from this person find them at once
            # (and files sent back to the person find them in their own data).
            person.uid = exchange.person_uid
        return person
    if exchange.person_uid:
        person = session.scalar(select(Person).where(Person.uid == exchange.person_uid))
        if person is not None:
            return person
    return session.scalar(select(Person).where(Person.name == name))


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    person_id: int
    person_name: str
    assessment_id: int
    created: bool
    manager_ratings: int
    """Manager ratings added or changed (those already as the file says are not counted)."""
    goals_added: int
    note: str | None
    installed: str | None = None
    """The framework installed with the import ("name version"), if one was."""

    def summary(self, person_name: str | None = None) -> str:
        """One or two sentences for the user (``person_name`` defaults to the profile's name
        at the import; nothing is read back from the file after it committed)."""
        name = person_name or self.person_name
        ratings, goals = self.manager_ratings, self.goals_added
        extras = []
        if ratings:
            extras.append(translate("Storage", "%n manager rating(s)", None, ratings))
        if goals:
            extras.append(translate("Storage", "%n goal(s)", None, goals))
        added = translate("Storage", " and ").join(extras)
        if self.created and extras:
            text = translate(
                "Storage", "Imported the assessment into {name}'s profile ({added} added)."
            )
        elif self.created:
            text = translate("Storage", "Imported the assessment into {name}'s profile.")
        elif extras:
            text = translate(
                "Storage",
                "{name} already has this assessment; nothing was duplicated ({added} added or "
                "updated).",
            )
        else:
            text = translate(
                "Storage",
                "{name} already has this assessment; nothing was duplicated and nothing changed.",
            )
        text = text.format(name=name, added=added)
        if self.installed:
            text = translate(
                "Storage", "Installed the framework {framework} from the file. {imported}"
            ).format(framework=self.installed, imported=text)
        if self.note and self.created:
            text += f"\n\n{self.note}"
        return text


def needs_consent(exchange: ExchangeAssessment, file_name: str) -> ExchangeError:
    """The refusal of a file whose framework is not installed but carried, when installing it
    was not asked for."""
    framework = exchange.carried
    return ExchangeError([Problem(file_name, translate(
        "Storage",
        "made with {framework} {version}, which is not installed here; the file carries it. "
        "Import it again and choose to install it (in the window: Install and import; on the "
        "command line: --install-framework)",
    ).format(framework=framework.name if framework else exchange.framework_id,
             version=exchange.framework_version), None, ("framework", "id"))])  # fmt: skip


def import_exchange(
    repository: Repository,
    library: FrameworkLibrary,
    exchange: ExchangeAssessment,
    file_name: str,
    *,
    person_name: str | None = None,
    person_id: int | None = None,
    install: bool = False,
) -> ImportResult:
    """Import ``exchange`` (read with ``library`` as ``against``) against the framework it
    names: the installed one, else (with ``install``) the one it carries, installed in the same
    transaction. A framework neither installed nor carried, or carried without ``install``,
    refuses the file with :class:`ExchangeError`; nothing is written then."""
    framework = installed_framework(library, exchange.framework_id)
    carried = None
    if framework is None:
        if exchange.carried is None:
            raise ExchangeError([Problem(
                file_name, not_installed(exchange.framework_id, exchange.framework_version),
                None, ("framework", "id"),
            )])  # fmt: skip
        if not install:
            raise needs_consent(exchange, file_name)
        carried = framework = exchange.carried
    profile_framework = None if exchange.framework_id == library.default_id else framework.id
    try:
        return import_assessment(
            repository, framework, exchange, file_name, person_name=person_name,
            person_id=person_id, profile_framework=profile_framework, install=carried,
        )  # fmt: skip
    finally:
        if carried is not None:
            library.refresh()


def import_assessment(
    repository: Repository,
    framework: Framework,
    exchange: ExchangeAssessment,
    file_name: str,
    *,
    person_name: str | None = None,
    person_id: int | None = None,
    profile_framework: str | None = None,
    install: Framework | None = None,
) -> ImportResult:
    """Import ``exchange`` into a person's profile: ``person_id`` if given, else the person the
    file names by identity, else by ``person_name`` (default: the file's name), else a new one.

    A new person, or one without a role, takes the file's role (of ``profile_framework``'s
    framework: None for the default one) and target level.

    The same assessment (same ``uid``) is never duplicated: importing it again only adds the
    manager ratings the file carries. ``install`` (the framework the file carries, which is
    ``framework``) is installed with it. Everything happens in one transaction, after a backup.
    """
    fit = fit_to_framework(exchange, framework, file_name)
    name = (person_name or exchange.person_name).strip()
    require_valid_text(name)
    if not name or len(name) > MAX_NAME_LENGTH:
        raise StorageError(
            translate("Storage", "'{name}' cannot be a person's name").format(name=name[:40])
        )
    database = repository.database
    database.backup("import")  # a no-op on a server, whose backups are its own
    try:
        return _write(database, framework, exchange, fit, name, person_id, profile_framework,
                      install, file_name)  # fmt: skip
    except IntegrityError:
        if install is None:
            raise
        raise StorageError(
            translate(
                "Storage",
                "another client installed '{name}' at the same moment; nothing was imported. "
                "Import the file again.",
            ).format(name=install.name)
        ) from None


def _installed_record(framework: Framework, file_name: str) -> tuple[InstalledFramework, str]:
    """What installing ``framework`` from an exchange file stores (as the library would)."""
    text = document_text(framework)
    original = framework.original or framework
    record = InstalledFramework(
        id=framework.id, version=framework.version, name=original.name,
        content_hash=content_hash(text), import_format="native",
        source_files=(PurePath(file_name).name,),
    )  # fmt: skip
    return record, text


def _write(
    database: Database,
    framework: Framework,
    exchange: ExchangeAssessment,
    fit: Fit,
    name: str,
    person_id: int | None,
    profile_framework: str | None,
    install: Framework | None,
    file_name: str,
) -> ImportResult:
    installed = None
    with database.write() as session:
        if install is not None:
            from db.framework_store import install_in

            record, text = _installed_record(install, file_name)
            if install_in(session, record, text):
                installed = f"{record.name} {record.version}"
        person = _find_person(session, exchange, name, person_id)
        if person is None:
            person = Person(name=name, notes="", is_sample=False, role_id=exchange.role_id,
                            framework_id=profile_framework,
                            target_level=exchange.target_level)  # fmt: skip
            taken = exchange.person_uid and session.scalar(
                select(Person.id).where(Person.uid == exchange.person_uid)
            )
            if exchange.person_uid and not taken:
                person.uid = exchange.person_uid  # later files from this person find them
            session.add(person)
            session.flush()
        elif person.role_id is None:
            _take_role(person, framework, exchange, profile_framework)
        assessment = session.scalar(select(Assessment).where(Assessment.uid == exchange.uid))
        created = assessment is None
        if assessment is not None and assessment.person_id != person.id:
            owner = session.get(Person, assessment.person_id)
            raise StorageError(
                translate(
                    "Storage",
                    "this assessment is already in the profile of '{owner}'; import it there, "
                    "not into '{name}'",
                ).format(owner=owner.name if owner else "?", name=name)
            )
        if assessment is None:
            assessment = Assessment(
                uid=exchange.uid, person_id=person.id, role_id=exchange.role_id,
                framework_id=exchange.framework_id, framework_version=exchange.framework_version,
                target_level=exchange.target_level, status=exchange.status,
                started_at=exchange.started_at, completed_at=exchange.completed_at,
                source=SOURCE_IMPORTED, import_note=fit.note(exchange, framework),
            )  # fmt: skip
            if exchange.status == STATUS_COMPLETED:
                assessment.snapshot_id = stored_snapshot_id(session, framework, exchange.role_id)
            assessment.ratings = [
                Rating(skill_id=r.skill_id, level_id=r.level_id, is_rated=r.rated, note=r.note)
                for r in fit.ratings
            ]
            session.add(assessment)
            session.flush()
        manager_count = 0
        if exchange.exported_by == "manager":
            for rating in fit.manager_ratings:
                row = session.scalar(
                    select(ManagerRating).where(
                        ManagerRating.assessment_id == assessment.id,
                        ManagerRating.skill_id == rating.skill_id,
                    )
                )
                if row is None:
                    row = ManagerRating(assessment_id=assessment.id, skill_id=rating.skill_id)
                    session.add(row)
                elif (row.level_id, row.is_rated, row.note, row.source) == (
                    rating.level_id,
                    rating.rated,
                    rating.note,
                    SOURCE_IMPORTED,
                ):
                    continue  # already as the file says: not a change, its time is kept
                row.source = SOURCE_IMPORTED  # someone else's view: read-only here
                row.level_id, row.is_rated, row.note = rating.level_id, rating.rated, rating.note
                row.updated_at = utc_now()
                manager_count += 1
        existing = {
            (g.skill_id, g.action)
            for g in session.scalars(select(Goal).where(Goal.person_id == person.id))
        }
        added = 0
        for goal in fit.goals:
            if (goal.skill_id, goal.action) in existing:
                continue
            session.add(Goal(
                person_id=person.id, skill_id=goal.skill_id, action=goal.action,
                status=goal.status.value, due=goal.due, level_id=goal.level_id,
                done_at=utc_now() if goal.status.value == "done" else None,
            ))  # fmt: skip
            existing.add((goal.skill_id, goal.action))
            added += 1
        return ImportResult(person.id, person.name, assessment.id, created, manager_count, added,
                            fit.note(exchange, framework), installed)  # fmt: skip


def _take_role(
    person: Person, framework: Framework, exchange: ExchangeAssessment, stored: str | None
) -> None:
    """Give a profile without a role the file's role (and its target, unless the profile's
    own target is a level of that framework)."""
    person.role_id = exchange.role_id
    person.framework_id = stored
    if person.target_level not in {level.id for level in framework.levels}:
        person.target_level = exchange.target_level
