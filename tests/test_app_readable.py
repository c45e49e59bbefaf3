"""Readable at every usual window size: skill names not elided, every level card reachable, the
goals panel steady, descriptors with enough contrast, focus visible, one date format."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from app.main_window import ASSESS_TAB, GAPS_TAB, MainWindow
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
