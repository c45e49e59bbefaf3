"""Changes to the data through the SQLAlchemy ORM, each in its own short transaction.

Imported on the first write (or in idle time after the first screen), never at start-up.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.assessment import (
    SOURCE_IMPORTED,
    STATUS_COMPLETED,
    STATUS_DRAFT,
    AssessmentInfo,
    PersonInfo,
)
from core.framework import Framework
from core.goals import MAX_ACTION_LENGTH, GoalStatus
from core.meetings import MAX_ITEM_LENGTH
from core.meetings import ActionItem as ActionItemInfo
from core.snapshot import role_snapshot, snapshot_key
from db.database import Database
from db.errors import StorageError
from db.models import (
    ActionItem,
    Assessment,
    Goal,
    ManagerRating,
    Meeting,
    Person,
    Rating,
    RoleSnapshot,
    new_uid,
    utc_now,
)

MAX_NAME_LENGTH = 200


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise StorageError("a person needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise StorageError(f"a name can have at most {MAX_NAME_LENGTH} characters")
    return name


def stored_snapshot_id(session: Session, framework: Framework, role_id: str) -> int:
    """The id of the stored snapshot of ``role_id`` as ``framework`` has it, stored now if this
    version of the role was never frozen before (each distinct text is kept once)."""
    document = role_snapshot(framework, role_id)
    key = snapshot_key(document)
    found = session.scalar(select(RoleSnapshot.id).where(RoleSnapshot.content_hash == key))
    if found is not None:
        return found
    row = RoleSnapshot(content_hash=key, document=document)
    session.add(row)
    session.flush()
    return row.id


def drop_unused_snapshots(session: Session, snapshot_ids: set[int | None]) -> None:
    """Delete the stored role versions among ``snapshot_ids`` that no assessment refers to any
    more, in the caller's transaction (called after it deleted or reopened assessments)."""
    ids = {i for i in snapshot_ids if i is not None}
    if not ids:
        return
    session.flush()
    statement = (
        delete(RoleSnapshot)
        .where(RoleSnapshot.id.in_(ids))
        .where(~exists().where(Assessment.snapshot_id == RoleSnapshot.id))
    )
    try:
        # In a team database, row-level security hides other managers' assessments from the
        # NOT EXISTS above; a version they still use is then kept by its foreign key. A
        # savepoint lets that refusal leave the rest of the transaction intact.
        with session.begin_nested():
            session.execute(statement, execution_options={"synchronize_session": False})
    except IntegrityError:
        pass  # still in use (by assessments this login cannot see): kept


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise StorageError(f"no person with id {person_id}")
    return person


def _load(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise StorageError(f"no assessment with id {assessment_id}")
    return assessment


def _editable(session: Session, assessment_id: int) -> Assessment:
    assessment = _load(session, assessment_id)
    if assessment.status == STATUS_COMPLETED:
        raise StorageError("a completed assessment cannot be changed")
    return assessment


def _rating_row(session: Session, assessment: Assessment, skill_id: str) -> Rating:
    row = session.scalar(
        select(Rating).where(Rating.assessment_id == assessment.id, Rating.skill_id == skill_id)
    )
    if row is None:
        row = Rating(assessment_id=assessment.id, skill_id=skill_id, is_rated=False, note="")
        session.add(row)
    return row


class Writer:
    """Every change the app makes, over one :class:`Database`."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def add_person(self, name: str, *, is_sample: bool = False) -> PersonInfo:
        """Create a person; names are unique and not empty."""
        name = _checked_name(name)
        try:
            with self.database.write() as session:
                person = Person(
                    name=name,
                    is_sample=is_sample,
                    notes="",
                    uid=new_uid(),
                    manager_login=self.database.login,  # in a team database: mine
                )
                session.add(person)
                session.flush()
                return PersonInfo(
                    person.id, person.name, person.is_sample, person.notes, uid=person.uid
                )
        except IntegrityError:
            raise StorageError(f"there is already a person called '{name}'") from None

    def update_profile(
        self,
        person_id: int,
        *,
        name: str,
        role_id: str | None,
        current_level: str | None,
        target_level: str | None,
        start_date: date | None,
        notes: str,
    ) -> None:
        """Change a person's profile."""
        name = _checked_name(name)
        try:
            with self.database.write() as session:
                person = _person(session, person_id)
                person.name = name
                person.role_id = role_id
                person.current_level = current_level
                person.target_level = target_level
                person.start_date = start_date
                person.notes = notes
        except IntegrityError:
            raise StorageError(f"there is already a person called '{name}'") from None

    def set_role(self, person_id: int, role_id: str | None, target_level: str | None) -> None:
        """Set the role and target a person is assessed against (their profile's)."""
        with self.database.write() as session:
            person = _person(session, person_id)
            person.role_id = role_id
            person.target_level = target_level

    def set_owner(self, person_id: int | None) -> None:
        """Make this person the owner of the data folder ("this is me"); None: nobody."""
        with self.database.write() as session:
            if person_id is not None:
                _person(session, person_id)
            for person in session.scalars(select(Person).where(Person.is_owner.is_(True))):
                person.is_owner = False
            session.flush()
            if person_id is not None:
                _person(session, person_id).is_owner = True

    def set_archived(self, person_id: int, archived: bool) -> None:
        """Archive a person who left (history kept), or bring them back."""
        with self.database.write() as session:
            person = _person(session, person_id)
            if archived and person.archived_at is None:
                person.archived_at = utc_now()
            elif not archived:
                person.archived_at = None

    def delete_person(self, person_id: int) -> None:
        """Delete a person and their whole history."""
        with self.database.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise StorageError(f"no person with id {person_id}")
            used = set(
                session.scalars(
                    select(Assessment.snapshot_id).where(Assessment.person_id == person_id)
                )
            )
            session.delete(person)
            drop_unused_snapshots(session, used)

    def start_assessment(
        self,
        person_id: int,
        framework: Framework,
        role_id: str,
        target_level: str,
        started_at: datetime | None,
        carry_from: AssessmentInfo | None,
    ) -> int:
        """Open a draft and return its id."""
        framework.role(role_id)
        framework.level(target_level)
        with self.database.write() as session:
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
            return assessment.id

    def set_rating(
        self, assessment_id: int, skill_id: str, level_id: str | None, rated: bool
    ) -> None:
        """Record a rating (``rated`` False clears it; ``level_id`` None means "not yet")."""
        with self.database.write() as session:
            row = _rating_row(session, _editable(session, assessment_id), skill_id)
            row.level_id = level_id if rated else None
            row.is_rated = rated
            row.updated_at = utc_now()

    def set_note(self, assessment_id: int, skill_id: str, note: str) -> None:
        """Record the note/evidence for a skill."""
        with self.database.write() as session:
            row = _rating_row(session, _editable(session, assessment_id), skill_id)
            row.note = note
            row.updated_at = utc_now()

    def set_target(self, assessment_id: int, target_level: str) -> None:
        """Change the target level of a draft."""
        with self.database.write() as session:
            _editable(session, assessment_id).target_level = target_level

    def complete(
        self, assessment_id: int, framework: Framework, completed_at: datetime | None
    ) -> None:
        """Freeze a draft with its date and a snapshot of the role as rated."""
        with self.database.write() as session:
            assessment = _editable(session, assessment_id)
            assessment.status = STATUS_COMPLETED
            assessment.completed_at = completed_at or utc_now()
            assessment.snapshot_id = stored_snapshot_id(session, framework, assessment.role_id)

    def reopen(self, assessment_id: int, *, record: bool = True) -> None:
        """Turn a completed assessment back into a draft, recording when and how often
        (``record`` False: undoing a completion that was just made, nothing to record)."""
        with self.database.write() as session:
            assessment = _load(session, assessment_id)
            if assessment.status != STATUS_COMPLETED:
                raise StorageError("this assessment is not completed")
            other = session.scalar(
                select(Assessment.id).where(
                    Assessment.person_id == assessment.person_id,
                    Assessment.role_id == assessment.role_id,
                    Assessment.status == STATUS_DRAFT,
                )
            )
            if other is not None:
                raise StorageError(
                    "there is already a draft for this role; complete or discard it first"
                )
            assessment.status = STATUS_DRAFT
            assessment.completed_at = None
            frozen, assessment.snapshot_id = assessment.snapshot_id, None
            drop_unused_snapshots(session, {frozen})
            if record:
                assessment.reopened_at = utc_now()
                assessment.reopen_count = (assessment.reopen_count or 0) + 1

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete one assessment and its ratings."""
        with self.database.write() as session:
            assessment = _load(session, assessment_id)
            session.delete(assessment)
            drop_unused_snapshots(session, {assessment.snapshot_id})

    # --- goals ------------------------------------------------------------------------------

    def add_goal(
        self,
        person_id: int,
        skill_id: str,
        action: str,
        *,
        due: date | None,
        status: GoalStatus,
        level_id: str | None,
        created_at: datetime | None = None,
    ) -> int:
        """Create a goal and return its id."""
        with self.database.write() as session:
            if session.get(Person, person_id) is None:
                raise StorageError(f"no person with id {person_id}")
            now = created_at or utc_now()
            goal = Goal(
                person_id=person_id,
                skill_id=skill_id,
                action=_checked_action(action),
                status=status.value,
                due=due,
                level_id=level_id,
                created_at=now,
                updated_at=now,
                done_at=now if status is GoalStatus.DONE else None,
            )
            session.add(goal)
            session.flush()
            return goal.id

    def update_goal(
        self,
        goal_id: int,
        *,
        action: str,
        due: date | None,
        status: GoalStatus,
        level_id: str | None,
    ) -> None:
        """Change a goal; marking it done records when, reopening it clears that."""
        with self.database.write() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise StorageError(f"no goal with id {goal_id}")
            now = utc_now()
            if status is GoalStatus.DONE and goal.status != GoalStatus.DONE.value:
                goal.done_at = now
            elif status is not GoalStatus.DONE:
                goal.done_at = None
            goal.action = _checked_action(action)
            goal.status = status.value
            goal.due = due
            goal.level_id = level_id
            goal.updated_at = now

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal."""
        with self.database.write() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise StorageError(f"no goal with id {goal_id}")
            session.delete(goal)

    # --- manager ratings, meetings, action items -----------------------------------------------

    def set_manager_rating(
        self, assessment_id: int, skill_id: str, level_id: str | None, rated: bool
    ) -> None:
        """Record the manager's rating of a skill (completed assessments included)."""
        with self.database.write() as session:
            _load(session, assessment_id)
            row = session.scalar(
                select(ManagerRating).where(
                    ManagerRating.assessment_id == assessment_id,
                    ManagerRating.skill_id == skill_id,
                )
            )
            if row is not None and row.source == SOURCE_IMPORTED:
                raise StorageError(
                    "this manager rating came in someone else's file; it is read-only"
                )
            if row is None:
                row = ManagerRating(assessment_id=assessment_id, skill_id=skill_id, note="")
                session.add(row)
            row.level_id = level_id if rated else None
            row.is_rated = rated
            row.updated_at = utc_now()

    def add_meeting(
        self, person_id: int, held_on: date, notes: str, assessment_id: int | None
    ) -> int:
        """Record a one-on-one and return its id."""
        with self.database.write() as session:
            _person(session, person_id)
            meeting = Meeting(
                person_id=person_id, held_on=held_on, notes=notes, assessment_id=assessment_id
            )
            session.add(meeting)
            session.flush()
            return meeting.id

    def update_meeting(self, meeting_id: int, *, held_on: date, notes: str) -> None:
        """Change a meeting's date or notes."""
        with self.database.write() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise StorageError(f"no meeting with id {meeting_id}")
            meeting.held_on = held_on
            meeting.notes = notes

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting; its action items stay with the person."""
        with self.database.write() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise StorageError(f"no meeting with id {meeting_id}")
            session.delete(meeting)

    def add_action_item(self, person_id: int, meeting_id: int | None, text: str) -> int:
        """Record an action item agreed in a meeting, last in the person's order."""
        text = _checked_item_text(text)
        with self.database.write() as session:
            _person(session, person_id)
            last = session.scalar(
                select(func.max(ActionItem.position)).where(ActionItem.person_id == person_id)
            )
            item = ActionItem(
                person_id=person_id, meeting_id=meeting_id, text=text, position=(last or 0) + 1
            )
            session.add(item)
            session.flush()
            return item.id

    def update_action_item(self, item_id: int, text: str) -> None:
        """Change an action item's text."""
        text = _checked_item_text(text)
        with self.database.write() as session:
            _action_item(session, item_id).text = text

    def delete_action_item(self, item_id: int) -> None:
        """Delete an action item."""
        with self.database.write() as session:
            session.delete(_action_item(session, item_id))

    def restore_action_item(self, item: ActionItemInfo) -> None:
        """Put a deleted action item back as it was (same id and order), to undo a delete.

        A meeting deleted in the meantime is forgotten, as deleting it would have done.
        """
        with self.database.write() as session:
            _person(session, item.person_id)
            if session.get(ActionItem, item.id) is not None:
                raise StorageError(f"action item {item.id} already exists")

            def existing(meeting_id: int | None) -> int | None:
                found = meeting_id is not None and session.get(Meeting, meeting_id) is not None
                return meeting_id if found else None

            session.add(
                ActionItem(
                    id=item.id,
                    person_id=item.person_id,
                    meeting_id=existing(item.meeting_id),
                    text=item.text,
                    position=item.position,
                    created_at=item.created_at or utc_now(),
                    done_at=item.done_at,
                    done_meeting_id=existing(item.done_meeting_id),
                )
            )

    def reorder_action_items(self, ordered_ids: list[int]) -> None:
        """Put these items (of one person) in this order, in the places they held between
        them; the person's other items keep theirs."""
        with self.database.write() as session:
            items = [_action_item(session, item_id) for item_id in ordered_ids]
            if len({item.person_id for item in items}) > 1:
                raise StorageError("action items of different people cannot be reordered")
            slots = sorted(item.position for item in items)
            for item, position in zip(items, slots, strict=True):
                item.position = position

    def set_action_done(self, item_id: int, done: bool, meeting_id: int | None = None) -> None:
        """Tick an action item off (in ``meeting_id``, if ticked in a meeting), or reopen it."""
        with self.database.write() as session:
            item = _action_item(session, item_id)
            if done:
                if item.done_at is None:
                    item.done_at = utc_now()
                    item.done_meeting_id = meeting_id
            else:
                item.done_at = None
                item.done_meeting_id = None


def _action_item(session: Session, item_id: int) -> ActionItem:
    item = session.get(ActionItem, item_id)
    if item is None:
        raise StorageError(f"no action item with id {item_id}")
    return item


def _checked_item_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise StorageError("an action item needs some text")
    if len(text) > MAX_ITEM_LENGTH:
        raise StorageError(f"an action item can have at most {MAX_ITEM_LENGTH} characters")
    return text


def _checked_action(action: str) -> str:
    action = action.strip()
    if not action:
        raise StorageError("a goal needs an action")
    if len(action) > MAX_ACTION_LENGTH:
        raise StorageError(f"a goal's action can have at most {MAX_ACTION_LENGTH} characters")
    return action
