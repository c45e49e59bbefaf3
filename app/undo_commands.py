"""Undoable edits. Each command changes the model through the controller, never a widget.

A command is saved by the controller *before* it goes on the undo stack (see
``AssessmentController._push``), so a failed save never becomes an undo step. A later undo or redo
that cannot be saved marks its step obsolete, so Qt drops it from the stack, and the controller
tells the user; no exception ever leaves ``undo``/``redo`` into Qt.

Ratings and notes are written against the version of the record the command last saw (the
shown one when it was made, then the one its own last write produced): a record someone else
changed meanwhile is a conflict the user settles (see ``AssessmentController.store_edit``). When
they keep the other client's value, the step is dropped from the stack the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db.errors import StorageError

if TYPE_CHECKING:
    from app.controllers.assessment_controller import AssessmentController

RatingValue = tuple[bool, str | None]
"""(rated, level id); (True, None) is "not yet", (False, None) is unrated."""

_NOTE_COMMAND_ID = 1001


class KeptTheirs(Exception):  # noqa: N818 (an outcome, not an error)
    """The edit met another client's change of the same record and the user kept theirs:
    nothing of this edit is saved, the view shows theirs."""


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
        except KeptTheirs:
            self.setObsolete(True)
        except StorageError as exc:
            self.setObsolete(True)
            self._controller.undo_failed(str(exc))


class SkillEditCommand(SavedCommand):
    """Change one field of a skill's rating row (self rating, manager rating or note), written
    against the row's ``version`` as this command last saw it."""

    kind: ClassVar[str]
    """What is written: ``rating``, ``manager`` or ``note``."""

    def __init__(
        self,
        controller: AssessmentController,
        assessment_id: int,
        skill_id: str,
        before: object,
        after: object,
        text: str,
        version: int = 0,
    ) -> None:
        super().__init__(controller, text)
        self.assessment_id = assessment_id
        self.skill_id = skill_id
        self._before = before
        self.after = after
        self.version = version
        """The row's version the next write expects (0: no row yet)."""

    def apply(self) -> None:
        self._controller.store_edit(self, self.after, self._before)

    def revert(self) -> None:
        self._controller.store_edit(self, self._before, self.after)


class SetRatingCommand(SkillEditCommand):
    """Rate a skill; ``before`` and ``after`` are :data:`RatingValue`."""

    kind = "rating"


class SetNoteCommand(SkillEditCommand):
    """Change a skill's note; consecutive typing in one note merges into one undo step."""

    kind = "note"

    def id(self) -> int:
        return _NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetNoteCommand) or other.skill_id != self.skill_id:
            return False
        if other.assessment_id != self.assessment_id:
            return False
        self.after = other.after
        self.version = other.version  # the autosave's own last write: typing on never conflicts
        return True


class SetManagerRatingCommand(SetRatingCommand):
    """Give the manager's rating of a skill."""

    kind = "manager"


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
