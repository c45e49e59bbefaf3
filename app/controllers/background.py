"""Run a piece of work off the GUI thread with a progress dialog, then say how it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app import workers


class BackgroundRunner(QObject):
    """One task at a time; the result is shown in a window-modal message box."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.job: workers.CallJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self._after: Callable[[bool], None] | None = None
        self._success_box: Callable[[QMessageBox], None] | None = None
        self._announce = True

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return self.job is not None

    def run(
        self,
        title: str,
        label: str,
        work: Callable[[], str],
        after: Callable[[bool], None] | None = None,
        *,
        announce: bool = True,
    ) -> None:
        """Start ``work`` (returns the message to show); ``after(succeeded)`` runs on the GUI
        thread once it is over, before the message appears. With ``announce`` False only a
        failure is shown (the first step of a task that goes on)."""
        self.run_with_progress(title, label, lambda _progress: work(), after, announce=announce)

    def run_with_progress(
        self,
        title: str,
        label: str,
        work: workers.Work,
        after: Callable[[bool], None] | None = None,
        success_box: Callable[[QMessageBox], None] | None = None,
        *,
        announce: bool = True,
    ) -> None:
        """Like :meth:`run`, for work that reports (done, total); ``success_box`` may add
        buttons to the message shown on success."""
        if self.job is not None:
            return
        self.job = workers.CallJob(work)
        self._after = after
        self._success_box = success_box
        self._announce = announce
        self.job.signals.progress.connect(self._on_progress)
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

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _done(self, title: str, message: str, succeeded: bool) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.job = None
        after, self._after = self._after, None
        announce = self._announce  # ``after`` may start the next job, with its own
        success_box = self._success_box
        if after is not None:
            after(succeeded)
        if succeeded and not announce:
            return
        icon = QMessageBox.Icon.Information if succeeded else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Close, self.window)
        if succeeded and success_box is not None:
            success_box(box)
        self.result_box = box
        box.open()
