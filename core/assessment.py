"""Plain records of people, assessments and ratings, shared by db/, reports/ and app/."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

STATUS_DRAFT = "draft"
STATUS_COMPLETED = "completed"
SOURCE_SELF = "self"
SOURCE_IMPORTED = "imported"


@dataclass(frozen=True)
class PersonInfo:
    """A person whose growth is tracked."""

    id: int
    name: str
    is_sample: bool = False
    notes: str = ""
    role_id: str | None = None
    current_level: str | None = None
    target_level: str | None = None
    start_date: date | None = None
    archived_at: datetime | None = None
    uid: str = ""
    is_owner: bool = False
    """Whether this person is the owner of the data folder ("this is me")."""
    version: int = field(default=0, compare=False)
    """The stored version of the profile (raised by every change; 0: not read from storage)."""
    framework_id: str | None = None
    """The framework ``role_id`` belongs to; None: the default (built-in) one."""

    @property
    def archived(self) -> bool:
        """Whether the person left (their history is kept, hidden by default)."""
        return self.archived_at is not None


@dataclass(frozen=True)
class SkillRating:
    """A rating of one skill. ``level_id`` None with ``rated`` True means "not yet"."""

    skill_id: str
    level_id: str | None = None
    rated: bool = False
    note: str = ""
    version: int = field(default=0, compare=False)
    """The stored row's version (raised by every change); 0: no row stored yet."""


@dataclass(frozen=True)
class AssessmentInfo:
    """One assessment of a person against a role, with its ratings by skill id."""

    id: int
    person_id: int
    role_id: str
    framework_id: str
    framework_version: str
    target_level: str
    status: str
    started_at: datetime
    completed_at: datetime | None = None
    ratings: Mapping[str, SkillRating] = field(default_factory=dict)
    role_snapshot: str | None = None
    uid: str = ""
    source: str = SOURCE_SELF
    import_note: str | None = None
    manager_ratings: Mapping[str, SkillRating] = field(default_factory=dict)
    imported_manager_skills: frozenset[str] = frozenset()
    """Skills whose manager rating came in someone else's file (read-only here)."""
    reopened_at: datetime | None = None
    reopen_count: int = 0
    snapshot_key: str | None = None
    """The content hash of the stored role snapshot (completed assessments)."""

    @property
    def is_completed(self) -> bool:
        """Whether the assessment is frozen."""
        return self.status == STATUS_COMPLETED

    @property
    def date(self) -> datetime:
        """The date that identifies the assessment: completion, or start for a draft."""
        return self.completed_at or self.started_at

    def rating(self, skill_id: str) -> SkillRating:
        """The rating of a skill, unrated if there is none."""
        return self.ratings.get(skill_id) or SkillRating(skill_id)

    def manager_rating(self, skill_id: str) -> SkillRating:
        """The manager's rating of a skill, unrated if there is none."""
        return self.manager_ratings.get(skill_id) or SkillRating(skill_id)


@dataclass(frozen=True)
class AssessmentSummary:
    """What a listing shows of an assessment: no ratings, no snapshot (see :class:`AssessmentInfo`
    for the whole record)."""

    id: int
    person_id: int
    role_id: str
    framework_id: str
    framework_version: str
    target_level: str
    status: str
    started_at: datetime
    completed_at: datetime | None = None
    uid: str = ""
    source: str = SOURCE_SELF
    reopened_at: datetime | None = None
    reopen_count: int = 0
    snapshot_key: str | None = None

    @property
    def is_completed(self) -> bool:
        """Whether the assessment is frozen."""
        return self.status == STATUS_COMPLETED

    @property
    def date(self) -> datetime:
        """The date that identifies the assessment: completion, or start for a draft."""
        return self.completed_at or self.started_at
