"""Long work off the GUI thread: jobs run in Qt's thread pool and report back through signals.

A job never touches a widget; its signals are delivered to the GUI thread by Qt's queued
connections, and the presenter updates the widgets there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.error_reporting import log
from core.agenda import AgendaInput, build_agenda
from core.plan import PlanInput, build_plan
from core.safe_files import write_atomically
from db.errors import StorageError

ProgressCallback = Callable[[int, int], None]


class JobSignals(QObject):
    """What a job reports: progress (done, total), success (a message) or failure (a message)."""

    progress = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)


Renderer = Callable[[ProgressCallback], bytes]
"""Makes a document's bytes, reporting progress as (done, total)."""


class PdfExportJob(QRunnable):
    """Render a document and write it atomically to ``path``."""

    def __init__(self, render: Renderer, path: Path, what: str) -> None:
        super().__init__()
        self.render = render
        self.path = path
        self.what = what
        self.signals = JobSignals()
        self.setAutoDelete(False)  # the presenter keeps it until the result has arrived

    def run(self) -> None:
        """Runs in a pool thread."""
        try:
            write_atomically(self.path, self.render(self.signals.progress.emit))
        except OSError as exc:
            self.signals.failed.emit(
                f"Could not write {self.path.name}: {exc.strerror or exc}. "
                "Nothing was written; an older file with that name is untouched."
            )
        except Exception as exc:  # reported to the user and logged; the app keeps running
            log.exception("Export of %s failed", self.what)
            self.signals.failed.emit(f"The {self.what} could not be made: {exc}")
        else:
            self.signals.succeeded.emit(str(self.path))


def growth_plan_renderer(plan_input: PlanInput, paper: str) -> Renderer:
    """Renders the growth plan of ``plan_input`` (ReportLab is imported in the worker)."""

    def render(progress: ProgressCallback) -> bytes:
        from reports.growth_plan import render_growth_plan

        return render_growth_plan(build_plan(plan_input), paper=paper, progress=progress)

    return render


def agenda_renderer(agenda_input: AgendaInput, paper: str) -> Renderer:
    """Renders the one-on-one agenda of ``agenda_input``."""

    def render(progress: ProgressCallback) -> bytes:
        from reports.agenda import render_agenda

        return render_agenda(build_agenda(agenda_input), paper=paper, progress=progress)

    return render


class CallJob(QRunnable):
    """Run ``work`` (which returns a message for the user) in a pool thread.

    ``StorageError`` and ``OSError`` messages are shown as they are; anything else is logged.
    """

    def __init__(self, work: Callable[[], str]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        """Runs in a pool thread."""
        try:
            message = self.work()
        except (StorageError, OSError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # reported to the user and logged; the app keeps running
            log.exception("Background task failed")
            self.signals.failed.emit(f"Something went wrong: {exc}")
        else:
            self.signals.succeeded.emit(message)


def start(job: QRunnable) -> None:
    """Run a job in the global thread pool."""
    QThreadPool.globalInstance().start(job)
