"""The second half of the growth plan as flowables: per-skill work, progress, talking points."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from core.framework import Mark
from core.i18n import translate
from core.plan import GrowthPlan, SkillSection
from reports.blocks import (
    bullets,
    change_item,
    format_date,
    goal_item,
    heading,
    join_names,
    mark_text,
    section,
    steps_text,
)
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
    label = translate("GrowthPlan", "Evidence, for example:")
    return [para(f"<i>{label}</i>", styles.body), bullets(items)]


def _skill_entry(plan: GrowthPlan, skill: SkillSection, styles: Styles) -> list[Flowable]:
    gap, target = skill.gap, plan.target
    kind = Mark.REQUIRED if gap.required else Mark.OPTIONAL
    meta = translate("GrowthPlan", "{current} → {target} · {mark} · {steps} to go").format(
        current=rich(skill.current_name),
        target=rich(gap.target_label),
        mark=translate("GrowthPlan", "Required")
        if gap.required
        else translate("GrowthPlan", "Optional"),
        steps=steps_text(gap.gap, plan.framework, plan.role.id),
    )
    top: list[Flowable] = [text_para(gap.name, styles.h2), para(meta, styles.skill_meta)]
    rest: list[Flowable] = []
    if skill.next_level is not None:
        next_kind = mark_text(skill.next_mark or kind)
        if skill.next_expected is not None:
            next_kind = translate("GrowthPlan", "{mark}, expected: {proficiency}").format(
                mark=next_kind, proficiency=rich(skill.next_expected.label)
            )
        top.append(
            para(
                translate("GrowthPlan", "<b>Next: {level}</b> ({mark}). {descriptor}").format(
                    level=rich(skill.next_level.label),
                    mark=next_kind,
                    descriptor=rich(skill.next_descriptor),
                ),
                styles.body,
            )
        )
        top.extend(_evidence(plan, gap.skill_id, skill.next_level.id, styles))
    if skill.next_level is None or skill.next_level.id != target.id:
        rest.append(
            para(
                translate("GrowthPlan", "<b>At {level}:</b> {descriptor}").format(
                    level=rich(target.label), descriptor=rich(skill.target_descriptor)
                ),
                styles.body,
            )
        )
        rest.extend(_evidence(plan, gap.skill_id, target.id, styles))
    if skill.note.strip():
        note = text_para(skill.note.strip("\n"), styles.note)
        rest.append(
            KeepTogether(
                [para(translate("GrowthPlan", "<b>Notes and evidence:</b>"), styles.body), note]
            )
        )
    if skill.goals:
        goals = bullets(
            [goal_item(plan.framework, plan.today, g, styles, False) for g in skill.goals]
        )
        rest.append(
            KeepTogether([para(translate("GrowthPlan", "<b>Goals:</b>"), styles.body), goals])
        )
    # The heading never ends a page alone: it travels with the next-level paragraph.
    return [KeepTogether(top), *rest]


def work(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """One entry per skill below the target: next level, target, notes and goals."""
    if plan.sections:
        intro = translate(
            "GrowthPlan",
            "One entry per skill below {level}, in the order of the table above: the next level "
            "to master, what the target asks, the notes and the goals.",
        ).format(level=rich(plan.target.label))
    else:
        intro = translate(
            "GrowthPlan",
            "Every skill is at {level} or above, so nothing is left to close for this target. A "
            "higher target would give the next steps.",
        ).format(level=rich(plan.target.label))
    entries: list[Flowable] = [para(intro, styles.body)]
    for skill in plan.sections:
        entries.extend(_skill_entry(plan, skill, styles))
    story = section(translate("GrowthPlan", "What to work on"), styles, entries)
    covered = {section.gap.skill_id for section in plan.sections}
    other = [g for g in plan.goals if g.skill_id not in covered]
    if other:
        items = [goal_item(plan.framework, plan.today, g, styles, True) for g in other]
        story.append(
            KeepTogether(
                [para(translate("GrowthPlan", "Other goals"), styles.h2), bullets(items[:1])]
            )
        )
        if items[1:]:
            story.append(bullets(items[1:]))
    return story


def progress(plan: GrowthPlan, styles: Styles, width: float) -> list[Flowable]:
    """What moved since the previous completed assessment, with a small before/after chart."""
    if plan.progress is None:
        first = para(
            translate(
                "GrowthPlan",
                "This is the first completed assessment for this role; progress will show from "
                "the next one.",
            ),
            styles.body,
        )
        title = translate("GrowthPlan", "Progress since the last assessment")
        return [heading(title, styles, first)]
    previous = plan.progress.previous
    when = format_date(previous.date.date())
    moved = plan.progress.moved
    if moved:
        lines = [change_item(plan.framework, plan.role.id, change, styles) for change in moved]
        count = len(moved)
        first: Flowable = para(
            translate("GrowthPlan", "%n skill(s) changed level since {date}:", None, count).format(
                date=when
            ),
            styles.body,
        )
        body: list[Flowable] = [bullets(lines)]
    else:
        first = para(
            translate("GrowthPlan", "No level changed since {date}.").format(date=when),
            styles.body,
        )
        body = []
    newly = [c.name for c in plan.progress.changes if c.before is None and c.after is not None]
    if newly:
        body.append(
            para(
                translate("GrowthPlan", "Rated for the first time: {skills}.").format(
                    skills=join_names([rich(n) for n in newly])
                ),
                styles.body,
            )
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
            Series(
                translate("GrowthPlan", "Before ({date})").format(date=when),
                [level_value(c.before) for c in shown],
                BEFORE,
            ),
            Series(translate("GrowthPlan", "Now"), [level_value(c.after) for c in shown], ACCENT),
            levels,
            texts,
            width,
        )
        body.extend([Spacer(1, S), chart])
        if len(chart_changes) > len(shown):
            body.append(
                para(
                    translate(
                        "GrowthPlan", "The chart shows the first {shown} of {total} skills."
                    ).format(shown=len(shown), total=len(chart_changes)),
                    styles.caption,
                )
            )
    title = translate("GrowthPlan", "Progress since {date}").format(date=when)
    return section(title, styles, [first, *body])


def talking_points(plan: GrowthPlan, styles: Styles) -> list[Flowable]:
    """The plan's talking points as a numbered list."""
    items = [text_para(point, styles.item) for point in plan.talking_points]
    intro = para(
        translate("GrowthPlan", "Questions to bring to the next conversation with your manager:"),
        styles.body,
    )
    return section(
        translate("GrowthPlan", "Talking points for the one-on-one"),
        styles,
        [intro, bullets(items, numbered=True)] if items else [intro],
    )
