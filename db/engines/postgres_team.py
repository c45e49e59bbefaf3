"""Who sees whom in a team database, enforced by PostgreSQL: roles, grants, row-level security.

``skill-ladder team init`` (:func:`init_team`) makes three group roles and the policies; each
login is a member of one group and has a row in ``accounts``:

- ``skill_ladder_manager``: sees and edits the people they own (``people.manager_login``);
- ``skill_ladder_head``: the same, plus everyone of their department;
- ``skill_ladder_person``: sees only their own person and assessments; may rate themselves
  (assessments, ratings, goals) but not give manager ratings or edit one-on-ones.

The database's owner (who runs ``team init``) is not subject to the policies and administers
it. Every step is idempotent, in one transaction, and refused with a plain message when the
login lacks the rights. Policies ask SECURITY DEFINER functions (owned by the owner, so they
read ``accounts`` and ``people`` without recursion) about ``session_user``, the login.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from core.access import Account
from core.i18n import translate
from db.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from db.engines.postgres import PostgresDatabase

GROUPS = {
    "head": "skill_ladder_head",
    "manager": "skill_ladder_manager",
    "person": "skill_ladder_person",
}
PERSON_TABLES = ("assessments", "goals")  # a person's own account writes these
MANAGER_TABLES = ("meetings", "action_items")  # read by the person, written by managers
ASSESSMENT_CHILDREN = ("ratings",)
MANAGER_CHILDREN = ("manager_ratings",)
PROTECTED = ("people", *PERSON_TABLES, *MANAGER_TABLES, *ASSESSMENT_CHILDREN, *MANAGER_CHILDREN,
             "accounts")  # fmt: skip
PERSON_EDITABLE_COLUMNS = ("role_id", "framework_id", "current_level", "target_level", "notes", "start_date",
                           "version")  # fmt: skip
_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class TeamAdminError(StorageError):
    """An administration step that was refused; nothing was changed."""


_FUNCTIONS = """
CREATE OR REPLACE FUNCTION skill_ladder_account_kind() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT kind FROM accounts WHERE login = session_user
$$;
CREATE OR REPLACE FUNCTION skill_ladder_may_see(
    person integer, manager text, person_department text
) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM accounts AS a WHERE a.login = session_user AND (
            (a.kind IN ('manager', 'head') AND manager = session_user)
            OR (a.kind = 'head' AND a.department IS NOT NULL
                AND person_department = a.department)
            OR (a.kind = 'person' AND a.person_id = person)
        )
    )
$$;
CREATE OR REPLACE FUNCTION skill_ladder_sees_person(person integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT coalesce((
        SELECT skill_ladder_may_see(p.id, p.manager_login, p.department)
        FROM people AS p WHERE p.id = person
    ), false)
$$;
REVOKE ALL ON FUNCTION skill_ladder_account_kind() FROM PUBLIC;
REVOKE ALL ON FUNCTION skill_ladder_may_see(integer, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION skill_ladder_sees_person(integer) FROM PUBLIC;
"""

_MANAGES = "skill_ladder_account_kind() IN ('manager', 'head')"


def _policies() -> list[str]:
    """Every policy, as (re)created by :func:`init_team`."""
    statements = [
        # people: seen by their manager, their department's head, themselves.
        "CREATE POLICY see ON people FOR SELECT "
        "USING (skill_ladder_may_see(id, manager_login, department))",
        f"CREATE POLICY add ON people FOR INSERT WITH CHECK ({_MANAGES} "
        "AND skill_ladder_may_see(id, manager_login, department))",
        "CREATE POLICY change ON people FOR UPDATE "
        "USING (skill_ladder_may_see(id, manager_login, department)) "
        "WITH CHECK (skill_ladder_may_see(id, manager_login, department))",
        f"CREATE POLICY remove ON people FOR DELETE USING ({_MANAGES} "
        "AND skill_ladder_may_see(id, manager_login, department))",
        # accounts: one's own; a head sees the others too. Only the owner changes them.
        "CREATE POLICY see ON accounts FOR SELECT "
        "USING (login = session_user OR skill_ladder_account_kind() = 'head')",
    ]
    for table in PERSON_TABLES:
        statements.append(
            f"CREATE POLICY own ON {table} FOR ALL USING (skill_ladder_sees_person(person_id)) "
            "WITH CHECK (skill_ladder_sees_person(person_id))"
        )
    for table in MANAGER_TABLES:
        statements += [
            f"CREATE POLICY see ON {table} FOR SELECT USING (skill_ladder_sees_person(person_id))",
            f"CREATE POLICY manage ON {table} FOR ALL "
            f"USING ({_MANAGES} AND skill_ladder_sees_person(person_id)) "
            f"WITH CHECK ({_MANAGES} AND skill_ladder_sees_person(person_id))",
        ]
    # Children of an assessment follow it: the subquery is filtered by assessments' own policy.
    visible = "EXISTS (SELECT 1 FROM assessments AS a WHERE a.id = assessment_id)"
    for table in ASSESSMENT_CHILDREN:
        statements.append(
            f"CREATE POLICY own ON {table} FOR ALL USING ({visible}) WITH CHECK ({visible})"
        )
    for table in MANAGER_CHILDREN:
        statements += [
            f"CREATE POLICY see ON {table} FOR SELECT USING ({visible})",
            f"CREATE POLICY manage ON {table} FOR ALL USING ({_MANAGES} AND {visible}) "
            f"WITH CHECK ({_MANAGES} AND {visible})",
        ]
    return statements


def _grants(database_name: str, schema: str) -> list[str]:
    groups = ", ".join(GROUPS.values())
    managers = f"{GROUPS['head']}, {GROUPS['manager']}"
    person = GROUPS["person"]
    data = ", ".join(t for t in PROTECTED if t not in ("people", "accounts"))
    person_data = ", ".join((*PERSON_TABLES, *ASSESSMENT_CHILDREN))
    return [
        f'GRANT CONNECT ON DATABASE "{database_name}" TO {groups}',
        f"GRANT USAGE ON SCHEMA {schema} TO {groups}",
        f"GRANT SELECT ON alembic_version, app_info, accounts TO {groups}",
        f"GRANT SELECT, INSERT, DELETE ON role_snapshots TO {groups}",
        f"GRANT SELECT ON frameworks TO {groups}",
        f"GRANT INSERT, UPDATE, DELETE ON frameworks TO {managers}",
        f"GRANT SELECT ON people, meetings, action_items, manager_ratings TO {person}",
        f"GRANT UPDATE ({', '.join(PERSON_EDITABLE_COLUMNS)}) ON people TO {person}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {person_data} TO {person}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON people, {data} TO {managers}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {groups}",
        f"GRANT EXECUTE ON FUNCTION skill_ladder_account_kind(), "
        f"skill_ladder_may_see(integer, text, text), skill_ladder_sees_person(integer) "
        f"TO {groups}",
        # A person added by a manager belongs to that manager unless the owner says otherwise.
        "ALTER TABLE people ALTER COLUMN manager_login SET DEFAULT session_user",
    ]


def _run(connection: Connection, statement: str, parameters: dict[str, Any] | None = None) -> Any:
    from sqlalchemy import text

    return connection.execute(text(statement), parameters or {})


def _require_administrator(connection: Connection, what: str) -> None:
    """Refuse unless the login owns the tables and may create roles."""
    row = _run(
        connection,
        "SELECT r.rolname, r.rolsuper OR r.rolcreaterole, "
        "pg_has_role(session_user, (SELECT tableowner FROM pg_tables "
        "WHERE tablename = 'people' AND schemaname = current_schema()), 'MEMBER') "
        "FROM pg_roles AS r WHERE r.rolname = session_user",
    ).one()
    login, may_create_roles, owns = row
    if not (may_create_roles and owns):
        if may_create_roles:
            message = translate(
                "team",
                "'{what}' needs the database's owner, with the right to create roles "
                "(CREATEROLE); you are connected as '{login}', which does not own the tables. "
                "Nothing was changed.",
            )
        else:
            message = translate(
                "team",
                "'{what}' needs the database's owner, with the right to create roles "
                "(CREATEROLE); you are connected as '{login}', which may not create roles. "
                "Nothing was changed.",
            )
        raise TeamAdminError(message.format(what=what, login=login))


def _ensure_group(connection: Connection, group: str) -> None:
    # Roles are server-wide: another database on the server may have made it already, perhaps
    # at this very moment (hence the duplicate_object guard).
    _run(
        connection,
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
    )


def init_team(database: PostgresDatabase) -> list[str]:
    """Set up roles, grants and row-level security (again, if run twice); what was done."""
    with database.engine.begin() as connection:
        _run(connection, "SELECT pg_advisory_xact_lock(:key)", {"key": _TEAM_LOCK})
        _require_administrator(connection, "team init")
        schema, database_name = _run(
            connection, "SELECT current_schema(), current_database()"
        ).one()
        for group in GROUPS.values():
            _ensure_group(connection, group)
        connection.exec_driver_sql(_FUNCTIONS.format(schema=schema))
        for table in PROTECTED:
            _run(connection, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            for (policy,) in _run(
                connection,
                "SELECT policyname FROM pg_policies WHERE tablename = :t AND schemaname = :s",
                {"t": table, "s": schema},
            ).fetchall():
                _run(connection, f'DROP POLICY "{policy}" ON {table}')
        for statement in _policies():
            _run(connection, statement)
        for statement in _grants(database_name, schema):
            _run(connection, statement)
    return [
        translate("team", "groups: {names}").format(names=", ".join(GROUPS.values())),
        translate("team", "row-level security on: {tables}").format(tables=", ".join(PROTECTED)),
    ]


_TEAM_LOCK = 0x534B4C54  # "SKLT": team administration steps, one at a time


def _checked_login(login: str) -> str:
    if not _LOGIN.fullmatch(login):
        raise TeamAdminError(
            translate(
                "team",
                "'{login}' cannot be a login: use lower-case letters, digits and _ "
                "(starting with a letter or _), at most 63 characters.",
            ).format(login=login[:80])
        )
    return login


def _ensure_login(connection: Connection, login: str, group: str, password: str | None) -> bool:
    """Create the login role if missing (True), make it a member of ``group`` only."""
    from psycopg import sql

    raw = connection.connection.driver_connection
    exists = _run(connection, "SELECT 1 FROM pg_roles WHERE rolname = :n", {"n": login}).first()
    if exists is None:
        statement = sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login))
        if password:
            statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
        connection.exec_driver_sql(statement.as_string(raw))
    elif password:
        connection.exec_driver_sql(
            sql.SQL("ALTER ROLE {} PASSWORD {}")
            .format(sql.Identifier(login), sql.Literal(password))
            .as_string(raw)
        )
    for other in GROUPS.values():
        if other != group:
            connection.exec_driver_sql(
                sql.SQL("REVOKE {} FROM {}")
                .format(sql.Identifier(other), sql.Identifier(login))
                .as_string(raw)
            )
    connection.exec_driver_sql(
        sql.SQL("GRANT {} TO {}")
        .format(sql.Identifier(group), sql.Identifier(login))
        .as_string(raw)
    )
    return exists is None


def _upsert_account(
    connection: Connection,
    login: str,
    kind: str,
    department: str | None,
    person_id: int | None,
    display_name: str,
) -> None:
    _run(
        connection,
        "INSERT INTO accounts (login, kind, department, person_id, display_name) "
        "VALUES (:login, :kind, :department, :person, :name) ON CONFLICT (login) DO UPDATE SET "
        "kind = excluded.kind, department = excluded.department, "
        "person_id = excluded.person_id, display_name = excluded.display_name",
        {"login": login, "kind": kind, "department": department, "person": person_id,
         "name": display_name},
    )  # fmt: skip


def add_manager(
    database: PostgresDatabase,
    login: str,
    *,
    head: bool = False,
    department: str | None = None,
    display_name: str = "",
    password: str | None = None,
) -> str:
    """Add (or update) a manager's or department head's login; what was done."""
    login = _checked_login(login)
    kind = "head" if head else "manager"
    if head and not department:
        raise TeamAdminError(
            translate("team", "a department head needs a department (--department).")
        )
    with database.engine.begin() as connection:
        _run(connection, "SELECT pg_advisory_xact_lock(:key)", {"key": _TEAM_LOCK})
        _require_administrator(connection, "team add-manager")
        _require_initialised(connection)
        created = _ensure_login(connection, login, GROUPS[kind], password)
        _upsert_account(connection, login, kind, department, None, display_name or login)
    if head:
        done = (
            translate("team", "Added department head '{login}' of {department}")
            if created
            else translate("team", "Updated department head '{login}' of {department}")
        )
    elif department:
        done = (
            translate("team", "Added manager '{login}' of {department}")
            if created
            else translate("team", "Updated manager '{login}' of {department}")
        )
    else:
        done = (
            translate("team", "Added manager '{login}'")
            if created
            else translate("team", "Updated manager '{login}'")
        )
    return done.format(login=login, department=department)


def _require_initialised(connection: Connection) -> None:
    row = _run(connection, "SELECT relrowsecurity FROM pg_class WHERE oid = 'people'::regclass")
    if not row.scalar():
        raise TeamAdminError(
            translate(
                "team",
                "this database is not set up for a team yet: run 'skill-ladder team init' "
                "first. Nothing was changed.",
            )
        )


def _manager_account(connection: Connection, login: str) -> tuple[str, str | None]:
    row = _run(
        connection, "SELECT kind, department FROM accounts WHERE login = :l", {"l": login}
    ).first()
    if row is None or row[0] not in ("manager", "head"):
        raise TeamAdminError(
            translate(
                "team",
                "'{login}' is not a manager of this database: add them first with "
                "'skill-ladder team add-manager'. Nothing was changed.",
            ).format(login=login)
        )
    return row[0], row[1]


def add_person(
    database: PostgresDatabase,
    name: str,
    *,
    manager: str,
    department: str | None = None,
    login: str | None = None,
    password: str | None = None,
) -> str:
    """Add a person owned by ``manager`` (or give an existing one to them), optionally with
    their own login; what was done."""
    from db.models import new_uid

    name = name.strip()
    if not name:
        raise TeamAdminError(translate("team", "a person needs a name."))
    with database.engine.begin() as connection:
        _run(connection, "SELECT pg_advisory_xact_lock(:key)", {"key": _TEAM_LOCK})
        _require_administrator(connection, "team add-person")
        _require_initialised(connection)
        _kind, manager_department = _manager_account(connection, manager)
        department = department or manager_department
        found = _run(connection, "SELECT id FROM people WHERE name = :n", {"n": name}).first()
        if found is None:
            person_id = _run(
                connection,
                "INSERT INTO people (name, uid, is_owner, notes, is_sample, created_at, "
                "manager_login, department, version) VALUES (:n, :uid, false, '', false, "
                "timezone('UTC', now()), :m, :d, 1) RETURNING id",
                {"n": name, "uid": new_uid(), "m": manager, "d": department},
            ).scalar_one()
            done = translate("team", "Added '{name}' for {manager}")
        else:
            person_id = found[0]
            _run(
                connection,
                "UPDATE people SET manager_login = :m, department = :d, version = version + 1 "
                "WHERE id = :id",
                {"m": manager, "d": department, "id": person_id},
            )
            done = translate("team", "'{name}' is now with {manager}")
        if login:
            login = _checked_login(login)
            _ensure_login(connection, login, GROUPS["person"], password)
            _upsert_account(connection, login, "person", department, person_id, name)
            done = (
                translate("team", "Added '{name}' for {manager}, with the login '{login}'")
                if found is None
                else translate("team", "'{name}' is now with {manager}, with the login '{login}'")
            )
    return done.format(name=name, manager=manager, login=login)


def move_person(database: PostgresDatabase, name: str, *, manager: str) -> str:
    """Give a person to another manager (and that manager's department); what was done."""
    with database.engine.begin() as connection:
        _run(connection, "SELECT pg_advisory_xact_lock(:key)", {"key": _TEAM_LOCK})
        _require_administrator(connection, "team move-person")
        _require_initialised(connection)
        _kind, department = _manager_account(connection, manager)
        moved = _run(
            connection,
            "UPDATE people SET manager_login = :m, department = coalesce(:d, department), "
            "version = version + 1 WHERE name = :n",
            {"m": manager, "d": department, "n": name.strip()},
        )
        if moved.rowcount == 0:
            raise TeamAdminError(
                translate("team", "there is no person named '{name}'. Nothing was changed.").format(
                    name=name
                )
            )
    return translate("team", "'{name}' is now with {manager}").format(
        name=name.strip(), manager=manager
    )


def current_account(database: PostgresDatabase) -> Account:
    """Who the connection's login is: the owner, a head, a manager, a person, or nobody."""
    reader = database.reader()
    login, owner = reader.execute(
        "SELECT session_user, pg_has_role(session_user, (SELECT tableowner FROM pg_tables "
        "WHERE tablename = 'people' AND schemaname = current_schema()), 'MEMBER')"
    ).fetchone()
    if owner:
        return Account(login, "owner")
    row = reader.execute(
        "SELECT kind, department, person_id FROM accounts WHERE login = :login", {"login": login}
    ).fetchone()
    if row is None:
        return Account(login, "none")
    return Account(login, row[0], row[1], row[2])
