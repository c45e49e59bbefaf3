"""Exchange files of an installed framework in the real window: the export carries it, and an
import into a data folder without it asks first (Install and import / Cancel)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.controllers.exchange_presenter import SELF_FILTER
from app.main_window import MainWindow
from app.views.import_person_dialog import ImportPersonDialog
from tests.app_harness import main_window, query
from tests.test_exchange_frameworks import _sender

pytestmark = pytest.mark.usefixtures("qt_settings")


def _result(qtbot, window: MainWindow) -> QMessageBox:
    runner = window.exchange.runner
    qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible(),
                    timeout=20_000)  # fmt: skip
    box, runner.result_box = runner.result_box, None
    box.close()
    return box


def _answer_question(button_text: str, asked: list[str]) -> None:
    """Click ``button_text`` on the next message box, recording its text and buttons."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(f"{box.text()} [{' / '.join(b.text() for b in box.buttons())}]")
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


def _framework_headers(window: MainWindow) -> list[str]:
    model = window.role_picker.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_window_carries_a_framework_and_asks_before_installing_it(
    qtbot, tmp_path: Path, data_dir: Path, monkeypatch
) -> None:
    sender, *_rest = _sender(tmp_path / "ada")
    sender.database.close()
    path = tmp_path / "ada.skill-ladder.json"
    with main_window(qtbot, tmp_path / "ada") as window:
        assert window.controller.person.name == "Ada Lovelace"
        assert window.controller.assessment is not None
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), SELF_FILTER)
        )
        window.menu_actions.export_exchange.trigger()
        box = _result(qtbot, window)
        assert box.icon() == QMessageBox.Icon.Information, box.text()
        assert "carries the framework Acme ladder 0.1" in box.text()
    carried = json.loads(path.read_text(encoding="utf-8"))["framework"]["document"]
    assert carried["framework"]["id"] == "acme-ladder"

    people_asked: list[str] = []

    def new_person(dialog: ImportPersonDialog) -> int:
        people_asked.append(dialog.new_person_name())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPersonDialog, "exec", new_person)
    bare = tmp_path / "bare.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["framework"]["document"]
    bare.write_text(json.dumps(document), encoding="utf-8")
    asked: list[str] = []
    with main_window(qtbot, data_dir) as window:
        assert "Acme ladder (0.1)" not in _framework_headers(window)
        # Neither installed nor carried: refused, naming the framework; nobody is asked.
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bare), ""))
        window.menu_actions.import_exchange.trigger()
        box = _result(qtbot, window)
        assert box.icon() == QMessageBox.Icon.Warning
        assert "Nothing was imported from bare.json" in box.text()
        assert "'acme-ladder' 0.1, which is not installed here" in box.text()
        assert "File → Frameworks…" in box.text() and people_asked == []

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        _answer_question("Cancel", asked)
        window.menu_actions.import_exchange.trigger()
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        assert asked == [
            "This file was made with Acme ladder 0.1, which is not installed. Install it and "
            "import? [Install and import / Cancel]"
        ]
        assert QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.wait(50)
        assert window.exchange.runner.result_box is None  # cancelled: nothing to report
        assert people_asked == []
        assert query(data_dir, "SELECT count(*) FROM frameworks") == [(0,)]
        assert query(data_dir, "SELECT count(*) FROM assessments") == [(0,)]

        _answer_question("Install and import", asked)
        window.menu_actions.import_exchange.trigger()
        box = _result(qtbot, window)
        assert box.icon() == QMessageBox.Icon.Information, box.text()
        assert "Installed the framework Acme ladder 0.1 from the file." in box.text()
        assert "Imported the assessment into Ada Lovelace's profile" in box.text()
        assert len(asked) == 2 and people_asked == ["Ada Lovelace"]
        assert query(data_dir, "SELECT id, version FROM frameworks") == [("acme-ladder", "0.1")]
        assert query(data_dir, "SELECT name, role_id, framework_id FROM people") == [
            ("Ada Lovelace", "role-0", "acme-ladder")
        ]
        assert query(
            data_dir, "SELECT role_id, framework_id, framework_version, source FROM assessments"
        ) == [("role-0", "acme-ladder", "0.1", "imported")]
        controller = window.controller
        assert controller.person.name == "Ada Lovelace"
        assert controller.context.framework.id == "acme-ladder"
        assert controller.assessment is not None and controller.assessment.role_id == "role-0"
        assert "Acme ladder (0.1)" in _framework_headers(window)  # its roles are offered now
