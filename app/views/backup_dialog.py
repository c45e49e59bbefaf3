"""Choose a backup to restore: newest first, with its date, why it was made and its size."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_datetime
from db.backup import BackupInfo

REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "made by you"),
    "close": QT_TRANSLATE_NOOP("BackupDialog", "when the app closed"),
    "migration": QT_TRANSLATE_NOOP("BackupDialog", "before an update of the file format"),
    "import": QT_TRANSLATE_NOOP("BackupDialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "before a restore"),
}


def describe_backup(info: BackupInfo) -> str:
    """One line for a backup: local date and time, why, size."""
    return QCoreApplication.translate("BackupDialog", "{when} — {why} ({size} KB)").format(
        when=format_datetime(info.created_at, seconds=True),
        why=QCoreApplication.translate("BackupDialog", REASONS[info.reason])
        if info.reason in REASONS
        else info.reason,
        size=max(1, round(info.size / 1024)),
    )


class BackupDialog(QDialog):
    """Lists the backups; OK restores the selected one."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Your data will be replaced by the backup you choose. The data you have now is "
                "backed up first, so this can be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def selected(self) -> BackupInfo | None:
        """The chosen backup."""
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
