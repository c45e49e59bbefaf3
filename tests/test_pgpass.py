"""The password file writer: private, one entry per server, database and user, and read by
libpq as it is."""

from __future__ import annotations

import stat
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from db.pgpass import pgpass_path, save_password, split_line
from db.team_connection import ConnectionFields
from tests.storage_engines import require_server


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "pgpass"
    save_password("db.example.org", "5432", "team", "ana", "s3cret", path)
    assert mode(path) == 0o600
    assert path.read_text(encoding="utf-8") == "db.example.org:5432:team:ana:s3cret\n"


def test_saving_again_replaces_the_entry_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    path.write_text(
        "# my servers\nother:5432:*:bob:pw1\ndb:5432:team:ana:old\ndb:5432:team:ana:older\n",
        encoding="utf-8",
    )
    path.chmod(0o644)
    save_password("db", "5432", "team", "ana", "new", path)
    save_password("db", "5432", "team", "ana", "newest", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == ["# my servers", "other:5432:*:bob:pw1", "db:5432:team:ana:newest"]
    assert mode(path) == 0o600
    save_password("db", "5433", "team", "ana", "elsewhere", path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 4


def test_colons_and_backslashes_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    save_password("fe80::1", "5432", "team", "ana", r"a:b\c", path)
    line = path.read_text(encoding="utf-8").strip()
    assert line == r"fe80\:\:1:5432:team:ana:a\:b\\c"
    assert split_line(line) == ["fe80::1", "5432", "team", "ana", r"a:b\c"]
    save_password("fe80::1", "5432", "team", "ana", "plain", path)
    assert path.read_text(encoding="utf-8").count("\n") == 1


def test_pgpassfile_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "mine"))
    assert pgpass_path() == tmp_path / "mine"
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert pgpass_path() == tmp_path / ".pgpass"


def test_libpq_logs_in_with_the_saved_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = conninfo_to_dict(require_server())
    password = parts.pop("password")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    fields = ConnectionFields(
        host=parts["host"], port=str(parts.get("port", "")), dbname=parts["dbname"],
        user=parts["user"],
    )  # fmt: skip
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(make_conninfo(**parts)).close()
    save_password(*fields.pgpass_entry(), password)
    save_password(*fields.pgpass_entry(), password)  # again: still one line
    assert (tmp_path / "pgpass").read_text(encoding="utf-8").count("\n") == 1
    with psycopg.connect(fields.conninfo()) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (parts["user"],)
