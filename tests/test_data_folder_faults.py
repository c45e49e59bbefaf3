"""A data folder that is read-only or on a full disk: the window and the storage layer say
exactly that (never "already running", never raw SQL text), and a log that cannot be written
does not stop anything. Real file systems: small tmpfs mounts (skipped where mounting is not
allowed)."""

from __future__ import annotations

import argparse
import errno
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.framework_files import load_builtin_framework
from db.database import Database
from db.errors import StorageUnavailableError
from db.integrity import StorageCondition
from db.repository import Repository

pytestmark = pytest.mark.usefixtures("qt_settings")


def _mount(target: Path, options: str) -> Iterator[Path]:
    target.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small file system needs privileges this machine does not give")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(tmp_path / "read-only", "size=1m,ro")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(tmp_path / "small", "size=2m")


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def _run_app_capturing_boxes(monkeypatch, data_dir: Path) -> tuple[int, list[tuple[str, str]]]:
    from PySide6.QtWidgets import QMessageBox

    import app.main

    shown: list[tuple[str, str]] = []

    def capture(_parent, title: str, text: str, *_args) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", capture)
    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        code = app.main.run_app(argparse.Namespace(framework=None, data_dir=str(data_dir)))
    finally:
        for handler in root.handlers[len(handlers) :]:
            root.removeHandler(handler)
            handler.close()
    return code, shown


def test_a_read_only_data_folder_is_reported_as_read_only(
    qapp, read_only_folder: Path, monkeypatch
) -> None:
    code, shown = _run_app_capturing_boxes(monkeypatch, read_only_folder)
    assert code == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert "already running" not in title + text
    assert "read-only" in text and str(read_only_folder) in text


def test_a_missing_data_folder_under_a_read_only_one_is_reported(
    qapp, read_only_folder: Path, monkeypatch
) -> None:
    code, shown = _run_app_capturing_boxes(monkeypatch, read_only_folder / "data")
    assert code == 1
    assert "already running" not in shown[0][0] + shown[0][1]
    assert "read-only" in shown[0][1]


def test_a_data_folder_on_a_full_disk_is_reported_as_full(
    qapp, small_disk: Path, monkeypatch
) -> None:
    _fill(small_disk)
    code, shown = _run_app_capturing_boxes(monkeypatch, small_disk)
    assert code == 1
    title, text = shown[0]
    assert "already running" not in title + text
    assert "disk is full" in text


def test_a_log_that_cannot_be_written_does_not_stop_the_app(read_only_folder: Path) -> None:
    from app.error_reporting import configure_logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert configure_logging(read_only_folder) is None
        logging.getLogger("skill_ladder").error("still logged somewhere")
    finally:
        for handler in root.handlers[len(handlers) :]:
            root.removeHandler(handler)


def test_editing_on_a_full_disk_says_so_and_keeps_what_was_saved(small_disk: Path) -> None:
    framework = load_builtin_framework()
    repository = Repository(Database.in_directory(small_disk))
    person = repository.add_person("Kai")
    draft = repository.start_assessment(person.id, framework, "mlops-engineer", "senior")
    repository.set_note(draft.id, "ml-pipelines", "saved before the disk filled up")
    _fill(small_disk)
    with pytest.raises(StorageUnavailableError) as raised:
        for attempt in range(50):  # SQLite may fit a few pages in space it already holds
            repository.set_note(draft.id, f"skill-{attempt}", "x" * 60_000)
    assert raised.value.condition is StorageCondition.DISK_FULL
    assert "disk is full" in str(raised.value) and "Nothing was changed" in str(raised.value)
    assert "sqlalchemy" not in str(raised.value).lower() and "[SQL" not in str(raised.value)
    (small_disk / "filler").unlink()
    assert repository.assessment(draft.id).ratings["ml-pipelines"].note == (
        "saved before the disk filled up"
    )
    repository.database.close()


def test_the_window_explains_a_storage_error_plainly(qapp, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.error_reporting import install_excepthook

    shown: list[tuple[str, str]] = []

    def capture(_parent, title: str, text: str, *_args) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", capture)
    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(None)
    error = StorageUnavailableError(StorageCondition.DISK_FULL, "The disk is full; free some "
                                    "space. Nothing was changed.")  # fmt: skip
    sys.excepthook(type(error), error, None)
    assert shown == [("Your change was not saved", str(error))]
    shown.clear()
    boom = RuntimeError("unexpected")
    sys.excepthook(type(boom), boom, None)
    assert shown[0][0] == "Something went wrong"
    assert "could not be written to a log" in shown[0][1]
