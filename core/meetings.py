"""One-on-one meetings and the action items agreed in them."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class ActionItem:
    """Something agreed; it stays on the agenda of every later meeting until it is done."""

    id: int
    person_id: int
    text: str
    meeting_id: int | None = None
    created_at: datetime | None = None
    done_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """Not done yet."""
        return self.done_at is None


def items_for_meeting(
    items: list[ActionItem], meeting: Meeting, meetings: list[Meeting]
) -> list[ActionItem]:
    """The items a meeting shows: agreed in it, or agreed earlier and still open when it was held.

    An item done after an earlier meeting but before this one is not carried into it.
    """
    earlier = {m.id for m in meetings if (m.held_on, m.id) < (meeting.held_on, meeting.id)}
    shown = []
    for item in items:
        carried = item.meeting_id in earlier or item.meeting_id is None
        still_open = item.done_at is None or item.done_at.date() >= meeting.held_on
        if item.meeting_id == meeting.id or (carried and still_open):
            shown.append(item)
    return shown
