"""Unexpected errors: logged to a file in the data directory, shown to the user briefly."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.database import DATABASE_FILE
from db.errors import StorageError

LOG_FILE = "skill-ladder.log"
log = logging.getLogger("skill_ladder")


def configure_logging(data_dir: Path) -> Path | None:
    """Log to ``skill-ladder.log`` in the data directory; returns the log's path, or None when
    it cannot be written (read-only folder, full disk), in which case the log goes to stderr."""
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = data_dir / LOG_FILE
    handler: logging.Handler
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(data_dir / LOG_FILE, encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        path = None
        print(f"skill-ladder: cannot write the log in {data_dir}: {exc}", file=sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up noise
    return path


def user_message(error: BaseException) -> str | None:
    """The plain message of an error that is about the data (busy, read-only, disk full…), or
    None for an unexpected one."""
    if isinstance(error, StorageError):
        return str(error)
    original = getattr(error, "orig", error)
    if isinstance(original, sqlite3.Error | OSError):
        from db.database import write_failure

        path = Path(getattr(original, "filename", None) or DATABASE_FILE)
        return str(write_failure(original, path))
    return None


def install_excepthook(log_path: Path | None) -> None:
    """Route uncaught exceptions to the log and a short message; never a traceback on screen."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        plain = user_message(error)
        if plain is not None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("ErrorReporting", "Your change was not saved"),
                plain,
            )
            return
        if log_path is not None:
            details = QCoreApplication.translate(
                "ErrorReporting", "Details were written to {path}."
            ).format(path=log_path)
        else:
            details = QCoreApplication.translate(
                "ErrorReporting", "Details could not be written to a log file."
            )
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("ErrorReporting", "Something went wrong"),
            QCoreApplication.translate(
                "ErrorReporting",
                "Skill Ladder hit an unexpected problem: {error}\n\nYour saved work is safe. "
                "{details}",
            ).format(error=error, details=details),
        )

    sys.excepthook = hook
