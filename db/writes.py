"""Changes to the data through the SQLAlchemy ORM, each in its own short transaction.

Imported on the first write (or in idle time after the first screen), never at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.assessment import (
    SOURCE_IMPORTED,
    STATUS_COMPLETED,
    STATUS_DRAFT,
    AssessmentInfo,
    PersonInfo,
    SkillRating,
)
from core.framework import Framework
from core.goals import MAX_ACTION_LENGTH, GoalStatus
from core.i18n import translate
from core.meetings import MAX_ITEM_LENGTH
from core.meetings import ActionItem as ActionItemInfo
from core.snapshot import role_snapshot, snapshot_key
from db import queries
from db.database import Database
from db.errors import (
    ConflictError,
    StorageError,
    StorageUnavailableError,
    no_assessment_with_id,
    no_goal_with_id,
    no_person_with_id,
)
from db.integrity import StorageCondition
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
from db.sentinels import UNCHANGED, Unchanged

MAX_NAME_LENGTH = 200
Row = TypeVar("Row", Person, Goal, Meeting, ActionItem)


def dialect_insert(session: Session, model: type[Any]) -> Any:
    """An ``INSERT`` into ``model``'s table that can say ``ON CONFLICT`` on this engine."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model.__table__)


def _stored(session: Session) -> queries.Connection:
    """The read queries of :mod:`db.queries`, run inside this write's transaction."""
    return queries.EngineReader(session.connection())


def _locked(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    """The row, locked against other clients' writes until this transaction ends (on a server;
    SQLite's writes are serialised by BEGIN IMMEDIATE already)."""
    row = session.get(model, row_id, with_for_update=True)
    if row is None:
        missing = {
            "person": no_person_with_id,
            "goal": no_goal_with_id,
            "meeting": lambda i: translate("Storage", "no meeting with id {id}").format(id=i),
            "action item": lambda i: translate("Storage", "no action item with id {id}").format(
                id=i
            ),
        }
        raise StorageError(missing[what](row_id))
    return row


def _check_version(row: Any, expected: int | None, theirs: Any, mine: dict[str, Any]) -> None:
    """Refuse with a :class:`ConflictError` when ``expected`` is not the row's stored version.

    ``theirs`` reads the stored record (called only on a conflict); ``mine`` holds the fields
    this client meant to write.
    """
    if expected is None or row.version == expected:
        return
    stored = theirs()
    raise ConflictError(stored, replace(stored, **mine, version=expected))


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise StorageError(translate("Storage", "a person needs a name"))
    if len(name) > MAX_NAME_LENGTH:
        raise StorageError(
            translate("Storage", "a name can have at most {limit} characters").format(
                limit=MAX_NAME_LENGTH
            )
        )
    return name


def stored_snapshot_id(session: Session, framework: Framework, role_id: str) -> int:
    """The id of the stored snapshot of ``role_id`` as ``framework`` has it, stored now if this
    version of the role was never frozen before (each distinct text is kept once; two clients
    freezing the same new text at once store it once, neither fails)."""
    document = role_snapshot(framework, role_id)
    key = snapshot_key(document)
    found = session.scalar(select(RoleSnapshot.id).where(RoleSnapshot.content_hash == key))
    if found is not None:
        return found
    session.execute(
        dialect_insert(session, RoleSnapshot)
        .values(content_hash=key, document=document)
        .on_conflict_do_nothing(index_elements=["content_hash"])
    )
    return session.scalars(select(RoleSnapshot.id).where(RoleSnapshot.content_hash == key)).one()


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
        raise StorageError(no_person_with_id(person_id))
    return person


def _load(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise StorageError(no_assessment_with_id(assessment_id))
    return assessment


def _editable(session: Session, assessment_id: int) -> Assessment:
    assessment = _load(session, assessment_id)
    if assessment.status == STATUS_COMPLETED:
        raise StorageError(translate("Storage", "a completed assessment cannot be changed"))
    return assessment


_NEW_SKILL_ROW = {"level_id": None, "is_rated": False, "note": ""}


def _write_skill_row(
    session: Session,
    model: type[Rating] | type[ManagerRating],
    assessment_id: int,
    skill_id: str,
    values: dict[str, Any],
    expected: int | None,
) -> int | None:
    """Write ``values`` into the (self or manager) rating row of a skill in one statement,
    created if there is none, and return its new version; None when the stored version is not
    ``expected`` (0: no row yet), and then nothing was written.

    Atomic on both engines (INSERT … ON CONFLICT, or UPDATE … WHERE version = …): two clients
    rating the same new skill at once never collide on the unique key.
    """
    table = model.__table__
    values = {**values, "updated_at": utc_now()}
    if expected:  # the row the client saw, unless someone else changed it since
        statement: Any = (
            update(table)
            .where(
                table.c.assessment_id == assessment_id,
                table.c.skill_id == skill_id,
                table.c.version == expected,
            )
            .values(**values, version=table.c.version + 1)
        )
    else:
        statement = dialect_insert(session, model).values(
            assessment_id=assessment_id,
            skill_id=skill_id,
            **{**_NEW_SKILL_ROW, **values},
            version=1,
        )
        keys = ["assessment_id", "skill_id"]
        if expected == 0:  # the client saw no row: one written meanwhile is a conflict
            statement = statement.on_conflict_do_nothing(index_elements=keys)
        else:
            statement = statement.on_conflict_do_update(
                index_elements=keys, set_={**values, "version": table.c.version + 1}
            )
    return session.scalar(statement.returning(table.c.version))


def _stored_skill_rating(
    session: Session, model: type[Rating] | type[ManagerRating], assessment_id: int, skill_id: str
) -> SkillRating:
    """The rating row of a skill as stored now (unrated, version 0, when there is none)."""
    row = session.execute(
        select(model.level_id, model.is_rated, model.note, model.version).where(
            model.assessment_id == assessment_id, model.skill_id == skill_id
        )
    ).one_or_none()
    if row is None:
        return SkillRating(skill_id)
    return SkillRating(skill_id, row.level_id, bool(row.is_rated), row.note, row.version)


def _skill_write(
    session: Session,
    model: type[Rating] | type[ManagerRating],
    assessment_id: int,
    skill_id: str,
    values: dict[str, Any],
    expected: int | None,
) -> int:
    """:func:`_write_skill_row`, raising :class:`ConflictError` when the version differs."""
    version = _write_skill_row(session, model, assessment_id, skill_id, values, expected)
    if version is not None:
        return version
    theirs = _stored_skill_rating(session, model, assessment_id, skill_id)
    if "note" in values:
        mine: dict[str, Any] = {"note": values["note"]}
    else:
        mine = {"level_id": values["level_id"], "rated": values["is_rated"]}
    raise ConflictError(theirs, replace(theirs, **mine, version=expected or 0))


def _rating_values(level_id: str | None, rated: bool) -> dict[str, Any]:
    return {"level_id": level_id if rated else None, "is_rated": rated}


class Writer:
    """Every change the app makes, over one :class:`Database`."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """:meth:`Database.write`, where a unique key that another client took at the same
        moment (never the user's doing here) is reported as "try again", not raised raw."""
        try:
            with self.database.write() as session:
                yield session
        except IntegrityError as exc:
            message = translate(
                "Writer",
                "Another client saved the same record at the same moment. Nothing was changed; "
                "try again.",
            )
            raise StorageUnavailableError(StorageCondition.BUSY, message) from exc

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
                    # In a team database: mine, in my department (row-level security decides
                    # who sees them by these two).
                    manager_login=self.database.login,
                    department=self.database.account().department,
                )
                session.add(person)
                session.flush()
                return PersonInfo(
                    person.id, person.name, person.is_sample, person.notes, uid=person.uid
                )
        except IntegrityError:
            raise StorageError(
                translate("Storage", "there is already a person called '{name}'").format(name=name)
            ) from None

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
        expected_version: int | None = None,
        framework_id: str | Unchanged | None = UNCHANGED,
    ) -> None:
        """Change a person's profile (refused with :class:`ConflictError` when
        ``expected_version`` is given and someone else changed the profile since);
        ``framework_id`` is the framework of ``role_id`` (left as it is unless given)."""
        name = _checked_name(name)
        try:
            with self.database.write() as session:
                person = _locked(session, Person, person_id, "person")
                _check_version(
                    person,
                    expected_version,
                    lambda: queries.person(_stored(session), person_id),
                    {
                        "name": name,
                        "role_id": role_id,
                        "current_level": current_level,
                        "target_level": target_level,
                        "start_date": start_date,
                        "notes": notes,
                        **({} if framework_id is UNCHANGED else {"framework_id": framework_id}),
                    },
                )
                if not isinstance(framework_id, Unchanged):
                    person.framework_id = framework_id
                person.name = name
                person.role_id = role_id
                person.current_level = current_level
                person.target_level = target_level
                person.start_date = start_date
                person.notes = notes
        except IntegrityError:
            raise StorageError(
                translate("Storage", "there is already a person called '{name}'").format(name=name)
            ) from None

    def set_role(
        self,
        person_id: int,
        role_id: str | None,
        target_level: str | None,
        framework_id: str | Unchanged | None = UNCHANGED,
    ) -> None:
        """Set the role (of ``framework_id``'s framework, unless left unchanged) and target a
        person is assessed against (their profile's)."""
        with self._write() as session:
            person = _person(session, person_id)
            if not isinstance(framework_id, Unchanged):
                person.framework_id = framework_id
            person.role_id = role_id
            person.target_level = target_level

    def set_owner(self, person_id: int | None) -> None:
        """Make this person the owner of the data folder ("this is me"); None: nobody."""
        with self._write() as session:
            if person_id is not None:
                _person(session, person_id)
            for person in session.scalars(select(Person).where(Person.is_owner.is_(True))):
                person.is_owner = False
            session.flush()
            if person_id is not None:
                _person(session, person_id).is_owner = True

    def set_archived(self, person_id: int, archived: bool) -> None:
        """Archive a person who left (history kept), or bring them back."""
        with self._write() as session:
            person = _person(session, person_id)
            if archived and person.archived_at is None:
                person.archived_at = utc_now()
            elif not archived:
                person.archived_at = None

    def delete_person(self, person_id: int) -> None:
        """Delete a person and their whole history."""
        with self._write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise StorageError(no_person_with_id(person_id))
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
        with self._write() as session:
            if session.get(Person, person_id) is None:
                raise StorageError(no_person_with_id(person_id))
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
        self,
        assessment_id: int,
        skill_id: str,
        level_id: str | None,
        rated: bool,
        expected_version: int | None = None,
    ) -> int:
        """Record a rating (``rated`` False clears it; ``level_id`` None means "not yet") and
        return the row's new version. With ``expected_version`` (0: no row yet), a row someone
        else changed since is left as it is and :class:`ConflictError` raised."""
        values = _rating_values(level_id, rated)
        with self._write() as session:
            _editable(session, assessment_id)
            return _skill_write(session, Rating, assessment_id, skill_id, values, expected_version)

    def set_note(
        self, assessment_id: int, skill_id: str, note: str, expected_version: int | None = None
    ) -> int:
        """Record the note/evidence for a skill and return the row's new version (a conflict
        as for :meth:`set_rating`)."""
        with self._write() as session:
            _editable(session, assessment_id)
            return _skill_write(
                session, Rating, assessment_id, skill_id, {"note": note}, expected_version
            )

    def set_target(self, assessment_id: int, target_level: str) -> None:
        """Change the target level of a draft."""
        with self._write() as session:
            _editable(session, assessment_id).target_level = target_level

    def complete(
        self, assessment_id: int, framework: Framework, completed_at: datetime | None
    ) -> None:
        """Freeze a draft with its date and a snapshot of the role as rated."""
        with self._write() as session:
            assessment = _editable(session, assessment_id)
            assessment.status = STATUS_COMPLETED
            assessment.completed_at = completed_at or utc_now()
            assessment.snapshot_id = stored_snapshot_id(session, framework, assessment.role_id)

    def reopen(self, assessment_id: int, *, record: bool = True) -> None:
        """Turn a completed assessment back into a draft, recording when and how often
        (``record`` False: undoing a completion that was just made, nothing to record)."""
        with self._write() as session:
            assessment = _load(session, assessment_id)
            if assessment.status != STATUS_COMPLETED:
                raise StorageError(translate("Storage", "this assessment is not completed"))
            other = session.scalar(
                select(Assessment.id).where(
                    Assessment.person_id == assessment.person_id,
                    Assessment.role_id == assessment.role_id,
                    Assessment.status == STATUS_DRAFT,
                )
            )
            if other is not None:
                raise StorageError(
                    translate(
                        "Storage",
                        "there is already a draft for this role; complete or discard it first",
                    )
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
        with self._write() as session:
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
        with self._write() as session:
            if session.get(Person, person_id) is None:
                raise StorageError(no_person_with_id(person_id))
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
        expected_version: int | None = None,
    ) -> None:
        """Change a goal; marking it done records when, reopening it clears that (a conflict
        as for :meth:`update_profile`)."""
        action = _checked_action(action)
        with self._write() as session:
            goal = _locked(session, Goal, goal_id, "goal")
            _check_version(
                goal,
                expected_version,
                lambda: queries.goal(_stored(session), goal_id),
                {"action": action, "due": due, "status": status, "level_id": level_id},
            )
            now = utc_now()
            if status is GoalStatus.DONE and goal.status != GoalStatus.DONE.value:
                goal.done_at = now
            elif status is not GoalStatus.DONE:
                goal.done_at = None
            goal.action = action
            goal.status = status.value
            goal.due = due
            goal.level_id = level_id
            goal.updated_at = now

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal."""
        with self._write() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise StorageError(no_goal_with_id(goal_id))
            session.delete(goal)

    # --- manager ratings, meetings, action items -----------------------------------------------

    def set_manager_rating(
        self,
        assessment_id: int,
        skill_id: str,
        level_id: str | None,
        rated: bool,
        expected_version: int | None = None,
    ) -> int:
        """Record the manager's rating of a skill (completed assessments included) and return
        the row's new version (a conflict as for :meth:`set_rating`)."""
        with self._write() as session:
            _load(session, assessment_id)
            source = session.scalar(
                select(ManagerRating.source).where(
                    ManagerRating.assessment_id == assessment_id,
                    ManagerRating.skill_id == skill_id,
                )
            )
            if source == SOURCE_IMPORTED:
                raise StorageError(
                    translate(
                        "Storage",
                        "this manager rating came in someone else's file; it is read-only",
                    )
                )
            values = _rating_values(level_id, rated)
            return _skill_write(
                session, ManagerRating, assessment_id, skill_id, values, expected_version
            )

    def add_meeting(
        self, person_id: int, held_on: date, notes: str, assessment_id: int | None
    ) -> int:
        """Record a one-on-one and return its id."""
        with self._write() as session:
            _person(session, person_id)
            meeting = Meeting(
                person_id=person_id, held_on=held_on, notes=notes, assessment_id=assessment_id
            )
            session.add(meeting)
            session.flush()
            return meeting.id

    def update_meeting(
        self, meeting_id: int, *, held_on: date, notes: str, expected_version: int | None = None
    ) -> None:
        """Change a meeting's date or notes (a conflict as for :meth:`update_profile`)."""
        with self._write() as session:
            meeting = _locked(session, Meeting, meeting_id, "meeting")
            _check_version(
                meeting,
                expected_version,
                lambda: queries.meeting(_stored(session), meeting_id),
                {"held_on": held_on, "notes": notes},
            )
            meeting.held_on = held_on
            meeting.notes = notes

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting; its action items stay with the person."""
        with self._write() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise StorageError(
                    translate("Storage", "no meeting with id {id}").format(id=meeting_id)
                )
            session.delete(meeting)

    def add_action_item(self, person_id: int, meeting_id: int | None, text: str) -> int:
        """Record an action item agreed in a meeting, last in the person's order."""
        text = _checked_item_text(text)
        with self._write() as session:
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

    def update_action_item(
        self, item_id: int, text: str, expected_version: int | None = None
    ) -> None:
        """Change an action item's text (a conflict as for :meth:`update_profile`)."""
        text = _checked_item_text(text)
        with self._write() as session:
            item = _locked(session, ActionItem, item_id, "action item")
            _check_version(
                item,
                expected_version,
                lambda: queries.action_item(_stored(session), item_id),
                {"text": text},
            )
            item.text = text

    def delete_action_item(self, item_id: int) -> None:
        """Delete an action item."""
        with self._write() as session:
            session.delete(_action_item(session, item_id))

    def restore_action_item(self, item: ActionItemInfo) -> None:
        """Put a deleted action item back as it was (same id and order), to undo a delete.

        A meeting deleted in the meantime is forgotten, as deleting it would have done.
        """
        with self._write() as session:
            _person(session, item.person_id)
            if session.get(ActionItem, item.id) is not None:
                raise StorageError(
                    translate("Storage", "action item {id} already exists").format(id=item.id)
                )

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
                    version=item.version or 1,
                )
            )

    def reorder_action_items(self, ordered_ids: list[int]) -> None:
        """Put these items (of one person) in this order, in the places they held between
        them; the person's other items keep theirs."""
        with self._write() as session:
            items = [_action_item(session, item_id) for item_id in ordered_ids]
            if len({item.person_id for item in items}) > 1:
                raise StorageError(
                    translate("Storage", "action items of different people cannot be reordered")
                )
            slots = sorted(item.position for item in items)
            for item, position in zip(items, slots, strict=True):
                item.position = position

    def set_action_done(self, item_id: int, done: bool, meeting_id: int | None = None) -> None:
        """Tick an action item off (in ``meeting_id``, if ticked in a meeting), or reopen it."""
        with self._write() as session:
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
        raise StorageError(translate("Storage", "no action item with id {id}").format(id=item_id))
    return item


def _checked_item_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise StorageError(translate("Storage", "an action item needs some text"))
    if len(text) > MAX_ITEM_LENGTH:
        raise StorageError(
            translate("Storage", "an action item can have at most {limit} characters").format(
                limit=MAX_ITEM_LENGTH
            )
        )
    return text


def _checked_action(action: str) -> str:
    action = action.strip()
    if not action:
        raise StorageError(translate("Storage", "a goal needs an action"))
    if len(action) > MAX_ACTION_LENGTH:
        raise StorageError(
            translate("Storage", "a goal's action can have at most {limit} characters").format(
                limit=MAX_ACTION_LENGTH
            )
        )
    return action
