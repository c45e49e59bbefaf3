"""The content of a growth plan, computed from plain records (no PDF, no Qt).

``build_plan`` decides what the plan says; ``reports`` decides how it looks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.assessment import AssessmentInfo, PersonInfo
from core.framework import Framework, Level, Mark, Role
from core.gaps import (
    Readiness,
    SkillGap,
    level_name,
    overall_level,
    readiness,
    scale_word,
    skill_gaps,
    sorted_by_importance,
    what_it_takes,
)
from core.goals import Goal, goals_for_assessment
from core.history import SkillChange, compare
from core.i18n import long_date, translate

MAX_TALKING_POINTS = 3


@dataclass(frozen=True)
class PlanInput:
    """Everything a plan is made from: plain data, no sessions or widgets."""

    framework: Framework
    person: PersonInfo
    assessment: AssessmentInfo
    previous: AssessmentInfo | None
    goals: Sequence[Goal]
    today: date


@dataclass(frozen=True)
class SkillSection:
    """A skill with a gap: what to master next, what the target asks, notes and goals."""

    gap: SkillGap
    current_name: str
    next_level: Level | None
    next_descriptor: str
    next_mark: Mark | None
    target_descriptor: str
    target_mark: Mark
    note: str
    goals: tuple[Goal, ...]
    next_expected: Level | None = None
    """The proficiency the next level expects, on a proficiency scale."""


@dataclass(frozen=True)
class Progress:
    """What changed since the previous completed assessment."""

    previous: AssessmentInfo
    changes: tuple[SkillChange, ...]

    @property
    def moved(self) -> tuple[SkillChange, ...]:
        """Skills whose level went up or down, biggest move first."""
        moved = [c for c in self.changes if c.delta]
        return tuple(sorted(moved, key=lambda c: (-abs(c.delta or 0), c.name)))


@dataclass(frozen=True)
class GrowthPlan:
    """The whole content of a growth plan, in reading order."""

    framework: Framework
    person: PersonInfo
    role: Role
    assessment: AssessmentInfo
    today: date
    target: Level
    overall: Level | None
    readiness: Readiness
    gaps: tuple[SkillGap, ...]
    sections: tuple[SkillSection, ...]
    progress: Progress | None
    talking_points: tuple[str, ...]
    goals: tuple[Goal, ...]

    def level_name(self, index: int | None) -> str:
        """A rating index as text (a proficiency, or a level of the role)."""
        return level_name(self.framework, self.role.id, index)

    @property
    def scale(self) -> tuple[Level, ...]:
        """The steps ratings are given on: the proficiency scale, or the role's levels."""
        return self.framework.rating_scale(self.role.id)

    @property
    def step_word(self) -> str:
        """What one step of the rating scale is called in sentences: "step" or "level"."""
        return scale_word(self.framework, self.role.id)

    def overdue_goals(self) -> tuple[Goal, ...]:
        """Open goals past their due date."""
        return tuple(g for g in self.goals if g.is_overdue(self.today))


def _section(
    plan_input: PlanInput, gap: SkillGap, goals: Sequence[Goal], role_id: str
) -> SkillSection:
    framework = plan_input.framework
    target_id = plan_input.assessment.target_level
    steps = what_it_takes(framework, role_id, gap.skill_id, gap.current, target_id)
    first = steps[0] if steps else None
    return SkillSection(
        gap=gap,
        current_name=level_name(framework, role_id, gap.current),
        next_level=first.level if first else None,
        next_descriptor=first.descriptor if first else "",
        next_mark=first.mark if first else None,
        target_descriptor=framework.descriptor(role_id, gap.skill_id, target_id),
        target_mark=framework.expectation(role_id, gap.skill_id, target_id).mark,
        note=plan_input.assessment.rating(gap.skill_id).note,
        goals=tuple(g for g in goals if g.skill_id == gap.skill_id),
        next_expected=first.expected if first else None,
    )


def _talking_points(
    plan_input: PlanInput,
    gaps: Sequence[SkillGap],
    progress: Progress | None,
    goals: Sequence[Goal],
) -> tuple[str, ...]:
    framework = plan_input.framework
    role_id = plan_input.assessment.role_id
    proficiency = framework.uses_proficiency(role_id)
    points = []
    for gap in [g for g in gaps if g.gap > 0][:MAX_TALKING_POINTS]:
        size = gap.gap
        if proficiency:
            point = translate(
                "GrowthPlan",
                "Largest gap: {skill} ({mark}) is at {current}, %n step(s) below {target}. What "
                "would help close it?",
                None, size,
            )  # fmt: skip
        else:
            point = translate(
                "GrowthPlan",
                "Largest gap: {skill} ({mark}) is at {current}, %n level(s) below {target}. What "
                "would help close it?",
                None, size,
            )  # fmt: skip
        mark = translate("Report", "required") if gap.required else translate("Report", "optional")
        points.append(
            point.format(
                skill=gap.name,
                mark=mark,
                current=level_name(framework, role_id, gap.current),
                target=gap.target_label,
            )
        )
    if progress is not None:
        for change in progress.moved[:MAX_TALKING_POINTS]:
            moved = (
                translate(
                    "GrowthPlan",
                    "Moved up: {skill} went from {before} to {after}. What made the difference?",
                )
                if (change.delta or 0) > 0
                else translate(
                    "GrowthPlan",
                    "Moved down: {skill} went from {before} to {after}. What made the difference?",
                )
            )
            points.append(
                moved.format(
                    skill=change.name,
                    before=level_name(framework, role_id, change.before),
                    after=level_name(framework, role_id, change.after),
                )
            )
    for goal in [g for g in goals if g.is_overdue(plan_input.today)]:
        skill = framework.skill_label(goal.skill_id)
        due = long_date(goal.due) if goal.due else ""
        points.append(
            translate("GrowthPlan", "Overdue goal ({skill}, due {date}): {action}").format(
                skill=skill, date=due, action=goal.action
            )
        )
    if not points:
        points.append(
            translate(
                "GrowthPlan", "No gaps to the target: talk about the next level and how to show it."
            )
        )
    return tuple(points)


def build_plan(plan_input: PlanInput) -> GrowthPlan:
    """Work out everything the growth plan says, in the order it says it."""
    framework = plan_input.framework
    assessment = plan_input.assessment
    role = framework.role(assessment.role_id)
    gaps = sorted_by_importance(
        skill_gaps(framework, role.id, assessment.ratings, assessment.target_level)
    )
    goals = goals_for_assessment(
        (g for g in plan_input.goals if g.person_id == plan_input.person.id),
        assessment.started_at,
        assessment.completed_at,
    )
    progress = None
    if plan_input.previous is not None:
        progress = Progress(
            plan_input.previous, tuple(compare(framework, role.id, plan_input.previous, assessment))
        )
    return GrowthPlan(
        framework=framework,
        person=plan_input.person,
        role=role,
        assessment=assessment,
        today=plan_input.today,
        target=framework.level(assessment.target_level),
        overall=overall_level(framework, role.id, assessment.ratings),
        readiness=readiness(framework, gaps, assessment.target_level),
        gaps=tuple(gaps),
        sections=tuple(_section(plan_input, g, goals, role.id) for g in gaps if g.gap > 0),
        progress=progress,
        talking_points=_talking_points(plan_input, gaps, progress, goals),
        goals=tuple(goals),
    )
