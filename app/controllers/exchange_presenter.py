"""File → Export/Import assessment file…, and history as CSV: files people send each other."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
from core.csv_files import write_csv
from core.errors import InputFileError, problem_lines
from core.exchange import SUFFIX, read_exchange_file
from core.safe_files import safe_file_name, write_atomically
from db.errors import StorageError
from db.exchange_export import exchange_file_bytes
from db.history_csv import HEADER, history_rows

if TYPE_CHECKING:
    from app.main_window import MainWindow

SELF_FILTER = "Assessment file (*.json)"
MANAGER_FILTER = "Assessment file with my manager ratings (*.json)"
CSV_FILTER = "CSV for spreadsheets (*.csv)"


class ExchangePresenter(QObject):
    """Exports and imports exchange files and CSV history, off the GUI thread."""

    def __init__(self, window: MainWindow, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.runner = BackgroundRunner(window)
        actions = window.menu_actions
        actions.export_exchange.triggered.connect(self.export_assessment)
        actions.import_exchange.triggered.connect(self.import_assessment)
        actions.export_person_csv.triggered.connect(lambda: self.export_csv(team=False))
        actions.export_team_csv.triggered.connect(lambda: self.export_csv(team=True))
        controller.assessment_changed.connect(self._update_actions)
        controller.people_changed.connect(self._update_actions)
        actions.import_exchange.setEnabled(True)
        actions.export_team_csv.setEnabled(True)
        self._update_actions()

    def _update_actions(self) -> None:
        actions, controller = self.window.menu_actions, self.controller
        actions.export_exchange.setEnabled(controller.assessment is not None)
        actions.export_person_csv.setEnabled(controller.person is not None)

    def _folder(self) -> str:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return str(QSettings().value("export/folder", documents))

    def _remember_folder(self, path: Path) -> None:
        QSettings().setValue("export/folder", str(path.parent))

    # --- exchange files --------------------------------------------------------------------------

    def export_assessment(self) -> None:
        """Save the assessment on screen as an exchange file (optionally with manager ratings)."""
        controller = self.controller
        assessment, person = controller.assessment, controller.person
        if assessment is None or person is None:
            return
        when = assessment.date.date().isoformat()
        suggested = Path(self._folder()) / safe_file_name(
            f"{person.name} - {assessment.role_id} - {when}", SUFFIX
        )
        chosen = MANAGER_FILTER if assessment.manager_ratings else SELF_FILTER
        name, selected = QFileDialog.getSaveFileName(
            self.window, "Export assessment file", str(suggested),
            f"{SELF_FILTER};;{MANAGER_FILTER}", chosen,
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        self._remember_folder(path)
        view = "manager" if selected == MANAGER_FILTER else "self"
        repository, framework = controller.context.repository, controller.context.framework

        def work() -> str:
            data = exchange_file_bytes(
                repository, framework, assessment.id, exported_by=view, now=datetime.now(UTC)
            )
            write_atomically(path, data)
            who = "with your manager ratings" if view == "manager" else "self-assessment"
            return (
                f"Saved the {who} as\n{path}\n\n"
                "Send this file; it can be imported with File → Import assessment file…"
            )

        self.runner.run("Export assessment file", "Writing the file…", work)

    def import_assessment(self) -> None:
        """Import an exchange file; the data is backed up first and nothing is half-imported."""
        name, _filter = QFileDialog.getOpenFileName(
            self.window, "Import assessment file", self._folder(),
            "Assessment files (*.json);;All files (*)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        self._remember_folder(path)
        controller = self.controller
        repository, framework = controller.context.repository, controller.context.framework
        imported: list[int] = []

        def work() -> str:
            from db.exchange_import import import_assessment

            try:
                exchange = read_exchange_file(path, path.name)
                result = import_assessment(repository, framework, exchange, path.name)
            except InputFileError as exc:
                problems = "\n".join(f"• {line}" for line in problem_lines(exc.problems, 12))
                raise StorageError(f"Nothing was imported from {path.name}:\n{problems}") from None
            imported.append(result.person_id)
            return result.summary()

        def after(_succeeded: bool) -> None:
            if imported:
                controller.reload_everything()
                controller.select_person(imported[0])

        self.runner.run("Import assessment file", "Importing…", work, after)

    # --- CSV ---------------------------------------------------------------------------------------

    def export_csv(self, *, team: bool) -> None:
        """Save the current person's (or everyone's) history as a spreadsheet-safe CSV file."""
        controller = self.controller
        person = controller.person
        if not team and person is None:
            return
        stem = "Team history" if team else f"History - {person.name if person else ''}"
        suggested = Path(self._folder()) / safe_file_name(stem, ".csv")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, "Export history as CSV", str(suggested), CSV_FILTER
        )
        if not name:
            return
        path = Path(name)
        self._remember_folder(path)
        repository, framework = controller.context.repository, controller.context.framework
        ids = [p.id for p in controller.people] if team else [person.id]  # type: ignore[union-attr]

        def work() -> str:
            rows = list(history_rows(repository, framework, ids))
            write_csv(path, HEADER, rows)
            return f"Saved {len(rows)} rows as\n{path}"

        self.runner.run("Export history as CSV", "Writing the file…", work)
