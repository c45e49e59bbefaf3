"""``skill-ladder team copy-to-server`` and ``copy-from-server`` against a real server."""

from __future__ import annotations

from pathlib import Path

from db.database import Database
from tests.cli_runner import run_cli
from tests.transfer_data import everything, everything_at

SAMPLE = "Sample: Alex Rivera"


def _local(data_dir: Path) -> dict[str, list[tuple]]:
    database = Database.in_directory(data_dir)
    try:
        return everything(database)
    finally:
        database.close()


def test_local_data_goes_to_the_server_and_back_into_a_new_file(
    data_dir: Path, tmp_path: Path, team_url: str
) -> None:
    assert run_cli("demo").returncode == 0
    run_cli("people")  # the sample person is there
    local = _local(data_dir)
    copied = run_cli("team", "copy-to-server", team_url)
    assert copied.returncode == 0, copied.stderr
    assert "Copied 1 person to the team database" in copied.stdout
    assert "4 assessments" in copied.stdout and "3 action items" in copied.stdout
    assert everything_at(team_url) == local

    again = run_cli("team", "copy-to-server", team_url)
    assert again.returncode == 1
    assert SAMPLE in again.stderr and "--skip-existing" in again.stderr
    assert "Traceback" not in again.stderr
    skipped = run_cli("team", "copy-to-server", team_url, "--skip-existing")
    assert skipped.returncode == 0, skipped.stderr
    assert "Copied 0 people" in skipped.stdout and f"already there: {SAMPLE}" in skipped.stdout
    assert everything_at(team_url) == local

    out = tmp_path / "from-server.sqlite3"
    back = run_cli("team", "copy-from-server", team_url, str(out), "--person", SAMPLE)
    assert back.returncode == 0, back.stderr
    assert "Copied 1 person to the file from-server.sqlite3" in back.stdout
    database = Database.open(out)
    assert everything(database) == local
    database.close()
    assert _local(data_dir) == local  # nothing removed locally


def test_an_existing_file_is_never_overwritten(tmp_path: Path, team_url: str) -> None:
    out = tmp_path / "mine.sqlite3"
    out.write_bytes(b"precious")
    refused = run_cli("team", "copy-from-server", team_url, str(out))
    assert refused.returncode == 1
    assert "exists already" in refused.stderr and "Traceback" not in refused.stderr
    assert out.read_bytes() == b"precious"


def test_unknown_people_and_unreachable_servers_are_said_plainly(
    data_dir: Path, tmp_path: Path, team_url: str
) -> None:
    assert run_cli("demo").returncode == 0
    nobody = run_cli("team", "copy-to-server", team_url, "--person", "Nobody")
    assert nobody.returncode == 1
    assert "no person called 'Nobody'" in nobody.stderr and "Traceback" not in nobody.stderr
    assert everything_at(team_url)["people"] == []
    out = tmp_path / "new.sqlite3"
    unreachable = run_cli("team", "copy-from-server", "postgresql://127.0.0.1:1/x", str(out))
    assert unreachable.returncode == 1
    assert "cannot be reached" in unreachable.stderr and "Traceback" not in unreachable.stderr
    assert not out.exists()
    missing = run_cli("team", "copy-from-server", team_url, str(out), "--person", "Nobody")
    assert missing.returncode == 1 and "no person called 'Nobody'" in missing.stderr
    assert not out.exists()  # the new file is removed again when nothing was copied


def test_the_messages_are_in_chinese(data_dir: Path, team_url: str) -> None:
    assert run_cli("demo").returncode == 0
    copied = run_cli("--lang", "zh_CN", "team", "copy-to-server", team_url)
    assert copied.returncode == 0, copied.stderr
    assert "团队数据库" in copied.stdout and "4 份评估" in copied.stdout
    again = run_cli("--lang", "zh_CN", "team", "copy-to-server", team_url)
    assert again.returncode == 1 and "中已有 1 人" in again.stderr
