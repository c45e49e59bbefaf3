"""Edit → Preferences…: remember the chosen language and offer to restart into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app import i18n

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from app.views.preferences_dialog import PreferencesDialog  # imported when opened

RESTART_PROPERTY = "skill_ladder_restart"
"""Set on the QApplication when the app should start again once its window has closed."""


class PreferencesPresenter(QObject):
    """Shows the dialog; a new language is saved and applied by a clean restart (the window
    closes the usual way, so edits that could not be saved are asked about first)."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PreferencesDialog | None = None
        action.triggered.connect(self.show_preferences)

    def show_preferences(self) -> None:
        """Open the dialog; apply what was chosen."""
        from app.views.preferences_dialog import PreferencesDialog

        self.dialog = PreferencesDialog(i18n.chosen_language(), i18n.system_language(), self.window)
        if self.dialog.exec() != QDialog.DialogCode.Accepted:
            return
        before = i18n.effective_language()
        i18n.set_chosen_language(self.dialog.chosen_language())
        if i18n.effective_language() == before:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restart Skill Ladder"),
            self.tr(
                "The new language applies when Skill Ladder starts again. Restart now? "
                "Everything you entered is already saved."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> None:
        """Close the window (which may still be refused) and start again once it has closed."""
        app = QCoreApplication.instance()
        if app is None:
            return
        app.setProperty(RESTART_PROPERTY, True)
        if not self.window.close():
            app.setProperty(RESTART_PROPERTY, False)
