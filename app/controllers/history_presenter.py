"""Fills the history page: the list, opening, reopening and deleting, comparisons and trends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
from app.formatting import distinct_moments
from app.models.skill_table_model import level_text
from app.views.confirm import confirm
from app.views.history_page import ASSESSMENT_ID, HistoryPage
from app.views.view_state import kept_view_state
from core.assessment import AssessmentInfo, AssessmentSummary
from core.gaps import overall_level
from db.errors import StorageError

PAGE_SIZE = 50
"""Assessments listed at first, and added by each "show older" click."""
TREND_POINTS = 120
"""A longer trend is drawn through this many of its points, spread evenly over it."""


class HistoryPresenter(QObject):
    """Shows the current person's assessments of the current role."""

    def __init__(
        self,
        controller: AssessmentController,
        page: HistoryPage,
        show_assessment: Callable[[], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        self._show_assessment = show_assessment
        self._dialog_parent = dialog_parent
        self.runner = BackgroundRunner(dialog_parent)
        self._labels: dict[int, str] = {}
        self._limit = PAGE_SIZE
        self._listed_for: tuple[int | None, str | None] = (None, None)
        self._stale = False
        page.installEventFilter(self)
        controller.history_changed.connect(self.refresh)
        page.more_button.clicked.connect(self.show_older)
        page.open_button.clicked.connect(self.open_selected)
        page.compare_button.clicked.connect(self.compare_selected)
        page.reopen_button.clicked.connect(self.reopen_selected)
        page.delete_button.clicked.connect(self.delete_selected)
        page.assessments.doubleClicked.connect(lambda _index: self.open_selected())
        page.assessments.itemSelectionChanged.connect(self._update_buttons)
        page.trend_skill.currentIndexChanged.connect(lambda _i: self.refresh_trend())
        self._update_buttons()

    def show_older(self) -> None:
        """List the next page of older assessments too."""
        self._limit += PAGE_SIZE
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """A list that changed while the page was hidden is filled when it is shown."""
        if watched is self.page and event.type() == QEvent.Type.Show and self._stale:
            self._fill()
        return False

    def refresh(self) -> None:
        """Reload the list of assessments, newest first: a page at a time, the ratings of the
        listed ones only; while the page is hidden, when it is next shown."""
        if not self.page.isVisible():
            self._stale = True
            self._update_buttons()
            return
        self._fill()

    def _fill(self) -> None:
        self._stale = False
        controller = self.controller
        table = self.page.assessments
        listed_for = (controller.person.id if controller.person else None, controller.role_id)
        if listed_for != self._listed_for:  # another person or role starts at the first page
            self._listed_for = listed_for
            self._limit = PAGE_SIZE
            self._fill_rows()
            return
        with kept_view_state(table, ASSESSMENT_ID):  # the same list, changed: keep the place
            self._fill_rows()

    def _fill_rows(self) -> None:
        controller = self.controller
        framework = controller.context.framework
        table = self.page.assessments
        everything = list(reversed(controller.history))
        history = everything[: self._limit]
        labels = distinct_moments([a.date for a in history])
        self._labels = {a.id: label for a, label in zip(history, labels, strict=True)}
        ratings = controller.context.repository.ratings_of([a.id for a in history])
        table.setRowCount(len(history))
        for row, assessment in enumerate(history):
            rated_skills = ratings.get(assessment.id, {})
            level = (
                overall_level(framework, assessment.role_id, rated_skills)
                if framework.has_role(assessment.role_id)
                else None
            )
            rated = sum(1 for r in rated_skills.values() if r.rated)
            values = (
                self._labels[assessment.id],
                self._status(assessment),
                framework.level(assessment.target_level).label
                if assessment.target_level in {lv.id for lv in framework.levels}
                else assessment.target_level,
                str(rated),
                level.label if level else "—",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ASSESSMENT_ID, assessment.id)
                table.setItem(row, column, item)
        older = len(everything) - len(history)
        more = self.page.more_button
        more.setVisible(older > 0)
        more.setText(self.tr("Show older assessments (%n more)", "", older) if older > 0 else "")
        self._update_buttons()
        self._refresh_trend_skills()

    def _status(self, assessment: AssessmentSummary) -> str:
        if not assessment.is_completed:
            if assessment.reopen_count:
                return self.tr("Draft (reopened)")
            return self.tr("Draft")
        if assessment.reopen_count:
            return self.tr("Completed (reopened %n time(s))", "", assessment.reopen_count)
        return self.tr("Completed")

    def _selected(self) -> list[AssessmentSummary]:
        ids = set(self.page.selected_ids())
        if not ids:  # nothing to look up: the history need not be read
            return []
        return [a for a in self.controller.history if a.id in ids]

    def _update_buttons(self) -> None:
        selected = self._selected()
        page = self.page
        page.open_button.setEnabled(len(selected) == 1)
        page.compare_button.setEnabled(len(selected) == 2)
        page.reopen_button.setEnabled(len(selected) == 1 and selected[0].is_completed)
        page.delete_button.setEnabled(len(selected) == 1)
        is_draft = len(selected) == 1 and not selected[0].is_completed
        page.delete_button.setText(self.tr("&Discard draft…") if is_draft else self.tr("&Delete…"))

    def open_selected(self) -> None:
        """Open the selected assessment on the Assess page, and go there."""
        ids = self.page.selected_ids()
        if len(ids) == 1:
            self.controller.open_assessment(ids[0])
            self._show_assessment()

    def reopen_selected(self) -> None:
        """Turn the selected completed assessment back into a draft, and go there to edit it."""
        selected = self._selected()
        if len(selected) != 1 or not selected[0].is_completed:
            return
        try:
            self.controller.reopen_assessment(selected[0].id)
        except StorageError as exc:
            QMessageBox.warning(
                self._dialog_parent,
                self.tr("Cannot reopen this assessment"),
                self.tr("The assessment was not reopened: {reason}.").format(reason=exc),
            )
            return
        self._show_assessment()

    def delete_selected(self) -> None:
        """Delete the selected assessment (or discard a draft) after confirmation and a backup."""
        selected = self._selected()
        if len(selected) != 1 or self.runner.busy:
            return
        assessment = selected[0]
        when = self._labels.get(assessment.id, "")
        database = self.controller.context.repository.database
        title, question = self._deletion_question(assessment, when, database.keeps_file_backups)
        if not confirm(self._dialog_parent, title, question):
            return
        controller = self.controller
        if not database.keeps_file_backups:  # a team database: the server's backups cover it
            controller.delete_assessment(assessment.id)
            return

        def work() -> str:
            backup = database.backup("delete")
            assert backup is not None  # keeps_file_backups
            return self.tr("Done. The data as it was before is kept in the backup\n{path}").format(
                path=backup.path
            )

        def after(succeeded: bool) -> None:
            if succeeded:  # never delete without a verified backup
                controller.delete_assessment(assessment.id)

        self.runner.run(title, self.tr("Backing up before deleting…"), work, after)

    def _deletion_question(
        self, assessment: AssessmentSummary, when: str, backed_up_here: bool
    ) -> tuple[str, str]:
        """The title and question confirming a deletion (or a draft's discarding)."""
        if assessment.is_completed:
            title = self.tr("Delete assessment")
            if backed_up_here:
                question = self.tr(
                    "Delete the assessment completed on {date}, with its ratings, notes and "
                    "manager ratings? A backup of your data is made first; Data → Restore from "
                    "backup… brings it back."
                )
            else:
                question = self.tr(
                    "Delete the assessment completed on {date}, with its ratings, notes and "
                    "manager ratings? It is deleted from the team database for everyone; only "
                    "the database's administrator can bring it back from the server's backups."
                )
        else:
            title = self.tr("Discard draft")
            if backed_up_here:
                question = self.tr(
                    "Discard the draft started on {date}, with its ratings and notes? A backup "
                    "of your data is made first."
                )
            else:
                question = self.tr(
                    "Discard the draft started on {date}, with its ratings and notes? It is "
                    "removed from the team database for everyone."
                )
        return title, question.format(date=when)

    def compare_selected(self) -> None:
        """Compare the two selected assessments."""
        ids = self.page.selected_ids()
        if len(ids) == 2:
            self.compare(ids[0], ids[1])

    def compare(self, first_id: int, second_id: int) -> None:
        """Show the per-skill changes between two assessments (older to newer)."""
        controller = self.controller
        framework = controller.context.framework
        changes = controller.compare(first_id, second_id)
        role_id = controller.role_id or ""
        repository = controller.context.repository
        pair = sorted((repository.assessment(i) for i in (first_id, second_id)), key=_moment)
        labels = distinct_moments([a.date for a in pair])
        moved = sum(1 for c in changes if c.delta)
        self.page.comparison_title.setText(
            self.tr("From {earlier} to {later}: %n skill(s) moved.", "", moved).format(
                earlier=labels[0], later=labels[1]
            )
        )
        table = self.page.comparison
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            delta = change.delta
            delta_text = (
                "—" if delta is None else (self.tr("no change") if delta == 0 else f"{delta:+d}")
            )
            notes = ""
            if change.note_changed:
                notes = self.tr("Before: {before}\nAfter: {after}").format(
                    before=change.before_note or self.tr("(none)"),
                    after=change.after_note or self.tr("(none)"),
                )
            values = (
                change.name,
                level_text(framework, role_id, change.before),
                level_text(framework, role_id, change.after),
                delta_text,
                notes,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _refresh_trend_skills(self) -> None:
        controller = self.controller
        combo = self.page.trend_skill
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if controller.role_id is not None:
            framework = controller.context.framework
            for skill_id in framework.role(controller.role_id).skill_ids:
                combo.addItem(framework.skill(skill_id).name, skill_id)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.refresh_trend()

    def refresh_trend(self) -> None:
        """Draw the selected skill's level over the completed assessments."""
        framework = self.controller.context.framework
        skill_id = self.page.trend_skill.currentData()
        role_id = self.controller.role_id
        if skill_id is None or role_id is None:
            self.page.trend.set_series([], [])
            return
        labels = [step.label for step in framework.rating_scale(role_id)]
        points = [
            (when, None if i is not None and i < 0 else i)
            for when, i in self.controller.trend(skill_id, TREND_POINTS)
        ]
        self.page.trend.set_series(points, labels, framework.skill(skill_id).name)


def _moment(assessment: AssessmentInfo) -> tuple[object, int]:
    return (assessment.date, assessment.id)
