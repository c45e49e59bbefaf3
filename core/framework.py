"""The career-framework model: levels, lifecycle stages, skills and roles. Immutable once built."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Mark(StrEnum):
    """Whether a role requires a skill at a level."""

    REQUIRED = "required"
    OPTIONAL = "optional"


@dataclass(frozen=True)
class Level:
    """One rung of the ladder; frameworks order them from lowest to highest."""

    id: str
    label: str
    meaning: str


@dataclass(frozen=True)
class Stage:
    """A stage of the ML lifecycle (data preparation, model development, ...)."""

    id: str
    label: str


@dataclass(frozen=True, eq=False)
class Skill:
    """A skill with a generic descriptor for every level."""

    id: str
    name: str
    category: str
    summary: str
    keywords: tuple[str, ...]
    descriptors: Mapping[str, str]


@dataclass(frozen=True)
class Expectation:
    """What a role expects of a skill at one level; ``descriptor`` overrides the generic one."""

    mark: Mark
    descriptor: str | None = None


@dataclass(frozen=True, eq=False)
class RoleSkill:
    """A skill as one role uses it: an expectation for every level."""

    skill_id: str
    expectations: Mapping[str, Expectation]


@dataclass(frozen=True, eq=False)
class Role:
    """A job role: what it is for, what it delivers, which skills it needs at which level."""

    id: str
    name: str
    summary: str
    responsibilities: tuple[str, ...]
    deliverables: tuple[str, ...]
    leads: tuple[str, ...]
    supports: tuple[str, ...]
    skills: tuple[RoleSkill, ...]

    def role_skill(self, skill_id: str) -> RoleSkill:
        """The role's use of ``skill_id``; ``KeyError`` if the role does not list it."""
        for role_skill in self.skills:
            if role_skill.skill_id == skill_id:
                return role_skill
        raise KeyError(skill_id)

    @property
    def skill_ids(self) -> tuple[str, ...]:
        """The ids of the role's skills, in framework order."""
        return tuple(rs.skill_id for rs in self.skills)


@dataclass(frozen=True, eq=False)
class Framework:
    """A whole career framework. Lookups by id raise ``KeyError`` for unknown ids."""

    schema_version: int
    id: str
    name: str
    version: str
    description: str
    levels: tuple[Level, ...]
    stages: tuple[Stage, ...]
    skills: tuple[Skill, ...]
    roles: tuple[Role, ...]
    _level_index: dict[str, int] = field(init=False, repr=False)
    _skill_by_id: dict[str, Skill] = field(init=False, repr=False)
    _role_by_id: dict[str, Role] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Frozen dataclass: the lookup tables are set once, here.
        object.__setattr__(self, "_level_index", {lv.id: i for i, lv in enumerate(self.levels)})
        object.__setattr__(self, "_skill_by_id", {s.id: s for s in self.skills})
        object.__setattr__(self, "_role_by_id", {r.id: r for r in self.roles})

    def level(self, level_id: str) -> Level:
        """The level with this id."""
        return self.levels[self.level_index(level_id)]

    def level_index(self, level_id: str) -> int:
        """Position of the level on the ladder, 0 for the lowest."""
        return self._level_index[level_id]

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id."""
        return self._skill_by_id[skill_id]

    def role(self, role_id: str) -> Role:
        """The role with this id."""
        return self._role_by_id[role_id]

    def skill_label(self, skill_id: str) -> str:
        """The skill's name, or its id when the framework does not have it (old records)."""
        skill = self._skill_by_id.get(skill_id)
        return skill.name if skill else skill_id

    def level_label(self, level_id: str) -> str:
        """The level's label, or its id when the framework does not have it (old records)."""
        index = self._level_index.get(level_id)
        return self.levels[index].label if index is not None else level_id

    def has_role(self, role_id: str) -> bool:
        """Whether the framework defines this role."""
        return role_id in self._role_by_id

    def expectation(self, role_id: str, skill_id: str, level_id: str) -> Expectation:
        """The role's mark (and any override) for a skill at a level."""
        return self.role(role_id).role_skill(skill_id).expectations[level_id]

    def descriptor(self, role_id: str, skill_id: str, level_id: str) -> str:
        """The descriptor to show: the role's own if it has one, else the skill's generic one."""
        override = self.expectation(role_id, skill_id, level_id).descriptor
        return override or self.skill(skill_id).descriptors[level_id]

    def roles_using(self, skill_id: str) -> tuple[Role, ...]:
        """Every role that lists the skill."""
        return tuple(r for r in self.roles if skill_id in r.skill_ids)
