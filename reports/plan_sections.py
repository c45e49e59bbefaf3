"""The first half of the growth plan as flowables: header, summary with radar, gap table."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from core.gaps import NOT_YET, SkillGap
from core.plan import GrowthPlan
from reports.blocks import data_table, fact_grid, format_date, plural, section, title_block
from reports.charts import Series, level_bars, radar
from reports.markup import para, rich, text_para
from reports.styles import ACCENT, TARGET, XL, M, Styles

RADAR_MAX_AXES = 16
MISSING_NAMES_SHOWN = 15


def level_value(index: int | None) -> int:
    """A level index on the chart scale: 0 for not yet or unrated, 1..N for the levels."""
    return 0 if index is None or index == NOT_YET else index + 1


def header(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Title, the person's name and a grid of facts about the assessment."""
    first = plan.framework.role_levels(plan.role.id)[0]
    overall = plan.overall.label if plan.overall else f"Below {first.label}"
    facts = [
        ("Role", plan.role.name),
        ("Date", format_date(plan.today)),
        ("Framework", f"{plan.framework.name} {plan.framework.version}"),
        ("Current overall level", overall),
        ("Target level", plan.target.label),
        ("Assessment", format_date(plan.assessment.date.date())),
    ]
    if plan.framework.source is not None:
        facts.append(("Source", plan.framework.source.line()))
    return [*title_block("Growth plan", plan.person.name, styles), fact_grid(facts, styles, width)]


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
    story: list[Flowable] = [para(_readiness_text(plan), styles.lead)]
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
    story.extend(_level_meanings(plan, styles))
    story.extend(_chart(plan, styles, width))
    return section("Summary", styles, story)


def _level_meanings(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """What the person's current level and the target mean for their role (scope, autonomy,
    impact), when the framework says."""
    role_id = plan.role.id
    lines = []
    if plan.overall is not None and plan.overall.id != plan.target.id:
        meaning = plan.framework.level_meaning(role_id, plan.overall.id)
        if meaning:
            lines.append(f"<b>Now, {rich(plan.overall.label)}:</b> {rich(meaning)}")
    meaning = plan.framework.level_meaning(role_id, plan.target.id)
    if meaning:
        lines.append(f"<b>Target, {rich(plan.target.label)}:</b> {rich(meaning)}")
    return [para(line, styles.body) for line in lines]


def _chart(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    gaps = list(plan.gaps)
    if not gaps:
        return []
    shown = gaps[:RADAR_MAX_AXES]
    order = {skill_id: i for i, skill_id in enumerate(plan.role.skill_ids)}
    # Role order keeps neighbouring axes stable from one plan to the next.
    shown.sort(key=lambda g: order.get(g.skill_id, len(order)))
    levels = [step.label for step in plan.scale]
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
        texts = [f"{plan.level_name(g.current)} → {g.target_label}" for g in shown]
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
        gap.target_label,
        plural(gap.gap, plan.step_word) if gap.gap else "—",
    ]
    return [text_para(cell, style) for cell in cells]


def gap_table(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Every skill against the target, most important first; the header repeats on each page."""
    head = ["Skill", "Required/Optional", "Current", "Target", "Gap"]
    rows = [_gap_row(plan, gap, styles) for gap in plan.gaps]
    table = data_table(head, rows, (0.36, 0.21, 0.15, 0.15, 0.13), styles, width)
    intro = para(
        "Required skills come first, then the largest gaps. Greyed rows already meet the target.",
        styles.small,
    )
    return [*section(f"Gaps to {rich(plan.target.label)}", styles, [intro, table]), Spacer(1, XL)]
