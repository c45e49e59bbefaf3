"""The QPainter charts: what they paint, in light and dark palettes, and what they tell screen readers."""

from __future__ import annotations

from array import array
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.formatting import format_date
from app.views.radar_chart import RadarAxis, RadarChart, target_colour
from app.views.trend_chart import TrendChart

LEVELS = ["Junior", "Middle", "Senior", "Lead", "Principal"]
AXES = [
    RadarAxis("ML Pipelines and Orchestration", 1, 2),
    RadarAxis("Experiment Tracking and Model Versioning", 2, 2),
    RadarAxis("Model Deployment and Serving", 1, 3),
    RadarAxis("Model Monitoring and Drift", None, 2),
    RadarAxis("CI/CD for Machine Learning", 2, 3),
    RadarAxis("Containers and Kubernetes", 3, 2),
    RadarAxis("Cloud and Infrastructure as Code", 0, 2),
    RadarAxis("Data Quality and Validation", 1, 1),
]
POINTS = [
    (datetime(2025, 9, 14), None),
    (datetime(2025, 12, 2), 0),
    (datetime(2026, 3, 20), 1),
    (datetime(2026, 6, 5), 2),
]
SIZES = [QSize(300, 300), QSize(900, 700)]
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def pixel_colours(image: QImage) -> set[int]:
    """Every distinct opaque colour in ``image``, as 0xRRGGBB."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    pixels.frombytes(bytes(rgb.constBits())[: rgb.sizeInBytes()])
    return {value & 0xFFFFFF for value in set(pixels)}


def contains(colours: set[int], colour: QColor, tolerance: int = 6) -> bool:
    """Whether a colour within ``tolerance`` per channel of ``colour`` is among ``colours``."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return any(
        abs((c >> 16) - r) <= tolerance
        and abs(((c >> 8) & 0xFF) - g) <= tolerance
        and abs((c & 0xFF) - b) <= tolerance
        for c in colours
    )


def lightness(value: int) -> int:
    return QColor((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF).lightness()


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, name in [
        (QPalette.ColorRole.Window, "#202326"),
        (QPalette.ColorRole.Base, "#1a1c1e"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#3daee9"),
        (QPalette.ColorRole.Link, "#2980b9"),
    ]:
        palette.setColor(role, QColor(name))
    return palette


@pytest.fixture
def radar(qtbot) -> RadarChart:
    chart = RadarChart()
    qtbot.addWidget(chart)
    return chart


@pytest.fixture
def trend(qtbot) -> TrendChart:
    chart = TrendChart()
    chart.setLocale(ENGLISH)
    qtbot.addWidget(chart)
    return chart


# -- radar ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_radar_paints_rings_polygons_and_both_colours(radar: RadarChart, size: QSize) -> None:
    radar.set_data(AXES, LEVELS)
    image = radar.render_to_image(size)
    assert image.size() == size
    colours = pixel_colours(image)
    background = radar.palette().color(QPalette.ColorRole.Window)
    assert len(colours) > 50
    assert colours - {background.rgb() & 0xFFFFFF}
    assert contains(colours, radar.palette().color(QPalette.ColorRole.Highlight))
    assert contains(colours, target_colour(radar.palette()))


def test_radar_placeholder_has_text_but_no_data_colours(radar: RadarChart) -> None:
    for size in SIZES:
        colours = pixel_colours(radar.render_to_image(size))
        assert len(colours) > 2  # the placeholder text
        assert not contains(colours, radar.palette().color(QPalette.ColorRole.Highlight), 20)
        assert not contains(colours, target_colour(radar.palette()), 20)
    assert radar.accessibleDescription() == "Rate some skills to see your profile"


def test_radar_with_few_axes_still_draws_levels(radar: RadarChart) -> None:
    highlight = radar.palette().color(QPalette.ColorRole.Highlight)
    for count in (1, 2):
        radar.set_data(AXES[:count], LEVELS)
        assert contains(pixel_colours(radar.render_to_image(SIZES[0])), highlight)


def test_radar_accessibility_names_every_axis_and_level(radar: RadarChart) -> None:
    radar.set_data(AXES, LEVELS)
    assert radar.accessibleName() == "Radar chart of current versus target levels"
    description = radar.accessibleDescription()
    assert "ML Pipelines and Orchestration: Middle (target Senior)" in description
    assert "Model Monitoring and Drift: not yet (target Senior)" in description
    for axis in AXES:
        assert axis.label in description
    for level in ("Junior", "Middle", "Senior", "Lead"):
        assert level in description
    radar.set_data([], LEVELS)
    assert radar.accessibleDescription() == "Rate some skills to see your profile"


def test_radar_clamps_levels_and_needs_a_ladder(radar: RadarChart) -> None:
    radar.set_data([RadarAxis("Too high", 9, -3)], ["Low", "High"])
    assert radar.axes() == (RadarAxis("Too high", 1, 0),)
    assert radar.accessibleDescription() == "Too high: High (target Low)"
    with pytest.raises(ValueError):
        radar.set_data(AXES, [])


def test_radar_dark_palette_draws_light_text(radar: RadarChart) -> None:
    radar.setPalette(dark_palette())
    radar.set_data(AXES, LEVELS)
    colours = pixel_colours(radar.render_to_image(SIZES[1]))
    assert contains(colours, QColor("#202326"), 0)  # the dark background
    assert sum(1 for c in colours if lightness(c) > 200) >= 5  # light text
    assert not any(lightness(c) < 20 for c in colours)  # no black on dark
    assert contains(colours, QColor("#3daee9"))


def test_target_hue_differs_from_highlight() -> None:
    for palette in (QApplication.palette(), dark_palette()):
        highlight = palette.color(QPalette.ColorRole.Highlight)
        target = target_colour(palette)
        distance = abs(highlight.hslHue() - target.hslHue()) % 360
        assert min(distance, 360 - distance) >= 60


def test_radar_widget_paints_itself(radar: RadarChart) -> None:
    radar.set_data(AXES, LEVELS)
    radar.resize(radar.sizeHint())
    colours = pixel_colours(radar.grab().toImage())
    assert contains(colours, radar.palette().color(QPalette.ColorRole.Highlight))
    assert radar.minimumSizeHint().width() <= radar.sizeHint().width()


# -- trend ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [QSize(300, 300), QSize(900, 700)], ids=["small", "large"])
def test_trend_paints_line_and_markers(trend: TrendChart, size: QSize) -> None:
    trend.set_series(POINTS, LEVELS, "ML Pipelines and Orchestration")
    colours = pixel_colours(trend.render_to_image(size))
    assert len(colours) > 20
    assert contains(colours, trend.palette().color(QPalette.ColorRole.Highlight))


def test_trend_placeholder_without_points(trend: TrendChart) -> None:
    trend.set_series([], LEVELS)
    colours = pixel_colours(trend.render_to_image(QSize(400, 200)))
    assert len(colours) > 2
    assert not contains(colours, trend.palette().color(QPalette.ColorRole.Highlight), 20)
    assert trend.accessibleDescription() == "No completed assessments yet"


def test_trend_single_point_and_sorting(trend: TrendChart) -> None:
    trend.set_series([POINTS[2]], LEVELS)
    highlight = trend.palette().color(QPalette.ColorRole.Highlight)
    assert contains(pixel_colours(trend.render_to_image(QSize(300, 200))), highlight)
    trend.set_series(list(reversed(POINTS)), LEVELS)
    assert [moment for moment, _ in trend.points()] == [moment for moment, _ in POINTS]


def test_trend_accessibility_lists_points(trend: TrendChart) -> None:
    trend.set_series(POINTS, LEVELS, "ML Pipelines")
    assert trend.accessibleName() == "Skill trend"
    days = [format_date(moment) for moment, _ in POINTS]  # the app's one date format
    assert trend.accessibleDescription() == (
        f"ML Pipelines: {days[0]}: Not yet; {days[1]}: Junior; {days[2]}: Middle; {days[3]}: Senior"
    )


def test_trend_dark_palette_draws_light_text(trend: TrendChart) -> None:
    trend.setPalette(dark_palette())
    trend.set_series(POINTS, LEVELS, "ML Pipelines")
    colours = pixel_colours(trend.render_to_image(QSize(600, 300)))
    assert sum(1 for c in colours if lightness(c) > 200) >= 5
    assert not any(lightness(c) < 20 for c in colours)
    assert contains(colours, QColor("#3daee9"))
