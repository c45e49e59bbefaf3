"""Building blocks every report shares: title, fact grid, headings, lists, tables, goal lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.colors import Color
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    ListFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.framework import Framework, Mark
from core.gaps import level_name
from core.goals import Goal
from core.history import SkillChange
from core.i18n import long_date, translate
from reports.fonts import SANS
from reports.markup import para, rich, text_para
from reports.styles import ACCENT, DOWN, HEADER_FILL, MUTED, RULE, XXL, ZEBRA, L, M, S, Styles


def format_date(value: date) -> str:
    """A date in the document's language: "22 November 2026", "2026年11月22日"."""
    return long_date(value)


def steps_text(count: int, framework: Framework, role_id: str) -> str:
    """A number of steps on the role's rating scale: "1 level", "2 steps", "2 级"."""
    if framework.uses_proficiency(role_id):
        return translate("Report", "%n step(s)", None, count)
    return translate("Report", "%n level(s)", None, count)


def join_names(names: Sequence[str]) -> str:
    """Names listed as the document's language lists them: "A, B", "A、B"."""
    return translate("Report", ", ").join(names)


def hex_color(color: Color) -> str:
    """A colour as "#RRGGBB" for ``<font color>``."""
    return "#" + color.hexval()[2:]


def skill_name(framework: Framework, skill_id: str) -> str:
    """The skill's name, or its id when the framework no longer has it."""
    return framework.skill_label(skill_id)


def title_block(title: str, name: str, styles: Styles) -> list[Flowable]:
    """The fixed document title over an accent rule, then the person's name."""
    return [
        para(title, styles.title),
        HRFlowable(width=44, thickness=3, color=ACCENT, hAlign="LEFT", spaceBefore=S, spaceAfter=L),
        text_para(name, styles.name),
    ]


def fact_grid(
    facts: Sequence[tuple[str, str]], styles: Styles, width: float, columns: int = 3
) -> Table:
    """Labelled facts (label, value; both shown literally), ``columns`` to a row, between rules."""
    cells = [
        [text_para(label, styles.meta_label), text_para(value, styles.meta_value)]
        for label, value in facts
    ]
    rows = [cells[start : start + columns] for start in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    grid = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Cells hold paragraphs, but the table still selects its cell font (Helvetica by
                # default, which is not embedded).
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), L),
                ("TOPPADDING", (0, 0), (-1, -1), S),
                ("BOTTOMPADDING", (0, 0), (-1, -1), S),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return grid


SPLIT_ROOM = 180
"""Points left on a page from which a heading may start there with content that splits (a
table, a list, a long paragraph): enough for the heading, its lead-in and a few lines or rows."""

_SPLITTABLE = (Paragraph, Table, ListFlowable)


class _KeepWithContent(KeepTogether):
    """KeepTogether that lets long content start on this page when ``room`` points are left."""

    def __init__(self, flowables: list[Flowable], room: float | None) -> None:
        super().__init__(flowables)
        self._room = room

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (ReportLab API)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._room is not None and self._H > aH >= self._room:
            return list(self._content)  # starts here and splits in the frame
        return super().split(aW, aH)


def heading(markup: str, styles: Styles, *first: Flowable, room: float | None = None) -> Flowable:
    """A section heading under a short accent bar, kept on the page with ``first`` (the start
    of its content): when they do not all fit, they move to the next page together.

    With ``room``, content too long to keep whole (``first`` ending in a table, a list or a
    long paragraph) starts where it is, split after the heading, if at least ``room`` points
    are left on the page; with less, the heading moves to the next page with it.
    """
    bar = HRFlowable(
        width=26, thickness=2.5, color=ACCENT, hAlign="LEFT", spaceBefore=XXL, spaceAfter=M
    )
    return _KeepWithContent([bar, para(markup, styles.h1), *first], room)


def section(markup: str, styles: Styles, story: Sequence[Flowable]) -> list[Flowable]:
    """A heading and its content; the heading stays on its page with the lead-in paragraphs
    and the first block after them (a list, a table, a chart), never alone at a page foot."""
    count = 0
    while count < len(story) - 1 and isinstance(story[count], (Paragraph, Spacer)):
        count += 1
    kept = list(story[: count + 1])
    room = SPLIT_ROOM if kept and isinstance(kept[-1], _SPLITTABLE) else None
    return [heading(markup, styles, *kept, room=room), *story[count + 1 :]]


def bullets(items: Sequence[Flowable], numbered: bool = False) -> ListFlowable:
    """A bulleted (or numbered) list of paragraphs."""
    return ListFlowable(
        list(items),
        bulletType="1" if numbered else "bullet",
        start=None if numbered else "•",
        bulletFormat="%s." if numbered else None,
        bulletFontName=SANS,
        bulletFontSize=9,
        bulletColor=MUTED,
        leftIndent=14,
        spaceBefore=S,
    )


def data_table(
    head: Sequence[str],
    rows: Sequence[Sequence[Flowable]],
    fractions: Sequence[float],
    styles: Styles,
    width: float,
) -> Table:
    """A zebra-striped table of paragraph cells; the header row repeats on every page."""
    cells = [[para(text, styles.cell_head) for text in head], *map(list, rows)]
    table = Table(cells, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Cells hold paragraphs, but the table still selects its cell font (Helvetica by
                # default, which is not embedded).
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def goal_item(
    framework: Framework, today: date, goal: Goal, styles: Styles, with_skill: bool
) -> Paragraph:
    """A goal's action over a muted line of status, due date, overdue mark and level aimed at."""
    facts = [rich(goal.status.label)]
    if goal.due is not None:
        facts.append(translate("Report", "due {date}").format(date=format_date(goal.due)))
    if goal.is_overdue(today):
        overdue = translate("Report", "overdue")
        facts.append(f'<font color="{hex_color(DOWN)}"><b>{overdue}</b></font>')
    if goal.level_id:
        facts.append(
            translate("Report", "aiming at {level}").format(
                level=rich(framework.level_label(goal.level_id))
            )
        )
    action = rich(goal.action)
    if with_skill:
        action = translate("Report", "<b>{skill}:</b> {action}").format(
            skill=rich(skill_name(framework, goal.skill_id)), action=action
        )
    return item_with_meta(action, " · ".join(facts), styles)


def item_with_meta(markup: str, meta: str, styles: Styles) -> Paragraph:
    """A list item: ``markup`` over a smaller muted line of ``meta`` markup (if any)."""
    if meta:
        markup += f'<br/><font size="8.5" color="{hex_color(MUTED)}">{meta}</font>'
    return para(markup, styles.item)


def change_item(
    framework: Framework, role_id: str, change: SkillChange, styles: Styles
) -> Paragraph:
    """A move on the rating scale as "<b>Skill</b>: Junior → Middle (up 1 level)"."""
    delta = change.delta or 0
    size = abs(delta)
    steps = steps_text(size, framework, role_id)
    moved = (
        translate("Report", "up {steps}") if delta > 0 else translate("Report", "down {steps}")
    ).format(steps=steps)
    return para(
        translate("Report", "<b>{skill}</b>: {before} → {after} ({moved})").format(
            skill=rich(change.name),
            before=rich(level_name(framework, role_id, change.before)),
            after=rich(level_name(framework, role_id, change.after)),
            moved=moved,
        ),
        styles.item,
    )


def mark_text(mark: Mark) -> str:
    """Whether a role requires a skill at a level, as a lower-case word in the document."""
    if mark is Mark.REQUIRED:
        return translate("Report", "required")
    if mark is Mark.OPTIONAL:
        return translate("Report", "optional")
    return translate("Report", "not expected")
