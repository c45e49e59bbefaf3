"""File → Export growth plan… and Export one-on-one agenda…: choose a file, render off the GUI
thread with progress, offer to open the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app import workers
from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
from app.file_dialogs import save_file_name
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
        self.runner = BackgroundRunner(window)
        window.menu_actions.export_plan.triggered.connect(self.export_growth_plan)
        window.menu_actions.export_agenda.triggered.connect(self.export_agenda)
        controller.assessment_changed.connect(self._update_action)
        controller.people_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        idle = not self.runner.busy
        self.window.menu_actions.export_plan.setEnabled(
            idle and self.controller.assessment is not None
        )
        self.window.menu_actions.export_agenda.setEnabled(
            idle and self.controller.person is not None
        )

    def choose_file(self, title: str, suggested: str) -> tuple[Path | None, str]:
        """Ask where to save; returns the path (None if cancelled) and the paper size."""
        paper = str(QSettings().value("export/paper", default_paper()))
        selected = LETTER_FILTER if paper == "letter" else A4_FILTER
        path, chosen_filter = save_file_name(
            self.window, title, suggested, f"{A4_FILTER};;{LETTER_FILTER}", selected
        )
        if path is None:
            return None, paper
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings = QSettings()
        paper = "letter" if chosen_filter == LETTER_FILTER else "a4"
        settings.setValue("export/paper", paper)
        return path, paper

    def _suggested(self, kind: str, person: str, detail: str) -> str:
        return proposed_file_name(kind, person, detail, date.today())

    def export_growth_plan(self) -> None:
        """Ask for a file and write the plan of the assessment on screen."""
        controller = self.controller
        assessment, person = controller.assessment, controller.person
        if assessment is None or person is None or self.runner.busy:
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
                date.today(), controller.history,
            )  # fmt: skip
        except StorageError as exc:
            QMessageBox.warning(self.window, "Cannot export", str(exc).capitalize() + ".")
            return
        self._start(workers.growth_plan_renderer(data, paper), path, "growth plan")

    def export_agenda(self) -> None:
        """Ask for a file and write the agenda of the next one-on-one with the current person."""
        controller = self.controller
        person = controller.person
        if person is None or self.runner.busy:
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
        def offer_to_open(box: QMessageBox) -> None:
            open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(open_button)
            box.buttonClicked.connect(
                lambda button: self.open_file(path) if button is open_button else None
            )

        self.runner.run_with_progress(
            f"Export {what}", f"Writing {path.name}…", workers.export_work(render, path, what),
            after=lambda _succeeded: self._update_action(), success_box=offer_to_open,
        )  # fmt: skip
        self._update_action()

    def open_file(self, path: Path) -> bool:
        """Open the PDF in the system's viewer."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
