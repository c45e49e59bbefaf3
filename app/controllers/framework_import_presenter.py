"""The import wizard's behaviour: read the files and convert them off the GUI thread, keep the
column mapping, and install (or update) only when the user clicks Install."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import workers
from app.file_dialogs import remember_folder, save_file_name, start_folder
from app.views.framework_import_wizard import FrameworkImportWizard
from core.errors import FrameworkError, InputFileError, problem_lines
from core.framework_import import (
    Inspection,
    Installed,
    InstallPlan,
    convert_files,
    inspect_files,
    plan_install,
)
from core.framework_library import FrameworkLibrary
from db.errors import StorageError

MAX_PROBLEMS = 20
"""Problems listed in the wizard; the rest are counted."""


def problems_text(error: InputFileError) -> str:
    """A refused file's problems, one per line (file and line or cell named)."""
    return "\n".join(problem_lines(error.problems, MAX_PROBLEMS))


class FrameworkImportPresenter(QObject):
    """Runs one import wizard at a time over the library."""

    installed = Signal(str, str)
    """(framework id, what was done in words) after an install or update."""

    def __init__(self, parent: QWidget, library: Callable[[], FrameworkLibrary]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self._library = library
        self.wizard: FrameworkImportWizard | None = None
        self.jobs: set[workers.CallJob] = set()
        """Jobs running (kept referenced until they report, even when no longer wanted)."""
        self._generation = 0
        self._installed: dict[str, Installed] = {}
        self._update_of: str | None = None

    @property
    def library(self) -> FrameworkLibrary:
        """The library imports go into."""
        return self._library()

    def start(
        self, update_of: str | None = None, parent: QWidget | None = None
    ) -> FrameworkImportWizard:
        """Open the wizard: a new framework, or (``update_of``) a new version of that one.

        The installed frameworks are read now: the update is refused later if someone else
        changed the one it replaces meanwhile."""
        library = self.library
        library.refresh()
        self._installed = {}
        for record in library.records():
            try:
                framework = library.get(record.id)
            except FrameworkError:
                continue
            self._installed[record.id] = Installed(framework, record.content_hash)
        self._update_of = update_of
        name = self._installed[update_of].framework.name if update_of in self._installed else None
        wizard = FrameworkImportWizard(name, parent or self.parent_widget)
        wizard.files_page.add_requested.connect(self.choose_files)
        wizard.files_page.files_changed.connect(self.inspect)
        wizard.mapping_page.save_requested.connect(self.save_mapping)
        wizard.mapping_page.load_requested.connect(self.load_mapping)
        wizard.review_page.convert = self.convert
        wizard.review_page.installer = self.install
        wizard.finished.connect(self._closed)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _closed(self, _result: int) -> None:
        self._generation += 1  # a job still running reports to no one
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    # --- files ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for the files to import (several for Monzo)."""
        wizard = self.wizard
        if wizard is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            wizard,
            self.tr("Choose the framework files"),
            str(start_folder()),
            self.tr(
                "Framework files (*.yaml *.yml *.json *.csv *.tsv *.xlsx *.md *.markdown);;"
                "All files (*)"
            ),
        )
        if names:
            remember_folder(Path(names[0]))
            wizard.files_page.add_paths([Path(n) for n in names])

    def inspect(self) -> None:
        """Read and recognise the files chosen, off the GUI thread."""
        wizard = self.wizard
        if wizard is None:
            return
        paths = wizard.files_page.paths()
        page = wizard.files_page
        if not paths:
            page.show_problem("")
            return
        page.set_busy(True)
        found: list[Inspection] = []

        def work(_progress: workers.ProgressCallback) -> str:
            found.append(inspect_files(paths))
            return ""

        def done(succeeded: bool, message: str) -> None:
            page.set_busy(False)
            if succeeded and found:
                page.show_inspection(found[0])
                self._prepare_mapping(found[0], paths)
            else:
                page.show_problem(message)

        self._run(work, done)

    def _prepare_mapping(self, inspection: Inspection, paths: list[Path]) -> None:
        wizard = self.wizard
        if wizard is None or not inspection.tabular:
            return
        installed = self._installed.get(self._update_of or "")
        name = installed.framework.name if installed else paths[0].stem
        wizard.mapping_page.set_sheet(
            list(inspection.header),
            [list(r) for r in inspection.rows],
            inspection.guessed,
            template=inspection.template,
            name=name,
            version=date.today().isoformat(),
        )

    # --- mapping files ---------------------------------------------------------------------------

    def save_mapping(self) -> None:
        """Write the column choices as a mapping file (YAML, as ``--map`` reads it)."""
        wizard = self.wizard
        if wizard is None:
            return
        from core.importers.columns import mapping_text
        from core.safe_files import write_atomically

        suggested = f"{wizard.mapping_page.name.text().strip() or 'mapping'} mapping.yaml"
        path, _filter = save_file_name(
            wizard, self.tr("Save the column mapping"), suggested, self.tr("Mapping (*.yaml)")
        )
        if path is None:
            return
        if path.suffix.lower() not in {".yaml", ".yml"}:
            path = path.with_name(path.name + ".yaml")
        try:
            write_atomically(
                path, mapping_text(wizard.mapping_page.saved_mapping()).encode("utf-8")
            )
        except OSError as exc:
            QMessageBox.warning(
                wizard,
                self.tr("Save the column mapping"),
                self.tr("Could not write {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                ),
            )
            return
        wizard.mapping_page.problem.setText(
            self.tr("Saved the mapping as {file}").format(file=path.name)
        )

    def load_mapping(self) -> None:
        """Use the choices of a mapping file; columns the sheet lacks are named."""
        wizard = self.wizard
        if wizard is None:
            return
        from core.importers import load_mapping

        name, _filter = QFileDialog.getOpenFileName(
            wizard,
            self.tr("Load a column mapping"),
            str(start_folder()),
            self.tr("Mapping (*.yaml *.yml *.json);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        remember_folder(path)
        if path.suffix.lower() not in {".yaml", ".yml", ".json"}:
            path_text = str(path)
            QMessageBox.warning(
                wizard,
                self.tr("Load a column mapping"),
                self.tr("{file}: a mapping file is YAML or JSON").format(file=path_text),
            )
            return
        try:
            mapping = load_mapping(str(path))
        except InputFileError as exc:
            QMessageBox.warning(wizard, self.tr("Load a column mapping"), problems_text(exc))
            return
        missing = wizard.mapping_page.use_mapping(mapping)
        if missing:
            wizard.mapping_page.problem.setText(
                self.tr("This sheet has no column {columns}: choose another").format(
                    columns=", ".join(repr(m) for m in missing)
                )
            )

    # --- convert and install -------------------------------------------------------------------

    def convert(self) -> None:
        """Convert the files (with the mapping, for a sheet) and compare with what is installed,
        off the GUI thread; the review page shows the outcome."""
        wizard = self.wizard
        if wizard is None:
            return
        inspection = wizard.files_page.inspection
        paths = wizard.files_page.paths()
        mapping: dict[str, Any] | None = None
        if inspection is not None and inspection.tabular:
            mapping = wizard.mapping_page.mapping(self._update_of)
        page = wizard.review_page
        page.set_busy()
        builtin = self.library.default_id
        installed = dict(self._installed)
        update_of = self._update_of
        plans: list[InstallPlan] = []

        def work(progress: workers.ProgressCallback) -> str:
            converted = convert_files(paths, mapping, progress)
            plans.append(plan_install(converted, builtin, installed, update_of, progress))
            return ""

        def done(succeeded: bool, message: str) -> None:
            if succeeded and plans:
                wizard.set_finish_text(update=plans[0].is_update)
                page.show_plan(plans[0])
            else:
                page.show_problems(message)

        self._run(work, done, page.show_progress)

    def install(self) -> bool:
        """Install the reviewed framework (an update replaces the version read at the start,
        refused if someone else changed it since); True when it was saved."""
        wizard = self.wizard
        plan = wizard.review_page.plan if wizard is not None else None
        if wizard is None or plan is None:
            return False
        converted = plan.converted
        framework = converted.framework
        title = self.tr("Install framework")
        try:
            self.library.install(
                framework,
                import_format=converted.import_format,
                source_files=converted.source_files,
                replace=plan.is_update,
                expected_hash=plan.installed.content_hash if plan.installed else None,
            )
        except FrameworkError as exc:
            QMessageBox.warning(wizard, title, problems_text(exc))
            return False
        except StorageError as exc:
            QMessageBox.warning(wizard, title, str(exc))
            return False
        if plan.is_update and plan.diff is not None:
            message = self.tr("Updated '{name}' from version {old} to {new}.").format(
                name=framework.name, old=plan.diff.old_version, new=framework.version
            )
        else:
            message = self.tr("Installed '{name}', version {version}.").format(
                name=framework.name, version=framework.version
            )
        self.installed.emit(framework.id, message)
        return True

    # --- jobs ----------------------------------------------------------------------------------

    def _progress(
        self, generation: int, show: Callable[[int, int], None], done: int, total: int
    ) -> None:
        if generation == self._generation and self.wizard is not None:
            show(done, total)

    def _run(
        self,
        work: workers.Work,
        done: Callable[[bool, str], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``work`` in the pool; ``done(succeeded, message)`` on the GUI thread, unless the
        wizard was closed or a newer job started meanwhile."""
        self._generation += 1
        generation = self._generation

        def guarded(report: workers.ProgressCallback) -> str:
            try:
                return work(report)
            except InputFileError as exc:
                raise StorageError(problems_text(exc)) from None

        job = workers.CallJob(guarded)
        wizard = self.wizard

        def finish(succeeded: bool, message: str) -> None:
            self.jobs.discard(job)
            if generation != self._generation or wizard is None or not shiboken6.isValid(wizard):
                return
            done(succeeded, message)

        if progress is not None:
            job.signals.progress.connect(
                lambda done_steps, total: self._progress(generation, progress, done_steps, total)
            )
        job.signals.succeeded.connect(lambda message: finish(True, message))
        job.signals.failed.connect(lambda message: finish(False, message))
        self.jobs.add(job)
        workers.start(job)
