"""The first half of the growth plan as flowables: header, summary with radar, gap table."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from core.gaps import NOT_YET, SkillGap
from core.i18n import translate
from core.plan import GrowthPlan
from reports.blocks import (
    data_table,
    fact_grid,
    format_date,
    join_names,
    section,
    steps_text,
    title_block,
)
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
    overall = (
        plan.overall.label
        if plan.overall
        else translate("GrowthPlan", "Below {level}").format(level=first.label)
    )
    facts = [
        (translate("GrowthPlan", "Role"), plan.role.name),
        (translate("GrowthPlan", "Date"), format_date(plan.today)),
        (
            translate("GrowthPlan", "Framework"),
            f"{plan.framework.name} {plan.framework.version}",
        ),
        (translate("GrowthPlan", "Current overall level"), overall),
        (translate("GrowthPlan", "Target level"), plan.target.label),
        (translate("GrowthPlan", "Assessment"), format_date(plan.assessment.date.date())),
    ]
    if plan.framework.source is not None:
        facts.append((translate("GrowthPlan", "Source"), plan.framework.source.line()))
    title = translate("GrowthPlan", "Growth plan")
    return [*title_block(title, plan.person.name, styles), fact_grid(facts, styles, width)]


def _readiness_text(plan: GrowthPlan) -> str:
    readiness, target = plan.readiness, rich(plan.target.label)
    required = readiness.required_total
    if readiness.ready:
        if not required:
            return translate(
                "GrowthPlan", "Ready for {level}: the role requires no skill at this level."
            ).format(level=target)
        return translate(
            "GrowthPlan", "Ready for {level}: all %n required skill(s) are at {level} or above.",
            None, required,
        ).format(level=target)  # fmt: skip
    return translate(
        "GrowthPlan", "{met} of %n required skill(s) at {level} or above ({percent}%)",
        None, required,
    ).format(met=readiness.required_met, level=target, percent=readiness.percent)  # fmt: skip


def summary(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Readiness, rating coverage and a chart of current against target levels."""
    readiness = plan.readiness
    story: list[Flowable] = [para(_readiness_text(plan), styles.lead)]
    if readiness.missing:
        names = [plan.framework.skill(skill_id).name for skill_id in readiness.missing]
        shown = join_names([rich(name) for name in names[:MISSING_NAMES_SHOWN]])
        more = len(names) - MISSING_NAMES_SHOWN
        if more > 0:
            text = translate(
                "GrowthPlan",
                "Required skills still below {level}: {skills}, and %n more (all are in the "
                "table below).",
                None, more,
            )  # fmt: skip
        else:
            text = translate("GrowthPlan", "Required skills still below {level}: {skills}.")
        story.append(para(text.format(level=rich(plan.target.label), skills=shown), styles.body))
    total = readiness.total
    if readiness.rated == total:
        rated = translate("GrowthPlan", "All %n skill(s) of the role are rated.", None, total)
    else:
        rated = translate(
            "GrowthPlan",
            "{rated} of %n skill(s) rated; the others count as below the first level.",
            None, total,
        ).format(rated=readiness.rated)  # fmt: skip
    story.append(para(rated, styles.body))
    story.extend(_level_meanings(plan, styles))
    story.extend(_chart(plan, styles, width))
    return section(translate("GrowthPlan", "Summary"), styles, story)


def _level_meanings(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """What the person's current level and the target mean for their role (scope, autonomy,
    impact), when the framework says."""
    role_id = plan.role.id
    lines = []
    if plan.overall is not None and plan.overall.id != plan.target.id:
        meaning = plan.framework.level_meaning(role_id, plan.overall.id)
        if meaning:
            lines.append(
                translate("GrowthPlan", "<b>Now, {level}:</b> {meaning}").format(
                    level=rich(plan.overall.label), meaning=rich(meaning)
                )
            )
    meaning = plan.framework.level_meaning(role_id, plan.target.id)
    if meaning:
        lines.append(
            translate("GrowthPlan", "<b>Target, {level}:</b> {meaning}").format(
                level=rich(plan.target.label), meaning=rich(meaning)
            )
        )
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
    current = Series(
        translate("GrowthPlan", "Current"), [level_value(g.current) for g in shown], ACCENT
    )
    target = Series(
        translate("GrowthPlan", "Target: {level}").format(level=plan.target.label),
        [g.target + 1 for g in shown],
        TARGET,
    )
    labels = [g.name for g in shown]
    if len(shown) >= 3:
        chart = radar(labels, current, target, levels, width)
        scale = translate(
            "GrowthPlan",
            "Rings mark the levels from {first} (innermost) to {last}; the centre stands for not "
            "yet or not rated.",
        ).format(first=rich(levels[0]), last=rich(levels[-1]))
    else:
        texts = [f"{plan.level_name(g.current)} → {g.target_label}" for g in shown]
        chart = level_bars(labels, current, target, levels, texts, width)
        scale = translate(
            "GrowthPlan", "Each pair of bars compares the current level with the target."
        )
    story: list[Flowable] = [Spacer(1, M), chart]
    if len(gaps) > RADAR_MAX_AXES:
        total = len(gaps)
        scale += " " + translate(
            "GrowthPlan",
            "Only the {shown} skills with the most important gaps are drawn; the table lists "
            "all %n.",
            None, total,
        ).format(shown=RADAR_MAX_AXES)  # fmt: skip
    story.append(para(scale, styles.caption))
    return story


def _gap_row(plan: GrowthPlan, gap: SkillGap, styles: Styles) -> list[Flowable]:
    style = styles.cell_muted if gap.met else styles.cell
    cells = [
        gap.name,
        translate("GrowthPlan", "Required")
        if gap.required
        else translate("GrowthPlan", "Optional"),
        plan.level_name(gap.current),
        gap.target_label,
        steps_text(gap.gap, plan.framework, plan.role.id) if gap.gap else "—",
    ]
    return [text_para(cell, style) for cell in cells]


def gap_table(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """Every skill against the target, most important first; the header repeats on each page."""
    head = [
        translate("GrowthPlan", "Skill"),
        translate("GrowthPlan", "Required/Optional"),
        translate("GrowthPlan", "Current"),
        translate("GrowthPlan", "Target"),
        translate("GrowthPlan", "Gap"),
    ]
    rows = [_gap_row(plan, gap, styles) for gap in plan.gaps]
    table = data_table(head, rows, (0.36, 0.21, 0.15, 0.15, 0.13), styles, width)
    intro = para(
        translate(
            "GrowthPlan",
            "Required skills come first, then the largest gaps. Greyed rows already meet the "
            "target.",
        ),
        styles.small,
    )
    title = translate("GrowthPlan", "Gaps to {level}").format(level=rich(plan.target.label))
    return [*section(title, styles, [intro, table]), Spacer(1, XL)]
