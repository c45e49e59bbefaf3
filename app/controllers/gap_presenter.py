"""Keeps the gap page in step with the ratings and the target."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.controllers.assessment_controller import ASSESSMENT_TABLES, AssessmentController
from app.views.gap_page import GapPage
from app.views.view_state import kept_view_state
from core.gaps import rating_index, readiness, skill_gaps, sorted_by_importance


class GapPresenter(QObject):
    """Recomputes gaps and readiness after every change."""

    def __init__(self, controller: AssessmentController, page: GapPage) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        controller.assessment_changed.connect(self.refresh)
        controller.rating_changed.connect(self.refresh)
        controller.stored_data_changed.connect(self._on_stored_data_changed)

    def _on_stored_data_changed(self, tables: frozenset[str]) -> None:
        if tables & ASSESSMENT_TABLES:
            with kept_view_state(self.page.table):
                self.refresh()

    def refresh(self) -> None:
        """Redraw from the controller's state."""
        controller = self.controller
        framework = controller.framework
        if controller.role_id is None:
            self.page.show_gaps(framework, None, [], None)
            return
        gaps = skill_gaps(
            framework, controller.role_id, controller.ratings, controller.target_level
        )
        manager = {
            skill_id: rating_index(framework, controller.role_id, rating)
            for skill_id, rating in controller.manager_ratings.items()
            if rating.rated
        }
        self.page.show_gaps(
            framework,
            controller.role_id,
            sorted_by_importance(gaps),
            readiness(framework, gaps, controller.target_level),
            manager,
        )
