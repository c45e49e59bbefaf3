"""Accessibility, the screenshot, error handling and empty states of the real window."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from app.error_reporting import configure_logging, install_excepthook
from app.main_window import ASSESS_TAB, MainWindow
from app.views.skill_ladder import LevelCard
from core.framework_files import load_builtin_framework
from db.database import Database
from db.repository import Repository
from db.sample_data import create_sample_data
from tests.app_harness import main_window

pytestmark = pytest.mark.usefixtures("qt_settings")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QAbstractItemView,
    LevelCard,
)


def _seed_sample(data_dir: Path) -> None:
    database = Database.in_directory(data_dir)
    create_sample_data(Repository(database), load_builtin_framework())
    database.close()


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if (
            isinstance(parent, QComboBox | QAbstractItemView | QLineEdit | QTabBar)
            or type(parent).__name__ == "QComboBoxPrivateContainer"
        ):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(window: MainWindow) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue
        if _inside_composite(widget):
            continue  # internal parts of combo boxes and item views
        if not widget.accessibleName().strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} text={getattr(widget, 'text', lambda: '')()!r}"
            )
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
        assert _unnamed(window) == []


def test_screenshot_of_a_fully_rated_role(qtbot, data_dir: Path) -> None:
    _seed_sample(data_dir)
    with main_window(qtbot, data_dir) as window:
        window.resize(1280, 720)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        window.assess_page.select_row(0)
        qtbot.wait(50)
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / "main-window.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720)
        colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 720, 23)}
        assert len(colours) > 10  # a real, drawn window, not a blank
        assert window.controller.assessment is not None
        rated = [r for r in window.controller.ratings.values() if r.rated]
        assert len(rated) == len(window.controller.framework.role("mlops-engineer").skills)


def test_unexpected_errors_are_logged_and_shown_briefly(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    log_path = configure_logging(tmp_path)
    install_excepthook(log_path)
    import sys

    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Traceback" in log_path.read_text()
    assert len(shown) == 1
    assert "disk on fire" in shown[0] and "Traceback" not in shown[0]
    assert str(log_path) in shown[0]


def test_empty_state_then_sample_data(qtbot, data_dir: Path) -> None:
    with main_window(qtbot, data_dir) as window:
        assert window.stack.currentWidget() is window.empty_state
        assert window.empty_state.sample_button.isEnabled()
        intro = next(
            label
            for label in window.empty_state.findChildren(QLabel)
            if "Pick a role" in label.text()
        )
        assert intro.height() >= intro.heightForWidth(intro.width())  # not clipped
        window.menu_actions.sample_data.trigger()
        assert window.stack.currentWidget() is window.tabs
        assert not window.menu_actions.sample_data.isEnabled()
        assert "Sample" in window.windowTitle()


def test_long_and_mixed_script_text_keeps_the_layout(qtbot, data_dir: Path) -> None:
    name = ("王小明 🙂 مرحبا Zoë " * 12)[:200].strip()
    note = ("证据：负责搭建数据管道。 <b>&amp;</b> 🙂 שלום " * 800)[:20_000]
    database = Database.in_directory(data_dir)
    repository = Repository(database)
    person = repository.add_person(name)
    draft = repository.start_assessment(
        person.id, load_builtin_framework(), "mlops-engineer", "senior"
    )
    repository.set_note(draft.id, "ml-pipelines", note)
    repository.add_goal(person.id, "ml-pipelines", note[:2000])
    database.close()
    with main_window(qtbot, data_dir) as window:
        window.resize(1280, 720)
        window.tabs.setCurrentIndex(ASSESS_TAB)
        page = window.assess_page
        page.select_row(page.model.row_of("ml-pipelines"))
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 800
        assert window.minimumSizeHint().height() <= 720
        assert page.ladder.note.toPlainText() == note
        assert page.ladder.goals.model.rowCount() == 1
        assert window.person_bar.combo.currentText() == name
        assert window.person_bar.combo.sizeHint().width() < 400  # the toolbar is not stretched
        assert window.windowTitle().startswith(name)
