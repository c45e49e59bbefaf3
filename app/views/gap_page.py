"""Gaps to the target: readiness, a per-skill gap table and a radar chart."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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

from app.formatting import join_names
from app.models.skill_table_model import level_text
from app.views.radar_chart import RadarAxis, RadarChart
from app.views.tables import ReadableFirstColumn
from core.framework import Framework
from core.gaps import Readiness, SkillGap

_COLUMNS = (
    QT_TRANSLATE_NOOP("GapPage", "Skill"),
    QT_TRANSLATE_NOOP("GapPage", "Required"),
    QT_TRANSLATE_NOOP("GapPage", "Your level"),
    QT_TRANSLATE_NOOP("GapPage", "Manager"),
    QT_TRANSLATE_NOOP("GapPage", "Target"),
    QT_TRANSLATE_NOOP("GapPage", "Gap"),
)
MANAGER_COLUMN = 3


class GapPage(QWidget):
    """Readiness for the target level, the gaps sorted by importance, and the radar chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readiness_label = QLabel()
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setAccessibleName(self.tr("Readiness for the target level"))
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setAccessibleName(self.tr("Required skills met"))
        self.readiness_bar.setFormat(self.tr("%p% of required skills at target"))
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in _COLUMNS])
        self.table.setAccessibleName(self.tr("Gaps per skill"))
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
            self.readiness_label.setText(self.tr("Choose a role to see your gaps."))
            self.readiness_bar.setValue(0)
        else:
            missing_names = [framework.skill(s).name for s in readiness.missing]
            if readiness.ready:
                verdict = self.tr(
                    "<b>Ready for {level}</b>: every required skill is at or above it."
                ).format(level=readiness.target.label)
            else:
                total, missing = readiness.required_total, len(readiness.missing)
                verdict = self.tr(
                    "<b>{met} of %n</b> required skill(s) are at {level} or above;", "", total
                ).format(met=readiness.required_met, level=readiness.target.label)
                verdict += " " + self.tr("<b>%n missing</b>: {skills}.", "", missing).format(
                    skills=join_names(missing_names)
                )
            total = readiness.total
            rated = self.tr("{rated} of %n skill(s) rated.", "", total).format(
                rated=readiness.rated
            )
            self.readiness_label.setText(f"{verdict}<br>{rated}")
            self.readiness_bar.setValue(readiness.percent)
        self.table.setRowCount(len(gaps))
        if role_id is None:
            self.radar.set_data([], [])
            return
        for row, gap in enumerate(gaps):
            values = (
                gap.name,
                self.tr("Required") if gap.required else self.tr("Optional"),
                level_text(framework, role_id, gap.current),
                level_text(framework, role_id, manager[gap.skill_id])
                if gap.skill_id in manager
                else "",
                gap.target_label,
                self.tr("✓ met") if gap.met else ("?" if gap.current is None else str(gap.gap)),
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
