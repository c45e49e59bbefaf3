"""The team overview: pick a role, see everyone's latest level in each skill against target."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.team_table_model import TeamTableModel
from core.framework import Framework
from core.team import role_key


class TeamPage(QWidget):
    """A role chooser, the people × skills table and a line naming the thin skills."""

    role_chosen = Signal(str)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of the team overview"))
        label = QLabel(self.tr("&Role:"))
        label.setBuddy(self.role)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Where the team is thin"))
        # The view sorts through the model itself (one Python sort, the summary row on top):
        # no proxy model between them, which would map every index of every repaint.
        self.model = TeamTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Team overview: people and skills"))
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.legend = QLabel(
            self.tr(
                "✓ at or above the person's target · ↓ below it · — not rated. The first row "
                "counts who meets their target; “thin” marks skills where fewer than half do."
            )
        )
        self.legend.setWordWrap(True)
        # Normal text colour: a disabled label's grey is below WCAG AA contrast.
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.role, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.role.activated.connect(lambda row: self.role_chosen.emit(self.role.itemData(row)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.shown.emit()

    def set_roles(self, frameworks: Sequence[Framework], current: str | None) -> None:
        """Fill the role chooser with every framework's roles (under a heading per framework
        when there are several); item data are role keys (:func:`core.team.role_key`)."""
        self.role.blockSignals(True)
        self.role.clear()
        default_id = frameworks[0].id if frameworks else ""
        grouped = len(frameworks) > 1
        for framework in frameworks:
            if grouped:
                if self.role.count():
                    self.role.insertSeparator(self.role.count())
                self.role.addItem(framework.name)
                heading = self.role.model().item(self.role.count() - 1)  # type: ignore[attr-defined]
                heading.setEnabled(False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
            for role in sorted(framework.roles, key=lambda r: r.name.lower()):
                self.role.addItem(role.name, role_key(framework.id, role.id, default_id))
        index = self.role.findData(current)
        if index < 0:
            index = next((i for i in range(self.role.count()) if self.role.itemData(i)), -1)
        self.role.setCurrentIndex(index)
        self.role.blockSignals(False)

    def current_role(self) -> str | None:
        """The chosen role id."""
        return self.role.currentData()
