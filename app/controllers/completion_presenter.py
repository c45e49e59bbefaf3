"""Assessment → Complete and Start a new assessment: one place decides when they are available,
and the Assess page's buttons mirror the menu actions."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.controllers.assessment_controller import AssessmentController
from app.views.assess_page import AssessPage
from app.views.confirm import confirm


class CompletionPresenter(QObject):
    """Completing a draft (after a confirmation that counts what is unrated) and starting anew."""

    def __init__(
        self,
        controller: AssessmentController,
        complete: QAction,
        new_assessment: QAction,
        page: AssessPage,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(page)
        self.controller = controller
        self.complete_action = complete
        self.new_assessment_action = new_assessment
        self.page = page
        self._dialog_parent = dialog_parent
        complete.triggered.connect(self.complete)
        new_assessment.triggered.connect(controller.start_new_assessment)
        page.complete_button.clicked.connect(complete.trigger)
        page.banner_button.clicked.connect(new_assessment.trigger)
        for signal in (
            controller.assessment_changed,
            controller.rating_changed,
            controller.history_changed,
            controller.people_changed,
        ):
            signal.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable the actions from the controller's state; the page's buttons follow them."""
        controller = self.controller
        self.complete_action.setEnabled(controller.can_complete)
        self.new_assessment_action.setEnabled(
            controller.role_id is not None and controller.read_only
        )
        page = self.page
        page.complete_button.setVisible(controller.role_id is not None and not controller.read_only)
        page.complete_button.setEnabled(self.complete_action.isEnabled())
        page.banner_button.setVisible(self.new_assessment_action.isEnabled())
        page.banner_button.setEnabled(self.new_assessment_action.isEnabled())

    def complete(self) -> None:
        """Ask, saying how many skills are unrated, then complete; Ctrl+Z takes it back."""
        controller = self.controller
        if not controller.can_complete or controller.role_id is None:
            return
        total = len(controller.framework.role(controller.role_id).skill_ids)
        unrated = controller.unrated_count()
        if unrated:
            rated_text = self.tr(
                "%n of the role's skills are not rated yet; they stay unrated in the completed "
                "assessment.",
                "",
                unrated,
            )
        else:
            rated_text = self.tr("All {total} skills are rated.").format(total=total)
        question = self.tr(
            "Complete this assessment? {rated}\n\nA completed assessment is frozen with today's "
            "date and counts in your history and the team view. To change it later, undo "
            "(Ctrl+Z) right away, or reopen it from the History tab."
        ).format(rated=rated_text)
        if confirm(self._dialog_parent, self.tr("Complete assessment"), question):
            controller.complete_assessment()
