"""Unexpected errors: logged to a file in the data directory, shown to the user briefly."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE = "skill-ladder.log"
log = logging.getLogger("skill_ladder")


def configure_logging(data_dir: Path) -> Path:
    """Log to ``skill-ladder.log`` in the data directory; returns the log's path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOG_FILE
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up noise
    return path


def install_excepthook(log_path: Path) -> None:
    """Route uncaught exceptions to the log and a short message; never a traceback on screen."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            "Something went wrong",
            f"Skill Ladder hit an unexpected problem: {error}\n\n"
            f"Your saved work is safe. Details were written to {log_path}.",
        )

    sys.excepthook = hook
