"""A skill's goals as table rows: the action, its status, when it is due, the level it aims at."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.formatting import format_date
from core.framework import Framework
from core.goals import Goal

_HEADERS = (
    QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Due"),
    QT_TRANSLATE_NOOP("GoalTableModel", "Aims at"),
)
Index = QModelIndex | QPersistentModelIndex


def due_text(goal: Goal, today: date) -> str:
    """The due date, with "overdue" spelled out so it reads without colour."""
    if goal.due is None:
        return "—"
    text = format_date(goal.due)
    if goal.is_overdue(today):
        return QCoreApplication.translate("GoalTableModel", "{date} (overdue)").format(date=text)
    return text


class GoalTableModel(QAbstractTableModel):
    """Read-only rows, replaced as a whole with :meth:`set_goals`."""

    def __init__(self) -> None:
        super().__init__()
        self._goals: list[Goal] = []
        self._framework: Framework | None = None
        self._today = date.today()

    def set_goals(self, goals: list[Goal], framework: Framework, today: date) -> None:
        """Show these goals."""
        self.beginResetModel()
        self._goals = list(goals)
        self._framework = framework
        self._today = today
        self.endResetModel()

    def goal_at(self, row: int) -> Goal | None:
        """The goal of a row."""
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.goal_at(index.row())
        if goal is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return goal.action
        if role == Qt.ItemDataRole.FontRole and not goal.is_open:
            font = QFont()
            font.setStrikeOut(column == 0)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if not goal.is_open:
                return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if column == 2 and goal.is_overdue(self._today):
                return palette.color(QPalette.ColorRole.Accent)
        return None

    def _text(self, goal: Goal, column: int) -> str:
        if column == 0:
            return " ".join(goal.action.split())
        if column == 1:
            return goal.status.label
        if column == 2:
            return due_text(goal, self._today)
        if goal.level_id and self._framework is not None:
            return self._framework.level_label(goal.level_id)
        return "—"
