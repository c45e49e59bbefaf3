"""Long work off the GUI thread: jobs run in Qt's thread pool and report back through signals.

A job never touches a widget; its signals are delivered to the GUI thread by Qt's queued
connections, and the presenter updates the widgets there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.error_reporting import log
from core.i18n import using_language
from core.safe_files import write_atomically
from db.errors import StorageError

if TYPE_CHECKING:  # the documents are worked out in the worker, where they are imported
    from core.agenda import AgendaInput
    from core.plan import PlanInput

ProgressCallback = Callable[[int, int], None]


class JobSignals(QObject):
    """What a job reports: progress (done, total), success (a message) or failure (a message)."""

    progress = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)


Renderer = Callable[[ProgressCallback], bytes]
"""Makes a document's bytes, reporting progress as (done, total)."""


def export_work(render: Renderer, path: Path) -> Work:
    """Work for :class:`CallJob`: render a document and write it atomically to ``path``."""

    def work(progress: ProgressCallback) -> str:
        try:
            data = render(progress)
        except Exception as exc:
            log.exception("Export of %s failed", path.name)
            raise StorageError(
                QCoreApplication.translate(
                    "Workers", "The document could not be made: {reason}"
                ).format(reason=exc)
            ) from None
        try:
            write_atomically(path, data)
        except OSError as exc:
            raise StorageError(
                QCoreApplication.translate(
                    "Workers",
                    "Could not write {file}: {reason}. Nothing was written; an older file with "
                    "that name is untouched.",
                ).format(file=path.name, reason=exc.strerror or exc)
            ) from None
        return QCoreApplication.translate("Workers", "Saved as\n{path}").format(path=path)

    return work


def growth_plan_renderer(
    plan_input: PlanInput, paper: str, language: str | None = None
) -> Renderer:
    """Renders the growth plan of ``plan_input`` in ``language`` (None: the interface's);
    ReportLab is imported in the worker."""

    def render(progress: ProgressCallback) -> bytes:
        from core.plan import build_plan
        from reports.growth_plan import render_growth_plan

        with using_language(language):
            return render_growth_plan(build_plan(plan_input), paper=paper, progress=progress)

    return render


def agenda_renderer(agenda_input: AgendaInput, paper: str, language: str | None = None) -> Renderer:
    """Renders the one-on-one agenda of ``agenda_input`` in ``language`` (None: the interface's)."""

    def render(progress: ProgressCallback) -> bytes:
        from core.agenda import build_agenda
        from reports.agenda import render_agenda

        with using_language(language):
            return render_agenda(build_agenda(agenda_input), paper=paper, progress=progress)

    return render


Work = Callable[[ProgressCallback], str]
"""Runs in a pool thread, may report progress, returns the message for the user."""


class CallJob(QRunnable):
    """Run ``work`` in a pool thread and report its progress and outcome through signals.

    ``StorageError`` and ``OSError`` messages are shown as they are; anything else is logged.
    """

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        """Runs in a pool thread."""
        try:
            message = self.work(self.signals.progress.emit)
        except (StorageError, OSError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # reported to the user and logged; the app keeps running
            log.exception("Background task failed")
            self.signals.failed.emit(
                QCoreApplication.translate("Workers", "Something went wrong: {reason}").format(
                    reason=exc
                )
            )
        else:
            self.signals.succeeded.emit(message)


def start(job: QRunnable) -> None:
    """Run a job in the global thread pool."""
    QThreadPool.globalInstance().start(job)
