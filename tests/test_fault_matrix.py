"""Damaged data files × the commands that meet them first × the window that starts next.

Whatever meets a damaged file first sets it aside; from then on, no command and no window
creates an empty file in its place without the user's say. Each one names (command line) or
offers (window) the newest good backup, and restoring it brings every row back.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.startup import open_data
from core.framework_files import load_builtin_framework
from db.backup import create_backup
from db.database import Database
from db.repository import Repository
from db.sample_data import SAMPLE_PERSON, create_sample_data
from tests.cli_runner import run_cli
from tests.exchange_files import exchange_document, write_exchange

TABLES = ("people", "assessments", "ratings", "goals", "manager_ratings")


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        connection.close()


def _data_with_backup(data_dir: Path) -> tuple[Path, Path]:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    create_backup(database.path, reason="manual", now=datetime.now(UTC) - timedelta(days=2))
    newest = create_backup(
        database.path, reason="close", now=datetime.now(UTC) - timedelta(hours=1)
    )
    database.close()
    return database.path, newest.path


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _zero_page(page: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.seek(4096 * page)
            handle.write(b"\0" * 4096)

    damage.__name__ = f"zero_page_{page + 1}"
    return damage


def _garble_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"this is not an SQLite header!!!!")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _text(path: Path) -> None:
    path.write_text("Dear diary, today I overwrote my database.\n" * 50, encoding="utf-8")


def _scramble_tables(path: Path) -> None:
    # Every byte of the b-tree pages after the first, flipped: the header still says SQLite.
    data = bytearray(path.read_bytes())
    for index in range(4096, len(data)):
        data[index] ^= 0xA5
    path.write_bytes(bytes(data))


DAMAGES = [
    _truncate,
    _zero_page(2),
    _garble_header,
    _empty,
    _random_bytes,
    _text,
    _scramble_tables,
]


def _people(_tmp: Path) -> list[str]:
    return ["people"]


def _export_csv(tmp: Path) -> list[str]:
    return ["export-csv", "--out", str(tmp / "history.csv")]


def _export_pdf(tmp: Path) -> list[str]:
    return ["export-pdf", "--person", SAMPLE_PERSON, "--role", "mlops-engineer",
            "--out", str(tmp / "plan.pdf")]  # fmt: skip


def _import(tmp: Path) -> list[str]:
    return ["import-assessment", str(write_exchange(tmp / "mira.json", exchange_document()))]


def _backup(_tmp: Path) -> list[str]:
    return ["backup"]


COMMANDS = [_people, _export_csv, _export_pdf, _import]


def _assert_refused_naming(result, newest: Path) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"restore {newest}" in result.stderr
    assert "--start-empty" in result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__name__.strip("_"))
@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__.strip("_"))
def test_first_command_sets_aside_and_no_later_one_starts_empty(
    data_dir: Path, tmp_path: Path, damage, command
) -> None:
    path, newest = _data_with_backup(data_dir)
    expected = _rows(newest)
    damage(path)

    first = run_cli(*command(tmp_path))
    _assert_refused_naming(first, newest)
    assert "damaged" in first.stderr and "moved aside" in first.stderr
    assert not path.exists()
    aside = list(data_dir.glob("skill-ladder.damaged-*.sqlite3"))
    assert len(aside) == 1
    assert not (tmp_path / "history.csv").exists() and not (tmp_path / "plan.pdf").exists()

    for later in (_people, _backup):
        result = run_cli(*later(tmp_path))
        _assert_refused_naming(result, newest)
        assert not path.exists(), f"{later.__name__} created an empty data file"
    assert list(data_dir.glob("skill-ladder.damaged-*.sqlite3")) == aside

    restored = run_cli("restore", str(newest))
    assert restored.returncode == 0, restored.stderr
    assert _rows(path) == expected
    listing = run_cli("people")
    assert listing.returncode == 0 and SAMPLE_PERSON in listing.stdout


def test_start_empty_is_the_users_say(data_dir: Path, tmp_path: Path) -> None:
    path, newest = _data_with_backup(data_dir)
    _garble_header(path)
    _assert_refused_naming(run_cli("people"), newest)
    empty = run_cli("--start-empty", "people")
    assert empty.returncode == 0, empty.stderr
    assert "No people yet" in empty.stdout
    again = run_cli("people")
    assert again.returncode == 0 and "No people yet" in again.stdout
    assert len(list(data_dir.glob("skill-ladder.damaged-*.sqlite3"))) == 1


def _click_when_shown(button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__.strip("_"))
def test_window_after_the_command_line_offers_the_backup(
    qtbot, data_dir: Path, tmp_path: Path, damage
) -> None:
    path, newest = _data_with_backup(data_dir)
    expected = _rows(newest)
    damage(path)
    assert run_cli("people").returncode == 1  # the command line set the file aside

    seen: list[str] = []
    _click_when_shown("Restore the backup", seen)
    database = open_data(None, data_dir)
    assert database is not None
    assert Repository(database).people()[0].name == SAMPLE_PERSON
    database.close()
    assert _rows(path) == expected
    assert "moved aside" in seen[0] and "newest good backup" in seen[0]


def test_window_quit_then_next_start_still_offers_the_backup(qtbot, data_dir: Path) -> None:
    path, _newest = _data_with_backup(data_dir)
    _text(path)
    for _start in range(2):
        seen: list[str] = []
        _click_when_shown("Quit", seen)
        assert open_data(None, data_dir) is None
        assert not path.exists()
        assert "newest good backup" in seen[0]
    seen = []
    _click_when_shown("Start with an empty file", seen)
    database = open_data(None, data_dir)
    assert database is not None and Repository(database).people() == []
    database.close()
