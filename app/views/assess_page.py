"""The rating page: the role's skills on the left, the selected skill's ladder on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.skill_table_model import SkillTableModel
from app.views.skill_ladder import SkillLadderView


class AssessPage(QWidget):
    """Layout only; :class:`app.controllers.assess_presenter.AssessPresenter` drives it."""

    digit_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Assessment status")
        self.banner_button = QPushButton()
        self.banner_button.setAccessibleName("Assessment action")
        self.complete_button = QPushButton("Complete assessment")
        self.complete_button.setAccessibleName("Complete assessment")
        self.complete_button.setToolTip("Freeze this assessment with today's date (Ctrl+Return)")
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        banner_row.addWidget(self.complete_button)

        self.model = SkillTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Skills of the role")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(330)

        self.ladder = SkillLadderView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("assess-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.ladder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(banner_row)
        layout.addWidget(self.splitter, 1)
        self.hint = QLabel(
            "Keys: 1–9 rate at a level, 0 = not yet, ↑/↓ move between skills, "
            "Ctrl+Z / Ctrl+Shift+Z undo and redo."
        )
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)

        # Digits rate the selected skill anywhere on the page; a text field that has focus
        # takes its own keys first (Qt's shortcut override), so typing a note is unaffected.
        for digit in range(10):
            shortcut = QShortcut(QKeySequence(str(digit)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=digit: self.digit_pressed.emit(d))

    def current_row(self) -> int:
        """The selected skill's row, -1 if none."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Select a skill row."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
