"""skill-ladder backup / restore / check, and what data commands say about a damaged file."""

from __future__ import annotations

import os
import re
from pathlib import Path

from db.database import DATABASE_FILE, Database
from db.repository import Repository
from tests.cli_runner import run_cli


def _names(data_dir: Path) -> list[str]:
    database = Database.in_directory(data_dir)
    try:
        return [p.name for p in Repository(database).people()]
    finally:
        database.close()


def test_backup_list_check_and_restore(data_dir: Path) -> None:
    assert run_cli("demo").returncode == 0
    made = run_cli("backup")
    assert made.returncode == 0, made.stderr
    backup_path = Path(re.search(r"verified: (\S+)", made.stdout).group(1))
    assert backup_path.is_file() and backup_path.parent == data_dir / "backups"
    listed = run_cli("backup", "--list")
    assert "manual" in listed.stdout and str(backup_path) in listed.stdout
    assert run_cli("check").returncode == 0
    full = run_cli("check", "--full")
    assert full.returncode == 0 and "ok (full check)" in full.stdout

    database = Database.in_directory(data_dir)
    Repository(database).add_person("Added after the backup")
    database.close()
    assert "Added after the backup" in _names(data_dir)

    restored = run_cli("restore", str(backup_path))
    assert restored.returncode == 0, restored.stderr
    assert "backed up first" in restored.stdout
    assert "Added after the backup" not in _names(data_dir)
    reasons = run_cli("backup", "--list").stdout
    assert "before-restore" in reasons


def test_restore_is_refused_while_the_app_runs(data_dir: Path) -> None:
    assert run_cli("demo").returncode == 0
    backup_path = Path(re.search(r"verified: (\S+)", run_cli("backup").stdout).group(1))
    (data_dir / ".skill-ladder.lock").write_text(f"{os.getpid()}\nskill-ladder\nhost\n")
    refused = run_cli("restore", str(backup_path))
    assert refused.returncode == 1 and "running on this data folder" in refused.stderr
    (data_dir / ".skill-ladder.lock").write_text("999999999\nskill-ladder\nhost\n")  # crashed
    assert run_cli("restore", str(backup_path)).returncode == 0


def test_damaged_file_is_reported_by_check_and_moved_aside_by_data_commands(
    data_dir: Path,
) -> None:
    assert run_cli("demo").returncode == 0
    assert run_cli("backup").returncode == 0
    path = data_dir / DATABASE_FILE
    with path.open("r+b") as handle:
        handle.write(b"garbage garbage garbage garbage!")
    checked = run_cli("check")
    assert checked.returncode == 1 and "problems found" in checked.stderr
    assert path.exists()  # check never moves anything

    people = run_cli("people")
    assert people.returncode == 1
    assert "moved aside" in people.stderr and "newest good backup" in people.stderr
    assert "Traceback" not in people.stderr
    assert not path.exists() and list(data_dir.glob("skill-ladder.damaged-*.sqlite3"))


def test_backup_without_data_says_so(data_dir: Path) -> None:
    result = run_cli("backup")
    assert result.returncode == 1 and "no data file" in result.stderr


def test_process_alive_tells_running_from_finished() -> None:
    import subprocess
    import sys

    from core.processes import process_alive

    assert process_alive(os.getpid())
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    assert not process_alive(int(finished.stdout))
    assert not process_alive(0)
