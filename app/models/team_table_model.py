"""The team overview as a table: one row per person, one column per skill of the role.

The first row sums up each skill: how many people meet their target. Cells carry text that
reads without colour (level, then ✓ at or above target, ↓ below it) and a tint for a glance.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.views.chart_base import mix
from core.framework import Framework
from core.team import TeamOverview

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROW = 0
_MET = QColor("#15803d")
_BELOW = QColor("#b45309")
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        SORT_ROLE,
    }
)
"""The roles :meth:`TeamTableModel.data` answers."""


class TeamTableModel(QAbstractTableModel):
    """Read-only; replaced as a whole with :meth:`set_overview`."""

    def __init__(self) -> None:
        super().__init__()
        self._framework: Framework | None = None
        self._overview: TeamOverview | None = None
        self._tints: dict[str, QColor] = {}
        self._bold = QApplication.font()
        self._order: list[int] = []
        """Positions in the overview's rows, in the order shown (below the summary row)."""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._rows = self._columns = 0
        """Counted once per refresh: Qt asks for them for every index of every repaint."""

    def set_overview(self, framework: Framework, overview: TeamOverview | None) -> None:
        """Show this overview (None: nothing). What every cell shares (tints, the bold font)
        is worked out here, once per refresh, so a repaint costs the same for 1 or 1,000
        people."""
        self.beginResetModel()
        self._framework = framework
        self._overview = overview
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        self._tints = {
            "met": mix(base, _MET, 0.22),
            "below": mix(base, _BELOW, 0.22),
            "thin": mix(base, _BELOW, 0.35),
        }
        self._bold = QApplication.font()
        self._bold.setBold(True)
        self._order = list(range(len(overview.rows))) if overview is not None else []
        self._rows = len(overview.rows) + 1 if overview is not None else 0
        self._columns = len(overview.skill_ids) + 1 if overview is not None else 0
        if self._sort is not None:
            self._order = self._sorted(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order people by a column (names without case, levels with "not rated" lowest); the
        summary row stays on top. Done here in one Python sort, not pair by pair."""
        self._sort = (column, order)
        if self._overview is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._order = self._sorted(column, order)
        # Selections and the current cell follow their person to the new row.
        place = {row: position + 1 for position, row in enumerate(self._order)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            index
            if index.row() == SUMMARY_ROW
            else self.index(place[before[index.row() - 1]], index.column())
            for index in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        overview = self._overview
        if overview is None or not 0 <= column <= len(overview.skill_ids):
            return list(range(len(overview.rows))) if overview is not None else []
        rows = overview.rows
        if column == 0:
            keys: list[Any] = [row.person.name.lower() for row in rows]
        else:
            skill_id = overview.skill_ids[column - 1]
            keys = [
                -2 if row.cells[skill_id].level is None else row.cells[skill_id].level
                for row in rows
            ]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)

    @property
    def overview(self) -> TeamOverview | None:
        """What is shown."""
        return self._overview

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else self._columns

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._overview is None:
            return None
        if self._framework is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return self.tr("Person")
            return self._framework.skill(self._overview.skill_ids[section - 1]).name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # most of what a repaint asks for: answered at once
            return None
        overview, framework = self._overview, self._framework
        if overview is None or framework is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row == SUMMARY_ROW:
            return self._summary(overview, column, role)
        team_row = overview.rows[self._order[row - 1]]
        if column == 0:
            if role == SORT_ROLE:
                return team_row.person.name
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if team_row.is_draft:
                    return self.tr("{name} (draft)").format(name=team_row.person.name)
                return team_row.person.name
            if role == Qt.ItemDataRole.ToolTipRole and team_row.is_draft:
                return self.tr(
                    "The latest assessment is a draft: shown, but not counted in “Meet their "
                    "target” until it is completed."
                )
            return None
        skill_id = overview.skill_ids[column - 1]
        cell = team_row.cells[skill_id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text(framework)
        if role == SORT_ROLE:
            return -2 if cell.level is None else cell.level
        if role == Qt.ItemDataRole.ToolTipRole:
            target = cell.target_label if cell.target is not None else self.tr("none set")
            return self.tr("{person} · {skill}: target {target}").format(
                person=team_row.person.name, skill=framework.skill(skill_id).name, target=target
            )
        if role == Qt.ItemDataRole.BackgroundRole and cell.met is not None:
            return self._tints["met" if cell.met else "below"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _summary(self, overview: TeamOverview, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return None  # the summary stays on top (see sort())
        if column == 0:
            return self.tr("Meet their target") if role == Qt.ItemDataRole.DisplayRole else None
        skill_id = overview.skill_ids[column - 1]
        met, judged = overview.meeting_target(skill_id)
        drafts = overview.drafts_not_counted(skill_id)
        thin = overview.is_thin(skill_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._summary_text(met, judged, drafts, thin)
        if role == Qt.ItemDataRole.ToolTipRole and drafts:
            return self.tr(
                "Counted from completed assessments only; drafts left out: {drafts}."
            ).format(drafts=drafts)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and thin:
            return self._tints["thin"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _summary_text(self, met: int, judged: int, drafts: int, thin: bool) -> str:
        """ "3 of 5", with "· thin" and the drafts left out of the count, if any."""
        count = self.tr("{met} of {judged}").format(met=met, judged=judged) if judged else "—"
        if drafts == 1:
            not_counted = self.tr("1 draft not counted")
        else:
            not_counted = self.tr("{count} drafts not counted").format(count=drafts)
        if thin and drafts:
            return self.tr("{count} · thin · {drafts}").format(count=count, drafts=not_counted)
        if thin:
            return self.tr("{count} · thin").format(count=count)
        if drafts:
            return self.tr("{count} · {drafts}").format(count=count, drafts=not_counted)
        return count
