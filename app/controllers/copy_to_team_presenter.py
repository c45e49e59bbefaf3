"""File → Copy local data to the team database…: the copy runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app import workers
from db import queries
from db.database import DATABASE_FILE, Database

if TYPE_CHECKING:
    from app.context import AppContext
    from app.controllers.assessment_controller import AssessmentController
    from app.views.copy_to_team_dialog import CopyToTeamDialog  # imported when opened


class CopyToTeamPresenter(QObject):
    """Opens the dialog on the local people and runs the verified copy in the thread pool."""

    def __init__(self, window: QWidget, action: QAction, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: CopyToTeamDialog | None = None
        self.job: workers.CallJob | None = None
        self._opened: Database | None = None
        action.triggered.connect(self.open)
        action.setEnabled(True)

    @property
    def context(self) -> AppContext:
        """The app's context (the data folder and the open database)."""
        return self.controller.context

    def local_database(self) -> Database | None:
        """The local data file: the app's own database, or (in team mode) the data folder's
        file if there is one; None when there is no local file (none is created)."""
        database = self.context.repository.database
        if database.path is not None:
            return database
        if self._opened is None:
            path = Path(self.context.data_dir) / DATABASE_FILE
            if not path.is_file():
                return None
            self._opened = Database.open(path)
        return self._opened

    def open(self) -> CopyToTeamDialog:
        """Show the dialog (non-modal to the rest of the app, window-modal here)."""
        from app.views.copy_to_team_dialog import CopyToTeamDialog

        source = self.local_database()
        people = queries.people(source.reader()) if source is not None else []
        dialog = CopyToTeamDialog(people, self.window)
        if source is None:
            dialog.show_outcome(self.tr("There is no local data file on this computer to copy."))
        dialog.copy_requested.connect(self.copy)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def copy(self) -> None:
        """Start the copy of the checked people to the connection string typed."""
        dialog = self.dialog
        source = self.local_database()
        if dialog is None or source is None or self.job is not None:
            return
        ids = dialog.checked_ids()
        conninfo = dialog.conninfo()
        skip = dialog.skip_existing.isChecked()
        work = copy_work(source, conninfo, ids, skip)
        self.job = workers.CallJob(work)
        self.job.signals.progress.connect(dialog.show_progress)
        self.job.signals.succeeded.connect(lambda text: self._done(text))
        self.job.signals.failed.connect(lambda text: self._done(text))
        dialog.set_busy(True)
        workers.start(self.job)

    def _done(self, text: str) -> None:
        self.job = None
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.show_outcome(text)

    def _closed(self, _result: int) -> None:
        self.dialog = None
        if self._opened is not None:
            self._opened.close()
            self._opened = None


def copy_work(source: Database, conninfo: str, person_ids: list[int], skip: bool) -> workers.Work:
    """Work for :class:`workers.CallJob`: connect, copy and check; the outcome in words."""

    def work(progress: workers.ProgressCallback) -> str:
        from db.engines.postgres import PostgresDatabase
        from db.transfer import copy_people, target_label

        target = PostgresDatabase.connect(conninfo)  # a StorageError says what went wrong
        try:
            result = copy_people(source, target, person_ids, skip_existing=skip, progress=progress)
            where = target_label(target)
        finally:
            target.close()
        lines = [_headline(len(result.copied), where)]
        lines += [f"  • {line}" for line in result.summary_lines()]
        if result.skipped:
            lines.append(_left_out(result.skipped))
        return "\n".join(lines)

    return work


def _headline(n: int, where: str) -> str:
    return QCoreApplication.translate(
        "CopyToTeam", "Copied %n person(s) to {where}, read back and checked: the same.", None, n
    ).format(where=where)


def _left_out(names: tuple[str, ...]) -> str:
    n = len(names)
    return QCoreApplication.translate(
        "CopyToTeam", "Left out %n person(s) already there: {names}", None, n
    ).format(names=", ".join(names))
