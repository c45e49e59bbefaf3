"""Backups, checks and restores on real SQLite files: nobody's data may get lost."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import db.backup as backup_module
from core.framework_files import load_builtin_framework
from db.backup import (
    BackupError,
    backup_dir_for,
    create_backup,
    list_backups,
    prune,
    restore_backup,
)
from db.database import DATABASE_FILE, Database, connect
from db.integrity import (
    FILE_CONDITIONS,
    StorageCondition,
    check_database,
    classify,
    describe,
    set_aside,
)
from db.repository import Repository
from db.sample_data import create_sample_data

TABLES = ("people", "assessments", "ratings", "goals")
NOW = datetime(2026, 11, 22, 14, 5, 1, 123456, tzinfo=UTC)
PAGE = 4096


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """An open database in ``tmp_path/data`` holding the sample person's history."""
    opened = Database.in_directory(tmp_path / "data")
    create_sample_data(Repository(opened), load_builtin_framework())
    yield opened
    opened.close()


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(read_only(path)) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in TABLES
        }


def person_names(path: Path) -> set[str]:
    with closing(read_only(path)) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM people")}


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def corrupt_page(path: Path, page_index: int = 2) -> None:
    """Overwrite one whole page in the middle of a database file with junk."""
    data = bytearray(path.read_bytes())
    assert len(data) > (page_index + 1) * PAGE
    data[page_index * PAGE : (page_index + 1) * PAGE] = b"junk" * (PAGE // 4)
    path.write_bytes(data)


def closed_database(database: Database) -> Path:
    """Close every connection, which checkpoints the WAL into the one main file."""
    database.close()
    assert not database.path.with_name(DATABASE_FILE + "-wal").exists()
    return database.path


def crash_while_writing(path: Path, marker: str) -> None:
    """Commit a row from another process that dies without closing, leaving it in the -wal."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute('CREATE TABLE IF NOT EXISTS crash_marker (text TEXT)')\n"
        "c.execute('INSERT INTO crash_marker VALUES (?)', (sys.argv[2],))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), marker], check=True)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def touch_backups(directory: Path, moments: list[datetime], reason: str = "close") -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    names = [backup_module.backup_name(moment, reason) for moment in moments]
    for name in names:
        (directory / name).touch()
    return names


# --- making backups ---------------------------------------------------------------------------


def test_backup_of_a_live_database_holds_every_row_including_the_wal(
    database: Database, tmp_path: Path
) -> None:
    Repository(database).add_person("Late Addition")
    main_file_only = tmp_path / "main-file-only.sqlite3"
    shutil.copyfile(database.path, main_file_only)
    with closing(read_only(main_file_only)) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    # Not checkpointed yet: the new row (often every table) is only in the -wal.
    assert "people" not in tables or "Late Addition" not in person_names(main_file_only)

    info = create_backup(database.path, reason="manual", now=NOW)

    live, copied = table_rows(database.path), table_rows(info.path)
    assert copied == live
    assert all(live[table] for table in TABLES)
    assert "Late Addition" in person_names(info.path)


def test_backup_is_one_self_contained_checked_file(database: Database) -> None:
    info = create_backup(database.path, reason="manual", now=NOW)

    directory = backup_dir_for(database.path)
    assert directory == database.path.parent / "backups"
    assert info.path == directory / "skill-ladder-20261122-140501-123456-manual.sqlite3"
    assert (info.created_at, info.reason, info.size) == (NOW, "manual", info.path.stat().st_size)
    assert [path.name for path in directory.iterdir()] == [info.path.name]
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    with closing(sqlite3.connect(info.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert check_database(info.path, full=True).ok
    assert list_backups(directory) == [info]


def test_backup_leaves_out_an_uncommitted_write_and_does_not_wait_for_it(
    database: Database,
) -> None:
    writer = connect(database.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE people SET name = 'Not Yet Committed'")
    try:
        info = create_backup(database.path, reason="manual", now=NOW)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert person_names(info.path) == person_names(database.path)
    assert "Not Yet Committed" not in person_names(info.path)


def test_a_second_backup_in_the_same_microsecond_gets_its_own_name(database: Database) -> None:
    first = create_backup(database.path, reason="manual", now=NOW)
    second = create_backup(database.path, reason="manual", now=NOW)
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert second.created_at == NOW + timedelta(microseconds=1)


def test_bad_reason_or_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_backup(tmp_path / DATABASE_FILE, reason="../escape", now=NOW)
    with pytest.raises(BackupError, match="no database file"):
        create_backup(tmp_path / DATABASE_FILE, reason="manual", now=NOW)
    assert not (tmp_path / DATABASE_FILE).exists()


def test_create_backup_prunes_old_backups(database: Database) -> None:
    directory = backup_dir_for(database.path)
    old = touch_backups(directory, [NOW - timedelta(days=400 + i) for i in range(12)])

    info = create_backup(database.path, reason="manual", now=NOW)

    # Nothing is recent enough for a daily or weekly slot: the newest 10 stay.
    remaining = {path.name for path in directory.iterdir()}
    assert remaining == {info.path.name, *old[:9]}


# --- failed backups ---------------------------------------------------------------------------


@pytest.fixture
def backups_before_failure(database: Database) -> dict[str, bytes]:
    """A real backup plus a dozen old ones (enough for pruning to delete some), as bytes."""
    directory = backup_dir_for(database.path)
    touch_backups(directory, [NOW - timedelta(days=400 + i) for i in range(12)])
    create_backup(database.path, reason="manual", now=NOW - timedelta(hours=1))
    return snapshot(directory)


def test_disk_full_while_flushing_keeps_every_backup_and_no_temporary_file(
    database: Database, backups_before_failure: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(BackupError, match="disk is full"):
        create_backup(database.path, reason="manual", now=NOW)
    assert snapshot(backup_dir_for(database.path)) == backups_before_failure


def test_sqlite_running_out_of_space_mid_copy_keeps_every_backup(
    database: Database, backups_before_failure: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    def tiny_disk(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real_connect(target, *args, **kwargs)
        if not kwargs.get("uri"):  # the writable copy, not the read-only source
            connection.execute("PRAGMA max_page_count = 3")
        return connection

    monkeypatch.setattr(sqlite3, "connect", tiny_disk)
    with pytest.raises(BackupError, match="disk is full") as raised:
        create_backup(database.path, reason="manual", now=NOW)
    assert classify(raised.value.__cause__) is StorageCondition.DISK_FULL
    assert snapshot(backup_dir_for(database.path)) == backups_before_failure


def test_copy_failing_its_integrity_check_is_not_kept(
    database: Database, backups_before_failure: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        backup_module, "database_problems", lambda *_a, **_k: ["Page 7: never used"]
    )
    with pytest.raises(BackupError, match="integrity check: Page 7: never used"):
        create_backup(database.path, reason="manual", now=NOW)
    assert snapshot(backup_dir_for(database.path)) == backups_before_failure


# --- pruning ----------------------------------------------------------------------------------


def test_prune_follows_the_retention_policy_over_ninety_days(tmp_path: Path) -> None:
    now = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)  # a Tuesday; this ISO week began on 30 March
    moments = [
        datetime(2026, 1, 1, hour, tzinfo=UTC) + timedelta(days=day)
        for day in range(89)
        for hour in (6, 18)
    ] + [datetime(2026, 3, 31, hour, tzinfo=UTC) for hour in (6, 7, 8, 9, 10, 11)]
    names = touch_backups(tmp_path, moments)
    assert len(names) == 184

    deleted = prune(tmp_path, now)

    expected = {
        # the newest ten
        *(f"skill-ladder-20260331-{h:02}0000-000000-close.sqlite3" for h in range(6, 12)),
        "skill-ladder-20260330-180000-000000-close.sqlite3",
        "skill-ladder-20260330-060000-000000-close.sqlite3",
        "skill-ladder-20260329-180000-000000-close.sqlite3",
        "skill-ladder-20260329-060000-000000-close.sqlite3",
        # newest of each of the last seven days (25 to 31 March) not kept above
        "skill-ladder-20260328-180000-000000-close.sqlite3",
        "skill-ladder-20260327-180000-000000-close.sqlite3",
        "skill-ladder-20260326-180000-000000-close.sqlite3",
        "skill-ladder-20260325-180000-000000-close.sqlite3",
        # newest of each of the nine ISO weeks back to the one of 2 February (their Sundays)
        "skill-ladder-20260322-180000-000000-close.sqlite3",
        "skill-ladder-20260315-180000-000000-close.sqlite3",
        "skill-ladder-20260308-180000-000000-close.sqlite3",
        "skill-ladder-20260301-180000-000000-close.sqlite3",
        "skill-ladder-20260222-180000-000000-close.sqlite3",
        "skill-ladder-20260215-180000-000000-close.sqlite3",
        "skill-ladder-20260208-180000-000000-close.sqlite3",
    }
    assert {path.name for path in tmp_path.iterdir()} == expected
    assert {path.name for path in deleted} == set(names) - expected
    assert len(deleted) == 184 - 21


def test_prune_always_keeps_the_newest_and_ignores_other_files(tmp_path: Path) -> None:
    names = touch_backups(tmp_path, [NOW - timedelta(days=d) for d in (300, 400, 500)])
    others = ["notes.txt", ".backup-abc123.part", "skill-ladder-garbage.sqlite3"]
    for name in others:
        (tmp_path / name).write_text("not a backup")

    deleted = prune(tmp_path, NOW, keep_recent=0, daily_for_days=0, weekly_for_weeks=0)

    assert {path.name for path in deleted} == set(names[1:])
    assert {path.name for path in tmp_path.iterdir()} == {names[0], *others}
    assert [info.path.name for info in list_backups(tmp_path)] == [names[0]]


def test_list_backups_is_newest_first(tmp_path: Path) -> None:
    names = touch_backups(tmp_path, [NOW - timedelta(days=d) for d in (3, 1, 2)])
    listed = list_backups(tmp_path)
    assert [info.path.name for info in listed] == [names[1], names[2], names[0]]
    assert listed[0].created_at == NOW - timedelta(days=1)
    assert list_backups(tmp_path / "missing") == []


# --- checking ---------------------------------------------------------------------------------


def test_check_database_passes_a_good_file(database: Database) -> None:
    assert check_database(database.path).ok  # open, with a live -wal
    path = closed_database(database)
    assert check_database(path) == check_database(path, full=True)
    assert check_database(path).ok and check_database(path).problems == ()


def test_check_database_finds_a_damaged_page(database: Database) -> None:
    path = closed_database(database)
    corrupt_page(path)
    for full in (False, True):
        result = check_database(path, full=full)
        assert not result.ok
        assert result.problems
        assert result.condition is StorageCondition.CORRUPT


def test_check_database_finds_a_truncated_file(database: Database) -> None:
    path = closed_database(database)
    path.write_bytes(path.read_bytes()[: 5 * PAGE])
    result = check_database(path)
    assert not result.ok and result.condition is StorageCondition.CORRUPT


def test_check_database_finds_a_broken_foreign_key(tmp_path: Path) -> None:
    path = tmp_path / "orphans.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
            "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));"
            "INSERT INTO child VALUES (42);"
        )
    result = check_database(path)
    assert not result.ok
    assert result.problems == ("row 1 of child refers to a missing row of parent",)


def test_check_database_on_a_text_file_and_a_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("These are my notes, not a database.\n" * 200)
    result = check_database(text)
    assert not result.ok
    assert result.condition is StorageCondition.NOT_A_DATABASE
    assert "not a database" in result.problems[0]

    missing = tmp_path / "missing.sqlite3"
    assert check_database(missing) == backup_module.CheckResult(False, ("no database file",))
    assert not missing.exists()


# --- setting a damaged database aside ---------------------------------------------------------


def test_set_aside_moves_the_database_with_its_wal_and_deletes_nothing(
    database: Database,
) -> None:
    path = closed_database(database)
    crash_while_writing(path, "only in the wal")
    folder = path.parent
    before = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert set(before) == {DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"}

    moved = set_aside(path, now=NOW)

    assert moved == folder / "skill-ladder.damaged-20261122-140501.sqlite3"
    assert not path.exists()
    after = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert set(after) == {moved.name, moved.name + "-wal", moved.name + "-shm"}
    assert sum(after.values()) == sum(before.values())
    with closing(read_only(moved)) as connection:  # the -wal still belongs to its database
        assert connection.execute("SELECT text FROM crash_marker").fetchall() == [
            ("only in the wal",)
        ]


def test_set_aside_twice_in_one_second_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    path.write_bytes(b"first")
    first = set_aside(path, now=NOW)
    path.write_bytes(b"second")
    second = set_aside(path, now=NOW)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")
    with pytest.raises(FileNotFoundError):
        set_aside(path, now=NOW)


# --- restoring --------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_replaced_state(database: Database) -> None:
    saved = create_backup(database.path, reason="manual", now=NOW)
    saved_bytes = saved.path.read_bytes()
    Repository(database).add_person("Added After The Backup")
    path = closed_database(database)

    before = restore_backup(saved.path, path, now=NOW + timedelta(hours=1))

    assert table_rows(path) == table_rows(saved.path)
    assert "Added After The Backup" not in person_names(path)
    assert before is not None and before.reason == "before-restore"
    assert "Added After The Backup" in person_names(before.path)
    assert saved.path.read_bytes() == saved_bytes
    assert {info.path for info in list_backups(backup_dir_for(path))} == {saved.path, before.path}
    reopened = Database.open(path)
    try:
        assert {p.name for p in Repository(reopened).people()} == person_names(saved.path)
    finally:
        reopened.close()


def test_restore_replaces_a_stale_wal_only_after_backing_it_up(database: Database) -> None:
    saved = create_backup(database.path, reason="manual", now=NOW)
    path = closed_database(database)
    crash_while_writing(path, "committed just before a crash")

    before = restore_backup(saved.path, path, now=NOW + timedelta(hours=1))

    assert before is not None
    with closing(read_only(before.path)) as connection:
        assert connection.execute("SELECT text FROM crash_marker").fetchall() == [
            ("committed just before a crash",)
        ]
    assert table_rows(path) == table_rows(saved.path)
    with closing(read_only(path)) as connection:
        assert (
            connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'crash_marker'").fetchall()
            == []
        )


def test_restore_over_a_damaged_database_sets_it_aside(database: Database) -> None:
    saved = create_backup(database.path, reason="manual", now=NOW)
    path = closed_database(database)
    corrupt_page(path)
    damaged = path.read_bytes()

    assert restore_backup(saved.path, path, now=NOW) is None

    assert table_rows(path) == table_rows(saved.path)
    assert (path.parent / "skill-ladder.damaged-20261122-140501.sqlite3").read_bytes() == damaged


def test_restore_into_a_folder_without_a_database(database: Database, tmp_path: Path) -> None:
    saved = create_backup(database.path, reason="manual", now=NOW)
    target = tmp_path / "new-data" / DATABASE_FILE
    target.parent.mkdir()

    assert restore_backup(saved.path, target, now=NOW) is None

    assert table_rows(target) == table_rows(saved.path)
    assert sorted(p.name for p in target.parent.iterdir()) == [DATABASE_FILE]


def test_restoring_a_corrupt_backup_is_refused_and_changes_nothing(database: Database) -> None:
    saved = create_backup(database.path, reason="manual", now=NOW)
    corrupt_page(saved.path)
    path = closed_database(database)
    folder_before = snapshot(path.parent / "backups"), path.read_bytes()

    with pytest.raises(BackupError, match=saved.path.name):
        restore_backup(saved.path, path, now=NOW + timedelta(hours=1))

    assert (snapshot(path.parent / "backups"), path.read_bytes()) == folder_before
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", DATABASE_FILE]


# --- naming what went wrong -------------------------------------------------------------------


def sqlite_error(action: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        action()
    return raised.value


def test_classify_real_sqlite_errors(database: Database, tmp_path: Path) -> None:
    with closing(read_only(database.path)) as reader:
        error = sqlite_error(lambda: reader.execute("DELETE FROM goals"))
    assert classify(error) is StorageCondition.READ_ONLY

    holder = connect(database.path)
    holder.execute("BEGIN IMMEDIATE")
    with closing(sqlite3.connect(database.path, timeout=0, isolation_level=None)) as other:
        error = sqlite_error(lambda: other.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    holder.close()
    assert classify(error) in {StorageCondition.BUSY, StorageCondition.LOCKED}

    text = tmp_path / "notes.txt"
    text.write_text("plain text\n" * 100)
    with closing(sqlite3.connect(text)) as connection:
        error = sqlite_error(lambda: connection.execute("SELECT * FROM sqlite_master"))
    assert classify(error) is StorageCondition.NOT_A_DATABASE


def test_classify_full_locked_and_corrupt(database: Database, tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / "small.sqlite3")) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA max_page_count = 2")
        error = sqlite_error(lambda: connection.execute("INSERT INTO t VALUES (zeroblob(99999))"))
    assert classify(error) is StorageCondition.DISK_FULL

    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5)])
        pending = connection.execute("SELECT x FROM t")
        pending.fetchone()
        error = sqlite_error(lambda: connection.execute("DROP TABLE t"))
    assert classify(error) is StorageCondition.LOCKED

    path = closed_database(database)
    with closing(sqlite3.connect(path)) as plain:
        (root,) = plain.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'people'"
        ).fetchone()
    corrupt_page(path, page_index=root - 1)  # the people table (pages count from 1)
    with closing(read_only(path)) as connection:
        error = sqlite_error(lambda: connection.execute("SELECT * FROM people").fetchall())
    assert classify(error) is StorageCondition.CORRUPT


def test_classify_os_errors() -> None:
    assert classify(OSError(errno.ENOSPC, "No space left")) is StorageCondition.DISK_FULL
    assert classify(OSError(errno.EROFS, "Read-only file system")) is StorageCondition.READ_ONLY
    assert classify(OSError(errno.EIO, "I/O error")) is StorageCondition.OTHER


def test_describe_gives_each_condition_its_own_plain_sentence(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    sentences = {condition: describe(condition, path) for condition in FILE_CONDITIONS}
    assert len(set(sentences.values())) == len(FILE_CONDITIONS)
    assert "disk is full" in sentences[StorageCondition.DISK_FULL].lower()
    assert "not a database" in sentences[StorageCondition.NOT_A_DATABASE]
    assert all(s.endswith(".") and "SQLITE" not in s for s in sentences.values())


def test_file_conditions_are_described_in_chinese(tmp_path: Path) -> None:
    from core.i18n import set_language

    set_language("zh_CN")
    try:
        path = tmp_path / DATABASE_FILE
        assert "磁盘已满" in describe(StorageCondition.DISK_FULL, path)
        assert "已损坏" in describe(StorageCondition.CORRUPT, path)
    finally:
        set_language(None)
