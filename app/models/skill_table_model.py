"""The role's skills as table rows: name, the person's level, the target's mark, the gap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.views.framework_text import mark_with_proficiency
from core.assessment import SkillRating
from core.framework import Framework
from core.gaps import DISAGREEMENT_LEVELS, NOT_YET, level_name, rating_index

SKILL_ID = Qt.ItemDataRole.UserRole + 1
_HEADERS = (
    QT_TRANSLATE_NOOP("SkillTableModel", "Skill"),
    QT_TRANSLATE_NOOP("SkillTableModel", "Your level"),
    QT_TRANSLATE_NOOP("SkillTableModel", "At target"),
    QT_TRANSLATE_NOOP("SkillTableModel", "Gap"),
    QT_TRANSLATE_NOOP("SkillTableModel", "Manager"),
)
MANAGER_COLUMN = 4
Index = QModelIndex | QPersistentModelIndex


def level_text(framework: Framework, role_id: str, index: int | None) -> str:
    """A rating index on the role's scale for a table cell: an unrated skill shows a dash."""
    if index == NOT_YET:
        return QCoreApplication.translate("SkillTable", "Not yet")
    return level_name(framework, role_id, index, unrated="—")


class SkillTableModel(QAbstractTableModel):
    """Read-only rows; the controller's state is pushed in with :meth:`set_state`."""

    def __init__(self) -> None:
        super().__init__()
        self._framework: Framework | None = None
        self._role_id: str | None = None
        self._skill_ids: tuple[str, ...] = ()
        self._ratings: dict[str, SkillRating] = {}
        self._manager: dict[str, SkillRating] = {}
        self._target = ""

    def set_state(
        self,
        framework: Framework,
        role_id: str | None,
        ratings: dict[str, SkillRating],
        target_level: str,
        manager_ratings: dict[str, SkillRating] | None = None,
    ) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._framework = framework
        self._role_id = role_id
        self._skill_ids = framework.role(role_id).skill_ids if role_id else ()
        self._ratings = ratings
        self._manager = manager_ratings or {}
        self._target = target_level
        self.endResetModel()

    def refresh_values(
        self,
        ratings: dict[str, SkillRating],
        target_level: str,
        manager_ratings: dict[str, SkillRating] | None = None,
    ) -> None:
        """Show new ratings and target for the same skills, without a reset: the selection and
        the scroll position stay (another client changed them)."""
        self._ratings = ratings
        self._manager = manager_ratings or {}
        self._target = target_level
        if self._skill_ids:
            last = self.index(len(self._skill_ids) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def update_ratings(
        self,
        ratings: dict[str, SkillRating],
        skill_id: str,
        manager_ratings: dict[str, SkillRating] | None = None,
    ) -> None:
        """Refresh one skill's row after an edit."""
        self._ratings = ratings
        if manager_ratings is not None:
            self._manager = manager_ratings
        if skill_id in self._skill_ids:
            row = self._skill_ids.index(skill_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))

    def skill_id_at(self, row: int) -> str | None:
        """The skill shown in a row."""
        return self._skill_ids[row] if 0 <= row < len(self._skill_ids) else None

    def _manager_level(self, framework: Framework, skill_id: str) -> int | None:
        assert self._role_id is not None
        return rating_index(framework, self._role_id, self._manager.get(skill_id))

    def _disagrees(self, framework: Framework, current: int | None, skill_id: str) -> bool:
        theirs = self._manager_level(framework, skill_id)
        if current is None or theirs is None:
            return False
        return abs(theirs - current) >= DISAGREEMENT_LEVELS

    def _manager_text(self, framework: Framework, current: int | None, skill_id: str) -> str:
        assert self._role_id is not None
        text = level_text(framework, self._role_id, self._manager_level(framework, skill_id))
        return f"{text} ⚠" if self._disagrees(framework, current, skill_id) else text

    def _gap_text(
        self, framework: Framework, role_id: str, skill_id: str, current: int | None
    ) -> str:
        target = framework.expected_index(role_id, skill_id, self._target)
        if target is None:
            return "—"  # not expected at the target: no gap
        if current is None:
            return "?"
        gap = max(0, target - current)
        if gap == 0:
            return self.tr("✓ met")
        # No translator is loaded for English, so the plural is chosen here, not with %n.
        if framework.uses_proficiency(role_id):
            return self.tr("1 step") if gap == 1 else self.tr("{count} steps").format(count=gap)
        return self.tr("1 level") if gap == 1 else self.tr("{count} levels").format(count=gap)

    def row_of(self, skill_id: str) -> int:
        """The row of a skill, -1 if absent."""
        return self._skill_ids.index(skill_id) if skill_id in self._skill_ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._skill_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        framework = self._framework
        if framework is None or self._role_id is None or not index.isValid():
            return None
        skill_id = self._skill_ids[index.row()]
        if role == SKILL_ID:
            return skill_id
        role_id = self._role_id
        current = rating_index(framework, role_id, self._ratings.get(skill_id))
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return framework.skill(skill_id).name
            if column == 1:
                return level_text(framework, role_id, current)
            if column == 2:
                return mark_with_proficiency(framework, role_id, skill_id, self._target)
            if column == MANAGER_COLUMN:
                return self._manager_text(framework, current, skill_id)
            return self._gap_text(framework, role_id, skill_id, current)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return framework.skill(skill_id).summary
        if role == Qt.ItemDataRole.ToolTipRole and column == MANAGER_COLUMN:
            if self._disagrees(framework, current, skill_id):
                return self.tr("You and your manager rate this skill two or more levels apart")
            return self.tr("Your manager's rating")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
