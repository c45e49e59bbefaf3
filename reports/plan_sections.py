"""The first half of the growth plan as flowables: header, summary with radar, gap table."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.gaps import NOT_YET, SkillGap
from core.plan import GrowthPlan
from reports.charts import Series, level_bars, radar
from reports.fonts import SANS
from reports.markup import para, rich, text_para
from reports.styles import (
    ACCENT,
    HEADER_FILL,
    RULE,
    TARGET,
    XL,
    XXL,
    ZEBRA,
    L,
    M,
    S,
    Styles,
)

RADAR_MAX_AXES = 16
MISSING_NAMES_SHOWN = 15
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: date) -> str:
    """A date as "22 November 2026", whatever the locale."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def plural(count: int, word: str) -> str:
    """The count with the word, made plural unless the count is one: 1 level, 2 levels."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def level_value(index: int | None) -> int:
    """A level index on the chart scale: 0 for not yet or unrated, 1..N for the levels."""
    return 0 if index is None or index == NOT_YET else index + 1


def heading(markup: str, styles: Styles, first: Flowable | None = None) -> Flowable:
    """A section heading under a short accent bar, kept on the page with what follows it."""
    bar = HRFlowable(
        width=26, thickness=2.5, color=ACCENT, hAlign="LEFT", spaceBefore=XXL, spaceAfter=M
    )
    parts: list[Flowable] = [bar, Paragraph(markup, styles.h1)]
    if first is not None:
        parts.append(first)
    return KeepTogether(parts)


def header(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Title, the person's name and a grid of facts about the assessment."""
    overall = plan.overall.label if plan.overall else f"Below {plan.framework.levels[0].label}"
    facts = [
        ("Role", plan.role.name),
        ("Date", format_date(plan.today)),
        ("Framework", f"{plan.framework.name} {plan.framework.version}"),
        ("Current overall level", overall),
        ("Target level", plan.target.label),
        ("Assessment", format_date(plan.assessment.date.date())),
    ]
    cells = [
        [text_para(label, styles.meta_label), text_para(value, styles.meta_value)]
        for label, value in facts
    ]
    grid = Table([cells[:3], cells[3:]], colWidths=[width / 3] * 3, hAlign="LEFT")
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
    return [
        Paragraph("Growth plan", styles.title),
        HRFlowable(width=44, thickness=3, color=ACCENT, hAlign="LEFT", spaceBefore=S, spaceAfter=L),
        text_para(plan.person.name, styles.name),
        grid,
    ]


def _readiness_text(plan: GrowthPlan) -> str:
    readiness, target = plan.readiness, rich(plan.target.label)
    if readiness.ready:
        if not readiness.required_total:
            return f"Ready for {target}: the role requires no skill at this level."
        return (
            f"Ready for {target}: all {plural(readiness.required_total, 'required skill')} "
            f"are at {target} or above."
        )
    return (
        f"{readiness.required_met} of {plural(readiness.required_total, 'required skill')} "
        f"at {target} or above ({readiness.percent}%)"
    )


def summary(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Readiness, rating coverage and a chart of current against target levels."""
    readiness = plan.readiness
    story: list[Flowable] = [heading("Summary", styles, para(_readiness_text(plan), styles.lead))]
    if readiness.missing:
        names = [plan.framework.skill(skill_id).name for skill_id in readiness.missing]
        shown = ", ".join(rich(name) for name in names[:MISSING_NAMES_SHOWN])
        more = len(names) - MISSING_NAMES_SHOWN
        tail = f", and {more} more (all are in the table below)" if more > 0 else ""
        story.append(
            para(
                f"Required skills still below {rich(plan.target.label)}: {shown}{tail}.",
                styles.body,
            )
        )
    rated = (
        f"All {plural(readiness.total, 'skill')} of the role are rated."
        if readiness.rated == readiness.total
        else f"{readiness.rated} of {plural(readiness.total, 'skill')} rated; the others count "
        "as below the first level."
    )
    story.append(para(rated, styles.body))
    story.extend(_chart(plan, styles, width))
    return story


def _chart(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    gaps = list(plan.gaps)
    if not gaps:
        return []
    shown = gaps[:RADAR_MAX_AXES]
    order = {skill_id: i for i, skill_id in enumerate(plan.role.skill_ids)}
    # Role order keeps neighbouring axes stable from one plan to the next.
    shown.sort(key=lambda g: order.get(g.skill_id, len(order)))
    levels = [level.label for level in plan.framework.levels]
    current = Series("Current", [level_value(g.current) for g in shown], ACCENT)
    target = Series(f"Target: {plan.target.label}", [g.target + 1 for g in shown], TARGET)
    labels = [g.name for g in shown]
    if len(shown) >= 3:
        chart = radar(labels, current, target, levels, width)
        scale = (
            f"Rings mark the levels from {rich(levels[0])} (innermost) to {rich(levels[-1])}; "
            "the centre stands for not yet or not rated."
        )
    else:
        texts = [f"{plan.level_name(g.current)} → {plan.target.label}" for g in shown]
        chart = level_bars(labels, current, target, levels, texts, width)
        scale = "Each pair of bars compares the current level with the target."
    story: list[Flowable] = [Spacer(1, M), chart]
    if len(gaps) > RADAR_MAX_AXES:
        scale += (
            f" Only the {RADAR_MAX_AXES} skills with the most important gaps are drawn; "
            f"the table lists all {len(gaps)}."
        )
    story.append(para(scale, styles.caption))
    return story


def _gap_row(plan: GrowthPlan, gap: SkillGap, styles: Styles) -> list[Flowable]:
    style = styles.cell_muted if gap.met else styles.cell
    cells = [
        gap.name,
        "Required" if gap.required else "Optional",
        plan.level_name(gap.current),
        plan.framework.levels[gap.target].label,
        plural(gap.gap, "level") if gap.gap else "—",
    ]
    return [text_para(cell, style) for cell in cells]


def gap_table(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Every skill against the target, most important first; the header repeats on each page."""
    head = ["Skill", "Required/Optional", "Current", "Target", "Gap"]
    rows = [[Paragraph(text, styles.cell_head) for text in head]]
    rows.extend(_gap_row(plan, gap, styles) for gap in plan.gaps)
    fractions = (0.36, 0.21, 0.15, 0.15, 0.13)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
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
    intro = para(
        "Required skills come first, then the largest gaps. Greyed rows already meet the target.",
        styles.small,
    )
    return [
        # Room for the heading and a few rows, so the heading never sits alone at a page foot.
        CondPageBreak(125),
        heading(f"Gaps to {rich(plan.target.label)}", styles, intro),
        table,
        Spacer(1, XL),
    ]
