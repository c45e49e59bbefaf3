"""Render a :class:`core.agenda.Agenda` as a one-on-one agenda PDF (no Qt, no database)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from core.agenda import Agenda
from core.assessment import STATUS_COMPLETED, STATUS_DRAFT
from core.gaps import level_name
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.meetings import ActionItem
from core.team import Disagreement
from reports.blocks import (
    bullets,
    change_item,
    data_table,
    fact_grid,
    format_date,
    goal_item,
    heading,
    item_with_meta,
    section,
    steps_text,
    title_block,
)
from reports.document import Builder, Progress, render_document
from reports.markup import para, rich, text_para
from reports.styles import S, Styles

TITLE = QT_TRANSLATE_NOOP("Agenda", "One-on-one agenda")
NO_ROLE = QT_TRANSLATE_NOOP(
    "Agenda",
    "The role of the latest assessment is not in this framework, so its ratings cannot be compared.",
)
_STATUS = {
    STATUS_COMPLETED: QT_TRANSLATE_NOOP("Agenda", "Completed"),
    STATUS_DRAFT: QT_TRANSLATE_NOOP("Agenda", "Draft"),
}
"""English; translated where they are written (``translate("Agenda", ...)``)."""


def render_agenda(agenda: Agenda, *, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """PDF bytes of the agenda. ``paper`` is "a4" or "letter" (ValueError otherwise).

    ``progress(done, total)`` is called from the calling thread after each stage of the work.
    """
    builders: list[Builder] = [
        lambda styles, width: _header(agenda, styles, width),
        lambda styles, width: _changes(agenda, styles),
        lambda styles, width: _disagreements(agenda, styles, width),
        lambda styles, width: _gaps(agenda, styles, width),
        lambda styles, width: _overdue_goals(agenda, styles),
        lambda styles, width: _open_items(agenda, styles),
        lambda styles, width: _notes(agenda, styles),
    ]
    return render_document(
        builders,
        paper=paper,
        progress=progress,
        person=agenda.person.name,
        title=translate("Agenda", "One-on-one agenda: {person}").format(person=agenda.person.name),
        subject=translate("Agenda", "One-on-one on {date}").format(date=format_date(agenda.today)),
    )


def _target_label(agenda: Agenda) -> str | None:
    """The target level of the latest assessment, else of the person's profile."""
    level_id = agenda.latest.target_level if agenda.latest else agenda.person.target_level
    if level_id is None:
        return None
    return agenda.framework.level_label(level_id)


def _header(agenda: Agenda, styles: Styles, width: float) -> list[Flowable]:
    if agenda.role is not None:
        role = agenda.role.name
    elif agenda.latest is not None:
        role = translate("Agenda", "{role} (not in the framework)").format(
            role=agenda.latest.role_id
        )
    else:
        role = translate("Agenda", "No assessment yet")
    last, latest = agenda.last_meeting, agenda.latest
    status = "—"
    if latest is not None:
        status = latest.status
        if status in _STATUS:
            status = translate("Agenda", _STATUS[status])
    facts = [
        (translate("Agenda", "Role"), role),
        (translate("Agenda", "Date"), format_date(agenda.today)),
        (
            translate("Agenda", "Last meeting"),
            format_date(last.held_on) if last else translate("Agenda", "First meeting"),
        ),
        (
            translate("Agenda", "Latest assessment"),
            format_date(latest.date.date()) if latest else translate("Agenda", "None yet"),
        ),
        (translate("Agenda", "Assessment status"), status),
        (
            translate("Agenda", "Target level"),
            _target_label(agenda) or translate("Agenda", "Not set"),
        ),
    ]
    if agenda.framework.source is not None:
        facts.append((translate("Agenda", "Source"), agenda.framework.source.line()))
    title = translate("Agenda", TITLE)
    return [*title_block(title, agenda.person.name, styles), fact_grid(facts, styles, width)]


def _changes(agenda: Agenda, styles: Styles) -> list[Flowable]:
    latest, last = agenda.latest, agenda.last_meeting
    since = format_date(last.held_on) if last else ""
    story: list[Flowable] = []
    if agenda.new_assessment and latest is not None:
        when = format_date(latest.date.date())
        made = (
            translate("Agenda", "A new assessment was made on {date}.")
            if latest.is_completed
            else translate("Agenda", "A new assessment was started on {date}; it is still a draft.")
        )
        story.append(para(made.format(date=when), styles.body))
    elif agenda.changes or agenda.done_since_last:
        none = (
            translate("Agenda", "No new assessment since the last meeting on {date}.").format(
                date=since
            )
            if last
            else translate("Agenda", "No assessment yet.")
        )
        story.append(para(none, styles.body))
    if agenda.changes and latest is not None:
        count = len(agenda.changes)
        story.append(
            para(
                translate(
                    "Agenda",
                    "%n skill(s) changed level in the latest assessment ({date}) from the one "
                    "before:",
                    None, count,
                ).format(date=format_date(latest.date.date())),
                styles.body,
            )
        )  # fmt: skip
        story.append(
            bullets(
                [change_item(agenda.framework, agenda.role.id, c, styles) for c in agenda.changes]
            )
        )
    if agenda.done_since_last:
        lead = (
            translate("Agenda", "Action items done since the last meeting:")
            if last
            else translate("Agenda", "Action items done:")
        )
        items = [_item(agenda, item, styles) for item in agenda.done_since_last]
        story.extend([Spacer(1, S), para(lead, styles.body), bullets(items)])
    if not story:
        nothing = (
            translate(
                "Agenda",
                "Nothing changed since the last meeting on {date}: no new assessment, no level "
                "change and no action item done.",
            ).format(date=since)
            if last
            else translate(
                "Agenda", "Nothing to report yet: no assessment and no action item done."
            )
        )
        story.append(para(nothing, styles.body))
    return section(translate("Agenda", "Changes since the last meeting"), styles, story)


def _difference(disagreement: Disagreement) -> str:
    difference = disagreement.difference
    size = abs(difference)
    if difference > 0:
        return translate("Agenda", "Manager %n level(s) higher", None, size)
    return translate("Agenda", "Manager %n level(s) lower", None, size)


def _disagreements(agenda: Agenda, styles: Styles, width: float) -> list[Flowable]:
    title = translate("Agenda", "Where you and your manager disagree")
    latest = agenda.latest
    if agenda.disagreements and agenda.role is not None:
        framework, role_id = agenda.framework, agenda.role.id
        rows = [
            [
                text_para(cell, styles.cell)
                for cell in (
                    d.name,
                    level_name(framework, role_id, d.self_level),
                    level_name(framework, role_id, d.manager_level),
                    _difference(d),
                )
            ]
            for d in agenda.disagreements
        ]
        table = data_table(
            [
                translate("Agenda", "Skill"),
                translate("Agenda", "Self"),
                translate("Agenda", "Manager"),
                translate("Agenda", "Difference"),
            ],
            rows,
            (0.4, 0.17, 0.17, 0.26),
            styles,
            width,
        )
        intro = para(
            translate(
                "Agenda",
                "Skills you and your manager rate two or more levels apart, the largest "
                "difference first. Bring an example of your work for each.",
            ),
            styles.small,
        )
        return section(title, styles, [intro, table])
    if latest is None:
        text = translate("Agenda", "No assessment yet, so there are no ratings to compare.")
    elif agenda.role is None:
        text = translate("Agenda", NO_ROLE)
    elif not any(rating.rated for rating in latest.manager_ratings.values()):
        text = translate(
            "Agenda", "Your manager has not rated any skill of the latest assessment yet."
        )
    else:
        text = translate("Agenda", "No skill is rated two or more levels apart.")
    return [heading(title, styles, para(text, styles.body))]


def _gaps(agenda: Agenda, styles: Styles, width: float) -> list[Flowable]:
    target = _target_label(agenda)
    title = (
        translate("Agenda", "Gaps to {level}").format(level=rich(target))
        if target
        else translate("Agenda", "Gaps to the target level")
    )
    if agenda.gaps and agenda.role is not None:
        framework, role_id = agenda.framework, agenda.role.id
        rows = [
            [
                text_para(cell, styles.cell)
                for cell in (
                    gap.name,
                    translate("Agenda", "Required")
                    if gap.required
                    else translate("Agenda", "Optional"),
                    level_name(framework, role_id, gap.current),
                    steps_text(gap.gap, framework, role_id),
                )
            ]
            for gap in agenda.gaps
        ]
        table = data_table(
            [
                translate("Agenda", "Skill"),
                translate("Agenda", "Required/Optional"),
                translate("Agenda", "Current"),
                translate("Agenda", "Gap"),
            ],
            rows,
            (0.45, 0.22, 0.17, 0.16),
            styles,
            width,
        )
        count = len(agenda.gaps)
        intro = para(
            translate(
                "Agenda",
                "%n skill(s) below the target, required ones first, then the largest gaps.",
                None, count,
            ),
            styles.small,
        )  # fmt: skip
        return section(title, styles, [intro, table])
    if agenda.latest is None:
        text = translate("Agenda", "No assessment yet: rate the skills of a role to see the gaps.")
    elif agenda.role is None:
        text = translate("Agenda", NO_ROLE)
    else:
        text = translate("Agenda", "Every skill is at {level} or above.").format(
            level=rich(target or "")
        )
    return [heading(title, styles, para(text, styles.body))]


def _overdue_goals(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = translate("Agenda", "Overdue goals")
    if not agenda.overdue_goals:
        none = translate("Agenda", "No goal is past its due date.")
        return [heading(title, styles, para(none, styles.body))]
    goals = sorted(agenda.overdue_goals, key=lambda g: (g.due, g.id))
    items = [goal_item(agenda.framework, agenda.today, g, styles, True) for g in goals]
    count = len(goals)
    intro = para(
        translate(
            "Agenda", "%n open goal(s) past the due date: finish, re-plan or drop.", None, count
        ),
        styles.body,
    )
    return section(title, styles, [intro, bullets(items)])


def _item(agenda: Agenda, item: ActionItem, styles: Styles) -> Flowable:
    """An action item with when it was agreed (open) or done."""
    agreed_on = agenda.meeting_dates.get(item.meeting_id) if item.meeting_id else None
    if item.done_at is not None:
        meta = translate("Agenda", "done {date}").format(date=format_date(item.done_at.date()))
    elif agreed_on is not None:
        meta = translate("Agenda", "agreed at the meeting of {date}").format(
            date=format_date(agreed_on)
        )
    elif item.created_at is not None:
        meta = translate("Agenda", "added {date}").format(date=format_date(item.created_at.date()))
    else:
        meta = ""
    return item_with_meta(rich(item.text), meta, styles)


def _open_items(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = translate("Agenda", "Open action items")
    if not agenda.open_items:
        none = translate("Agenda", "No open action items.")
        return [heading(title, styles, para(none, styles.body))]
    intro = para(translate("Agenda", "Agreed earlier and not done yet:"), styles.body)
    items = [_item(agenda, item, styles) for item in agenda.open_items]
    return section(title, styles, [intro, bullets(items, numbered=True)])


def _notes(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = translate("Agenda", "Notes from the last meeting")
    last = agenda.last_meeting
    if last is None:
        return [
            heading(title, styles, para(translate("Agenda", "No earlier meeting."), styles.body))
        ]
    when = format_date(last.held_on)
    if not last.notes.strip():
        none = translate("Agenda", "No notes were taken on {date}.").format(date=when)
        return [heading(title, styles, para(none, styles.body))]
    lead = para(translate("Agenda", "Meeting of {date}:").format(date=when), styles.body)
    return section(title, styles, [lead, text_para(last.notes.strip("\n"), styles.note)])
