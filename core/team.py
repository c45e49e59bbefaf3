"""A manager's view: self and manager ratings side by side, and a team against its targets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from core.assessment import AssessmentInfo, PersonInfo
from core.framework import Framework
from core.gaps import DISAGREEMENT_LEVELS, level_name, rating_index


@dataclass(frozen=True)
class Disagreement:
    """A skill the person and their manager see at least two levels apart."""

    skill_id: str
    name: str
    self_level: int
    manager_level: int

    @property
    def difference(self) -> int:
        """Manager minus self: negative when the person rates themselves higher."""
        return self.manager_level - self.self_level


def disagreements(
    framework: Framework, assessment: AssessmentInfo, threshold: int = DISAGREEMENT_LEVELS
) -> list[Disagreement]:
    """Skills rated by both sides whose levels differ by ``threshold`` or more, largest first.

    "Not yet" counts as the level below the first one.
    """
    found = []
    for skill_id in framework.role(assessment.role_id).skill_ids:
        role_id = assessment.role_id
        mine = rating_index(framework, role_id, assessment.ratings.get(skill_id))
        theirs = rating_index(framework, role_id, assessment.manager_ratings.get(skill_id))
        if mine is None or theirs is None or abs(theirs - mine) < threshold:
            continue
        found.append(Disagreement(skill_id, framework.skill(skill_id).name, mine, theirs))
    return sorted(found, key=lambda d: (-abs(d.difference), d.name))


@dataclass(frozen=True)
class TeamCell:
    """One person's latest rating in one skill, against what their target level expects (both
    indices on the role's rating scale; ``target`` None where unknown or not expected)."""

    level: int | None
    target: int | None
    level_label: str = "—"
    target_label: str = ""

    @property
    def met(self) -> bool | None:
        """Whether the level reaches the target; None when either is unknown."""
        if self.level is None or self.target is None:
            return None
        return self.level >= self.target

    def text(self, framework: Framework) -> str:
        """Readable without colour: the rating, and a mark for met or below target."""
        level = self.level_label
        if self.met is None:
            return level
        return f"{level} ✓" if self.met else f"{level} ↓"


@dataclass(frozen=True)
class TeamRow:
    """A person's latest assessment of the role, cell by skill."""

    person: PersonInfo
    assessment: AssessmentInfo | None
    cells: dict[str, TeamCell]

    @property
    def is_draft(self) -> bool:
        """Whether the latest assessment is a draft (shown, but not counted as meeting targets)."""
        return self.assessment is not None and not self.assessment.is_completed


@dataclass(frozen=True)
class TeamOverview:
    """People × skills for one role, with how many meet their target per skill."""

    role_id: str
    skill_ids: tuple[str, ...]
    rows: tuple[TeamRow, ...]

    @cached_property
    def _figures(self) -> dict[str, tuple[int, int, int]]:
        """Per skill: (met, judged, drafts not counted), in one pass over the rows. The
        overview never changes, so this is computed once, not on every repaint."""
        figures = {skill_id: [0, 0, 0] for skill_id in self.skill_ids}
        for row in self.rows:
            draft, cells = row.is_draft, row.cells
            for skill_id, counts in figures.items():
                met = cells[skill_id].met
                if met is None:
                    continue
                if draft:
                    counts[2] += 1
                else:
                    counts[1] += 1
                    counts[0] += met
        return {skill_id: (c[0], c[1], c[2]) for skill_id, c in figures.items()}

    def meeting_target(self, skill_id: str) -> tuple[int, int]:
        """(people at or above their target, people with a known level and target), from
        completed assessments only: a draft can still change, so it is not counted."""
        met, judged, _drafts = self._figures[skill_id]
        return met, judged

    def drafts_not_counted(self, skill_id: str) -> int:
        """People whose level in the skill comes from a draft, left out of :meth:`meeting_target`."""
        return self._figures[skill_id][2]

    @cached_property
    def draft_rows(self) -> int:
        """People shown from a draft (not counted as meeting their target)."""
        return sum(1 for row in self.rows if row.is_draft)

    @cached_property
    def _thin(self) -> tuple[str, ...]:
        shares = []
        for skill_id in self.skill_ids:
            met, judged = self.meeting_target(skill_id)
            if judged and met * 2 < judged:
                shares.append((met / judged, skill_id))
        return tuple(skill_id for _, skill_id in sorted(shares))

    def thin_skills(self) -> list[str]:
        """Skills where fewer than half of the judged people meet their target, thinnest first."""
        return list(self._thin)

    def is_thin(self, skill_id: str) -> bool:
        """Whether fewer than half of the judged people meet their target in the skill."""
        return skill_id in self._thin


def team_overview(
    framework: Framework,
    role_id: str,
    people: Sequence[PersonInfo],
    latest: dict[int, AssessmentInfo],
) -> TeamOverview:
    """The role's skills for each person, from their latest assessment of the role.

    The target is the person's profile target if set, else the assessment's own target.
    """
    skill_ids = framework.role(role_id).skill_ids
    level_ids = {level.id for level in framework.levels}
    scale = framework.rating_scale(role_id)
    # What a rating or a target gives is the same for everyone: worked out once per value.
    indices: dict[tuple[str, str | None, bool], int | None] = {}
    names: dict[int | None, str] = {}
    targets: dict[tuple[str, str | None], int | None] = {}
    shared: dict[tuple[int | None, int | None], TeamCell] = {}  # cells are immutable: one each
    rows = []
    for person in people:
        assessment = latest.get(person.id)
        target_id = person.target_level or (assessment.target_level if assessment else None)
        known = target_id in level_ids
        cells = {}
        for skill_id in skill_ids:
            rating = assessment.ratings.get(skill_id) if assessment else None
            key = (skill_id, rating.level_id, rating.rated) if rating else (skill_id, None, False)
            if key not in indices:
                indices[key] = rating_index(framework, role_id, rating)
            level = indices[key]
            if level not in names:
                names[level] = level_name(framework, role_id, level, unrated="—")
            target = None
            if known:
                if (skill_id, target_id) not in targets:
                    targets[(skill_id, target_id)] = framework.expected_index(
                        role_id, skill_id, target_id
                    )
                target = targets[(skill_id, target_id)]
            cell = shared.get((level, target))
            if cell is None:
                label = scale[target].label if target is not None else ""
                cell = shared[(level, target)] = TeamCell(level, target, names[level], label)
            cells[skill_id] = cell
        rows.append(TeamRow(person, assessment, cells))
    return TeamOverview(role_id, skill_ids, tuple(rows))


def busiest_role(roles: Iterable[str | None]) -> str | None:
    """The role most people have (one entry per person; None for no role), ties by role id."""
    counts = Counter(role for role in roles if role)
    if not counts:
        return None
    return min(counts, key=lambda role: (-counts[role], role))


ROLE_KEY_SEPARATOR = "/"
"""Between a framework id and a role id in a role key (ids never contain it)."""


def role_key(framework_id: str | None, role_id: str, default_id: str) -> str:
    """How a role is named where roles of several frameworks are listed together: the role id
    alone for the default framework's roles (as before there were several), else
    ``framework/role``."""
    if framework_id is None or framework_id == default_id:
        return role_id
    return f"{framework_id}{ROLE_KEY_SEPARATOR}{role_id}"


def split_role_key(key: str, default_id: str) -> tuple[str, str]:
    """(framework id, role id) of a :func:`role_key`."""
    framework_id, separator, role_id = key.partition(ROLE_KEY_SEPARATOR)
    return (framework_id, role_id) if separator else (default_id, key)
