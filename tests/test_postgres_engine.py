"""A team database on PostgreSQL: connecting, every kind of failure named, migrations that two
apps can run at once, a newer schema refused, and what differs from the file (uids, round
trips). Against the real server started by .ci/run (tests/storage_engines.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from core.exchange import parse_exchange
from core.framework_files import load_builtin_framework
from db.database import Database
from db.engines.postgres import PostgresDatabase, display_address, without_password
from db.errors import NewerSchemaError, StorageUnavailableError
from db.exchange_export import exchange_file_bytes
from db.exchange_import import import_assessment
from db.integrity import StorageCondition
from db.repository import Repository
from db.schema_version import HEAD_REVISION
from tests.bulk_data import add_people_with_history
from tests.storage_engines import (
    Storage,
    admin_execute,
    drop_server_database,
    empty_server_database,
    independent_rows,
    require_server,
    traced,
    url_for,
)
from tests.team_database import server_rows

FRAMEWORK = load_builtin_framework()
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def empty_database() -> str:
    """A database on the server with no tables; dropped afterwards."""
    name = empty_server_database()
    yield name
    drop_server_database(name)


def _refusal(conninfo: str) -> StorageUnavailableError:
    with pytest.raises(StorageUnavailableError) as raised:
        PostgresDatabase.connect(conninfo)
    return raised.value


def test_each_connection_failure_is_named(empty_database: str) -> None:
    url = url_for(empty_database)
    parts = psycopg.conninfo.conninfo_to_dict(url)
    unreachable = _refusal(psycopg.conninfo.make_conninfo(url, port="1", connect_timeout="3"))
    assert unreachable.condition is StorageCondition.UNREACHABLE
    assert "cannot be reached" in str(unreachable) and "127.0.0.1:1" in str(unreachable)

    wrong_password = _refusal(psycopg.conninfo.make_conninfo(url, password="not-the-password"))
    assert wrong_password.condition is StorageCondition.AUTHENTICATION
    assert "refused the user name or password" in str(wrong_password)
    assert "not-the-password" not in str(wrong_password)

    missing = _refusal(url_for("no_such_database_here"))
    assert missing.condition is StorageCondition.NO_DATABASE
    assert "no such database" in str(missing)

    tls = _refusal(psycopg.conninfo.make_conninfo(url, sslmode="require"))
    assert tls.condition is StorageCondition.TLS and "TLS" in str(tls)

    nonsense = _refusal("postgresql://[not-a-host")
    assert nonsense.condition is StorageCondition.BAD_ADDRESS
    assert parts["dbname"] == empty_database  # the good address still works:
    PostgresDatabase.connect(url).close()


def test_a_database_that_is_not_utf8_is_refused() -> None:
    name = f"sl_ascii_{datetime.now(UTC):%H%M%S%f}"
    admin_execute(f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
                  "TEMPLATE template0")  # fmt: skip
    try:
        refused = _refusal(url_for(name))
        assert refused.condition is StorageCondition.WRONG_ENCODING
        assert "UTF-8" in str(refused)
        assert server_rows(url_for(name), "SELECT to_regclass('people') IS NULL") == [(True,)]
    finally:
        drop_server_database(name)


def test_a_read_only_database_is_refused_at_connect(server_storage: Storage) -> None:
    name = psycopg.conninfo.conninfo_to_dict(server_storage.url)["dbname"]
    admin_execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    refused = _refusal(server_storage.url)
    assert refused.condition is StorageCondition.READ_ONLY


_START = """
import sys, time
from db.engines.postgres import PostgresDatabase
url, start_at = sys.argv[1], float(sys.argv[2])
time.sleep(max(0.0, start_at - time.time()))
database = PostgresDatabase.connect(url)
print(database.stored_revision())
database.close()
"""


def test_two_apps_migrating_an_empty_database_at_once_both_succeed(empty_database: str) -> None:
    url = url_for(empty_database)
    start_at = datetime.now(UTC).timestamp() + 2.0  # both imported and waiting by then
    apps = [
        subprocess.Popen([sys.executable, "-c", _START, url, str(start_at)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]  # fmt: skip
    results = [app.communicate(timeout=120) for app in apps]
    for app, (out, err) in zip(apps, results, strict=True):
        assert app.returncode == 0, err
        assert out.strip() == HEAD_REVISION
    assert server_rows(url_for(empty_database), "SELECT version_num FROM alembic_version") == [
        (HEAD_REVISION,)
    ]


def test_a_newer_schema_is_refused_with_the_version_needed(storage: Storage) -> None:
    database = storage.open()
    writer = database.engine
    from sqlalchemy import text

    with writer.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        connection.execute(
            text("UPDATE app_info SET value = '7.2.0' WHERE key = 'schema_app_version'")
        )
    database.close()
    with pytest.raises(NewerSchemaError, match=r"Install Skill Ladder 7\.2\.0 or newer") as raised:
        storage.open()
    if storage.kind == "postgresql":
        assert "team database" in str(raised.value)
        name = psycopg.conninfo.conninfo_to_dict(storage.url)["dbname"]
        assert server_rows(url_for(name), "SELECT version_num FROM alembic_version") == [("9999",)]


def test_an_identity_of_40_characters_imports_on_both_engines(
    tmp_path: Path, storage: Storage
) -> None:
    mine = Repository(Database.in_directory(tmp_path / "mine"))
    person = mine.add_person("Wen Li 李文")
    draft = mine.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
    mine.set_rating(draft.id, "ml-pipelines", "middle", rated=True)
    done = mine.complete(draft.id, FRAMEWORK)
    document = json.loads(
        exchange_file_bytes(mine, FRAMEWORK, done.id, exported_by="self",
                            now=datetime(2026, 12, 1, tzinfo=UTC))
    )  # fmt: skip
    long_uid = "a" * 40
    document["assessment"]["uid"] = long_uid
    document["person"]["id"] = "p" * 64
    raw = json.dumps(document).encode()
    managers = Repository(storage.open())
    result = import_assessment(managers, FRAMEWORK, parse_exchange(raw, "wen.json"), "wen.json")
    assert result.created
    rows = independent_rows(
        managers.database, "SELECT uid FROM assessments WHERE id = ?", (result.assessment_id,)
    )
    assert rows == [(long_uid,)]
    assert managers.person_by_uid("p" * 64) is not None


def test_the_team_data_is_read_in_a_handful_of_round_trips(storage: Storage) -> None:
    from app.controllers.team_presenter import compute_team

    database = storage.open()
    add_people_with_history(database, FRAMEWORK, "mlops-engineer", 1000, 2)
    repository = Repository(database)
    with traced(database) as statements:
        _overview, members = compute_team(repository, FRAMEWORK, "mlops-engineer")
    assert len(members) == 1000
    assert len(statements) <= 4, statements


def test_a_dropped_connection_is_made_again_for_the_next_read(server_storage: Storage) -> None:
    repository = Repository(server_storage.open())
    repository.add_person("Ana")
    reader = repository.database.reader()
    (pid,) = reader.execute("SELECT pg_backend_pid()").fetchone()
    admin_execute(f"SELECT pg_terminate_backend({pid})")
    assert [p.name for p in repository.people()] == ["Ana"]


def test_a_write_that_waits_too_long_for_a_lock_is_reported(
    server_storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.engines.postgres

    monkeypatch.setattr(db.engines.postgres, "_DEFAULT_TIMEOUTS", "-c lock_timeout=300")
    repository = Repository(server_storage.open())
    person = repository.add_person("Ana")
    with psycopg.connect(server_storage.url) as other:
        other.execute("SELECT * FROM people WHERE id = %s FOR UPDATE", (person.id,))
        with pytest.raises(StorageUnavailableError) as raised:
            repository.update_profile(person.id, name="Ana B")
    assert raised.value.condition is StorageCondition.LOCKED
    assert "try again" in str(raised.value)
    assert repository.person(person.id).name == "Ana"


def test_addresses_are_shown_without_passwords() -> None:
    url = "postgresql://kim:s3cret@db.example.org:6543/ladder?sslmode=verify-full"
    assert display_address(url) == "kim@db.example.org:6543/ladder"
    kept = without_password(url)
    assert "s3cret" not in kept and "sslmode=verify-full" in kept and "dbname=ladder" in kept
    assert display_address("service=team") == "service team"
    require_server()


def test_every_server_condition_has_its_own_plain_sentence() -> None:
    from db.engines.postgres import describe_server

    file_only = (StorageCondition.CORRUPT, StorageCondition.NOT_A_DATABASE)
    server = [c for c in StorageCondition if c not in file_only]
    sentences = {c: describe_server(c, "kim@db:5432/ladder") for c in server}
    assert len(set(sentences.values())) == len(server)  # OTHER: the general sentence
    assert all("kim@db:5432/ladder" in s and s.endswith(".") for s in sentences.values())
