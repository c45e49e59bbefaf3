"""Every released schema upgrades to head with every row and column value intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from core.framework_files import load_builtin_framework
from db.backup import list_backups
from db.database import Database
from db.repository import Repository
from db.schema_version import HEAD_REVISION

BUILTIN = load_builtin_framework()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMAS = sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3"))
BACKFILLED = {"people": ("role_id", "target_level")}
"""Columns an upgrade may fill where they were empty (the profile takes the role and target the
person was last assessed against)."""
MOVED = {"assessments": ("role_snapshot",)}
"""Columns an upgrade moves to another table (each distinct snapshot text to role_snapshots,
checked by :func:`test_every_frozen_snapshot_reads_back_identical`)."""


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every user table's columns and rows."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN ('alembic_version', 'app_info')"
            )
        ]
        snapshot = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            snapshot[table] = (columns, rows)
        return snapshot
    finally:
        connection.close()


def test_there_is_a_fixture_for_every_schema_before_head() -> None:
    assert [f"schema-{n:04d}.sqlite3" for n in range(1, int(HEAD_REVISION))] == SCHEMAS


@pytest.mark.parametrize("fixture", SCHEMAS)
def test_fixture_upgrades_with_every_row(tmp_path: Path, fixture: str) -> None:
    copy = tmp_path / "data.sqlite3"
    shutil.copyfile(FIXTURES / fixture, copy)
    before = _snapshot(copy)
    assert sum(len(rows) for _, rows in before.values()) > 30, "the fixture has data"

    database = Database.open(copy)
    after = _snapshot(copy)
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        moved = MOVED.get(table, ())
        still = [i for i, c in enumerate(columns) if c not in moved]
        columns = [columns[i] for i in still]
        rows = [tuple(row[i] for i in still) for row in rows]
        kept = [new_columns.index(c) for c in columns]  # old columns keep their values
        backfilled = [columns.index(c) for c in BACKFILLED.get(table, ()) if c in columns]
        upgraded = [tuple(row[i] for i in kept) for row in new_rows]
        for old_row, new_row in zip(rows, upgraded, strict=True):
            for position, (old, new) in enumerate(zip(old_row, new_row, strict=True)):
                if position in backfilled and old is None:
                    continue  # filled from the person's assessments (migration 0004)
                assert old == new, (table, columns[position], old_row)
        assert len(upgraded) == len(rows), table
    reader = database.reader()
    assert reader.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert reader.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert reader.execute("PRAGMA foreign_key_check").fetchall() == []
    uids = [row[0] for row in reader.execute("SELECT uid FROM assessments")]
    assert len(set(uids)) == len(uids) and all(len(uid) == 32 for uid in uids)

    # The app reads and writes the upgraded file.
    repository = Repository(database)
    chinese = repository.person_by_name("王小明")
    assert chinese is not None
    note = repository.assessments(chinese.id)[0].ratings["ml-pipelines"].note
    assert note == "负责搭建数据管道 <b>&</b>"
    repository.add_goal(chinese.id, "ml-pipelines", "新目标")
    database.close()

    backups = list_backups(tmp_path / "backups")
    assert [b.reason for b in backups] == ["migration"]  # the old file, saved before migrating
    assert _snapshot(backups[0].path) == _snapshot(FIXTURES / fixture)


@pytest.mark.parametrize("fixture", SCHEMAS)
def test_every_frozen_snapshot_reads_back_identical(tmp_path: Path, fixture: str) -> None:
    copy = tmp_path / "data.sqlite3"
    shutil.copyfile(FIXTURES / fixture, copy)
    connection = sqlite3.connect(copy)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(assessments)")}
    inline = "SELECT id, role_snapshot FROM assessments ORDER BY id"
    shared = (  # schema 0006 and later keep each version once, in role_snapshots
        "SELECT a.id, s.document FROM assessments AS a "
        "LEFT JOIN role_snapshots AS s ON s.id = a.snapshot_id ORDER BY a.id"
    )
    frozen = dict(connection.execute(inline if "role_snapshot" in columns else shared))
    connection.close()
    texts = {text for text in frozen.values() if text is not None}
    assert texts, "the fixture has completed assessments"

    database = Database.open(copy)
    reader = database.reader()
    stored = dict(
        reader.execute(
            "SELECT a.id, s.document FROM assessments AS a "
            "LEFT JOIN role_snapshots AS s ON s.id = a.snapshot_id ORDER BY a.id"
        )
    )
    assert stored == frozen  # byte for byte, and no snapshot where there was none
    (count,) = reader.execute("SELECT count(*) FROM role_snapshots").fetchone()
    assert count == len(texts)  # each distinct version once
    repository = Repository(database)
    for assessment_id, text in frozen.items():
        assessment = repository.assessment(assessment_id)
        assert assessment.role_snapshot == text
        if text is not None and assessment.is_completed:
            assert repository.assessment_framework(BUILTIN, assessment).has_role(assessment.role_id)
    database.close()


def test_the_long_history_fixture_shrinks(tmp_path: Path) -> None:
    """Schema 0005 kept a snapshot per assessment; after the upgrade the file is smaller."""
    copy = tmp_path / "data.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0005.sqlite3", copy)
    before = copy.stat().st_size
    Database.open(copy).close()
    assert copy.stat().st_size < before / 3


def test_profiles_take_the_role_and_target_last_assessed(tmp_path: Path) -> None:
    copy = tmp_path / "data.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", copy)
    connection = sqlite3.connect(copy)
    expected = {
        person_id: connection.execute(
            "SELECT role_id, target_level FROM assessments WHERE person_id = ? "
            "ORDER BY started_at DESC, id DESC LIMIT 1",
            (person_id,),
        ).fetchone()
        for (person_id,) in connection.execute("SELECT id FROM people WHERE role_id IS NULL")
    }
    connection.close()
    assert any(value is not None for value in expected.values()), "the fixture has such people"
    Database.open(copy).close()
    connection = sqlite3.connect(copy)
    for person_id, latest in expected.items():
        row = connection.execute(
            "SELECT role_id, target_level FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        assert row == (latest or (None, None))
    uids = [row[0] for row in connection.execute("SELECT uid FROM people")]
    assert len(set(uids)) == len(uids) and all(len(uid) == 32 for uid in uids)
    connection.close()
