"""Long work off the GUI thread: jobs run in Qt's thread pool and report back through signals.

A job never touches a widget; its signals are delivered to the GUI thread by Qt's queued
connections, and the presenter updates the widgets there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.error_reporting import log
from core.plan import PlanInput, build_plan
from core.safe_files import write_atomically
from db.errors import StorageError

ProgressCallback = Callable[[int, int], None]


class JobSignals(QObject):
    """What a job reports: progress (done, total), success (a message) or failure (a message)."""

    progress = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)


class PlanExportJob(QRunnable):
    """Render a growth plan and write it atomically to ``path``."""

    def __init__(self, plan_input: PlanInput, path: Path, paper: str) -> None:
        super().__init__()
        self.plan_input = plan_input
        self.path = path
        self.paper = paper
        self.signals = JobSignals()
        self.setAutoDelete(False)  # the presenter keeps it until the result has arrived

    def run(self) -> None:
        """Runs in a pool thread."""
        try:
            from reports.growth_plan import render_growth_plan

            plan = build_plan(self.plan_input)
            pdf = render_growth_plan(plan, paper=self.paper, progress=self.signals.progress.emit)
            write_atomically(self.path, pdf)
        except OSError as exc:
            self.signals.failed.emit(
                f"Could not write {self.path.name}: {exc.strerror or exc}. "
                "Nothing was written; an older file with that name is untouched."
            )
        except Exception as exc:  # reported to the user and logged; the app keeps running
            log.exception("Growth plan export failed")
            self.signals.failed.emit(f"The growth plan could not be made: {exc}")
        else:
            self.signals.succeeded.emit(str(self.path))


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
