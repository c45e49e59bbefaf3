"""The window's actions and menus, with standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

if TYPE_CHECKING:
    from app.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


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
    undo = stack.createUndoAction(window, _tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, _tr("&Redo"))
    redo.setShortcuts(redo_shortcuts())
    actions = Actions(
        new_person=QAction(_tr("&New person…"), window, shortcut=QKeySequence.StandardKey.New),
        edit_profile=QAction(_tr("&Profile…"), window, shortcut=QKeySequence("Ctrl+I")),
        archive_person=QAction(_tr("&Archive person…"), window),
        sample_data=QAction(_tr("Explore with &sample data"), window),
        delete_person=QAction(_tr("&Delete person…"), window),
        export_plan=QAction(
            _tr("&Export growth plan…"),
            window,
            shortcut=QKeySequence("Ctrl+E"),
            statusTip=_tr("Save the assessment on screen as a PDF growth plan"),
        ),
        export_agenda=QAction(
            _tr("Export one-on-one a&genda…"),
            window,
            statusTip=_tr("Save the agenda of the next one-on-one with this person as a PDF"),
        ),
        export_exchange=QAction(_tr("Export assessment &file…"), window),
        import_exchange=QAction(_tr("&Import assessment file…"), window),
        export_person_csv=QAction(_tr("Export history as &CSV…"), window),
        export_team_csv=QAction(_tr("Export &team history as CSV…"), window),
        back_up=QAction(_tr("&Back up now"), window),
        restore_backup=QAction(_tr("&Restore from backup…"), window),
        check_database=QAction(_tr("&Check database"), window),
        quit=QAction(_tr("&Quit"), window, shortcut=QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        complete=QAction(_tr("&Complete assessment"), window, shortcut=QKeySequence("Ctrl+Return")),
        new_assessment=QAction(_tr("Start a &new assessment"), window),
        keyboard_shortcuts=QAction(
            _tr("&Keyboard shortcuts"), window, shortcut=QKeySequence("Ctrl+/")
        ),
        guide=QAction(_tr("&Guide"), window, shortcut=QKeySequence.StandardKey.HelpContents),
        open_log_folder=QAction(
            _tr("Open the &log folder"),
            window,
            statusTip=_tr("Show the folder with the log file, to attach it to a problem report"),
        ),
        about=QAction(_tr("&About Skill Ladder"), window),
    )
    file_menu = window.menuBar().addMenu(_tr("&File"))
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
    edit_menu = window.menuBar().addMenu(_tr("&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    assessment_menu = window.menuBar().addMenu(_tr("&Assessment"))
    assessment_menu.addAction(actions.complete)
    assessment_menu.addAction(actions.new_assessment)
    data_menu = window.menuBar().addMenu(_tr("&Data"))
    for action in (actions.back_up, actions.restore_backup, actions.check_database):
        data_menu.addAction(action)
    help_menu = window.menuBar().addMenu(_tr("&Help"))
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
                   actions.export_team_csv,
                   actions.back_up,
                   actions.restore_backup, actions.check_database,
                   actions.keyboard_shortcuts, actions.guide, actions.open_log_folder):  # fmt: skip
        action.setEnabled(False)  # until the data is loaded
    return actions
