"""The schema as typed SQLAlchemy models (SQLite and PostgreSQL). Changes go through an Alembic
migration."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    mapped_column,
    object_session,
    relationship,
)
from sqlalchemy.types import TypeDecorator

from core.assessment import SOURCE_IMPORTED, SOURCE_SELF, STATUS_COMPLETED, STATUS_DRAFT
from core.goals import GoalStatus

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    """A random identifier for an assessment, shared by every copy of it."""
    return uuid.uuid4().hex


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite has no time zones); always read back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention and the UTC datetime type."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012


class Person(Base):
    """Someone whose growth is tracked: yourself, or a person you lead."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Stable across exchange files: an imported assessment finds its person by this, not by name.
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    # "This is me": the owner of the data folder (at most one person).
    is_owner: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The profile a manager keeps: the person's role, where they are and where they aim.
    role_id: Mapped[str | None] = mapped_column(String(64))
    framework_id: Mapped[str | None] = mapped_column(String(64))
    """The framework ``role_id`` belongs to; None: the default (built-in) one."""
    current_level: Mapped[str | None] = mapped_column(String(64))
    target_level: Mapped[str | None] = mapped_column(String(64))
    start_date: Mapped[date | None] = mapped_column(Date)
    # People who left keep their history, hidden unless asked for.
    archived_at: Mapped[datetime | None] = mapped_column()
    # In a team database: the login of the manager who owns the person, and their department
    # (who may see them is enforced by the server's row-level security; see db/engines).
    manager_login: Mapped[str | None] = mapped_column(String(63), index=True)
    department: Mapped[str | None] = mapped_column(String(100))

    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Assessment(Base):
    """One self-assessment of a person against a role. Completed ones are frozen snapshots."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint(f"status IN ('{STATUS_DRAFT}', '{STATUS_COMPLETED}')", name="status"),
        CheckConstraint(f"source IN ('{SOURCE_SELF}', '{SOURCE_IMPORTED}')", name="source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role_id: Mapped[str] = mapped_column(String(64))
    framework_id: Mapped[str] = mapped_column(String(64))
    framework_version: Mapped[str] = mapped_column(String(64))
    target_level: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default=STATUS_DRAFT)
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column()
    # The role as it was when the assessment was completed, so history never changes; each
    # distinct version is stored once (see RoleSnapshot) and shared by every assessment of it.
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("role_snapshots.id"), index=True)
    # Stable across exchange files: importing the same assessment twice finds this one.
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    # "self" (made here) or "imported" (from an exchange file), with what did not match.
    source: Mapped[str] = mapped_column(String(16), default=SOURCE_SELF)
    import_note: Mapped[str | None] = mapped_column(Text)
    # A completed assessment can be reopened (back to a draft); the last time and how often.
    reopened_at: Mapped[datetime | None] = mapped_column()
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="assessments")
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )


class RoleSnapshot(Base):
    """A role as it was when assessments were completed (JSON), stored once per distinct text.

    ``content_hash`` is the SHA-256 of ``document`` (see :func:`core.snapshot.snapshot_key`);
    rows are never changed, so a cache keyed by the hash stays right.
    """

    __tablename__ = "role_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    document: Mapped[str] = mapped_column(Text)


class Rating(Base):
    """A person's level for one skill in one assessment; ``level_id`` None means "not yet"."""

    __tablename__ = "ratings"
    __table_args__ = (UniqueConstraint("assessment_id", "skill_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    skill_id: Mapped[str] = mapped_column(String(64))
    level_id: Mapped[str | None] = mapped_column(String(64))
    is_rated: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")


class ManagerRating(Base):
    """The manager's level for one skill of a person's assessment, next to the self rating."""

    __tablename__ = "manager_ratings"
    __table_args__ = (
        UniqueConstraint("assessment_id", "skill_id"),
        CheckConstraint(f"source IN ('{SOURCE_SELF}', '{SOURCE_IMPORTED}')", name="source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    skill_id: Mapped[str] = mapped_column(String(64))
    level_id: Mapped[str | None] = mapped_column(String(64))
    is_rated: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    # "self": given in this data folder; "imported": received in someone else's file (read-only).
    source: Mapped[str] = mapped_column(String(16), default=SOURCE_SELF)


_GOAL_STATUSES = ", ".join(f"'{status.value}'" for status in GoalStatus)


class Goal(Base):
    """Something a person means to do for one skill. Open goals carry over between assessments."""

    __tablename__ = "goals"
    __table_args__ = (CheckConstraint(f"status IN ({_GOAL_STATUSES})", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    skill_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=GoalStatus.PLANNED.value)
    due: Mapped[date | None] = mapped_column(Date)
    # The level the goal aims at, if the person chose one.
    level_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    done_at: Mapped[datetime | None] = mapped_column()

    person: Mapped[Person] = relationship(back_populates="goals")


ACCOUNT_KINDS = ("head", "manager", "person")


class Account(Base):
    """A login of a team database: a department head, a manager, or a person's own account.

    The database's owner (who ran ``skill-ladder team init``) administers it and needs no row.
    """

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint(f"kind IN ({', '.join(repr(k) for k in ACCOUNT_KINDS)})", name="kind"),
    )

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    department: Mapped[str | None] = mapped_column(String(100))
    # A person's own account: whose assessments it sees.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    display_name: Mapped[str] = mapped_column(String(200), default="", server_default="")


class StoredFramework(Base):
    """A framework installed into the data (imported or native), beside the built-in one.

    ``document`` is the framework in the native schema as JSON (original language);
    ``content_hash`` is the SHA-256 of that text. A removed framework that archived people's
    history still reads keeps its row with ``removed_at`` set; it is no longer offered.
    """

    __tablename__ = "frameworks"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    document: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    import_format: Mapped[str] = mapped_column(String(32), default="native")
    """What it was imported from: native, csv, xlsx, ft, monzo or direct."""
    source_files: Mapped[str] = mapped_column(Text, default="")
    """The names of the files it was imported from, one per line (no folders)."""
    installed_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    removed_at: Mapped[datetime | None] = mapped_column()


class AppInfo(Base):
    """Facts about the file itself, e.g. which app version last migrated its schema."""

    __tablename__ = "app_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Meeting(Base):
    """A one-on-one: when it was held, with whom, what was said (and the assessment discussed)."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class ActionItem(Base):
    """Something agreed in a meeting; open items carry over to the next meeting until done."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Raised by every change; a write that expected another version is a conflict (two
    # clients editing the same record), shown to the user rather than overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    # The person's own order of their items (1, 2, …); reordering swaps these.
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    done_at: Mapped[datetime | None] = mapped_column()
    # The meeting it was ticked in: a done item is not shown in any later meeting.
    done_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )


VERSIONED = (Person, Assessment, Rating, ManagerRating, Goal, Meeting, ActionItem)
"""The records with a ``version``: every change of one through the ORM raises it by one."""


def _raise_version(_mapper: Mapper[object], _connection: object, target: object) -> None:
    """Raise the version of a changed row in the UPDATE itself (``version = version + 1``), so
    two clients' changes never both produce the same version."""
    session = object_session(target)
    if session is None or not session.is_modified(target, include_collections=False):
        return
    table = type(target).__table__  # type: ignore[attr-defined]
    target.version = table.c.version + 1  # type: ignore[attr-defined]


for _model in VERSIONED:
    event.listen(_model, "before_update", _raise_version)
