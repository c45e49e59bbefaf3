"""Text in charts: one font per label, wrapped or shortened to fit the room it has."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Group, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import SANS, cjk_font
from reports.markup import clean, drawable, has_cjk
from reports.styles import INK

ELLIPSIS = "…"


def label_font(text: str) -> str:
    """The font for a one-font chart label: the CJK font covers Latin too, DejaVu lacks CJK."""
    return cjk_font() if has_cjk(text) else SANS


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def label(
    x: float,
    y: float,
    text: str,
    size: float,
    color: Color = INK,
    anchor: str = "start",
    width: float | None = None,
) -> String:
    """A one-line label at baseline ``y``, shortened to ``width`` when given."""
    font = label_font(text)
    text = " ".join(drawable(clean(text)).split())
    if width is not None:
        text = fit(text, font, size, width)
    return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def wrap_label(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break a label into at most ``max_lines`` lines of ``width``; the last one is shortened."""
    text = " ".join(drawable(clean(text)).split())
    cjk = has_cjk(text)
    # Chinese has no spaces: every character is a possible break.
    tokens = list(text) if cjk else text.split(" ")
    joiner = "" if cjk else " "
    lines: list[str] = []
    current = ""
    for index, token in enumerate(tokens):
        candidate = f"{current}{joiner}{token}" if current else token
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            rest = joiner.join(tokens[index:])
            return [*lines, fit(f"{current}{joiner}{rest}", font, size, width)]
        lines.append(current)
        current = token
    lines.append(current)
    return [fit(line, font, size, width) for line in lines]


def balanced_label(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Like :func:`wrap_label`, but as narrow as possible for the same lines, so that a label
    does not end with one short word on its own line."""
    lines = wrap_label(text, font, size, width, max_lines)
    if len(lines) < 2 or lines[-1].endswith(ELLIPSIS):
        return lines
    best, narrower = lines, width - 2
    while narrower > width / len(lines):
        candidate = wrap_label(text, font, size, narrower, max_lines)
        if len(candidate) > len(lines) or candidate[-1].endswith(ELLIPSIS):
            break
        best, narrower = candidate, narrower - 2
    return best


def text_block(lines: Sequence[str], x: float, top: float, size: float, anchor: str) -> Group:
    """Lines of a label stacked down from ``top``."""
    group = Group()
    for index, line in enumerate(lines):
        baseline = top - size * 0.8 - index * size * 1.2
        group.add(label(x, baseline, line, size, anchor=anchor))
    return group
