"""Gather what a one-on-one agenda is made of from the repository."""

from __future__ import annotations

from datetime import date

from core.agenda import AgendaInput
from core.framework import Framework
from db.plan_inputs import assessment_framework, previous_completed
from db.repository import Repository


def agenda_input(
    repository: Repository, framework: Framework, person_id: int, today: date
) -> AgendaInput:
    """The person's latest assessment (completed first, else the draft), the one before it,
    their meetings, action items and goals."""
    person = repository.person(person_id)
    history = repository.summaries(person_id)
    completed = [a for a in history if a.is_completed]
    pool = completed or history
    newest = max(pool, key=lambda a: a.date) if pool else None
    latest = repository.assessment(newest.id) if newest else None
    used = assessment_framework(repository, framework, latest) if latest else framework
    return AgendaInput(
        framework=used,
        person=person,
        latest=latest,
        previous=previous_completed(repository, latest, history) if latest else None,
        meetings=tuple(repository.meetings(person_id)),
        action_items=tuple(repository.action_items(person_id)),
        goals=tuple(g for g in repository.goals(person_id) if g.is_open),
        today=today,
    )
