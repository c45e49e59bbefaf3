"""Readable at every usual window size: skill names not elided, every level card reachable, the
goals panel steady, descriptors with enough contrast, focus visible, one date format."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from app.main_window import ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MainWindow
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import main_window

pytestmark = pytest.mark.usefixtures("qt_settings")
SIZES = [(1024, 700), (1280, 760), (1920, 1080)]
MIN_CHARS = 12


def _seed_sample(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()


def _shown_names(table: QTableView) -> list[tuple[str, str]]:
    """(full name, what the first column shows of it) for every row, as Qt elides it."""
    model = table.model()
    metrics = QFontMetrics(table.font())
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        name = str(index.data())
        rect: QRect = table.visualRect(index)
        shown.append(
            (name, metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width() - margin))
        )
    return shown


def _elided(table: QTableView) -> list[str]:
    return [
        f"{name!r} shown as {text!r}"
        for name, text in _shown_names(table)
        if text != name and len(text.rstrip("…")) < min(MIN_CHARS, len(name))
    ]


def _show_at(qtbot, window: MainWindow, size: tuple[int, int], tab: int) -> None:
    window.resize(*size)
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    qtbot.wait(200)


@pytest.mark.parametrize("size", SIZES)
def test_skill_names_are_readable(qtbot, data_dir: Path, size: tuple[int, int]) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        window.controller.rate_as_manager(window.assess_page.model.skill_id_at(0), 2)
        page = window.assess_page
        _show_at(qtbot, window, size, ASSESS_TAB)
        assert not page.table.isColumnHidden(4)  # the Manager column
        assert _elided(page.table) == []
        _show_at(qtbot, window, size, GAPS_TAB)
        assert window.gap_page.table.model().rowCount() > 5
        assert _elided(window.gap_page.table) == []


@pytest.mark.parametrize("size", SIZES)
def test_every_level_card_can_be_seen(qtbot, data_dir: Path, size: tuple[int, int]) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        _show_at(qtbot, window, size, ASSESS_TAB)
        ladder = window.assess_page.ladder
        area = ladder.cards_area
        viewport = area.viewport()
        bar = area.verticalScrollBar()
        for card in ladder.cards:
            place = card.geometry()  # inside the scrolled widget
            # Side by side within the width (there is no horizontal scrolling), and the vertical
            # scroll bar reaches the bottom of every card.
            assert place.left() >= 0 and place.right() < viewport.width(), card.objectName()
            assert place.bottom() < bar.maximum() + viewport.height(), card.objectName()
            if place.bottom() >= viewport.height():
                assert bar.isVisible()
            text = card.descriptor
            needed = text.heightForWidth(text.width())
            assert text.height() >= needed, (card.objectName(), text.height(), needed)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _dark_palette() -> QPalette:
    """A dark desktop palette (Breeze Dark's colours); disabled text is dim, as desktops make it."""
    role = QPalette.ColorRole
    colours = {
        role.Window: "#31363b", role.WindowText: "#eff0f1", role.Base: "#232629",
        role.AlternateBase: "#31363b", role.Text: "#eff0f1", role.Button: "#31363b",
        role.ButtonText: "#eff0f1", role.Highlight: "#3daee9", role.HighlightedText: "#eff0f1",
        role.Mid: "#4d5257", role.PlaceholderText: "#a0a4a8",
    }  # fmt: skip
    palette = QPalette()
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        for each, colour in colours.items():
            palette.setColor(group, each, QColor(colour))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, QColor("#6e7175"))
    return palette


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_read_only_descriptors_have_aa_contrast(qtbot, data_dir: Path, scheme: str) -> None:
    _seed_sample(data_dir)
    application = QApplication.instance()
    before = application.palette()
    if scheme == "dark":
        application.setPalette(_dark_palette())
    try:
        with main_window(qtbot, data_dir) as window:
            controller = window.controller
            completed = controller.completed_history()[0]
            controller.open_assessment(completed.id)
            assert controller.read_only
            window.tabs.setCurrentIndex(ASSESS_TAB)
            for card in window.assess_page.ladder.cards:
                label = card.descriptor
                group = (
                    QPalette.ColorGroup.Active
                    if label.isEnabled()
                    else QPalette.ColorGroup.Disabled
                )
                text = label.palette().color(group, label.foregroundRole())
                # The card's background as painted (its style sheet fills it with palette(base)).
                background = card.grab().toImage().pixelColor(card.width() // 2, 4)
                assert contrast(text, background) >= 4.5, (card.objectName(), text.name())
    finally:
        application.setPalette(before)


def _focus_drawn(qtbot, widget) -> bool:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = widget.grab().toImage()
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    return focused != widget.grab().toImage()


def test_focus_is_visible_on_the_cards_and_what_it_takes(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        # As after a Tab press: styles draw focus rings for keyboard users.
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        ladder = window.assess_page.ladder
        for widget in (ladder.cards_area, ladder.what_it_takes):
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            assert _focus_drawn(qtbot, widget), widget.accessibleName()


def test_person_names_have_one_space_before_their_marks(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        combo = window.person_bar.combo
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert any(text.endswith(" (sample)") for text in texts)
        assert not any("  " in text for text in texts), texts


def test_one_date_format_from_the_locale(qtbot, data_dir: Path) -> None:
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QLocale

    from app.formatting import format_date, format_datetime

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert format_date(date(2026, 12, 2)) == "12/2/26"
        QLocale.setDefault(QLocale("de_DE"))
        assert format_date(date(2026, 12, 2)) == "02.12.26"
        moment = datetime(2026, 12, 2, 14, 5, 9, tzinfo=UTC).astimezone()
        assert format_datetime(moment) == f"{format_date(moment)} {moment:%H:%M}"
        assert format_datetime(moment, seconds=True).endswith(f"{moment:%H:%M:%S}")
        _seed_sample(data_dir)
        with main_window(qtbot, data_dir) as window:
            controller = window.controller
            completed = controller.completed_history()[0]
            controller.open_assessment(completed.id)
            assert format_date(completed.date) in window.assess_page.banner.text()
            # The History list and the one-on-ones list write dates the same way.
            window.tabs.setCurrentIndex(HISTORY_TAB)
            assert window.history_page.assessments.item(0, 0).text() == format_date(
                controller.history[-1].date
            )
            meetings = window.meetings_page.meetings
            first = controller.context.repository.meetings(controller.person.id)[-1]
            assert meetings.item(0).text().startswith(format_date(first.held_on) + " — ")
    finally:
        QLocale.setDefault(before)
