"""Fills the history page: the list, comparisons and per-skill trends."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableWidgetItem

from app.controllers.assessment_controller import AssessmentController
from app.models.skill_table_model import level_text
from app.views.history_page import ASSESSMENT_ID, HistoryPage
from core.gaps import overall_level


def _local_date(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d")


class HistoryPresenter(QObject):
    """Shows the current person's assessments of the current role."""

    def __init__(self, controller: AssessmentController, page: HistoryPage) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        controller.history_changed.connect(self.refresh)
        page.open_button.clicked.connect(self.open_selected)
        page.compare_button.clicked.connect(self.compare_selected)
        page.assessments.doubleClicked.connect(lambda _index: self.open_selected())
        page.assessments.itemSelectionChanged.connect(self._update_buttons)
        page.trend_skill.currentIndexChanged.connect(lambda _i: self.refresh_trend())
        self._update_buttons()

    def refresh(self) -> None:
        """Reload the list of assessments, newest first."""
        controller = self.controller
        framework = controller.context.framework
        table = self.page.assessments
        history = list(reversed(controller.history))
        table.setRowCount(len(history))
        for row, assessment in enumerate(history):
            level = (
                overall_level(framework, assessment.role_id, assessment.ratings)
                if framework.has_role(assessment.role_id)
                else None
            )
            rated = sum(1 for r in assessment.ratings.values() if r.rated)
            values = (
                _local_date(assessment.date),
                "Completed" if assessment.is_completed else "Draft",
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
        self._update_buttons()
        self._refresh_trend_skills()

    def _update_buttons(self) -> None:
        selected = len(self.page.selected_ids())
        self.page.open_button.setEnabled(selected == 1)
        self.page.compare_button.setEnabled(selected == 2)

    def open_selected(self) -> None:
        """Open the selected assessment on the rating page."""
        ids = self.page.selected_ids()
        if len(ids) == 1:
            self.controller.open_assessment(ids[0])

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
        repository = controller.context.repository
        dates = sorted(repository.assessment(i).date for i in (first_id, second_id))
        moved = sum(1 for c in changes if c.delta)
        self.page.comparison_title.setText(
            f"From {_local_date(dates[0])} to {_local_date(dates[1])}: "
            f"{moved} skill{'s' if moved != 1 else ''} moved."
        )
        table = self.page.comparison
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            delta = change.delta
            delta_text = "—" if delta is None else ("no change" if delta == 0 else f"{delta:+d}")
            notes = ""
            if change.note_changed:
                notes = f"Before: {change.before_note or '(none)'}\nAfter: {change.after_note or '(none)'}"
            values = (
                change.name,
                level_text(framework, change.before),
                level_text(framework, change.after),
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
        labels = [lv.label for lv in framework.levels]
        if skill_id is None:
            self.page.trend.set_series([], labels)
            return
        points = [
            (when, None if i is not None and i < 0 else i)
            for when, i in self.controller.trend(skill_id)
        ]
        self.page.trend.set_series(points, labels, framework.skill(skill_id).name)
