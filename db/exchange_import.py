"""Importing an exchange file: all or nothing, in one transaction, after a backup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.assessment import SOURCE_IMPORTED, STATUS_COMPLETED
from core.exchange import ExchangeAssessment, fit_to_framework
from core.framework import Framework
from core.i18n import translate
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
        if self.note and self.created:
            text += f"\n\n{self.note}"
        return text


def import_assessment(
    repository: Repository,
    framework: Framework,
    exchange: ExchangeAssessment,
    file_name: str,
    *,
    person_name: str | None = None,
    person_id: int | None = None,
) -> ImportResult:
    """Import ``exchange`` into a person's profile: ``person_id`` if given, else the person the
    file names by identity, else by ``person_name`` (default: the file's name), else a new one.

    The same assessment (same ``uid``) is never duplicated: importing it again only adds the
    manager ratings the file carries. Everything happens in one transaction, after a backup.
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
    with database.write() as session:
        person = _find_person(session, exchange, name, person_id)
        if person is None:
            person = Person(name=name, notes="", is_sample=False, role_id=exchange.role_id,
                            target_level=exchange.target_level)  # fmt: skip
            taken = exchange.person_uid and session.scalar(
                select(Person.id).where(Person.uid == exchange.person_uid)
            )
            if exchange.person_uid and not taken:
                person.uid = exchange.person_uid  # later files from this person find them
            session.add(person)
            session.flush()
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
                            fit.note(exchange, framework))  # fmt: skip
