"""Framework words shown on screen (marks, expected proficiency, source), translated in one place."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.framework import Framework, Mark


def mark_label(mark: Mark) -> str:
    """ "Required", "Optional" or "Not expected", translated."""
    labels = {
        Mark.REQUIRED: QCoreApplication.translate("FrameworkText", "Required"),
        Mark.OPTIONAL: QCoreApplication.translate("FrameworkText", "Optional"),
        Mark.NOT_EXPECTED: QCoreApplication.translate("FrameworkText", "Not expected"),
    }
    return labels[mark]


def mark_with_proficiency(framework: Framework, role_id: str, skill_id: str, level_id: str) -> str:
    """The mark, and the expected proficiency when the framework has a proficiency scale."""
    mark = framework.expectation(role_id, skill_id, level_id).mark
    expected = framework.expected_proficiency(role_id, skill_id, level_id)
    if expected is None:
        return mark_label(mark)
    return QCoreApplication.translate("FrameworkText", "{mark} · expected: {proficiency}").format(
        mark=mark_label(mark), proficiency=expected.label
    )


def source_html(framework: Framework) -> str:
    """A small paragraph naming the framework's source and licence, or nothing."""
    if framework.source is None:
        return ""
    text = QCoreApplication.translate("FrameworkText", "Source: {source}").format(
        source=framework.source.line()
    )
    return f"<p><small>{escape(text)}</small></p>"
