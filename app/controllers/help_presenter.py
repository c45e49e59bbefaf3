"""The Help menu: keyboard shortcuts, the guide, and the log folder for problem reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.views.assess_page import rating_keys

if TYPE_CHECKING:
    from app.controllers.assessment_controller import AssessmentController
    from app.main_window import MainWindow


class HelpPresenter(QObject):
    """Connects the Help menu's actions."""

    def __init__(self, window: MainWindow, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        actions = window.menu_actions
        actions.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        actions.guide.triggered.connect(self.show_guide)
        actions.open_log_folder.triggered.connect(self.open_log_folder)
        for action in (actions.keyboard_shortcuts, actions.guide, actions.open_log_folder):
            action.setEnabled(True)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The menus' shortcuts, then the Assess page's keys."""
        from app.views.help_dialogs import menu_shortcuts

        framework, role_id = self.controller.framework, self.controller.role_id
        known = role_id is not None and framework.has_role(role_id)
        levels = len(framework.rating_scale(role_id) if known and role_id else framework.levels)
        page_keys = [
            (keys, self.tr("Assess › {what}").format(what=what))
            for keys, what in rating_keys(levels)
        ]
        return menu_shortcuts(self.window.menuBar()) + page_keys

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts dialog."""
        from app.views.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_guide(self) -> None:
        """What each tab is for."""
        from app.views.help_dialogs import GuideDialog

        dialog = GuideDialog(self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def log_folder(self) -> Path:
        """Where the log is written: the data folder (see app.error_reporting)."""
        return self.controller.context.data_dir

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager; says so when that is not possible."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.log_folder()
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.information(
            self.window,
            self.tr("Log folder"),
            self.tr(
                "The file manager could not be opened. The log is in this folder:\n{folder}"
            ).format(folder=folder),
        )
        return False
