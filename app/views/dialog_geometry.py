"""Dialogs that open at the size and place the user left them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtWidgets import QDialog, QSplitter


class GeometryKeeper(QObject):
    """Restores a dialog's geometry from QSettings ``key`` now and saves it when it closes."""

    def __init__(self, dialog: QDialog, key: str) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._key = key
        saved = QSettings().value(key)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            dialog.restoreGeometry(saved)
        self._splitters: list[tuple[QSplitter, str]] = []
        dialog.finished.connect(self.save)

    def restore_splitter(self, splitter: QSplitter, key: str) -> None:
        """Restore ``splitter``'s sizes from ``key`` too, and save them with the geometry."""
        saved = QSettings().value(key)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            splitter.restoreState(saved)
        self._splitters.append((splitter, key))

    def save(self, _result: int = 0) -> None:
        """Remember the dialog's geometry (and its splitters) now."""
        settings = QSettings()
        settings.setValue(self._key, self._dialog.saveGeometry())
        for splitter, key in self._splitters:
            settings.setValue(key, splitter.saveState())
