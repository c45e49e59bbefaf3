"""The core loop's behaviour: who is assessed, against which role, the ratings, undo and history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.context import AppContext
from app.undo_commands import (
    RatingValue,
    SetManagerRatingCommand,
    SetNoteCommand,
    SetRatingCommand,
)
from core.assessment import AssessmentInfo, PersonInfo, SkillRating
from core.framework import Framework
from core.gaps import NOT_YET
from core.history import SkillChange, compare, skill_trend
from core.snapshot import framework_from_snapshot


class AssessmentController(QObject):
    """Holds the current person, role and assessment; every edit is saved at once."""

    people_changed = Signal()
    assessment_changed = Signal()
    rating_changed = Signal(str)
    note_changed = Signal(str)
    history_changed = Signal()

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
        self._target_level: str | None = None
        self.assessment: AssessmentInfo | None = None
        self.history: list[AssessmentInfo] = []
        self._snapshot_frameworks: dict[int, Framework] = {}
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
        if assessment is not None and assessment.is_completed and assessment.role_snapshot:
            if assessment.id not in self._snapshot_frameworks:
                self._snapshot_frameworks[assessment.id] = framework_from_snapshot(
                    assessment.role_snapshot
                )
            return self._snapshot_frameworks[assessment.id]
        return self.context.framework

    @property
    def read_only(self) -> bool:
        """Whether the shown assessment is a frozen, completed one."""
        return self.assessment is not None and self.assessment.is_completed

    @property
    def target_level(self) -> str:
        """The target level of what is shown."""
        if self.assessment is not None:
            return self.assessment.target_level
        return self._target_level or self.default_target()

    @property
    def ratings(self) -> dict[str, SkillRating]:
        """The shown assessment's ratings by skill id (empty before the first edit)."""
        return dict(self.assessment.ratings) if self.assessment else {}

    def default_target(self) -> str:
        """The level in the middle of the ladder (Senior on the built-in five)."""
        levels = self.context.framework.levels
        return levels[len(levels) // 2].id

    def completed_history(self) -> list[AssessmentInfo]:
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
        self._snapshot_frameworks.clear()
        keep = self.person.id if self.person else None
        self.person = None
        self.role_id = None
        self.assessment = None
        self.history = []
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

        person = create_sample_data(self.context.repository, self.context.framework)
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
            self.history = []
            self.undo_stack.clear()
        self.refresh_people()
        if self.person is None and self._people:
            self.select_person(self._people[0].id)
        else:
            self.assessment_changed.emit()
            self.history_changed.emit()

    def select_person(self, person_id: int) -> None:
        """Show a person, on the role they assessed most recently (else their profile's role)."""
        person = next((p for p in self._people if p.id == person_id), None)
        if person is None:
            return
        self.person = person
        roles = self.context.repository.roles_assessed(person.id)
        known = [r for r in roles if self.context.framework.has_role(r)]
        if not known and person.role_id and self.context.framework.has_role(person.role_id):
            known = [person.role_id]
        self.role_id = None
        self.select_role(known[0] if known else None)

    # --- role and assessment ------------------------------------------------------------------

    def select_role(self, role_id: str | None) -> None:
        """Show a role for the current person: their draft, else their latest completed one."""
        self.undo_stack.clear()
        self.role_id = role_id
        self.assessment = None
        self._target_level = None
        self._reload_history()
        if self.person is not None and role_id is not None:
            draft = next((a for a in reversed(self.history) if not a.is_completed), None)
            completed = self.completed_history()
            self.assessment = draft or (completed[-1] if completed else None)
        self.assessment_changed.emit()

    def set_target(self, level_id: str) -> None:
        """Change the target level (of the draft, or of the one about to start)."""
        if self.read_only or level_id == self.target_level:
            return
        if self.assessment is not None:
            self.context.repository.set_target(self.assessment.id, level_id)
            self._reload_assessment()
        else:
            self._target_level = level_id
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
        draft = next((a for a in reversed(self.history) if not a.is_completed), None)
        if draft is None:
            completed = self.completed_history()
            previous = completed[-1] if completed else None
            draft = self.context.repository.start_assessment(
                self.person.id,
                self.context.framework,
                self.role_id,
                previous.target_level if previous else self.target_level,
                carry_from=previous,
            )
            self._reload_history()
        self.open_assessment(draft.id)

    def complete_assessment(self) -> AssessmentInfo | None:
        """Freeze the draft with today's date."""
        if self.assessment is None or self.read_only:
            return None
        completed = self.context.repository.complete(self.assessment.id, self.context.framework)
        self.undo_stack.clear()
        self.assessment = completed
        self._reload_history()
        self.assessment_changed.emit()
        return completed

    # --- edits (undoable) ---------------------------------------------------------------------

    def _ensure_draft(self) -> AssessmentInfo | None:
        if self.read_only or self.person is None or self.role_id is None:
            return None
        if self.assessment is None:
            self.assessment = self.context.repository.start_assessment(
                self.person.id, self.context.framework, self.role_id, self.target_level
            )
            self._reload_history()
        return self.assessment

    def rate(self, skill_id: str, level_index: int | None) -> None:
        """Rate a skill by level index (``NOT_YET`` for "not yet", None to clear)."""
        draft = self._ensure_draft()
        if draft is None:
            return
        self._push_rating(SetRatingCommand, draft.id, draft.rating(skill_id), level_index, "Rate")

    @property
    def manager_ratings(self) -> dict[str, SkillRating]:
        """The manager's ratings of the shown assessment, by skill id."""
        return dict(self.assessment.manager_ratings) if self.assessment else {}

    def rate_as_manager(self, skill_id: str, level_index: int | None) -> None:
        """Give the manager's rating (also on a completed assessment: it is not frozen)."""
        assessment = self.assessment
        if assessment is None:
            return
        self._push_rating(
            SetManagerRatingCommand, assessment.id, assessment.manager_rating(skill_id),
            level_index, "Manager rating of",
        )  # fmt: skip

    def store_manager_rating(
        self, assessment_id: int, skill_id: str, rated: bool, level_id: str | None
    ) -> None:
        """Save a manager rating and tell the views (called by undo commands)."""
        self.context.repository.set_manager_rating(assessment_id, skill_id, level_id, rated)
        self._reload_assessment()
        self.rating_changed.emit(skill_id)

    def _push_rating(
        self,
        command: type[SetRatingCommand],
        assessment_id: int,
        current: SkillRating,
        level_index: int | None,
        verb: str,
    ) -> None:
        before: RatingValue = (current.rated, current.level_id)
        after = self._rating_value(level_index)
        if after != before:
            name = self.framework.skill(current.skill_id).name
            self.undo_stack.push(
                command(self, assessment_id, current.skill_id, before, after, f"{verb} {name}")
            )

    def _rating_value(self, level_index: int | None) -> RatingValue:
        if level_index is None:
            return (False, None)
        if level_index == NOT_YET:
            return (True, None)
        return (True, self.framework.levels[level_index].id)

    def edit_note(self, skill_id: str, text: str) -> None:
        """Change a skill's note; typing merges into one undo step per skill."""
        draft = self._ensure_draft()
        if draft is None:
            return
        before = draft.rating(skill_id).note
        if text == before:
            return
        name = self.framework.skill(skill_id).name
        self.undo_stack.push(
            SetNoteCommand(self, draft.id, skill_id, before, text, f"Edit note on {name}")
        )

    def store_rating(
        self, assessment_id: int, skill_id: str, rated: bool, level_id: str | None
    ) -> None:
        """Save a rating and tell the views (called by undo commands)."""
        self.context.repository.set_rating(assessment_id, skill_id, level_id, rated)
        self._reload_assessment()
        self.rating_changed.emit(skill_id)

    def store_note(self, assessment_id: int, skill_id: str, note: str) -> None:
        """Save a note and tell the views (called by undo commands)."""
        self.context.repository.set_note(assessment_id, skill_id, note)
        self._reload_assessment()
        self.note_changed.emit(skill_id)

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

    def trend(self, skill_id: str) -> list[tuple[datetime, int | None]]:
        """The skill's level over the completed assessments."""
        return skill_trend(self.context.framework, skill_id, self.history)

    def _reload_history(self) -> None:
        if self.person is None or self.role_id is None:
            self.history = []
        else:
            self.history = self.context.repository.assessments(self.person.id, self.role_id)
        self.history_changed.emit()

    def _reload_assessment(self) -> None:
        if self.assessment is not None:
            self.assessment = self.context.repository.assessment(self.assessment.id)
