"""Data for the copy tests, and an independent reading of everything a database holds.

:func:`everything` reads every stored column of every table with plain SQL on a new connection
of the engine's own driver (not through ``db.queries``), references replaced by identities, so
two databases compare equal exactly when they hold the same people with the same content.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from core.framework import Framework
from db.database import Database
from db.models import Assessment
from db.repository import Repository
from db.sample_data import SAMPLE_ROLE, create_sample_data
from tests.storage_engines import independent_rows

SECOND = "李娜 (Li Na)"
THIRD = "Archived Sam"

_TABLES = {
    "people": "SELECT uid, name, is_owner, notes, is_sample, created_at, role_id, current_level, "
    "target_level, start_date, archived_at FROM people ORDER BY uid",
    "assessments": "SELECT a.uid, p.uid, a.role_id, a.framework_id, a.framework_version, "
    "a.target_level, a.status, a.started_at, a.completed_at, s.content_hash, s.document, "
    "a.source, a.import_note, a.reopened_at, a.reopen_count FROM assessments a "
    "JOIN people p ON p.id = a.person_id LEFT JOIN role_snapshots s ON s.id = a.snapshot_id "
    "ORDER BY a.uid",
    "ratings": "SELECT a.uid, r.skill_id, r.level_id, r.is_rated, r.note, r.updated_at "
    "FROM ratings r JOIN assessments a ON a.id = r.assessment_id ORDER BY a.uid, r.skill_id",
    "manager_ratings": "SELECT a.uid, r.skill_id, r.level_id, r.is_rated, r.note, r.updated_at, "
    "r.source FROM manager_ratings r JOIN assessments a ON a.id = r.assessment_id "
    "ORDER BY a.uid, r.skill_id",
    "goals": "SELECT p.uid, g.skill_id, g.action, g.status, g.due, g.level_id, g.created_at, "
    "g.updated_at, g.done_at FROM goals g JOIN people p ON p.id = g.person_id "
    "ORDER BY p.uid, g.created_at, g.action",
    "meetings": "SELECT p.uid, m.held_on, a.uid, m.notes, m.created_at FROM meetings m "
    "JOIN people p ON p.id = m.person_id LEFT JOIN assessments a ON a.id = m.assessment_id "
    "ORDER BY p.uid, m.held_on, m.created_at",
    "action_items": "SELECT p.uid, m.held_on, m.notes, i.text, i.position, i.created_at, "
    "i.done_at, d.held_on, d.notes FROM action_items i JOIN people p ON p.id = i.person_id "
    "LEFT JOIN meetings m ON m.id = i.meeting_id LEFT JOIN meetings d ON d.id = i.done_meeting_id "
    "ORDER BY p.uid, i.position, i.text",
    "role_snapshots": "SELECT content_hash, document FROM role_snapshots ORDER BY content_hash",
}


def _plain(value: object) -> object:
    """One spelling per value on both engines: SQLite's text and 0/1, a server's types."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def everything(database: Database) -> dict[str, list[tuple]]:
    """Every row of every table, ids replaced by identities, in a fixed order."""
    return {
        table: [tuple(_plain(v) for v in row) for row in independent_rows(database, sql)]
        for table, sql in _TABLES.items()
    }


def fill(database: Database, framework: Framework) -> None:
    """The sample person (`skill-ladder demo`) and two more: an owner with Chinese text, a
    reopened assessment, an imported one, a meeting about an assessment, items reordered; and
    an archived person on the same role (sharing its frozen text)."""
    repository = Repository(database)
    create_sample_data(repository, framework)
    now = datetime(2025, 3, 4, 10, 30, 15, 123456, tzinfo=UTC)
    levels = [level.id for level in framework.levels]
    role = framework.role(SAMPLE_ROLE)
    skills = role.skill_ids
    li = repository.add_person(SECOND)
    repository.update_profile(
        li.id,
        name=SECOND,
        role_id=SAMPLE_ROLE,
        current_level=levels[1],
        target_level=levels[2],
        start_date=date(2021, 2, 28),
        notes="负责数据管道；希望带领团队。\nSecond line.",
    )
    repository.set_owner(li.id)
    first = repository.start_assessment(li.id, framework, SAMPLE_ROLE, levels[2], started_at=now)
    repository.set_rating(first.id, skills[0], levels[1], rated=True)
    repository.set_rating(first.id, skills[1], None, rated=True)
    repository.set_note(first.id, skills[0], "改进了模型监控 — “引号” and emoji 🚀")
    repository.complete(first.id, framework, completed_at=now + timedelta(days=1))
    repository.reopen(first.id)
    repository.set_rating(first.id, skills[2], levels[0], rated=True)
    repository.complete(first.id, framework, completed_at=now + timedelta(days=3))
    repository.set_manager_rating(first.id, skills[0], levels[2], rated=True)
    imported = repository.start_assessment(
        li.id, framework, "data-analyst", levels[1], started_at=now + timedelta(days=10)
    )
    repository.set_rating(imported.id, framework.role("data-analyst").skill_ids[0], levels[0], True)
    with database.write() as session:
        row = session.get(Assessment, imported.id)
        assert row is not None
        row.source = "imported"
        row.import_note = "2 skills were not in this framework: kept out."
    meeting = repository.add_meeting(li.id, date(2025, 3, 10), "讨论了目标", first.id)
    later = repository.add_meeting(li.id, date(2025, 4, 10), "Follow-up")
    one = repository.add_action_item(li.id, meeting.id, "写计划")
    two = repository.add_action_item(li.id, meeting.id, "Pair on canaries")
    three = repository.add_action_item(li.id, None, "Read the runbook")
    repository.reorder_action_items([three.id, one.id, two.id])
    repository.set_action_done(one.id, True, later.id)
    repository.set_action_done(three.id, True)
    repository.add_goal(li.id, skills[0], "带新人", due=date(2025, 9, 1), level_id=levels[2])
    sam = repository.add_person(THIRD)
    draft = repository.start_assessment(sam.id, framework, SAMPLE_ROLE, levels[1], started_at=now)
    repository.set_rating(draft.id, skills[0], levels[0], rated=True)
    repository.complete(draft.id, framework, completed_at=now)
    repository.set_archived(sam.id, True)


def everything_at(url: str) -> dict[str, list[tuple]]:
    """:func:`everything` in the team database at ``url``."""
    from db.engines.postgres import PostgresDatabase

    database = PostgresDatabase.connect(url)
    try:
        return everything(database)
    finally:
        database.close()
