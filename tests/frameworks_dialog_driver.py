"""Drive File → Frameworks… and its import wizard as a user would, for the GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWizard

from app.main_window import MainWindow
from app.views.framework_import_wizard import MAPPING, REVIEW, FrameworkImportWizard
from app.views.frameworks_dialog import FRAMEWORK_ID, FrameworksDialog

JOB_TIMEOUT_MS = 20_000


def open_frameworks(window: MainWindow) -> FrameworksDialog:
    """File → Frameworks…, as the menu does."""
    assert window.menu_actions.frameworks.isEnabled()
    window.menu_actions.frameworks.trigger()
    dialog = window.frameworks.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def rows(dialog: FrameworksDialog) -> list[list[str]]:
    """The dialog's table as text."""
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def select(dialog: FrameworksDialog, framework_id: str) -> None:
    """Select a framework's row."""
    table = dialog.table
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(FRAMEWORK_ID) == framework_id
    )
    table.selectRow(row)


def start_wizard(
    qtbot: Any, window: MainWindow, button: QPushButton, files: list[Path], monkeypatch: Any
) -> FrameworkImportWizard:
    """Click Import… (or Update…), add ``files`` with Add files…, and wait until they are read."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(f) for f in files], "")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.frameworks.importer.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.files_page.busy, timeout=JOB_TIMEOUT_MS)
    return wizard


def to_mapping(qtbot: Any, wizard: FrameworkImportWizard) -> None:
    """Next, to the column-mapping step."""
    assert wizard.files_page.isComplete(), wizard.files_page.status.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == MAPPING


def to_review(qtbot: Any, wizard: FrameworkImportWizard) -> None:
    """Next, to the review, and wait for the conversion."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == REVIEW
    page = wizard.review_page
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=JOB_TIMEOUT_MS)


def finish(qtbot: Any, wizard: FrameworkImportWizard) -> None:
    """Click Install (or Update)."""
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled(), wizard.review_page.headline.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_column(wizard: FrameworkImportWizard, field: str, column: str | None) -> None:
    """Choose a field's column in its combo box (None: no column)."""
    combo = wizard.mapping_page.combos[field]
    index = combo.findData(column) if column else 0
    assert index >= 0, column
    combo.setCurrentIndex(index)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next message box that opens (its text goes to ``seen``)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        chosen.click()

    QTimer.singleShot(0, answer)
