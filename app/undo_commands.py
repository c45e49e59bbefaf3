"""Undoable edits. Each command changes the model through the controller, never a widget.

A command is saved by the controller *before* it goes on the undo stack (see
``AssessmentController._push``), so a failed save never becomes an undo step. A later undo or redo
that cannot be saved marks its step obsolete, so Qt drops it from the stack, and the controller
tells the user; no exception ever leaves ``undo``/``redo`` into Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db.errors import StorageError

if TYPE_CHECKING:
    from app.controllers.assessment_controller import AssessmentController

RatingValue = tuple[bool, str | None]
"""(rated, level id); (True, None) is "not yet", (False, None) is unrated."""

_NOTE_COMMAND_ID = 1001


class SavedCommand(QUndoCommand):
    """An edit with ``apply`` and ``revert`` that write to the data."""

    def __init__(self, controller: AssessmentController, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._applied = False

    def apply(self) -> None:
        """Make the change (raises StorageError when it cannot be saved)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back (raises StorageError when it cannot be saved)."""
        raise NotImplementedError

    def mark_applied(self) -> None:
        """The change was saved already: the stack's first ``redo`` (on push) has nothing to do."""
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except StorageError as exc:
            self.setObsolete(True)
            self._controller.undo_failed(str(exc))


class SetRatingCommand(SavedCommand):
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
        super().__init__(controller, text)
        self.assessment_id = assessment_id
        self.skill_id = skill_id
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._controller.store_rating(self.assessment_id, self.skill_id, *self._after)

    def revert(self) -> None:
        self._controller.store_rating(self.assessment_id, self.skill_id, *self._before)


class SetNoteCommand(SavedCommand):
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
        super().__init__(controller, text)
        self.assessment_id = assessment_id
        self.skill_id = skill_id
        self._before = before
        self.after = after

    def id(self) -> int:
        return _NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetNoteCommand) or other.skill_id != self.skill_id:
            return False
        if other.assessment_id != self.assessment_id:
            return False
        self.after = other.after
        return True

    def apply(self) -> None:
        self._controller.store_note(self.assessment_id, self.skill_id, self.after)

    def revert(self) -> None:
        self._controller.store_note(self.assessment_id, self.skill_id, self._before)


class SetManagerRatingCommand(SetRatingCommand):
    """Give the manager's rating of a skill."""

    def apply(self) -> None:
        self._controller.store_manager_rating(self.assessment_id, self.skill_id, *self._after)

    def revert(self) -> None:
        self._controller.store_manager_rating(self.assessment_id, self.skill_id, *self._before)


class CompleteCommand(SavedCommand):
    """Complete a draft; undoing it (right after) turns it back into the same draft."""

    def __init__(self, controller: AssessmentController, assessment_id: int) -> None:
        super().__init__(
            controller, QCoreApplication.translate("CompleteCommand", "Complete assessment")
        )
        self.assessment_id = assessment_id

    def apply(self) -> None:
        self._controller.store_completion(self.assessment_id, True)

    def revert(self) -> None:
        self._controller.store_completion(self.assessment_id, False)
