"""A framework described in a few lines of rich text: for the Frameworks dialog's details and
the import preview (levels, roles, source and licence, a few descriptors)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.formatting import join_names
from core.framework import Framework, Source, criteria_text

translate = QCoreApplication.translate

PROBLEM_STYLE = "color: #b3261e;"
"""Text that says what is wrong (the colour of the Assess page's save warning)."""


def source_block(source: Source | None) -> str:
    """Where the framework comes from, its licence and attribution (a link for the address)."""
    if source is None:
        return "<p>{}</p>".format(
            escape(translate("FrameworkSummary", "No source or licence recorded."))
        )
    rows = []
    if source.name:
        rows.append((translate("FrameworkSummary", "Source"), escape(source.name)))
    if source.url:
        url = escape(source.url, quote=True)
        rows.append(
            (translate("FrameworkSummary", "Address"), f'<a href="{url}">{escape(source.url)}</a>')
        )
    if source.version or source.commit:
        version = " ".join(p for p in (source.version, source.commit[:12]) if p)
        rows.append((translate("FrameworkSummary", "Source version"), escape(version)))
    rows.append(
        (
            translate("FrameworkSummary", "Licence"),
            escape(source.licence or translate("FrameworkSummary", "not stated")),
        )
    )
    if source.attribution:
        rows.append((translate("FrameworkSummary", "Attribution"), escape(source.attribution)))
    cells = "".join(
        f"<tr><td><b>{escape(title)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
        for title, value in rows
    )
    return f"<table>{cells}</table>"


def _levels(framework: Framework) -> str:
    return escape(join_names([lv.label for lv in framework.levels]))


def framework_details_html(framework: Framework) -> str:
    """Name and version, description, levels, roles, skills and source, for the details pane."""
    title = translate("FrameworkSummary", "{name} — version {version}").format(
        name=framework.name, version=framework.version or "—"
    )
    html = f"<h3>{escape(title)}</h3>"
    if framework.description:
        html += f"<p>{escape(framework.description)}</p>"
    n = len(framework.levels)
    levels = translate("FrameworkSummary", "%n level(s):", None, n)
    html += f"<p><b>{escape(levels)}</b> {_levels(framework)}</p>"
    if framework.proficiencies:
        n = len(framework.proficiencies)
        steps = translate("FrameworkSummary", "%n proficiency step(s):", None, n)
        names = join_names([p.label for p in framework.proficiencies])
        html += f"<p><b>{escape(steps)}</b> {escape(names)}</p>"
    n = len(framework.roles)
    roles = translate("FrameworkSummary", "%n role(s):", None, n)
    names = join_names([r.name for r in framework.roles])
    html += f"<p><b>{escape(roles)}</b> {escape(names)}</p>"
    n = len(framework.skills)
    html += "<p><b>{}</b></p>".format(escape(translate("FrameworkSummary", "%n skill(s)", None, n)))
    heading = translate("FrameworkSummary", "Source and licence")
    return html + f"<h4>{escape(heading)}</h4>" + source_block(framework.source)


PREVIEW_DESCRIPTORS = 4


def framework_preview_html(framework: Framework, descriptors: int = PREVIEW_DESCRIPTORS) -> str:
    """What the import would install: the details, then a few descriptors as the window will
    show them (first role, its first skills, at the level the role first expects them)."""
    html = framework_details_html(framework)
    samples = []
    for role in framework.roles:
        for skill_id in role.skill_ids:
            level = next(
                (
                    lv
                    for lv in framework.role_levels(role.id)
                    if framework.criteria(role.id, skill_id, lv.id)
                ),
                None,
            )
            if level is None:
                continue
            text = criteria_text(framework.criteria(role.id, skill_id, level.id))
            where = translate("FrameworkSummary", "{role} · {skill} · {level}").format(
                role=role.name, skill=framework.skill_label(skill_id), level=level.label
            )
            samples.append(f"<li><b>{escape(where)}</b>: {escape(text)}</li>")
            if len(samples) >= descriptors:
                break
        if len(samples) >= descriptors:
            break
    if samples:
        html += "<h4>{}</h4><ul>{}</ul>".format(
            escape(translate("FrameworkSummary", "A few descriptors")), "".join(samples)
        )
    return html
