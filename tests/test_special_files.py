"""Every file input refuses what is not a regular file: a FIFO (which would block forever), a
symlink to a device such as /dev/zero (endless, and 0 bytes to ``stat``) and a folder. The
command line and the window both say so, and nothing is read or imported."""

from __future__ import annotations

import os
import resource
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from core.errors import InputFileError
from core.safe_files import read_input_file
from tests.cli_runner import SCRIPT
from tests.exchange_files import exchange_document, write_exchange

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev are POSIX")


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def _dev_zero(folder: Path) -> Path:
    path = folder / "zero.yaml"
    path.symlink_to("/dev/zero")
    return path


def _dev_urandom(folder: Path) -> Path:
    path = folder / "random.json"
    path.symlink_to("/dev/urandom")
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a-folder.json"
    path.mkdir()
    return path


SPECIAL: list[Callable[[Path], Path]] = [_fifo, _dev_zero, _dev_urandom, _folder]


def _limit_memory() -> None:  # a regression must not eat the test machine's memory
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=60,
        preexec_fn=_limit_memory, env=os.environ.copy(),
    )  # fmt: skip


def _commands(special: Path, tmp_path: Path) -> list[list[str]]:
    return [
        ["validate", str(special)],
        ["--framework", str(special), "roles"],
        ["roles", "--framework", str(special)],
        ["import-assessment", str(special)],
        ["restore", str(special)],
        ["import-framework", str(special), "--out", str(tmp_path / "out.yaml")],
        ["import-framework", "--format", "csv", str(special), "--out", str(tmp_path / "o.yaml")],
    ]


@pytest.mark.parametrize("make", SPECIAL, ids=lambda m: m.__name__.strip("_"))
def test_every_cli_file_input_refuses_a_special_file(data_dir: Path, tmp_path: Path, make) -> None:
    special = make(tmp_path)
    for command in _commands(special, tmp_path):
        result = _run(*command)
        assert result.returncode != 0, command
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert "not a regular file" in result.stderr, (command, result.stderr)
    assert not list(data_dir.glob("*.sqlite3")) or _assessments(data_dir) == 0


def _assessments(data_dir: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(data_dir / "skill-ladder.sqlite3")
    try:
        return connection.execute("SELECT COUNT(*) FROM assessments").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("make", SPECIAL, ids=lambda m: m.__name__.strip("_"))
def test_the_bounded_reader_refuses_special_files(tmp_path: Path, make) -> None:
    special = make(tmp_path)
    with pytest.raises(InputFileError, match="not a regular file") as raised:
        read_input_file(special, max_bytes=1024)
    assert raised.value.problems[0].file == str(special)


def test_the_bounded_reader_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(InputFileError, match="the limit is 1,024 bytes"):
        read_input_file(path, max_bytes=1024)
    assert read_input_file(path, max_bytes=2048) == b"x" * 2048


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    target = write_exchange(tmp_path / "real.json", exchange_document())
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert read_input_file(link, max_bytes=1 << 20) == target.read_bytes()


@pytest.mark.parametrize("make", SPECIAL, ids=lambda m: m.__name__.strip("_"))
def test_the_window_refuses_to_import_a_special_file(
    qtbot, qt_settings, data_dir: Path, tmp_path: Path, monkeypatch, make
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.app_harness import main_window, query

    special = make(tmp_path)
    with main_window(qtbot, data_dir) as window:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(special), ""))
        window.menu_actions.import_exchange.trigger()
        runner = window.exchange.runner
        qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                        timeout=20_000)  # fmt: skip
        box = runner.result_box
        assert box is not None
        box.close()
        assert box.icon() == QMessageBox.Icon.Warning
        assert "not a regular file" in box.text()
        assert "Nothing was imported" in box.text()
    assert query(data_dir, "SELECT count(*) FROM assessments") == [(0,)]
