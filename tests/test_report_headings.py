"""No heading ends a page without its content, in either PDF: content of growing length pushes
every heading through the bottom of a page, and each rendered file is parsed with pypdf."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from core.meetings import ActionItem
from core.plan import GrowthPlan
from reports.agenda import render_agenda
from reports.growth_plan import render_growth_plan
from tests.test_agenda_pdf import ITEMS, builtin_agenda
from tests.test_growth_plan_pdf import builtin_plan, goal, pages_text, spaced


def _problems(pdf: bytes, pairs: Sequence[tuple[str, str]]) -> list[str]:
    """Headings whose page does not also hold, after them, the start of their content."""
    pages = [spaced(text) for text in pages_text(pdf)]
    problems = []
    for heading, start in pairs:
        for number, text in enumerate(pages, start=1):
            at = text.find(heading)
            if at >= 0 and text.find(start, at + len(heading)) < 0:
                problems.append(f"page {number}: {heading!r} without {start!r}")
    return problems


def test_agenda_headings_keep_their_content() -> None:
    problems = []
    for count in range(0, 36):
        # Items done since the last meeting lengthen the first section, a line or two each.
        done = tuple(
            ActionItem(
                100 + n, 1, f"Done item {n}" + " with a longer text to wrap" * (n % 3 * 3), 1,
                datetime(2026, 9, 1), datetime(2026, 10, 20),
            )
            for n in range(count)
        )  # fmt: skip
        agenda = builtin_agenda(items=ITEMS + done)
        pairs = [
            ("Changes since the last meeting", agenda.changes[0].name),
            ("Where you and your manager disagree", agenda.disagreements[0].name),
            ("Gaps to Senior", agenda.gaps[0].name),
            ("Overdue goals", "Add a metric gate"),
            ("Open action items", agenda.open_items[0].text),
            ("Notes from the last meeting", "Talked about the canary rollout."),
        ]
        problems += [f"{count} items, {p}" for p in _problems(render_agenda(agenda), pairs)]
    assert problems == []


def _plan_pairs(plan: GrowthPlan) -> list[tuple[str, str]]:
    assert plan.progress is not None
    moved = plan.progress.moved
    return [
        ("Gaps to Senior", plan.gaps[0].name),
        ("What to work on", plan.sections[0].gap.name),
        ("Progress since", moved[0].name if moved else "Before ("),
        ("Talking points for the one-on-one", plan.talking_points[0][:30]),
    ]


def test_growth_plan_headings_keep_their_content() -> None:
    problems = []
    for lines in range(0, 64, 2):
        note = "\n".join(f"Evidence line {n}: shipped it." for n in range(lines))
        goals = [goal(1, "model-monitoring", "Set up drift alerts for the pricing model")]
        plan = builtin_plan(notes={"cloud-iac": note}, goals=goals)
        problems += [f"{lines} lines, {p}" for p in _problems(render_growth_plan(plan),
                                                              _plan_pairs(plan))]  # fmt: skip
    assert problems == []


def test_progress_heading_stays_with_its_chart_when_no_level_moved() -> None:
    problems = []
    for lines in range(0, 64, 2):
        note = "\n".join(f"Evidence line {n}: shipped it." for n in range(lines))
        plan = builtin_plan(notes={"cloud-iac": note}, same_levels=True)
        assert plan.progress is not None and not plan.progress.moved
        pairs = [("Progress since", "Before (")]
        problems += [f"{lines} lines, {p}" for p in _problems(render_growth_plan(plan), pairs)]
    assert problems == []
