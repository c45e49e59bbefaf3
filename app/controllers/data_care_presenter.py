"""Data → Back up now, Restore from backup…, Check database: run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from app import workers
from app.controllers.assessment_controller import AssessmentController
from app.views.backup_dialog import BackupDialog, describe_backup
from db.backup import backup_dir_for, create_backup, list_backups, restore_backup
from db.database import Database
from db.errors import StorageError
from db.integrity import check_database

if TYPE_CHECKING:
    from app.main_window import MainWindow


class DataCarePresenter(QObject):
    """Backups, restores and checks of the open data file, with progress and plain messages."""

    def __init__(self, window: MainWindow, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.job: workers.CallJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self._after: Callable[[bool], None] | None = None
        actions = window.actions
        actions.back_up.triggered.connect(self.back_up)
        actions.restore_backup.triggered.connect(self.restore)
        actions.check_database.triggered.connect(self.check)
        for action in (actions.back_up, actions.restore_backup, actions.check_database):
            action.setEnabled(True)

    @property
    def database(self) -> Database:
        """The open database."""
        return self.controller.context.repository.database

    def back_up(self) -> None:
        """Make a verified backup now."""
        path = self.database.path

        def work() -> str:
            info = create_backup(path, reason="manual")
            return f"Backup saved and verified:\n{info.path}"

        self._run("Backing up…", "Back up", work)

    def check(self) -> None:
        """Run a full integrity check of the data file."""
        path = self.database.path

        def work() -> str:
            result = check_database(path, full=True)
            if result.ok:
                return f"{path.name} is healthy: the full integrity check found no problem."
            problems = "\n".join(result.problems[:10])
            raise StorageError(
                f"{path.name} has problems:\n{problems}\n\nRestore a backup (Data → Restore "
                "from backup…) to get back to a healthy file."
            )

        self._run("Checking the data file…", "Check database", work)

    def restore(self) -> None:
        """Choose a backup and put it in place of the current data."""
        backups = list_backups(backup_dir_for(self.database.path))
        if not backups:
            QMessageBox.information(
                self.window, "Restore from backup",
                "There are no backups yet. Use Data → Back up now to make one.",
            )  # fmt: skip
            return
        dialog = BackupDialog(backups, self.window)
        try:
            accepted = dialog.exec() == BackupDialog.DialogCode.Accepted
            chosen = dialog.selected()
        finally:
            dialog.deleteLater()
        if not accepted or chosen is None:
            return
        path = self.database.path
        self.controller.undo_stack.clear()
        self.database.close()  # no connection of ours may be open while the file is replaced

        def work() -> str:
            previous = restore_backup(chosen.path, path)
            saved = (
                f"\nThe data it replaced was backed up first ({previous.path.name})."
                if previous
                else ""
            )
            return f"Restored the backup of {describe_backup(chosen)}.{saved}"

        self._run("Restoring…", "Restore from backup", work, after=self._reopen)

    def _reopen(self, _succeeded: bool) -> None:
        # Whether or not the restore worked, open whatever file is in place now (schema checks
        # and migrations included) and show it.
        repository = self.controller.context.repository
        repository.replace_database(Database.open(self.database.path))
        self.controller.reload_everything()

    # --- running work ---------------------------------------------------------------------------

    def _run(
        self,
        label: str,
        title: str,
        work: Callable[[], str],
        after: Callable[[bool], None] | None = None,
    ) -> None:
        if self.job is not None:
            return
        self.job = workers.CallJob(work)
        self._after = after
        self.job.signals.succeeded.connect(lambda message: self._done(title, message, True))
        self.job.signals.failed.connect(lambda message: self._done(title, message, False))
        dialog = QProgressDialog(label, "", 0, 0, self.window)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)
        self.progress_dialog = dialog
        workers.start(self.job)

    def _done(self, title: str, message: str, succeeded: bool) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.job = None
        after, self._after = self._after, None
        if after is not None:
            after(succeeded)
        icon = QMessageBox.Icon.Information if succeeded else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Close, self.window)
        self.result_box = box
        box.open()
