"""The window's actions and menus, with standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    back_up: QAction
    restore_backup: QAction
    check_database: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    complete: QAction
    new_assessment: QAction
    about: QAction


def build_actions(window: MainWindow, stack: QUndoStack) -> Actions:
    """Create the actions and the menu bar; the presenters connect them once data is loaded."""
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
    actions = Actions(
        new_person=QAction("&New person…", window, shortcut=QKeySequence.StandardKey.New),
        edit_profile=QAction("&Profile…", window, shortcut=QKeySequence("Ctrl+I")),
        archive_person=QAction("&Archive person…", window),
        sample_data=QAction("Explore with &sample data", window),
        delete_person=QAction("&Delete person…", window),
        export_plan=QAction(
            "&Export growth plan…",
            window,
            shortcut=QKeySequence("Ctrl+E"),
            statusTip="Save the assessment on screen as a PDF growth plan",
        ),
        export_agenda=QAction(
            "Export one-on-one a&genda…",
            window,
            statusTip="Save the agenda of the next one-on-one with this person as a PDF",
        ),
        export_exchange=QAction("Export assessment &file…", window),
        import_exchange=QAction("&Import assessment file…", window),
        export_person_csv=QAction("Export history as &CSV…", window),
        export_team_csv=QAction("Export &team history as CSV…", window),
        back_up=QAction("&Back up now", window),
        restore_backup=QAction("&Restore from backup…", window),
        check_database=QAction("&Check database", window),
        quit=QAction("&Quit", window, shortcut=QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        complete=QAction("&Complete assessment", window, shortcut=QKeySequence("Ctrl+Return")),
        new_assessment=QAction("Start a &new assessment", window),
        about=QAction("&About Skill Ladder", window),
    )
    file_menu = window.menuBar().addMenu("&File")
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
    file_menu.addAction(actions.quit)
    edit_menu = window.menuBar().addMenu("&Edit")
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    assessment_menu = window.menuBar().addMenu("&Assessment")
    assessment_menu.addAction(actions.complete)
    assessment_menu.addAction(actions.new_assessment)
    data_menu = window.menuBar().addMenu("&Data")
    for action in (actions.back_up, actions.restore_backup, actions.check_database):
        data_menu.addAction(action)
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(actions.about)
    actions.quit.triggered.connect(window.close)
    for action in (actions.new_person, actions.edit_profile, actions.archive_person,
                   actions.sample_data, actions.delete_person, actions.complete,
                   actions.new_assessment, actions.export_plan, actions.export_agenda,
                   actions.export_exchange, actions.import_exchange, actions.export_person_csv,
                   actions.export_team_csv,
                   actions.back_up,
                   actions.restore_backup, actions.check_database):  # fmt: skip
        action.setEnabled(False)  # until the data is loaded
    return actions
