"""Every file dialog of the app starts in the same sensible folder: the last folder used (kept in
QSettings), else the user's documents folder, else their home; never the current directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "export/folder"


def start_folder() -> Path:
    """Where the next file dialog opens."""
    last = QSettings().value(LAST_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    # A fresh system may have no Documents folder; a dialog given a missing folder would open
    # in the current directory (the source checkout under `make run`).
    return Path.home()


def remember_folder(path: Path) -> None:
    """Open the next dialog where this file was chosen."""
    QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))


def save_file_name(
    parent: QWidget, title: str, file_name: str, filters: str, selected: str = ""
) -> tuple[Path | None, str]:
    """Ask where to save ``file_name``; returns the path (None if cancelled) and the filter."""
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / file_name), filters, selected
    )
    if not name:
        return None, chosen
    path = Path(name)
    remember_folder(path)
    return path, chosen


def open_file_name(parent: QWidget, title: str, filters: str) -> tuple[Path | None, str]:
    """Ask for a file to open; returns the path (None if cancelled) and the filter."""
    name, chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not name:
        return None, chosen
    path = Path(name)
    remember_folder(path)
    return path, chosen
