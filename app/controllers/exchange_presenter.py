"""File → Export/Import assessment file…, and history as CSV: files people send each other."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
from core.errors import InputFileError
from core.safe_files import safe_file_name, write_atomically
from db.errors import StorageError

# The file formats, dialogs and writers are imported when an action is used: none of them is
# needed for the first screen.
if TYPE_CHECKING:
    from app.main_window import MainWindow
    from core.exchange import ExchangeAssessment

SELF_FILTER = QT_TRANSLATE_NOOP("ExchangePresenter", "Assessment file (*.json)")
MANAGER_FILTER = QT_TRANSLATE_NOOP(
    "ExchangePresenter", "Assessment file with my manager ratings (*.json)"
)
CSV_FILTER = QT_TRANSLATE_NOOP("ExchangePresenter", "CSV for spreadsheets (*.csv)")
"""Filters in English; the dialog shows them translated (``self.tr``)."""


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

    # --- exchange files --------------------------------------------------------------------------

    def export_assessment(self) -> None:
        """Save the assessment on screen as an exchange file (optionally with manager ratings)."""
        from app.file_dialogs import save_file_name
        from core.exchange import SUFFIX
        from db.exchange_export import export_exchange

        controller = self.controller
        assessment, person = controller.assessment, controller.person
        if assessment is None or person is None:
            return
        when = assessment.date.date().isoformat()
        suggested = safe_file_name(f"{person.name} - {assessment.role_id} - {when}", SUFFIX)
        own, managers = self.tr(SELF_FILTER), self.tr(MANAGER_FILTER)
        chosen = managers if assessment.manager_ratings else own
        path, selected = save_file_name(
            self.window, self.tr("Export assessment file"), suggested, f"{own};;{managers}", chosen
        )
        if path is None:
            return
        view = "manager" if selected in (managers, MANAGER_FILTER) else "self"
        repository, library = controller.context.repository, controller.context.library

        def work() -> str:
            exported = export_exchange(
                repository, library, assessment.id, exported_by=view, now=datetime.now(UTC)
            )
            write_atomically(path, exported.data)
            if view == "manager":
                saved = self.tr("Saved the assessment with your manager ratings as\n{path}")
            else:
                saved = self.tr("Saved the self-assessment as\n{path}")
            paragraphs = [
                saved.format(path=path),
                self.tr("Send this file; it can be imported with File → Import assessment file…"),
            ]
            if remark := exported.remark():
                paragraphs.append(remark)
            return "\n\n".join(paragraphs)

        self.runner.run(self.tr("Export assessment file"), self.tr("Writing the file…"), work)

    def import_assessment(self) -> None:
        """Import an exchange file; the data is backed up first and nothing is half-imported.

        The file is read and checked in the background against the framework it names; one
        that is not installed but carried by the file is installed with the import when the user
        agrees. Then, unless the file's person is already linked to someone here, the user says
        whose profile it goes into.
        """
        from app.file_dialogs import open_file_name
        from core.exchange import read_exchange_file

        path, _filter = open_file_name(
            self.window,
            self.tr("Import assessment file"),
            self.tr("Assessment files (*.json);;All files (*)"),
        )
        if path is None:
            return
        library = self.controller.context.library
        checked: list[ExchangeAssessment] = []

        def read() -> str:
            try:  # bounded, and refusing what is not a regular file (a FIFO would hang)
                checked.append(read_exchange_file(path, path.name, library))
            except InputFileError as exc:
                raise StorageError(_problem_list(path.name, exc)) from None
            return ""

        def after_reading(succeeded: bool) -> None:
            if succeeded and checked:
                self._import_checked(path, checked[0])

        self.runner.run(
            self.tr("Import assessment file"), self.tr("Reading the file…"), read, after_reading,
            announce=False,
        )  # fmt: skip

    def _may_install(self, exchange: ExchangeAssessment) -> bool:
        """Ask whether to install the framework the file carries (it is not installed here)."""
        name = exchange.carried.name if exchange.carried else exchange.framework_id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import assessment file"),
            self.tr(
                "This file was made with {framework} {version}, which is not installed. "
                "Install it and import?"
            ).format(framework=name, version=exchange.framework_version),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        install = box.addButton(self.tr("Install and import"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        try:
            box.exec()
            return box.clickedButton() is install
        finally:
            box.deleteLater()

    def _import_checked(self, path: Path, exchange: ExchangeAssessment) -> None:
        from app.views.import_person_dialog import ImportPersonDialog, closest_people

        controller = self.controller
        repository, library = controller.context.repository, controller.context.library
        install = exchange.carried is not None
        if install and not self._may_install(exchange):
            return
        person_id: int | None = None
        person_name: str | None = None
        known = repository.person_by_uid(exchange.person_uid) if exchange.person_uid else None
        if known is not None:
            person_id = known.id
        else:
            candidates = closest_people(exchange.person_name, repository.people())
            dialog = ImportPersonDialog(exchange.person_name, candidates, self.window)
            try:
                if dialog.exec() != ImportPersonDialog.DialogCode.Accepted:
                    return
                chosen = dialog.chosen_person()
                person_id = chosen.id if chosen is not None else None
                person_name = None if chosen is not None else dialog.new_person_name()
            finally:
                dialog.deleteLater()
        imported: list[int] = []

        def work() -> str:
            from db.exchange_import import import_exchange

            try:
                result = import_exchange(
                    repository, library, exchange, path.name,
                    person_name=person_name, person_id=person_id, install=install,
                )  # fmt: skip
            except InputFileError as exc:
                raise StorageError(_problem_list(path.name, exc)) from None
            imported.append(result.person_id)
            return result.summary()

        def after(_succeeded: bool) -> None:
            if install and imported:  # the Role tab and Team offer its roles now
                controller.notify_frameworks_changed()
            if imported:
                controller.reload_everything()
                controller.select_person(imported[0])

        self.runner.run(self.tr("Import assessment file"), self.tr("Importing…"), work, after)

    # --- CSV ---------------------------------------------------------------------------------------

    def export_csv(self, *, team: bool) -> None:
        """Save the current person's (or everyone's) history as a spreadsheet-safe CSV file."""
        from app.file_dialogs import save_file_name
        from core.csv_files import write_csv
        from db.history_csv import HEADER, history_rows

        controller = self.controller
        person = controller.person
        if not team and person is None:
            return
        if team:
            stem = self.tr("Team history")
        else:
            stem = self.tr("History - {person}").format(person=person.name if person else "")
        path, _filter = save_file_name(
            self.window, self.tr("Export history as CSV"), safe_file_name(stem, ".csv"),
            self.tr(CSV_FILTER),
        )  # fmt: skip
        if path is None:
            return
        repository, library = controller.context.repository, controller.context.library
        ids = [p.id for p in controller.people] if team else [person.id]  # type: ignore[union-attr]

        def work() -> str:
            count = write_csv(path, HEADER, history_rows(repository, library, ids))
            return self.tr("Saved %n row(s) as\n{path}", "", count).format(path=path)

        self.runner.run(self.tr("Export history as CSV"), self.tr("Writing the file…"), work)


MAX_PROBLEMS_SHOWN = 30


def _problem_list(file_name: str, error: InputFileError) -> str:
    """Every problem of a refused file (the first few dozen, then how many more)."""
    problems = [f"• {problem}" for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
    more = len(error.problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        problems.append(
            QCoreApplication.translate("ExchangePresenter", "… and %n more problem(s)", "", more)
        )
    heading = QCoreApplication.translate(
        "ExchangePresenter", "Nothing was imported from {file}:"
    ).format(file=file_name)
    return heading + "\n" + "\n".join(problems)
