"""Read and write people, assessments and ratings. Each change is its own short transaction.

Callers get plain records from ``core.assessment``; no ORM object or session leaves this module.
Reads use the standard library's sqlite3 (``db.queries``); writes use the SQLAlchemy ORM
(``db.writes``), imported on the first write or by :meth:`Repository.prepare_writes`.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from core.assessment import AssessmentInfo, AssessmentSummary, PersonInfo, SkillRating
from core.framework import Framework
from core.framework_library import InstalledFramework, Usage
from core.goals import Goal, GoalStatus
from core.i18n import translate
from core.meetings import ActionItem, Meeting
from db import queries
from db.database import Database
from db.errors import StorageError, no_assessment_with_id, no_goal_with_id, no_person_with_id
from db.sentinels import UNCHANGED, Unchanged

if TYPE_CHECKING:
    from db.writes import Writer

__all__ = ["Repository", "StorageError"]

Method = TypeVar("Method", bound=Callable[..., Any])
FROZEN_CACHE = 64
"""Parsed frozen roles kept (a person's history rarely has more than a handful)."""


def require_valid_text(value: str) -> None:
    """Refuse text that cannot be stored as UTF-8 (lone surrogates, e.g. from undecodable
    command-line bytes) with a :class:`StorageError`, before it reaches SQLite."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise StorageError(
            translate(
                "Storage",
                "the text contains characters that are not valid Unicode "
                "(for example bytes that are not UTF-8); nothing was stored",
            )
        ) from None


def _refuse_invalid_text(method: Method) -> Method:
    """Apply :func:`require_valid_text` to every text argument of ``method``."""

    @functools.wraps(method)
    def checked(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, str):
                require_valid_text(value)
        return method(*args, **kwargs)

    return checked  # type: ignore[return-value]


class Repository:
    """The app's data, over one open :class:`Database`.

    Every public method refuses text that is not valid Unicode (see :func:`_refuse_invalid_text`).
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        # Frozen roles parsed once: (content hash, language) -> (live framework, snapshot's).
        self._frozen: OrderedDict[tuple[str, str], tuple[Framework, Framework]] = OrderedDict()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Leaving a ``with`` block closes the database's connections."""
        self.database.close()

    @cached_property
    def _writer(self) -> Writer:
        from db.writes import Writer

        return Writer(self.database)

    def replace_database(self, database: Database) -> None:
        """Work on another open database (after a restore); the old one must be closed."""
        self.database = database
        self._frozen.clear()
        self.__dict__.pop("_writer", None)

    def prepare_writes(self) -> None:
        """Import the ORM and connect the engine now, so the first edit does not wait for it."""
        self._writer.database.engine.connect().close()

    # --- people -----------------------------------------------------------------------------

    def people(self) -> list[PersonInfo]:
        """Everyone, by name."""
        return queries.people(self.database.reader())

    def person_by_name(self, name: str) -> PersonInfo | None:
        """The person with exactly this name, if any."""
        return queries.person_by_name(self.database.reader(), name.strip())

    def add_person(self, name: str, *, is_sample: bool = False) -> PersonInfo:
        """Create a person; names are unique and not empty."""
        return self._writer.add_person(name, is_sample=is_sample)

    def person(self, person_id: int) -> PersonInfo:
        """One person by id."""
        found = queries.person(self.database.reader(), person_id)
        if found is None:
            raise StorageError(no_person_with_id(person_id))
        return found

    def update_profile(
        self,
        person_id: int,
        *,
        name: str,
        role_id: str | None = None,
        current_level: str | None = None,
        target_level: str | None = None,
        start_date: date | None = None,
        notes: str = "",
        expected_version: int | None = None,
        framework_id: str | Unchanged | None = UNCHANGED,
    ) -> PersonInfo:
        """Change a person's profile: name, role (of ``framework_id``'s framework; None: the
        default one; left as it is unless given), current and target level, start date, notes.

        With ``expected_version`` (the version the profile was read at), a profile someone else
        changed since is left as it is and :class:`~db.errors.ConflictError` raised.
        """
        self._writer.update_profile(
            person_id,
            name=name,
            role_id=role_id,
            current_level=current_level,
            target_level=target_level,
            start_date=start_date,
            notes=notes,
            expected_version=expected_version,
            framework_id=framework_id,
        )
        return self.person(person_id)

    def set_role(
        self,
        person_id: int,
        role_id: str | None,
        target_level: str | None,
        framework_id: str | Unchanged | None = UNCHANGED,
    ) -> PersonInfo:
        """Set the role (of ``framework_id``'s framework; None: the default one; left as it is
        unless given) and target the person is assessed against (their profile's)."""
        self._writer.set_role(person_id, role_id, target_level, framework_id)
        return self.person(person_id)

    def set_owner(self, person_id: int | None) -> None:
        """Make this person the owner of the data folder ("this is me"); None: nobody."""
        self._writer.set_owner(person_id)

    def owner(self) -> PersonInfo | None:
        """The owner of the data folder, if someone said "this is me"."""
        return next((p for p in self.people() if p.is_owner), None)

    def person_by_uid(self, uid: str) -> PersonInfo | None:
        """The person with this identity (carried by exchange files), if any."""
        return queries.person_by_uid(self.database.reader(), uid)

    def set_archived(self, person_id: int, archived: bool) -> PersonInfo:
        """Archive a person who left (history kept, hidden by default), or bring them back."""
        self._writer.set_archived(person_id, archived)
        return self.person(person_id)

    def delete_person(self, person_id: int) -> None:
        """Delete a person and their whole history."""
        self._writer.delete_person(person_id)

    # --- assessments ------------------------------------------------------------------------

    def assessment(self, assessment_id: int) -> AssessmentInfo:
        """One assessment with its ratings."""
        found = queries.assessment(self.database.reader(), assessment_id)
        if found is None:
            raise StorageError(no_assessment_with_id(assessment_id))
        return found

    def assessments(self, person_id: int, role_id: str | None = None) -> list[AssessmentInfo]:
        """A person's whole assessments (optionally for one role), oldest first. Every rating
        of the whole history: listings use :meth:`summaries` instead."""
        return queries.person_assessments(self.database.reader(), person_id, role_id)

    def summaries(self, person_id: int, role_id: str | None = None) -> list[AssessmentSummary]:
        """A person's assessments (optionally for one role), oldest first, without ratings or
        snapshots: what a list shows."""
        return queries.summaries(self.database.reader(), person_id, role_id)

    def latest_assessment(self, person_id: int, role_id: str) -> AssessmentInfo | None:
        """The assessment the role opens on, whole: the newest draft, else the newest completed
        one (two statements, whatever the length of the history)."""
        found = queries.latest_id(self.database.reader(), person_id, role_id)
        return None if found is None else self.assessment(found)

    def assessments_by_id(self, assessment_ids: Sequence[int]) -> list[AssessmentInfo]:
        """Whole assessments, in the order of the ids (missing ones left out)."""
        return queries.assessments(self.database.reader(), assessment_ids)

    def ratings_of(self, assessment_ids: Sequence[int]) -> dict[int, dict[str, SkillRating]]:
        """The self ratings of these assessments (a page of a list), by assessment and skill."""
        return queries.ratings_of(self.database.reader(), assessment_ids)

    def latest_of_role(self, role_id: str, framework_id: str | None = None) -> list[AssessmentInfo]:
        """Everyone's (not archived) latest assessment of the role (newest completed, else the
        draft), with the levels of its ratings only (no notes, no manager ratings);
        ``framework_id`` limits it to that framework's role."""
        return queries.latest_of_role(self.database.reader(), role_id, framework_id)

    def skill_points(
        self, person_id: int, role_id: str, skill_id: str, limit: int | None = None
    ) -> list[tuple[datetime, str | None]]:
        """(date, level id or None for "not yet") where the skill was rated in the completed
        assessments of the role, oldest first; ``limit``: at most that many, spread evenly."""
        return queries.skill_points(self.database.reader(), person_id, role_id, skill_id, limit)

    def stream_history(self, person_ids: Iterable[int]) -> Iterator[AssessmentInfo]:
        """Every assessment of these people, whole but for the snapshot text (each frozen
        version is read once, by :meth:`assessment_framework`), a few hundred at a time."""
        return queries.stream_history(self.database.reader(), person_ids)

    def assessment_framework(
        self, framework: Framework, assessment: AssessmentInfo | AssessmentSummary
    ) -> Framework:
        """The framework ``assessment`` is read against: the role as frozen when it was
        completed (shown in ``framework``'s language), else ``framework`` itself.

        Each stored version is parsed once and kept, keyed by its content hash.
        """
        key = assessment.snapshot_key
        if not assessment.is_completed or key is None:
            return framework
        cache_key = (key, framework.language)
        cached = self._frozen.get(cache_key)
        if cached is not None and cached[0] is framework:
            self._frozen.move_to_end(cache_key)
            return cached[1]
        from core.framework_i18n import localize
        from core.snapshot import framework_from_snapshot

        document = getattr(assessment, "role_snapshot", None) or queries.snapshot_document(
            self.database.reader(), key
        )
        if document is None:
            return framework
        frozen = localize(framework_from_snapshot(document), framework.language, framework)
        self._frozen[cache_key] = (framework, frozen)
        while len(self._frozen) > FROZEN_CACHE:
            self._frozen.popitem(last=False)
        return frozen

    def roles_assessed(self, person_id: int) -> list[str]:
        """Role ids the person has assessments for, most recently started first."""
        return queries.roles_assessed(self.database.reader(), person_id)

    def last_assessed_roles(self) -> dict[int, str]:
        """Everyone's role of their most recently started assessment (one query)."""
        return queries.last_assessed_roles(self.database.reader())

    def draft(self, person_id: int, role_id: str) -> AssessmentInfo | None:
        """The person's open draft for the role, if there is one."""
        found = queries.draft_id(self.database.reader(), person_id, role_id)
        return self.assessment(found) if found is not None else None

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
        new_id = self._writer.start_assessment(
            person_id, framework, role_id, target_level, started_at, carry_from
        )
        return self.assessment(new_id)

    def set_rating(
        self,
        assessment_id: int,
        skill_id: str,
        level_id: str | None,
        rated: bool,
        *,
        expected_version: int | None = None,
    ) -> int:
        """Record a rating (``rated`` False clears it; ``level_id`` None means "not yet") and
        return the rating's new version.

        With ``expected_version`` (the :attr:`SkillRating.version` the client read; 0 when it
        saw no rating), a rating someone else changed since is left as it is and
        :class:`~db.errors.ConflictError` raised, carrying theirs and this client's.
        """
        return self._writer.set_rating(assessment_id, skill_id, level_id, rated, expected_version)

    def set_note(
        self, assessment_id: int, skill_id: str, note: str, *, expected_version: int | None = None
    ) -> int:
        """Record the note/evidence for a skill and return the rating's new version (a
        conflict as for :meth:`set_rating`)."""
        return self._writer.set_note(assessment_id, skill_id, note, expected_version)

    def set_target(self, assessment_id: int, target_level: str) -> None:
        """Change the target level of a draft."""
        self._writer.set_target(assessment_id, target_level)

    def complete(
        self, assessment_id: int, framework: Framework, *, completed_at: datetime | None = None
    ) -> AssessmentInfo:
        """Freeze a draft with its date and a snapshot of the role as rated."""
        self._writer.complete(assessment_id, framework, completed_at)
        return self.assessment(assessment_id)

    def reopen(self, assessment_id: int, *, record: bool = True) -> AssessmentInfo:
        """Turn a completed assessment back into a draft (refused while the role has another)."""
        self._writer.reopen(assessment_id, record=record)
        return self.assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete one assessment and its ratings."""
        self._writer.delete_assessment(assessment_id)

    # --- goals ------------------------------------------------------------------------------

    def goals(self, person_id: int) -> list[Goal]:
        """A person's goals (open and done), oldest first."""
        return queries.goals(self.database.reader(), person_id)

    def goal(self, goal_id: int) -> Goal:
        """One goal."""
        found = queries.goal(self.database.reader(), goal_id)
        if found is None:
            raise StorageError(no_goal_with_id(goal_id))
        return found

    def add_goal(
        self,
        person_id: int,
        skill_id: str,
        action: str,
        *,
        due: date | None = None,
        status: GoalStatus = GoalStatus.PLANNED,
        level_id: str | None = None,
        created_at: datetime | None = None,
    ) -> Goal:
        """Write down a goal for a skill."""
        goal_id = self._writer.add_goal(
            person_id,
            skill_id,
            action,
            due=due,
            status=status,
            level_id=level_id,
            created_at=created_at,
        )
        return self.goal(goal_id)

    def update_goal(
        self,
        goal_id: int,
        *,
        action: str,
        due: date | None,
        status: GoalStatus,
        level_id: str | None,
        expected_version: int | None = None,
    ) -> Goal:
        """Change every field of a goal at once (a conflict as for :meth:`update_profile`)."""
        self._writer.update_goal(
            goal_id,
            action=action,
            due=due,
            status=status,
            level_id=level_id,
            expected_version=expected_version,
        )
        return self.goal(goal_id)

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal."""
        self._writer.delete_goal(goal_id)

    # --- manager ratings, meetings, action items ----------------------------------------------

    def set_manager_rating(
        self,
        assessment_id: int,
        skill_id: str,
        level_id: str | None,
        rated: bool,
        *,
        expected_version: int | None = None,
    ) -> int:
        """Record the manager's rating next to the self rating (``rated`` False clears it) and
        return its new version (a conflict as for :meth:`set_rating`)."""
        return self._writer.set_manager_rating(
            assessment_id, skill_id, level_id, rated, expected_version
        )

    def meetings(self, person_id: int) -> list[Meeting]:
        """A person's one-on-ones, oldest first."""
        return queries.meetings(self.database.reader(), person_id)

    def meeting(self, meeting_id: int) -> Meeting | None:
        """One meeting as stored now (None if it was deleted)."""
        return queries.meeting(self.database.reader(), meeting_id)

    def add_meeting(
        self,
        person_id: int,
        held_on: date,
        notes: str = "",
        assessment_id: int | None = None,
    ) -> Meeting:
        """Record a one-on-one."""
        meeting_id = self._writer.add_meeting(person_id, held_on, notes, assessment_id)
        found = queries.meeting(self.database.reader(), meeting_id)
        assert found is not None  # just written, in this thread
        return found

    def update_meeting(
        self, meeting_id: int, *, held_on: date, notes: str, expected_version: int | None = None
    ) -> None:
        """Change a meeting's date or notes (a conflict as for :meth:`update_profile`)."""
        self._writer.update_meeting(
            meeting_id, held_on=held_on, notes=notes, expected_version=expected_version
        )

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting; its action items stay with the person."""
        self._writer.delete_meeting(meeting_id)

    def action_items(self, person_id: int) -> list[ActionItem]:
        """A person's action items, open and done, oldest first."""
        return queries.action_items(self.database.reader(), person_id)

    def add_action_item(self, person_id: int, meeting_id: int | None, text: str) -> ActionItem:
        """Record an action item agreed in a meeting."""
        item_id = self._writer.add_action_item(person_id, meeting_id, text)
        found = queries.action_item(self.database.reader(), item_id)
        assert found is not None  # just written, in this thread
        return found

    def set_action_done(self, item_id: int, done: bool, meeting_id: int | None = None) -> None:
        """Tick an action item off (in the meeting on screen, if any), or reopen it."""
        self._writer.set_action_done(item_id, done, meeting_id)

    def update_action_item(
        self, item_id: int, text: str, *, expected_version: int | None = None
    ) -> None:
        """Change an action item's text (a conflict as for :meth:`update_profile`)."""
        self._writer.update_action_item(item_id, text, expected_version)

    def delete_action_item(self, item_id: int) -> None:
        """Delete an action item."""
        self._writer.delete_action_item(item_id)

    def restore_action_item(self, item: ActionItem) -> None:
        """Put a deleted action item back as it was (to undo a delete)."""
        self._writer.restore_action_item(item)

    def reorder_action_items(self, ordered_ids: list[int]) -> None:
        """Put these items of one person in this order, in the places they held between them."""
        self._writer.reorder_action_items(ordered_ids)

    # --- installed frameworks (the FrameworkStore of core.framework_library) ------------------

    def installed_frameworks(self) -> list[InstalledFramework]:
        """Every installed framework (removed ones too), without documents."""
        return queries.installed_frameworks(self.database.reader())

    def installed_framework_document(self, framework_id: str) -> tuple[str, str] | None:
        """An installed framework's stored JSON and its content hash."""
        return queries.installed_framework_document(self.database.reader(), framework_id)

    def framework_usage(self) -> dict[str | None, Usage]:
        """People and assessments per framework id (None: profiles of the default one)."""
        return queries.framework_usage(self.database.reader())

    def save_framework(
        self,
        record: InstalledFramework,
        document: str,
        *,
        replace: bool,
        expected_hash: str | None = None,
    ) -> None:
        """Install a framework, or (``replace``) store its new version."""
        from db.framework_store import save_framework

        save_framework(
            self.database, record, document, replace=replace, expected_hash=expected_hash
        )

    def remove_framework(self, framework_id: str, *, archive_people: bool) -> bool:
        """Remove an installed framework (see :func:`db.framework_store.remove_framework`)."""
        from db.framework_store import remove_framework

        return remove_framework(self.database, framework_id, archive_people=archive_people)

    def counts(self) -> dict[str, int]:
        """Row counts per table (for checks and the CLI)."""
        return queries.counts(self.database.reader())


def _check_text_everywhere(cls: type) -> None:
    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith("_"):
            setattr(cls, name, _refuse_invalid_text(member))


_check_text_everywhere(Repository)
