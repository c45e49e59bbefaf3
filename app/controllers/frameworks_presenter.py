"""File → Frameworks…: list the library, and import, update, export or remove a framework.

After an install, update or removal the controller reads the frameworks again (the Role tab and
Team list roles again, through its ``frameworks_changed``), then
:attr:`FrameworksPresenter.library_changed` is emitted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app.controllers.background import BackgroundRunner
from app.file_dialogs import save_file_name
from app.views.confirm import confirm
from core.errors import FrameworkError, problem_lines
from core.framework import Framework
from core.framework_library import FrameworkLibrary, LibraryEntry
from core.safe_files import safe_file_name
from db.errors import StorageError

if TYPE_CHECKING:  # the dialog and the wizard load when File → Frameworks… is first used
    from app.controllers.assessment_controller import AssessmentController
    from app.controllers.framework_import_presenter import FrameworkImportPresenter
    from app.views.frameworks_dialog import FrameworksDialog

FILTERS = {
    "yaml": QT_TRANSLATE_NOOP("FrameworksPresenter", "Skill Ladder framework (*.yaml)"),
    "csv": QT_TRANSLATE_NOOP("FrameworksPresenter", "CSV sheet, long format (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("FrameworksPresenter", "Excel workbook (*.xlsx)"),
}
"""Export filters in English; the dialog shows them translated (``self.tr``)."""


class FrameworksPresenter(QObject):
    """Opens the Frameworks dialog and does what its buttons ask."""

    library_changed = Signal()
    """A framework was installed, updated or removed."""

    def __init__(self, window: QWidget, action: QAction, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: FrameworksDialog | None = None
        self.runner = BackgroundRunner(window)
        self._importer: FrameworkImportPresenter | None = None
        action.triggered.connect(self.open)
        action.setEnabled(True)

    @property
    def importer(self) -> FrameworkImportPresenter:
        """The import wizard's presenter (made on first use)."""
        if self._importer is None:
            from app.controllers.framework_import_presenter import FrameworkImportPresenter

            self._importer = FrameworkImportPresenter(self.window, lambda: self.library)
            self._importer.installed.connect(self._installed)
        return self._importer

    @property
    def library(self) -> FrameworkLibrary:
        """The library of the data in use."""
        return self.controller.context.library

    def open(self) -> FrameworksDialog:
        """Show the dialog (window-modal), the library read afresh."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from app.views.frameworks_dialog import FrameworksDialog

        dialog = FrameworksDialog(self.window)
        dialog.import_requested.connect(lambda: self.importer.start(None, dialog))
        dialog.update_requested.connect(lambda fid: self.importer.start(fid, dialog))
        dialog.export_requested.connect(self.export)
        dialog.remove_requested.connect(self.remove)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        self.library.refresh()
        self._fill()
        dialog.open()
        dialog.table.setFocus()
        return dialog

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _framework(self, framework_id: str) -> Framework | None:
        try:
            return self.library.get(framework_id)
        except FrameworkError:
            return None

    def _fill(self, select: str | None = None) -> None:
        if self.dialog is not None:
            self.dialog.set_entries(self.library.entries(), self._framework, select)

    def _entry(self, framework_id: str) -> LibraryEntry | None:
        return next((e for e in self.library.entries() if e.id == framework_id), None)

    def _changed(self, select: str | None, outcome: str, *, people: bool = False) -> None:
        """After a change: the dialog, the views listing roles and the person shown (with
        ``people``, the people list too: some were archived)."""
        self._fill(select)
        if self.dialog is not None:
            self.dialog.show_outcome(outcome)
        self.controller.notify_frameworks_changed()
        if people:
            self.controller.reload_everything()
        self.library_changed.emit()

    def _installed(self, framework_id: str, message: str) -> None:
        self._changed(framework_id, message)

    # --- export --------------------------------------------------------------------------------

    def export(self, framework_id: str) -> None:
        """Save a framework as YAML, CSV or XLSX."""
        from core.framework_export_files import SUFFIXES, ExportFormat, export_framework

        framework = self._framework(framework_id)
        if framework is None:
            return
        parent = self.dialog or self.window
        formats: tuple[ExportFormat, ...] = ("yaml", "csv", "xlsx")
        filters = [self.tr(FILTERS[f]) for f in formats]
        suggested = safe_file_name(
            f"{framework.name} {framework.version}".strip(), SUFFIXES[formats[0]]
        )
        path, chosen = save_file_name(
            parent, self.tr("Export framework"), suggested, ";;".join(filters), filters[0]
        )
        if path is None:
            return
        fmt = next((f for f, text in zip(formats, filters, strict=True) if text == chosen), None)
        by_suffix = next((f for f in formats if path.suffix.lower() == SUFFIXES[f]),
                         None)  # fmt: skip
        fmt = by_suffix or fmt or formats[0]
        if path.suffix.lower() not in {".yaml", ".yml"} | set(SUFFIXES.values()):
            path = path.with_name(path.name + SUFFIXES[fmt])

        def work() -> str:
            try:
                export_framework(framework, fmt, path)
            except OSError as exc:
                raise StorageError(
                    self.tr("Could not write {file}: {reason}. Nothing was written.").format(
                        file=path.name, reason=exc.strerror or exc
                    )
                ) from None
            return self.tr("Saved '{name}' as\n{path}").format(name=framework.name, path=path)

        self.runner.run(self.tr("Export framework"), self.tr("Writing the file…"), work)

    # --- remove --------------------------------------------------------------------------------

    def remove(self, framework_id: str) -> None:
        """Remove a framework after asking; people who use it are archived only if the user
        says so. The built-in one is never removed."""
        entry = self._entry(framework_id)
        parent = self.dialog or self.window
        if entry is None or entry.builtin:
            return
        title = self.tr("Remove framework")
        archive = False
        if entry.usage.people:
            if not self.ask_archive(parent, entry):
                return
            archive = True
        else:
            n = entry.usage.assessments
            kept = (
                self.tr(
                    "%n assessment(s) of archived people use it: it stays readable in their "
                    "history, hidden from the list.",
                    None,
                    n,
                )
                if n
                else self.tr("Nobody uses it.")
            )
            question = self.tr("Remove '{name}' from the frameworks? {kept}").format(
                name=entry.name, kept=kept
            )
            if not confirm(parent, title, question):
                return
        # Imported here: the store loads SQLAlchemy, which the first screen does without.
        from db.framework_store import FrameworkInUseError

        try:
            deleted = self.library.remove(framework_id, archive_people=archive)
        except FrameworkInUseError as exc:  # someone else began to use it meanwhile
            QMessageBox.warning(parent, title, str(exc))
            self._fill(framework_id)
            return
        except FrameworkError as exc:
            QMessageBox.warning(parent, title, "\n".join(problem_lines(exc.problems, 20)))
            return
        except StorageError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        if deleted:
            outcome = self.tr("Removed '{name}'.").format(name=entry.name)
        else:
            outcome = self.tr(
                "Removed '{name}' from the list. It is kept, hidden, because archived "
                "people's assessments still read it."
            ).format(name=entry.name)
        if archive:
            n = entry.usage.people
            outcome += " " + self.tr("Archived %n person(s) who used it.", None, n)
        self._changed(None, outcome, people=archive)

    def ask_archive(self, parent: QWidget, entry: LibraryEntry) -> bool:
        """Whether to archive the people who use ``entry`` and remove it (Cancel is the
        default)."""
        n = entry.usage.people
        people = self.tr("%n person(s)", None, n)
        n = entry.usage.assessments
        assessments = self.tr("%n assessment(s)", None, n)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove framework"),
            self.tr(
                "'{name}' is in use by {people} ({assessments}): their role is from it, or they "
                "were assessed against it.\n\nTo remove it, those people are archived: they "
                "leave the people list and the Team tab, and their history stays readable (Show "
                "archived). Nothing is deleted."
            ).format(name=entry.name, people=people, assessments=assessments),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        archive = box.addButton(
            self.tr("&Archive those people and remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is archive
