"""Set-up: file dialogs open in a sensible folder; `make run` installs only what running needs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import main_window

ROOT = Path(__file__).resolve().parent.parent


def _answer_file_dialog(answer: Callable[[QFileDialog], None]) -> list[str]:
    """When the next file dialog is up: note the folder it shows, then ``answer`` it."""
    seen: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            answer(dialog)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)
    return seen


@pytest.mark.usefixtures("qt_settings")
def test_file_dialogs_start_at_home_or_documents_then_the_last_folder(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    monkeypatch.chdir(checkout)  # `make run` starts the app in the source checkout
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    with main_window(qtbot, data_dir) as window:
        export = window.menu_actions.export_person_csv
        # No Documents folder on a fresh system: home, not the current directory.
        seen = _answer_file_dialog(lambda dialog: dialog.reject())
        export.trigger()
        assert seen == [str(home)]
        # Once there is one, Documents.
        (home / "Documents").mkdir()
        seen = _answer_file_dialog(lambda dialog: dialog.reject())
        export.trigger()
        assert seen == [str(home / "Documents")]

        # Save somewhere else: the next dialog (another one) opens there.
        def save_elsewhere(dialog: QFileDialog) -> None:
            dialog.selectFile(str(elsewhere / "history.csv"))
            dialog.accept()

        seen = _answer_file_dialog(save_elsewhere)
        export.trigger()
        # (The dialog may keep the suggested name: its file list fills in the background.)
        qtbot.waitUntil(lambda: any(elsewhere.glob("*.csv")), timeout=10_000)
        qtbot.waitUntil(lambda: window.exchange.runner.result_box is not None)
        window.exchange.runner.result_box.close()
        seen = _answer_file_dialog(lambda dialog: dialog.reject())
        window.menu_actions.import_exchange.trigger()
        assert seen == [str(elsewhere)]


def _make_dry_run(target: str) -> str:
    """The commands `make <target>` would run from scratch (nothing installed yet)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    result = subprocess.run(
        [make, "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout


def test_make_run_installs_only_what_running_needs() -> None:
    commands = _make_dry_run("run")
    assert "pip install --quiet -e ." in commands
    assert "[test]" not in commands
    assert "system-deps.sh desktop" in commands
    assert "system-deps.sh test" not in commands
    test_commands = _make_dry_run("test")
    assert "-e '.[test]'" in test_commands
    assert "system-deps.sh test" in test_commands


def _system_packages(mode: str) -> set[str]:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "system-deps.sh"), mode, "--list"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return set(result.stdout.split())


def test_system_packages_per_use() -> None:
    desktop, headless, test = (_system_packages(m) for m in ("desktop", "headless", "test"))
    package_tools = {"binutils", "dpkg-dev", "desktop-file-utils", "xz-utils"}
    assert "libxcb-cursor0" in desktop and "libegl1" in desktop
    assert not desktop & package_tools
    assert not any(p.startswith("libpython") for p in desktop | headless)
    assert "libxcb-cursor0" not in headless and "libegl1" in headless
    assert package_tools <= test and desktop <= test
