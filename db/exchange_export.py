"""Writing one assessment as an exchange file."""

from __future__ import annotations

from datetime import datetime

from core.exchange import exchange_bytes, exchange_document
from core.framework import Framework
from core.goals import goals_for_assessment
from db.plan_inputs import assessment_framework
from db.repository import Repository


def exchange_file_bytes(
    repository: Repository,
    framework: Framework,
    assessment_id: int,
    *,
    exported_by: str,
    now: datetime,
) -> bytes:
    """The exchange file of an assessment, with the goals of its period."""
    assessment = repository.assessment(assessment_id)
    person = repository.person(assessment.person_id)
    goals = goals_for_assessment(
        repository.goals(person.id), assessment.started_at, assessment.completed_at
    )
    document = exchange_document(
        assessment_framework(repository, framework, assessment), person, assessment, goals,
        exported_by=exported_by, exported_at=now,
    )  # fmt: skip
    return exchange_bytes(document)
