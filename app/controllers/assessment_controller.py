"""The core loop's behaviour: who is assessed, against which role, the ratings, undo and history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.context import AppContext
from app.undo_commands import (
    CompleteCommand,
    KeptTheirs,
    RatingValue,
    SavedCommand,
    SetManagerRatingCommand,
    SetNoteCommand,
    SetRatingCommand,
    SkillEditCommand,
)
from core.assessment import AssessmentInfo, AssessmentSummary, PersonInfo, SkillRating
from core.framework import Framework, Level
from core.gaps import level_name, rating_index, rating_step_id
from core.history import SkillChange, compare
from db.errors import ConflictError, StorageError

RETRY_MS = 2000
"""How often a save that failed (locked file, full disk) is tried again."""
PEOPLE_TABLES = frozenset({"people", "accounts"})
ASSESSMENT_TABLES = frozenset({"assessments", "ratings", "manager_ratings", "role_snapshots"})


@dataclass(frozen=True)
class EditConflict:
    """What the user is shown when someone else changed the record they were editing."""

    what: str
    """The record, as people name it ("Note on Data pipelines")."""
    theirs: str
    """The other client's value, as stored now."""
    mine: str
    """The value this user was saving."""


ConflictChooser = Callable[[EditConflict], bool]
"""Asks the user about a conflict: True keeps this user's value, False keeps theirs."""


class AssessmentController(QObject):
    """Holds the current person, role and assessment; every edit is saved at once."""

    people_changed = Signal()
    assessment_changed = Signal()
    rating_changed = Signal(str)
    note_changed = Signal(str)
    history_changed = Signal()
    save_problem = Signal(str)
    """Why edits are not being saved (once per problem), or "" once they are saved again."""
    stored_data_changed = Signal(object)
    """Another client changed these tables (a frozenset of names); the controller's own state
    is re-read already, presenters that keep copies of their own re-read theirs."""
    frameworks_changed = Signal()
    """A framework was installed, updated or removed (here or by another client)."""

    def __init__(
        self, context: AppContext, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self._people: list[PersonInfo] = []
        self.show_archived = False
        self.person: PersonInfo | None = None
        self.role_id: str | None = None
        self.assessment: AssessmentInfo | None = None
        self._history: list[AssessmentSummary] | None = None
        self.save_failure: str | None = None
        self._pending: dict[tuple[str, int, str], SavedCommand] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)
        self.conflict_chooser: ConflictChooser | None = None
        """Asks the user to keep theirs or mine (the window's dialog); without one, theirs is
        kept: nothing is ever overwritten without the user saying so."""
        self.refresh_people()

    # --- state --------------------------------------------------------------------------------

    @property
    def people(self) -> list[PersonInfo]:
        """The people to list, by name: archived ones only when asked for (or when shown)."""
        current = self.person.id if self.person else None
        return [p for p in self._people if self.show_archived or not p.archived or p.id == current]

    @property
    def framework(self) -> Framework:
        """The framework of what is shown: a completed assessment's own snapshot, else the live one."""
        assessment = self.assessment
        live = self.context.framework
        if assessment is None:
            return live
        if assessment.framework_id != live.id:  # an earlier role, from another framework
            live = self.context.library.for_role(assessment.framework_id, None)
        # Parsed once per stored version of the role (the repository keeps them by hash).
        return self.context.repository.assessment_framework(live, assessment)

    @property
    def read_only(self) -> bool:
        """Whether the shown assessment is a frozen, completed one."""
        return self.assessment is not None and self.assessment.is_completed

    @property
    def target_level(self) -> str:
        """The target level of what is shown: the assessment's, else the person's profile's."""
        if self.assessment is not None:
            return self.assessment.target_level
        return self.profile_target

    @property
    def profile_target(self) -> str:
        """The level the person aims at, from their profile (the middle level if none)."""
        person = self.person
        levels = {level.id for level in self._target_levels()}
        if person is not None and person.target_level in levels:
            return person.target_level  # type: ignore[return-value]
        return self.default_target()

    @property
    def can_complete(self) -> bool:
        """Whether the shown assessment is a draft that can be completed."""
        return self.assessment is not None and not self.read_only

    @property
    def manager_ratings_editable(self) -> bool:
        """Whether manager ratings may be given here: not by a person's own account in a team
        database, not by the owner of a data folder on their own assessments (their manager
        rates them), and not ratings received in a file."""
        person = self.person
        if not self.context.repository.database.account().manages:
            return False
        return self.assessment is not None and not (person is not None and person.is_owner)

    def manager_rating_editable(self, skill_id: str) -> bool:
        """Whether this skill's manager rating can be changed here."""
        assessment = self.assessment
        return (
            self.manager_ratings_editable
            and assessment is not None
            and skill_id not in assessment.imported_manager_skills
        )

    @property
    def ratings(self) -> dict[str, SkillRating]:
        """The shown assessment's ratings by skill id (empty before the first edit)."""
        return dict(self.assessment.ratings) if self.assessment else {}

    def default_target(self) -> str:
        """The level in the middle of the role's ladder (Senior on the built-in five)."""
        levels = self._target_levels()
        return levels[len(levels) // 2].id

    def _target_levels(self) -> tuple[Level, ...]:
        """The levels a target can be: the role's own, or every level before a role is chosen."""
        framework = self.context.framework
        if self.role_id is not None and framework.has_role(self.role_id):
            return framework.role_levels(self.role_id)
        return framework.levels

    @property
    def history(self) -> list[AssessmentSummary]:
        """The shown role's assessments, oldest first, as summaries (no ratings): read when
        first asked for (the History page, an export), not when a person or role is shown."""
        if self._history is None:
            if self.person is None or self.role_id is None:
                self._history = []
            else:
                self._history = self.context.repository.summaries(self.person.id, self.role_id)
        return self._history

    def completed_history(self) -> list[AssessmentSummary]:
        """The completed assessments of the current person and role, oldest first."""
        return [a for a in self.history if a.is_completed]

    # --- people ---------------------------------------------------------------------------------

    def refresh_people(self) -> None:
        """Reload the people list."""
        self._people = self.context.repository.people()
        self.people_changed.emit()

    def reload_everything(self) -> None:
        """Re-read all data (after the file was replaced), keeping the person if they exist."""
        self.undo_stack.clear()
        keep = self.person.id if self.person else None
        self.person = None
        self.role_id = None
        self.assessment = None
        self._history = None
        self.refresh_people()
        ids = [p.id for p in self._people]
        if ids:
            self.select_person(keep if keep in ids else ids[0])
        else:
            self.assessment_changed.emit()
            self.history_changed.emit()

    def set_show_archived(self, show: bool) -> None:
        """List archived people too, or hide them."""
        self.show_archived = show
        self.people_changed.emit()

    def update_profile(self, person_id: int, **fields: object) -> PersonInfo:
        """Save a person's profile; raises StorageError for a bad or duplicate name."""
        person = self.context.repository.update_profile(person_id, **fields)  # type: ignore[arg-type]
        self._replace_person(person)
        return person

    def set_archived(self, person_id: int, archived: bool) -> PersonInfo:
        """Archive a person who left, or bring them back; their history is kept either way."""
        person = self.context.repository.set_archived(person_id, archived)
        self._replace_person(person)
        return person

    def _replace_person(self, person: PersonInfo) -> None:
        self._people = self.context.repository.people()
        if self.person is not None and self.person.id == person.id:
            self.person = person
        self.people_changed.emit()
        self.assessment_changed.emit()

    def add_person(self, name: str) -> PersonInfo:
        """Create a person and select them; raises StorageError for a bad or duplicate name."""
        person = self.context.repository.add_person(name)
        self.refresh_people()
        self.select_person(person.id)
        return person

    def add_sample_data(self) -> PersonInfo:
        """Create the sample person with history and select them."""
        from db.sample_data import create_sample_data

        person = create_sample_data(self.context.repository, self.context.default_framework)
        self.refresh_people()
        self.select_person(person.id)
        return person

    def delete_person(self, person_id: int) -> None:
        """Delete a person with their history."""
        self.context.repository.delete_person(person_id)
        if self.person and self.person.id == person_id:
            self.person = None
            self.role_id = None
            self.assessment = None
            self._history = None
            self.undo_stack.clear()
        self.refresh_people()
        if self.person is None and self._people:
            self.select_person(self._people[0].id)
        else:
            self.assessment_changed.emit()
            self.history_changed.emit()

    def select_person(self, person_id: int) -> None:
        """Show a person on their profile's role (else the role they assessed most recently)."""
        person = next((p for p in self._people if p.id == person_id), None)
        if person is None:
            return
        self.person = person
        framework = self.context.use_framework(person.framework_id)
        role_id = person.role_id if person.role_id and framework.has_role(person.role_id) else None
        if role_id is None:
            roles = self.context.repository.roles_assessed(person.id)
            role_id = next((r for r in roles if framework.has_role(r)), None)
        self.role_id = None
        self._show_role(role_id)

    def set_owner(self, person_id: int | None) -> None:
        """Say which person is the owner of the data folder ("this is me")."""
        self.context.repository.set_owner(person_id)
        self._people = self.context.repository.people()
        if self.person is not None:
            self.person = next((p for p in self._people if p.id == self.person.id), self.person)
        self.people_changed.emit()
        self.assessment_changed.emit()

    # --- role and assessment ------------------------------------------------------------------

    def select_role(self, role_id: str | None) -> None:
        """Make ``role_id`` the person's role (their profile's) and show it."""
        self.change_role(role_id, carry_over=False)

    def change_role(
        self, role_id: str | None, *, carry_over: bool, framework: Framework | None = None
    ) -> None:
        """Set the person's role (of ``framework``, else the shown one) in their profile and
        show it; with ``carry_over``, a new draft starts from their latest ratings and notes of
        the skills the roles share (within one framework)."""
        person = self.person
        shown = self.context.framework
        framework = framework or shown
        if person is None or (role_id == self.role_id and framework.id == shown.id):
            return
        previous = self.latest_assessment() if framework.id == shown.id else None
        stored_id = self.context.stored_framework_id(framework)
        try:
            self.person = self.context.repository.set_role(
                person.id, role_id, person.target_level, stored_id
            )
        except StorageError as exc:
            self.report_save_problem(str(exc))
            return
        self._people = [self.person if p.id == person.id else p for p in self._people]
        self.context.use_framework(stored_id)
        self._show_role(role_id)
        if carry_over and previous is not None and role_id is not None and self.assessment is None:
            draft = self.context.repository.start_assessment(
                person.id, self.context.framework, role_id, self.profile_target,
                carry_from=previous,
            )  # fmt: skip
            self._reload_history()
            self.open_assessment(draft.id)

    def latest_assessment(self) -> AssessmentInfo | None:
        """The shown role's draft, else its latest completed assessment (read whole); the
        history's summaries are not read for it."""
        if self.person is None or self.role_id is None:
            return None
        if self._history is None:
            return self.context.repository.latest_assessment(self.person.id, self.role_id)
        draft = next((a for a in reversed(self._history) if not a.is_completed), None)
        completed = self.completed_history()
        latest = draft or (completed[-1] if completed else None)
        if latest is None:
            return None
        if self.assessment is not None and self.assessment.id == latest.id:
            return self.assessment
        return self.context.repository.assessment(latest.id)

    def shared_rated_skills(self, role_id: str) -> list[str]:
        """Skills of ``role_id`` rated in the shown role's latest assessment (what a change of
        role could carry over); empty when the new role already has assessments."""
        latest = self.latest_assessment()
        framework = self.context.framework
        if latest is None or self.person is None or not framework.has_role(role_id):
            return []
        if self.context.repository.summaries(self.person.id, role_id):
            return []
        return [
            skill_id
            for skill_id in framework.role(role_id).skill_ids
            if latest.rating(skill_id).rated or latest.rating(skill_id).note
        ]

    def _show_role(self, role_id: str | None) -> None:
        self.undo_stack.clear()
        self.role_id = role_id
        self.assessment = None
        self._reload_history()
        if self.person is not None and role_id is not None:
            self.assessment = self.latest_assessment()
        self.assessment_changed.emit()

    def set_target(self, level_id: str) -> None:
        """Change the person's target level (their profile's), and the draft's if one is shown."""
        person = self.person
        if person is None:
            return
        try:
            if person.target_level != level_id:
                self.person = self.context.repository.set_role(person.id, person.role_id, level_id)
                self._people = [self.person if p.id == person.id else p for p in self._people]
            if self.assessment is not None and not self.read_only:
                self.context.repository.set_target(self.assessment.id, level_id)
                self._reload_assessment()
        except StorageError as exc:
            self.report_save_problem(str(exc))
        self.assessment_changed.emit()

    def open_assessment(self, assessment_id: int) -> None:
        """Show one assessment of the history (completed ones read-only)."""
        self.undo_stack.clear()
        self.assessment = self.context.repository.assessment(assessment_id)
        self.assessment_changed.emit()

    def start_new_assessment(self) -> None:
        """Open a new draft carrying the latest completed ratings forward (or the open draft)."""
        if self.person is None or self.role_id is None:
            return
        latest = self.latest_assessment()
        if latest is not None and not latest.is_completed:
            draft = latest
        else:
            draft = self.context.repository.start_assessment(
                self.person.id,
                self.context.framework,
                self.role_id,
                self.profile_target,
                carry_from=latest,
            )
            self._reload_history()
        self.open_assessment(draft.id)

    def unrated_count(self) -> int:
        """How many of the role's skills the shown assessment leaves unrated."""
        if self.role_id is None:
            return 0
        ratings = self.ratings
        skills = self.framework.role(self.role_id).skill_ids
        return sum(1 for s in skills if not (s in ratings and ratings[s].rated))

    def complete_assessment(self) -> AssessmentInfo | None:
        """Freeze the draft with today's date; undo (Ctrl+Z) reopens it."""
        if not self.can_complete or self.assessment is None:
            return None
        self._push(CompleteCommand(self, self.assessment.id))
        return self.assessment if self.read_only else None

    def store_completion(self, assessment_id: int, completed: bool) -> None:
        """Complete a draft, or turn it back into one (called by the undo command)."""
        repository = self.context.repository
        if completed:
            self.assessment = repository.complete(assessment_id, self.context.framework)
        else:
            self.assessment = repository.reopen(assessment_id, record=False)
        self._reload_history()
        self.assessment_changed.emit()

    def reopen_assessment(self, assessment_id: int) -> None:
        """Turn a completed assessment back into a draft (recorded) and show it."""
        self.context.repository.reopen(assessment_id)
        self._reload_history()
        self.open_assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete (or discard, for a draft) one assessment; the caller backed the data up."""
        self.context.repository.delete_assessment(assessment_id)
        shown = self.assessment is not None and self.assessment.id == assessment_id
        self._reload_history()
        if shown:
            self.undo_stack.clear()
            self.assessment = self.latest_assessment()
            self.assessment_changed.emit()

    # --- edits (undoable) ---------------------------------------------------------------------

    def _ensure_draft(self) -> AssessmentInfo | None:
        if self.read_only or self.person is None or self.role_id is None:
            return None
        if self.assessment is None:
            self.assessment = self.context.repository.start_assessment(
                self.person.id, self.context.framework, self.role_id, self.profile_target
            )
            self._reload_history()
        return self.assessment

    def rate(self, skill_id: str, level_index: int | None) -> None:
        """Rate a skill by level index (``NOT_YET`` for "not yet", None to clear)."""
        draft = self._ensure_draft()
        if draft is None:
            return
        self._push_rating(
            SetRatingCommand, draft.id, draft.rating(skill_id), level_index,
            self.tr("Rate {skill}"),
        )  # fmt: skip

    @property
    def manager_ratings(self) -> dict[str, SkillRating]:
        """The manager's ratings of the shown assessment, by skill id."""
        return dict(self.assessment.manager_ratings) if self.assessment else {}

    def rate_as_manager(self, skill_id: str, level_index: int | None) -> None:
        """Give the manager's rating (also on a completed assessment: it is not frozen)."""
        assessment = self.assessment
        if assessment is None or not self.manager_rating_editable(skill_id):
            return
        self._push_rating(
            SetManagerRatingCommand, assessment.id, assessment.manager_rating(skill_id),
            level_index, self.tr("Manager rating of {skill}"),
        )  # fmt: skip

    def _push_rating(
        self,
        command: type[SetRatingCommand],
        assessment_id: int,
        current: SkillRating,
        level_index: int | None,
        description: str,
    ) -> None:
        before: RatingValue = (current.rated, current.level_id)
        after = self._rating_value(level_index)
        if after != before:
            name = self.framework.skill(current.skill_id).name
            self._push(
                command(
                    self,
                    assessment_id,
                    current.skill_id,
                    before,
                    after,
                    description.format(skill=name),
                    current.version,
                )
            )

    def _rating_value(self, level_index: int | None) -> RatingValue:
        if level_index is None:
            return (False, None)
        assert self.role_id is not None  # a draft exists, so a role is chosen
        return (True, rating_step_id(self.framework, self.role_id, level_index))

    def edit_note(self, skill_id: str, text: str) -> None:
        """Change a skill's note; typing merges into one undo step per skill."""
        draft = self._ensure_draft()
        if draft is None:
            return
        shown = draft.rating(skill_id)
        if text == shown.note:
            return
        name = self.framework.skill(skill_id).name
        self._push(
            SetNoteCommand(
                self,
                draft.id,
                skill_id,
                shown.note,
                text,
                self.tr("Edit note on {skill}").format(skill=name),
                shown.version,
            )
        )

    # --- saving, and what happens when a save fails --------------------------------------------

    def _push(self, command: SavedCommand) -> None:
        """Apply ``command`` and put it on the undo stack, or keep it to retry.

        The change is saved here, before the stack sees it: a failed save never becomes an undo
        step (QUndoStack only calls ``redo`` again on a later redo). What the user asked for
        stays pending and is tried again every few seconds until it is saved.
        """
        key = _pending_key(command)
        if key is not None and self._pending:
            # A later edit of the same thing replaces the one still waiting to be saved.
            self._pending.pop(key, None)
        if self._pending:
            self._pending[key or ("", id(command), "")] = command
            return
        try:
            command.apply()
        except KeptTheirs:
            return  # the other client's value stays; this edit never becomes an undo step
        except StorageError as exc:
            self._pending[key or ("", id(command), "")] = command
            self.report_save_problem(str(exc))
            self._retry.start()
            return
        command.mark_applied()
        self.undo_stack.push(command)

    def retry_pending(self) -> None:
        """Try the edits that could not be saved again, oldest first."""
        while self._pending:
            key, command = next(iter(self._pending.items()))
            try:
                command.apply()
            except KeptTheirs:
                del self._pending[key]
                continue
            except StorageError as exc:
                self.report_save_problem(str(exc))
                return
            del self._pending[key]
            command.mark_applied()
            self.undo_stack.push(command)
        self._retry.stop()
        if self.save_failure is not None:
            self.save_failure = None
            self.save_problem.emit("")

    @property
    def has_unsaved_edits(self) -> bool:
        """Whether some edits are waiting to be saved."""
        return bool(self._pending)

    def pending_note(self, skill_id: str) -> str | None:
        """A note typed here but not saved yet (shown instead of the stored one)."""
        assessment = self.assessment
        for command in self._pending.values():
            if (
                isinstance(command, SetNoteCommand)
                and command.skill_id == skill_id
                and assessment is not None
                and command.assessment_id == assessment.id
            ):
                return command.after
        return None

    def report_save_problem(self, message: str) -> None:
        """Tell the views once per distinct problem (not once per keystroke)."""
        if message != self.save_failure:
            self.save_failure = message
            self.save_problem.emit(message)

    def undo_failed(self, message: str) -> None:
        """An undo or redo could not be saved: its step is dropped from the stack, the data is as
        the last successful save left it, and the user is told."""
        self.report_save_problem(message)
        self._reload_assessment()
        self.assessment_changed.emit()

    def store_edit(self, command: SkillEditCommand, value: object, replacing: object) -> None:
        """Save ``value`` over ``replacing`` in a skill's rating row (called by the undo
        commands), against the version the command last saw, and tell the views.

        When someone else changed the row meanwhile: if they left this field as the command
        knew it (they changed another field), the value is simply written against their
        version; otherwise the user chooses. Keeping mine writes it again against theirs;
        keeping theirs raises :class:`KeptTheirs` with the view showing their value.
        """
        while True:
            try:
                command.version = self._write_edit(command, value)
                break
            except ConflictError as conflict:
                theirs = _field_value(command.kind, conflict.theirs)
                if theirs not in (replacing, value) and not self._keep_mine(
                    command, conflict, value
                ):
                    self._reload_assessment()
                    self._tell_views(command)
                    raise KeptTheirs from None
                command.version = conflict.stored_version
        self._reload_assessment()
        self._tell_views(command)

    def _write_edit(self, command: SkillEditCommand, value: object) -> int:
        repository = self.context.repository
        assessment_id, skill_id = command.assessment_id, command.skill_id
        if command.kind == "note":
            return repository.set_note(
                assessment_id, skill_id, str(value), expected_version=command.version
            )
        rated, level_id = value  # type: ignore[misc]
        write = repository.set_rating if command.kind == "rating" else repository.set_manager_rating
        return write(assessment_id, skill_id, level_id, rated, expected_version=command.version)

    def _tell_views(self, command: SkillEditCommand) -> None:
        if command.kind == "note":
            self.note_changed.emit(command.skill_id)
        else:
            self.rating_changed.emit(command.skill_id)

    def _keep_mine(self, command: SkillEditCommand, conflict: ConflictError, value: object) -> bool:
        """Ask the user (through :attr:`conflict_chooser`); without a chooser, theirs stays."""
        if self.conflict_chooser is None:
            return False
        return self.conflict_chooser(self._describe(command, conflict, value))

    def _describe(
        self, command: SkillEditCommand, conflict: ConflictError, value: object
    ) -> EditConflict:
        skill = command.skill_id
        name = self.framework.skill(skill).name
        if command.kind == "note":
            empty = self.tr("(no note)")
            theirs = getattr(conflict.theirs, "note", "")
            return EditConflict(
                self.tr("Note on {skill}").format(skill=name), theirs or empty, str(value) or empty
            )
        rated, level_id = value  # type: ignore[misc]
        what = (
            self.tr("Rating of {skill}")
            if command.kind == "rating"
            else self.tr("Manager rating of {skill}")
        )
        return EditConflict(
            what.format(skill=name),
            self._level_text(conflict.theirs),
            self._level_text(SkillRating(skill, level_id, rated)),
        )

    def _level_text(self, rating: object) -> str:
        if not isinstance(rating, SkillRating) or self.role_id is None:
            return level_name(self.framework, self.role_id or "", None)
        return level_name(
            self.framework, self.role_id, rating_index(self.framework, self.role_id, rating)
        )

    # --- history ------------------------------------------------------------------------------

    def compare(self, earlier_id: int, later_id: int) -> list[SkillChange]:
        """Per-skill changes between two assessments of the current role."""
        repository = self.context.repository
        earlier, later = repository.assessment(earlier_id), repository.assessment(later_id)
        if later.date < earlier.date:
            earlier, later = later, earlier
        if self.role_id is None:
            return []
        return compare(self.context.framework, self.role_id, earlier, later)

    def trend(self, skill_id: str, limit: int | None = None) -> list[tuple[datetime, int | None]]:
        """The skill's level over the completed assessments (only that skill's ratings read);
        ``limit``: at most that many points, spread evenly over the history."""
        if self.person is None or self.role_id is None:
            return []
        framework, role_id = self.context.framework, self.role_id
        points = self.context.repository.skill_points(self.person.id, role_id, skill_id, limit)
        return [
            (when, rating_index(framework, role_id, SkillRating(skill_id, level_id, True)))
            for when, level_id in points
        ]

    def _reload_history(self) -> None:
        """Forget the history's summaries (read again when next asked for) and say so."""
        self._history = None
        self.history_changed.emit()

    def _reload_assessment(self) -> None:
        if self.assessment is not None:
            self.assessment = self.context.repository.assessment(self.assessment.id)

    # --- changes made by other clients -----------------------------------------------------

    def reload_changed(self, tables: frozenset[str]) -> None:
        """Re-read what another client changed (``tables``), keeping the person, role and
        assessment on screen, and the undo history; a person or assessment deleted elsewhere
        gives way to the next one."""
        repository = self.context.repository
        if "frameworks" in tables:  # SQLite's feed names every table: look before redrawing
            library = self.context.library
            before = library.records(include_removed=True)
            library.refresh()
            if library.records(include_removed=True) != before:
                self.notify_frameworks_changed()
        if tables & PEOPLE_TABLES:
            self._people = repository.people()
            if self.person is not None:
                fresh = next((p for p in self._people if p.id == self.person.id), None)
                if fresh is None:  # deleted by another client
                    self.reload_everything()
                    self.stored_data_changed.emit(tables)
                    return
                self.person = fresh
            self.people_changed.emit()
        if tables & ASSESSMENT_TABLES and self.person is not None and self.role_id is not None:
            self._reload_history()
            shown = self.assessment
            try:
                self.assessment = repository.assessment(shown.id) if shown else None
            except StorageError:  # deleted by another client
                self.assessment = None
            if self.assessment is None:
                self.assessment = self.latest_assessment()
                if self.assessment is not None or shown is not None:
                    self.undo_stack.clear()
                    self.assessment_changed.emit()
        self.stored_data_changed.emit(tables)

    def notify_frameworks_changed(self) -> None:
        """Read the installed frameworks again and show the person's role from the current
        version of their framework (a removed one gives way to the default)."""
        self.context.library.refresh()
        self.context.use_framework(self.person.framework_id if self.person else None)
        self.frameworks_changed.emit()
        self.assessment_changed.emit()


def _field_value(kind: str, stored: object) -> object:
    """The field an edit of ``kind`` writes, as ``stored`` (a SkillRating) holds it."""
    if not isinstance(stored, SkillRating):
        return None
    if kind == "note":
        return stored.note
    return (stored.rated, stored.level_id)


def _pending_key(command: SavedCommand) -> tuple[str, int, str] | None:
    """What a pending edit changes, so a later edit of the same thing replaces it."""
    skill_id = getattr(command, "skill_id", None)
    assessment_id = getattr(command, "assessment_id", None)
    if skill_id is None or assessment_id is None:
        return None
    return (type(command).__name__, assessment_id, skill_id)
