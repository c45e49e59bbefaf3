"""No lost edits: two clients (two repositories on one database) editing the same record.

A write says which version of the record it was made against; when someone else changed the
record since, nothing is written and a ConflictError carries theirs and this client's. Run on
the SQLite file and on the PostgreSQL server.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.framework_files import load_builtin_framework
from core.goals import GoalStatus
from db.errors import ConflictError, StorageError
from db.repository import Repository
from tests.storage_engines import Storage, independent_rows

FRAMEWORK = load_builtin_framework()
ROLE = "mlops-engineer"
SKILL = "ml-pipelines"


@pytest.fixture
def clients(storage: Storage) -> tuple[Repository, Repository]:
    """Two clients of the same database, each with its own connections."""
    return Repository(storage.open()), Repository(storage.open())


def _draft(repository: Repository) -> int:
    person = repository.add_person("Kai")
    return repository.start_assessment(person.id, FRAMEWORK, ROLE, "senior").id


def test_a_rating_changed_by_someone_else_is_not_overwritten(
    clients: tuple[Repository, Repository],
) -> None:
    mine, theirs = clients
    draft_id = _draft(mine)
    seen = mine.assessment(draft_id).rating(SKILL)
    assert seen.version == 0  # no row yet

    # They rate the new skill first; my rating, made against "no rating", is refused.
    assert theirs.set_rating(draft_id, SKILL, "senior", True, expected_version=0) == 1
    with pytest.raises(ConflictError) as caught:
        mine.set_rating(draft_id, SKILL, "junior", True, expected_version=seen.version)
    conflict = caught.value
    assert isinstance(conflict, StorageError)
    assert (conflict.theirs.level_id, conflict.theirs.version) == ("senior", 1)
    assert (conflict.mine.level_id, conflict.mine.version) == ("junior", 0)
    assert mine.assessment(draft_id).rating(SKILL).level_id == "senior"

    # Keeping mine: written again against their version, which it then raises.
    assert mine.set_rating(draft_id, SKILL, "junior", True, expected_version=1) == 2
    stored = theirs.assessment(draft_id).rating(SKILL)
    assert (stored.level_id, stored.version) == ("junior", 2)
    rows = independent_rows(
        mine.database, "SELECT level_id, version FROM ratings WHERE skill_id = ?", (SKILL,)
    )
    assert rows == [("junior", 2)]


def test_notes_conflict_and_each_own_save_advances_the_version(
    clients: tuple[Repository, Repository],
) -> None:
    mine, theirs = clients
    draft_id = _draft(mine)
    version = 0
    for text in ("E", "Ev", "Evidence"):  # typing: each save is made against the last one
        version = mine.set_note(draft_id, SKILL, text, expected_version=version)
    assert version == 3
    assert theirs.set_note(draft_id, SKILL, "Their evidence", expected_version=3) == 4
    with pytest.raises(ConflictError) as caught:
        mine.set_note(draft_id, SKILL, "Evidence, more", expected_version=version)
    assert caught.value.theirs.note == "Their evidence"
    assert caught.value.mine.note == "Evidence, more"
    assert mine.assessment(draft_id).rating(SKILL).note == "Their evidence"


def test_manager_ratings_conflict(clients: tuple[Repository, Repository]) -> None:
    mine, theirs = clients
    draft_id = _draft(mine)
    theirs.set_manager_rating(draft_id, SKILL, "senior", True, expected_version=0)
    with pytest.raises(ConflictError) as caught:
        mine.set_manager_rating(draft_id, SKILL, None, True, expected_version=0)
    assert caught.value.theirs.level_id == "senior"
    assert caught.value.mine.rated and caught.value.mine.level_id is None
    assert mine.assessment(draft_id).manager_rating(SKILL).level_id == "senior"


def test_goals_meetings_items_and_profiles_conflict(
    clients: tuple[Repository, Repository],
) -> None:
    mine, theirs = clients
    person = mine.add_person("Kai")
    goal = mine.add_goal(person.id, SKILL, "Ship a pipeline")
    theirs.update_goal(
        goal.id, action="Ship two pipelines", due=None, status=GoalStatus.IN_PROGRESS,
        level_id=None, expected_version=goal.version,
    )  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        mine.update_goal(
            goal.id, action="Ship a pipeline by May", due=date(2031, 5, 1),
            status=GoalStatus.PLANNED, level_id=None, expected_version=goal.version,
        )  # fmt: skip
    assert caught.value.theirs.action == "Ship two pipelines"
    assert caught.value.mine.action == "Ship a pipeline by May"
    assert mine.goal(goal.id).action == "Ship two pipelines"

    meeting = mine.add_meeting(person.id, date(2031, 1, 5), "Talked")
    theirs.update_meeting(meeting.id, held_on=meeting.held_on, notes="Their notes",
                          expected_version=meeting.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        mine.update_meeting(meeting.id, held_on=meeting.held_on, notes="My notes",
                            expected_version=meeting.version)  # fmt: skip
    assert (caught.value.theirs.notes, caught.value.mine.notes) == ("Their notes", "My notes")

    item = mine.add_action_item(person.id, meeting.id, "Write it up")
    theirs.update_action_item(item.id, "Write it up, today", expected_version=item.version)
    with pytest.raises(ConflictError):
        mine.update_action_item(item.id, "Write it down", expected_version=item.version)
    assert [i.text for i in mine.action_items(person.id)] == ["Write it up, today"]

    profile = mine.person(person.id)
    theirs.update_profile(person.id, name="Kai Li", notes="Theirs",
                          expected_version=profile.version)  # fmt: skip
    with pytest.raises(ConflictError) as caught:
        mine.update_profile(person.id, name="Kai", notes="Mine", expected_version=profile.version)
    assert caught.value.theirs.name == "Kai Li"
    assert caught.value.mine.notes == "Mine"
    assert mine.person(person.id).notes == "Theirs"


def test_every_change_raises_the_version(clients: tuple[Repository, Repository]) -> None:
    """Also changes made without an expected version (the command line, imports)."""
    repository, _ = clients
    person = repository.add_person("Kai")
    assert repository.person(person.id).version == 1
    repository.set_role(person.id, ROLE, "senior")
    repository.set_archived(person.id, True)
    assert repository.person(person.id).version == 3
    draft_id = _draft_for(repository, person.id)
    repository.set_rating(draft_id, SKILL, "senior", True)
    repository.set_note(draft_id, SKILL, "Evidence")
    assert repository.assessment(draft_id).rating(SKILL).version == 2
    item = repository.add_action_item(person.id, None, "Do it")
    repository.set_action_done(item.id, True)
    assert repository.action_items(person.id)[0].version == 2


def test_records_compare_equal_whatever_their_version(
    clients: tuple[Repository, Repository],
) -> None:
    repository, _ = clients
    draft_id = _draft(repository)
    repository.set_rating(draft_id, SKILL, "senior", True)
    before = repository.assessment(draft_id).rating(SKILL)
    repository.set_rating(draft_id, SKILL, "senior", True)
    after = repository.assessment(draft_id).rating(SKILL)
    assert after.version == before.version + 1
    assert after == before


def _draft_for(repository: Repository, person_id: int) -> int:
    return repository.start_assessment(person_id, FRAMEWORK, ROLE, "senior").id
