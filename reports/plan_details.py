"""The second half of the growth plan as flowables: per-skill work, progress, talking points."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from core.plan import GrowthPlan, SkillSection
from reports.blocks import bullets, change_item, format_date, goal_item, heading, plural, section
from reports.charts import Series, level_bars
from reports.markup import para, rich, text_para
from reports.plan_sections import level_value
from reports.styles import ACCENT, BEFORE, S, Styles

PROGRESS_CHART_ROWS = 12


def _evidence(plan: GrowthPlan, skill_id: str, level_id: str, styles: Styles) -> list[Flowable]:
    """The role's examples of evidence for a skill at a level, as a short list."""
    examples = plan.framework.examples(plan.role.id, skill_id, level_id)
    if not examples:
        return []
    items = [text_para(example, styles.item) for example in examples]
    return [para("<i>Evidence, for example:</i>", styles.body), bullets(items)]


def _skill_entry(plan: GrowthPlan, skill: SkillSection, styles: Styles) -> list[Flowable]:
    gap, target = skill.gap, plan.target
    kind = "required" if gap.required else "optional"
    meta = (
        f"{rich(skill.current_name)} → {rich(gap.target_label)} · {kind.capitalize()} · "
        f"{plural(gap.gap, plan.step_word)} to go"
    )
    top: list[Flowable] = [text_para(gap.name, styles.h2), para(meta, styles.skill_meta)]
    rest: list[Flowable] = []
    if skill.next_level is not None:
        next_kind = skill.next_mark.value if skill.next_mark else kind
        if skill.next_expected is not None:
            next_kind = f"{next_kind}, expected: {skill.next_expected.label}"
        top.append(
            para(
                f"<b>Next: {rich(skill.next_level.label)}</b> ({next_kind}). "
                f"{rich(skill.next_descriptor)}",
                styles.body,
            )
        )
        top.extend(_evidence(plan, gap.skill_id, skill.next_level.id, styles))
    if skill.next_level is None or skill.next_level.id != target.id:
        rest.append(
            para(f"<b>At {rich(target.label)}:</b> {rich(skill.target_descriptor)}", styles.body)
        )
        rest.extend(_evidence(plan, gap.skill_id, target.id, styles))
    if skill.note.strip():
        note = text_para(skill.note.strip("\n"), styles.note)
        rest.append(KeepTogether([para("<b>Notes and evidence:</b>", styles.body), note]))
    if skill.goals:
        goals = bullets(
            [goal_item(plan.framework, plan.today, g, styles, False) for g in skill.goals]
        )
        rest.append(KeepTogether([para("<b>Goals:</b>", styles.body), goals]))
    # The heading never ends a page alone: it travels with the next-level paragraph.
    return [KeepTogether(top), *rest]


def work(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """One entry per skill below the target: next level, target, notes and goals."""
    if plan.sections:
        intro = (
            f"One entry per skill below {rich(plan.target.label)}, in the order of the table "
            "above: the next level to master, what the target asks, the notes and the goals."
        )
    else:
        intro = (
            f"Every skill is at {rich(plan.target.label)} or above, so nothing is left to close "
            "for this target. A higher target would give the next steps."
        )
    entries: list[Flowable] = [para(intro, styles.body)]
    for skill in plan.sections:
        entries.extend(_skill_entry(plan, skill, styles))
    story = section("What to work on", styles, entries)
    covered = {section.gap.skill_id for section in plan.sections}
    other = [g for g in plan.goals if g.skill_id not in covered]
    if other:
        items = [goal_item(plan.framework, plan.today, g, styles, True) for g in other]
        story.append(KeepTogether([Paragraph("Other goals", styles.h2), bullets(items[:1])]))
        if items[1:]:
            story.append(bullets(items[1:]))
    return story


def progress(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """What moved since the previous completed assessment, with a small before/after chart."""
    if plan.progress is None:
        first = para(
            "This is the first completed assessment for this role; progress will show from "
            "the next one.",
            styles.body,
        )
        return [heading("Progress since the last assessment", styles, first)]
    previous = plan.progress.previous
    when = format_date(previous.date.date())
    moved = plan.progress.moved
    if moved:
        lines = [change_item(plan.framework, plan.role.id, change, styles) for change in moved]
        first: Flowable = para(
            f"{plural(len(moved), 'skill')} changed level since {when}:", styles.body
        )
        body: list[Flowable] = [bullets(lines)]
    else:
        first = para(f"No level changed since {when}.", styles.body)
        body = []
    newly = [c.name for c in plan.progress.changes if c.before is None and c.after is not None]
    if newly:
        body.append(
            para(f"Rated for the first time: {', '.join(rich(n) for n in newly)}.", styles.body)
        )
    chart_changes = list(moved or plan.progress.changes)
    shown = chart_changes[:PROGRESS_CHART_ROWS]
    if shown:
        levels = [step.label for step in plan.scale]
        texts = [
            plan.level_name(c.after)
            if c.before == c.after
            else f"{plan.level_name(c.before)} → {plan.level_name(c.after)}"
            for c in shown
        ]
        chart = level_bars(
            [c.name for c in shown],
            Series(f"Before ({when})", [level_value(c.before) for c in shown], BEFORE),
            Series("Now", [level_value(c.after) for c in shown], ACCENT),
            levels,
            texts,
            width,
        )
        body.extend([Spacer(1, S), chart])
        if len(chart_changes) > len(shown):
            body.append(
                para(
                    f"The chart shows the first {len(shown)} of {len(chart_changes)} skills.",
                    styles.caption,
                )
            )
    return section(f"Progress since {when}", styles, [first, *body])


def talking_points(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """The plan's talking points as a numbered list."""
    items = [text_para(point, styles.item) for point in plan.talking_points]
    intro = para("Questions to bring to the next conversation with your manager:", styles.body)
    return section(
        "Talking points for the one-on-one",
        styles,
        [intro, bullets(items, numbered=True)] if items else [intro],
    )
