"""A person's or the whole team's history as rows for a CSV file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from core.csv_files import Cell
from core.framework import Framework
from core.gaps import level_name, rating_index
from db.plan_inputs import assessment_framework
from db.repository import Repository

HEADER = (
    "person", "role", "assessment", "date", "status", "target", "skill", "skill name",
    "self level", "manager level", "note",
)  # fmt: skip


def history_rows(
    repository: Repository, framework: Framework, person_ids: Iterable[int]
) -> Iterator[list[Cell]]:
    """One row per rated skill of every assessment of the given people, oldest first.

    Rows are made as the assessments are read, a few hundred at a time; each frozen version of
    a role is parsed once for the whole file.
    """
    names: dict[int, str] = {}
    ids = list(person_ids)
    for assessment in repository.stream_history(ids):
        person_id = assessment.person_id
        if person_id not in names:
            names[person_id] = repository.person(person_id).name
        used = assessment_framework(repository, framework, assessment)
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
                level_name(used, role.id, rating_index(used, role.id, mine), unrated=""),
                level_name(used, role.id, rating_index(used, role.id, theirs), unrated=""),
                mine.note if mine else "",
            ]
