"""Read-only queries over a plain ``sqlite3`` connection, returning ``core`` records.

Reading does not need SQLAlchemy, so the first screen is shown before it is imported. The SQL
here follows the schema in ``db.models``; tests compare both paths on the same file.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from core.assessment import SOURCE_IMPORTED, STATUS_DRAFT, AssessmentInfo, PersonInfo, SkillRating
from core.goals import Goal, GoalStatus
from core.meetings import ActionItem, Meeting

_ASSESSMENT_COLUMNS = (
    "id, person_id, role_id, framework_id, framework_version, target_level, status, "
    "started_at, completed_at, role_snapshot, uid, source, import_note, reopened_at, reopen_count"
)
_PERSON_COLUMNS = (
    "id, name, is_sample, notes, role_id, current_level, target_level, start_date, archived_at, "
    "uid, is_owner"
)


def parse_timestamp(value: str | None) -> datetime | None:
    """A stored naive-UTC timestamp as a timezone-aware datetime."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _person(row: tuple) -> PersonInfo:
    return PersonInfo(
        id=row[0],
        name=row[1],
        is_sample=bool(row[2]),
        notes=row[3],
        role_id=row[4],
        current_level=row[5],
        target_level=row[6],
        start_date=date.fromisoformat(row[7]) if row[7] else None,
        archived_at=parse_timestamp(row[8]),
        uid=row[9],
        is_owner=bool(row[10]),
    )


def people(connection: sqlite3.Connection) -> list[PersonInfo]:
    """Everyone, archived people included, by name (case-insensitive)."""
    rows = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people ORDER BY lower(name), id"
    ).fetchall()
    return [_person(row) for row in rows]


def person(connection: sqlite3.Connection, person_id: int) -> PersonInfo | None:
    """One person by id."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = ?", (person_id,)
    ).fetchone()
    return _person(row) if row else None


def person_by_name(connection: sqlite3.Connection, name: str) -> PersonInfo | None:
    """The person with exactly this name, if any."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE name = ?", (name,)
    ).fetchone()
    return _person(row) if row else None


def person_by_uid(connection: sqlite3.Connection, uid: str) -> PersonInfo | None:
    """The person with this identity, if any."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE uid = ?", (uid,)
    ).fetchone()
    return _person(row) if row else None


def assessments(
    connection: sqlite3.Connection, condition: str, parameters: tuple[object, ...]
) -> list[AssessmentInfo]:
    """Assessments matching the SQL ``condition`` (on table ``a``) with their ratings, oldest first."""
    rows = connection.execute(
        f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments AS a WHERE {condition} "
        "ORDER BY a.started_at, a.id",
        parameters,
    ).fetchall()
    ratings: dict[int, dict[str, SkillRating]] = {row[0]: {} for row in rows}
    rating_rows = connection.execute(
        "SELECT r.assessment_id, r.skill_id, r.level_id, r.is_rated, r.note FROM ratings AS r "
        f"JOIN assessments AS a ON r.assessment_id = a.id WHERE {condition}",
        parameters,
    ).fetchall()
    for assessment_id, skill_id, level_id, is_rated, note in rating_rows:
        ratings[assessment_id][skill_id] = SkillRating(skill_id, level_id, bool(is_rated), note)
    manager: dict[int, dict[str, SkillRating]] = {row[0]: {} for row in rows}
    imported: dict[int, set[str]] = {row[0]: set() for row in rows}
    manager_rows = connection.execute(
        "SELECT m.assessment_id, m.skill_id, m.level_id, m.is_rated, m.note, m.source "
        "FROM manager_ratings AS m "
        f"JOIN assessments AS a ON m.assessment_id = a.id WHERE {condition}",
        parameters,
    ).fetchall()
    for assessment_id, skill_id, level_id, is_rated, note, source in manager_rows:
        manager[assessment_id][skill_id] = SkillRating(skill_id, level_id, bool(is_rated), note)
        if source == SOURCE_IMPORTED:
            imported[assessment_id].add(skill_id)
    return [
        AssessmentInfo(
            id=row[0],
            person_id=row[1],
            role_id=row[2],
            framework_id=row[3],
            framework_version=row[4],
            target_level=row[5],
            status=row[6],
            started_at=parse_timestamp(row[7]),  # type: ignore[arg-type]
            completed_at=parse_timestamp(row[8]),
            ratings=ratings[row[0]],
            role_snapshot=row[9],
            uid=row[10],
            source=row[11],
            import_note=row[12],
            manager_ratings=manager[row[0]],
            imported_manager_skills=frozenset(imported[row[0]]),
            reopened_at=parse_timestamp(row[13]),
            reopen_count=row[14],
        )
        for row in rows
    ]


def roles_assessed(connection: sqlite3.Connection, person_id: int) -> list[str]:
    """Role ids the person has assessments for, most recently started first."""
    rows = connection.execute(
        "SELECT role_id FROM assessments WHERE person_id = ? GROUP BY role_id "
        "ORDER BY max(started_at) DESC",
        (person_id,),
    ).fetchall()
    return [row[0] for row in rows]


def draft_id(connection: sqlite3.Connection, person_id: int, role_id: str) -> int | None:
    """The id of the person's newest open draft for the role."""
    row = connection.execute(
        "SELECT id FROM assessments WHERE person_id = ? AND role_id = ? AND status = ? "
        "ORDER BY started_at DESC, id DESC LIMIT 1",
        (person_id, role_id, STATUS_DRAFT),
    ).fetchone()
    return None if row is None else int(row[0])


def counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Row counts per table."""
    return {
        table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in (
            "people",
            "assessments",
            "ratings",
            "goals",
            "manager_ratings",
            "meetings",
            "action_items",
        )
    }


_GOAL_COLUMNS = "id, person_id, skill_id, action, status, due, level_id, created_at, done_at"


def _goal(row: tuple) -> Goal:
    return Goal(
        id=row[0],
        person_id=row[1],
        skill_id=row[2],
        action=row[3],
        status=GoalStatus(row[4]),
        due=date.fromisoformat(row[5]) if row[5] else None,
        level_id=row[6],
        created_at=parse_timestamp(row[7]),
        done_at=parse_timestamp(row[8]),
    )


def goals(connection: sqlite3.Connection, person_id: int) -> list[Goal]:
    """A person's goals, oldest first."""
    rows = connection.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals WHERE person_id = ? ORDER BY created_at, id",
        (person_id,),
    ).fetchall()
    return [_goal(row) for row in rows]


def goal(connection: sqlite3.Connection, goal_id: int) -> Goal | None:
    """One goal by id."""
    row = connection.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", (goal_id,)
    ).fetchone()
    return _goal(row) if row else None


def meetings(connection: sqlite3.Connection, person_id: int) -> list[Meeting]:
    """A person's one-on-ones, oldest first."""
    rows = connection.execute(
        "SELECT id, person_id, held_on, notes, assessment_id FROM meetings WHERE person_id = ? "
        "ORDER BY held_on, id",
        (person_id,),
    ).fetchall()
    return [Meeting(row[0], row[1], date.fromisoformat(row[2]), row[3], row[4]) for row in rows]


def action_items(connection: sqlite3.Connection, person_id: int) -> list[ActionItem]:
    """A person's action items, in their order."""
    rows = connection.execute(
        "SELECT id, person_id, text, meeting_id, created_at, done_at, position, done_meeting_id "
        "FROM action_items WHERE person_id = ? ORDER BY position, created_at, id",
        (person_id,),
    ).fetchall()
    return [
        ActionItem(
            row[0],
            row[1],
            row[2],
            row[3],
            parse_timestamp(row[4]),
            parse_timestamp(row[5]),
            position=row[6],
            done_meeting_id=row[7],
        )
        for row in rows
    ]


def assessment_by_uid(connection: sqlite3.Connection, uid: str) -> int | None:
    """The id of the assessment with this exchange identity, if present."""
    row = connection.execute("SELECT id FROM assessments WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])
