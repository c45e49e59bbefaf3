"""Keeps the team overview up to date: latest assessments of everyone for the chosen role."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.controllers.assessment_controller import AssessmentController
from app.views.team_page import TeamPage
from core.assessment import AssessmentInfo
from core.team import team_overview


class TeamPresenter(QObject):
    """Recomputes the overview when people, assessments or the chosen role change."""

    def __init__(self, controller: AssessmentController, page: TeamPage) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        framework = controller.context.framework
        page.set_roles(framework, controller.role_id or self._busiest_role())
        self._stale = True
        page.role_chosen.connect(lambda _role: self.refresh())
        page.shown.connect(self._refresh_if_stale)
        controller.people_changed.connect(self._mark_stale)
        controller.history_changed.connect(self._mark_stale)
        controller.rating_changed.connect(lambda _skill: self._mark_stale())

    def _mark_stale(self) -> None:
        # Recomputing means a query per person: done when the page is on screen, not per edit.
        self._stale = True
        if self.page.isVisible():
            self.refresh()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _busiest_role(self) -> str | None:
        counts: dict[str, int] = {}
        for person in self.controller.people:
            if person.role_id:
                counts[person.role_id] = counts.get(person.role_id, 0) + 1
        return max(counts, key=lambda r: counts[r]) if counts else None

    def refresh(self) -> None:
        """Rebuild the overview for the chosen role."""
        self._stale = False
        role_id = self.page.current_role()
        framework = self.controller.context.framework
        if role_id is None or not framework.has_role(role_id):
            self.page.model.set_overview(framework, None)
            return
        repository = self.controller.context.repository
        people = [p for p in repository.people() if not p.archived]
        latest: dict[int, AssessmentInfo] = {}
        members = []
        for person in people:
            assessments = repository.assessments(person.id, role_id)
            completed = [a for a in assessments if a.is_completed]
            pool = completed or assessments
            if pool:
                latest[person.id] = max(pool, key=lambda a: a.date)
            if pool or person.role_id == role_id:
                members.append(person)
        overview = team_overview(framework, role_id, members, latest)
        self.page.model.set_overview(framework, overview)
        self.page.table.resizeColumnToContents(0)
        thin = [framework.skill(s).name for s in overview.thin_skills()]
        if not members:
            self.page.summary.setText(
                "Nobody has this role yet: set it in a person's profile, or assess someone "
                "against it."
            )
        elif thin:
            self.page.summary.setText(
                f"Thin: fewer than half meet their target in {', '.join(thin)}."
            )
        else:
            self.page.summary.setText(f"{len(members)} people. No skill is thin.")
