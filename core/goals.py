"""Goals a person sets per skill: an action, a due date, a status, optionally the level aimed at."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP, translate

MAX_ACTION_LENGTH = 2000


class GoalStatus(StrEnum):
    """Where a goal stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        """The status as people read it."""
        return translate("GoalStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    GoalStatus.PLANNED: QT_TRANSLATE_NOOP("GoalStatus", "Planned"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("GoalStatus", "In progress"),
    GoalStatus.DONE: QT_TRANSLATE_NOOP("GoalStatus", "Done"),
}


@dataclass(frozen=True)
class Goal:
    """One goal of a person for one skill. Open goals carry over from assessment to assessment."""

    id: int
    person_id: int
    skill_id: str
    action: str
    status: GoalStatus = GoalStatus.PLANNED
    due: date | None = None
    level_id: str | None = None
    created_at: datetime | None = None
    done_at: datetime | None = None
    version: int = field(default=0, compare=False)
    """The stored version (raised by every change; a write expecting another is a conflict)."""

    @property
    def is_open(self) -> bool:
        """Not done yet."""
        return self.status is not GoalStatus.DONE

    def is_overdue(self, today: date) -> bool:
        """Open and past its due date."""
        return self.is_open and self.due is not None and self.due < today


def goals_for_assessment(
    goals: Iterable[Goal], started_at: datetime, completed_at: datetime | None
) -> list[Goal]:
    """The goals that belong to an assessment's period: still open at its end, or done during it.

    Goals done before the assessment started were dealt with in an earlier one and are left out.
    For a completed assessment, goals created after its completion are left out too.
    """
    selected = []
    for goal in goals:
        created = goal.created_at
        if completed_at is not None and created is not None and created > completed_at:
            continue
        if goal.done_at is not None and goal.done_at < started_at:
            continue
        selected.append(goal)
    return sorted(selected, key=_goal_order)


def _goal_order(goal: Goal) -> tuple[bool, date, int]:
    return (not goal.is_open, goal.due or date.max, goal.id)
