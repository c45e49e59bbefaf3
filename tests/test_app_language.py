"""The window in Simplified Chinese: menus, tabs, Qt's own buttons, dates, and Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app import i18n
from app.formatting import format_date
from app.views.preferences_dialog import PreferencesDialog
from core import i18n as core_i18n
from tests.app_harness import main_window

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install_translation("zh_CN")
    yield
    i18n.install_translation("en")
    QLocale.setDefault(QLocale.c())
    core_i18n.set_language(None)


def test_menus_and_tabs_are_chinese(qtbot, data_dir: Path, chinese: None) -> None:
    with main_window(qtbot, data_dir) as window:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "评估(&A)", "数据(&D)", "帮助(&H)"]
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["角色(&R)", "评估(&A)", "差距(&G)", "历史(&H)", "一对一(&O)", "团队(&T)"]
        for menu_action in window.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.text():
                    assert not action.text().isascii(), action.text()


def test_qt_standard_buttons_and_dates_follow(qtbot, chinese: None) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert format_date(date(2026, 11, 22)).startswith("2026/11/22")
    assert core_i18n.current_language() == "zh_CN"


def test_preferences_remember_the_language_and_offer_a_restart(qtbot, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        presenter = window.preferences
        asked: list[str] = []

        def choose_chinese() -> None:
            dialog = presenter.dialog
            assert isinstance(dialog, PreferencesDialog)
            dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
            dialog.accept()

        def decline_restart() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

        QTimer.singleShot(0, choose_chinese)
        QTimer.singleShot(50, decline_restart)
        window.menu_actions.preferences.trigger()
        assert QSettings().value(i18n.LANGUAGE_KEY) == "zh_CN"
        assert i18n.effective_language() == "zh_CN"
        assert asked and "Restart now?" in asked[0]
        assert window.isVisible()  # declined: nothing closed
