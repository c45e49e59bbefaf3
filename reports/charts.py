"""Charts drawn with reportlab.graphics: a radar of levels per skill and paired level bars.

Values are level numbers: 0 for "not yet" or unrated, 1..N for the framework's levels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.chart_labels import balanced_label, label, label_font, text_block
from reports.fonts import SANS
from reports.styles import ACCENT_LIGHT, FAINT, MUTED, RULE

LEGEND_SIZE = 7.5
LEGEND_HEIGHT = 16.0


class Swatch(Enum):
    """How a series shows in the legend."""

    AREA = "area"
    BAR = "bar"
    DASH = "dash"


@dataclass(frozen=True)
class Series:
    """A named row of values with its colour."""

    name: str
    values: Sequence[int]
    color: Color


def _legend(items: Sequence[tuple[Series, Swatch]], centre: float) -> Group:
    """Swatches and names in one row centred on ``centre``, baseline at 3 pt."""
    widths = [32 + stringWidth(s.name, label_font(s.name), LEGEND_SIZE) for s, _ in items]
    x = centre - (sum(widths) - 14) / 2
    group = Group()
    for (series, swatch), item_width in zip(items, widths, strict=True):
        if swatch is Swatch.DASH:
            group.add(
                Line(
                    x,
                    6,
                    x + 14,
                    6,
                    strokeColor=series.color,
                    strokeWidth=1.4,
                    strokeDashArray=[3, 2],
                )
            )
        elif swatch is Swatch.AREA:
            group.add(
                Rect(x, 3, 14, 7, fillColor=ACCENT_LIGHT, strokeColor=series.color, strokeWidth=1)
            )
        else:
            group.add(Rect(x, 3, 14, 7, fillColor=series.color, strokeColor=None))
        group.add(label(x + 18, 3.5, series.name, LEGEND_SIZE, MUTED))
        x += item_width
    return group


def _tight(content: Group, width: float, legend: Group) -> Drawing:
    """A drawing just tall enough for ``content``, with the legend row underneath."""
    _, bottom, _, top = content.getBounds()
    content.translate(0, LEGEND_HEIGHT + 4 - bottom)
    drawing = Drawing(width, top - bottom + LEGEND_HEIGHT + 4)
    # Without this the renderer selects Helvetica first, which would put an unembedded font
    # into the PDF.
    drawing.initialFontName = SANS
    drawing.add(content)
    drawing.add(legend)
    return drawing


def radar(
    labels: Sequence[str],
    current: Series,
    target: Series,
    level_labels: Sequence[str],
    width: float,
) -> Drawing:
    """A radar (spider) chart of two series over three or more axes, labels around the rim."""
    count = len(labels)
    if count < 3:
        raise ValueError("a radar needs at least three axes")
    top = max(1, len(level_labels))
    size = 8.0 if count <= 10 else 7.0
    max_lines = 3 if count <= 10 else 2
    radius = 80.0 if count <= 10 else 88.0
    gap = 8.0
    cx, cy = width / 2, 0.0
    group = Group()

    def point(axis: int, value: float) -> tuple[float, float]:
        angle = 2 * math.pi * axis / count
        r = radius * value / top
        return cx + r * math.sin(angle), cy + r * math.cos(angle)

    def polygon(values: Sequence[float]) -> list[float]:
        return [c for axis in range(count) for c in point(axis, values[axis])]

    for ring in range(1, top + 1):
        group.add(
            Polygon(
                polygon([ring] * count),
                fillColor=None,
                strokeColor=RULE,
                strokeWidth=0.6 if ring < top else 0.9,
            )
        )
    for axis in range(count):
        group.add(Line(cx, cy, *point(axis, top), strokeColor=RULE, strokeWidth=0.6))
    group.add(
        Polygon(
            polygon(current.values),
            fillColor=ACCENT_LIGHT,
            fillOpacity=0.55,
            strokeColor=current.color,
            strokeWidth=1.4,
        )
    )
    # The target goes on top, so it stays visible where the current level reaches it.
    group.add(
        Polygon(
            polygon(target.values),
            fillColor=None,
            strokeColor=target.color,
            strokeWidth=1.3,
            strokeDashArray=[3, 2],
        )
    )

    for ring, name in enumerate(level_labels, start=1):
        # Level names sit right of the top axis on a light backing, readable over the areas.
        x, y = point(0, ring)
        ring_label = label(x + 2.5, y + 1, name, 6, MUTED, width=60)
        backing = stringWidth(ring_label.text, ring_label.fontName, 6) + 2
        group.add(
            Rect(x + 1.5, y - 0.5, backing, 7, fillColor=white, fillOpacity=0.75, strokeColor=None)
        )
        group.add(ring_label)

    for axis, name in enumerate(labels):
        angle = 2 * math.pi * axis / count
        sin, cos = math.sin(angle), math.cos(angle)
        ax, ay = cx + (radius + gap) * sin, cy + (radius + gap) * cos
        if abs(sin) < 0.2:
            anchor = "middle"
            # A label at the top or bottom must not reach its neighbours' labels.
            neighbour = (radius + gap) * abs(math.sin(2 * math.pi / count))
            max_width = min(120.0, 2 * neighbour - 8)
        else:
            anchor = "start" if sin > 0 else "end"
            max_width = min(130.0, width / 2 - abs(ax - cx) - 4)
        lines = balanced_label(name, label_font(name), size, max_width, max_lines)
        block = len(lines) * size * 1.2
        # Slide the block from above the point (top axis) to below it (bottom axis).
        block_top = ay + block * (1 + cos) / 2
        group.add(text_block(lines, ax, block_top, size, anchor))

    legend = _legend([(current, Swatch.AREA), (target, Swatch.DASH)], cx)
    return _tight(group, width, legend)


def level_bars(
    labels: Sequence[str],
    first: Series,
    second: Series,
    level_labels: Sequence[str],
    values_text: Sequence[str],
    width: float,
) -> Drawing:
    """Two thin bars per row on a level scale, labels on the left and ``values_text`` on the
    right (for example "Junior → Middle")."""
    size = 7.5
    label_width = min(170.0, width * 0.32)
    text_width = 110.0
    track_x = label_width + 8
    track_width = width - track_x - text_width
    row = 19.0
    top = max(1, len(level_labels))
    rows_height = row * len(labels)
    group = Group()

    def x_of(value: int) -> float:
        return track_x + track_width * value / top

    step = track_width / top
    crowded = any(stringWidth(name, label_font(name), 6.5) > step - 3 for name in level_labels)
    for level, name in enumerate(level_labels, start=1):
        x = x_of(level)
        # Crowded level names alternate between two rows, which doubles the room for each.
        raised = crowded and level % 2 == 0
        room = 2 * step - 3 if crowded else step - 3
        group.add(
            Line(x, 2 + (9 if raised else 0), x, -rows_height, strokeColor=RULE, strokeWidth=0.5)
        )
        group.add(label(x - 1.5, 5 + (9 if raised else 0), name, 6.5, MUTED, "end", room))
    group.add(Line(track_x, 2, track_x, -rows_height, strokeColor=FAINT, strokeWidth=0.6))

    for index, name in enumerate(labels):
        base = -row * (index + 1)
        group.add(label(label_width, base + 6.5, name, size, anchor="end", width=label_width))
        for offset, series in ((10.0, first), (4.0, second)):
            value = series.values[index]
            if value > 0:
                group.add(
                    Rect(
                        track_x,
                        base + offset,
                        x_of(value) - track_x,
                        5,
                        fillColor=series.color,
                        strokeColor=None,
                    )
                )
        group.add(
            label(x_of(top) + 6, base + 6.5, values_text[index], size, MUTED, width=text_width - 8)
        )

    legend = _legend([(first, Swatch.BAR), (second, Swatch.BAR)], track_x + track_width / 2)
    return _tight(group, width, legend)
