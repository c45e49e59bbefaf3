"""Comparisons between assessments and per-skill trends over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from core.assessment import AssessmentInfo
from core.framework import Framework
from core.gaps import rating_index


@dataclass(frozen=True)
class SkillChange:
    """How one skill differs between an earlier and a later assessment."""

    skill_id: str
    name: str
    before: int | None
    after: int | None
    before_note: str
    after_note: str

    @property
    def delta(self) -> int | None:
        """Levels moved (positive is up); None when either side is unrated."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def note_changed(self) -> bool:
        """Whether the note text differs."""
        return self.before_note.strip() != self.after_note.strip()


def compare(
    framework: Framework, role_id: str, earlier: AssessmentInfo, later: AssessmentInfo
) -> list[SkillChange]:
    """Per-skill changes from ``earlier`` to ``later`` over the role's skills."""
    changes = []
    for skill_id in framework.role(role_id).skill_ids:
        before, after = earlier.rating(skill_id), later.rating(skill_id)
        changes.append(
            SkillChange(
                skill_id=skill_id,
                name=framework.skill(skill_id).name,
                before=rating_index(framework, role_id, before),
                after=rating_index(framework, role_id, after),
                before_note=before.note,
                after_note=after.note,
            )
        )
    return changes


Point = TypeVar("Point")


def skill_trend(
    framework: Framework, skill_id: str, assessments: Sequence[AssessmentInfo]
) -> list[tuple[datetime, int | None]]:
    """The skill's rating (an index on each assessment's role's rating scale) in each completed
    assessment, oldest first (unrated ones skipped)."""
    points = []
    for assessment in sorted(assessments, key=lambda a: a.date):
        if not assessment.is_completed:
            continue
        rating = assessment.ratings.get(skill_id)
        if rating is not None and rating.rated:
            points.append((assessment.date, rating_index(framework, assessment.role_id, rating)))
    return points


def thin_series(points: Sequence[Point], limit: int) -> list[Point]:
    """At most ``limit`` points spread evenly over ``points`` (the first and the last kept), so
    a trend over thousands of assessments draws as fast as one over a hundred."""
    count = len(points)
    if count <= limit or limit < 2:
        return list(points)
    return [points[round(i * (count - 1) / (limit - 1))] for i in range(limit)]
