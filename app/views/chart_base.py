"""What the QPainter charts share: painting to the widget or an image, and hover tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

HitRegions = list[tuple[QRectF, str]]


def mix(a: QColor, b: QColor, weight_b: float) -> QColor:
    """Blend two colours in RGB; ``weight_b`` is the share of ``b`` (0..1)."""
    w = min(max(weight_b, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() * (1 - w) + b.redF() * w,
        a.greenF() * (1 - w) + b.greenF() * w,
        a.blueF() * (1 - w) + b.blueF() * w,
        1.0,
    )


def with_alpha(colour: QColor, alpha: int) -> QColor:
    """A copy of ``colour`` with another alpha (0..255)."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class ChartWidget(QWidget):
    """A widget drawn entirely by :meth:`_paint`, which may record tooltip regions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hit_regions: HitRegions = []

    def _paint(self, painter: QPainter, rect: QRectF, hits: HitRegions | None) -> None:
        raise NotImplementedError

    def render_to_image(self, size: QSize, device_pixel_ratio: float = 1.0) -> QImage:
        """The chart painted at ``size`` (logical pixels) into a new image."""
        ratio = max(device_pixel_ratio, 0.1)
        image = QImage(
            max(1, round(size.width() * ratio)),
            max(1, round(size.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        try:
            self._paint(painter, QRectF(0, 0, size.width(), size.height()), None)
        finally:
            painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the chart over the whole widget."""
        del event
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            self._hit_regions = []
            self._paint(painter, QRectF(self.rect()), self._hit_regions)
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        """Show the text recorded for the region under the mouse as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = QPointF(event.pos())
            for rect, text in self._hit_regions:
                if rect.contains(position):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
