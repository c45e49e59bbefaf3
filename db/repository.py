"""Read and write people, assessments and ratings. Each change is its own short transaction.

Callers get plain records from ``core.assessment``; no ORM object or session leaves this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.assessment import (
    STATUS_COMPLETED,
    STATUS_DRAFT,
    AssessmentInfo,
    PersonInfo,
    SkillRating,
)
from core.framework import Framework
from core.snapshot import role_snapshot
from db.database import Database
from db.errors import StorageError
from db.models import Assessment, Person, Rating, utc_now

__all__ = ["Repository", "StorageError"]

MAX_NAME_LENGTH = 200
_ASSESSMENT_COLUMNS = (
    Assessment.id,
    Assessment.person_id,
    Assessment.role_id,
    Assessment.framework_id,
    Assessment.framework_version,
    Assessment.target_level,
    Assessment.status,
    Assessment.started_at,
    Assessment.completed_at,
    Assessment.role_snapshot,
)


def _person_info(person: Person) -> PersonInfo:
    return PersonInfo(person.id, person.name, person.is_sample, person.notes)


def _read_assessments(session: Session, condition: ColumnElement[bool]) -> list[AssessmentInfo]:
    """Assessments matching ``condition`` with their ratings, oldest first.

    Two plain queries rather than ORM objects: histories can be long.
    """
    rows = session.execute(
        select(*_ASSESSMENT_COLUMNS).where(condition).order_by(Assessment.started_at, Assessment.id)
    ).all()
    ratings: dict[int, dict[str, SkillRating]] = {row.id: {} for row in rows}
    rating_rows = session.execute(
        select(Rating.assessment_id, Rating.skill_id, Rating.level_id, Rating.is_rated, Rating.note)
        .join(Assessment, Rating.assessment_id == Assessment.id)
        .where(condition)
    )
    for assessment_id, skill_id, level_id, is_rated, note in rating_rows:
        ratings[assessment_id][skill_id] = SkillRating(skill_id, level_id, is_rated, note)
    return [
        AssessmentInfo(
            id=row.id,
            person_id=row.person_id,
            role_id=row.role_id,
            framework_id=row.framework_id,
            framework_version=row.framework_version,
            target_level=row.target_level,
            status=row.status,
            started_at=row.started_at,
            completed_at=row.completed_at,
            ratings=ratings[row.id],
            role_snapshot=row.role_snapshot,
        )
        for row in rows
    ]


class Repository:
    """The app's data, over one open :class:`Database`."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # --- people -----------------------------------------------------------------------------

    def people(self) -> list[PersonInfo]:
        """Everyone, by name."""
        with self.database.sessions() as session:
            rows = session.scalars(select(Person).order_by(func.lower(Person.name)))
            return [_person_info(p) for p in rows]

    def person_by_name(self, name: str) -> PersonInfo | None:
        """The person with exactly this name, if any."""
        with self.database.sessions() as session:
            person = session.scalar(select(Person).where(Person.name == name.strip()))
            return _person_info(person) if person else None

    def add_person(self, name: str, *, is_sample: bool = False) -> PersonInfo:
        """Create a person; names are unique and not empty."""
        name = name.strip()
        if not name:
            raise StorageError("a person needs a name")
        if len(name) > MAX_NAME_LENGTH:
            raise StorageError(f"a name can have at most {MAX_NAME_LENGTH} characters")
        try:
            with self.database.sessions.begin() as session:
                person = Person(name=name, is_sample=is_sample, notes="")
                session.add(person)
                session.flush()
                return _person_info(person)
        except IntegrityError:
            raise StorageError(f"there is already a person called '{name}'") from None

    def delete_person(self, person_id: int) -> None:
        """Delete a person and their whole history."""
        with self.database.sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise StorageError(f"no person with id {person_id}")
            session.delete(person)

    # --- assessments ------------------------------------------------------------------------

    def _load(self, session: Session, assessment_id: int) -> Assessment:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise StorageError(f"no assessment with id {assessment_id}")
        return assessment

    def _editable(self, session: Session, assessment_id: int) -> Assessment:
        assessment = self._load(session, assessment_id)
        if assessment.status == STATUS_COMPLETED:
            raise StorageError("a completed assessment cannot be changed")
        return assessment

    def assessment(self, assessment_id: int) -> AssessmentInfo:
        """One assessment with its ratings."""
        with self.database.sessions() as session:
            found = _read_assessments(session, Assessment.id == assessment_id)
        if not found:
            raise StorageError(f"no assessment with id {assessment_id}")
        return found[0]

    def assessments(self, person_id: int, role_id: str | None = None) -> list[AssessmentInfo]:
        """A person's assessments (optionally for one role), oldest first."""
        condition = Assessment.person_id == person_id
        if role_id is not None:
            condition = condition & (Assessment.role_id == role_id)
        with self.database.sessions() as session:
            return _read_assessments(session, condition)

    def roles_assessed(self, person_id: int) -> list[str]:
        """Role ids the person has assessments for, most recently started first."""
        query = (
            select(Assessment.role_id, func.max(Assessment.started_at))
            .where(Assessment.person_id == person_id)
            .group_by(Assessment.role_id)
            .order_by(func.max(Assessment.started_at).desc())
        )
        with self.database.sessions() as session:
            return [row[0] for row in session.execute(query)]

    def draft(self, person_id: int, role_id: str) -> AssessmentInfo | None:
        """The person's open draft for the role, if there is one."""
        query = (
            select(Assessment)
            .where(
                Assessment.person_id == person_id,
                Assessment.role_id == role_id,
                Assessment.status == STATUS_DRAFT,
            )
            .order_by(Assessment.started_at.desc(), Assessment.id.desc())
        )
        with self.database.sessions() as session:
            assessment_id = session.scalars(query.with_only_columns(Assessment.id)).first()
        return self.assessment(assessment_id) if assessment_id is not None else None

    def start_assessment(
        self,
        person_id: int,
        framework: Framework,
        role_id: str,
        target_level: str,
        *,
        started_at: datetime | None = None,
        carry_from: AssessmentInfo | None = None,
    ) -> AssessmentInfo:
        """Open a draft; ``carry_from`` copies an earlier assessment's ratings and notes."""
        framework.role(role_id)
        framework.level(target_level)
        with self.database.sessions.begin() as session:
            if session.get(Person, person_id) is None:
                raise StorageError(f"no person with id {person_id}")
            assessment = Assessment(
                person_id=person_id,
                role_id=role_id,
                framework_id=framework.id,
                framework_version=framework.version,
                target_level=target_level,
                status=STATUS_DRAFT,
                started_at=started_at or utc_now(),
            )
            if carry_from is not None:
                skills = set(framework.role(role_id).skill_ids)
                assessment.ratings = [
                    Rating(skill_id=r.skill_id, level_id=r.level_id, is_rated=r.rated, note=r.note)
                    for r in carry_from.ratings.values()
                    if r.skill_id in skills
                ]
            session.add(assessment)
            session.flush()
            new_id = assessment.id
        return self.assessment(new_id)

    def _rating_row(self, session: Session, assessment: Assessment, skill_id: str) -> Rating:
        row = session.scalar(
            select(Rating).where(Rating.assessment_id == assessment.id, Rating.skill_id == skill_id)
        )
        if row is None:
            row = Rating(assessment_id=assessment.id, skill_id=skill_id, is_rated=False, note="")
            session.add(row)
        return row

    def set_rating(
        self, assessment_id: int, skill_id: str, level_id: str | None, rated: bool
    ) -> None:
        """Record a rating (``rated`` False clears it; ``level_id`` None means "not yet")."""
        with self.database.sessions.begin() as session:
            row = self._rating_row(session, self._editable(session, assessment_id), skill_id)
            row.level_id = level_id if rated else None
            row.is_rated = rated
            row.updated_at = utc_now()

    def set_note(self, assessment_id: int, skill_id: str, note: str) -> None:
        """Record the note/evidence for a skill."""
        with self.database.sessions.begin() as session:
            row = self._rating_row(session, self._editable(session, assessment_id), skill_id)
            row.note = note
            row.updated_at = utc_now()

    def set_target(self, assessment_id: int, target_level: str) -> None:
        """Change the target level of a draft."""
        with self.database.sessions.begin() as session:
            self._editable(session, assessment_id).target_level = target_level

    def complete(
        self, assessment_id: int, framework: Framework, *, completed_at: datetime | None = None
    ) -> AssessmentInfo:
        """Freeze a draft with its date and a snapshot of the role as rated."""
        with self.database.sessions.begin() as session:
            assessment = self._editable(session, assessment_id)
            assessment.status = STATUS_COMPLETED
            assessment.completed_at = completed_at or utc_now()
            assessment.role_snapshot = role_snapshot(framework, assessment.role_id)
        return self.assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete one assessment and its ratings."""
        with self.database.sessions.begin() as session:
            session.delete(self._load(session, assessment_id))

    def counts(self) -> dict[str, int]:
        """Row counts per table (for checks and the CLI)."""
        with self.database.sessions() as session:
            return {
                "people": session.scalar(select(func.count(Person.id))) or 0,
                "assessments": session.scalar(select(func.count(Assessment.id))) or 0,
                "ratings": session.scalar(select(func.count(Rating.id))) or 0,
            }
