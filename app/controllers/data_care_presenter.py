"""Data → Back up now, Restore from backup…, Check database: run off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.controllers.assessment_controller import AssessmentController
from app.controllers.background import BackgroundRunner
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
        self.runner = BackgroundRunner(window)
        actions = window.menu_actions
        actions.back_up.triggered.connect(self.back_up)
        actions.restore_backup.triggered.connect(self.restore)
        actions.check_database.triggered.connect(self.check)
        actions.check_database.setEnabled(True)
        files = self.database.keeps_file_backups
        for action in (actions.back_up, actions.restore_backup):
            action.setEnabled(files)
            if not files:  # a team database: says why in the status bar and the tooltip
                from db.team_connection import team_backups_explanation

                action.setStatusTip(team_backups_explanation())
                action.setToolTip(team_backups_explanation())

    @property
    def database(self) -> Database:
        """The open database."""
        return self.controller.context.repository.database

    def back_up(self) -> None:
        """Make a verified backup now."""
        path = self.database.path

        def work() -> str:
            info = create_backup(path, reason="manual")
            return self.tr("Backup saved and verified:\n{path}").format(path=info.path)

        self.runner.run(self.tr("Back up"), self.tr("Backing up…"), work)

    def check(self) -> None:
        """Run a full integrity check of the data file; for a team database, see that it
        answers and explain who keeps its backups."""
        path = self.database.path
        if path is None:
            self.check_team_database()
            return

        def work() -> str:
            result = check_database(path, full=True)
            if result.ok:
                return self.tr(
                    "{file} is healthy: the full integrity check found no problem."
                ).format(file=path.name)
            problems = "\n".join(result.problems[:10])
            raise StorageError(
                self.tr(
                    "{file} has problems:\n{problems}\n\nRestore a backup (Data → Restore "
                    "from backup…) to get back to a healthy file."
                ).format(file=path.name, problems=problems)
            )

        self.runner.run(self.tr("Check database"), self.tr("Checking the data file…"), work)

    def check_team_database(self) -> None:
        """Data → Check database on a team database: the server's answer, and its backups."""
        from db.team_connection import team_backups_explanation

        database = self.database

        def work() -> str:
            database.stored_revision()  # a read on the server: raises its plain message
            return self.tr(
                "The team database {address} answers, and its data is in the format this "
                "version of Skill Ladder uses.\n\n{backups}"
            ).format(address=database.location, backups=team_backups_explanation())

        self.runner.run(self.tr("Check database"), self.tr("Asking the team database…"), work)

    def restore(self) -> None:
        """Choose a backup and put it in place of the current data."""
        from app.views.backup_dialog import BackupDialog, describe_backup

        backups = list_backups(backup_dir_for(self.database.path))
        if not backups:
            QMessageBox.information(
                self.window, self.tr("Restore from backup"),
                self.tr("There are no backups yet. Use Data → Back up now to make one."),
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
        self.window.live_updates.stop()  # its connection to the file too
        self.database.close()  # no connection of ours may be open while the file is replaced

        def work() -> str:
            previous = restore_backup(chosen.path, path)
            restored = self.tr("Restored the backup of {backup}.").format(
                backup=describe_backup(chosen)
            )
            if previous is None:
                return restored
            return (
                restored
                + "\n"
                + self.tr("The data it replaced was backed up first ({file}).").format(
                    file=previous.path.name
                )
            )

        self.runner.run(
            self.tr("Restore from backup"), self.tr("Restoring…"), work, after=self._reopen
        )

    def _reopen(self, _succeeded: bool) -> None:
        # Whether or not the restore worked, open whatever file is in place now (schema checks
        # and migrations included) and show it.
        repository = self.controller.context.repository
        repository.replace_database(Database.open(self.database.path))
        self.controller.reload_everything()
        self.window.live_updates.start()
