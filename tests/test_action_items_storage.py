"""Action items in SQLite: edited, deleted and restored, reordered, and kept with the meeting
they were done in; files of schema 0003 upgrade with every item placed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from core.meetings import items_for_meeting
from db.database import Database
from db.repository import Repository, StorageError
from tests.storage_engines import Storage, independent_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def repository(storage: Storage) -> Repository:
    """The repository on each engine in turn."""
    return Repository(storage.open())


def _rows(repository: Repository, sql: str) -> list[tuple]:
    return independent_rows(repository.database, sql)


def _texts(repository: Repository, person_id: int, meeting_id: int) -> list[str]:
    meetings = repository.meetings(person_id)
    meeting = next(m for m in meetings if m.id == meeting_id)
    items = items_for_meeting(repository.action_items(person_id), meeting, meetings)
    return [item.text for item in items]


def test_an_item_done_at_a_meeting_is_not_carried_into_later_ones(
    repository: Repository,
) -> None:
    person = repository.add_person("Mei")
    first = repository.add_meeting(person.id, date(2026, 11, 1))
    done = repository.add_action_item(person.id, first.id, "Write the runbook")
    still_open = repository.add_action_item(person.id, first.id, "Book the course")
    second = repository.add_meeting(person.id, date(2026, 11, 20))
    # Ticked at the first meeting, on the same day as the second one is held: the second one
    # must not show it.
    repository.set_action_done(done.id, True, first.id)
    later = repository.add_action_item(person.id, second.id, "Try the canary")

    assert _texts(repository, person.id, first.id) == ["Write the runbook", "Book the course"]
    assert _texts(repository, person.id, second.id) == ["Book the course", "Try the canary"]
    assert _rows(repository, "SELECT done_meeting_id FROM action_items ORDER BY id") == [
        (first.id,), (None,), (None,),
    ]  # fmt: skip

    # Ticked at the second meeting: it stays in both (agreed in one, done in the other).
    repository.set_action_done(still_open.id, True, second.id)
    assert _texts(repository, person.id, second.id) == ["Book the course", "Try the canary"]
    third = repository.add_meeting(person.id, date(2026, 12, 1))
    assert _texts(repository, person.id, third.id) == ["Try the canary"]
    repository.set_action_done(later.id, True, third.id)
    repository.set_action_done(later.id, False)  # reopened: carried again, nothing recorded
    assert _rows(repository, f"SELECT done_at, done_meeting_id FROM action_items "
                             f"WHERE id = {later.id}") == [(None, None)]  # fmt: skip


def test_edit_delete_restore_and_reorder(repository: Repository) -> None:
    person = repository.add_person("Mei")
    other = repository.add_person("Jonas")
    meeting = repository.add_meeting(person.id, date(2026, 11, 1))
    a, b, c = (repository.add_action_item(person.id, meeting.id, t) for t in "ABC")
    theirs = repository.add_action_item(other.id, None, "Theirs")
    assert [i.position for i in repository.action_items(person.id)] == [1, 2, 3]

    repository.update_action_item(b.id, "  B, better <b>&</b> 一周 ")
    assert [i.text for i in repository.action_items(person.id)] == [
        "A",
        "B, better <b>&</b> 一周",
        "C",
    ]
    with pytest.raises(StorageError, match="needs some text"):
        repository.update_action_item(b.id, "   ")

    repository.reorder_action_items([c.id, a.id])  # C takes A's place, A takes C's
    assert [i.text for i in repository.action_items(person.id)][::2] == ["C", "A"]
    with pytest.raises(StorageError, match="different people"):
        repository.reorder_action_items([a.id, theirs.id])

    repository.set_action_done(b.id, True, meeting.id)
    deleted = next(i for i in repository.action_items(person.id) if i.id == b.id)
    before = _rows(repository, "SELECT * FROM action_items ORDER BY id")
    repository.delete_action_item(b.id)
    assert [i.id for i in repository.action_items(person.id)] == [c.id, a.id]
    repository.restore_action_item(deleted)
    assert _rows(repository, "SELECT * FROM action_items ORDER BY id") == before

    # Restoring after its meeting was deleted keeps the item, without the meeting.
    repository.delete_action_item(b.id)
    repository.delete_meeting(meeting.id)
    repository.restore_action_item(deleted)
    assert _rows(repository, f"SELECT meeting_id, done_meeting_id, text FROM action_items "
                             f"WHERE id = {b.id}") == [(None, None, "B, better <b>&</b> 一周")]  # fmt: skip


def test_schema_0003_items_get_their_order_and_the_meeting_they_were_done_in(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "data.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", copy)
    database = Database.open(copy)
    try:
        rows = (
            database.reader()
            .execute(
                "SELECT text, position, meeting_id, done_meeting_id FROM action_items ORDER BY id"
            )
            .fetchall()
        )
    finally:
        database.close()
    # Meetings of 王小明: 1 on 1 Sept, 2 and 3 on 1 Oct, 4 on 15 Nov; Alex's 5 on 20 Aug.
    assert rows == [
        ("写运行手册", 2, 1, 1),  # done 20 Sept, before meeting 2
        ("Pair on Terraform", 3, 1, 3),  # done the evening of 1 Oct: the later of that day
        ("Read the chapter", 4, 2, None),  # open
        ("Book the conference", 5, 3, 4),  # done 20 Nov
        ("Loose item", 1, None, None),  # created first; done before any meeting, so in none
        ("Done before its meeting?", 6, 4, 4),  # never before the meeting it was agreed in
        ("Alex open item", 1, 5, None),
        ("Alex done item", 2, 5, 5),
    ]
