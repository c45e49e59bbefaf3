"""Add or edit one goal: the action, its status, an optional due date and level."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from app.views.optional_date import OptionalDateEdit
from core.framework import Level
from core.goals import MAX_ACTION_LENGTH, Goal, GoalStatus


@dataclass(frozen=True)
class GoalFields:
    """What the dialog collects."""

    action: str
    status: GoalStatus
    due: date | None
    level_id: str | None


class GoalDialog(QDialog):
    """A small form; OK stays disabled until the goal says what to do."""

    def __init__(
        self,
        skill_name: str,
        levels: tuple[Level, ...],
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Edit goal — {skill}") if goal else self.tr("New goal — {skill}")
        self.setWindowTitle(title.format(skill=skill_name))
        self.action = QPlainTextEdit()
        self.action.setAccessibleName(self.tr("Goal action"))
        self.action.setPlaceholderText(
            self.tr("What will you do? For example: run the next release myself")
        )
        self.action.setTabChangesFocus(True)
        self.action.setMinimumWidth(420)
        self.action.setMaximumHeight(90)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Goal status"))
        for status in GoalStatus:
            self.status.addItem(status.label, status.value)
        self.due_field = OptionalDateEdit(
            self.tr("Due by"),
            self.tr("Due date"),
            goal.due if goal else None,
            QDate.currentDate().addMonths(3),
        )
        self.due_field.enabled.setChecked(goal is None or goal.due is not None)
        self.has_due, self.due = self.due_field.enabled, self.due_field.date
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level the goal aims at"))
        self.level.addItem(self.tr("No particular level"), None)
        for level in levels:
            self.level.addItem(level.label, level.id)

        form = QFormLayout(self)
        form.addRow(self.tr("&Action:"), self.action)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Due:"), self.due_field)
        form.addRow(self.tr("&Aims at:"), self.level)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.action.textChanged.connect(self._update_ok)

        if goal is not None:
            self.action.setPlainText(goal.action)
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
            index = self.level.findData(goal.level_id)
            self.level.setCurrentIndex(max(index, 0))
        self._update_ok()

    def _update_ok(self) -> None:
        text = self.action.toPlainText().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(text) <= MAX_ACTION_LENGTH)

    def fields(self) -> GoalFields:
        """The values entered."""
        qdate = self.due.date()
        return GoalFields(
            action=self.action.toPlainText().strip(),
            status=GoalStatus(self.status.currentData()),
            due=date(qdate.year(), qdate.month(), qdate.day())
            if self.has_due.isChecked()
            else None,
            level_id=self.level.currentData(),
        )
