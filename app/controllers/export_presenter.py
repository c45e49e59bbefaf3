"""File → Export growth plan… and Export one-on-one agenda…: choose a file, render off the GUI
thread with progress, offer to open the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app import workers
from app.controllers.assessment_controller import AssessmentController
from core.safe_files import safe_file_name
from db.agenda_inputs import agenda_input
from db.errors import StorageError
from db.plan_inputs import plan_input

if TYPE_CHECKING:
    from app.main_window import MainWindow

A4_FILTER = "PDF, A4 paper (*.pdf)"
LETTER_FILTER = "PDF, US Letter paper (*.pdf)"


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def proposed_file_name(kind: str, person: str, detail: str, when: date) -> str:
    """A safe file name, e.g. ``Growth plan - Ana - MLOps Engineer - 2026-11-22.pdf``."""
    parts = [kind, person, detail, when.isoformat()]
    return safe_file_name(" - ".join(p for p in parts if p), ".pdf")


class ExportPresenter(QObject):
    """Owns the export action's flow; the PDF itself is made by a worker job."""

    def __init__(self, window: MainWindow, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.job: workers.PdfExportJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        window.menu_actions.export_plan.triggered.connect(self.export_growth_plan)
        window.menu_actions.export_agenda.triggered.connect(self.export_agenda)
        controller.assessment_changed.connect(self._update_action)
        controller.people_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        idle = self.job is None
        self.window.menu_actions.export_plan.setEnabled(
            idle and self.controller.assessment is not None
        )
        self.window.menu_actions.export_agenda.setEnabled(
            idle and self.controller.person is not None
        )

    def choose_file(self, title: str, suggested: Path) -> tuple[Path | None, str]:
        """Ask where to save; returns the path (None if cancelled) and the paper size."""
        paper = str(QSettings().value("export/paper", default_paper()))
        selected = LETTER_FILTER if paper == "letter" else A4_FILTER
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), f"{A4_FILTER};;{LETTER_FILTER}", selected
        )
        if not name:
            return None, paper
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings = QSettings()
        settings.setValue("export/folder", str(path.parent))
        paper = "letter" if chosen_filter == LETTER_FILTER else "a4"
        settings.setValue("export/paper", paper)
        return path, paper

    def _suggested(self, kind: str, person: str, detail: str) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = str(QSettings().value("export/folder", documents))
        return Path(folder) / proposed_file_name(kind, person, detail, date.today())

    def export_growth_plan(self) -> None:
        """Ask for a file and write the plan of the assessment on screen."""
        controller = self.controller
        assessment, person = controller.assessment, controller.person
        if assessment is None or person is None or self.job is not None:
            return
        role = controller.framework.role(assessment.role_id).name
        path, paper = self.choose_file(
            "Export growth plan", self._suggested("Growth plan", person.name, role)
        )
        if path is None:
            return
        try:
            data = plan_input(
                controller.context.repository, controller.context.framework, assessment.id,
                date.today(),
            )  # fmt: skip
        except StorageError as exc:
            QMessageBox.warning(self.window, "Cannot export", str(exc).capitalize() + ".")
            return
        self._start(workers.growth_plan_renderer(data, paper), path, "growth plan")

    def export_agenda(self) -> None:
        """Ask for a file and write the agenda of the next one-on-one with the current person."""
        controller = self.controller
        person = controller.person
        if person is None or self.job is not None:
            return
        path, paper = self.choose_file(
            "Export one-on-one agenda", self._suggested("One-on-one agenda", person.name, "")
        )
        if path is None:
            return
        data = agenda_input(
            controller.context.repository, controller.context.framework, person.id, date.today()
        )
        self._start(workers.agenda_renderer(data, paper), path, "one-on-one agenda")

    def _start(self, render: workers.Renderer, path: Path, what: str) -> None:
        self.job = workers.PdfExportJob(render, path, what)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_succeeded)
        self.job.signals.failed.connect(self._on_failed)
        self.progress_dialog = QProgressDialog(f"Writing {path.name}…", "", 0, 0, self.window)
        self.progress_dialog.setWindowTitle(f"Export {what}")
        self.progress_dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(400)
        self.progress_dialog.setValue(0)
        self._update_action()
        workers.start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.job = None
        self._update_action()

    def _on_succeeded(self, path_text: str) -> None:
        self._finish()
        path = Path(path_text)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Export finished",
            f"Saved as\n{path}",
            QMessageBox.StandardButton.Close,
            self.window,
        )
        open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.buttonClicked.connect(
            lambda button: self.open_file(path) if button is open_button else None
        )
        self.result_box = box
        box.open()

    def _on_failed(self, message: str) -> None:
        self._finish()
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Export failed", message, QMessageBox.StandardButton.Close,
            self.window,
        )  # fmt: skip
        self.result_box = box
        box.open()

    def open_file(self, path: Path) -> bool:
        """Open the PDF in the system's viewer."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
