"""The question asked when someone else changed what the user was editing: theirs or mine."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.controllers.assessment_controller import EditConflict


class ConflictDialog(QDialog):
    """Shows both values; "Keep theirs" (the default, also Esc) or "Keep mine"."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone else changed this while you were editing: {what}. Nothing has been "
                "overwritten; choose which to keep."
            ).format(what=conflict.what)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.theirs = _value_box(conflict.theirs, "theirsValue")
        self.mine = _value_box(conflict.mine, "mineValue")
        form.addRow(self.tr("Theirs:"), self.theirs)
        form.addRow(self.tr("Yours:"), self.mine)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setObjectName("keepMine")
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, conflict: EditConflict, parent: QWidget | None = None) -> bool:
        """Ask; True when the user keeps their own value."""
        dialog = cls(conflict, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def _value_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * 6)
    return box
