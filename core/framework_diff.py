"""What changed between two versions of one framework: a pure comparison, by id.

Skills, roles, levels and proficiencies are matched by id, so a new name for the same id is a
rename, not a removal and an addition (that is also how completed assessments, frozen with the
old version, are compared with the new one). Descriptors are compared as criteria with their
examples: a skill's generic descriptor once per skill and level, and a role's own wording where
the role has one. Marks (required, optional, not expected) and expected proficiencies are
compared for every role, skill and level both versions have.

:func:`diff_frameworks` returns a :class:`FrameworkDiff`; :func:`diff_groups` turns it into
titled groups of readable lines (translated), for the window and the command line alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from core.framework import NOT_EXPECTED, Criterion, Expectation, Framework, Mark
from core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Named:
    """Something added or removed: its id and name."""

    id: str
    name: str


@dataclass(frozen=True)
class Renamed:
    """The same id under a new name."""

    id: str
    old: str
    new: str


@dataclass(frozen=True)
class LevelChange:
    """A level (same id) whose label or meaning changed."""

    id: str
    old_label: str
    new_label: str
    old_meaning: str
    new_meaning: str


@dataclass(frozen=True)
class RoleSkill:
    """A skill a role gained or dropped."""

    role_id: str
    role: str
    skill_id: str
    skill: str


@dataclass(frozen=True)
class DescriptorChange:
    """Different wording of a skill at a level: the generic one (``role_id`` None) or a role's."""

    skill_id: str
    skill: str
    level_id: str
    level: str
    role_id: str | None
    role: str
    old: tuple[Criterion, ...]
    new: tuple[Criterion, ...]


@dataclass(frozen=True)
class MarkChange:
    """A role's mark or expected proficiency for a skill at a level changed."""

    role_id: str
    role: str
    skill_id: str
    skill: str
    level_id: str
    level: str
    old_mark: Mark
    new_mark: Mark
    old_proficiency: str
    new_proficiency: str
    """Labels of the expected proficiency ("" when none)."""


@dataclass(frozen=True)
class FrameworkDiff:
    """Every change from ``old`` to ``new`` of one framework; empty tuples where nothing changed."""

    framework_id: str
    old_name: str
    new_name: str
    old_version: str
    new_version: str
    skills_added: tuple[Named, ...] = ()
    skills_removed: tuple[Named, ...] = ()
    skills_renamed: tuple[Renamed, ...] = ()
    roles_added: tuple[Named, ...] = ()
    roles_removed: tuple[Named, ...] = ()
    roles_renamed: tuple[Renamed, ...] = ()
    levels_added: tuple[Named, ...] = ()
    levels_removed: tuple[Named, ...] = ()
    levels_changed: tuple[LevelChange, ...] = ()
    levels_reordered: bool = False
    proficiencies_added: tuple[Named, ...] = ()
    proficiencies_removed: tuple[Named, ...] = ()
    proficiencies_renamed: tuple[Renamed, ...] = ()
    role_skills_added: tuple[RoleSkill, ...] = ()
    role_skills_removed: tuple[RoleSkill, ...] = ()
    descriptors_changed: tuple[DescriptorChange, ...] = ()
    marks_changed: tuple[MarkChange, ...] = ()

    @property
    def changes(self) -> dict[str, int]:
        """How many changes of each kind (only kinds with at least one)."""
        counts: dict[str, int] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and value:
                counts[f.name] = len(value)
        if self.levels_reordered:
            counts["levels_reordered"] = 1
        return counts

    @property
    def is_empty(self) -> bool:
        """Nothing but (perhaps) the version and name differ."""
        return not self.changes

    @property
    def content_changed(self) -> bool:
        """Whether anything at all differs, the version and name included."""
        return (
            not self.is_empty
            or self.old_version != self.new_version
            or self.old_name != self.new_name
        )


def _added_removed_renamed(
    old: Iterable[tuple[str, str]], new: Iterable[tuple[str, str]]
) -> tuple[tuple[Named, ...], tuple[Named, ...], tuple[Renamed, ...]]:
    old_names, new_names = dict(old), dict(new)
    added = tuple(Named(i, n) for i, n in new_names.items() if i not in old_names)
    removed = tuple(Named(i, n) for i, n in old_names.items() if i not in new_names)
    renamed = tuple(
        Renamed(i, old_names[i], n)
        for i, n in new_names.items()
        if i in old_names and old_names[i] != n
    )
    return added, removed, renamed


def _generic(framework: Framework, skill_id: str, level_id: str) -> tuple[Criterion, ...]:
    skill = framework.skill(skill_id)
    criteria = skill.criteria.get(level_id)
    if criteria:
        return tuple(criteria)
    text = skill.descriptors.get(level_id, "")
    return (Criterion(text),) if text else ()


def _own_wording(expectation: Expectation) -> tuple[tuple[Criterion, ...], tuple[str, ...]]:
    """What a role says itself about a skill at a level (nothing: it uses the generic text)."""
    if expectation.criteria:
        return expectation.criteria, expectation.examples
    if expectation.descriptor:
        return (Criterion(expectation.descriptor),), expectation.examples
    return (), expectation.examples


def _expectation(framework: Framework, role_id: str, skill_id: str, level_id: str) -> Expectation:
    return framework.role(role_id).role_skill(skill_id).expectations.get(level_id, NOT_EXPECTED)


def _proficiency_label(framework: Framework, proficiency_id: str | None) -> str:
    if not proficiency_id:
        return ""
    for step in framework.proficiencies:
        if step.id == proficiency_id:
            return step.label
    return proficiency_id


def diff_frameworks(old: Framework, new: Framework) -> FrameworkDiff:
    """Compare two versions of a framework (best in their original language) by id."""
    skills = _added_removed_renamed(
        ((s.id, s.name) for s in old.skills), ((s.id, s.name) for s in new.skills)
    )
    roles = _added_removed_renamed(
        ((r.id, r.name) for r in old.roles), ((r.id, r.name) for r in new.roles)
    )
    proficiencies = _added_removed_renamed(
        ((p.id, p.label) for p in old.proficiencies), ((p.id, p.label) for p in new.proficiencies)
    )
    old_levels = {lv.id: lv for lv in old.levels}
    new_levels = {lv.id: lv for lv in new.levels}
    common_levels = [lv.id for lv in new.levels if lv.id in old_levels]
    levels_changed = tuple(
        LevelChange(i, old_levels[i].label, new_levels[i].label, old_levels[i].meaning,
                    new_levels[i].meaning)
        for i in common_levels
        if (old_levels[i].label, old_levels[i].meaning)
        != (new_levels[i].label, new_levels[i].meaning)
    )  # fmt: skip
    reordered = [i for i in (lv.id for lv in old.levels) if i in new_levels] != common_levels

    descriptors: list[DescriptorChange] = []
    old_skill_ids = {s.id for s in old.skills}
    for skill in new.skills:
        if skill.id not in old_skill_ids:
            continue
        for level_id in common_levels:
            before, after = _generic(old, skill.id, level_id), _generic(new, skill.id, level_id)
            if before != after:
                descriptors.append(
                    DescriptorChange(skill.id, skill.name, level_id, new_levels[level_id].label,
                                     None, "", before, after)
                )  # fmt: skip

    marks: list[MarkChange] = []
    gained: list[RoleSkill] = []
    dropped: list[RoleSkill] = []
    old_role_ids = {r.id for r in old.roles}
    for role in new.roles:
        if role.id not in old_role_ids:
            continue
        old_role = old.role(role.id)
        before_ids, after_ids = set(old_role.skill_ids), set(role.skill_ids)
        gained += [
            RoleSkill(role.id, role.name, s, new.skill_label(s))
            for s in role.skill_ids
            if s not in before_ids
        ]
        dropped += [
            RoleSkill(role.id, role.name, s, old.skill_label(s))
            for s in old_role.skill_ids
            if s not in after_ids
        ]
        for skill_id in role.skill_ids:
            if skill_id not in before_ids:
                continue
            for level_id in common_levels:
                before = _expectation(old, role.id, skill_id, level_id)
                after = _expectation(new, role.id, skill_id, level_id)
                level = new_levels[level_id].label
                # By id: a proficiency renamed is listed once, as a renamed proficiency.
                if (before.mark, before.proficiency) != (after.mark, after.proficiency):
                    marks.append(
                        MarkChange(role.id, role.name, skill_id, new.skill_label(skill_id),
                                   level_id, level, before.mark, after.mark,
                                   _proficiency_label(old, before.proficiency),
                                   _proficiency_label(new, after.proficiency))
                    )  # fmt: skip
                if _own_wording(before) != _own_wording(after):
                    descriptors.append(
                        DescriptorChange(
                            skill_id, new.skill_label(skill_id), level_id, level, role.id,
                            role.name, old.criteria(role.id, skill_id, level_id),
                            new.criteria(role.id, skill_id, level_id),
                        )
                    )  # fmt: skip

    return FrameworkDiff(
        framework_id=new.id,
        old_name=old.name,
        new_name=new.name,
        old_version=old.version,
        new_version=new.version,
        skills_added=skills[0],
        skills_removed=skills[1],
        skills_renamed=skills[2],
        roles_added=roles[0],
        roles_removed=roles[1],
        roles_renamed=roles[2],
        levels_added=tuple(Named(lv.id, lv.label) for lv in new.levels if lv.id not in old_levels),
        levels_removed=tuple(
            Named(lv.id, lv.label) for lv in old.levels if lv.id not in new_levels
        ),
        levels_changed=levels_changed,
        levels_reordered=reordered,
        proficiencies_added=proficiencies[0],
        proficiencies_removed=proficiencies[1],
        proficiencies_renamed=proficiencies[2],
        role_skills_added=tuple(gained),
        role_skills_removed=tuple(dropped),
        descriptors_changed=tuple(descriptors),
        marks_changed=tuple(marks),
    )


# --- readable form --------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffLine:
    """One change in words; ``old`` and ``new`` hold the texts compared, when there are any."""

    text: str
    old: str = ""
    new: str = ""


@dataclass(frozen=True)
class DiffGroup:
    """Changes of one kind: ``kind`` is the :class:`FrameworkDiff` field, ``title`` has the count."""

    kind: str
    title: str
    lines: tuple[DiffLine, ...]


_TITLES = {
    "skills_added": QT_TRANSLATE_NOOP("FrameworkDiff", "Skills added: %n"),
    "skills_removed": QT_TRANSLATE_NOOP("FrameworkDiff", "Skills removed: %n"),
    "skills_renamed": QT_TRANSLATE_NOOP("FrameworkDiff", "Skills renamed: %n"),
    "roles_added": QT_TRANSLATE_NOOP("FrameworkDiff", "Roles added: %n"),
    "roles_removed": QT_TRANSLATE_NOOP("FrameworkDiff", "Roles removed: %n"),
    "roles_renamed": QT_TRANSLATE_NOOP("FrameworkDiff", "Roles renamed: %n"),
    "levels_added": QT_TRANSLATE_NOOP("FrameworkDiff", "Levels added: %n"),
    "levels_removed": QT_TRANSLATE_NOOP("FrameworkDiff", "Levels removed: %n"),
    "levels_changed": QT_TRANSLATE_NOOP("FrameworkDiff", "Levels changed: %n"),
    "levels_reordered": QT_TRANSLATE_NOOP("FrameworkDiff", "Levels in a new order"),
    "proficiencies_added": QT_TRANSLATE_NOOP("FrameworkDiff", "Proficiencies added: %n"),
    "proficiencies_removed": QT_TRANSLATE_NOOP("FrameworkDiff", "Proficiencies removed: %n"),
    "proficiencies_renamed": QT_TRANSLATE_NOOP("FrameworkDiff", "Proficiencies renamed: %n"),
    "role_skills_added": QT_TRANSLATE_NOOP("FrameworkDiff", "Skills added to roles: %n"),
    "role_skills_removed": QT_TRANSLATE_NOOP("FrameworkDiff", "Skills taken out of roles: %n"),
    "descriptors_changed": QT_TRANSLATE_NOOP("FrameworkDiff", "Descriptors changed: %n"),
    "marks_changed": QT_TRANSLATE_NOOP("FrameworkDiff", "Marks changed: %n"),
}
"""Group titles, in the order groups are shown."""


def _mark(mark: Mark, proficiency: str) -> str:
    names = {
        Mark.REQUIRED: translate("FrameworkDiff", "required"),
        Mark.OPTIONAL: translate("FrameworkDiff", "optional"),
        Mark.NOT_EXPECTED: translate("FrameworkDiff", "not expected"),
    }
    if not proficiency:
        return names[mark]
    return translate("FrameworkDiff", "{mark} (expected: {proficiency})").format(
        mark=names[mark], proficiency=proficiency
    )


def criteria_lines(criteria: Sequence[Criterion]) -> str:
    """Criteria as text people read: one per line, examples after a dash."""
    if not criteria:
        return translate("FrameworkDiff", "(no descriptor)")
    lines = []
    for criterion in criteria:
        if criterion.examples:
            lines.append(
                translate("FrameworkDiff", "{text} — examples: {examples}").format(
                    text=criterion.text, examples="; ".join(criterion.examples)
                )
            )
        else:
            lines.append(criterion.text)
    return "\n".join(lines)


def _lines(diff: FrameworkDiff, kind: str) -> tuple[DiffLine, ...]:
    value = getattr(diff, kind)
    if kind == "levels_reordered":
        return ()
    out: list[DiffLine] = []
    for item in value:
        if isinstance(item, Named):
            out.append(DiffLine(item.name))
        elif isinstance(item, Renamed):
            out.append(
                DiffLine(
                    translate("FrameworkDiff", "{old} → {new}").format(old=item.old, new=item.new)
                )
            )
        elif isinstance(item, LevelChange):
            text = item.new_label
            if item.old_label != item.new_label:
                text = translate("FrameworkDiff", "{old} → {new}").format(
                    old=item.old_label, new=item.new_label
                )
            if item.old_meaning != item.new_meaning:
                text = translate("FrameworkDiff", "{level}: new meaning").format(level=text)
            out.append(DiffLine(text, item.old_meaning, item.new_meaning))
        elif isinstance(item, RoleSkill):
            out.append(
                DiffLine(
                    translate("FrameworkDiff", "{role}: {skill}").format(
                        role=item.role, skill=item.skill
                    )
                )
            )
        elif isinstance(item, DescriptorChange):
            if item.role_id is None:
                text = translate("FrameworkDiff", "{skill} at {level} (every role)").format(
                    skill=item.skill, level=item.level
                )
            else:
                text = translate("FrameworkDiff", "{role}: {skill} at {level}").format(
                    role=item.role, skill=item.skill, level=item.level
                )
            out.append(DiffLine(text, criteria_lines(item.old), criteria_lines(item.new)))
        elif isinstance(item, MarkChange):
            out.append(
                DiffLine(
                    translate("FrameworkDiff", "{role}: {skill} at {level}: {old} → {new}").format(
                        role=item.role,
                        skill=item.skill,
                        level=item.level,
                        old=_mark(item.old_mark, item.old_proficiency),
                        new=_mark(item.new_mark, item.new_proficiency),
                    ),
                    _mark(item.old_mark, item.old_proficiency),
                    _mark(item.new_mark, item.new_proficiency),
                )
            )
    return tuple(out)


def diff_groups(diff: FrameworkDiff) -> list[DiffGroup]:
    """The changes grouped by kind, each group titled with its count (only kinds with changes)."""
    counts = diff.changes
    return [
        DiffGroup(kind, translate("FrameworkDiff", title, None, counts[kind]), _lines(diff, kind))
        for kind, title in _TITLES.items()
        if kind in counts
    ]


def version_line(diff: FrameworkDiff) -> str:
    """ "Version 1.0 → 1.1" (with the name when it changed too)."""
    line = translate("FrameworkDiff", "Version {old} → {new}").format(
        old=diff.old_version or "—", new=diff.new_version or "—"
    )
    if diff.old_name != diff.new_name:
        line += "; " + translate("FrameworkDiff", "name {old} → {new}").format(
            old=diff.old_name, new=diff.new_name
        )
    return line


def diff_lines(diff: FrameworkDiff) -> list[str]:
    """The whole diff as plain lines (for the command line and logs)."""
    lines = [version_line(diff)]
    if diff.is_empty:
        lines.append(
            translate("FrameworkDiff", "No skill, role, level, descriptor or mark changed")
        )
    for group in diff_groups(diff):
        lines.append(group.title)
        for line in group.lines:
            lines.append(f"  - {line.text}")
    return lines
