"""Opening the data: damaged files are moved aside and recovered from the newest good backup;
busy, read-only and full-disk conditions are reported as what they are, and nothing is moved."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import db.database
import db.engines.sqlite
import db.integrity
from core.framework_files import load_builtin_framework
from db.backup import create_backup, restore_backup
from db.database import DATABASE_FILE, Database
from db.errors import StorageError
from db.integrity import StorageCondition
from db.opening import (
    DamagedDatabaseError,
    StorageUnavailableError,
    open_checked,
    start_quick_check,
)
from db.repository import Repository
from db.sample_data import create_sample_data

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _rows(
    path: Path, tables: tuple[str, ...] = ("people", "assessments", "ratings", "goals")
) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in tables
        }
    finally:
        connection.close()


def _data_with_backups(data_dir: Path) -> tuple[Path, Path]:
    """A data folder with sample data, an older backup and a newer one; returns (db, newest)."""
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = create_sample_data(repository, load_builtin_framework())
    now = datetime.now(UTC)
    create_backup(database.path, reason="manual", now=now - timedelta(days=3))
    repository.add_goal(person.id, "ml-pipelines", "Written after the first backup")
    newest = create_backup(database.path, reason="close", now=now - timedelta(hours=1))
    database.close()
    return database.path, newest.path


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _zero_page(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\0" * 4096)


def _garble_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"this is not an SQLite header!!!!")


@pytest.mark.parametrize("damage", [_truncate, _zero_page, _garble_header])
def test_damaged_file_is_moved_aside_and_the_newest_backup_restores(tmp_path: Path, damage) -> None:
    path, newest = _data_with_backups(tmp_path)
    expected = _rows(newest)
    assert [r[3] for r in expected["goals"]][-1] == "Written after the first backup"
    damage(path)
    damaged_bytes = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(DamagedDatabaseError) as raised:
        open_checked(tmp_path)
    error = raised.value
    assert not path.exists()
    assert hashlib.sha256(error.moved_to.read_bytes()).hexdigest() == damaged_bytes
    assert error.backup is not None and error.backup.path == newest
    assert "moved aside" in str(error) and "newest good backup" in str(error)

    restore_backup(error.backup.path, path)
    database = open_checked(tmp_path)
    database.close()
    assert _rows(path) == expected
    assert error.moved_to.exists()  # the damaged file is kept for whoever wants to look


@pytest.mark.parametrize("damage", [_zero_page, _garble_header])
def test_the_check_started_early_finds_the_same_damage(tmp_path: Path, damage) -> None:
    path, newest = _data_with_backups(tmp_path)
    damage(path)
    early = start_quick_check(tmp_path)  # as the window starts it, before reading the framework
    with pytest.raises(DamagedDatabaseError) as raised:
        open_checked(tmp_path, early=early)
    assert not path.exists() and raised.value.moved_to.exists()
    assert raised.value.backup is not None and raised.value.backup.path == newest


def test_a_check_started_before_the_file_existed_is_done_again(tmp_path: Path) -> None:
    early = start_quick_check(tmp_path)
    assert early.result().problems == ("no database file",)
    Database.in_directory(tmp_path).close()
    open_checked(tmp_path, early=early).close()  # not refused for a file it never saw
    _garble_header(tmp_path / DATABASE_FILE)
    with pytest.raises(DamagedDatabaseError):
        open_checked(tmp_path, early=early)


def test_damaged_file_without_backups_says_so(tmp_path: Path) -> None:
    Database.in_directory(tmp_path).close()
    _garble_header(tmp_path / DATABASE_FILE)
    with pytest.raises(DamagedDatabaseError, match="no backup to restore") as raised:
        open_checked(tmp_path)
    assert raised.value.backup is None
    open_checked(tmp_path, start_empty=True).close()  # a fresh file, when the user says so
    open_checked(tmp_path).close()


def test_a_set_aside_file_is_honoured_by_every_later_start(tmp_path: Path) -> None:
    path, newest = _data_with_backups(tmp_path)
    _garble_header(path)
    with pytest.raises(DamagedDatabaseError) as first:
        open_checked(tmp_path)
    for _attempt in range(2):  # no later start creates an empty file over the set-aside one
        with pytest.raises(DamagedDatabaseError) as again:
            open_checked(tmp_path)
        assert again.value.moved_to == first.value.moved_to
        assert again.value.backup is not None and again.value.backup.path == newest
        assert "moved aside" in str(again.value) and "newest good backup" in str(again.value)
        assert not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [first.value.moved_to.name]

    restore_backup(newest, path)  # restoring is the user's say
    open_checked(tmp_path).close()
    assert _rows(path) == _rows(newest)


def test_starting_empty_over_a_set_aside_file_needs_the_users_say(tmp_path: Path) -> None:
    path, _newest = _data_with_backups(tmp_path)
    _zero_page(path)
    with pytest.raises(DamagedDatabaseError):
        open_checked(tmp_path)
    with pytest.raises(DamagedDatabaseError):
        open_checked(tmp_path)
    open_checked(tmp_path, start_empty=True).close()
    database = open_checked(tmp_path)  # the choice was made; the empty file opens from now on
    assert Repository(database).people() == []
    database.close()
    assert len(list(tmp_path.glob("skill-ladder.damaged-*.sqlite3"))) == 1


def _files(folder: Path) -> dict[str, str]:
    """Hashes of the folder's files, without SQLite's -wal/-shm (any reader may create them)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def test_read_only_file_is_reported_and_not_moved(tmp_path: Path, monkeypatch) -> None:
    Database.in_directory(tmp_path).close()
    before = _files(tmp_path)

    def read_only_connect(path: Path) -> sqlite3.Connection:
        # As root, file modes do not stop writes; a read-only URI gives SQLite's real refusal.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        db.database.configure_connection(connection)
        return connection

    monkeypatch.setattr(db.engines.sqlite, "connect", read_only_connect)
    with pytest.raises(StorageUnavailableError) as raised:
        open_checked(tmp_path)
    assert raised.value.condition is StorageCondition.READ_ONLY
    assert "read-only" in str(raised.value)
    assert _files(tmp_path) == before


def test_locked_file_is_reported_and_not_moved(tmp_path: Path, monkeypatch) -> None:
    Database.in_directory(tmp_path).close()
    path = tmp_path / DATABASE_FILE
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute(
        "PRAGMA journal_mode = DELETE"
    )  # as an older copy or another tool might leave it
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(db.integrity, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(db.engines.sqlite, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(StorageUnavailableError) as raised:
            open_checked(tmp_path)
        assert raised.value.condition in (StorageCondition.BUSY, StorageCondition.LOCKED)
        assert "in use" in str(raised.value) or "locked" in str(raised.value)
        assert path.exists() and not list(tmp_path.glob("*.damaged-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_full_disk_during_the_pre_migration_backup_changes_nothing(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / DATABASE_FILE
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", path)
    old_tables = ("people", "assessments", "ratings")
    before = _rows(path, old_tables)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        open_checked(tmp_path)
    monkeypatch.undo()
    # Opening switched the file to WAL (a header flag); its data and schema are as they were.
    assert _rows(path, old_tables) == before
    assert not list(tmp_path.glob("*.damaged-*"))
    assert not list((tmp_path / "backups").glob("*.sqlite3"))
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()
