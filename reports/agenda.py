"""Render a :class:`core.agenda.Agenda` as a one-on-one agenda PDF (no Qt, no database)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from core.agenda import Agenda
from core.assessment import STATUS_COMPLETED, STATUS_DRAFT
from core.gaps import level_name, scale_word
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
    plural,
    section,
    title_block,
)
from reports.document import Builder, Progress, render_document
from reports.markup import para, rich, text_para
from reports.styles import S, Styles

TITLE = "One-on-one agenda"
NO_ROLE = (
    "The role of the latest assessment is not in this framework, so its ratings cannot be compared."
)
_STATUS = {STATUS_COMPLETED: "Completed", STATUS_DRAFT: "Draft"}


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
        title=f"{TITLE}: {agenda.person.name}",
        subject=f"One-on-one on {format_date(agenda.today)}",
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
        role = f"{agenda.latest.role_id} (not in the framework)"
    else:
        role = "No assessment yet"
    last, latest = agenda.last_meeting, agenda.latest
    facts = [
        ("Role", role),
        ("Date", format_date(agenda.today)),
        ("Last meeting", format_date(last.held_on) if last else "First meeting"),
        ("Latest assessment", format_date(latest.date.date()) if latest else "None yet"),
        ("Assessment status", _STATUS.get(latest.status, latest.status) if latest else "—"),
        ("Target level", _target_label(agenda) or "Not set"),
    ]
    if agenda.framework.source is not None:
        facts.append(("Source", agenda.framework.source.line()))
    return [*title_block(TITLE, agenda.person.name, styles), fact_grid(facts, styles, width)]


def _changes(agenda: Agenda, styles: Styles) -> list[Flowable]:
    latest, last = agenda.latest, agenda.last_meeting
    since = f" on {format_date(last.held_on)}" if last else ""
    story: list[Flowable] = []
    if agenda.new_assessment and latest is not None:
        when = format_date(latest.date.date())
        story.append(
            para(f"A new assessment was made on {when}.", styles.body)
            if latest.is_completed
            else para(f"A new assessment was started on {when}; it is still a draft.", styles.body)
        )
    elif agenda.changes or agenda.done_since_last:
        none = f"No new assessment since the last meeting{since}." if last else "No assessment yet."
        story.append(para(none, styles.body))
    if agenda.changes and latest is not None:
        story.append(
            para(
                f"{plural(len(agenda.changes), 'skill')} changed level in the latest assessment "
                f"({format_date(latest.date.date())}) from the one before:",
                styles.body,
            )
        )
        story.append(
            bullets(
                [change_item(agenda.framework, agenda.role.id, c, styles) for c in agenda.changes]
            )
        )
    if agenda.done_since_last:
        lead = "Action items done since the last meeting:" if last else "Action items done:"
        items = [_item(agenda, item, styles) for item in agenda.done_since_last]
        story.extend([Spacer(1, S), para(lead, styles.body), bullets(items)])
    if not story:
        nothing = (
            f"Nothing changed since the last meeting{since}: no new assessment, no level change "
            "and no action item done."
            if last
            else "Nothing to report yet: no assessment and no action item done."
        )
        story.append(para(nothing, styles.body))
    return section("Changes since the last meeting", styles, story)


def _difference(disagreement: Disagreement) -> str:
    difference = disagreement.difference
    side = "higher" if difference > 0 else "lower"
    return f"Manager {plural(abs(difference), 'level')} {side}"


def _disagreements(agenda: Agenda, styles: Styles, width: float) -> list[Flowable]:
    title = "Where you and your manager disagree"
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
            ["Skill", "Self", "Manager", "Difference"], rows, (0.4, 0.17, 0.17, 0.26), styles, width
        )
        intro = para(
            "Skills you and your manager rate two or more levels apart, the largest difference "
            "first. Bring an example of your work for each.",
            styles.small,
        )
        return section(title, styles, [intro, table])
    if latest is None:
        text = "No assessment yet, so there are no ratings to compare."
    elif agenda.role is None:
        text = NO_ROLE
    elif not any(rating.rated for rating in latest.manager_ratings.values()):
        text = "Your manager has not rated any skill of the latest assessment yet."
    else:
        text = "No skill is rated two or more levels apart."
    return [heading(title, styles, para(text, styles.body))]


def _gaps(agenda: Agenda, styles: Styles, width: float) -> list[Flowable]:
    target = _target_label(agenda)
    title = f"Gaps to {rich(target)}" if target else "Gaps to the target level"
    if agenda.gaps and agenda.role is not None:
        framework, role_id = agenda.framework, agenda.role.id
        rows = [
            [
                text_para(cell, styles.cell)
                for cell in (
                    gap.name,
                    "Required" if gap.required else "Optional",
                    level_name(framework, role_id, gap.current),
                    plural(gap.gap, scale_word(framework, role_id)),
                )
            ]
            for gap in agenda.gaps
        ]
        table = data_table(
            ["Skill", "Required/Optional", "Current", "Gap"],
            rows,
            (0.45, 0.22, 0.17, 0.16),
            styles,
            width,
        )
        intro = para(
            f"{plural(len(agenda.gaps), 'skill')} below the target, required ones first, then "
            "the largest gaps.",
            styles.small,
        )
        return section(title, styles, [intro, table])
    if agenda.latest is None:
        text = "No assessment yet: rate the skills of a role to see the gaps."
    elif agenda.role is None:
        text = NO_ROLE
    else:
        text = f"Every skill is at {rich(target or '')} or above."
    return [heading(title, styles, para(text, styles.body))]


def _overdue_goals(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = "Overdue goals"
    if not agenda.overdue_goals:
        return [heading(title, styles, para("No goal is past its due date.", styles.body))]
    goals = sorted(agenda.overdue_goals, key=lambda g: (g.due, g.id))
    items = [goal_item(agenda.framework, agenda.today, g, styles, True) for g in goals]
    intro = para(
        f"{plural(len(goals), 'open goal')} past the due date: finish, re-plan or drop.",
        styles.body,
    )
    return section(title, styles, [intro, bullets(items)])


def _item(agenda: Agenda, item: ActionItem, styles: Styles) -> Flowable:
    """An action item with when it was agreed (open) or done."""
    agreed_on = agenda.meeting_dates.get(item.meeting_id) if item.meeting_id else None
    if item.done_at is not None:
        meta = f"done {format_date(item.done_at.date())}"
    elif agreed_on is not None:
        meta = f"agreed at the meeting of {format_date(agreed_on)}"
    elif item.created_at is not None:
        meta = f"added {format_date(item.created_at.date())}"
    else:
        meta = ""
    return item_with_meta(rich(item.text), meta, styles)


def _open_items(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = "Open action items"
    if not agenda.open_items:
        return [heading(title, styles, para("No open action items.", styles.body))]
    intro = para("Agreed earlier and not done yet:", styles.body)
    items = [_item(agenda, item, styles) for item in agenda.open_items]
    return section(title, styles, [intro, bullets(items, numbered=True)])


def _notes(agenda: Agenda, styles: Styles) -> list[Flowable]:
    title = "Notes from the last meeting"
    last = agenda.last_meeting
    if last is None:
        return [heading(title, styles, para("No earlier meeting.", styles.body))]
    when = format_date(last.held_on)
    if not last.notes.strip():
        return [heading(title, styles, para(f"No notes were taken on {when}.", styles.body))]
    lead = para(f"Meeting of {when}:", styles.body)
    return section(title, styles, [lead, text_para(last.notes.strip("\n"), styles.note)])
