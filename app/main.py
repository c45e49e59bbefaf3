"""Start the desktop app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.context import AppContext
from app.controllers.preferences_presenter import RESTART_PROPERTY
from app.error_reporting import configure_logging, install_excepthook, log
from app.i18n import install_translation
from app.main_window import MainWindow
from app.single_instance import SingleInstance
from core.datadir import resolve_data_dir
from core.errors import FrameworkError, problem_lines
from core.filesystems import network_warning
from core.version import app_version
from db.database import Database
from resources import resource_path

ORGANISATION = "Skill Ladder"
APPLICATION = "Skill Ladder"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set (QSettings and the data paths depend on them); the
    version is set by :func:`set_version`, once the data is on screen (reading it imports
    ``importlib.metadata``, which the first screen does not need)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("skill-ladder")  # ties the windows to skill-ladder.desktop
    install_translation()
    return app  # type: ignore[return-value]


def set_version(app: QApplication) -> None:
    """Tell Qt the app's version (from the installed distribution's metadata)."""
    app.setApplicationVersion(app_version())


def application_icon() -> QIcon:
    """The app's icon at every size it is drawn at (window, task bar, dialogs)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"skill-ladder-{size}.png")))
    return icon


def show_main_window() -> MainWindow:
    """Build the window with its saved layout and show it (no data yet)."""
    window = MainWindow()
    window.restore_layout(QSettings())
    window.show()
    return window


def attach_data(window: MainWindow, context: AppContext) -> None:
    """Connect the window to the opened data and select the person used last time."""
    window.attach(context)
    preferred = QSettings().value(context.setting_key("session/person"))
    window.navigation.start(int(preferred) if preferred is not None else None)  # type: ignore[call-overload]


def open_main_window(context: AppContext) -> MainWindow:
    """Build, show and attach the window in one go (tests and benchmarks)."""
    window = show_main_window()
    attach_data(window, context)
    return window


def run_app(args: argparse.Namespace) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    app = create_application()
    if getattr(args, "lang", None):
        install_translation(args.lang)  # --lang on the command line wins for this run
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.problem is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Main", "Cannot use your data folder"),
                instance.problem,
            )
            return 1
        if instance.hand_over():
            print(
                QCoreApplication.translate(
                    "Main",
                    "Skill Ladder is already running on {folder}; its window was brought forward.",
                ).format(folder=data_dir)
            )
            return 0
        QMessageBox.warning(
            None, QCoreApplication.translate("Main", "Skill Ladder is already running"),
            QCoreApplication.translate(
                "Main", "Another Skill Ladder is using {folder} and did not answer. Close it, or "
                "start this one with another data folder (--data-dir)."
            ).format(folder=data_dir),
        )  # fmt: skip
        return 1
    log_path = configure_logging(data_dir)
    install_excepthook(log_path)
    window = show_main_window()
    instance.activation_requested.connect(lambda: bring_to_front(window))
    app.processEvents()  # first paint before the framework is parsed or SQLAlchemy imported
    instance.listen()
    database_url = chosen_database_url_for(args, data_dir)
    # The local file's quick check runs in a thread while the framework is read.
    from db.opening import start_quick_check

    early = None if database_url else start_quick_check(data_dir)
    warning = None if database_url else network_warning(data_dir)  # about the local file
    if warning:
        log.warning(warning)
        QMessageBox.warning(
            window, QCoreApplication.translate("Main", "Data folder on a network drive"), warning
        )
    from core.framework_files import load_framework_in
    from core.i18n import current_language

    try:
        framework = load_framework_in(getattr(args, "framework", None), current_language())
    except FrameworkError as exc:
        log.error("Framework refused: %s", exc)
        problems = "\n".join(problem_lines(exc.problems, 20))
        QMessageBox.critical(
            window, QCoreApplication.translate("Main", "Cannot load the framework"), problems
        )
        window.close()
        instance.release()
        return 2
    from app.startup import open_data
    from db.repository import Repository

    database = open_data(
        window,
        data_dir,
        database_url,
        start_empty=getattr(args, "start_empty", False),
        early=early,
    )
    if database is None:
        instance.release()
        return 2
    repository = Repository(database)
    attach_data(window, AppContext(framework, repository, data_dir))
    # The first screen was read without SQLAlchemy; load it while the user looks at the data.
    QTimer.singleShot(0, repository.prepare_writes)
    QTimer.singleShot(0, lambda: set_version(app))
    code = app.exec()
    window.deleteLater()
    repository.database.close()
    back_up_if_changed(repository.database)
    instance.release()
    if app.property(RESTART_PROPERTY):
        from app.restart import start_again

        start_again()
    return code


def chosen_database_url_for(args: argparse.Namespace, data_dir: Path) -> str | None:
    """The team database the window opens: ``--database-url``, else
    ``SKILL_LADDER_DATABASE_URL``, else the connection saved for ``data_dir``; None: its file."""
    from app.team_settings import saved_connection
    from db.team_connection import chosen_database_url

    return chosen_database_url(getattr(args, "database_url", None), saved_connection(data_dir))


def back_up_if_changed(database: Database) -> None:
    """Keep a verified backup of the session's work (the window is gone; nothing waits on it)."""
    if database.commits == 0:
        return
    from db.backup import BackupError

    try:
        database.backup("close")
    except BackupError as exc:
        log.error("Backup on close failed: %s", exc)


def bring_to_front(window: MainWindow) -> None:
    """Show a window above the others (when a second launch hands over to this one)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
