"""The built-in framework's text fits the person who reads it (issue 15's content check).

Every rule reads the framework as a person sees it (``framework.descriptor`` and
``framework.examples`` per role, skill and level), so a generic text is checked wherever it is
shown. The rules and the term lists live in :mod:`core.content_rules`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from core.content_rules import (
    NON_ENGINEERING_ROLES,
    Cell,
    cells,
    copied_run,
    coverage,
    engineering_terms,
    line_management_terms,
    runs,
    word_swap,
)
from core.framework import Framework, Mark
from core.framework_files import builtin_framework_path, load_builtin_framework

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
LEVELS = ("junior", "middle", "senior", "lead", "principal")

# Seed 004 (ML Pipelines for six roles at five levels): the marks, and per cell the tools and the
# scope the seed gives, as patterns the role's text (descriptor and examples) must contain.
PIPELINE_MARKS = {
    "data-scientist": "rrrrr",
    "ml-engineer": "rrrrr",
    "mlops-engineer": "oorrr",
    "computer-vision-engineer": "oorrr",
    "nlp-engineer": "rrrrr",
    "llm-engineer": "ooooo",
}
TEAM = r"\bteam"
ORGANISATION = r"organisation|enterprise"
PIPELINE_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "data-scientist": (
        ("scikit-learn Pipeline", "leakage", "artefact"),
        ("Airflow", "Prefect", "Dagster", "schedul", "retr"),
        ("Kubeflow", "Vertex AI Pipelines", "SageMaker Pipelines", "continuous training",
         "caching", "parallel", "incremental"),
        (TEAM, "standards", "projects"),
        (ORGANISATION, "governance", "cost"),
    ),
    "ml-engineer": (
        ("Airflow", "DAG", "script"),
        ("Kubeflow", "Airflow", "param", "retraining", "data quality", "test"),
        ("architecture", "cach", "parallel", "CI/CD", "reproduc"),
        (TEAM, "strategy", "component", "template"),
        (ORGANISATION, "strategy", "evaluat", "orchestrator", "architecture"),
    ),
    "mlops-engineer": (
        ("Airflow", "Kubeflow", "validation", "health"),
        ("feature store", "version", "A/B", "CI/CD", "drift"),
        ("platform", "governed|governance", "reproducible", "canar", "rollback", "cost"),
        (TEAM, "strategy", "standards", "review"),
        (ORGANISATION, "strategy", "leads and architects"),
    ),
    "computer-vision-engineer": (
        ("augment", "MLflow", "Weights & Biases"),
        ("versioned", "distributed training", "hyperparameter", "registry", "quality"),
        ("scal", "multi-GPU", "distil", "inference", "latency"),
        (TEAM, "strategy", "standards", "review"),
        (ORGANISATION, "leads and architects"),
    ),
    "nlp-engineer": (
        ("scikit-learn Pipeline", "spaCy"),
        ("versioned", "feature engineering", "hyperparameter", "model selection", "Airflow",
         "Prefect"),
        ("CI/CD", "retraining", "drift", "A/B"),
        (TEAM, "standards", "lifecycle|experiment to retirement", "reproduc"),
        (ORGANISATION, "governance", "platform"),
    ),
    "llm-engineer": (
        ("Hugging Face Datasets", "fine-tuning"),
        ("ingestion", "cleaning", "tokenis", "Airflow", "Prefect", "idempotent"),
        ("multi-stage", "continuous training", "retraining", "throughput", "reliab"),
        (TEAM, "standards|guidelines", "monitor", "error", "training and inference"),
        (ORGANISATION, "unified", "service levels|SLA", "cost"),
    ),
}  # fmt: skip
MIN_ROLE_SPECIFIC_SHARE = 70.0


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_builtin_framework()


@pytest.fixture(scope="module")
def every_cell(framework: Framework) -> list[Cell]:
    return list(cells(framework))


def _role_texts(framework: Framework, role_id: str) -> list[tuple[str, str]]:
    """Everything shown about a role besides its cells: summary, duties, level meanings."""
    role = framework.role(role_id)
    texts = [("summary", role.summary)]
    texts += [("responsibility", t) for t in role.responsibilities]
    texts += [("deliverable", t) for t in role.deliverables]
    texts += [
        (f"meaning of {lv.id}", framework.level_meaning(role_id, lv.id)) for lv in framework.levels
    ]
    return texts


def test_no_engineering_only_term_reaches_a_non_engineering_role(
    framework: Framework, every_cell: list[Cell]
) -> None:
    found = [
        (c.role_id, c.skill_id, c.level_id, engineering_terms(c.shown))
        for c in every_cell
        if c.role_id in NON_ENGINEERING_ROLES and engineering_terms(c.shown)
    ]
    for role_id in NON_ENGINEERING_ROLES:
        found += [
            (role_id, where, "", engineering_terms(text))
            for where, text in _role_texts(framework, role_id)
            if engineering_terms(text)
        ]
    assert found == []


def test_the_term_check_catches_engineering_words() -> None:
    assert engineering_terms("Reviews each pull request and joins the on-call rota.") == [
        "pull request",
        "on-call",
    ]
    assert engineering_terms("Keeps commitments to the committee.") == []


def test_every_ladder_climbs_by_more_than_a_word(every_cell: list[Cell]) -> None:
    ladders: dict[tuple[str, str], list[Cell]] = defaultdict(list)
    for cell in every_cell:
        ladders[(cell.role_id, cell.skill_id)].append(cell)
    alike = [
        (role_id, skill_id, a.level_id, b.level_id)
        for (role_id, skill_id), ladder in ladders.items()
        for i, a in enumerate(ladder)
        for b in ladder[i + 1 :]
        if word_swap(a.text, b.text)
    ]
    assert alike == []
    assert all(len(ladder) == len(LEVELS) for ladder in ladders.values())


def test_the_word_swap_rule_itself() -> None:
    assert word_swap("Leads the team's reviews.", "Leads the group's reviews.")
    assert word_swap("Leads reviews.", "Leads all reviews.")
    assert not word_swap("Leads reviews for a team.", "Sets review standards for the company.")


def test_no_run_of_eight_words_is_copied_from_a_seed(framework: Framework) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the seeds are not here ({SEEDS})")
    seed_runs: set[tuple[str, ...]] = set()
    for path in sorted(SEEDS.glob("*")):
        if path.is_file():
            seed_runs |= runs(path.read_text(encoding="utf-8", errors="replace"))
    assert seed_runs, "the seed folder holds text"
    texts = [(c.role_id, c.skill_id, c.level_id, c.shown) for c in cells(framework)]
    for skill in framework.skills:
        texts += [("-", skill.id, lv, t) for lv, t in skill.descriptors.items()]
        texts.append(("-", skill.id, "summary", skill.summary))
    for role in framework.roles:
        texts += [(role.id, "-", where, t) for where, t in _role_texts(framework, role.id)]
    copied = [(*where, run) for *where, text in texts if (run := copied_run(text, seed_runs))]
    assert copied == []


def test_seed_004_ml_pipelines_facts_are_exact(framework: Framework) -> None:
    assert {r.id for r in framework.roles_using("ml-pipelines")} == set(PIPELINE_MARKS)
    assert "training automation" in framework.skill("ml-pipelines").keywords
    marks: Counter[Mark] = Counter()
    missing = []
    for role_id, pattern in PIPELINE_MARKS.items():
        expectations = framework.role(role_id).role_skill("ml-pipelines").expectations
        got = "".join("r" if expectations[lv].mark is Mark.REQUIRED else "o" for lv in LEVELS)
        assert got == pattern, role_id
        marks.update(expectations[lv].mark for lv in LEVELS)
        for level_id, facts in zip(LEVELS, PIPELINE_FACTS[role_id], strict=True):
            assert expectations[level_id].descriptor, (role_id, level_id, "no role descriptor")
            shown = " ".join(
                (
                    framework.descriptor(role_id, "ml-pipelines", level_id),
                    *framework.examples(role_id, "ml-pipelines", level_id),
                )
            )
            missing += [
                (role_id, level_id, fact)
                for fact in facts
                if not re.search(fact, shown, re.IGNORECASE)
            ]
    assert missing == []
    assert marks == {Mark.REQUIRED: 21, Mark.OPTIONAL: 9}


def test_the_text_is_written_for_the_role(every_cell: list[Cell]) -> None:
    figures = coverage(every_cell)
    assert figures.share(figures.role_specific, figures.cells) >= MIN_ROLE_SPECIFIC_SHARE
    assert figures.required_role_specific == figures.required
    generic = [c for c in every_cell if not c.role_specific]
    assert not [c for c in generic if c.role_id in NON_ENGINEERING_ROLES]


def test_every_generic_cell_says_why_in_the_file(every_cell: list[Cell]) -> None:
    text = builtin_framework_path().read_text(encoding="utf-8")
    generic = sum(not c.role_specific for c in every_cell)
    assert text.count("# generic: ") == generic


def test_every_descriptor_a_role_sees_has_one_to_three_examples(every_cell: list[Cell]) -> None:
    assert [
        (c.role_id, c.skill_id, c.level_id) for c in every_cell if not 1 <= len(c.examples) <= 3
    ] == []


def test_technical_leadership_never_asks_for_line_management(
    framework: Framework, every_cell: list[Cell]
) -> None:
    found = [
        (c.role_id, c.level_id, line_management_terms(c.shown))
        for c in every_cell
        if c.skill_id == "technical-leadership" and line_management_terms(c.shown)
    ]
    found += [
        ("-", lv, line_management_terms(t))
        for lv, t in framework.skill("technical-leadership").descriptors.items()
        if line_management_terms(t)
    ]
    assert found == []
    managers = {r.id for r in framework.roles_using("people-management")}
    assert managers == {"ml-manager", "project-manager"}
    # The check itself sees line management where it is.
    assert line_management_terms(framework.skill("people-management").descriptors["middle"])


def test_every_role_is_in_a_family_with_a_meaning_per_level(framework: Framework) -> None:
    for role in framework.roles:
        family = framework.family(role.id)
        assert family is not None, role.id
        assert set(family.level_meanings) == set(LEVELS), family.id
    meanings = {framework.level_meaning(r.id, "senior") for r in framework.roles}
    assert len(meanings) == len(framework.families) >= 4


def test_the_content_report_prints_the_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "content_report.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = coverage(cells(load_builtin_framework()))
    out = " ".join(result.stdout.split())
    assert f"role-specific, all cells: {figures.role_specific} of {figures.cells}" in out
    required = f"required cells: {figures.required_role_specific} of {figures.required} (100%)"
    assert required in out
    assert f"distinct descriptor texts: {figures.distinct_texts}" in out
    assert "examples per descriptor:" in out and "ux-designer" in out
