"""File → Team database…: test a connection off the GUI thread, save the chosen one (never its
password), and switch the app to it by a clean restart; or go back to the local data."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app import workers
from app.team_settings import save_connection, saved_connection
from app.views.team_database_dialog import TeamDatabaseDialog
from db.pgpass import pgpass_path, save_password
from db.team_connection import ConnectionFields, try_connection

if TYPE_CHECKING:
    from app.context import AppContext
    from app.main_window import MainWindow


@dataclass(frozen=True)
class ConnectionChoice:
    """What the user chose: a team database (``conninfo``, as saved: no password) or, with
    ``conninfo`` None, the local data."""

    conninfo: str | None
    password: str = ""
    """Typed in the dialog and not saved in the password file: for this session only."""

    def for_this_session(self) -> str | None:
        """The connection string to open now (with the typed password, if any)."""
        if self.conninfo is None or not self.password:
            return self.conninfo
        return ConnectionFields.from_conninfo(self.conninfo).conninfo(self.password)


class ConnectionEditor(QObject):
    """Runs the Team database dialog once: Test connection and Connect try the connection in a
    pool thread; Connect saves it (and the password in libpq's password file, if asked) only
    once it worked."""

    def __init__(self, parent: QWidget | None, data_dir: Path, current: str | None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.dialog = TeamDatabaseDialog(str(pgpass_path()), parent)
        if current:
            # A saved string libpq no longer parses: start from an empty form.
            with contextlib.suppress(ValueError):
                self.dialog.set_fields(ConnectionFields.from_conninfo(current))
        team_now = current is not None or saved_connection(data_dir) is not None
        self.dialog.local_button.setEnabled(team_now)
        self.dialog.test_requested.connect(lambda: self._try(None))
        self.dialog.connect_requested.connect(lambda: self._try(self._connected))
        self.dialog.local_requested.connect(self._use_local)
        self.job: workers.CallJob | None = None
        self.choice: ConnectionChoice | None = None
        self._closed = False

    def exec(self) -> ConnectionChoice | None:
        """Show the dialog; the choice made, or None when cancelled."""
        try:
            self.dialog.exec()
        finally:
            self._closed = True
            self.dialog.deleteLater()
        return self.choice

    # --- trying a connection --------------------------------------------------------------------

    def _conninfo(self) -> str:
        return self.dialog.fields().conninfo(self.dialog.password.text())

    def _try(self, then: Callable[[], None] | None) -> None:
        if self.job is not None:
            return
        conninfo = self._conninfo()
        self.job = workers.CallJob(lambda _progress: try_connection(conninfo))
        self.job.signals.succeeded.connect(lambda message: self._tried(message, True, then))
        self.job.signals.failed.connect(lambda message: self._tried(message, False, None))
        self.dialog.set_busy(True)
        workers.start(self.job)

    def _tried(self, message: str, ok: bool, then: Callable[[], None] | None) -> None:
        self.job = None
        if self._closed:
            return
        self.dialog.set_busy(False)
        self.dialog.show_status(message, ok=ok)
        if ok and then is not None:
            then()

    def _connected(self) -> None:
        fields = self.dialog.fields()
        password = self.dialog.password.text()
        if password and self.dialog.save_password.isChecked():
            if fields.service and not fields.host:
                self.dialog.show_status(
                    self.tr(
                        "To save the password, enter the host too: the password file names "
                        "the server, not the service."
                    ),
                    ok=False,
                )
                return
            try:
                save_password(*fields.pgpass_entry(), password)
            except OSError as exc:
                self.dialog.show_status(
                    self.tr("The password could not be saved in {file}: {reason}").format(
                        file=pgpass_path(), reason=exc.strerror or exc
                    ),
                    ok=False,
                )
                return
            password = ""  # libpq finds it in the file from now on
        conninfo = fields.conninfo()
        save_connection(self.data_dir, conninfo)
        self.choice = ConnectionChoice(conninfo, password)
        self.dialog.accept()

    def _use_local(self) -> None:
        save_connection(self.data_dir, None)
        self.choice = ConnectionChoice(None)
        self.dialog.accept()


class TeamDatabasePresenter(QObject):
    """The menu action: choose a connection, then restart into it (the window closes the usual
    way, so nothing unsaved is lost without asking)."""

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.editor: ConnectionEditor | None = None
        action = window.menu_actions.team_database
        action.triggered.connect(self.choose)
        action.setEnabled(True)

    def choose(self) -> None:
        """Open the dialog; offer to restart into what was chosen."""
        database = self.context.repository.database
        in_use = getattr(database, "conninfo", None) if database.path is None else None
        self.editor = ConnectionEditor(
            self.window, self.context.data_dir, in_use or saved_connection(self.context.data_dir)
        )
        choice = self.editor.exec()
        self.editor = None
        if choice is None:
            return
        if choice.conninfo is None and in_use is None:
            return  # already on the local data; the saved connection is forgotten
        self.offer_restart(choice)

    def offer_restart(self, choice: ConnectionChoice) -> None:
        """Ask to restart now into ``choice``."""
        if choice.conninfo is None:
            question = self.tr(
                "Skill Ladder uses the data on this computer when it starts again. Restart now? "
                "Everything you entered is already saved."
            )
        else:
            from db.engines.postgres import display_address

            question = self.tr(
                "Skill Ladder uses the team database {address} when it starts again. Restart "
                "now? Everything you entered is already saved."
            ).format(address=display_address(choice.conninfo))
        answer = QMessageBox.question(
            self.window,
            self.tr("Restart Skill Ladder"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.controllers.preferences_presenter import RESTART_PROPERTY
        from app.restart import cancel_database_switch, switch_database_on_restart

        switch_database_on_restart(choice.password)
        self.window.preferences.restart()
        app = QCoreApplication.instance()
        if app is None or not app.property(RESTART_PROPERTY):
            cancel_database_switch()  # the window stayed open


def choose_connection(
    parent: QWidget | None, data_dir: Path, current: str | None
) -> ConnectionChoice | None:
    """The dialog on its own (at start-up, after a failure): the choice, or None if cancelled."""
    editor = ConnectionEditor(parent, data_dir, current)
    return editor.exec()
