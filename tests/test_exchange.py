"""Exchange files between a person's data and their manager's: round trips, duplicates,
manager ratings, other framework versions, and refusals that import nothing."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.exchange import ExchangeError, parse_exchange
from core.framework_files import load_builtin_framework, load_framework
from core.goals import GoalStatus
from core.team import disagreements
from db.database import Database
from db.errors import StorageError
from db.exchange_export import exchange_file_bytes
from db.exchange_import import import_assessment
from db.repository import Repository
from tests.framework_factory import framework_data, write_yaml
from tests.storage_engines import Storage

FRAMEWORK = load_builtin_framework()
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _open(folder: Path) -> Repository:
    return Repository(Database.in_directory(folder))


def _person_with_assessment(repository: Repository, name: str = "Mira Chen") -> int:
    person = repository.add_person(name)
    draft = repository.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
    repository.set_rating(draft.id, "ml-pipelines", "middle", rated=True)
    repository.set_note(draft.id, "ml-pipelines", "Built the <b>nightly</b> DAG & its tests\n二行")
    repository.set_rating(draft.id, "model-serving", None, rated=True)  # not yet
    repository.set_rating(draft.id, "ml-cicd", "lead", rated=True)
    repository.add_goal(
        person.id, "ml-pipelines", "Run the Kubeflow move", status=GoalStatus.IN_PROGRESS
    )
    return repository.complete(draft.id, FRAMEWORK).id


def _import(repository: Repository, raw: bytes, name: str = "mira.json", **kwargs):
    return import_assessment(repository, FRAMEWORK, parse_exchange(raw, name), name, **kwargs)


def test_round_trip_between_two_data_folders_without_duplicates(
    tmp_path: Path, storage: Storage
) -> None:
    mine, managers = (
        _open(tmp_path / "mine"),
        Repository(storage.open()),
    )  # the manager: each engine in turn
    assessment_id = _person_with_assessment(mine)
    raw = exchange_file_bytes(mine, FRAMEWORK, assessment_id, exported_by="self", now=NOW)
    original = mine.assessment(assessment_id)

    first = _import(managers, raw)
    assert first.created
    person = managers.person_by_name("Mira Chen")
    assert person is not None
    copy = managers.assessment(first.assessment_id)
    assert copy.uid == original.uid and copy.source == "imported" and copy.is_completed
    assert copy.ratings == original.ratings
    assert copy.completed_at == original.completed_at
    assert [g.action for g in managers.goals(person.id)] == ["Run the Kubeflow move"]

    again = _import(managers, raw)
    assert not again.created and again.goals_added == 0
    assert len(managers.assessments(person.id)) == 1
    assert len(managers.goals(person.id)) == 1

    # The manager rates, flags disagreements, and sends their view back.
    managers.set_manager_rating(copy.id, "ml-pipelines", "middle", rated=True)
    managers.set_manager_rating(copy.id, "ml-cicd", "middle", rated=True)  # two below "lead"
    managers.set_manager_rating(copy.id, "model-serving", "middle", rated=True)  # two above
    flagged = disagreements(FRAMEWORK, managers.assessment(copy.id))
    assert {d.skill_id for d in flagged} == {"ml-cicd", "model-serving"}
    back = exchange_file_bytes(managers, FRAMEWORK, copy.id, exported_by="manager", now=NOW)
    result = _import(mine, back)
    assert not result.created and result.manager_ratings == 3
    mine_now = mine.assessment(assessment_id)
    assert mine_now.manager_ratings["ml-cicd"].level_id == "middle"
    assert mine_now.ratings == original.ratings  # the self ratings are not touched
    assert len(mine.assessments(mine_now.person_id)) == 1


def test_import_into_a_named_profile_and_refuse_a_clash(tmp_path: Path, storage: Storage) -> None:
    mine, managers = (
        _open(tmp_path / "mine"),
        Repository(storage.open()),
    )  # the manager: each engine in turn
    raw = exchange_file_bytes(mine, FRAMEWORK, _person_with_assessment(mine), exported_by="self",
                              now=NOW)  # fmt: skip
    managers.add_person("M. Chen")
    result = _import(managers, raw, person_name="M. Chen")
    assert managers.person(result.person_id).name == "M. Chen"
    with pytest.raises(StorageError, match=r"already in the profile of 'M\. Chen'"):
        _import(managers, raw, person_name="Someone Else")
    assert managers.person_by_name("Someone Else") is None  # nothing half-imported


def test_other_framework_version_is_imported_with_a_note(tmp_path: Path, storage: Storage) -> None:
    mine = _open(tmp_path / "mine")
    raw = exchange_file_bytes(mine, FRAMEWORK, _person_with_assessment(mine), exported_by="self",
                              now=NOW)  # fmt: skip
    document = json.loads(raw)
    document["framework"]["version"] = "0.9.0"
    document["assessment"]["ratings"].append(
        {"skill": "retired-skill", "level": "senior", "rated": True, "note": "old evidence"}
    )
    document["goals"].append({"skill": "retired-skill", "action": "Old goal", "status": "planned",
                              "due": None, "level": None})  # fmt: skip
    managers = Repository(storage.open())  # the manager: each engine in turn
    result = _import(managers, json.dumps(document).encode())
    copy = managers.assessment(result.assessment_id)
    assert "retired-skill" not in copy.ratings
    assert copy.import_note is not None
    assert "0.9.0" in copy.import_note and "retired-skill" in copy.import_note
    assert "old evidence" in copy.import_note and "Old goal" in copy.import_note


def _valid(tmp_path: Path) -> dict:
    mine = _open(tmp_path / "mine")
    raw = exchange_file_bytes(mine, FRAMEWORK, _person_with_assessment(mine), exported_by="self",
                              now=NOW)  # fmt: skip
    return json.loads(raw)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema_version=7), "unknown schema version 7"),
        (lambda d: d.update(format="something-else"), "not a Skill Ladder assessment file"),
        (lambda d: d["framework"].update(id="other-framework"), "uses 'ml-ai'"),
        (lambda d: d["assessment"].update(role="astronaut"), "role 'astronaut' is not in"),
        (lambda d: d["assessment"].pop("uid"), "assessment: missing 'uid'"),
        (lambda d: d["assessment"]["ratings"][0].update(rated="yes"), "rated: expected bool"),
        (lambda d: d["assessment"].update(started_at="yesterday"), "is not a date and time"),
        (lambda d: d["goals"][0].update(status="someday"), "'someday' is not one of"),
        (lambda d: d["person"].update(name="  "), "person.name: must not be empty"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_and_nothing_is_imported(
    tmp_path: Path, storage: Storage, change, message
) -> None:
    document = _valid(tmp_path)
    change(document)
    managers = Repository(storage.open())  # the manager: each engine in turn
    raw = json.dumps(document, indent=2).encode()
    with pytest.raises(ExchangeError, match=message) as raised:
        _import(managers, raw)
    assert all(problem.file == "mira.json" for problem in raised.value.problems)
    assert set(managers.counts().values()) == {0}


def test_malformed_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r"mira.json:3"):
        parse_exchange(
            b'{\n  "format": "skill-ladder-assessment",\n  "schema_version": }', "mira.json"
        )
    with pytest.raises(ExchangeError, match="the limit is"):
        parse_exchange(b" " * (3 * 1024 * 1024), "mira.json")
    with pytest.raises(ExchangeError, match=r"mira.json:1: not UTF-8"):
        parse_exchange(b"\xff\xfe not utf-8", "mira.json")


def test_a_file_for_a_framework_the_app_does_not_have(tmp_path: Path, storage: Storage) -> None:
    other = load_framework(write_yaml(tmp_path / "other.yaml", framework_data(3, 2, 1)))
    document = _valid(tmp_path)
    managers = Repository(storage.open())  # the manager: each engine in turn
    with pytest.raises(ExchangeError, match="uses 'test-fw'"):
        import_assessment(managers, other, parse_exchange(json.dumps(document).encode(), "x.json"),
                          "x.json")  # fmt: skip


NOTE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(min_size=1, max_size=60).map(str.strip).filter(bool).filter(lambda s: "\x00" not in s),
    notes=st.lists(NOTE_TEXT, min_size=3, max_size=3),
    levels=st.lists(st.sampled_from([None, "junior", "middle", "senior", "lead", "principal"]),
                    min_size=3, max_size=3),
)  # fmt: skip
def test_export_then_import_gives_the_same_assessment(name, notes, levels) -> None:
    with tempfile.TemporaryDirectory() as folder:
        mine, managers = _open(Path(folder) / "a"), _open(Path(folder) / "b")
        person = mine.add_person(name)
        draft = mine.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "lead")
        skills = FRAMEWORK.role("mlops-engineer").skill_ids
        for skill, note, level in zip(skills, notes, levels, strict=False):
            mine.set_rating(draft.id, skill, level, rated=True)
            mine.set_note(draft.id, skill, note)
        raw = exchange_file_bytes(mine, FRAMEWORK, draft.id, exported_by="self", now=NOW)
        result = _import(managers, raw)
        copy = managers.assessment(result.assessment_id)
        original = mine.assessment(draft.id)
        assert copy.ratings == original.ratings
        assert (copy.status, copy.target_level, copy.uid) == ("draft", "lead", original.uid)
        assert managers.person(result.person_id).name == person.name
        assert not _import(managers, raw).created  # a second import changes nothing
        assert managers.counts() == {**managers.counts(), "assessments": 1}
        mine.database.close()
        managers.database.close()


def test_problems_name_the_line_of_the_field(tmp_path: Path) -> None:
    document = _valid(tmp_path)
    document["assessment"]["ratings"][1]["rated"] = "yes"
    raw = json.dumps(document, indent=2, ensure_ascii=False)
    line = next(i for i, text in enumerate(raw.splitlines(), 1) if '"rated": "yes"' in text)
    with pytest.raises(ExchangeError) as raised:
        parse_exchange(raw.encode(), "mira.json")
    assert [str(p) for p in raised.value.problems] == [
        f"mira.json:{line}: assessment.ratings[1].rated: expected bool"
    ]
