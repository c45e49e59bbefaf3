"""A radar chart of current versus target levels per skill, painted with QPainter."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from app.views.chart_base import ChartWidget
from app.views.chart_base import mix as _mix
from app.views.chart_base import with_alpha as _with_alpha

# Axes whose direction is this close to vertical get centred labels.
_SIDE_THRESHOLD = 0.26


@dataclass(frozen=True)
class RadarAxis:
    """One spoke: a skill with its current (None = not rated / "not yet") and target level index."""

    label: str
    current: int | None
    target: int
    manager: int | None = None
    """The manager's level, when the manager rated this skill (a third series)."""


def _hue_distance(a: QColor, b: QColor) -> int:
    """Distance between two hues in degrees, 0 when either colour is grey."""
    ha, hb = a.hslHue(), b.hslHue()
    if ha < 0 or hb < 0:
        return 0
    d = abs(ha - hb) % 360
    return min(d, 360 - d)


def target_colour(palette: QPalette) -> QColor:
    """A hue distinct from Highlight for the target polygon, derived from the palette."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    link = palette.color(QPalette.ColorRole.Link)
    background = palette.color(QPalette.ColorRole.Window)
    dark = background.lightness() < 128
    if _hue_distance(highlight, link) >= 90 and link.hslSaturation() >= 80:
        base = link
    else:
        # Rotate the highlight (or link) hue half-way round the colour wheel: blue becomes orange.
        source = highlight if highlight.hslSaturation() >= 40 else link
        hue = source.hslHue() if source.hslHue() >= 0 else 210
        base = QColor.fromHsl((hue + 180) % 360, max(source.hslSaturation(), 170), 128)
    # Keep it readable against the background: lighter on dark palettes, deeper on light ones.
    lightness = 175 if dark else 105
    return QColor.fromHsl(base.hslHue(), base.hslSaturation(), lightness)


def manager_colour_for(palette: QPalette) -> QColor:
    """A third hue, between the current and target series, for the manager's levels."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    hue = (palette.color(QPalette.ColorRole.Highlight).hslHue() + 90) % 360
    return QColor.fromHsl(hue if hue >= 0 else 120, 160, 170 if dark else 95)


def small_font(font: QFont, factor: float = 0.85) -> QFont:
    """``font`` scaled down, never below a legible size."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(max(font.pointSizeF() * factor, 6.5))
    elif font.pixelSize() > 0:
        result.setPixelSize(max(round(font.pixelSize() * factor), 9))
    return result


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 2) -> list[str]:
    """Split ``text`` into at most ``max_lines`` lines of ``width``, eliding the last one."""
    width = max(width, 1.0)
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words) and len(lines) < max_lines - 1:
        candidate = f"{current} {words[index]}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            index += 1
            if metrics.horizontalAdvance(current) > width:
                # A single word wider than the line: it gets a line of its own, elided.
                lines.append(current)
                current = ""
        else:
            lines.append(current)
            current = ""
    rest = " ".join([current, *words[index:]]).strip()
    if rest:
        lines.append(rest)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class RadarChart(ChartWidget):
    """Current versus target level per skill on a radar (spider) chart."""

    PLACEHOLDER = QT_TRANSLATE_NOOP("RadarChart", "Rate some skills to see your profile")

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chart showing the placeholder text."""
        super().__init__(parent)
        self._axes: tuple[RadarAxis, ...] = ()
        self._levels: tuple[str, ...] = ()
        self.setAccessibleName(self.tr("Radar chart of current versus target levels"))
        self.setAccessibleDescription(self.tr(self.PLACEHOLDER))

    # -- data ------------------------------------------------------------------------------------

    def set_data(self, axes: Sequence[RadarAxis], level_labels: Sequence[str]) -> None:
        """Show ``axes`` against the ladder ``level_labels`` (lowest first; the outer ring is last).

        Level indices outside the ladder are clamped into it.
        """
        levels = tuple(level_labels)
        if axes and not levels:
            raise ValueError("level_labels must not be empty when axes are given")
        top = len(levels) - 1
        self._levels = levels
        self._axes = tuple(
            RadarAxis(
                label=axis.label,
                current=None if axis.current is None else min(max(axis.current, 0), top),
                target=min(max(axis.target, 0), top),
                manager=None if axis.manager is None else min(max(axis.manager, 0), top),
            )
            for axis in axes
        )
        self.setAccessibleDescription(self.summary())
        self.update()

    def axes(self) -> tuple[RadarAxis, ...]:
        """The axes shown, with indices clamped to the ladder."""
        return self._axes

    def level_labels(self) -> tuple[str, ...]:
        """The ladder the chart is drawn against."""
        return self._levels

    def summary(self) -> str:
        """Plain-text summary of the data, one "skill: current, target" entry per axis."""
        if not self._axes:
            return self.tr(self.PLACEHOLDER)
        return "; ".join(self._describe(axis) for axis in self._axes)

    @property
    def has_manager_series(self) -> bool:
        """Whether the manager's levels are drawn (some skill has a manager rating)."""
        return any(axis.manager is not None for axis in self._axes)

    def _describe(self, axis: RadarAxis) -> str:
        current = self.tr("not yet") if axis.current is None else self._levels[axis.current]
        if axis.manager is None:
            return self.tr("{skill}: {current} (target {target})").format(
                skill=axis.label, current=current, target=self._levels[axis.target]
            )
        return self.tr("{skill}: {current}, manager {manager} (target {target})").format(
            skill=axis.label,
            current=current,
            manager=self._levels[axis.manager],
            target=self._levels[axis.target],
        )

    # -- sizing ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the rings and the axis labels."""
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Smallest size at which the chart is still legible."""
        return QSize(220, 220)

    # -- painting --------------------------------------------------------------------------------

    def _paint(
        self, painter: QPainter, rect: QRectF, hits: list[tuple[QRectF, str]] | None
    ) -> None:
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        font = QFont(self.font())
        painter.setFont(font)

        if not self._axes:
            painter.setPen(_mix(background, text_colour, 0.7))
            margin = 12.0
            painter.drawText(
                rect.adjusted(margin, margin, -margin, -margin),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr(self.PLACEHOLDER),
            )
            return

        if min(rect.width(), rect.height()) < 340:
            # Small charts get smaller text so that the rings keep some room.
            font = small_font(font, 0.9)
            painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        line_h = metrics.height()
        margin = max(6.0, line_h * 0.5)
        legend_h = line_h + margin * 0.5
        area = rect.adjusted(margin, margin, -margin, -margin - legend_h)
        gap = max(4.0, line_h * 0.4)
        char_w = metrics.averageCharWidth()
        side_w = min(max(area.width() * 0.24, char_w * 7), char_w * 18)
        vertical = 2 * line_h + gap
        radius = min(
            (area.width() - 2 * (side_w + gap)) / 2,
            (area.height() - 2 * vertical) / 2,
        )
        radius = max(radius, min(area.width(), area.height()) * 0.22, 8.0)
        centre = QPointF(
            area.center().x(), area.top() + vertical + (area.height() - 2 * vertical) / 2
        )

        count = len(self._axes)
        levels = len(self._levels)
        angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]

        def point(angle: float, r: float) -> QPointF:
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        def ring_radius(index: int) -> float:
            return radius * (index + 1) / levels

        current_colour = palette.color(QPalette.ColorRole.Highlight)
        goal_colour = target_colour(palette)

        self._paint_grid(painter, centre, radius, angles, text_colour, background)

        target_points = [
            point(a, ring_radius(ax.target)) for a, ax in zip(angles, self._axes, strict=True)
        ]
        current_points = [
            point(a, 0.0 if ax.current is None else ring_radius(ax.current))
            for a, ax in zip(angles, self._axes, strict=True)
        ]
        line_w = max(1.5, line_h / 8)
        manager_colour = manager_colour_for(palette)
        manager_points = [
            point(a, 0.0 if ax.manager is None else ring_radius(ax.manager))
            for a, ax in zip(angles, self._axes, strict=True)
        ]
        if count >= 3:
            self._paint_shape(painter, target_points, goal_colour, 50, line_w, dashed=True)
            if self.has_manager_series:
                self._paint_shape(painter, manager_points, manager_colour, 0, line_w, dashed=False)
            self._paint_shape(painter, current_points, current_colour, 80, line_w, dashed=False)
        else:
            # Too few axes for an area: each current level is a bar along its spoke.
            bar = QPen(_with_alpha(current_colour, 170), line_w * 3)
            bar.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(bar)
            for p in current_points:
                painter.drawLine(centre, p)

        marker = max(3.0, line_h * 0.25)
        painter.setBrush(background)
        painter.setPen(QPen(goal_colour, line_w))
        for p in target_points:
            painter.drawEllipse(p, marker * 0.8, marker * 0.8)
        painter.setPen(QPen(background, 1.0))
        painter.setBrush(current_colour)
        for p, axis in zip(current_points, self._axes, strict=True):
            if axis.current is not None:
                painter.drawEllipse(p, marker, marker)
        # The manager's points are squares, so the series is told apart without colour.
        painter.setBrush(manager_colour)
        for p, axis in zip(manager_points, self._axes, strict=True):
            if axis.manager is not None:
                painter.drawRect(QRectF(p.x() - marker, p.y() - marker, 2 * marker, 2 * marker))

        self._paint_ring_labels(painter, self.font(), centre, radius, text_colour, background)
        self._paint_axis_labels(painter, metrics, rect, area, centre, radius, gap, angles, hits)
        self._paint_legend(
            painter, metrics, rect, legend_h, margin, current_colour, goal_colour, manager_colour
        )

    def _paint_grid(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        angles: list[float],
        text_colour: QColor,
        background: QColor,
    ) -> None:
        levels = len(self._levels)
        faint = _mix(background, text_colour, 0.22)
        strong = _mix(background, text_colour, 0.45)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in range(levels):
            r = radius * (index + 1) / levels
            painter.setPen(QPen(strong if index == levels - 1 else faint, 1.0))
            if len(angles) >= 3:
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a))
                            for a in angles
                        ]
                    )
                )
            else:
                painter.drawEllipse(centre, r, r)
        painter.setPen(QPen(faint, 1.0))
        for a in angles:
            painter.drawLine(
                centre,
                QPointF(centre.x() + radius * math.cos(a), centre.y() + radius * math.sin(a)),
            )

    @staticmethod
    def _paint_shape(
        painter: QPainter,
        points: list[QPointF],
        colour: QColor,
        fill_alpha: int,
        line_w: float,
        *,
        dashed: bool,
    ) -> None:
        pen = QPen(colour, line_w)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(_with_alpha(colour, fill_alpha))
        painter.drawPolygon(QPolygonF(points))

    def _paint_ring_labels(
        self,
        painter: QPainter,
        font: QFont,
        centre: QPointF,
        radius: float,
        text_colour: QColor,
        background: QColor,
    ) -> None:
        levels = len(self._levels)
        label_font = small_font(font)
        painter.save()
        painter.setFont(label_font)
        metrics = QFontMetricsF(label_font, painter.device())
        spacing = radius / levels
        # Label every ring if there is room, otherwise every n-th one counting down from the top.
        step = max(1, math.ceil(metrics.height() * 0.95 / max(spacing, 1.0)))
        # Each label sits just inside its ring, right of the top spoke.
        x = centre.x() + max(3.0, metrics.averageCharWidth() * 0.5)
        max_w = radius * 0.9
        halo = _with_alpha(background, 190)
        for index in range(levels - 1, -1, -step):
            r = radius * (index + 1) / levels
            text = metrics.elidedText(self._levels[index], Qt.TextElideMode.ElideRight, max_w)
            w = metrics.horizontalAdvance(text)
            box = QRectF(x, centre.y() - r + 1, w, metrics.height() - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawRoundedRect(box.adjusted(-2, 0, 2, 0), 2, 2)
            painter.setPen(_mix(background, text_colour, 0.75))
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
        painter.restore()

    def _paint_axis_labels(
        self,
        painter: QPainter,
        metrics: QFontMetricsF,
        rect: QRectF,
        area: QRectF,
        centre: QPointF,
        radius: float,
        gap: float,
        angles: list[float],
        hits: list[tuple[QRectF, str]] | None,
    ) -> None:
        line_h = metrics.height()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        step = 2 * math.pi / len(angles)
        for angle, axis in zip(angles, self._axes, strict=True):
            c, s = math.cos(angle), math.sin(angle)
            anchor = QPointF(centre.x() + (radius + gap) * c, centre.y() + (radius + gap) * s)
            if c > _SIDE_THRESHOLD:
                align = Qt.AlignmentFlag.AlignLeft
                width = area.right() - anchor.x()
                left = anchor.x()
            elif c < -_SIDE_THRESHOLD:
                align = Qt.AlignmentFlag.AlignRight
                width = anchor.x() - area.left()
                left = anchor.x() - width
            else:
                align = Qt.AlignmentFlag.AlignHCenter
                # Centred labels may not reach their neighbours' labels.
                room = min(anchor.x() - area.left(), area.right() - anchor.x())
                neighbour = (radius + gap) * math.sin(min(step, math.pi / 2)) * 1.6
                width = max(min(2 * room, max(neighbour, radius)), metrics.averageCharWidth() * 6)
                left = anchor.x() - width / 2
            # As many lines (up to three) as fit above, below or beside the anchor; labels that
            # stack up the sides may not run into their neighbours.
            if s < -_SIDE_THRESHOLD:
                room = anchor.y() - area.top()
            elif s > _SIDE_THRESHOLD:
                room = area.bottom() - anchor.y()
            else:
                room = 2 * min(anchor.y() - area.top(), area.bottom() - anchor.y())
            if abs(c) > _SIDE_THRESHOLD:
                room = min(room, (radius + gap) * step * 1.1)
            lines = wrap_text(axis.label, metrics, width, max(1, min(3, int(room // line_h))))
            block_h = len(lines) * line_h
            if s < -_SIDE_THRESHOLD:
                top = anchor.y() - block_h
            elif s > _SIDE_THRESHOLD:
                top = anchor.y()
            else:
                top = anchor.y() - block_h / 2
            top = min(max(top, rect.top()), area.bottom() - block_h)
            used = max(metrics.horizontalAdvance(line) for line in lines)
            for number, line in enumerate(lines):
                painter.drawText(
                    QRectF(left, top + number * line_h, width, line_h),
                    int(align | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
            if hits is not None:
                if align == Qt.AlignmentFlag.AlignLeft:
                    x = left
                elif align == Qt.AlignmentFlag.AlignRight:
                    x = left + width - used
                else:
                    x = left + (width - used) / 2
                hits.append((QRectF(x, top, used, block_h), self._describe(axis)))

    def _paint_legend(
        self,
        painter: QPainter,
        metrics: QFontMetricsF,
        rect: QRectF,
        legend_h: float,
        margin: float,
        current_colour: QColor,
        goal_colour: QColor,
        manager_colour: QColor,
    ) -> None:
        line_h = metrics.height()
        swatch_w = line_h * 1.3
        swatch_h = line_h * 0.6
        spacing = line_h * 0.4
        entries = [
            (self.tr("Current"), current_colour, False),
            (self.tr("Target"), goal_colour, True),
        ]
        if self.has_manager_series:
            entries.insert(1, (self.tr("Manager"), manager_colour, False))
        widths = [swatch_w + spacing + metrics.horizontalAdvance(label) for label, _, _ in entries]
        total = sum(widths) + line_h * 1.2 * (len(entries) - 1)
        x = rect.center().x() - total / 2
        y = rect.bottom() - margin - legend_h / 2 - line_h / 2 + margin * 0.25
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for (label, colour, dashed), width in zip(entries, widths, strict=True):
            box = QRectF(x, y + (line_h - swatch_h) / 2, swatch_w, swatch_h)
            pen = QPen(colour, max(1.5, line_h / 8))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(_with_alpha(colour, 80 if not dashed else 50))
            painter.drawRect(box)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + swatch_w + spacing, y, width - swatch_w - spacing + 1, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += width + line_h * 1.2
