"""Gaps between a person's ratings and a target level, readiness, and what it takes to grow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.assessment import SkillRating
from core.framework import Framework, Level, Mark

NOT_YET = -1
"""Level index of a skill rated "not yet": below the first level."""


def level_name(framework: Framework, index: int | None, *, unrated: str = "Not rated") -> str:
    """A level index as people read it: the level's label, "Not yet", or ``unrated``."""
    if index is None:
        return unrated
    if index == NOT_YET:
        return "Not yet"
    return framework.levels[index].label


def rating_index(framework: Framework, rating: SkillRating | None) -> int | None:
    """0-based level index of a rating; ``NOT_YET`` for "not yet"; None when unrated."""
    if rating is None or not rating.rated:
        return None
    return NOT_YET if rating.level_id is None else framework.level_index(rating.level_id)


@dataclass(frozen=True)
class SkillGap:
    """How one skill stands against the target level."""

    skill_id: str
    name: str
    current: int | None
    target: int
    required: bool

    @property
    def gap(self) -> int:
        """Levels still to climb (0 when at or above target); unrated counts from below level 1."""
        current = NOT_YET if self.current is None else self.current
        return max(0, self.target - current)

    @property
    def met(self) -> bool:
        """Whether the rating reaches the target."""
        return self.current is not None and self.current >= self.target


@dataclass(frozen=True)
class Readiness:
    """Readiness for a target level: every required skill rated at or above it."""

    target: Level
    required_total: int
    required_met: int
    missing: tuple[str, ...]
    rated: int
    total: int

    @property
    def ready(self) -> bool:
        """True when no required skill is below the target."""
        return not self.missing

    @property
    def percent(self) -> int:
        """Share of required skills met, 0-100."""
        return (
            100 if not self.required_total else round(100 * self.required_met / self.required_total)
        )


def skill_gaps(
    framework: Framework, role_id: str, ratings: Mapping[str, SkillRating], target_level: str
) -> list[SkillGap]:
    """One gap per skill of the role, in framework order."""
    target = framework.level_index(target_level)
    gaps = []
    for role_skill in framework.role(role_id).skills:
        expectation = framework.expectation(role_id, role_skill.skill_id, target_level)
        gaps.append(
            SkillGap(
                skill_id=role_skill.skill_id,
                name=framework.skill(role_skill.skill_id).name,
                current=rating_index(framework, ratings.get(role_skill.skill_id)),
                target=target,
                required=expectation.mark is Mark.REQUIRED,
            )
        )
    return gaps


def sorted_by_importance(gaps: list[SkillGap]) -> list[SkillGap]:
    """Required skills first, then the largest gap, then name."""
    return sorted(gaps, key=lambda g: (not g.required, -g.gap, g.name))


def readiness(framework: Framework, gaps: list[SkillGap], target_level: str) -> Readiness:
    """Summarise gaps into readiness for the target level."""
    required = [g for g in gaps if g.required]
    missing = tuple(g.skill_id for g in required if not g.met)
    return Readiness(
        target=framework.level(target_level),
        required_total=len(required),
        required_met=len(required) - len(missing),
        missing=missing,
        rated=sum(1 for g in gaps if g.current is not None),
        total=len(gaps),
    )


def overall_level(
    framework: Framework, role_id: str, ratings: Mapping[str, SkillRating]
) -> Level | None:
    """The highest level whose required skills are all rated at or above it, if any."""
    achieved: Level | None = None
    for level in framework.levels:
        gaps = skill_gaps(framework, role_id, ratings, level.id)
        if any(g.required and not g.met for g in gaps):
            break
        achieved = level
    return achieved


@dataclass(frozen=True)
class Step:
    """A level to master on the way up, with what the role expects there."""

    level: Level
    descriptor: str
    mark: Mark
    is_next: bool
    is_target: bool


def what_it_takes(
    framework: Framework, role_id: str, skill_id: str, current: int | None, target_level: str
) -> list[Step]:
    """The levels between the rating and the target (at least the next level), lowest first."""
    start = 0 if current is None or current == NOT_YET else current + 1
    target = framework.level_index(target_level)
    end = min(len(framework.levels) - 1, max(start, target))
    steps = []
    for index in range(start, end + 1):
        level = framework.levels[index]
        steps.append(
            Step(
                level=level,
                descriptor=framework.descriptor(role_id, skill_id, level.id),
                mark=framework.expectation(role_id, skill_id, level.id).mark,
                is_next=index == start,
                is_target=index == target,
            )
        )
    return steps
