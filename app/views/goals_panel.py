"""The goals of the selected skill, with buttons to add, edit, finish and delete them.

The panel has no heading of its own; the view that places it labels it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.goal_table_model import GoalTableModel
from app.views.tables import row_table
from core.goals import Goal

_LIST_HEIGHT = 110


class GoalsPanel(QWidget):
    """A compact goal list. Emits requests; the presenter does the work."""

    add_requested = Signal()
    edit_requested = Signal(int)
    done_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GoalTableModel()
        self.table = row_table(self.model, self.tr("Goals for this skill"))
        self.placeholder = QLabel(
            self.tr("No goals for this skill yet. Add one to plan your next step.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The list and its placeholder share one fixed-height place, so adding the first goal
        # (or deleting the last) does not make the page jump.
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.placeholder)
        self.list_area.addWidget(self.table)
        self.list_area.setFixedHeight(_LIST_HEIGHT)

        # Tool buttons size to their text, which keeps the Assess view usable in narrow windows.
        self.add_button = QToolButton(text=self.tr("Add…"))
        self.edit_button = QToolButton(text=self.tr("Edit…"))
        self.done_button = QToolButton(text=self.tr("Done"))
        self.delete_button = QToolButton(text=self.tr("Delete"))
        buttons = QHBoxLayout()
        for button, name in (
            (self.add_button, self.tr("Add goal")),
            (self.edit_button, self.tr("Edit goal")),
            (self.done_button, self.tr("Mark goal done")),
            (self.delete_button, self.tr("Delete goal")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_area)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for_selected(self.edit_requested))
        self.done_button.clicked.connect(lambda: self._emit_for_selected(self.done_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_selected(self.delete_requested))
        self.table.doubleClicked.connect(
            lambda _index: self._emit_for_selected(self.edit_requested)
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._editable = True
        self._update_buttons()

    def selected_goal(self) -> Goal | None:
        """The goal of the selected row."""
        index = self.table.currentIndex()
        return self.model.goal_at(index.row()) if index.isValid() else None

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Allow or forbid changes (goals of a past assessment are shown read-only)."""
        self._editable = editable
        self.add_button.setToolTip("" if editable else reason)
        self._update_buttons()

    def refresh_placeholder(self) -> None:
        """Show the hint instead of an empty table."""
        empty = self.model.rowCount() == 0
        self.list_area.setCurrentWidget(self.placeholder if empty else self.table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        goal = self.selected_goal()
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and goal is not None)
        self.done_button.setEnabled(self._editable and goal is not None and goal.is_open)
        self.delete_button.setEnabled(self._editable and goal is not None)

    def _emit_for_selected(self, signal: Signal) -> None:
        goal = self.selected_goal()
        if goal is not None and self._editable:
            signal.emit(goal.id)  # type: ignore[attr-defined]
