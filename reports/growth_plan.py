"""Render a :class:`core.plan.GrowthPlan` as a PDF with ReportLab (no Qt, no database)."""

from __future__ import annotations

from core.i18n import translate
from core.plan import GrowthPlan
from reports.document import PAPER_SIZES, Builder, Progress, render_document
from reports.plan_details import progress as progress_section
from reports.plan_details import talking_points, work
from reports.plan_sections import gap_table, header, summary

__all__ = ["PAPER_SIZES", "render_growth_plan"]


def render_growth_plan(
    plan: GrowthPlan, *, paper: str = "a4", progress: Progress | None = None
) -> bytes:
    """PDF bytes of the plan. ``paper`` is "a4" or "letter" (ValueError otherwise).

    ``progress(done, total)`` is called from the calling thread after each stage of the work.
    """
    builders: list[Builder] = [
        lambda styles, width: header(plan, styles, width) + summary(plan, styles, width),
        lambda styles, width: gap_table(plan, styles, width),
        lambda styles, width: work(plan, styles),
        lambda styles, width: progress_section(plan, styles, width),
        lambda styles, width: talking_points(plan, styles),
    ]
    return render_document(
        builders,
        paper=paper,
        progress=progress,
        person=plan.person.name,
        title=translate("GrowthPlan", "Growth plan: {person}").format(person=plan.person.name),
        subject=translate("GrowthPlan", "{role}, target {level}").format(
            role=plan.role.name, level=plan.target.label
        ),
    )
