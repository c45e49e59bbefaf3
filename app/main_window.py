"""The main window only assembles views; behaviour lives in the controllers and presenters."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.actions import build_actions
from app.views.empty_state import EmptyState
from app.views.person_bar import PersonBar
from core.access import LOCAL_ACCOUNT, Account

if TYPE_CHECKING:
    from app.context import AppContext
    from app.controllers.assessment_controller import AssessmentController
    from app.controllers.gap_presenter import GapPresenter
    from app.controllers.history_presenter import HistoryPresenter
    from app.controllers.meetings_presenter import MeetingsPresenter
    from app.controllers.team_presenter import TeamPresenter
    from app.views.gap_page import GapPage
    from app.views.history_page import HistoryPage
    from app.views.meetings_page import MeetingsPage
    from app.views.role_picker import RolePicker
    from app.views.team_page import TeamPage

ROLE_TAB, ASSESS_TAB, GAPS_TAB, HISTORY_TAB, MEETINGS_TAB, TEAM_TAB = range(6)
IDLE_ORDER = (GAPS_TAB, HISTORY_TAB, ROLE_TAB, MEETINGS_TAB, TEAM_TAB)
"""The order in which idle time builds the pages not shown yet."""
IDLE_PAGES_DELAY_MS = 500
"""Idle time starts building the other pages this long after the data is shown (one page per
pass of the event loop); a tab shown before has its page built at once."""


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
        self._pages: dict[int, QWidget] = {}
        self._presenters: dict[int, QObject] = {}
        """The pages built so far (but Assess), and the presenter of each."""
        self._idle_pages = QTimer(self)
        self._idle_pages.setSingleShot(True)
        self._idle_pages.timeout.connect(self._build_next_page)
        self.resize(1280, 760)

    def build_pages(self) -> None:
        """Create the tabs (once): the Assess page now, every other page the first time it is
        needed (see :meth:`page`); until then its tab holds an empty place for it."""
        if self.tabs.count():
            return
        from app.views.assess_page import AssessPage

        self.assess_page = AssessPage()
        titles = (
            self.tr("&Role"),
            self.tr("&Assess"),
            self.tr("&Gaps"),
            self.tr("&History"),
            self.tr("&One-on-ones"),
            self.tr("&Team"),
        )
        for tab, title in enumerate(titles):
            self.tabs.addTab(self.assess_page if tab == ASSESS_TAB else _page_place(), title)
        self._restore_splitters(self.assess_page, QSettings())

    def attach(self, context: AppContext) -> None:
        """Create the controller and the presenters over the opened data, and the pages the
        first screen shows; the other pages follow when needed or in idle time."""
        # Imported here: none of this is needed for the first paint.
        from app.controllers.assess_presenter import AssessPresenter
        from app.controllers.assessment_controller import AssessmentController
        from app.controllers.completion_presenter import CompletionPresenter
        from app.controllers.copy_to_team_presenter import CopyToTeamPresenter
        from app.controllers.data_care_presenter import DataCarePresenter
        from app.controllers.exchange_presenter import ExchangePresenter
        from app.controllers.export_presenter import ExportPresenter
        from app.controllers.goals_presenter import GoalsPresenter
        from app.controllers.help_presenter import HelpPresenter
        from app.controllers.live_updates import LiveUpdates
        from app.controllers.navigation_presenter import NavigationPresenter

        self.context = context
        self.controller = AssessmentController(context, self.undo_stack, self)
        self.build_pages()
        self.show_data_mode(context)
        # Each data folder (or team database) remembers its own tab: sample data in a new
        # folder opens on Assess.
        tab = int(QSettings().value(context.setting_key("window/tab"), ASSESS_TAB, type=int))  # type: ignore[call-overload]
        if not self.tabs.isTabVisible(tab):
            tab = ASSESS_TAB
        self.tabs.setCurrentIndex(tab)
        self.assess = AssessPresenter(self.controller, self.assess_page)
        self.goals = GoalsPresenter(self.controller, self.assess_page, self.assess.selected_skill)
        actions = self.menu_actions
        self.completion = CompletionPresenter(
            self.controller, actions.complete, actions.new_assessment, self.assess_page, self
        )
        self.navigation = NavigationPresenter(self, self.controller)
        self.export = ExportPresenter(self, self.controller)
        self.data_care = DataCarePresenter(self, self.controller)
        self.exchange = ExchangePresenter(self, self.controller)
        self.help = HelpPresenter(self, self.controller)
        self.copy_to_team = CopyToTeamPresenter(self, actions.copy_to_team, self.controller)
        from app.controllers.team_database_presenter import TeamDatabasePresenter

        self.team_database = TeamDatabasePresenter(self, context)
        from app.controllers.frameworks_presenter import FrameworksPresenter

        self.frameworks = FrameworksPresenter(self, actions.frameworks, self.controller)
        self.live_updates = LiveUpdates(self.controller, self)
        self.live_updates.start_soon()
        self.page(self.tabs.currentIndex())  # the page on screen, if another than Assess
        self.tabs.currentChanged.connect(self.page)
        self._idle_pages.start(IDLE_PAGES_DELAY_MS)

    # --- pages built when first needed ----------------------------------------------------------

    def page(self, tab: int) -> QWidget:
        """The page of ``tab``, built with its presenter if it was not yet (its tab is shown,
        something asks for it, or idle time came)."""
        if tab == ASSESS_TAB:
            return self.assess_page
        if tab in self._pages:
            return self._pages[tab]
        assert self.controller is not None, "pages are built over the opened data"
        build = {
            ROLE_TAB: self._build_role_page,
            GAPS_TAB: self._build_gap_page,
            HISTORY_TAB: self._build_history_page,
            MEETINGS_TAB: self._build_meetings_page,
            TEAM_TAB: self._build_team_page,
        }[tab]
        page, presenter = build(self.controller)
        self._restore_splitters(page, QSettings())
        self._pages[tab] = page
        if presenter is not None:
            self._presenters[tab] = presenter
        place = self.tabs.widget(tab).layout()
        assert place is not None
        place.addWidget(page)
        page.show()  # at once if its tab is on screen, else with its tab
        return page

    def built(self, tab: int) -> bool:
        """Whether the page of ``tab`` exists yet."""
        return tab == ASSESS_TAB or tab in self._pages

    def _build_next_page(self) -> None:
        """Build one page not built yet, then come back in the next idle moment."""
        waiting = [tab for tab in IDLE_ORDER if not self.built(tab)]
        if waiting and self.controller is not None:
            self.page(waiting[0])
            self._idle_pages.start(0)

    def _build_role_page(self, controller: AssessmentController) -> tuple[QWidget, None]:
        from app.views.role_picker import RolePicker

        context = controller.context
        picker = RolePicker()
        picker.set_frameworks(context.library.frameworks(), context.framework)
        controller.frameworks_changed.connect(
            lambda: picker.set_frameworks(context.library.frameworks(), context.framework)
        )
        self.navigation.connect_role_picker(picker)  # its presenter
        return picker, None

    def _build_gap_page(self, controller: AssessmentController) -> tuple[QWidget, QObject]:
        from app.controllers.gap_presenter import GapPresenter
        from app.views.gap_page import GapPage

        page = GapPage()
        presenter = GapPresenter(controller, page)
        presenter.refresh()
        return page, presenter

    def _build_history_page(self, controller: AssessmentController) -> tuple[QWidget, QObject]:
        from app.controllers.history_presenter import HistoryPresenter
        from app.views.history_page import HistoryPage

        page = HistoryPage()
        presenter = HistoryPresenter(
            controller, page, lambda: self.tabs.setCurrentWidget(self.assess_page), self
        )
        presenter.refresh()  # when the page is shown
        return page, presenter

    def _build_meetings_page(self, controller: AssessmentController) -> tuple[QWidget, QObject]:
        from app.controllers.meetings_presenter import MeetingsPresenter
        from app.views.meetings_page import MeetingsPage

        page = MeetingsPage()
        presenter = MeetingsPresenter(controller, page)  # reads the person's meetings
        page.agenda_requested.connect(self.export.export_agenda)
        return page, presenter

    def _build_team_page(self, controller: AssessmentController) -> tuple[QWidget, QObject]:
        from app.controllers.team_presenter import TeamPresenter
        from app.views.team_page import TeamPage

        page = TeamPage()
        return page, TeamPresenter(controller, page)  # worked out when the page is shown

    @property
    def role_picker(self) -> RolePicker:
        """The Role tab's page (built on first use)."""
        return cast("RolePicker", self.page(ROLE_TAB))

    @property
    def gap_page(self) -> GapPage:
        """The Gaps tab's page (built on first use)."""
        return cast("GapPage", self.page(GAPS_TAB))

    @property
    def history_page(self) -> HistoryPage:
        """The History tab's page (built on first use)."""
        return cast("HistoryPage", self.page(HISTORY_TAB))

    @property
    def meetings_page(self) -> MeetingsPage:
        """The One-on-ones tab's page (built on first use)."""
        return cast("MeetingsPage", self.page(MEETINGS_TAB))

    @property
    def team_page(self) -> TeamPage:
        """The Team tab's page (built on first use)."""
        return cast("TeamPage", self.page(TEAM_TAB))

    @property
    def gaps(self) -> GapPresenter:
        """The Gaps tab's presenter (its page built on first use)."""
        self.page(GAPS_TAB)
        return cast("GapPresenter", self._presenters[GAPS_TAB])

    @property
    def history(self) -> HistoryPresenter:
        """The History tab's presenter (its page built on first use)."""
        self.page(HISTORY_TAB)
        return cast("HistoryPresenter", self._presenters[HISTORY_TAB])

    @property
    def meetings(self) -> MeetingsPresenter:
        """The One-on-ones tab's presenter (its page built on first use)."""
        self.page(MEETINGS_TAB)
        return cast("MeetingsPresenter", self._presenters[MEETINGS_TAB])

    @property
    def team(self) -> TeamPresenter:
        """The Team tab's presenter (its page built on first use)."""
        self.page(TEAM_TAB)
        return cast("TeamPresenter", self._presenters[TEAM_TAB])

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

    def _restore_splitters(self, page: QWidget, settings: QSettings) -> None:
        """Give ``page``'s splitters the sizes saved last time (when it is built)."""
        for splitter in page.findChildren(QSplitter):
            state = settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self, settings: QSettings) -> None:
        """Remember window geometry, splitters and the open tab. Pages not built this session
        keep the layout saved before."""
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
        self._idle_pages.stop()  # no page is built over a closed database
        self.save_layout(QSettings())
        if self.controller is not None:
            self.live_updates.stop()  # before the database is closed
        super().closeEvent(event)


def _page_place() -> QWidget:
    """An empty place in a tab, for its page once built."""
    place = QWidget()
    layout = QVBoxLayout(place)
    layout.setContentsMargins(0, 0, 0, 0)
    return place
