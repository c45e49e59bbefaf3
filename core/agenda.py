"""The content of a one-on-one agenda, computed from plain records (no PDF, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.assessment import AssessmentInfo, PersonInfo
from core.framework import Framework, Role
from core.gaps import SkillGap, skill_gaps, sorted_by_importance
from core.goals import Goal
from core.history import SkillChange, compare
from core.meetings import ActionItem, Meeting
from core.team import Disagreement, disagreements


@dataclass(frozen=True)
class AgendaInput:
    """Everything an agenda is made from."""

    framework: Framework
    person: PersonInfo
    latest: AssessmentInfo | None
    previous: AssessmentInfo | None
    meetings: Sequence[Meeting]
    action_items: Sequence[ActionItem]
    goals: Sequence[Goal]
    today: date


@dataclass(frozen=True)
class Agenda:
    """What the next one-on-one should cover, in order."""

    framework: Framework
    person: PersonInfo
    today: date
    role: Role | None
    latest: AssessmentInfo | None
    last_meeting: Meeting | None
    """The latest meeting held before the agenda's day (None before the first one)."""
    changes: tuple[SkillChange, ...]
    """Skills whose level moved between the previous and the latest assessment."""
    new_assessment: bool
    """Whether the latest assessment is newer than the last meeting."""
    disagreements: tuple[Disagreement, ...]
    gaps: tuple[SkillGap, ...]
    """Skills below the target, most important first."""
    overdue_goals: tuple[Goal, ...]
    open_items: tuple[ActionItem, ...]
    done_since_last: tuple[ActionItem, ...]
    meeting_dates: Mapping[int, date] = field(default_factory=dict)
    """When each meeting was held, by id (to say where an action item was agreed)."""


def build_agenda(agenda_input: AgendaInput) -> Agenda:
    """Work out the agenda of the next one-on-one."""
    framework, latest = agenda_input.framework, agenda_input.latest
    meetings = sorted(agenda_input.meetings, key=lambda m: (m.held_on, m.id))
    # The meeting being prepared (today's, or one planned later) is not the last one.
    held = [m for m in meetings if m.held_on < agenda_input.today]
    last = held[-1] if held else None
    role = framework.role(latest.role_id) if latest and framework.has_role(latest.role_id) else None
    changes: tuple[SkillChange, ...] = ()
    if role is not None and latest is not None and agenda_input.previous is not None:
        changes = tuple(
            c for c in compare(framework, role.id, agenda_input.previous, latest) if c.delta
        )
    gaps: tuple[SkillGap, ...] = ()
    found: tuple[Disagreement, ...] = ()
    if role is not None and latest is not None:
        all_gaps = skill_gaps(framework, role.id, latest.ratings, latest.target_level)
        gaps = tuple(g for g in sorted_by_importance(all_gaps) if g.gap > 0)
        found = tuple(disagreements(framework, latest))
    since = last.held_on if last else date.min
    items = agenda_input.action_items
    return Agenda(
        framework=framework,
        person=agenda_input.person,
        today=agenda_input.today,
        role=role,
        latest=latest,
        last_meeting=last,
        changes=changes,
        new_assessment=latest is not None and latest.date.date() >= since,
        disagreements=found,
        gaps=gaps,
        overdue_goals=tuple(g for g in agenda_input.goals if g.is_overdue(agenda_input.today)),
        open_items=tuple(i for i in items if i.is_open),
        done_since_last=tuple(
            i for i in items if i.done_at is not None and i.done_at.date() >= since
        ),
        meeting_dates={m.id: m.held_on for m in meetings},
    )
