"""Gather what a growth plan is made of from the repository, as plain records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.assessment import AssessmentInfo, AssessmentSummary
from core.framework import Framework
from core.i18n import translate
from core.plan import PlanInput
from db.errors import StorageError
from db.repository import Repository


def assessment_framework(
    repository: Repository, framework: Framework, assessment: AssessmentInfo | AssessmentSummary
) -> Framework:
    """The framework an assessment is read against: its frozen snapshot once completed."""
    return repository.assessment_framework(framework, assessment)


def previous_completed(
    repository: Repository,
    assessment: AssessmentInfo | AssessmentSummary,
    history: Sequence[AssessmentSummary] | None = None,
) -> AssessmentInfo | None:
    """The person's latest completed assessment of the same role before ``assessment``
    (``history``: the person's summaries, if already read)."""
    if history is None:
        history = repository.summaries(assessment.person_id, assessment.role_id)
    earlier = [
        a
        for a in history
        if a.role_id == assessment.role_id
        and a.is_completed
        and a.id != assessment.id
        and a.date < assessment.date
    ]
    if not earlier:
        return None
    return repository.assessment(max(earlier, key=lambda a: a.date).id)


def plan_input(
    repository: Repository,
    framework: Framework,
    assessment_id: int,
    today: date,
    history: Sequence[AssessmentSummary] | None = None,
) -> PlanInput:
    """Everything the growth plan of one assessment needs (``history``: the person's
    summaries of the role, when the caller has read them already)."""
    assessment = repository.assessment(assessment_id)
    person = repository.person(assessment.person_id)
    used = assessment_framework(repository, framework, assessment)
    if not used.has_role(assessment.role_id):
        raise StorageError(
            translate(
                "Storage",
                "the framework '{framework}' has no role '{role}' any more; the assessment "
                "cannot be turned into a plan",
            ).format(framework=used.id, role=assessment.role_id)
        )
    return PlanInput(
        framework=used,
        person=person,
        assessment=assessment,
        previous=previous_completed(repository, assessment, history),
        goals=tuple(repository.goals(person.id)),
        today=today,
    )


def pick_assessment(
    repository: Repository,
    person_id: int,
    role_id: str | None,
    which: str,
    history: Sequence[AssessmentSummary] | None = None,
) -> AssessmentSummary:
    """``which`` is "latest" (newest completed, else the draft) or an assessment id;
    ``role_id`` None looks across every role. Reads the summaries only (``history``: already
    read)."""
    assessments = repository.summaries(person_id, role_id) if history is None else history
    if not assessments:
        if role_id:
            raise StorageError(
                translate("Storage", "no assessment of role '{role}' for this person").format(
                    role=role_id
                )
            )
        raise StorageError(translate("Storage", "no assessment for this person"))
    if which == "latest":
        completed = [a for a in assessments if a.is_completed]
        return max(completed or assessments, key=lambda a: a.date)
    try:
        wanted = int(which)
    except ValueError:
        raise StorageError(
            translate("Storage", "--assessment must be 'latest' or a number, not '{which}'").format(
                which=which
            )
        ) from None
    for assessment in assessments:
        if assessment.id == wanted:
            return assessment
    if role_id:
        missing = translate("Storage", "no assessment {id} of role '{role}' for this person")
    else:
        missing = translate("Storage", "no assessment {id} for this person")
    raise StorageError(missing.format(id=wanted, role=role_id))
