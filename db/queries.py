"""Read-only queries returning ``core`` records: one set of SQL for SQLite and PostgreSQL.

The SQL is plain, portable SQL with named parameters (``:name``): the standard library's
``sqlite3`` runs it as it is, so the first screen is read before SQLAlchemy is imported; any
other engine runs the same text through SQLAlchemy (:class:`EngineReader`), which adapts the
parameters to its driver. Values are read with converters that accept both SQLite's text and a
server's native types. Listings read summaries (no ratings, no snapshot); whole records are read
one assessment (or one page) at a time. The SQL follows the schema in ``db.models``; tests run
every query through both paths on the same file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol

from core.assessment import (
    SOURCE_IMPORTED,
    STATUS_COMPLETED,
    STATUS_DRAFT,
    AssessmentInfo,
    AssessmentSummary,
    PersonInfo,
    SkillRating,
)
from core.framework_library import InstalledFramework, Usage
from core.goals import Goal, GoalStatus
from core.meetings import ActionItem, Meeting


class Rows(Protocol):
    """What ``execute`` returns: a ``sqlite3.Cursor`` or a SQLAlchemy ``Result``."""

    def fetchone(self) -> Any: ...
    def fetchall(self) -> Any: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A connection that runs portable SQL with named parameters (a ``Connection``
    does; :class:`EngineReader` does for any SQLAlchemy engine)."""

    def execute(self, sql: str, parameters: Mapping[str, Any] = ..., /) -> Rows: ...


class EngineReader:
    """Runs the queries of this module on a SQLAlchemy connection (PostgreSQL, or SQLite)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Mapping[str, Any] | None = None) -> Rows:
        """The rows of ``sql`` with ``parameters`` bound by name."""
        from sqlalchemy import text

        return self._connection.execute(text(sql), dict(parameters or {}))


_ASSESSMENT_COLUMNS = (
    "a.id, a.person_id, a.role_id, a.framework_id, a.framework_version, a.target_level, "
    "a.status, a.started_at, a.completed_at, s.content_hash, a.uid, a.source, a.reopened_at, "
    "a.reopen_count"
)
_FROM_ASSESSMENTS = "assessments AS a LEFT JOIN role_snapshots AS s ON s.id = a.snapshot_id"
_PERSON_COLUMNS = (
    "id, name, is_sample, notes, role_id, current_level, target_level, start_date, archived_at, "
    "uid, is_owner, version, framework_id"
)
IN_CHUNK = 1000
"""Ids bound per ``IN (...)`` list: far below every engine's limit on parameters."""


def parse_timestamp(value: str | datetime | None) -> datetime | None:
    """A stored naive-UTC timestamp (SQLite's text or a driver's datetime), timezone-aware."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC)
    if len(value) > 10:  # a date and a time: the offset is parsed with it (4x faster)
        return datetime.fromisoformat(value + "+00:00")
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def parse_date(value: str | date | None) -> date | None:
    """A stored date (SQLite's text or a driver's date)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _in_list(name: str, values: Sequence[object]) -> tuple[str, dict[str, object]]:
    """``:name0, :name1, …`` and the parameters that fill it."""
    names = [f"{name}{i}" for i in range(len(values))]
    return ", ".join(f":{n}" for n in names), dict(zip(names, values, strict=True))


def _person(row: tuple) -> PersonInfo:
    return PersonInfo(
        id=row[0],
        name=row[1],
        is_sample=bool(row[2]),
        notes=row[3],
        role_id=row[4],
        current_level=row[5],
        target_level=row[6],
        start_date=parse_date(row[7]),
        archived_at=parse_timestamp(row[8]),
        uid=row[9],
        is_owner=bool(row[10]),
        version=row[11],
        framework_id=row[12],
    )


def people(connection: Connection) -> list[PersonInfo]:
    """Everyone, archived people included, by name (case-insensitive)."""
    rows = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people ORDER BY lower(name), id", {}
    ).fetchall()
    return [_person(row) for row in rows]


def person(connection: Connection, person_id: int) -> PersonInfo | None:
    """One person by id."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = :id", {"id": person_id}
    ).fetchone()
    return _person(row) if row else None


def person_by_name(connection: Connection, name: str) -> PersonInfo | None:
    """The person with exactly this name, if any."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE name = :name", {"name": name}
    ).fetchone()
    return _person(row) if row else None


def person_by_uid(connection: Connection, uid: str) -> PersonInfo | None:
    """The person with this identity, if any."""
    row = connection.execute(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE uid = :uid", {"uid": uid}
    ).fetchone()
    return _person(row) if row else None


def _summary_fields(row: tuple) -> dict[str, Any]:
    """The fields an assessment's summary and its full record share (the summary columns)."""
    return {
        "id": row[0],
        "person_id": row[1],
        "role_id": row[2],
        "framework_id": row[3],
        "framework_version": row[4],
        "target_level": row[5],
        "status": row[6],
        "started_at": parse_timestamp(row[7]),
        "completed_at": parse_timestamp(row[8]),
        "snapshot_key": row[9],
        "uid": row[10],
        "source": row[11],
        "reopened_at": parse_timestamp(row[12]),
        "reopen_count": row[13],
    }


def _summary(row: tuple) -> AssessmentSummary:
    return AssessmentSummary(
        **_summary_fields(row),
    )


def summaries(
    connection: Connection, person_id: int, role_id: str | None = None
) -> list[AssessmentSummary]:
    """A person's assessments (optionally of one role), oldest first: no ratings, no snapshot."""
    condition, parameters = _person_condition(person_id, role_id)
    rows = connection.execute(
        f"SELECT {_ASSESSMENT_COLUMNS} FROM {_FROM_ASSESSMENTS} WHERE {condition} "
        "ORDER BY a.started_at, a.id",
        parameters,
    )
    return [_summary(row) for row in rows]


def _person_condition(person_id: int, role_id: str | None) -> tuple[str, dict[str, object]]:
    if role_id is None:
        return "a.person_id = :person", {"person": person_id}
    return "a.person_id = :person AND a.role_id = :role", {"person": person_id, "role": role_id}


def ratings_of(
    connection: Connection, assessment_ids: Sequence[int]
) -> dict[int, dict[str, SkillRating]]:
    """The self ratings of these assessments, by assessment and skill id."""
    found: dict[int, dict[str, SkillRating]] = {i: {} for i in assessment_ids}
    for start in range(0, len(assessment_ids), IN_CHUNK):
        marks, parameters = _in_list("id", assessment_ids[start : start + IN_CHUNK])
        for assessment_id, skill_id, level_id, is_rated, note, version in connection.execute(
            "SELECT assessment_id, skill_id, level_id, is_rated, note, version FROM ratings "
            f"WHERE assessment_id IN ({marks})",
            parameters,
        ):
            found[assessment_id][skill_id] = SkillRating(
                skill_id, level_id, bool(is_rated), note, version
            )
    return found


def assessments(
    connection: Connection, assessment_ids: Sequence[int], *, snapshot: bool = True
) -> list[AssessmentInfo]:
    """Whole assessments (ratings, manager ratings, snapshot text) in the order of the ids;
    ``snapshot`` False: without the snapshot text (``role_snapshot`` None; the frozen role is
    read by its key, once per version, see ``Repository.assessment_framework``)."""
    by_id: dict[int, AssessmentInfo] = {}
    for start in range(0, len(assessment_ids), IN_CHUNK):
        chunk = list(assessment_ids[start : start + IN_CHUNK])
        marks, parameters = _in_list("id", chunk)
        found = _whole(connection, f"a.id IN ({marks})", parameters, snapshot=snapshot)
        by_id.update((a.id, a) for a in found)
    return [by_id[i] for i in assessment_ids if i in by_id]


def _whole(
    connection: Connection,
    condition: str,
    parameters: Mapping[str, object],
    *,
    snapshot: bool = True,
) -> list[AssessmentInfo]:
    """Assessments matching ``condition`` (on table ``a``), whole, in three queries."""
    document = "s.document" if snapshot else "NULL"
    rows = connection.execute(
        f"SELECT {_ASSESSMENT_COLUMNS}, a.import_note, {document} FROM {_FROM_ASSESSMENTS} "
        f"WHERE {condition} ORDER BY a.started_at, a.id",
        parameters,
    ).fetchall()
    ratings: dict[int, dict[str, SkillRating]] = {row[0]: {} for row in rows}
    for assessment_id, skill_id, level_id, is_rated, note, version in connection.execute(
        "SELECT r.assessment_id, r.skill_id, r.level_id, r.is_rated, r.note, r.version "
        f"FROM ratings AS r JOIN assessments AS a ON r.assessment_id = a.id WHERE {condition}",
        parameters,
    ):
        ratings[assessment_id][skill_id] = SkillRating(
            skill_id, level_id, bool(is_rated), note, version
        )
    manager: dict[int, dict[str, SkillRating]] = {row[0]: {} for row in rows}
    imported: dict[int, set[str]] = {row[0]: set() for row in rows}
    for assessment_id, skill_id, level_id, is_rated, note, source, version in connection.execute(
        "SELECT m.assessment_id, m.skill_id, m.level_id, m.is_rated, m.note, m.source, "
        "m.version FROM manager_ratings AS m "
        f"JOIN assessments AS a ON m.assessment_id = a.id WHERE {condition}",
        parameters,
    ):
        manager[assessment_id][skill_id] = SkillRating(
            skill_id, level_id, bool(is_rated), note, version
        )
        if source == SOURCE_IMPORTED:
            imported[assessment_id].add(skill_id)
    return [
        AssessmentInfo(
            **_summary_fields(row),
            import_note=row[14],
            role_snapshot=row[15],
            ratings=ratings[row[0]],
            manager_ratings=manager[row[0]],
            imported_manager_skills=frozenset(imported[row[0]]),
        )
        for row in rows
    ]


def assessment(connection: Connection, assessment_id: int) -> AssessmentInfo | None:
    """One whole assessment."""
    found = _whole(connection, "a.id = :id", {"id": assessment_id})
    return found[0] if found else None


def person_assessments(
    connection: Connection, person_id: int, role_id: str | None = None
) -> list[AssessmentInfo]:
    """A person's whole assessments (optionally of one role), oldest first: for exports that
    need every rating. Listings use :func:`summaries`."""
    condition, parameters = _person_condition(person_id, role_id)
    return _whole(connection, condition, parameters)


def latest_of_role(
    connection: Connection, role_id: str, framework_id: str | None = None
) -> list[AssessmentInfo]:
    """Each person's latest assessment of the role (their newest completed one, else their
    newest draft) for everyone not archived, with the levels of its self ratings: what the
    Team table shows. ``framework_id`` limits it to that framework's role of this id. Notes and
    manager ratings are not read (empty here); two statements for a team of a thousand."""
    framework_condition = "" if framework_id is None else " AND a.framework_id = :framework"
    rows = connection.execute(
        f"SELECT {_ASSESSMENT_COLUMNS} FROM (SELECT a.id AS latest_id, ROW_NUMBER() OVER "
        "(PARTITION BY a.person_id ORDER BY CASE WHEN a.status = :completed THEN 0 ELSE 1 END, "
        "COALESCE(a.completed_at, a.started_at) DESC, a.started_at, a.id) AS n "
        "FROM assessments AS a JOIN people AS p ON p.id = a.person_id "
        f"WHERE a.role_id = :role AND p.archived_at IS NULL{framework_condition}) AS ranked "
        "JOIN assessments AS a ON a.id = ranked.latest_id "
        "LEFT JOIN role_snapshots AS s ON s.id = a.snapshot_id WHERE ranked.n = 1 "
        "ORDER BY a.person_id",
        {"role": role_id, "completed": STATUS_COMPLETED, "framework": framework_id},
    ).fetchall()
    ids = [row[0] for row in rows]
    levels: dict[int, dict[str, SkillRating]] = {i: {} for i in ids}
    shared: dict[tuple[str, str | None, bool], SkillRating] = {}  # immutable: one per value
    for start in range(0, len(ids), IN_CHUNK):
        marks, parameters = _in_list("id", ids[start : start + IN_CHUNK])
        for assessment_id, skill_id, level_id, is_rated in connection.execute(
            f"SELECT assessment_id, skill_id, level_id, is_rated FROM ratings "
            f"WHERE assessment_id IN ({marks})",
            parameters,
        ):
            key = (skill_id, level_id, bool(is_rated))
            rating = shared.get(key)
            if rating is None:
                rating = shared[key] = SkillRating(skill_id, level_id, bool(is_rated))
            levels[assessment_id][skill_id] = rating
    return [AssessmentInfo(**_summary_fields(row), ratings=levels[row[0]]) for row in rows]


def skill_points(
    connection: Connection, person_id: int, role_id: str, skill_id: str, limit: int | None = None
) -> list[tuple[datetime, str | None]]:
    """(date, level id; None for "not yet") of this skill where it was rated, in each completed
    assessment of the role, oldest first: what a trend needs. With ``limit``, at most that many
    points spread evenly over them (the first and the last kept), only those converted."""
    from core.history import thin_series

    rows = connection.execute(
        "SELECT COALESCE(a.completed_at, a.started_at), r.level_id FROM assessments AS a "
        "JOIN ratings AS r ON r.assessment_id = a.id AND r.skill_id = :skill "
        "WHERE a.person_id = :person AND a.role_id = :role AND a.status = :completed "
        "AND r.is_rated = :rated ORDER BY COALESCE(a.completed_at, a.started_at), a.id",
        {
            "person": person_id, "role": role_id, "skill": skill_id,
            "completed": STATUS_COMPLETED, "rated": True,
        },
    ).fetchall()  # fmt: skip
    if limit is not None:
        rows = thin_series(rows, limit)
    return [(parse_timestamp(when), level_id) for when, level_id in rows]  # type: ignore[misc]


def snapshot_document(connection: Connection, key: str) -> str | None:
    """The stored snapshot text with this content hash."""
    row = connection.execute(
        "SELECT document FROM role_snapshots WHERE content_hash = :key", {"key": key}
    ).fetchone()
    return None if row is None else str(row[0])


def stream_history(
    connection: Connection, person_ids: Iterable[int], chunk: int = 200
) -> Iterator[AssessmentInfo]:
    """Every assessment of these people, whole but for the snapshot text (each frozen version
    is read once by its key, not once per assessment), person by person in the order given
    (oldest first for each), read ``chunk`` at a time across people, so a long history or a
    large team is never held in memory at once and takes a few statements per few hundred
    assessments."""
    people = list(dict.fromkeys(person_ids))
    by_person: dict[int, list[int]] = {p: [] for p in people}
    for start in range(0, len(people), IN_CHUNK):
        marks, parameters = _in_list("p", people[start : start + IN_CHUNK])
        for assessment_id, person_id in connection.execute(
            f"SELECT a.id, a.person_id FROM assessments AS a WHERE a.person_id IN ({marks}) "
            "ORDER BY a.started_at, a.id",
            parameters,
        ):
            by_person[person_id].append(assessment_id)
    ids = [i for p in people for i in by_person[p]]
    for start in range(0, len(ids), chunk):
        yield from assessments(connection, ids[start : start + chunk], snapshot=False)


def roles_assessed(connection: Connection, person_id: int) -> list[str]:
    """Role ids the person has assessments for, most recently started first."""
    rows = connection.execute(
        "SELECT role_id FROM assessments WHERE person_id = :person GROUP BY role_id "
        "ORDER BY max(started_at) DESC",
        {"person": person_id},
    ).fetchall()
    return [row[0] for row in rows]


def last_assessed_roles(connection: Connection) -> dict[int, str]:
    """Each person's role of their most recently started assessment, in one query."""
    rows = connection.execute(
        "SELECT person_id, role_id FROM (SELECT a.person_id AS person_id, a.role_id AS role_id, "
        "ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.started_at DESC, a.id DESC) AS n "
        "FROM assessments AS a) AS ranked WHERE n = 1",
        {},
    )
    return {int(person_id): role_id for person_id, role_id in rows}


def draft_id(connection: Connection, person_id: int, role_id: str) -> int | None:
    """The id of the person's newest open draft for the role."""
    row = connection.execute(
        "SELECT id FROM assessments WHERE person_id = :person AND role_id = :role "
        "AND status = :draft ORDER BY started_at DESC, id DESC LIMIT 1",
        {"person": person_id, "role": role_id, "draft": STATUS_DRAFT},
    ).fetchone()
    return None if row is None else int(row[0])


def latest_id(connection: Connection, person_id: int, role_id: str) -> int | None:
    """The id of the assessment a person's role opens on: their newest draft of it, else their
    newest completed one (newest by start, as the history lists them)."""
    row = connection.execute(
        "SELECT id FROM assessments WHERE person_id = :person AND role_id = :role "
        "ORDER BY CASE WHEN status = :draft THEN 0 ELSE 1 END, started_at DESC, id DESC LIMIT 1",
        {"person": person_id, "role": role_id, "draft": STATUS_DRAFT},
    ).fetchone()
    return None if row is None else int(row[0])


def counts(connection: Connection) -> dict[str, int]:
    """Row counts per table."""
    return {
        table: int(connection.execute(f"SELECT count(*) FROM {table}", {}).fetchone()[0])
        for table in (
            "people",
            "assessments",
            "ratings",
            "goals",
            "manager_ratings",
            "meetings",
            "action_items",
            "role_snapshots",
        )
    }


_GOAL_COLUMNS = (
    "id, person_id, skill_id, action, status, due, level_id, created_at, done_at, version"
)


def _goal(row: tuple) -> Goal:
    return Goal(
        id=row[0],
        person_id=row[1],
        skill_id=row[2],
        action=row[3],
        status=GoalStatus(row[4]),
        due=parse_date(row[5]),
        level_id=row[6],
        created_at=parse_timestamp(row[7]),
        done_at=parse_timestamp(row[8]),
        version=row[9],
    )


def goals(connection: Connection, person_id: int) -> list[Goal]:
    """A person's goals, oldest first."""
    rows = connection.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals WHERE person_id = :person ORDER BY created_at, id",
        {"person": person_id},
    ).fetchall()
    return [_goal(row) for row in rows]


def goal(connection: Connection, goal_id: int) -> Goal | None:
    """One goal by id."""
    row = connection.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = :id", {"id": goal_id}
    ).fetchone()
    return _goal(row) if row else None


_MEETING_COLUMNS = "id, person_id, held_on, notes, assessment_id, version"
_ITEM_COLUMNS = (
    "id, person_id, text, meeting_id, created_at, done_at, position, done_meeting_id, version"
)


def _meeting(row: tuple) -> Meeting:
    return Meeting(row[0], row[1], parse_date(row[2]), row[3], row[4], version=row[5])  # type: ignore[arg-type]


def _item(row: tuple) -> ActionItem:
    return ActionItem(
        row[0],
        row[1],
        row[2],
        row[3],
        parse_timestamp(row[4]),
        parse_timestamp(row[5]),
        position=row[6],
        done_meeting_id=row[7],
        version=row[8],
    )


def meetings(connection: Connection, person_id: int) -> list[Meeting]:
    """A person's one-on-ones, oldest first."""
    rows = connection.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE person_id = :person ORDER BY held_on, id",
        {"person": person_id},
    ).fetchall()
    return [_meeting(row) for row in rows]


def meeting(connection: Connection, meeting_id: int) -> Meeting | None:
    """One meeting by id."""
    row = connection.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = :id", {"id": meeting_id}
    ).fetchone()
    return _meeting(row) if row else None


def action_items(connection: Connection, person_id: int) -> list[ActionItem]:
    """A person's action items, in their order."""
    rows = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM action_items WHERE person_id = :person "
        "ORDER BY position, created_at, id",
        {"person": person_id},
    ).fetchall()
    return [_item(row) for row in rows]


def action_item(connection: Connection, item_id: int) -> ActionItem | None:
    """One action item by id."""
    row = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM action_items WHERE id = :id", {"id": item_id}
    ).fetchone()
    return _item(row) if row else None


def assessment_by_uid(connection: Connection, uid: str) -> int | None:
    """The id of the assessment with this exchange identity, if present."""
    row = connection.execute("SELECT id FROM assessments WHERE uid = :uid", {"uid": uid}).fetchone()
    return None if row is None else int(row[0])


_FRAMEWORK_COLUMNS = (
    "id, version, name, content_hash, import_format, source_files, installed_at, updated_at, "
    "removed_at"
)


def installed_frameworks(connection: Connection) -> list[InstalledFramework]:
    """Every installed framework (removed ones too), without their documents."""
    rows = connection.execute(f"SELECT {_FRAMEWORK_COLUMNS} FROM frameworks ORDER BY id", {})
    return [
        InstalledFramework(
            id=row[0],
            version=row[1],
            name=row[2],
            content_hash=row[3],
            import_format=row[4],
            source_files=tuple(line for line in row[5].splitlines() if line),
            installed_at=parse_timestamp(row[6]),
            updated_at=parse_timestamp(row[7]),
            removed_at=parse_timestamp(row[8]),
        )
        for row in rows
    ]


def installed_framework_document(
    connection: Connection, framework_id: str
) -> tuple[str, str] | None:
    """An installed framework's stored document and its content hash."""
    row = connection.execute(
        "SELECT document, content_hash FROM frameworks WHERE id = :id", {"id": framework_id}
    ).fetchone()
    return None if row is None else (row[0], row[1])


def framework_usage(connection: Connection) -> dict[str | None, Usage]:
    """Per framework id (None: people whose profile names no framework, i.e. the default one):
    people not archived whose role is from it or who were assessed against it, those archived,
    and its assessments."""
    people: dict[str | None, set[int]] = {}
    archived: dict[str | None, set[int]] = {}
    for framework_id, person_id, is_archived in connection.execute(
        "SELECT framework_id, id, archived_at IS NOT NULL FROM people WHERE role_id IS NOT NULL "
        "UNION SELECT a.framework_id, p.id, p.archived_at IS NOT NULL FROM assessments AS a "
        "JOIN people AS p ON p.id = a.person_id",
        {},
    ):
        (archived if is_archived else people).setdefault(framework_id, set()).add(person_id)
    assessments = {
        framework_id: int(count)
        for framework_id, count in connection.execute(
            "SELECT framework_id, count(*) FROM assessments GROUP BY framework_id", {}
        )
    }
    return {
        key: Usage(len(people.get(key, ())), assessments.get(key, 0), len(archived.get(key, ())))
        for key in {*people, *archived, *assessments}
    }
