"""Keeps the team overview up to date: latest assessments of everyone for the chosen role."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings

from app import workers
from app.controllers.assessment_controller import (
    ASSESSMENT_TABLES,
    PEOPLE_TABLES,
    AssessmentController,
)
from app.views.team_page import TeamPage
from app.views.view_state import kept_view_state
from core.assessment import AssessmentInfo, PersonInfo
from core.errors import FrameworkError
from core.framework import Framework
from core.framework_library import FrameworkLibrary
from core.i18n import join_list, join_sentences
from core.team import TeamOverview, busiest_role, role_key, split_role_key, team_overview
from db.repository import Repository

ROLE_KEY = "team/role"
"""Per data folder (see :mod:`app.settings_keys`): the role last chosen on the Team tab."""
BACKGROUND_FROM = 200
"""Teams of this many people (or more) are read and worked out off the GUI thread."""


def _profile_framework(person: PersonInfo, default_id: str) -> str:
    return person.framework_id or default_id


def compute_team(
    repository: Repository, framework: Framework, role_id: str, default_id: str | None = None
) -> tuple[TeamOverview, list[PersonInfo]]:
    """The overview of the role and its members (no widget touched: runs in a worker too).

    Four queries whatever the team's size: people, and everyone's latest assessment of the
    role with its ratings. ``default_id`` is the id of the framework profiles without one
    have (``framework``'s own when not given).
    """
    default_id = default_id or framework.id
    people = [p for p in repository.people() if not p.archived]
    latest: dict[int, AssessmentInfo] = {
        a.person_id: a for a in repository.latest_of_role(role_id, framework.id)
    }
    members = [
        p
        for p in people
        if p.id in latest
        or (p.role_id == role_id and _profile_framework(p, default_id) == framework.id)
    ]
    overview = team_overview(framework, role_id, members, latest)
    overview.thin_skills()  # the per-skill figures, worked out here rather than on a repaint
    return overview, members


class TeamPresenter(QObject):
    """Recomputes the overview when people, assessments or the chosen role change.

    The tab opens on the role chosen last time in this data folder, else on the role most
    people have; until a role is chosen, it follows the team as people come and go.
    """

    def __init__(self, controller: AssessmentController, page: TeamPage) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        self._role_key = controller.context.setting_key(ROLE_KEY)
        self._roles_listed = False
        """The role chooser is filled when the page is first shown (finding the busiest role
        reads everyone's latest role: not needed for the first screen)."""
        self._stale = True
        self._job: workers.CallJob | None = None
        self._again = False
        self._framework: Framework = controller.context.library.default
        """The framework of the role shown."""
        self.background_refreshes = 0
        """Refreshes done off the GUI thread (large teams)."""
        page.role_chosen.connect(self._on_role_chosen)
        page.shown.connect(self._refresh_if_stale)
        controller.people_changed.connect(self._on_people_changed)
        controller.history_changed.connect(self._mark_stale)
        controller.rating_changed.connect(lambda _skill: self._mark_stale())
        controller.stored_data_changed.connect(self._on_stored_data_changed)
        controller.frameworks_changed.connect(self._on_frameworks_changed)

    def _on_stored_data_changed(self, tables: frozenset[str]) -> None:
        if tables & (ASSESSMENT_TABLES | PEOPLE_TABLES):
            self._mark_stale()

    def _on_frameworks_changed(self) -> None:
        if self._roles_listed:
            self.page.set_roles(self._library.frameworks(), self.page.current_role())
        self._mark_stale()

    def _mark_stale(self) -> None:
        # Recomputing means a query per person: done when the page is on screen, not per edit.
        self._stale = True
        if self.page.isVisible():
            self.refresh()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _list_roles(self) -> None:
        if not self._roles_listed:
            self._roles_listed = True
            self.page.set_roles(self._library.frameworks(), self._initial_role())

    @property
    def _library(self) -> FrameworkLibrary:
        return self.controller.context.library

    def _resolve(self, key: str | None) -> tuple[Framework, str] | None:
        """The framework and role a role key names, if both exist."""
        if not key:
            return None
        framework_id, role_id = split_role_key(key, self._library.default_id)
        try:
            framework = self._library.get(framework_id)
        except FrameworkError:
            return None
        return (framework, role_id) if framework.has_role(role_id) else None

    def _remembered_role(self) -> str | None:
        value = QSettings().value(self._role_key)
        if isinstance(value, str) and self._resolve(value) is not None:
            return value
        return None

    def _initial_role(self) -> str | None:
        controller = self.controller
        shown = None
        if controller.role_id is not None:
            shown = role_key(
                controller.context.framework.id, controller.role_id, self._library.default_id
            )
        return self._remembered_role() or self.busiest_role() or shown

    def busiest_role(self) -> str | None:
        """The role most people (not archived) have: their profile's, else the one they were
        last assessed against (as a role key: see :func:`core.team.role_key`)."""
        repository = self.controller.context.repository
        default_id = self._library.default_id
        last_assessed = repository.last_assessed_roles()
        roles = []
        for person in repository.people():
            if person.archived:
                continue
            if person.role_id:
                key = role_key(person.framework_id, person.role_id, default_id)
            else:
                role = last_assessed.get(person.id)
                key = role_key(None, role, default_id) if role else None
            roles.append(key if key and self._resolve(key) is not None else None)
        return busiest_role(roles)

    def _on_role_chosen(self, role_id: str) -> None:
        QSettings().setValue(self._role_key, role_id)
        self.refresh()

    def _on_people_changed(self) -> None:
        if not self._roles_listed:  # the busiest role is found when the page is first shown
            self._mark_stale()
            return
        if self._remembered_role() is None:  # nothing chosen in this folder yet: follow the team
            role = self.busiest_role()
            if role is not None and role != self.page.current_role():
                self.page.set_roles(self._library.frameworks(), role)
        self._mark_stale()

    @property
    def refreshing(self) -> bool:
        """Whether a refresh is running in the background."""
        return self._job is not None

    def refresh(self) -> None:
        """Rebuild the overview for the chosen role: on the GUI thread for a small team, in a
        worker for a large one (the table is updated when it is done)."""
        self._stale = False
        self._list_roles()
        key = self.page.current_role()
        chosen = self._resolve(key)
        if chosen is None:
            self.page.model.set_overview(self._library.default, None)
            self._framework = self._library.default
            return
        framework, role_id = chosen
        self._framework = framework
        default_id = self._library.default_id
        if self._job is not None:  # one at a time; the latest request runs next
            self._again = True
            return
        repository = self.controller.context.repository
        if len(self.controller.people) < BACKGROUND_FROM:
            self._show(framework, *compute_team(repository, framework, role_id, default_id))
            return
        result: list[tuple[TeamOverview, list[PersonInfo]]] = []

        def work(_progress: workers.ProgressCallback) -> str:
            result.append(compute_team(repository, framework, role_id, default_id))
            return ""

        def done(succeeded: bool, message: str) -> None:
            self._job = None
            if not succeeded:
                self.page.summary.setText(
                    self.tr("The team could not be read: {reason}").format(reason=message)
                )
            elif result and self.page.current_role() == key:
                self.background_refreshes += 1
                self._show(framework, *result[0])
            if self._again or self.page.current_role() != key:
                self._again = False
                self.refresh()

        job = workers.CallJob(work)
        job.signals.succeeded.connect(lambda message: done(True, message))
        job.signals.failed.connect(lambda message: done(False, message))
        self._job = job
        workers.start(job)

    def _show(
        self, framework: Framework, overview: TeamOverview, members: list[PersonInfo]
    ) -> None:
        with kept_view_state(self.page.table):  # the same people stay selected, scrolled to
            self.page.model.set_overview(framework, overview)
        self.page.table.resizeColumnToContents(0)
        self.page.summary.setText(self._summary(overview, members))

    def _summary(self, overview: TeamOverview, members: list[PersonInfo]) -> str:
        framework = self._framework
        if not members:
            return self.tr(
                "Nobody has this role yet: set it in a person's profile, or assess someone "
                "against it."
            )
        lines = [self.tr("People with this role: {count}.").format(count=len(members))]
        drafts = [row.person.name for row in overview.rows if row.is_draft]
        if drafts:
            lines.append(
                self.tr(
                    "Only a draft, not counted in “Meet their target” until it is completed: "
                    "{names}."
                ).format(names=join_list(drafts))
            )
        thin = [framework.skill(s).name for s in overview.thin_skills()]
        if thin:
            lines.append(
                self.tr("Thin: fewer than half meet their target in {skills}.").format(
                    skills=join_list(thin)
                )
            )
        else:
            lines.append(self.tr("No skill is thin."))
        return join_sentences(lines)
