"""People are rated on the role's rating scale: the framework's proficiency scale when the role
names expected proficiencies, else the role's own levels. Gaps compare a rating with the step the
role expects at the target level; skills not expected there have no gap."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.assessment import STATUS_COMPLETED, AssessmentInfo, PersonInfo, SkillRating
from core.exchange import ExchangeAssessment, fit_to_framework
from core.framework import Framework
from core.framework_files import load_builtin_framework, load_framework
from core.gaps import (
    NOT_YET,
    level_name,
    overall_level,
    rating_index,
    rating_step_id,
    readiness,
    skill_gaps,
    what_it_takes,
)
from core.history import compare, skill_trend
from core.snapshot import framework_from_snapshot, role_snapshot
from core.team import team_overview
from tests.framework_factory import write_yaml


def scale_data() -> dict[str, Any]:
    """Four levels, a four-step proficiency scale, a role rated on it (``eng``), a role using
    levels 3-4 only (``lead``) and a role without proficiencies (``plain``)."""
    levels = [{"id": f"l{i}", "label": f"Level {i}"} for i in range(1, 5)]
    return {
        "schema_version": 2,
        "framework": {"id": "scale", "name": "Scale test", "version": "1"},
        "levels": levels,
        "proficiencies": [
            {"id": "aware", "label": "Awareness"},
            {"id": "working", "label": "Working"},
            {"id": "practitioner", "label": "Practitioner"},
            {"id": "expert", "label": "Expert"},
        ],
        "skills": [
            {"id": "a", "name": "Alpha", "descriptors": {"l1": "A1.", "l3": "A3.", "l4": "A4."}},
            {"id": "b", "name": "Beta", "descriptors": {"l3": ["B3 one", "B3 two"]}},
        ],
        "roles": [
            {
                "id": "eng",
                "name": "Engineer",
                "skills": {
                    "a": {
                        "l1": {"mark": "required", "proficiency": "aware"},
                        "l2": "required",  # no proficiency named: l1's stands
                        "l3": {"mark": "required", "proficiency": "practitioner"},
                    },
                    "b": {"l3": {"mark": "optional", "proficiency": "working"}},
                },
            },
            {
                "id": "lead",
                "name": "Lead",
                "levels": ["l3", "l4"],
                "skills": {"a": {"l3": "required", "l4": "required"}, "b": {"l4": "optional"}},
            },
            {
                "id": "plain",
                "name": "Plain",
                "skills": {
                    "a": {lv: "required" for lv in ("l1", "l2", "l3", "l4")},
                    "b": {"l3": "optional", "l4": "required"},
                },
            },
        ],
    }


@pytest.fixture()
def fw(tmp_path: Path) -> Framework:
    return load_framework(write_yaml(tmp_path / "scale.yaml", scale_data()))


def _ratings(**steps: str | None) -> dict[str, SkillRating]:
    return {skill: SkillRating(skill, step, True) for skill, step in steps.items()}


def test_the_rating_scale_is_the_proficiency_scale_or_the_roles_levels(fw: Framework) -> None:
    assert fw.uses_proficiency("eng")
    assert [s.label for s in fw.rating_scale("eng")] == [
        "Awareness", "Working", "Practitioner", "Expert",
    ]  # fmt: skip
    assert not fw.uses_proficiency("lead") and not fw.uses_proficiency("plain")
    assert [s.id for s in fw.rating_scale("lead")] == ["l3", "l4"]
    assert [s.id for s in fw.rating_scale("plain")] == ["l1", "l2", "l3", "l4"]


def test_expected_index_per_role_skill_and_level(fw: Framework) -> None:
    assert fw.expected_index("eng", "a", "l1") == 0
    assert fw.expected_index("eng", "a", "l2") == 0  # unnamed: the nearest lower one
    assert fw.expected_index("eng", "a", "l3") == 2
    assert fw.expected_index("eng", "a", "l4") is None  # not expected
    assert fw.expected_index("eng", "b", "l2") is None
    assert fw.expected_index("eng", "b", "l3") == 1
    assert fw.expected_index("plain", "a", "l3") == 2
    assert fw.expected_index("plain", "b", "l1") is None
    assert fw.expected_index("lead", "a", "l3") == 0 and fw.expected_index("lead", "a", "l4") == 1
    assert fw.expected_index("lead", "a", "l1") is None  # a level the role does not use


def test_scale_index_reads_stored_ratings(fw: Framework) -> None:
    assert fw.scale_index("eng", "practitioner") == 2
    with pytest.raises(KeyError):
        fw.scale_index("eng", "l1")  # a level is not a proficiency
    assert fw.scale_index("lead", "l4") == 1
    assert fw.scale_index("lead", "l2") == NOT_YET  # below the role's first level
    assert rating_index(fw, "eng", SkillRating("a", "working", True)) == 1
    assert rating_index(fw, "eng", SkillRating("a", None, True)) == NOT_YET
    assert rating_index(fw, "eng", SkillRating("a", "working", False)) is None
    assert rating_step_id(fw, "eng", 3) == "expert"
    assert rating_step_id(fw, "lead", 0) == "l3"
    assert rating_step_id(fw, "eng", NOT_YET) is None
    assert level_name(fw, "eng", 1) == "Working" and level_name(fw, "lead", 0) == "Level 3"


def test_gaps_compare_with_the_expected_proficiency(fw: Framework) -> None:
    gaps = skill_gaps(fw, "eng", _ratings(a="working", b="working"), "l3")
    by_id = {g.skill_id: g for g in gaps}
    assert by_id["a"].target == 2 and by_id["a"].target_label == "Practitioner"
    assert by_id["a"].gap == 1 and not by_id["a"].met and by_id["a"].required
    assert by_id["b"].met and not by_id["b"].required
    result = readiness(fw, gaps, "l3")
    assert result.missing == ("a",) and result.target.id == "l3"
    # Not expected at l4: no gap at all; at l2 only a is expected.
    assert skill_gaps(fw, "eng", {}, "l4") == []
    assert [g.skill_id for g in skill_gaps(fw, "eng", {}, "l2")] == ["a"]
    ready = skill_gaps(fw, "eng", _ratings(a="expert", b="aware"), "l3")
    assert readiness(fw, ready, "l3").ready  # b is optional


def test_overall_level_and_what_it_takes_on_the_proficiency_scale(fw: Framework) -> None:
    assert overall_level(fw, "eng", _ratings(a="working")).id == "l2"
    assert overall_level(fw, "eng", _ratings(a="practitioner")).id == "l4"
    assert overall_level(fw, "eng", {}) is None
    steps = what_it_takes(fw, "eng", "a", 0, "l3")  # Awareness: l3 asks more
    assert [(s.level.id, s.is_next, s.is_target) for s in steps] == [("l3", True, True)]
    assert steps[0].expected is not None and steps[0].expected.label == "Practitioner"
    assert what_it_takes(fw, "eng", "a", 3, "l3") == []  # Expert: nothing asks more


def test_a_role_on_a_subset_of_levels(fw: Framework) -> None:
    assert [lv.id for lv in fw.role_levels("lead")] == ["l3", "l4"]
    gaps = skill_gaps(fw, "lead", _ratings(a="l3"), "l4")
    assert [(g.skill_id, g.current, g.target, g.target_label) for g in gaps] == [
        ("a", 0, 1, "Level 4"),
        ("b", None, 1, "Level 4"),
    ]
    assert overall_level(fw, "lead", _ratings(a="l3")).id == "l3"
    steps = what_it_takes(fw, "lead", "b", None, "l4")
    # l3 is skipped: the role does not expect b there and it is not the target.
    assert [s.level.id for s in steps] == ["l4"]
    steps = what_it_takes(fw, "lead", "a", None, "l4")
    assert [s.level.id for s in steps] == ["l3", "l4"]


def test_the_builtin_framework_rates_on_its_levels() -> None:
    fw = load_builtin_framework()
    for role in fw.roles:
        assert fw.rating_scale(role.id) == fw.levels and not fw.uses_proficiency(role.id)
        for skill_id in role.skill_ids:
            for index, level in enumerate(fw.levels):
                expected = fw.expected_index(role.id, skill_id, level.id)
                assert expected == (index if fw.is_expected(role.id, skill_id, level.id) else None)


def _assessment(ident: int, day: int, **steps: str) -> AssessmentInfo:
    when = datetime(2025, 1, day, tzinfo=UTC)
    return AssessmentInfo(
        id=ident, person_id=1, role_id="eng", framework_id="scale", framework_version="1",
        target_level="l3", status=STATUS_COMPLETED, started_at=when, completed_at=when,
        ratings=_ratings(**steps),
    )  # fmt: skip


def test_history_and_team_use_the_scale(fw: Framework) -> None:
    first, second = _assessment(1, 1, a="aware"), _assessment(2, 9, a="practitioner")
    change = {c.skill_id: c for c in compare(fw, "eng", first, second)}["a"]
    assert (change.before, change.after, change.delta) == (0, 2, 2)
    assert [i for _, i in skill_trend(fw, "a", [second, first])] == [0, 2]
    snapshot = framework_from_snapshot(role_snapshot(fw, "eng"))
    assert snapshot.rating_scale("eng") == fw.rating_scale("eng")
    person = PersonInfo(id=1, name="Ada", target_level="l3")
    cells = team_overview(fw, "eng", [person], {1: first}).rows[0].cells
    assert (cells["a"].level, cells["a"].target, cells["a"].met) == (0, 2, False)
    assert cells["a"].text(fw) == "Awareness ↓" and cells["a"].target_label == "Practitioner"


def test_exchange_keeps_ratings_on_the_scale_and_reports_the_others(fw: Framework) -> None:
    when = datetime(2025, 1, 1, tzinfo=UTC)
    exchange = ExchangeAssessment(
        exported_by="self", exported_at=when, framework_id="scale",
        framework_version="1", person_name="Ada", person_uid=None, uid="u1", role_id="eng",
        target_level="l3", status="draft", started_at=when, completed_at=None,
        ratings=(SkillRating("a", "working", True), SkillRating("b", "l2", True)),
        manager_ratings=(), goals=(),
    )  # fmt: skip
    fit = fit_to_framework(exchange, fw, "ada.json")
    assert [(r.skill_id, r.level_id, r.rated) for r in fit.ratings] == [
        ("a", "working", True),
        ("b", None, False),
    ]
    assert any("'l2', not on the role's rating scale" in u for u in fit.unmatched)
