"""A person's or the whole team's history as rows for a CSV file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from core.assessment import SkillRating
from core.csv_files import Cell
from core.framework import Framework
from core.framework_library import FrameworkLibrary, framework_of
from core.gaps import level_name, rating_index
from db.plan_inputs import assessment_framework
from db.repository import Repository

HEADER = (
    "person", "role", "assessment", "date", "status", "target", "skill", "skill name",
    "self level", "manager level", "note",
)  # fmt: skip


def history_rows(
    repository: Repository, frameworks: Framework | FrameworkLibrary, person_ids: Iterable[int]
) -> Iterator[list[Cell]]:
    """One row per rated skill of every assessment of the given people, oldest first; each
    assessment read against its own framework (of the library, when one is given).

    Rows are made as the assessments are read, a few hundred at a time; each frozen version of
    a role is parsed once for the whole file.
    """
    ids = list(person_ids)
    names = {p.id: p.name for p in repository.people()}
    # What a level is called depends only on the framework version, role and level: once each.
    levels: dict[tuple[int, str, str | None, bool], str] = {}

    def level(used: Framework, role_id: str, rating: SkillRating | None) -> str:
        if rating is None:
            return ""
        key = (id(used), role_id, rating.level_id, rating.rated)
        if key not in levels:
            levels[key] = level_name(used, role_id, rating_index(used, role_id, rating), unrated="")
        return levels[key]

    for assessment in repository.stream_history(ids):
        person_id = assessment.person_id
        live = framework_of(frameworks, assessment.framework_id)
        used = assessment_framework(repository, live, assessment)
        if not used.has_role(assessment.role_id):
            continue
        role = used.role(assessment.role_id)
        for skill_id in role.skill_ids:
            mine = assessment.ratings.get(skill_id)
            theirs = assessment.manager_ratings.get(skill_id)
            if mine is None and theirs is None:
                continue
            yield [
                names[person_id],
                role.name,
                assessment.id,
                assessment.date.date().isoformat(),
                assessment.status,
                used.level(assessment.target_level).label,
                skill_id,
                used.skill(skill_id).name,
                level(used, role.id, mine),
                level(used, role.id, theirs),
                mine.note if mine else "",
            ]
