"""Who sees whom in a team database, enforced by PostgreSQL itself: a manager with a raw SQL
prompt reads only their own people, a person's account only their own data, a department head
their department; administration steps are idempotent and refused without the rights."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from core.framework_files import load_builtin_framework
from db.engines.postgres import PostgresDatabase
from db.engines.postgres_team import (
    TeamAdminError,
    add_manager,
    add_person,
    current_account,
    init_team,
    move_person,
)
from db.repository import Repository
from tests.cli_runner import SCRIPT
from tests.storage_engines import Storage, admin_execute

FRAMEWORK = load_builtin_framework()
PASSWORD = "team-test-password"


@pytest.fixture
def team(server_storage: Storage) -> Iterator[dict[str, str]]:
    """A team database set up by its owner, with two managers, a head and a person account;
    the logins (unique to the test) are dropped afterwards."""
    suffix = uuid.uuid4().hex[:8]
    logins = {k: f"{k}_{suffix}" for k in ("ana", "bo", "head", "cleo")}
    owner = server_storage.open()
    init_team(owner)
    add_manager(owner, logins["ana"], department="platform", password=PASSWORD)
    add_manager(owner, logins["bo"], department="research", password=PASSWORD)
    add_manager(owner, logins["head"], head=True, department="research", password=PASSWORD)
    add_person(owner, "Ana's report", manager=logins["ana"])
    add_person(owner, "Cleo", manager=logins["bo"], login=logins["cleo"], password=PASSWORD)
    add_person(owner, "Bo's other report", manager=logins["bo"])
    repository = Repository(owner)
    for person in repository.people():
        draft = repository.start_assessment(person.id, FRAMEWORK, "mlops-engineer", "senior")
        repository.set_rating(draft.id, "ml-pipelines", "middle", rated=True)
        repository.set_note(draft.id, "ml-pipelines", f"note of {person.name}")
        repository.set_manager_rating(draft.id, "ml-pipelines", "junior", rated=True)
        repository.add_meeting(person.id, __import__("datetime").date(2026, 12, 1), "1:1")
    owner.close()
    yield {"url": server_storage.url, **logins}
    server_storage.close_all()
    name = psycopg.conninfo.conninfo_to_dict(server_storage.url)["dbname"]
    admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    for login in logins.values():
        admin_execute(f"DROP ROLE IF EXISTS {login}")


def _as(team: dict[str, str], who: str) -> str:
    return psycopg.conninfo.make_conninfo(team["url"], user=team[who], password=PASSWORD)


def _names(conninfo: str, sql: str) -> list:
    with psycopg.connect(conninfo) as connection:
        return sorted(row[0] for row in connection.execute(sql))


def test_a_manager_reads_only_their_own_people_with_raw_sql(team: dict[str, str]) -> None:
    ana = _as(team, "ana")
    assert _names(ana, "SELECT name FROM people") == ["Ana's report"]
    notes = _names(ana, "SELECT note FROM ratings")
    assert notes == ["note of Ana's report"]
    assert len(_names(ana, "SELECT id FROM assessments")) == 1
    assert len(_names(ana, "SELECT id FROM manager_ratings")) == 1
    assert len(_names(ana, "SELECT id FROM meetings")) == 1
    with psycopg.connect(ana) as connection:
        changed = connection.execute("UPDATE people SET notes = 'x' WHERE name = 'Cleo'")
        assert changed.rowcount == 0  # invisible, so untouchable
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO people (name, uid, is_owner, notes, is_sample, created_at, "
                "manager_login) VALUES ('Stolen', 'u1', false, '', false, now(), %s)",
                (team["bo"],),
            )


def test_a_persons_account_sees_only_their_own_data(team: dict[str, str]) -> None:
    cleo = _as(team, "cleo")
    assert _names(cleo, "SELECT name FROM people") == ["Cleo"]
    assert _names(cleo, "SELECT note FROM ratings") == ["note of Cleo"]
    assert len(_names(cleo, "SELECT id FROM meetings")) == 1  # their own one-on-ones, read-only
    for statement in (
        "UPDATE manager_ratings SET level_id = 'principal'",
        "DELETE FROM meetings",
        "UPDATE people SET manager_login = session_user",
    ):
        with (
            psycopg.connect(cleo) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute(statement)


def test_a_person_submits_a_self_assessment_through_the_app(team: dict[str, str]) -> None:
    database = PostgresDatabase.connect(_as(team, "cleo"))
    try:
        account = current_account(database)
        assert (account.kind, account.login) == ("person", team["cleo"])
        repository = Repository(database)
        (me,) = repository.people()
        draft = repository.start_assessment(me.id, FRAMEWORK, "mlops-engineer", "senior")
        repository.set_rating(draft.id, "ml-cicd", "senior", rated=True)
        assert repository.complete(draft.id, FRAMEWORK).is_completed
    finally:
        database.close()
    bo = _as(team, "bo")
    assert "senior" in _names(bo, "SELECT level_id FROM ratings WHERE skill_id = 'ml-cicd'")


def test_a_head_sees_the_department_and_a_move_changes_who_sees(team: dict[str, str]) -> None:
    head = _as(team, "head")
    assert _names(head, "SELECT name FROM people") == ["Bo's other report", "Cleo"]
    owner = PostgresDatabase.connect(team["url"])
    try:
        move_person(owner, "Cleo", manager=team["ana"])
    finally:
        owner.close()
    assert _names(_as(team, "ana"), "SELECT name FROM people") == ["Ana's report", "Cleo"]
    assert _names(_as(team, "bo"), "SELECT name FROM people") == ["Bo's other report"]


def test_a_manager_adding_a_person_in_the_app_owns_them(team: dict[str, str]) -> None:
    database = PostgresDatabase.connect(_as(team, "ana"))
    try:
        assert current_account(database).kind == "manager"
        Repository(database).add_person("New hire")
    finally:
        database.close()
    assert "New hire" in _names(_as(team, "ana"), "SELECT name FROM people")
    assert "New hire" not in _names(_as(team, "bo"), "SELECT name FROM people")
    # Bo's new person joins Bo's department, which the research head sees.
    database = PostgresDatabase.connect(_as(team, "bo"))
    try:
        Repository(database).add_person("Research hire")
    finally:
        database.close()
    assert "Research hire" in _names(_as(team, "head"), "SELECT name FROM people")


def test_administration_is_idempotent_and_refused_without_the_rights(
    team: dict[str, str],
) -> None:
    owner = PostgresDatabase.connect(team["url"])
    try:
        init_team(owner)  # again: nothing breaks, nothing doubles
        add_manager(owner, team["ana"], department="platform", password=PASSWORD)
        add_person(owner, "Ana's report", manager=team["ana"])
        assert _names(_as(team, "ana"), "SELECT name FROM people") == ["Ana's report"]
        with pytest.raises(TeamAdminError, match="not a manager"):
            add_person(owner, "Zed", manager=team["cleo"])
        with pytest.raises(TeamAdminError, match="cannot be a login"):
            add_manager(owner, "Robert'); DROP TABLE people;--")
    finally:
        owner.close()
    manager = PostgresDatabase.connect(_as(team, "ana"))
    try:
        with pytest.raises(TeamAdminError, match="may not create roles"):
            init_team(manager)
        with pytest.raises(TeamAdminError, match="may not create roles"):
            add_manager(manager, "mallory")
    finally:
        manager.close()


def _cli(*args: str, url: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "team", *args, "--database-url", url],
        input=stdin, capture_output=True, text=True, timeout=120,
        env={**os.environ, "SKILL_LADDER_DATABASE_URL": ""},
    )  # fmt: skip


def test_the_team_commands_set_up_a_database_and_refuse_without_rights(
    server_storage: Storage,
) -> None:
    login = f"dana_{uuid.uuid4().hex[:8]}"
    url = server_storage.url
    try:
        first = _cli("init", url=url)
        assert first.returncode == 0, first.stderr
        assert "row-level security" in first.stdout
        assert _cli("init", url=url).returncode == 0  # idempotent
        added = _cli("add-manager", login, "--department", "platform", "--password-stdin",
                     url=url, stdin=PASSWORD + "\n")  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert f"Added manager '{login}' of platform" in added.stdout
        person = _cli("add-person", "Eli", "--manager", login, url=url)
        assert person.returncode == 0 and "Added 'Eli'" in person.stdout
        as_dana = psycopg.conninfo.make_conninfo(url, user=login, password=PASSWORD)
        whoami = _cli("whoami", url=as_dana)
        assert whoami.returncode == 0, whoami.stderr
        assert f"{login} on" in whoami.stdout and "sees 1 person" in whoami.stdout
        refused = _cli("add-manager", "mallory", url=as_dana)
        assert refused.returncode == 1
        assert "may not create roles" in refused.stderr and "Traceback" not in refused.stderr
        unknown = _cli("add-person", "Fay", "--manager", "nobody_here", url=url)
        assert unknown.returncode == 1 and "not a manager" in unknown.stderr
    finally:
        server_storage.close_all()
        name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
        admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin_execute(f"DROP ROLE IF EXISTS {login}")


def test_team_commands_without_a_database_say_what_to_give() -> None:
    result = subprocess.run(
        [str(SCRIPT), "team", "whoami"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "SKILL_LADDER_DATABASE_URL": ""},
    )  # fmt: skip
    assert result.returncode == 1
    assert "--database-url" in result.stderr and "Traceback" not in result.stderr


def test_deleting_an_assessment_keeps_a_role_version_another_manager_uses(
    team: dict[str, str],
) -> None:
    """Each manager sees only their own assessments, so a version both froze must survive one
    manager's deletion (its foreign key keeps it), and the deletion itself must succeed."""
    completed = {}
    for who in ("ana", "bo"):
        database = PostgresDatabase.connect(_as(team, who))
        try:
            repository = Repository(database)
            person = repository.people()[0]
            draft = next(a for a in repository.summaries(person.id) if not a.is_completed)
            completed[who] = repository.complete(draft.id, FRAMEWORK)
        finally:
            database.close()
    assert completed["ana"].snapshot_key == completed["bo"].snapshot_key
    database = PostgresDatabase.connect(_as(team, "ana"))
    try:
        Repository(database).delete_assessment(completed["ana"].id)
    finally:
        database.close()
    database = PostgresDatabase.connect(_as(team, "bo"))
    try:
        kept = Repository(database).assessment(completed["bo"].id)
        assert kept.role_snapshot is not None and kept.is_completed
    finally:
        database.close()


def _window_as(qtbot, team: dict[str, str], who: str, data_dir: Path) -> tuple:
    from app.context import AppContext
    from app.main import open_main_window

    database = PostgresDatabase.connect(_as(team, who))
    window = open_main_window(AppContext(FRAMEWORK, Repository(database), data_dir))
    qtbot.addWidget(window)
    return window, database


@pytest.mark.usefixtures("qt_settings")
def test_the_window_shows_the_mode_and_hides_the_managers_screens_from_a_person(
    qtbot, team: dict[str, str], tmp_path
) -> None:
    from app.main_window import ASSESS_TAB, MEETINGS_TAB, TEAM_TAB

    window, database = _window_as(qtbot, team, "cleo", tmp_path / "cleo")
    try:
        assert f"{team['cleo']}@" in window.windowTitle()
        assert "your own account: sees only your data" in window.windowTitle()
        assert not window.tabs.isTabVisible(TEAM_TAB)
        assert not window.tabs.isTabVisible(MEETINGS_TAB)
        assert window.tabs.isTabVisible(ASSESS_TAB)
        actions = window.menu_actions
        assert not actions.new_person.isVisible() and not actions.export_team_csv.isVisible()
        assert window.person_bar.new_button.isHidden()
        assert window.person_bar.show_archived.isHidden()
        assert [p.name for p in window.controller.people] == ["Cleo"]
        assert not window.controller.manager_ratings_editable
    finally:
        window.close()
        database.close()
    window, database = _window_as(qtbot, team, "ana", tmp_path / "ana")
    try:
        assert "manager: sees your people" in window.windowTitle()
        assert window.tabs.isTabVisible(TEAM_TAB) and window.tabs.isTabVisible(MEETINGS_TAB)
        assert window.menu_actions.new_person.isVisible()
        assert not window.person_bar.new_button.isHidden()
        assert [p.name for p in window.controller.people] == ["Ana's report"]
    finally:
        window.close()
        database.close()


def test_a_manager_copies_their_local_people_in_and_owns_them(
    team: dict[str, str], tmp_path: Path
) -> None:
    from db.database import Database
    from db.transfer import copy_people

    local = Database.in_directory(tmp_path / "local")
    Repository(local).add_person("Dev from the file")
    server = PostgresDatabase.connect(_as(team, "ana"))
    try:
        result = copy_people(local, server)
        assert result is not None
    finally:
        server.close()
        local.close()
    assert "Dev from the file" in _names(_as(team, "ana"), "SELECT name FROM people")
    assert "Dev from the file" not in _names(_as(team, "bo"), "SELECT name FROM people")


def test_frameworks_a_manager_installs_are_shared_and_a_person_only_reads_them(
    team: dict[str, str],
) -> None:
    import dataclasses

    from core.framework_library import FrameworkLibrary

    company = dataclasses.replace(FRAMEWORK, id="acme-ladder", name="ACME ladder", file="")
    ana = PostgresDatabase.connect(_as(team, "ana"))
    try:
        FrameworkLibrary(FRAMEWORK, Repository(ana)).install(company)
    finally:
        ana.close()
    assert _names(_as(team, "bo"), "SELECT id FROM frameworks") == ["acme-ladder"]
    assert _names(_as(team, "cleo"), "SELECT name FROM frameworks") == ["ACME ladder"]
    with (
        psycopg.connect(_as(team, "cleo")) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("DELETE FROM frameworks")
