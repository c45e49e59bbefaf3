"""What a copy of people between two databases must preserve, read through :mod:`db.queries`.

Each person's content (profile, whole assessments with ratings, notes, manager ratings and frozen
role text, goals, meetings, action items in their order) is read on each side with the same read
queries and made comparable: database ids are replaced by identities (a person's uid, an
assessment's uid, a meeting's place in the person's list), so two copies compare equal exactly
when everything the app shows of them is the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.assessment import AssessmentInfo, PersonInfo
from core.goals import Goal
from core.i18n import translate
from core.meetings import ActionItem, Meeting
from db import queries

PARTS = ("profile", "assessments", "goals", "meetings", "action items")


@dataclass(frozen=True)
class PersonContent:
    """Everything of one person, ids replaced by identities."""

    person: PersonInfo
    assessments: tuple[AssessmentInfo, ...]
    goals: tuple[Goal, ...]
    meetings: tuple[Meeting, ...]
    action_items: tuple[ActionItem, ...]

    @property
    def rating_count(self) -> int:
        """Self ratings over every assessment."""
        return sum(len(a.ratings) for a in self.assessments)

    @property
    def manager_rating_count(self) -> int:
        """Manager ratings over every assessment."""
        return sum(len(a.manager_ratings) for a in self.assessments)


def _meeting_places(meetings: Sequence[Meeting]) -> dict[int, int]:
    """Meeting id -> its place (1, 2, …) in the person's list (by day, then as recorded)."""
    return {m.id: place for place, m in enumerate(meetings, start=1)}


def contents(connection: queries.Connection, person_ids: Sequence[int]) -> dict[str, PersonContent]:
    """The comparable content of these people, by person uid."""
    wanted = set(person_ids)
    people = {p.id: p for p in queries.people(connection) if p.id in wanted}
    by_person: dict[int, list[AssessmentInfo]] = {p: [] for p in people}
    for whole in queries.stream_history(connection, list(people)):
        by_person[whole.person_id].append(whole)
    assessment_uids = {a.id: a.uid for found in by_person.values() for a in found}
    found: dict[str, PersonContent] = {}
    for person_id, person in people.items():
        meetings = queries.meetings(connection, person_id)
        places = _meeting_places(meetings)
        found[person.uid] = PersonContent(
            person=dataclasses.replace(person, id=0),
            assessments=tuple(
                dataclasses.replace(a, id=0, person_id=0) for a in by_person[person_id]
            ),
            goals=tuple(
                dataclasses.replace(g, id=0, person_id=0)
                for g in queries.goals(connection, person_id)
            ),
            meetings=tuple(
                dataclasses.replace(
                    m,
                    id=0,
                    person_id=0,
                    assessment_id=_uid_key(m.assessment_id, assessment_uids),  # type: ignore[arg-type]
                )
                for m in meetings
            ),
            action_items=tuple(
                dataclasses.replace(
                    item,
                    id=0,
                    person_id=0,
                    meeting_id=places.get(item.meeting_id) if item.meeting_id else None,
                    done_meeting_id=(
                        places.get(item.done_meeting_id) if item.done_meeting_id else None
                    ),
                )
                for item in queries.action_items(connection, person_id)
            ),
        )
    return found


def _uid_key(assessment_id: int | None, uids: dict[int, str]) -> object:
    """An assessment reference made comparable: the assessment's uid (its id if it is not one
    of the person's own)."""
    if assessment_id is None:
        return None
    return uids.get(assessment_id, ("id", assessment_id))


def without_owner(found: dict[str, PersonContent]) -> dict[str, PersonContent]:
    """``found`` as it is expected in a target that kept its own owner ("this is me")."""
    return {
        uid: dataclasses.replace(c, person=dataclasses.replace(c.person, is_owner=False))
        for uid, c in found.items()
    }


def _parts(content: PersonContent) -> tuple[tuple[object, ...], ...]:
    return (
        (content.person,),
        content.assessments,
        content.goals,
        content.meetings,
        content.action_items,
    )


def part_label(part: str) -> str:
    """The user's word for a part of a person's content."""
    labels = {
        "profile": translate("Transfer", "profile"),
        "assessments": translate("Transfer", "assessments"),
        "goals": translate("Transfer", "goals"),
        "meetings": translate("Transfer", "meetings"),
        "action items": translate("Transfer", "action items"),
    }
    return labels[part]


def differences(
    expected: dict[str, PersonContent],
    actual: dict[str, PersonContent],
    uids: Iterable[str],
    where: str,
) -> list[str]:
    """One line per part of a person that differs between ``expected`` (the source) and
    ``actual`` (``where``: the target as the user knows it); empty when the copies agree."""
    found = []
    for uid in uids:
        source = expected.get(uid)
        target = actual.get(uid)
        name = source.person.name if source is not None else uid
        if target is None:
            found.append(
                translate("Transfer", "{person}: missing in {where}").format(
                    person=name, where=where
                )
            )
            continue
        if source is None:
            found.append(
                translate("Transfer", "{person}: missing in the source").format(person=name)
            )
            continue
        for part, mine, theirs in zip(PARTS, _parts(source), _parts(target), strict=True):
            if len(mine) != len(theirs):
                found.append(
                    translate(
                        "Transfer", "{person}: {part}: {count} in the source, {copied} in {where}"
                    ).format(
                        person=name,
                        part=part_label(part),
                        count=len(mine),
                        copied=len(theirs),
                        where=where,
                    )
                )
                continue
            for place, (one, other) in enumerate(zip(mine, theirs, strict=True), start=1):
                if one != other:
                    found.append(
                        translate(
                            "Transfer", "{person}: {part}: #{place} differs in {where}"
                        ).format(person=name, part=part_label(part), place=place, where=where)
                    )
                    break
    return found
