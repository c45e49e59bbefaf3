"""Copy people with everything of theirs from one open database to another, whatever the engines.

The local SQLite file into a team database on a PostgreSQL server, or a team database into a new
local file: profiles, assessments with their ratings, notes and frozen role text (each distinct
text stored once in the target, found by its content hash), manager ratings, goals, meetings and
action items with their order and the meetings they were agreed and ticked in.

Database ids are new in the target; identities (a person's uid, an assessment's uid) are kept.
The copy is one transaction on the target, and the source is only read. Before it commits, every
copied person is read back through :mod:`db.queries` on both sides and compared
(:mod:`db.transfer_check`); any difference rolls the whole copy back. Rows are inserted in bulk,
a few statements per batch of people, not one per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.exc import IntegrityError

from core.i18n import join_list, translate
from db import queries, transfer_check
from db.database import Database
from db.errors import StorageError
from db.models import (
    ActionItem,
    Assessment,
    Goal,
    ManagerRating,
    Meeting,
    Person,
    Rating,
    RoleSnapshot,
    StoredFramework,
)

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all): one step per person copied, one per person checked."""

BATCH = 250
"""People read and inserted together (a few statements per batch and table)."""
IN_CHUNK = 1000

PEOPLE: Table = Person.__table__  # type: ignore[assignment]
ASSESSMENTS: Table = Assessment.__table__  # type: ignore[assignment]
SNAPSHOTS: Table = RoleSnapshot.__table__  # type: ignore[assignment]
FRAMEWORKS: Table = StoredFramework.__table__  # type: ignore[assignment]
RATINGS: Table = Rating.__table__  # type: ignore[assignment]
MANAGER_RATINGS: Table = ManagerRating.__table__  # type: ignore[assignment]
GOALS: Table = Goal.__table__  # type: ignore[assignment]
MEETINGS: Table = Meeting.__table__  # type: ignore[assignment]
ACTION_ITEMS: Table = ActionItem.__table__  # type: ignore[assignment]

COUNTED = (
    "people",
    "assessments",
    "ratings",
    "manager_ratings",
    "goals",
    "meetings",
    "action_items",
    "role_snapshots",
)


class TransferError(StorageError):
    """Nothing was copied: the target was left as it was."""


class AlreadyThereError(TransferError):
    """Some of the people are in the target already (the same person, by identity)."""

    def __init__(self, names: Sequence[str], where: str) -> None:
        self.names = tuple(names)
        n = len(self.names)
        super().__init__(
            translate(
                "Transfer",
                "%n person(s) already in {where}: {names}. Nothing was copied; copy again "
                "without them, or skip the people already there.",
                None,
                n,
            ).format(where=where, names=", ".join(self.names))
        )


class ConflictError(TransferError):
    """Some of the people cannot be copied as they are (a name or an assessment taken)."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            translate("Transfer", "Nothing was copied:\n{problems}").format(
                problems="\n".join(f"  {p}" for p in self.problems)
            )
        )


class VerificationError(TransferError):
    """Read back, the copy differed from the source; it was rolled back."""

    def __init__(self, differences: Sequence[str]) -> None:
        self.differences = tuple(differences)
        super().__init__(
            translate(
                "Transfer",
                "The copy was checked and did not match the source, so it was undone and "
                "nothing was copied:\n{differences}",
            ).format(differences="\n".join(f"  {d}" for d in self.differences))
        )


@dataclass(frozen=True)
class TransferResult:
    """What was copied (and verified), and who was left out."""

    copied: tuple[str, ...]
    """Names of the people copied."""
    skipped: tuple[str, ...] = ()
    """Names of the people left out because they were in the target already."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """Rows added to the target per table (``COUNTED``), as read back and checked."""
    snapshots_reused: int = 0
    """Frozen role texts the target had already (shared, not stored twice)."""
    owner_kept: bool = True
    """False when the copied owner ("this is me") lost the mark: the target had an owner."""
    frameworks_installed: tuple[str, ...] = ()
    """Names of the frameworks the copied people use, installed in the target by the copy."""

    def summary_lines(self) -> list[str]:
        """The counts in the user's words, one per line."""
        lines = count_lines(self.counts)
        if self.frameworks_installed:
            lines.append(
                translate("Transfer", "frameworks installed for them: {names}").format(
                    names=join_list(self.frameworks_installed)
                )
            )
        return lines


def count_lines(counts: Mapping[str, int]) -> list[str]:
    """Per-table counts in the user's words."""
    people = counts.get("people", 0)
    assessments = counts.get("assessments", 0)
    ratings = counts.get("ratings", 0)
    manager = counts.get("manager_ratings", 0)
    goals = counts.get("goals", 0)
    meetings = counts.get("meetings", 0)
    items = counts.get("action_items", 0)
    snapshots = counts.get("role_snapshots", 0)
    return [
        translate("Transfer", "%n person(s)", None, people),
        translate("Transfer", "%n assessment(s)", None, assessments),
        translate("Transfer", "%n rating(s)", None, ratings),
        translate("Transfer", "%n manager rating(s)", None, manager),
        translate("Transfer", "%n goal(s)", None, goals),
        translate("Transfer", "%n meeting(s)", None, meetings),
        translate("Transfer", "%n action item(s)", None, items),
        translate("Transfer", "%n new frozen role text(s)", None, snapshots),
    ]


def target_label(database: Database) -> str:
    """How messages name a database: the team database, or the file."""
    if database.path is None:
        return translate("Transfer", "the team database ({location})").format(
            location=database.location
        )
    return translate("Transfer", "the file {file}").format(file=database.path.name)


def _chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@contextmanager
def _source_snapshot(source: Database) -> Iterator[Connection]:
    """A read transaction on the source that sees one consistent state of it."""
    with source.engine.connect() as connection:
        if source.kind == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection


def copy_people(
    source: Database,
    target: Database,
    person_ids: Sequence[int] | None = None,
    *,
    skip_existing: bool = False,
    progress: Progress | None = None,
) -> TransferResult:
    """Copy these people of ``source`` (all when None) with everything of theirs to ``target``
    in one transaction, verified before it commits; ``source`` is only read.

    People already in ``target`` (the same uid) make the whole copy fail with
    :class:`AlreadyThereError`, or are left out with ``skip_existing``. A name used by someone
    else in the target, or an assessment already there, fails it with :class:`ConflictError`.
    """
    if source.location == target.location and source.kind == target.kind:
        raise TransferError(
            translate("Transfer", "The source and the target are the same database.")
        )
    try:
        with _source_snapshot(source) as reading, target.write() as session:
            writing = session.connection()
            copy = _Copy(reading, writing, target_label(target), progress)
            copy.manager_login = target.login
            return copy.run(person_ids, skip_existing)
    except IntegrityError as exc:  # a uid or name taken meanwhile by another client
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise TransferError(
            translate(
                "Transfer",
                "Someone else added some of the same people or assessments while this copy "
                "ran; nothing was copied. Try again. ({reason})",
            ).format(reason=reason)
        ) from None


class _Copy:
    """One copy: the source's read transaction, the target's write transaction."""

    def __init__(
        self, source: Connection, target: Connection, where: str, progress: Progress | None
    ) -> None:
        self.source = source
        self.target = target
        self.where = where
        self.progress = progress or (lambda _done, _total: None)
        self.people: dict[int, int] = {}
        self.assessments: dict[int, int] = {}
        self.snapshots: dict[int, int] = {}
        self.meetings: dict[int, int] = {}
        self.added = dict.fromkeys(COUNTED, 0)
        self.reused = 0
        self.frameworks_seen: set[str] = set()
        self.frameworks_installed: list[str] = []
        """Names of the frameworks installed in the target for the copied people."""
        self.manager_login: str | None = None
        """Given to copied people who have no manager yet: in a team database, the login
        copying them (row-level security lets a manager add only their own people)."""

    # --- the plan ---------------------------------------------------------------------------

    def run(self, person_ids: Sequence[int] | None, skip_existing: bool) -> TransferResult:
        chosen = self._chosen(person_ids)
        there = self._present(PEOPLE, "uid", [row.uid for row in chosen])
        skipped = [row for row in chosen if row.uid in there]
        if skipped and not skip_existing:
            raise AlreadyThereError([row.name for row in skipped], self.where)
        copied = [row for row in chosen if row.uid not in there]
        self._refuse_conflicts(copied)
        owner_kept = self._owner_kept(copied)
        before = queries.counts(queries.EngineReader(self.target))
        ids = [row.id for row in copied]
        total = 2 * len(ids)
        for done, batch in enumerate(_chunks(ids, BATCH)):
            self._copy_batch(list(batch), owner_kept)
            self.progress(min(done * BATCH + len(batch), len(ids)), total)
        counts = self._verify(ids, before, owner_kept, total)
        return TransferResult(
            copied=tuple(row.name for row in copied),
            skipped=tuple(row.name for row in skipped),
            counts=counts,
            snapshots_reused=self.reused,
            owner_kept=owner_kept,
            frameworks_installed=tuple(self.frameworks_installed),
        )

    def _chosen(self, person_ids: Sequence[int] | None) -> list[Any]:
        columns = select(PEOPLE.c.id, PEOPLE.c.uid, PEOPLE.c.name, PEOPLE.c.is_owner)
        if person_ids is None:
            return list(self.source.execute(columns.order_by(PEOPLE.c.id)))
        wanted = list(dict.fromkeys(person_ids))
        rows = []
        for chunk in _chunks(wanted):
            rows.extend(self.source.execute(columns.where(PEOPLE.c.id.in_(chunk))))
        missing = set(wanted) - {row.id for row in rows}
        if missing:
            raise TransferError(
                translate("Transfer", "No person with id {ids} in the source.").format(
                    ids=", ".join(map(str, sorted(missing)))
                )
            )
        return sorted(rows, key=lambda row: row.id)

    def _present(self, table: Table, column: str, values: Sequence[str]) -> set[str]:
        """Which of ``values`` the target's ``table.column`` has."""
        found: set[str] = set()
        for chunk in _chunks(list(values)):
            found.update(
                self.target.execute(
                    select(table.c[column]).where(table.c[column].in_(chunk))
                ).scalars()
            )
        return found

    def _refuse_conflicts(self, copied: Sequence[Any]) -> None:
        problems = []
        taken = self._present(PEOPLE, "name", [row.name for row in copied])
        for row in copied:
            if row.name in taken:
                problems.append(
                    translate(
                        "Transfer",
                        "{where} has a different person called '{person}': rename one of them "
                        "first.",
                    ).format(where=self.where, person=row.name)
                )
        names = {row.id: row.name for row in copied}
        uids: dict[str, int] = {}
        for chunk in _chunks(list(names)):
            uids.update(
                self.source.execute(
                    select(ASSESSMENTS.c.uid, ASSESSMENTS.c.person_id).where(
                        ASSESSMENTS.c.person_id.in_(chunk)
                    )
                ).all()
            )
        for uid in sorted(self._present(ASSESSMENTS, "uid", list(uids))):
            problems.append(
                translate(
                    "Transfer",
                    "An assessment of '{person}' ({uid}) is in {where} already, under someone "
                    "else.",
                ).format(person=names[uids[uid]], uid=uid, where=self.where)
            )
        if problems:
            raise ConflictError(problems)

    def _owner_kept(self, copied: Sequence[Any]) -> bool:
        """The owner mark travels unless the target has an owner already."""
        if not any(row.is_owner for row in copied):
            return True
        owners = self.target.execute(
            select(func.count()).select_from(PEOPLE).where(PEOPLE.c.is_owner.is_(True))
        ).scalar_one()
        return owners == 0

    # --- copying ----------------------------------------------------------------------------

    def _rows(self, table: Table, condition: Any) -> list[dict[str, Any]]:
        query = select(table).where(condition).order_by(table.c.id)
        return [dict(row._mapping) for row in self.source.execute(query)]

    def _insert(self, table: Table, rows: list[dict[str, Any]], key: str) -> None:
        """Insert ``rows`` (without their ids) in bulk; with ``key``, record old -> new ids."""
        if not rows:
            return
        old_ids = [row.pop("id") for row in rows]
        self.added[table.name] += len(rows)
        if not key:  # executemany: psycopg pipelines the statements, sqlite3 loops in C
            self.target.execute(insert(table), rows)
            return
        new_ids = self.target.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        ).scalars()
        getattr(self, key).update(zip(old_ids, new_ids, strict=True))

    def _copy_batch(self, person_ids: list[int], owner_kept: bool) -> None:
        people = self._rows(PEOPLE, PEOPLE.c.id.in_(person_ids))
        for row in people:
            if not owner_kept:
                row["is_owner"] = False
            if row["manager_login"] is None:
                row["manager_login"] = self.manager_login
        assessments = self._rows(ASSESSMENTS, ASSESSMENTS.c.person_id.in_(person_ids))
        self._copy_frameworks({row["framework_id"] for row in (*people, *assessments)} - {None})
        self._insert(PEOPLE, people, "people")

        self._copy_snapshots({row["snapshot_id"] for row in assessments} - {None})
        for row in assessments:
            row["person_id"] = self.people[row["person_id"]]
            if row["snapshot_id"] is not None:
                row["snapshot_id"] = self.snapshots[row["snapshot_id"]]
        self._insert(ASSESSMENTS, assessments, "assessments")

        of_people = select(ASSESSMENTS.c.id).where(ASSESSMENTS.c.person_id.in_(person_ids))
        for table in (RATINGS, MANAGER_RATINGS):
            rows = self._rows(table, table.c.assessment_id.in_(of_people))
            for row in rows:
                row["assessment_id"] = self.assessments[row["assessment_id"]]
            self._insert(table, rows, "")

        goals = self._rows(GOALS, GOALS.c.person_id.in_(person_ids))
        for row in goals:
            row["person_id"] = self.people[row["person_id"]]
        self._insert(GOALS, goals, "")

        meetings = self._rows(MEETINGS, MEETINGS.c.person_id.in_(person_ids))
        self._map_other_assessments({row["assessment_id"] for row in meetings} - {None})
        for row in meetings:
            row["person_id"] = self.people[row["person_id"]]
            if row["assessment_id"] is not None:
                row["assessment_id"] = self.assessments.get(row["assessment_id"])
        self._insert(MEETINGS, meetings, "meetings")

        items = self._rows(ACTION_ITEMS, ACTION_ITEMS.c.person_id.in_(person_ids))
        for row in items:
            row["person_id"] = self.people[row["person_id"]]
            for column in ("meeting_id", "done_meeting_id"):
                if row[column] is not None:
                    row[column] = self.meetings.get(row[column])
        self._insert(ACTION_ITEMS, items, "")

    def _copy_frameworks(self, framework_ids: set[str]) -> None:
        """Install in the target the frameworks the copied people use that it lacks (one it
        has already, of the same id, is kept as it is: its own version)."""
        wanted = sorted(framework_ids - self.frameworks_seen)
        self.frameworks_seen.update(wanted)
        if not wanted:
            return
        present = self._present(FRAMEWORKS, "id", wanted)
        rows = [
            dict(row._mapping)
            for row in self.source.execute(
                select(FRAMEWORKS).where(FRAMEWORKS.c.id.in_(sorted(set(wanted) - present)))
            )
        ]
        if rows:
            self.target.execute(insert(FRAMEWORKS), rows)
            self.frameworks_installed.extend(row["name"] for row in rows)

    def _copy_snapshots(self, source_ids: set[int]) -> None:
        """Map the source's snapshots to the target's with the same content hash, storing the
        texts the target does not have."""
        needed = sorted(source_ids - set(self.snapshots))
        if not needed:
            return
        rows = []
        for chunk in _chunks(needed):
            rows.extend(self._rows(SNAPSHOTS, SNAPSHOTS.c.id.in_(chunk)))
        existing: dict[str, int] = {}
        for chunk in _chunks([row["content_hash"] for row in rows]):
            existing.update(
                self.target.execute(
                    select(SNAPSHOTS.c.content_hash, SNAPSHOTS.c.id).where(
                        SNAPSHOTS.c.content_hash.in_(chunk)
                    )
                ).all()
            )
        new = []
        for row in rows:
            if row["content_hash"] in existing:
                self.snapshots[row["id"]] = existing[row["content_hash"]]
                self.reused += 1
            else:
                new.append(row)
        self._insert(SNAPSHOTS, new, "snapshots")

    def _map_other_assessments(self, source_ids: set[int]) -> None:
        """A meeting that discussed an assessment of someone not copied in this batch: the
        target's assessment with the same uid, if it is there."""
        others = sorted(source_ids - set(self.assessments))
        if not others:
            return
        uids = dict(
            self.source.execute(
                select(ASSESSMENTS.c.uid, ASSESSMENTS.c.id).where(ASSESSMENTS.c.id.in_(others))
            ).all()
        )
        for uid, target_id in self.target.execute(
            select(ASSESSMENTS.c.uid, ASSESSMENTS.c.id).where(ASSESSMENTS.c.uid.in_(list(uids)))
        ).all():
            self.assessments[uids[uid]] = target_id

    # --- checking ---------------------------------------------------------------------------

    def _verify(
        self, ids: list[int], before: dict[str, int], owner_kept: bool, total: int
    ) -> dict[str, int]:
        """Read every copied person back on both sides and compare; raise if anything differs."""
        source_reader = queries.EngineReader(self.source)
        target_reader = queries.EngineReader(self.target)
        uids: list[str] = []
        problems: list[str] = []
        counts = dict.fromkeys(COUNTED, 0)
        for done, batch in enumerate(_chunks(ids, BATCH)):
            expected = transfer_check.contents(source_reader, list(batch))
            actual = transfer_check.contents(target_reader, [self.people[i] for i in batch])
            if not owner_kept:
                expected = transfer_check.without_owner(expected)
            batch_uids = list(expected)
            uids.extend(batch_uids)
            problems.extend(transfer_check.differences(expected, actual, batch_uids, self.where))
            for content in actual.values():
                counts["people"] += 1
                counts["assessments"] += len(content.assessments)
                counts["ratings"] += content.rating_count
                counts["manager_ratings"] += content.manager_rating_count
                counts["goals"] += len(content.goals)
                counts["meetings"] += len(content.meetings)
                counts["action_items"] += len(content.action_items)
            self.progress(len(ids) + min(done * BATCH + len(batch), len(ids)), total)
        after = queries.counts(target_reader)
        counts["role_snapshots"] = self.added["role_snapshots"]
        for table in COUNTED:
            grown = after[table] - before[table]
            if grown != counts[table] or grown != self.added[table]:
                problems.append(
                    translate(
                        "Transfer",
                        "{table}: {count} row(s) copied, {grown} added to {where}",
                    ).format(table=table, count=self.added[table], grown=grown, where=self.where)
                )
        if problems:
            raise VerificationError(problems)
        return counts
