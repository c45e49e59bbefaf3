"""Write a sample growth-plan PDF built from in-memory data (no database).

    .venv/bin/python scripts/sample_plan.py /tmp/plan.pdf [--role mlops-engineer] [--paper letter]

``sample_plan()`` is importable, for tests and benchmarks.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.assessment import STATUS_COMPLETED, AssessmentInfo, PersonInfo, SkillRating
from core.framework import Framework
from core.framework_files import load_builtin_framework
from core.goals import Goal, GoalStatus
from core.plan import GrowthPlan, PlanInput, build_plan

TODAY = date(2026, 11, 22)

# Level per skill for the MLOps engineer sample: (previous, current); None is "not yet".
_MLOPS_LEVELS: dict[str, tuple[str | None, str | None]] = {
    "ml-cicd": ("junior", "middle"),
    "model-serving": ("middle", "senior"),
    "model-monitoring": ("junior", "junior"),
    "containers-kubernetes": ("middle", "middle"),
    "experiment-tracking": ("middle", "senior"),
    "ml-pipelines": ("middle", "middle"),
    "cloud-iac": (None, None),
    "software-engineering": ("senior", "senior"),
    "data-engineering": ("middle", "middle"),
    "data-quality": ("middle", "middle"),
    "modelling": ("junior", "junior"),
    "responsible-ai": ("middle", "middle"),
    "communication-collaboration": ("senior", "senior"),
    "technical-leadership": ("junior", "junior"),
}

_NOTES = {
    "ml-cicd": (
        "Built the GitHub Actions workflow for the churn model (lint, tests, image build).\n"
        "Still missing: a gate that compares new metrics with production.\n"
        "Evidence: PR #412, PR #438."
    ),
    "model-monitoring": (
        "负责搭建数据管道，编写单元测试，并且与团队一起完成模型部署。"
        "下个季度计划为推荐服务加上漂移监控和告警。"
    ),
    "cloud-iac": "Have only read the Terraform modules so far; never applied a change myself.",
}


def _ratings(framework: Framework, role_id: str, current: bool) -> dict[str, SkillRating]:
    levels = [level.id for level in framework.levels]
    ratings = {}
    for index, skill_id in enumerate(framework.role(role_id).skill_ids):
        if skill_id in _MLOPS_LEVELS:
            level_id = _MLOPS_LEVELS[skill_id][1 if current else 0]
        else:
            # Other roles: a plausible spread around the middle of the ladder.
            level_id = levels[min(len(levels) - 1, (index * 2 + int(current)) % 4)]
        note = _NOTES.get(skill_id, "") if current else ""
        ratings[skill_id] = SkillRating(skill_id, level_id, rated=True, note=note)
    return ratings


def _goals(framework: Framework, role_id: str) -> list[Goal]:
    skill_ids = framework.role(role_id).skill_ids
    created = datetime(2026, 6, 1, 9, 0)
    texts = [
        (
            "Add a metric gate to the release workflow so a weaker model cannot ship.",
            "senior",
            GoalStatus.IN_PROGRESS,
            date(2026, 12, 15),
        ),
        (
            "Pair with the platform team on one Terraform change, from plan to apply.",
            None,
            GoalStatus.PLANNED,
            date(2026, 10, 31),
        ),
        (
            "为推荐服务配置数据漂移告警，并写一页运行手册。",
            "middle",
            GoalStatus.PLANNED,
            date(2027, 1, 31),
        ),
        (
            "Write a one-page guide to our experiment tracking conventions.",
            None,
            GoalStatus.DONE,
            date(2026, 9, 30),
        ),
    ]
    preferred = ["ml-cicd", "cloud-iac", "model-monitoring", "experiment-tracking"]
    goals = []
    for number, (action, level_id, status, due) in enumerate(texts, start=1):
        wanted = preferred[number - 1]
        skill_id = wanted if wanted in skill_ids else skill_ids[(number - 1) % len(skill_ids)]
        goals.append(
            Goal(
                id=number,
                person_id=1,
                skill_id=skill_id,
                action=action,
                status=status,
                due=due,
                level_id=level_id,
                created_at=created,
                done_at=datetime(2026, 10, 2) if status is GoalStatus.DONE else None,
            )
        )
    return goals


def sample_plan(role_id: str = "mlops-engineer") -> GrowthPlan:
    """A realistic plan for a role of the built-in framework, with a previous assessment."""
    framework = load_builtin_framework()

    def assessment(ident: int, current: bool, started: datetime, done: datetime) -> AssessmentInfo:
        return AssessmentInfo(
            id=ident,
            person_id=1,
            role_id=role_id,
            framework_id=framework.id,
            framework_version=framework.version,
            target_level="senior",
            status=STATUS_COMPLETED,
            started_at=started,
            completed_at=done,
            ratings=_ratings(framework, role_id, current),
        )

    previous = assessment(1, False, datetime(2026, 4, 20, 10), datetime(2026, 5, 10, 16))
    latest = assessment(2, True, datetime(2026, 9, 1, 10), datetime(2026, 11, 20, 17))
    return build_plan(
        PlanInput(
            framework=framework,
            person=PersonInfo(id=1, name="Dana Whitfield"),
            assessment=latest,
            previous=previous,
            goals=_goals(framework, role_id),
            today=TODAY,
        )
    )


def main(argv: list[str] | None = None) -> int:
    """Write the sample PDF and print how long rendering took."""
    from reports.growth_plan import render_growth_plan

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--role", default="mlops-engineer")
    parser.add_argument("--paper", default="a4", choices=["a4", "letter"])
    args = parser.parse_args(argv)
    plan = sample_plan(args.role)
    started = time.perf_counter()
    data = render_growth_plan(plan, paper=args.paper)
    elapsed = time.perf_counter() - started
    args.output.write_bytes(data)
    print(f"{args.output}: {len(data)} bytes in {elapsed * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
