"""Copying people between databases (db/transfer.py): SQLite file → team database → new file."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.framework_files import load_builtin_framework
from db import transfer
from db.database import Database
from db.engines.postgres import PostgresDatabase
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON
from db.transfer import (
    AlreadyThereError,
    ConflictError,
    VerificationError,
    copy_people,
)
from tests.storage_engines import drop_server_database, new_server_database, url_for
from tests.transfer_data import SECOND, THIRD, everything, fill

FRAMEWORK = load_builtin_framework()


@pytest.fixture
def source(tmp_path: Path) -> Database:
    """A local file with the sample data and two more people."""
    database = Database.open(tmp_path / "local" / "skill-ladder.sqlite3")
    fill(database, FRAMEWORK)
    yield database
    database.close()


def _ids(database: Database, *names: str) -> list[int]:
    repository = Repository(database)
    return [repository.person_by_name(name).id for name in names]  # type: ignore[union-attr]


def test_the_sample_data_goes_to_the_server_and_back_into_a_new_file_unchanged(
    source: Database, tmp_path: Path
) -> None:
    before = everything(source)
    assert len(before["people"]) == 3 and before["action_items"] and before["manager_ratings"]
    name = new_server_database()
    try:
        server = PostgresDatabase.connect(url_for(name))
        steps: list[tuple[int, int]] = []
        result = copy_people(
            source, server, progress=lambda done, total: steps.append((done, total))
        )
        assert everything(server) == before
        assert sorted(result.copied) == sorted([SAMPLE_PERSON, SECOND, THIRD])
        assert result.counts == {
            table: len(rows) for table, rows in before.items()
        }  # every row counted, every frozen text once
        assert steps[-1] == (6, 6)
        back = Database.open(tmp_path / "back.sqlite3")
        again = copy_people(server, back)
        assert everything(back) == before
        assert again.counts == result.counts
        back.close()
        server.close()
    finally:
        drop_server_database(name)
    assert everything(source) == before  # nothing removed or changed locally


def test_selected_people_are_copied_and_frozen_texts_are_shared(
    source: Database, storage: object
) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    result = copy_people(source, target, _ids(source, SECOND))
    assert result.copied == (SECOND,)
    assert [row[1] for row in everything(target)["people"]] == [SECOND]
    snapshots = len(everything(target)["role_snapshots"])
    later = copy_people(source, target, _ids(source, THIRD))
    assert later.snapshots_reused == 1  # the same role text as Li Na's: found by its hash
    assert later.counts["role_snapshots"] == 0
    assert len(everything(target)["role_snapshots"]) == snapshots
    mine = {table: rows for table, rows in everything(source).items() if table != "people"}
    theirs = everything(target)
    assert theirs["assessments"] == [r for r in mine["assessments"] if r[1] in _uids(theirs)]


def _uids(found: dict[str, list[tuple]]) -> set[str]:
    return {row[0] for row in found["people"]}


def test_people_already_there_are_named_and_nothing_is_copied_unless_skipped(
    source: Database, storage: object
) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    copy_people(source, target, _ids(source, SAMPLE_PERSON))
    before = everything(target)
    with pytest.raises(AlreadyThereError) as refused:
        copy_people(source, target)
    assert refused.value.names == (SAMPLE_PERSON,)
    assert SAMPLE_PERSON in str(refused.value)
    assert everything(target) == before
    result = copy_people(source, target, skip_existing=True)
    assert result.skipped == (SAMPLE_PERSON,)
    assert sorted(result.copied) == sorted([SECOND, THIRD])
    assert everything(target) == everything(source)


def test_a_name_taken_by_someone_else_refuses_the_copy(source: Database, storage: object) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    Repository(target).add_person(THIRD)  # another person (another uid) with the same name
    before = everything(target)
    with pytest.raises(ConflictError, match="Archived Sam"):
        copy_people(source, target)
    assert everything(target) == before


def test_a_failure_mid_copy_leaves_the_target_as_it_was(
    source: Database, storage: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    Repository(target).add_person("Already Here")
    before = everything(target)
    monkeypatch.setattr(transfer, "BATCH", 1)  # one person per batch: fail after the first

    def fail_after_first(done: int, total: int) -> None:
        if done == 1:  # the first person's rows are in the target's open transaction
            raise RuntimeError("injected failure")

    with pytest.raises(RuntimeError, match="injected"):
        copy_people(source, target, progress=fail_after_first)
    assert everything(target) == before
    assert copy_people(source, target).copied  # and it works afterwards


def test_a_copy_that_reads_back_differently_is_undone(
    source: Database, storage: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    before = everything(target)
    rows = transfer._Copy._rows

    def damaged(self: transfer._Copy, table: object, condition: object) -> list[dict]:
        found = rows(self, table, condition)
        if table is transfer.RATINGS:
            for row in found:
                if row["note"]:
                    row["note"] = row["note"][:-1]  # one character lost on the way
                    break
        return found

    monkeypatch.setattr(transfer._Copy, "_rows", damaged)
    with pytest.raises(VerificationError) as undone:
        copy_people(source, target)
    assert any("assessments" in line for line in undone.value.differences)
    assert everything(target) == before


def test_the_owner_mark_stays_with_the_target_s_owner(source: Database, storage: object) -> None:
    target = storage.open()  # type: ignore[attr-defined]
    repository = Repository(target)
    repository.set_owner(repository.add_person("The Manager").id)
    result = copy_people(source, target)
    assert not result.owner_kept
    assert repository.owner().name == "The Manager"  # type: ignore[union-attr]
    assert Repository(source).owner().name == SECOND  # type: ignore[union-attr]


def test_copying_a_database_into_itself_is_refused(source: Database) -> None:
    with pytest.raises(transfer.TransferError):
        copy_people(source, source)


def test_the_frameworks_copied_people_use_are_installed_in_the_target(
    source: Database, storage: object
) -> None:
    import dataclasses

    from core.framework_library import FrameworkLibrary, document_text

    company = dataclasses.replace(FRAMEWORK, id="acme-ladder", name="ACME ladder", file="")
    FrameworkLibrary(FRAMEWORK, Repository(source)).install(company, import_format="csv")
    (second,) = _ids(source, SECOND)
    Repository(source).set_role(second, company.roles[0].id, None, "acme-ladder")
    target = storage.open()  # type: ignore[attr-defined]

    result = copy_people(source, target, [second])
    assert result.frameworks_installed == ("ACME ladder",)
    assert any("ACME ladder" in line for line in result.summary_lines())
    installed = FrameworkLibrary(FRAMEWORK, Repository(target))
    assert document_text(installed.get("acme-ladder")) == document_text(company)
    assert installed.record("acme-ladder").import_format == "csv"  # type: ignore[union-attr]
    (copied,) = Repository(target).people()
    assert copied.framework_id == "acme-ladder"
    # Copying another person of it later: the target's framework is kept, not added twice.
    (third,) = _ids(source, THIRD)
    Repository(source).set_role(third, company.roles[0].id, None, "acme-ladder")
    assert copy_people(source, target, [third]).frameworks_installed == ()
