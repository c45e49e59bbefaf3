"""A small line chart of one skill's level over time, painted with QPainter."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.formatting import format_date
from app.views.chart_base import ChartWidget
from app.views.chart_base import mix as _mix
from app.views.chart_base import with_alpha as _with_alpha


def _scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` scaled by ``factor``, never below a legible size."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(max(font.pointSizeF() * factor, 6.5))
    elif font.pixelSize() > 0:
        result.setPixelSize(max(round(font.pixelSize() * factor), 9))
    return result


def _qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


class TrendChart(ChartWidget):
    """One skill's level across assessments; "not yet" sits on a baseline below the first level."""

    PLACEHOLDER = QT_TRANSLATE_NOOP("TrendChart", "No completed assessments yet")

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chart showing the placeholder text."""
        super().__init__(parent)
        self._points: tuple[tuple[datetime, int | None], ...] = ()
        self._levels: tuple[str, ...] = ()
        self._title = ""
        self.setAccessibleName(self.tr("Skill trend"))
        self.setAccessibleDescription(self.tr(self.PLACEHOLDER))

    # -- data ------------------------------------------------------------------------------------

    def set_series(
        self,
        points: Sequence[tuple[datetime, int | None]],
        level_labels: Sequence[str],
        title: str = "",
    ) -> None:
        """Show ``points`` (date, level index or None for "not yet") against ``level_labels``.

        Points are sorted by date; level indices outside the ladder are clamped into it.
        """
        levels = tuple(level_labels)
        if points and not levels:
            raise ValueError("level_labels must not be empty when points are given")
        top = len(levels) - 1
        self._levels = levels
        self._title = title
        self._points = tuple(
            (moment, None if level is None else min(max(level, 0), top))
            for moment, level in sorted(points, key=lambda item: item[0].timestamp())
        )
        self.setAccessibleDescription(self.summary())
        self.update()

    def points(self) -> tuple[tuple[datetime, int | None], ...]:
        """The points shown, sorted by date, with indices clamped to the ladder."""
        return self._points

    def summary(self) -> str:
        """Plain-text summary: the title, then "date: level" for every point."""
        if not self._points:
            body = self.tr(self.PLACEHOLDER)
        else:
            body = "; ".join(self._describe(moment, level) for moment, level in self._points)
        return f"{self._title}: {body}" if self._title else body

    def _level_name(self, level: int | None) -> str:
        return self.tr("Not yet") if level is None else self._levels[level]

    def _describe(self, moment: datetime, level: int | None) -> str:
        day = format_date(moment)
        return f"{day}: {self._level_name(level)}"

    # -- sizing ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A wide, short chart."""
        return QSize(480, 240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Smallest size at which the chart is still legible."""
        return QSize(240, 150)

    # -- painting --------------------------------------------------------------------------------

    def _paint(
        self, painter: QPainter, rect: QRectF, hits: list[tuple[QRectF, str]] | None
    ) -> None:
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        line_colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

        font = QFont(self.font())
        metrics = QFontMetricsF(font, painter.device())
        line_h = metrics.height()
        margin = max(6.0, line_h * 0.5)
        inner = rect.adjusted(margin, margin, -margin, -margin)

        if self._title:
            title_font = QFont(font)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(text_colour)
            title_metrics = QFontMetricsF(title_font, painter.device())
            title = title_metrics.elidedText(
                self._title, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), title_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title,
            )
            inner.setTop(inner.top() + title_metrics.height() + margin)

        if not self._points:
            painter.setFont(font)
            painter.setPen(_mix(background, text_colour, 0.7))
            painter.drawText(
                inner,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr(self.PLACEHOLDER),
            )
            return

        label_font = _scaled_font(font, 0.9)
        painter.setFont(label_font)
        label_metrics = QFontMetricsF(label_font, painter.device())
        label_h = label_metrics.height()
        gap = max(4.0, label_h * 0.4)

        # Y axis: "Not yet" then every level, lowest at the bottom.
        rows = [self.tr("Not yet"), *self._levels]
        label_w = min(
            max(label_metrics.horizontalAdvance(row) for row in rows), inner.width() * 0.3
        )
        plot = QRectF(
            inner.left() + label_w + gap,
            inner.top() + label_h / 2,
            inner.width() - label_w - gap,
            inner.height() - label_h / 2 - label_h - gap,
        )
        plot.setHeight(max(plot.height(), 1.0))
        spacing = plot.height() / (len(rows) - 1)

        def row_y(row: int) -> float:
            return plot.bottom() - row * spacing

        faint = _mix(background, text_colour, 0.18)
        muted = _mix(background, text_colour, 0.75)
        step = max(1, math.ceil(label_h * 0.95 / max(spacing, 1.0)))
        # Label every row if there is room, else every n-th from the top, and "Not yet" always.
        labelled = set(range(len(rows) - 1, 0, -step))
        if labelled and min(labelled) < step:
            labelled.discard(min(labelled))
        labelled.add(0)
        for row, name in enumerate(rows):
            y = row_y(row)
            pen = QPen(faint, 1.0)
            if row == 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if row in labelled:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(inner.left(), y - label_h / 2, label_w, label_h),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    label_metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w),
                )

        # X axis: time, proportional; a lone date (or one repeated) sits in the middle.
        # A QLocale date pattern; a language may order month and year its own way.
        month_format = self.tr("MMM yyyy")
        texts = [self.locale().toString(_qdate(m), month_format) for m, _ in self._points]
        if len(set(texts)) < len(texts):
            texts = [format_date(m) for m, _ in self._points]
        widths = [label_metrics.horizontalAdvance(text) for text in texts]
        marker = max(3.5, line_h * 0.28)
        pad = min(max(max(widths) / 2, marker * 2), plot.width() / 4)
        stamps = [moment.timestamp() for moment, _ in self._points]
        first, span = stamps[0], stamps[-1] - stamps[0]

        def x_of(stamp: float) -> float:
            if span <= 0:
                return plot.center().x()
            return plot.left() + pad + (stamp - first) / span * (plot.width() - 2 * pad)

        positions = [
            QPointF(x_of(stamp), row_y(0 if level is None else level + 1))
            for stamp, (_, level) in zip(stamps, self._points, strict=True)
        ]

        # Date labels centred under their points, kept inside the chart; ones that would
        # collide are left out, but the latest is always shown.
        date_top = plot.bottom() + gap
        boxes: list[tuple[QRectF, str]] = []
        order = [len(texts) - 1, *range(len(texts) - 1)]
        for index in order:
            w = widths[index]
            left = min(max(positions[index].x() - w / 2, rect.left() + 1), rect.right() - 1 - w)
            box = QRectF(left, date_top, w, label_h)
            if any(box.adjusted(-gap, 0, gap, 0).intersects(other) for other, _ in boxes):
                continue
            if texts[index] in {text for _, text in boxes}:
                continue
            boxes.append((box, texts[index]))
        painter.setPen(muted)
        for box, text in boxes:
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setPen(QPen(faint, 1.0))
        for p in positions:
            painter.drawLine(QPointF(p.x(), plot.bottom()), QPointF(p.x(), plot.bottom() + gap / 2))

        # The line, then the markers: filled for a level, hollow for "not yet".
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for p in positions[1:]:
                path.lineTo(p)
            area = QPainterPath(path)
            area.lineTo(positions[-1].x(), plot.bottom())
            area.lineTo(positions[0].x(), plot.bottom())
            area.closeSubpath()
            dense = len(positions) > plot.width() / 6
            # Antialiasing hundreds of crossing segments is slow and invisible at that density.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, not dense)
            painter.fillPath(area, _with_alpha(line_colour, 40))
            # Stroking a wide pen with round joins costs per point; dense series get a thin line.
            pen = QPen(line_colour, 1.5 if dense else max(2.0, line_h / 7))
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin if dense else Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(positions)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for p, (moment, level) in zip(positions, self._points, strict=True):
            if level is None:
                painter.setPen(QPen(line_colour, max(1.5, line_h / 9)))
                painter.setBrush(background)
            else:
                painter.setPen(QPen(background, 1.0))
                painter.setBrush(line_colour)
            painter.drawEllipse(p, marker, marker)
            if hits is not None:
                reach = marker + 3
                hits.append(
                    (
                        QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach),
                        self._describe(moment, level),
                    )
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
