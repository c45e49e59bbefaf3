"""Sample data so a new user (or a reviewer) sees every screen full."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.assessment import PersonInfo
from core.framework import Framework
from core.goals import GoalStatus
from core.i18n import translate
from db.repository import Repository

SAMPLE_PERSON = "Sample: Alex Rivera"
SAMPLE_ROLE = "mlops-engineer"
SAMPLE_TARGET = "senior"

# Level index per skill at each of the three completed assessments (-1 = not yet); the draft
# moves a few skills up again. Skills missing here stay unrated.
_PROGRESSION: dict[str, tuple[int, int, int, int]] = {
    "ml-pipelines": (0, 1, 1, 2),
    "experiment-tracking": (1, 1, 2, 2),
    "model-serving": (0, 0, 1, 1),
    "model-monitoring": (-1, 0, 1, 2),
    "ml-cicd": (0, 1, 1, 1),
    "containers-kubernetes": (1, 1, 2, 2),
    "cloud-iac": (-1, 0, 0, 1),
    "data-quality": (0, 0, 1, 1),
    "data-engineering": (-1, 0, 0, 1),
    "modelling": (0, 0, 0, 1),
    "responsible-ai": (-1, 0, 0, 1),
    "software-engineering": (1, 2, 2, 2),
    "communication-collaboration": (0, 1, 1, 1),
    "technical-leadership": (-1, -1, 0, 0),
}
_NOTES: dict[str, tuple[str, str, str, str]] = {
    "ml-pipelines": (
        "Fixed two failing Airflow tasks in the nightly training DAG.",
        "Own the churn-model training pipeline in Prefect, with retries and tests.",
        "Added step caching; nightly run went from 3 h to 70 min.",
        "Drafting the Kubeflow migration plan for all training jobs.",
    ),
    "model-monitoring": (
        "",
        "Set up basic latency dashboards in Grafana.",
        "Built feature-drift checks for the pricing model; alerts go to the on-call channel.",
        "Retraining now triggers automatically when drift persists for two days.",
    ),
    "technical-leadership": ("", "", "Mentoring one new joiner on the deployment runbook.", ""),
}


# (skill, action, status, months ago written, due in days from now, level aimed at)
_GOALS: tuple[tuple[str, str, GoalStatus, int, int, str | None], ...] = (
    (
        "model-monitoring",
        "Put drift alerts on the pricing model and route them to the on-call rota.",
        GoalStatus.DONE,
        7,
        -150,
        "middle",
    ),
    (
        "ml-pipelines",
        "Lead the move of all training jobs to Kubeflow and write the runbook for it.",
        GoalStatus.IN_PROGRESS,
        4,
        60,
        "senior",
    ),
    (
        "model-serving",
        "Pair with the platform team on canary releases for the pricing model.",
        GoalStatus.PLANNED,
        4,
        -20,
        "middle",
    ),
    (
        "cloud-iac",
        "Write the Terraform module for the feature store and have it reviewed.",
        GoalStatus.PLANNED,
        4,
        90,
        None,
    ),
)


# The manager's view of the latest completed assessment: one agreement, one gap of two levels.
_MANAGER_RATINGS = {"ml-pipelines": 1, "model-serving": 1, "model-monitoring": -1}
_MEETINGS = (
    (
        100,
        "Went through the drift alerts together; they work but page too often.\n"
        "Alex wants to own the Kubeflow migration.",
        ("Tune the drift alert thresholds with the on-call team", True),
        ("Write a one-page plan for the Kubeflow migration", False),
    ),
    (
        14,
        "Reviewed the migration plan. Next: canary releases for the pricing model.",
        ("Pair with the platform team on one canary release", False),
    ),
)


def _months_ago(now: datetime, months: int) -> datetime:
    return now - timedelta(days=30 * months)


def create_sample_data(
    repository: Repository, framework: Framework, *, now: datetime | None = None
) -> PersonInfo:
    """Add the sample person with three completed assessments months apart and a draft."""
    if repository.person_by_name(SAMPLE_PERSON) is not None:
        raise ValueError(
            translate("Storage", "the sample person '{name}' already exists").format(
                name=SAMPLE_PERSON
            )
        )
    now = now or datetime.now(UTC)
    role_id = SAMPLE_ROLE if framework.has_role(SAMPLE_ROLE) else framework.roles[0].id
    role_skills = set(framework.role(role_id).skill_ids)
    target = (
        SAMPLE_TARGET
        if SAMPLE_TARGET in {lv.id for lv in framework.levels}
        else framework.levels[-1].id
    )
    top = len(framework.levels) - 1
    person = repository.add_person(SAMPLE_PERSON, is_sample=True)
    for step, months_back in enumerate((9, 6, 3, 0)):
        when = _months_ago(now, months_back)
        assessment = repository.start_assessment(
            person.id, framework, role_id, target, started_at=when
        )
        for skill_id, levels in _PROGRESSION.items():
            if skill_id not in role_skills:
                continue
            index = min(levels[step], top)
            level_id = None if index < 0 else framework.levels[index].id
            repository.set_rating(assessment.id, skill_id, level_id, rated=True)
            note = _NOTES.get(skill_id, ("", "", "", ""))[step]
            if note:
                repository.set_note(assessment.id, skill_id, note)
        if step < 3:
            repository.complete(assessment.id, framework, completed_at=when + timedelta(days=2))
    _add_team_records(repository, framework, person, role_id, now)
    for skill_id, action, status, months_back, due_in, level_id in _GOALS:
        if skill_id not in role_skills:
            continue
        repository.add_goal(
            person.id,
            skill_id,
            action,
            due=(now + timedelta(days=due_in)).date(),
            status=status,
            level_id=level_id if level_id in {lv.id for lv in framework.levels} else None,
            created_at=_months_ago(now, months_back),
        )
    return person


def _add_team_records(
    repository: Repository, framework: Framework, person: PersonInfo, role_id: str, now: datetime
) -> None:
    """A profile, the manager's ratings of the latest completed assessment, two one-on-ones."""
    levels = framework.levels
    repository.update_profile(
        person.id,
        name=person.name,
        role_id=role_id,
        current_level=levels[min(1, len(levels) - 1)].id,
        target_level=SAMPLE_TARGET if SAMPLE_TARGET in {lv.id for lv in levels} else None,
        start_date=(now - timedelta(days=420)).date(),
        notes="Sample profile: strong on pipelines, growing into platform work.",
    )
    completed = [a for a in repository.assessments(person.id, role_id) if a.is_completed]
    skills = set(framework.role(role_id).skill_ids)
    for skill_id, index in _MANAGER_RATINGS.items():
        if completed and skill_id in skills:
            level_id = None if index < 0 else levels[min(index, len(levels) - 1)].id
            repository.set_manager_rating(completed[-1].id, skill_id, level_id, rated=True)
    for days_back, notes, *items in _MEETINGS:
        meeting = repository.add_meeting(person.id, (now - timedelta(days=days_back)).date(), notes)
        for text, done in items:
            item = repository.add_action_item(person.id, meeting.id, text)
            if done:
                repository.set_action_done(item.id, True, meeting.id)
