"""The window's actions and menus, with standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

if TYPE_CHECKING:
    from app.main_window import MainWindow


@dataclass(frozen=True)
class Actions:
    """Every QAction of the main window."""

    new_person: QAction
    edit_profile: QAction
    archive_person: QAction
    sample_data: QAction
    delete_person: QAction
    export_plan: QAction
    export_agenda: QAction
    export_exchange: QAction
    import_exchange: QAction
    export_person_csv: QAction
    export_team_csv: QAction
    copy_to_team: QAction
    frameworks: QAction
    back_up: QAction
    restore_backup: QAction
    check_database: QAction
    team_database: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    preferences: QAction
    complete: QAction
    new_assessment: QAction
    keyboard_shortcuts: QAction
    guide: QAction
    open_log_folder: QAction
    about: QAction


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Shift+Z, each once.

    X11 already binds Ctrl+Shift+Z to Redo (Windows binds only Ctrl+Y); registering a key twice
    on one action makes Qt refuse it as an "ambiguous shortcut overload".
    """
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    extra = QKeySequence("Ctrl+Shift+Z")
    if extra not in keys:
        keys.append(extra)
    return keys


def build_actions(window: MainWindow, stack: QUndoStack) -> Actions:
    """Create the actions and the menu bar; the presenters connect them once data is loaded."""
    undo = stack.createUndoAction(window, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("Actions", "&Redo"))
    redo.setShortcuts(redo_shortcuts())
    actions = Actions(
        new_person=QAction(
            QCoreApplication.translate("Actions", "&New person…"),
            window,
            shortcut=QKeySequence.StandardKey.New,
        ),
        edit_profile=QAction(
            QCoreApplication.translate("Actions", "&Profile…"),
            window,
            shortcut=QKeySequence("Ctrl+I"),
        ),
        archive_person=QAction(QCoreApplication.translate("Actions", "&Archive person…"), window),
        sample_data=QAction(
            QCoreApplication.translate("Actions", "Explore with &sample data"), window
        ),
        delete_person=QAction(QCoreApplication.translate("Actions", "&Delete person…"), window),
        export_plan=QAction(
            QCoreApplication.translate("Actions", "&Export growth plan…"),
            window,
            shortcut=QKeySequence("Ctrl+E"),
            statusTip=QCoreApplication.translate(
                "Actions", "Save the assessment on screen as a PDF growth plan"
            ),
        ),
        export_agenda=QAction(
            QCoreApplication.translate("Actions", "Export one-on-one a&genda…"),
            window,
            statusTip=QCoreApplication.translate(
                "Actions", "Save the agenda of the next one-on-one with this person as a PDF"
            ),
        ),
        export_exchange=QAction(
            QCoreApplication.translate("Actions", "Export assessment &file…"), window
        ),
        import_exchange=QAction(
            QCoreApplication.translate("Actions", "&Import assessment file…"), window
        ),
        export_person_csv=QAction(
            QCoreApplication.translate("Actions", "Export history as &CSV…"), window
        ),
        export_team_csv=QAction(
            QCoreApplication.translate("Actions", "Export &team history as CSV…"), window
        ),
        copy_to_team=QAction(
            QCoreApplication.translate("Actions", "Cop&y local data to the team database…"),
            window,
        ),
        frameworks=QAction(
            QCoreApplication.translate("Actions", "&Frameworks…"),
            window,
            statusTip=QCoreApplication.translate(
                "Actions", "Import, update, export or remove the frameworks roles come from"
            ),
        ),
        back_up=QAction(QCoreApplication.translate("Actions", "&Back up now"), window),
        restore_backup=QAction(
            QCoreApplication.translate("Actions", "&Restore from backup…"), window
        ),
        check_database=QAction(QCoreApplication.translate("Actions", "&Check database"), window),
        team_database=QAction(
            QCoreApplication.translate("Actions", "Team data&base…"),
            window,
            statusTip=QCoreApplication.translate(
                "Actions", "Use a shared PostgreSQL database, or go back to the local data"
            ),
        ),
        quit=QAction(
            QCoreApplication.translate("Actions", "&Quit"),
            window,
            shortcut=QKeySequence.StandardKey.Quit,
        ),
        undo=undo,
        redo=redo,
        preferences=QAction(
            QCoreApplication.translate("Actions", "&Preferences…"),
            window,
            shortcut=QKeySequence.StandardKey.Preferences,
            menuRole=QAction.MenuRole.PreferencesRole,
        ),
        complete=QAction(
            QCoreApplication.translate("Actions", "&Complete assessment"),
            window,
            shortcut=QKeySequence("Ctrl+Return"),
        ),
        new_assessment=QAction(
            QCoreApplication.translate("Actions", "Start a &new assessment"), window
        ),
        keyboard_shortcuts=QAction(
            QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
            window,
            shortcut=QKeySequence("Ctrl+/"),
        ),
        guide=QAction(
            QCoreApplication.translate("Actions", "&Guide"),
            window,
            shortcut=QKeySequence.StandardKey.HelpContents,
        ),
        open_log_folder=QAction(
            QCoreApplication.translate("Actions", "Open the &log folder"),
            window,
            statusTip=QCoreApplication.translate(
                "Actions", "Show the folder with the log file, to attach it to a problem report"
            ),
        ),
        about=QAction(QCoreApplication.translate("Actions", "&About Skill Ladder"), window),
    )
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&File"))
    for action in (actions.new_person, actions.edit_profile, actions.archive_person,
                   actions.sample_data, actions.delete_person):  # fmt: skip
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.export_plan)
    file_menu.addAction(actions.export_agenda)
    file_menu.addSeparator()
    for action in (actions.export_exchange, actions.import_exchange, actions.export_person_csv,
                   actions.export_team_csv):  # fmt: skip
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.frameworks)
    file_menu.addSeparator()
    file_menu.addAction(actions.copy_to_team)
    file_menu.addAction(actions.team_database)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    assessment_menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Assessment"))
    assessment_menu.addAction(actions.complete)
    assessment_menu.addAction(actions.new_assessment)
    data_menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Data"))
    for action in (actions.back_up, actions.restore_backup, actions.check_database):
        data_menu.addAction(action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Actions", "&Help"))
    help_menu.addAction(actions.keyboard_shortcuts)
    help_menu.addAction(actions.guide)
    help_menu.addAction(actions.open_log_folder)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    actions.quit.triggered.connect(window.close)
    for action in (actions.new_person, actions.edit_profile, actions.archive_person,
                   actions.sample_data, actions.delete_person, actions.complete,
                   actions.new_assessment, actions.export_plan, actions.export_agenda,
                   actions.export_exchange, actions.import_exchange, actions.export_person_csv,
                   actions.export_team_csv, actions.copy_to_team, actions.frameworks,
                   actions.back_up,
                   actions.restore_backup, actions.check_database, actions.team_database,
                   actions.keyboard_shortcuts, actions.guide, actions.open_log_folder):  # fmt: skip
        action.setEnabled(False)  # until the data is loaded
    return actions
