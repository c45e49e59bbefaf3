"""Edit → Preferences…: the interface language (more preferences to come)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.i18n import LANGUAGES, language_name


class PreferencesDialog(QDialog):
    """Choose the language: the system's, or one of the languages the app speaks."""

    def __init__(self, chosen: str | None, system: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            self.tr("System default ({language})").format(language=language_name(system)), None
        )
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language applies when Skill Ladder starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str | None:
        """The language picked (None: follow the system)."""
        data = self.language.currentData()
        return str(data) if data else None
