"""Gaps to the target: readiness, a per-skill gap table and a radar chart."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.skill_table_model import level_text
from app.views.radar_chart import RadarAxis, RadarChart
from app.views.tables import ReadableFirstColumn
from core.framework import Framework
from core.gaps import Readiness, SkillGap

_COLUMNS = ("Skill", "Required", "Your level", "Manager", "Target", "Gap")
MANAGER_COLUMN = 3


class GapPage(QWidget):
    """Readiness for the target level, the gaps sorted by importance, and the radar chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readiness_label = QLabel()
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setAccessibleName("Readiness for the target level")
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setAccessibleName("Required skills met")
        self.readiness_bar.setFormat("%p% of required skills at target")
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.setAccessibleName("Gaps per skill")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._readable_names = ReadableFirstColumn(self.table)
        self.radar = RadarChart()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("gap-splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.radar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)  # the chart yields room, never the skill names
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.readiness_label)
        layout.addWidget(self.readiness_bar)
        layout.addWidget(splitter, 1)

    def show_gaps(
        self,
        framework: Framework,
        role_id: str | None,
        gaps: list[SkillGap],
        readiness: Readiness | None,
        manager: Mapping[str, int | None] | None = None,
    ) -> None:
        """Fill the page; ``gaps`` already sorted by importance; ``manager`` holds the manager's
        level index per rated skill (the column and radar series show only when present)."""
        manager = manager or {}
        self.table.setColumnHidden(MANAGER_COLUMN, not manager)
        if readiness is None:
            self.readiness_label.setText("Choose a role to see your gaps.")
            self.readiness_bar.setValue(0)
        else:
            missing_names = [framework.skill(s).name for s in readiness.missing]
            if readiness.ready:
                verdict = f"<b>Ready for {readiness.target.label}</b>: every required skill is at or above it."
            else:
                verdict = (
                    f"<b>{readiness.required_met} of {readiness.required_total}</b> required skills "
                    f"are at {readiness.target.label} or above; "
                    f"<b>{len(readiness.missing)} missing</b>: {', '.join(missing_names)}."
                )
            self.readiness_label.setText(
                f"{verdict}<br>{readiness.rated} of {readiness.total} skills rated."
            )
            self.readiness_bar.setValue(readiness.percent)
        self.table.setRowCount(len(gaps))
        if role_id is None:
            self.radar.set_data([], [])
            return
        for row, gap in enumerate(gaps):
            values = (
                gap.name,
                "Required" if gap.required else "Optional",
                level_text(framework, role_id, gap.current),
                level_text(framework, role_id, manager[gap.skill_id])
                if gap.skill_id in manager
                else "",
                gap.target_label,
                "✓ met" if gap.met else ("?" if gap.current is None else str(gap.gap)),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.radar.set_data(
            [
                RadarAxis(
                    g.name,
                    g.current if g.current is not None and g.current >= 0 else None,
                    g.target,
                    _level_or_none(manager.get(g.skill_id)),
                )
                for g in gaps
            ],
            [step.label for step in framework.rating_scale(role_id)],
        )


def _level_or_none(index: int | None) -> int | None:
    return index if index is not None and index >= 0 else None
