"""One-on-one meetings and the action items agreed in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

MAX_ITEM_LENGTH = 1000


@dataclass(frozen=True)
class Meeting:
    """A one-on-one with a person on a day, with notes and maybe the assessment discussed."""

    id: int
    person_id: int
    held_on: date
    notes: str = ""
    assessment_id: int | None = None
    version: int = field(default=0, compare=False)
    """The stored version (raised by every change; a write expecting another is a conflict)."""


@dataclass(frozen=True)
class ActionItem:
    """Something agreed; it stays on the agenda of every later meeting until it is done."""

    id: int
    person_id: int
    text: str
    meeting_id: int | None = None
    created_at: datetime | None = None
    done_at: datetime | None = None
    position: int = 0
    """The person's own order of their items; lists show items by position."""
    done_meeting_id: int | None = None
    """The meeting the item was ticked in, if it was ticked in one."""
    version: int = field(default=0, compare=False)
    """The stored version (raised by every change; a write expecting another is a conflict)."""

    @property
    def is_open(self) -> bool:
        """Not done yet."""
        return self.done_at is None


def _meeting_key(meeting: Meeting) -> tuple[date, int]:
    return (meeting.held_on, meeting.id)


def items_for_meeting(
    items: list[ActionItem], meeting: Meeting, meetings: list[Meeting]
) -> list[ActionItem]:
    """The items a meeting shows, in the person's order: agreed in it, or agreed earlier and
    not yet done before it.

    A done item stays with the meeting it was ticked in (and the ones between its own and that
    one): it is not carried into any later meeting. An item done outside any meeting (or whose
    meeting was deleted) is carried until the day it was done.
    """
    key = _meeting_key(meeting)
    keys = {m.id: _meeting_key(m) for m in meetings}
    shown = []
    for item in items:
        own = keys.get(item.meeting_id) if item.meeting_id is not None else None
        if item.meeting_id == meeting.id:
            shown.append(item)
            continue
        carried = item.meeting_id is None or (own is not None and own < key)
        if not carried:
            continue
        if item.done_at is None:
            shown.append(item)
        elif item.done_meeting_id in keys:
            if keys[item.done_meeting_id] >= key:
                shown.append(item)
        elif item.done_at.date() >= meeting.held_on:
            shown.append(item)
    return sorted(shown, key=lambda i: (i.position, i.id))
