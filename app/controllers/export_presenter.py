"""File → Export growth plan… and Export one-on-one agenda…: choose a file, its paper and its
language, render off the GUI thread with progress, offer to open the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from app import workers
from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
from core.i18n import LANGUAGES, current_language, language_name, normalise_language
from core.safe_files import safe_file_name
from db.errors import StorageError

# What an export reads and the file dialog are imported when an export is asked for: none of
# it is needed for the first screen.
if TYPE_CHECKING:
    from app.main_window import MainWindow

A4_FILTER = "PDF, A4 paper (*.pdf)"
LETTER_FILTER = "PDF, US Letter paper (*.pdf)"
"""The English interface's filters for a document in the interface's language."""

PAPER_KEY = "export/paper"
LANGUAGE_KEY = "export/language"


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def export_filters() -> dict[str, tuple[str, str]]:
    """The save dialog's filters, each with the paper and the document language it chooses.

    The interface's own language comes first and unnamed; each other language is named, so a
    manager can export an English plan from a Chinese interface (or the other way round).
    """
    interface = current_language()
    filters: dict[str, tuple[str, str]] = {}
    for language in sorted(LANGUAGES, key=lambda name: name != interface):
        for paper in ("a4", "letter"):
            if language == interface:
                text = (
                    QCoreApplication.translate("ExportPresenter", "PDF, A4 paper (*.pdf)")
                    if paper == "a4"
                    else QCoreApplication.translate(
                        "ExportPresenter", "PDF, US Letter paper (*.pdf)"
                    )
                )
            elif paper == "a4":
                text = QCoreApplication.translate(
                    "ExportPresenter", "PDF in {language}, A4 paper (*.pdf)"
                ).format(language=language_name(language))
            else:
                text = QCoreApplication.translate(
                    "ExportPresenter", "PDF in {language}, US Letter paper (*.pdf)"
                ).format(language=language_name(language))
            filters[text] = (paper, language)
    return filters


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

    def choose_file(self, title: str, suggested: str) -> tuple[Path | None, str, str]:
        """Ask where to save; returns the path (None if cancelled), the paper size and the
        document's language."""
        from app.file_dialogs import save_file_name

        settings = QSettings()
        paper = str(settings.value(PAPER_KEY, default_paper()))
        language = normalise_language(str(settings.value(LANGUAGE_KEY, ""))) or current_language()
        filters = export_filters()
        selected = next(
            (text for text, choice in filters.items() if choice == (paper, language)),
            next(iter(filters)),
        )
        path, chosen_filter = save_file_name(
            self.window, title, suggested, ";;".join(filters), selected
        )
        if path is None:
            return None, paper, language
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        paper, language = filters.get(chosen_filter, filters[selected])
        settings.setValue(PAPER_KEY, paper)
        # Remembered only when it differs from the interface, so a new interface language wins.
        settings.setValue(LANGUAGE_KEY, "" if language == current_language() else language)
        return path, paper, language

    def _suggested(self, kind: str, person: str, detail: str) -> str:
        return proposed_file_name(kind, person, detail, date.today())

    def export_growth_plan(self) -> None:
        """Ask for a file and write the plan of the assessment on screen."""
        from core.framework_i18n import localize
        from db.plan_inputs import plan_input

        controller = self.controller
        assessment, person = controller.assessment, controller.person
        if assessment is None or person is None or self.runner.busy:
            return
        role = controller.framework.role(assessment.role_id).name
        path, paper, language = self.choose_file(
            self.tr("Export growth plan"),
            self._suggested(self.tr("Growth plan"), person.name, role),
        )
        if path is None:
            return
        try:
            data = plan_input(
                controller.context.repository, localize(controller.context.framework, language),
                assessment.id, date.today(), controller.history,
            )  # fmt: skip
        except StorageError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot export"), str(exc).capitalize() + ".")
            return
        self._start(
            workers.growth_plan_renderer(data, paper, language), path, self.tr("Export growth plan")
        )

    def export_agenda(self) -> None:
        """Ask for a file and write the agenda of the next one-on-one with the current person."""
        from core.framework_i18n import localize
        from db.agenda_inputs import agenda_input

        controller = self.controller
        person = controller.person
        if person is None or self.runner.busy:
            return
        path, paper, language = self.choose_file(
            self.tr("Export one-on-one agenda"),
            self._suggested(self.tr("One-on-one agenda"), person.name, ""),
        )
        if path is None:
            return
        data = agenda_input(
            controller.context.repository, localize(controller.context.framework, language),
            person.id, date.today(),
        )  # fmt: skip
        self._start(
            workers.agenda_renderer(data, paper, language),
            path,
            self.tr("Export one-on-one agenda"),
        )

    def _start(self, render: workers.Renderer, path: Path, title: str) -> None:
        def offer_to_open(box: QMessageBox) -> None:
            open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(open_button)
            box.buttonClicked.connect(
                lambda button: self.open_file(path) if button is open_button else None
            )

        self.runner.run_with_progress(
            title, self.tr("Writing {file}…").format(file=path.name),
            workers.export_work(render, path),
            after=lambda _succeeded: self._update_action(), success_box=offer_to_open,
        )  # fmt: skip
        self._update_action()

    def open_file(self, path: Path) -> bool:
        """Open the PDF in the system's viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
