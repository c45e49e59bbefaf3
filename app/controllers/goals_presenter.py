"""Goals next to the selected skill: shown for the assessment on screen, edited through dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.controllers.assessment_controller import AssessmentController, EditConflict
from app.views.assess_page import AssessPage
from app.views.confirm import confirm
from core.goals import Goal, GoalStatus, goals_for_assessment
from db.errors import ConflictError, StorageError
from db.repository import Repository

if TYPE_CHECKING:  # the dialog is imported when a goal is edited (not for the first screen)
    from app.views.goal_dialog import GoalFields

READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "GoalsPresenter", "Goals are changed on the current assessment, not on a completed one."
)


class GoalsPresenter(QObject):
    """Loads the person's goals, filters them to the shown assessment and skill, saves edits."""

    goals_changed = Signal()

    def __init__(
        self,
        controller: AssessmentController,
        page: AssessPage,
        selected_skill: Callable[[], str | None],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        self.panel = page.ladder.goals
        self._selected_skill = selected_skill
        self._today = today
        self._goals: list[Goal] = []
        self._person_id: int | None = None
        controller.assessment_changed.connect(self.reload)
        controller.stored_data_changed.connect(
            lambda tables: self.reload() if "goals" in tables else None
        )
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.panel.add_requested.connect(self.add_goal)
        self.panel.edit_requested.connect(self.edit_goal)
        self.panel.done_requested.connect(self.mark_done)
        self.panel.delete_requested.connect(self.delete_goal)
        self.reload()

    @property
    def goals(self) -> list[Goal]:
        """Every goal of the current person."""
        return list(self._goals)

    def visible_goals(self, skill_id: str) -> list[Goal]:
        """The goals of a skill that belong to the assessment on screen."""
        of_skill = [g for g in self._goals if g.skill_id == skill_id]
        assessment = self.controller.assessment
        if assessment is None:
            return sorted((g for g in of_skill if g.is_open), key=lambda g: g.id)
        return goals_for_assessment(of_skill, assessment.started_at, assessment.completed_at)

    def reload(self) -> None:
        """Re-read the person's goals and show the selected skill's."""
        person = self.controller.person
        self._person_id = person.id if person else None
        self._goals = (
            self.controller.context.repository.goals(person.id) if person is not None else []
        )
        self.show_selected()

    def show_selected(self) -> None:
        """Show the selected skill's goals."""
        skill_id = self._selected_skill()
        goals = self.visible_goals(skill_id) if skill_id else []
        self.panel.model.set_goals(goals, self.controller.framework, self._today())
        self.panel.set_editable(
            self._person_id is not None and skill_id is not None and not self.controller.read_only,
            self.tr(READ_ONLY_REASON),
        )
        self.panel.refresh_placeholder()

    # --- edits ----------------------------------------------------------------------------------

    def add_goal(self) -> None:
        """Ask for a new goal for the selected skill and save it."""
        skill_id = self._selected_skill()
        if skill_id is None or self._person_id is None:
            return
        fields = self._ask(skill_id, None)
        if fields is not None:
            self._save(
                lambda repository: repository.add_goal(
                    self._person_id, skill_id, fields.action, due=fields.due,
                    status=fields.status, level_id=fields.level_id,
                )
            )  # fmt: skip

    def edit_goal(self, goal_id: int) -> None:
        """Change a goal through the dialog."""
        goal = self._find(goal_id)
        if goal is None:
            return
        fields = self._ask(goal.skill_id, goal)
        if fields is not None:
            self._update(goal, fields)

    def mark_done(self, goal_id: int) -> None:
        """Mark a goal done (it stays in the plan of the assessment it was finished in)."""
        from app.views.goal_dialog import GoalFields

        goal = self._find(goal_id)
        if goal is not None:
            self._update(goal, GoalFields(goal.action, GoalStatus.DONE, goal.due, goal.level_id))

    def delete_goal(self, goal_id: int) -> None:
        """Delete a goal after confirmation."""
        goal = self._find(goal_id)
        if goal is None:
            return
        if confirm(
            self.page,
            self.tr("Delete goal"),
            self.tr("Delete the goal “{goal}”?").format(goal=goal.action[:80]),
        ):
            self._save(lambda repository: repository.delete_goal(goal.id))

    # --- helpers --------------------------------------------------------------------------------

    def _find(self, goal_id: int) -> Goal | None:
        return next((g for g in self._goals if g.id == goal_id), None)

    def _ask(self, skill_id: str, goal: Goal | None) -> GoalFields | None:
        from app.views.goal_dialog import GoalDialog

        framework = self.controller.framework
        dialog = GoalDialog(framework.skill(skill_id).name, framework.levels, goal, self.page)
        try:
            return dialog.fields() if dialog.exec() == GoalDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _update(self, goal: Goal, fields: GoalFields) -> None:
        self._save(lambda repository: self._write_goal(repository, goal, fields))

    def _write_goal(self, repository: Repository, goal: Goal, fields: GoalFields) -> None:
        """Save against the version shown; if someone else changed the goal meanwhile, the
        user keeps theirs (nothing written) or theirs is overwritten with this edit."""
        try:
            repository.update_goal(
                goal.id, action=fields.action, due=fields.due, status=fields.status,
                level_id=fields.level_id, expected_version=goal.version,
            )  # fmt: skip
        except ConflictError as conflict:
            from app.views.conflict_dialog import ConflictDialog

            theirs = conflict.theirs
            question = EditConflict(
                self.tr("Goal for {skill}").format(
                    skill=self.controller.framework.skill(goal.skill_id).name
                ),
                _goal_text(theirs) if isinstance(theirs, Goal) else self.tr("(deleted)"),
                _goal_text(conflict.mine) if isinstance(conflict.mine, Goal) else "",
            )
            if theirs is not None and ConflictDialog.ask(question, self.page):
                repository.update_goal(
                    goal.id, action=fields.action, due=fields.due, status=fields.status,
                    level_id=fields.level_id, expected_version=conflict.stored_version,
                )  # fmt: skip

    def _save(self, change: Callable[..., object]) -> None:
        try:
            change(self.controller.context.repository)
        except StorageError as exc:
            QMessageBox.warning(self.page, self.tr("Goal not saved"), str(exc).capitalize() + ".")
        self.reload()
        self.goals_changed.emit()


def _goal_text(goal: Goal) -> str:
    """A goal as the conflict dialog shows it: action, status and due date."""
    due = f" · {goal.due.isoformat()}" if goal.due else ""
    return f"{goal.action}\n{goal.status.label}{due}"
