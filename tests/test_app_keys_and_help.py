"""Keys and menus of the real window: redo's shortcut, every menu action without a Qt warning,
the Assess page's keys wherever the focus is, and the Help menu."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, QUrl, Slot, qInstallMessageHandler
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.main_window import ASSESS_TAB, MainWindow
from app.views.help_dialogs import GuideDialog, ShortcutsDialog
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import main_window, query

pytestmark = pytest.mark.usefixtures("qt_settings")
# What Qt's base platform window says when the offscreen test platform lacks a window-system
# feature (raise, keyboard grab for menus, size hints); a desktop platform plugin implements them.
OFFSCREEN_PLATFORM_NOTE = "This plugin does not support "
# Dedicated keyboard keys (some platforms bind them to Undo/Redo) that QTest cannot type.
UNTYPABLE = {Qt.Key.Key_Undo, Qt.Key.Key_Redo}


def _seed_sample(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Every warning (or worse) Qt prints while the block runs."""
    messages: list[str] = []

    def handler(kind: object, _context: object, text: str) -> None:
        if text.startswith(OFFSCREEN_PLATFORM_NOTE):
            return
        if kind.name != "QtDebugMsg":  # type: ignore[attr-defined]
            messages.append(f"{kind.name}: {text}")  # type: ignore[attr-defined]

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def modal_dialogs_dismissed() -> Iterator[list[str]]:
    """Close (reject) every modal dialog as soon as it is up; yields their titles."""
    titles: list[str] = []

    def dismiss() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        titles.append(widget.windowTitle())
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.timeout.connect(dismiss)
    timer.start(20)
    try:
        yield titles
    finally:
        timer.stop()


class _UrlCatcher(QObject):
    """Receives the file URLs the app asks the desktop to open (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@contextmanager
def file_urls_caught() -> Iterator[_UrlCatcher]:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        yield catcher
    finally:
        QDesktopServices.unsetUrlHandler("file")


def _activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press(widget: QWidget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        found += [a for a in menu.actions() if not a.isSeparator()]
    return found


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    qtbot.wait(200)  # results arrive as queued signals, and their boxes get dismissed


def test_ctrl_shift_z_redoes(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with qt_messages() as messages, main_window(qtbot, data_dir) as window:
        _activate(qtbot, window)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        page.table.setFocus()
        assert not window.controller.read_only
        skill = page.model.skill_id_at(page.current_row())
        before = window.controller.ratings[skill].level_id
        QTest.keyClick(page.table, Qt.Key.Key_1)
        assert window.controller.ratings[skill].level_id == "junior" != before
        _press(page.table, QKeySequence("Ctrl+Z"))
        assert window.controller.ratings[skill].level_id == before
        _press(page.table, QKeySequence("Ctrl+Shift+Z"))
        assert window.controller.ratings[skill].level_id == "junior"
        assert messages == []


def test_redo_answers_to_the_platform_keys_and_ctrl_shift_z_each_once(
    qtbot, data_dir: Path
) -> None:
    with main_window(qtbot, data_dir) as window:
        redo = [k.toString() for k in window.menu_actions.redo.shortcuts()]
        platform = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        assert set(platform) <= set(redo)
        assert "Ctrl+Shift+Z" in redo
        # A key twice on one action, or on two actions, is an "ambiguous shortcut overload":
        # Qt then triggers neither (X11 binds Redo to Ctrl+Shift+Z already).
        every = [k.toString() for a in _menu_actions(window) for k in a.shortcuts()]
        assert len(every) == len(set(every)), every


def test_every_menu_action_and_shortcut_runs_without_a_qt_warning(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with (
        qt_messages() as messages,
        file_urls_caught() as urls,
        main_window(qtbot, data_dir) as window,
        modal_dialogs_dismissed() as dialogs,
    ):
        _activate(qtbot, window)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        window.assess_page.table.setFocus()
        actions = _menu_actions(window)
        quit_action = window.menu_actions.quit
        for action in actions:
            if action is quit_action:
                continue
            for sequence in action.shortcuts():
                if sequence[0].key() in UNTYPABLE:
                    continue
                _press(window.assess_page.table, sequence)
                _settle(qtbot)
        for menu_action in window.menuBar().actions():
            menu_action.menu().popup(window.mapToGlobal(window.rect().center()))
            menu_action.menu().close()
        triggered = 0
        for action in actions:
            if action is quit_action or not action.isEnabled():
                continue
            action.trigger()
            triggered += 1
            _settle(qtbot)
        assert triggered >= 15
        assert "Keyboard shortcuts" in dialogs and "Guide" in dialogs
        assert QUrl.fromLocalFile(str(data_dir)) in urls.urls
        assert messages == [], "\n".join(messages)
        quit_action.trigger()
        assert not window.isVisible()
    assert messages == []


def test_shortcuts_dialog_lists_the_actions_and_the_assess_keys(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        rows = dict(window.help.shortcut_rows())
        for action in _menu_actions(window):
            for sequence in action.shortcuts():
                assert any(
                    sequence.toString(QKeySequence.SequenceFormat.NativeText) in keys
                    for keys in rows
                ), action.text()
        redo_keys = next(keys for keys, what in rows.items() if what == "Edit › Redo")
        assert "Ctrl+Shift+Z" in redo_keys
        assert rows["1–5"] == "Assess › Rate the skill at that level"
        assert rows["↑ / ↓"] == "Assess › Previous or next skill"
        dialog = ShortcutsDialog(window.help.shortcut_rows(), window)
        qtbot.addWidget(dialog)
        assert dict(dialog.rows()) == rows
        guide = GuideDialog(window)
        qtbot.addWidget(guide)
        text = guide.text.toPlainText()
        for tab in range(window.tabs.count()):
            assert window.tabs.tabText(tab).replace("&", "") in text


def test_open_the_log_folder_opens_the_data_folder(qtbot, data_dir: Path) -> None:
    with file_urls_caught() as urls, main_window(qtbot, data_dir) as window:
        assert window.menu_actions.open_log_folder.isEnabled()
        window.menu_actions.open_log_folder.trigger()
        assert urls.urls == [QUrl.fromLocalFile(str(data_dir))]


def test_key_hint_follows_the_number_of_levels(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        levels = len(window.controller.framework.levels)
        assert levels == 5
        hint = window.assess_page.hint.text()
        assert "1–5 rate" in hint and "1–9" not in hint


def test_keys_keep_working_after_clicking_a_level_card(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        _activate(qtbot, window)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        page.select_row(0)
        first, second = page.model.skill_id_at(0), page.model.skill_id_at(1)
        card = page.ladder.cards[2]
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
        assert window.controller.ratings[first].level_id == "senior"
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus)
        QTest.keyClick(focus, Qt.Key.Key_Down)
        assert page.current_row() == 1
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
        assert window.controller.ratings[second].level_id == "lead"
        assert window.controller.ratings[first].level_id == "senior"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        assert page.current_row() == 0
        # The same from the "not yet" button and the "what it takes" text.
        for widget in (page.ladder.not_yet, page.ladder.what_it_takes):
            widget.setFocus()
            QTest.keyClick(widget, Qt.Key.Key_Down)
            assert page.current_row() == 1
            QTest.keyClick(widget, Qt.Key.Key_Up)
            assert page.current_row() == 0
        # In the note, digits and arrows stay typing.
        page.ladder.note.setFocus()
        page.ladder.note.clear()
        QTest.keyClicks(page.ladder.note, "12")
        QTest.keyClick(page.ladder.note, Qt.Key.Key_Down)
        assert page.current_row() == 0
        assert page.ladder.note.toPlainText() == "12"
        assert window.controller.ratings[first].level_id == "senior"
        stored = query(
            data_dir,
            "SELECT level_id FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
            "WHERE a.completed_at IS NULL AND r.skill_id = ?",
            second,
        )
        assert stored == [("lead",)]


def test_a_widget_added_to_the_assess_page_later_takes_the_rating_keys_too(qtbot) -> None:
    # A combo box keeps digits to itself (it searches its items): only the page's filter,
    # installed on the combo once it arrives, turns them into ratings.
    from PySide6.QtWidgets import QComboBox

    from app.views.assess_page import AssessPage

    page = AssessPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    combo = QComboBox()
    combo.addItems(["2 apples", "3 pears"])
    page.layout().addWidget(combo)
    combo.show()
    combo.setFocus()
    with qtbot.waitSignal(page.digit_pressed) as pressed:
        QTest.keyClick(combo, Qt.Key.Key_3)
    assert pressed.args == [3]
    assert combo.currentIndex() == 0  # the combo did not take the key
