"""The main window only assembles views; behaviour lives in the controllers and presenters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from app.actions import build_actions
from app.views.empty_state import EmptyState
from app.views.person_bar import PersonBar
from core.access import LOCAL_ACCOUNT, Account

if TYPE_CHECKING:
    from app.context import AppContext
    from app.controllers.assessment_controller import AssessmentController

ROLE_TAB, ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MEETINGS_TAB, TEAM_TAB = range(6)


class MainWindow(QMainWindow):
    """Skill Ladder's window: the person bar, then the tabs (Role, Assess, Gaps, History,
    One-on-ones, Team), which are built once the data is open."""

    def __init__(self) -> None:
        """Build the views; :meth:`attach` connects them to the data once it is open."""
        super().__init__()
        self.setWindowTitle(self.tr("Skill Ladder"))
        self.setObjectName("main-window")
        self.undo_stack = QUndoStack(self)

        self.person_bar = PersonBar()
        toolbar = QToolBar(self.tr("Person"))
        toolbar.setObjectName("person-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.person_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        # The pages are built in build_pages(), after the first paint: until the data is open
        # the window shows "Opening your data…" and none of them is visible.
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.empty_state = EmptyState()
        self.loading = QLabel(self.tr("Opening your data…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        self.setCentralWidget(self.stack)
        self.menu_actions = build_actions(self, self.undo_stack)
        from app.controllers.preferences_presenter import PreferencesPresenter

        self.preferences = PreferencesPresenter(self, self.menu_actions.preferences)
        self.controller: AssessmentController | None = None
        self.context: AppContext | None = None
        self.data_mode = ""
        """Which data the window shows ("Team database: …" or "Local data: …"), in its title."""
        self.resize(1280, 760)

    def build_pages(self) -> None:
        """Create the tab pages (once) and restore their layout."""
        if self.tabs.count():
            return
        from app.views.assess_page import AssessPage
        from app.views.gap_page import GapPage
        from app.views.history_page import HistoryPage
        from app.views.meetings_page import MeetingsPage
        from app.views.role_picker import RolePicker
        from app.views.team_page import TeamPage

        self.role_picker = RolePicker()
        self.assess_page = AssessPage()
        self.gap_page = GapPage()
        self.history_page = HistoryPage()
        self.meetings_page = MeetingsPage()
        self.team_page = TeamPage()
        for page, title in (
            (self.role_picker, self.tr("&Role")),
            (self.assess_page, self.tr("&Assess")),
            (self.gap_page, self.tr("&Gaps")),
            (self.history_page, self.tr("&History")),
            (self.meetings_page, self.tr("&One-on-ones")),
            (self.team_page, self.tr("&Team")),
        ):
            self.tabs.addTab(page, title)
        self._restore_pages(QSettings())

    def attach(self, context: AppContext) -> None:
        """Create the pages, the controller and the presenters over the opened data."""
        self.build_pages()
        # Imported here: none of this is needed for the first paint.
        from app.controllers.assess_presenter import AssessPresenter
        from app.controllers.assessment_controller import AssessmentController
        from app.controllers.completion_presenter import CompletionPresenter
        from app.controllers.copy_to_team_presenter import CopyToTeamPresenter
        from app.controllers.data_care_presenter import DataCarePresenter
        from app.controllers.exchange_presenter import ExchangePresenter
        from app.controllers.export_presenter import ExportPresenter
        from app.controllers.gap_presenter import GapPresenter
        from app.controllers.goals_presenter import GoalsPresenter
        from app.controllers.help_presenter import HelpPresenter
        from app.controllers.history_presenter import HistoryPresenter
        from app.controllers.live_updates import LiveUpdates
        from app.controllers.meetings_presenter import MeetingsPresenter
        from app.controllers.navigation_presenter import NavigationPresenter
        from app.controllers.team_presenter import TeamPresenter

        self.context = context
        self.show_data_mode(context)
        # Each data folder (or team database) remembers its own tab: sample data in a new
        # folder opens on Assess.
        tab = int(QSettings().value(context.setting_key("window/tab"), ASSESS_TAB, type=int))  # type: ignore[call-overload]
        if not self.tabs.isTabVisible(tab):
            tab = ASSESS_TAB
        self.tabs.setCurrentIndex(tab)
        self.role_picker.set_frameworks(context.library.frameworks(), context.framework)
        self.controller = AssessmentController(context, self.undo_stack, self)
        self.controller.frameworks_changed.connect(
            lambda: self.role_picker.set_frameworks(context.library.frameworks(), context.framework)
        )
        self.assess = AssessPresenter(self.controller, self.assess_page)
        self.goals = GoalsPresenter(self.controller, self.assess_page, self.assess.selected_skill)
        self.gaps = GapPresenter(self.controller, self.gap_page)
        self.history = HistoryPresenter(
            self.controller,
            self.history_page,
            lambda: self.tabs.setCurrentWidget(self.assess_page),
            self,
        )
        actions = self.menu_actions
        self.completion = CompletionPresenter(
            self.controller, actions.complete, actions.new_assessment, self.assess_page, self
        )
        self.navigation = NavigationPresenter(self, self.controller)
        self.export = ExportPresenter(self, self.controller)
        self.data_care = DataCarePresenter(self, self.controller)
        self.team = TeamPresenter(self.controller, self.team_page)
        self.meetings = MeetingsPresenter(self.controller, self.meetings_page)
        self.meetings_page.agenda_requested.connect(self.export.export_agenda)
        self.exchange = ExchangePresenter(self, self.controller)
        self.help = HelpPresenter(self, self.controller)
        self.copy_to_team = CopyToTeamPresenter(self, actions.copy_to_team, self.controller)
        from app.controllers.team_database_presenter import TeamDatabasePresenter

        self.team_database = TeamDatabasePresenter(self, context)
        from app.controllers.frameworks_presenter import FrameworksPresenter

        self.frameworks = FrameworksPresenter(self, actions.frameworks, self.controller)
        self.live_updates = LiveUpdates(self.controller, self)
        self.live_updates.start_soon()

    def show_data_mode(self, context: AppContext) -> None:
        """Say in the title which data the window shows (a team database, as whom, or a data
        folder), and leave out the manager's screens for a person's own account."""
        address = context.team_address
        if address is not None:
            account = context.repository.database.account()
            self.data_mode = self.tr("Team database: {address} ({who})").format(
                address=address, who=self._account_text(account)
            )
        else:
            account = LOCAL_ACCOUNT
            self.data_mode = self.tr("Local data: {folder}").format(folder=context.data_dir)
        self.show_title(None)
        self._show_managers_screens(account.manages)

    def _account_text(self, account: Account) -> str:
        """What the team database's login is, and so what it sees."""
        texts = {
            "owner": self.tr("administrator: sees everyone"),
            "head": self.tr("head of {department}: sees the department"),
            "manager": self.tr("manager: sees your people"),
            "person": self.tr("your own account: sees only your data"),
        }
        text = texts.get(account.kind, self.tr("no account here: sees no one"))
        return text.format(department=account.department or "")

    def _show_managers_screens(self, shown: bool) -> None:
        """The Team and One-on-ones tabs and the actions about other people: only for those
        who manage (hidden from a person's own account in a team database)."""
        self.tabs.setTabVisible(TEAM_TAB, shown)
        self.tabs.setTabVisible(MEETINGS_TAB, shown)
        self.person_bar.new_button.setVisible(shown)
        self.person_bar.show_archived.setVisible(shown)
        actions = self.menu_actions
        for action in (
            actions.new_person,
            actions.archive_person,
            actions.delete_person,
            actions.sample_data,
            actions.export_agenda,
            actions.export_team_csv,
            actions.import_exchange,
            actions.copy_to_team,
            actions.frameworks,
        ):
            action.setVisible(shown)

    def show_title(self, person: str | None) -> None:
        """The title: the person shown (if any), then which data, then the app."""
        if person is None:
            self.setWindowTitle(self.tr("{mode} — Skill Ladder").format(mode=self.data_mode))
        else:
            self.setWindowTitle(
                self.tr("{person} — {mode} — Skill Ladder").format(
                    person=person, mode=self.data_mode
                )
            )

    # --- layout memory ------------------------------------------------------------------------

    def restore_layout(self, settings: QSettings) -> None:
        """Restore the window geometry saved by :meth:`save_layout` (pages come later)."""
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _restore_pages(self, settings: QSettings) -> None:
        for splitter in self.findChildren(QSplitter):
            state = settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self, settings: QSettings) -> None:
        """Remember window geometry, splitters and the open tab."""
        settings.setValue("window/geometry", self.saveGeometry())
        if not self.tabs.count():
            return  # closed before the data was open: keep the saved page layout
        for splitter in self.findChildren(QSplitter):
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        if self.controller is None or self.context is None:
            return
        settings.setValue(self.context.setting_key("window/tab"), self.tabs.currentIndex())
        if self.controller.person is not None:
            settings.setValue(self.context.setting_key("session/person"), self.controller.person.id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        controller = self.controller
        if controller is not None and controller.has_unsaved_edits:
            controller.retry_pending()
        if controller is not None and controller.has_unsaved_edits:
            answer = QMessageBox.warning(
                self,
                self.tr("Changes not saved"),
                self.tr(
                    "Some of your last changes could not be saved: {reason}. If you quit now they "
                    "are lost. Quit anyway?"
                ).format(
                    reason=controller.save_failure or self.tr("the data file is not writable")
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_layout(QSettings())
        if self.controller is not None:
            self.live_updates.stop()  # before the database is closed
        super().closeEvent(event)
