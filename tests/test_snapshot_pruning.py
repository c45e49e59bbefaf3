"""A stored role version is kept while an assessment refers to it and deleted, in the same
transaction, when the last one that did is deleted or reopened (real rows in a real file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.framework import Framework
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from tests.bulk_data import add_people_with_history

FRAMEWORK = load_builtin_framework()
ROLE, OTHER_ROLE = "mlops-engineer", "data-scientist"


@pytest.fixture
def repository(data_dir: Path) -> Iterator[Repository]:
    with Repository(Database.in_directory(data_dir)) as repository:
        yield repository


def _snapshots(repository: Repository) -> set[str]:
    rows = repository.database.reader().execute("SELECT content_hash FROM role_snapshots")
    return {row[0] for row in rows}


def _completed(repository: Repository, person_id: int, role_id: str, framework: Framework) -> int:
    draft = repository.start_assessment(person_id, framework, role_id, "senior")
    return repository.complete(draft.id, framework).id


def _key(repository: Repository, assessment_id: int) -> str:
    key = repository.assessment(assessment_id).snapshot_key
    assert key is not None
    return key


def test_deleting_the_last_assessment_of_a_version_deletes_the_version(
    repository: Repository,
) -> None:
    person = repository.add_person("Ana")
    first = _completed(repository, person.id, ROLE, FRAMEWORK)
    second = _completed(repository, person.id, ROLE, FRAMEWORK)
    other = _completed(repository, person.id, OTHER_ROLE, FRAMEWORK)
    shared, alone = _key(repository, first), _key(repository, other)
    assert _snapshots(repository) == {shared, alone}

    commits = repository.database.commits
    repository.delete_assessment(other)
    assert _snapshots(repository) == {shared}
    assert repository.database.commits == commits + 1  # one transaction: delete and prune

    repository.delete_assessment(first)  # the second still refers to it
    assert _snapshots(repository) == {shared}
    repository.delete_assessment(second)
    assert _snapshots(repository) == set()


def test_reopening_the_last_assessment_of_a_version_deletes_the_version(
    repository: Repository,
) -> None:
    person = repository.add_person("Ana")
    kept = _completed(repository, person.id, ROLE, FRAMEWORK)
    reopened = _completed(repository, person.id, OTHER_ROLE, FRAMEWORK)
    commits = repository.database.commits
    repository.reopen(reopened)
    assert repository.database.commits == commits + 1
    assert _snapshots(repository) == {_key(repository, kept)}
    # Completing it again stores the version again, and undoing that (a reopen not recorded)
    # deletes it again.
    repository.complete(reopened, FRAMEWORK)
    assert len(_snapshots(repository)) == 2
    repository.reopen(reopened, record=False)
    assert _snapshots(repository) == {_key(repository, kept)}
    repository.delete_assessment(reopened)  # discarding the draft leaves the other alone
    assert _snapshots(repository) == {_key(repository, kept)}


def test_deleting_a_person_deletes_the_versions_only_they_used(repository: Repository) -> None:
    ana, ben = repository.add_person("Ana"), repository.add_person("Ben")
    shared = _key(repository, _completed(repository, ana.id, ROLE, FRAMEWORK))
    _completed(repository, ben.id, ROLE, FRAMEWORK)
    _completed(repository, ana.id, OTHER_ROLE, FRAMEWORK)
    assert len(_snapshots(repository)) == 2
    repository.delete_person(ana.id)
    assert _snapshots(repository) == {shared}
    repository.delete_person(ben.id)
    assert _snapshots(repository) == set()


def test_a_version_shared_by_a_long_history_survives_single_deletes(
    repository: Repository,
) -> None:
    (person,) = add_people_with_history(repository.database, FRAMEWORK, ROLE, 1, 5)
    history = repository.summaries(person, ROLE)
    keys = {a.snapshot_key for a in history}
    assert len(keys) == 1 and _snapshots(repository) == keys
    for summary in history[:-1]:
        repository.delete_assessment(summary.id)
        assert _snapshots(repository) == keys
    repository.delete_assessment(history[-1].id)
    assert _snapshots(repository) == set()
