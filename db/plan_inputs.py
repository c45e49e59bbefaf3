"""Gather what a growth plan is made of from the repository, as plain records."""

from __future__ import annotations

from datetime import date

from core.assessment import AssessmentInfo
from core.framework import Framework
from core.framework_i18n import localize
from core.plan import PlanInput
from core.snapshot import framework_from_snapshot
from db.errors import StorageError
from db.repository import Repository


def assessment_framework(framework: Framework, assessment: AssessmentInfo) -> Framework:
    """The framework an assessment is read against: its frozen snapshot once completed."""
    if assessment.is_completed and assessment.role_snapshot:
        snapshot = framework_from_snapshot(assessment.role_snapshot)
        return localize(snapshot, framework.language, framework)
    return framework


def previous_completed(repository: Repository, assessment: AssessmentInfo) -> AssessmentInfo | None:
    """The person's latest completed assessment of the same role before ``assessment``."""
    earlier = [
        a
        for a in repository.assessments(assessment.person_id, assessment.role_id)
        if a.is_completed and a.id != assessment.id and a.date < assessment.date
    ]
    return max(earlier, key=lambda a: a.date) if earlier else None


def plan_input(
    repository: Repository, framework: Framework, assessment_id: int, today: date
) -> PlanInput:
    """Everything the growth plan of one assessment needs."""
    assessment = repository.assessment(assessment_id)
    person = repository.person(assessment.person_id)
    used = assessment_framework(framework, assessment)
    if not used.has_role(assessment.role_id):
        raise StorageError(
            f"the framework '{used.id}' has no role '{assessment.role_id}' any more; "
            "the assessment cannot be turned into a plan"
        )
    return PlanInput(
        framework=used,
        person=person,
        assessment=assessment,
        previous=previous_completed(repository, assessment),
        goals=tuple(repository.goals(person.id)),
        today=today,
    )


def pick_assessment(
    repository: Repository, person_id: int, role_id: str | None, which: str
) -> AssessmentInfo:
    """``which`` is "latest" (newest completed, else the draft) or an assessment id;
    ``role_id`` None looks across every role."""
    assessments = repository.assessments(person_id, role_id)
    if not assessments:
        of_role = f" of role '{role_id}'" if role_id else ""
        raise StorageError(f"no assessment{of_role} for this person")
    if which == "latest":
        completed = [a for a in assessments if a.is_completed]
        return max(completed or assessments, key=lambda a: a.date)
    try:
        wanted = int(which)
    except ValueError:
        raise StorageError(f"--assessment must be 'latest' or a number, not '{which}'") from None
    for assessment in assessments:
        if assessment.id == wanted:
            return assessment
    of_role = f" of role '{role_id}'" if role_id else ""
    raise StorageError(f"no assessment {wanted}{of_role} for this person")
