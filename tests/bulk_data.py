"""Large, deterministic data sets written straight into a database (tests and ``make bench``).

Everything is inserted in a few bulk statements, as the app itself would have stored it:
completed assessments share the stored snapshot of their role, ratings carry notes.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from core.framework import Framework
from db.database import Database
from db.models import ActionItem, Assessment, Meeting, Person, Rating
from db.writes import stored_snapshot_id

START = datetime(2015, 1, 5, 9, 0, tzinfo=UTC)


def _uid(*parts: object) -> str:
    """A deterministic 32-character uid."""
    return hashlib.md5(repr(parts).encode()).hexdigest()


def add_people_with_history(
    database: Database,
    framework: Framework,
    role_id: str,
    people: int,
    assessments_each: int,
    *,
    name: str = "Person {n:04d}",
    first_id: int = 0,
) -> list[int]:
    """``people`` people with ``assessments_each`` completed assessments of ``role_id`` (a week
    apart; every skill rated, with a note); their ids."""
    skills = framework.role(role_id).skill_ids
    levels = [level.id for level in framework.levels]
    ids = []
    with database.write() as session:
        snapshot = stored_snapshot_id(session, framework, role_id)
        for p in range(people):
            n = first_id + p
            person = Person(
                name=name.format(n=n),
                uid=_uid(name.format(n=n)),
                role_id=role_id,
                target_level=levels[(n % 3) + 1],
                created_at=START,
            )
            session.add(person)
            session.flush()
            ids.append(person.id)
            rows = []
            for i in range(assessments_each):
                when = START + timedelta(days=7 * i, minutes=n)
                rows.append(
                    {
                        "person_id": person.id, "role_id": role_id,
                        "framework_id": framework.id, "framework_version": framework.version,
                        "target_level": levels[3], "status": "completed", "started_at": when,
                        "completed_at": when, "snapshot_id": snapshot, "uid": _uid(name.format(n=n), i),
                    }
                )  # fmt: skip
            if not rows:
                continue
            assessment_ids = session.scalars(
                insert(Assessment).returning(Assessment.id), rows
            ).all()
            session.execute(
                insert(Rating),
                [
                    {
                        "assessment_id": a_id, "skill_id": skill,
                        "level_id": levels[(i + j + n) % len(levels)], "is_rated": True,
                        "note": f"Evidence {i}/{j}: shipped the pipeline and wrote it up.",
                        "updated_at": START,
                    }
                    for i, a_id in enumerate(assessment_ids)
                    for j, skill in enumerate(skills)
                ],
            )  # fmt: skip
    return ids


def add_meetings(database: Database, person_id: int, count: int) -> None:
    """``count`` weekly one-on-ones with the person, each with one action item."""
    with database.write() as session:
        meeting_ids = session.scalars(
            insert(Meeting).returning(Meeting.id),
            [
                {"person_id": person_id, "held_on": date(2015, 1, 5) + timedelta(days=7 * i),
                 "notes": f"Meeting {i}: talked about the roadmap.", "created_at": START}
                for i in range(count)
            ],
        ).all()  # fmt: skip
        session.execute(
            insert(ActionItem),
            [
                {"person_id": person_id, "meeting_id": m_id, "text": f"Action {i}",
                 "position": i + 1, "created_at": START}
                for i, m_id in enumerate(meeting_ids)
            ],
        )  # fmt: skip
