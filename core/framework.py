"""The career-framework model: levels, lifecycle stages, skills and roles. Immutable once built.

Schema 2 adds what imported ladders need: roles that use only some levels, skills not expected
(or not described) at some levels, descriptors made of criteria with examples, an optional
proficiency scale with the proficiency each role expects at each level, category paths and the
source the framework came from. A schema 1 framework is the case where all of these are absent.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Mark(StrEnum):
    """Whether a role requires a skill at a level."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NOT_EXPECTED = "not-expected"


@dataclass(frozen=True)
class Criterion:
    """One thing a person shows at a level, with optional examples."""

    text: str
    examples: tuple[str, ...] = ()


def criteria_text(criteria: tuple[Criterion, ...]) -> str:
    """Criteria as one paragraph: each one a sentence, in order; a lone criterion as it is."""
    if len(criteria) == 1:
        return criteria[0].text
    sentences = []
    for criterion in criteria:
        text = criterion.text.strip()
        sentences.append(text if text[-1:] in ".!?:;" else f"{text}.")
    return " ".join(sentences)


@dataclass(frozen=True)
class Source:
    """Where an imported framework comes from and under which terms it may be used."""

    name: str = ""
    url: str = ""
    version: str = ""
    commit: str = ""
    licence: str = ""
    attribution: str = ""

    def line(self) -> str:
        """The source in one line, for footers and headers."""
        parts = [self.name or "Unknown source"]
        if self.version or self.commit:
            parts.append(" ".join(p for p in (self.version, self.commit[:12]) if p))
        if self.licence:
            parts.append(f"licence {self.licence}")
        if self.url:
            parts.append(self.url)
        text = ", ".join(parts)
        return f"{text}. {self.attribution}" if self.attribution else text


@dataclass(frozen=True)
class Level:
    """One rung of the ladder; frameworks order them from lowest to highest."""

    id: str
    label: str
    meaning: str = ""
    summary: str = ""


@dataclass(frozen=True)
class Stage:
    """A stage of the ML lifecycle (data preparation, model development, ...)."""

    id: str
    label: str


@dataclass(frozen=True, eq=False)
class Skill:
    """A skill with a generic descriptor for each level it is described at.

    ``descriptors`` holds the text at each level (criteria joined); ``criteria`` the same content
    as a list of criteria with their examples.
    """

    id: str
    name: str
    category: str
    summary: str
    keywords: tuple[str, ...]
    descriptors: Mapping[str, str]
    criteria: Mapping[str, tuple[Criterion, ...]] = field(default_factory=dict)
    category_path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Expectation:
    """What a role expects of a skill at one level; ``descriptor`` overrides the generic one.

    ``proficiency`` is the id of the expected step on the framework's proficiency scale, if any.
    """

    mark: Mark
    descriptor: str | None = None
    criteria: tuple[Criterion, ...] = ()
    proficiency: str | None = None
    examples: tuple[str, ...] = ()
    """Examples of evidence that go with the skill's generic descriptor, for this role (schema 2:
    a role keeps the generic text where it fits and still says what evidence looks like)."""


NOT_EXPECTED = Expectation(Mark.NOT_EXPECTED)


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
    levels: tuple[str, ...] = ()
    """The ids of the levels this role uses, lowest first; empty means every level."""

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
class Family:
    """A group of roles whose levels mean the same scope, autonomy and impact (schema 2)."""

    id: str
    name: str
    roles: tuple[str, ...]
    level_meanings: Mapping[str, str]


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
    proficiencies: tuple[Level, ...] = ()
    source: Source | None = None
    families: tuple[Family, ...] = ()
    file: str = field(default="", compare=False)
    """The file the framework was read from ("" when built in memory); overlays sit beside it."""
    language: str = field(default="en", compare=False)
    """The language of its text: "en", or an overlay's language."""
    original: Framework | None = field(default=None, compare=False, repr=False)
    """The English framework a translated one was made from (None: this is the original)."""

    _level_index: dict[str, int] = field(init=False, repr=False)
    _skill_by_id: dict[str, Skill] = field(init=False, repr=False)
    _role_by_id: dict[str, Role] = field(init=False, repr=False)
    _scales: dict[str, _RatingScale] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Frozen dataclass: the lookup tables are set once, here (rating scales lazily, per role).
        object.__setattr__(self, "_level_index", {lv.id: i for i, lv in enumerate(self.levels)})
        object.__setattr__(self, "_skill_by_id", {s.id: s for s in self.skills})
        object.__setattr__(self, "_role_by_id", {r.id: r for r in self.roles})
        object.__setattr__(self, "_scales", {})

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
        """The role's mark (and any override) for a skill at a level; ``Mark.NOT_EXPECTED`` where
        the role does not expect the skill (schema 2 may leave levels out)."""
        self._level_index[level_id]  # unknown level ids stay a KeyError
        return self.role(role_id).role_skill(skill_id).expectations.get(level_id, NOT_EXPECTED)

    def descriptor(self, role_id: str, skill_id: str, level_id: str) -> str:
        """The descriptor to show: the role's own if it has one, else the skill's generic one.

        Where the skill is not described at the level but the role expects it there, the level's
        meaning stands in (frameworks such as DIRECT describe proficiency only generically);
        where it is neither described nor expected, the descriptor is empty.
        """
        expectation = self.expectation(role_id, skill_id, level_id)
        if expectation.descriptor:
            return expectation.descriptor
        text = self.skill(skill_id).descriptors.get(level_id, "")
        if text or expectation.mark is Mark.NOT_EXPECTED:
            return text
        return self.level(level_id).meaning

    def criteria(self, role_id: str, skill_id: str, level_id: str) -> tuple[Criterion, ...]:
        """The descriptor as criteria with examples (one criterion when it is plain text); where
        the role keeps the generic descriptor, its own examples join the last criterion."""
        expectation = self.expectation(role_id, skill_id, level_id)
        if expectation.criteria:
            return expectation.criteria
        if expectation.descriptor:
            return (Criterion(expectation.descriptor),)
        criteria = self.skill(skill_id).criteria.get(level_id)
        if not criteria:
            text = self.descriptor(role_id, skill_id, level_id)
            criteria = (Criterion(text),) if text else ()
        if criteria and expectation.examples:  # the role's evidence for the generic text
            last = criteria[-1]
            criteria = (*criteria[:-1], Criterion(last.text, last.examples + expectation.examples))
        return criteria

    def examples(self, role_id: str, skill_id: str, level_id: str) -> tuple[str, ...]:
        """Every example of evidence for the role's descriptor at the level, in order."""
        return tuple(e for c in self.criteria(role_id, skill_id, level_id) for e in c.examples)

    def family(self, role_id: str) -> Family | None:
        """The role family the role belongs to, if the framework groups roles."""
        for family in self.families:
            if role_id in family.roles:
                return family
        return None

    def level_meaning(self, role_id: str, level_id: str) -> str:
        """What the level means for the role: its family's meaning, else the level's own."""
        family = self.family(role_id)
        meaning = family.level_meanings.get(level_id, "") if family else ""
        return meaning or self.level(level_id).meaning

    def is_expected(self, role_id: str, skill_id: str, level_id: str) -> bool:
        """Whether the role expects the skill at the level at all (required or optional)."""
        return self.expectation(role_id, skill_id, level_id).mark is not Mark.NOT_EXPECTED

    def role_levels(self, role_id: str) -> tuple[Level, ...]:
        """The levels a role uses, lowest first (all of them unless the role names a subset)."""
        role = self.role(role_id)
        if not role.levels:
            return self.levels
        used = set(role.levels)
        return tuple(lv for lv in self.levels if lv.id in used)

    def proficiency(self, proficiency_id: str) -> Level:
        """The step of the proficiency scale with this id."""
        for step in self.proficiencies:
            if step.id == proficiency_id:
                return step
        raise KeyError(proficiency_id)

    def expected_proficiency(self, role_id: str, skill_id: str, level_id: str) -> Level | None:
        """The proficiency the role expects in the skill at the level, when the framework has a
        proficiency scale and says so; None otherwise (then the level itself is the measure)."""
        proficiency_id = self.expectation(role_id, skill_id, level_id).proficiency
        return self.proficiency(proficiency_id) if proficiency_id else None

    # --- rating scale -----------------------------------------------------------------------------

    def _scale(self, role_id: str) -> _RatingScale:
        scale = self._scales.get(role_id)
        if scale is None:
            scale = _RatingScale.build(self, self.role(role_id))
            self._scales[role_id] = scale
        return scale

    def uses_proficiency(self, role_id: str) -> bool:
        """Whether people in the role are rated on the proficiency scale: the framework has one
        and the role names the proficiency it expects somewhere."""
        return self._scale(role_id).proficiency

    def rating_scale(self, role_id: str) -> tuple[Level, ...]:
        """The steps people in the role are rated on, lowest first: the proficiency scale when
        the role uses it, else the role's own levels (schema 1's model)."""
        return self._scale(role_id).steps

    def scale_index(self, role_id: str, step_id: str) -> int:
        """Position of a rating (a step id) on the role's rating scale, 0 for the lowest.

        On a levels scale, a level the role does not use counts as the role's highest level
        below it, and -1 ("not yet") below its first. ``KeyError`` for ids not on the scale.
        """
        return self._scale(role_id).index(self, step_id)

    def level_demand(self, role_id: str, skill_id: str, level_id: str) -> int:
        """The step of the rating scale a level stands for in a skill, whatever the mark.

        On a levels scale, the level's own position among the role's levels. On a proficiency
        scale, the expected proficiency; where the level names none, that of the nearest lower
        level naming one, else of the nearest higher one, else the lowest step.
        """
        return self._scale(role_id).demand(self, skill_id, level_id)

    def expected_index(self, role_id: str, skill_id: str, level_id: str) -> int | None:
        """The step of the rating scale the role expects in the skill at a level; None where it
        does not expect the skill there, or does not use the level."""
        if level_id not in self._scale(role_id).level_position:
            return None
        if not self.is_expected(role_id, skill_id, level_id):
            return None
        return self.level_demand(role_id, skill_id, level_id)

    def roles_using(self, skill_id: str) -> tuple[Role, ...]:
        """Every role that lists the skill."""
        return tuple(r for r in self.roles if skill_id in r.skill_ids)


@dataclass(frozen=True, eq=False)
class _RatingScale:
    """One role's rating scale, worked out once."""

    role_id: str
    proficiency: bool
    steps: tuple[Level, ...]
    position: dict[str, int]
    level_position: dict[str, int]
    global_indices: tuple[int, ...]
    """The framework-wide index of each of the role's levels, to place other levels."""
    demands: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def build(cls, framework: Framework, role: Role) -> _RatingScale:
        levels = framework.role_levels(role.id)
        proficiency = bool(framework.proficiencies) and any(
            e.proficiency for rs in role.skills for e in rs.expectations.values()
        )
        steps = framework.proficiencies if proficiency else levels
        return cls(
            role_id=role.id,
            proficiency=proficiency,
            steps=steps,
            position={step.id: i for i, step in enumerate(steps)},
            level_position={lv.id: i for i, lv in enumerate(levels)},
            global_indices=tuple(framework.level_index(lv.id) for lv in levels),
        )

    def index(self, framework: Framework, step_id: str) -> int:
        found = self.position.get(step_id)
        if found is not None:
            return found
        if self.proficiency:
            raise KeyError(step_id)
        return bisect_right(self.global_indices, framework.level_index(step_id)) - 1

    def demand(self, framework: Framework, skill_id: str, level_id: str) -> int:
        if not self.proficiency:
            if level_id in self.level_position:
                return self.level_position[level_id]
            return self.index(framework, level_id)
        per_level = self.demands.get(skill_id)
        if per_level is None:
            per_level = self._proficiency_demands(framework, skill_id)
            self.demands[skill_id] = per_level
        return per_level[level_id]

    def _proficiency_demands(self, framework: Framework, skill_id: str) -> dict[str, int]:
        expectations = framework.role(self.role_id).role_skill(skill_id).expectations
        named = [
            (framework.level_index(level_id), self.position[e.proficiency])
            for level_id, e in expectations.items()
            if e.proficiency
        ]
        named.sort()
        demands = {}
        for level in framework.levels:
            here = framework.level_index(level.id)
            below = [step for index, step in named if index <= here]
            above = [step for index, step in named if index > here]
            demands[level.id] = below[-1] if below else (above[0] if above else 0)
        return demands
