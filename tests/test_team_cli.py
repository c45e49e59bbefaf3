"""The command line in team mode: ``--database-url`` / ``SKILL_LADDER_DATABASE_URL`` read and
write the server, every failure is said plainly, no local data file is ever made, and the file
care commands refuse with the reason."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from db.database import DATABASE_FILE
from db.engines.postgres import PostgresDatabase
from db.repository import Repository
from tests.cli_runner import run_cli
from tests.team_database import free_port, server_rows, with_parts


def test_demo_and_people_use_the_server_and_make_no_local_file(
    team_url: str, data_dir: Path
) -> None:
    result = run_cli("--database-url", team_url, "demo")
    assert result.returncode == 0, result.stderr
    assert "127.0.0.1" in result.stdout and DATABASE_FILE not in result.stdout
    rows = server_rows(team_url, "SELECT name, is_sample FROM people")
    assert rows == [("Sample: Alex Rivera", True)]
    statuses = server_rows(
        team_url, "SELECT status, count(*) FROM assessments GROUP BY status ORDER BY status"
    )
    assert statuses == [("completed", 3), ("draft", 1)]

    with Repository(PostgresDatabase.connect(team_url)) as repository:  # another client
        repository.add_person("Bo 李")
    listed = run_cli("people", "--json", "--database-url", team_url)  # after the command too
    assert listed.returncode == 0, listed.stderr
    assert "Bo 李" in listed.stdout and "Sample: Alex Rivera" in listed.stdout
    assert not (data_dir / DATABASE_FILE).exists()
    assert list(data_dir.iterdir()) == []


def test_the_environment_names_the_team_database_and_the_option_wins(
    team_url: str, data_dir: Path
) -> None:
    result = run_cli("demo", env={"SKILL_LADDER_DATABASE_URL": team_url})
    assert result.returncode == 0, result.stderr
    assert server_rows(team_url, "SELECT count(*) FROM people") == [(1,)]
    missing = with_parts(team_url, dbname="sl_no_such_database")
    refused = run_cli("people", env={"SKILL_LADDER_DATABASE_URL": missing})
    assert refused.returncode == 1 and "no such database" in refused.stderr
    chosen = run_cli(
        "--database-url", team_url, "people", env={"SKILL_LADDER_DATABASE_URL": missing}
    )
    assert chosen.returncode == 0, chosen.stderr
    assert "Sample: Alex Rivera" in chosen.stdout
    assert not (data_dir / DATABASE_FILE).exists()


def test_key_value_connection_strings_with_tls_options_reach_libpq(
    team_url: str, data_dir: Path
) -> None:
    parts = conninfo_to_dict(team_url)
    parts["sslmode"] = "disable"
    parts["application_name"] = "cli test"
    result = run_cli("--database-url", make_conninfo(**parts), "demo")
    assert result.returncode == 0, result.stderr
    # sslmode=require on this server without TLS: libpq was given the option as it was.
    tls = run_cli("--database-url", with_parts(team_url, sslmode="require"), "people")
    assert tls.returncode == 1
    assert "secure (TLS) connection" in tls.stderr and "Traceback" not in tls.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("port", "cannot be reached"),
        ("password", "refused the user name or password"),
        ("dbname", "There is no such database on the server"),
        ("sslmode", "A secure (TLS) connection"),
        ("service", "connection settings for"),
    ],
)
def test_every_failure_is_said_plainly(
    team_url: str, data_dir: Path, change: str, expected: str
) -> None:
    bad = {
        "port": with_parts(team_url, port=str(free_port())),
        "password": with_parts(team_url, password="not the password"),
        "dbname": with_parts(team_url, dbname="sl_no_such_database"),
        "sslmode": with_parts(team_url, sslmode="require"),
        "service": "service=sl_no_such_service",
    }[change]
    result = run_cli("--database-url", bad, "people")
    assert result.returncode == 1
    assert result.stderr.startswith("skill-ladder: ") and expected in result.stderr
    assert "Traceback" not in result.stderr
    assert "not the password" not in result.stderr
    assert not (data_dir / DATABASE_FILE).exists()


def test_a_newer_schema_on_the_server_names_the_version_needed(
    team_url: str, data_dir: Path
) -> None:
    with psycopg.connect(team_url, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        connection.execute("UPDATE app_info SET value = '42.0' WHERE key = 'schema_app_version'")
    result = run_cli("--database-url", team_url, "people")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Skill Ladder 42.0 or newer" in result.stderr
    assert server_rows(team_url, "SELECT version_num FROM alembic_version") == [("f00dfeed9999",)]


@pytest.mark.parametrize("command", [["backup"], ["backup", "--list"], ["check"],
                                     ["restore", "some-backup.sqlite3"]])  # fmt: skip
def test_file_care_commands_refuse_in_team_mode(
    team_url: str, data_dir: Path, command: list[str]
) -> None:
    result = run_cli("--database-url", team_url, *command)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "made on the server by its administrator" in result.stderr
    assert "pg_dump" in result.stderr
    assert list(data_dir.iterdir()) == []
