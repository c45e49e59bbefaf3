"""Gaps between a person's ratings and a target level, readiness, and what it takes to grow.

Ratings are positions on the role's rating scale (:meth:`Framework.rating_scale`): the
framework's proficiency scale when the role uses one, else the role's levels. The target is a
career level; what a skill must reach there is the role's expected step
(:meth:`Framework.expected_index`). Skills the role does not expect at the target have no gap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.assessment import SkillRating
from core.framework import Framework, Level, Mark
from core.i18n import translate

NOT_YET = -1
"""Scale index of a skill rated "not yet": below the first step."""
DISAGREEMENT_LEVELS = 2
"""Self and manager ratings this many levels apart (or more) are flagged."""


def level_name(
    framework: Framework, role_id: str, index: int | None, *, unrated: str | None = None
) -> str:
    """A rating index as people read it: the step's label, "Not yet", or ``unrated`` (default
    "Not rated")."""
    if index is None:
        return translate("Gaps", "Not rated") if unrated is None else unrated
    if index == NOT_YET:
        return translate("Gaps", "Not yet")
    return framework.rating_scale(role_id)[index].label


def rating_index(framework: Framework, role_id: str, rating: SkillRating | None) -> int | None:
    """0-based index of a rating on the role's rating scale; ``NOT_YET`` for "not yet"; None
    when unrated."""
    if rating is None or not rating.rated:
        return None
    return NOT_YET if rating.level_id is None else framework.scale_index(role_id, rating.level_id)


def scale_word(framework: Framework, role_id: str) -> str:
    """What one step of the role's rating scale is called in sentences: "step" on a proficiency
    scale, else "level"."""
    return "step" if framework.uses_proficiency(role_id) else "level"


def rating_step_id(framework: Framework, role_id: str, index: int | None) -> str | None:
    """The id stored for a rating index (the inverse of :func:`rating_index`; None for "not
    yet" and unrated)."""
    if index is None or index == NOT_YET:
        return None
    return framework.rating_scale(role_id)[index].id


@dataclass(frozen=True)
class SkillGap:
    """How one skill stands against the target level, as indices on the rating scale."""

    skill_id: str
    name: str
    current: int | None
    target: int
    required: bool
    target_label: str = ""
    """The label of the expected step (a proficiency, or the target level)."""

    @property
    def gap(self) -> int:
        """Steps still to climb (0 when at or above target); unrated counts from below step 1."""
        current = NOT_YET if self.current is None else self.current
        return max(0, self.target - current)

    @property
    def met(self) -> bool:
        """Whether the rating reaches the target."""
        return self.current is not None and self.current >= self.target


@dataclass(frozen=True)
class Readiness:
    """Readiness for a target level: every required skill rated at or above what it expects."""

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
    """One gap per skill the role expects at the target level, in framework order."""
    scale = framework.rating_scale(role_id)
    gaps = []
    for role_skill in framework.role(role_id).skills:
        skill_id = role_skill.skill_id
        target = framework.expected_index(role_id, skill_id, target_level)
        if target is None:
            continue
        gaps.append(
            SkillGap(
                skill_id=skill_id,
                name=framework.skill(skill_id).name,
                current=rating_index(framework, role_id, ratings.get(skill_id)),
                target=target,
                required=framework.expectation(role_id, skill_id, target_level).mark
                is Mark.REQUIRED,
                target_label=scale[target].label,
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
    """The highest of the role's levels whose required skills are all rated at or above what
    it expects, if any."""
    achieved: Level | None = None
    for level in framework.role_levels(role_id):
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
    expected: Level | None = None
    """The proficiency the role expects there, on a proficiency scale."""


def what_it_takes(
    framework: Framework, role_id: str, skill_id: str, current: int | None, target_level: str
) -> list[Step]:
    """The role's levels from the first that asks more than the rating up to the target (at
    least that first one), lowest first; levels where the skill is not expected are left out,
    except the target, which says so. Empty when no level asks more."""
    levels = framework.role_levels(role_id)
    reached = NOT_YET if current is None else current
    start = next(
        (
            i
            for i, lv in enumerate(levels)
            if framework.level_demand(role_id, skill_id, lv.id) > reached
        ),
        None,
    )
    if start is None:
        return []
    # A target the role does not use counts as the role's highest level below it.
    below = [
        i for i, lv in enumerate(levels)
        if framework.level_index(lv.id) <= framework.level_index(target_level)
    ]  # fmt: skip
    target = below[-1] if below else 0
    steps = []
    first = True
    for index in range(start, max(start, target) + 1):
        level = levels[index]
        expectation = framework.expectation(role_id, skill_id, level.id)
        is_target = index == target
        if expectation.mark is Mark.NOT_EXPECTED and not is_target:
            continue
        steps.append(
            Step(
                level=level,
                descriptor=framework.descriptor(role_id, skill_id, level.id),
                mark=expectation.mark,
                is_next=first,
                is_target=is_target,
                expected=framework.expected_proficiency(role_id, skill_id, level.id),
            )
        )
        first = False
    return steps
