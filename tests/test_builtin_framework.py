"""The shipped Machine Learning & AI framework meets the content rules."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from core.framework import Framework, Mark
from core.framework_files import load_builtin_framework

SEED_ROLES = {
    "ml-scientist", "applied-scientist", "data-scientist", "data-analyst", "ml-engineer",
    "mlops-engineer", "computer-vision-engineer", "nlp-engineer", "llm-engineer", "data-engineer",
    "big-data-engineer", "software-engineer", "devops-engineer", "computational-linguist",
    "data-annotator", "ux-designer", "domain-expert", "ai-product-manager", "product-manager",
    "project-manager", "ml-manager", "delivery-engineer", "business-consultant",
}  # fmt: skip
REQUIRED_SKILL_AREAS = {
    "ml-pipelines", "experiment-tracking", "model-serving", "model-monitoring", "ml-cicd",
    "containers-kubernetes", "cloud-iac", "data-engineering", "data-quality",
    "feature-engineering", "modelling", "evaluation-experimentation", "computer-vision", "nlp",
    "llm-adaptation", "software-engineering", "product-stakeholder", "technical-leadership",
    "responsible-ai", "data-annotation", "people-management", "communication-collaboration",
}  # fmt: skip
PIPELINE_PATTERN = {
    "computer-vision-engineer": "oorrr",
    "data-scientist": "rrrrr",
    "llm-engineer": "ooooo",
    "ml-engineer": "rrrrr",
    "mlops-engineer": "oorrr",
    "nlp-engineer": "rrrrr",
}


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_builtin_framework()


def test_identity_and_levels(framework: Framework) -> None:
    assert framework.id == "ml-ai"
    assert framework.name == "Machine Learning & AI"
    assert [lv.label for lv in framework.levels] == [
        "Junior",
        "Middle",
        "Senior",
        "Lead",
        "Principal",
    ]
    assert [s.id for s in framework.stages] == [
        "data-preparation", "model-development", "deployment", "monitoring",
    ]  # fmt: skip


def test_every_seed_role_is_present(framework: Framework) -> None:
    assert {r.id for r in framework.roles} == SEED_ROLES


def test_skill_coverage(framework: Framework) -> None:
    ids = {s.id for s in framework.skills}
    assert len(ids) >= 18
    assert ids >= REQUIRED_SKILL_AREAS
    for skill in framework.skills:
        assert skill.summary and skill.category and len(skill.keywords) >= 3, skill.id
    assert all(framework.roles_using(s.id) for s in framework.skills), "a skill no role uses"


def test_roles_are_complete(framework: Framework) -> None:
    level_ids = [lv.id for lv in framework.levels]
    for role in framework.roles:
        assert role.summary, role.id
        assert len(role.responsibilities) >= 3, role.id
        assert len(role.deliverables) >= 2, role.id
        assert role.leads or role.supports, role.id
        assert len(role.skills) >= 6, role.id
        for role_skill in role.skills:
            assert list(role_skill.expectations) == level_ids, (role.id, role_skill.skill_id)
            for level_id in level_ids:
                assert framework.descriptor(role.id, role_skill.skill_id, level_id).strip()


def test_no_two_levels_of_a_pair_read_alike(framework: Framework) -> None:
    for role in framework.roles:
        for skill_id in role.skill_ids:
            texts = [framework.descriptor(role.id, skill_id, lv.id) for lv in framework.levels]
            assert len(set(texts)) == len(texts), (role.id, skill_id)


def test_ml_pipelines_follows_the_seed_pattern(framework: Framework) -> None:
    users = {r.id for r in framework.roles_using("ml-pipelines")}
    assert users == set(PIPELINE_PATTERN)
    marks: Counter[Mark] = Counter()
    for role_id, pattern in PIPELINE_PATTERN.items():
        expectations = framework.role(role_id).role_skill("ml-pipelines").expectations
        got = "".join("r" if e.mark is Mark.REQUIRED else "o" for e in expectations.values())
        assert got == pattern, role_id
        marks.update(e.mark for e in expectations.values())
        assert all(e.descriptor for e in expectations.values()), f"{role_id}: no role descriptor"
    assert marks == {Mark.REQUIRED: 21, Mark.OPTIONAL: 9}


def test_role_descriptors_at_one_level_differ_between_roles(framework: Framework) -> None:
    for level in framework.levels:
        texts = [framework.descriptor(r, "ml-pipelines", level.id) for r in PIPELINE_PATTERN]
        assert len(set(texts)) == len(texts), level.id


def test_descriptors_are_observable_not_understanding(framework: Framework) -> None:
    vague = ("understands", "knows ", "is familiar with", "is aware of")
    for skill in framework.skills:
        for level_id, text in skill.descriptors.items():
            assert not any(word in text.lower() for word in vague), (skill.id, level_id, text)


def test_the_parsed_copy_is_used_checked_and_rebuilt(tmp_path, monkeypatch) -> None:
    import core.framework_files as files

    monkeypatch.setenv(files.CACHE_DIR_ENV, str(tmp_path))
    path = files.builtin_framework_path()
    fresh = files.build_framework(files._cached_builtin_document(path))
    [copy] = list(tmp_path.glob("ml-ai-*.json"))

    def no_yaml(*_args, **_kwargs):
        raise AssertionError("the YAML was parsed although a matching copy exists")

    monkeypatch.setattr(files, "parse_document", no_yaml)
    cached = files.build_framework(files._cached_builtin_document(path))
    assert [r.id for r in cached.roles] == [r.id for r in fresh.roles]
    assert cached.descriptor("mlops-engineer", "ml-pipelines", "senior") == fresh.descriptor(
        "mlops-engineer", "ml-pipelines", "senior"
    )
    assert (
        cached.expectation("mlops-engineer", "ml-pipelines", "lead").mark
        is fresh.expectation("mlops-engineer", "ml-pipelines", "lead").mark
    )

    monkeypatch.undo()
    monkeypatch.setenv(files.CACHE_DIR_ENV, str(tmp_path))
    copy.write_text("{ damaged", encoding="utf-8")  # a damaged copy is parsed again and replaced
    again = files.build_framework(files._cached_builtin_document(path))
    assert len(again.roles) == len(fresh.roles)
    assert copy.read_text(encoding="utf-8").startswith("{")
    assert json.loads(copy.read_text(encoding="utf-8"))["framework"]["id"] == "ml-ai"


def test_labels_fall_back_to_ids_for_records_of_another_version() -> None:
    framework = load_builtin_framework()
    assert framework.skill_label("ml-pipelines") == framework.skill("ml-pipelines").name
    assert framework.skill_label("retired-skill") == "retired-skill"
    assert framework.level_label("senior") == "Senior"
    assert framework.level_label("staff") == "staff"
