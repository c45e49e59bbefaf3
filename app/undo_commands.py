"""Undoable edits. Each command changes the model through the controller, never a widget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.controllers.assessment_controller import AssessmentController

RatingValue = tuple[bool, str | None]
"""(rated, level id); (True, None) is "not yet", (False, None) is unrated."""

_NOTE_COMMAND_ID = 1001


class SetRatingCommand(QUndoCommand):
    """Rate a skill."""

    def __init__(
        self,
        controller: AssessmentController,
        assessment_id: int,
        skill_id: str,
        before: RatingValue,
        after: RatingValue,
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._assessment_id = assessment_id
        self._skill_id = skill_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._controller.store_rating(self._assessment_id, self._skill_id, *self._after)

    def undo(self) -> None:
        self._controller.store_rating(self._assessment_id, self._skill_id, *self._before)


class SetNoteCommand(QUndoCommand):
    """Change a skill's note; consecutive typing in one note merges into one undo step."""

    def __init__(
        self,
        controller: AssessmentController,
        assessment_id: int,
        skill_id: str,
        before: str,
        after: str,
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._assessment_id = assessment_id
        self.skill_id = skill_id
        self._before = before
        self.after = after

    def id(self) -> int:
        return _NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetNoteCommand) or other.skill_id != self.skill_id:
            return False
        if other._assessment_id != self._assessment_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._controller.store_note(self._assessment_id, self.skill_id, self.after)

    def undo(self) -> None:
        self._controller.store_note(self._assessment_id, self.skill_id, self._before)


class SetManagerRatingCommand(SetRatingCommand):
    """Give the manager's rating of a skill."""

    def redo(self) -> None:
        self._controller.store_manager_rating(self._assessment_id, self._skill_id, *self._after)

    def undo(self) -> None:
        self._controller.store_manager_rating(self._assessment_id, self._skill_id, *self._before)
