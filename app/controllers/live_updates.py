"""Brings changes made by other clients (another manager's app, a CLI import) into the open views.

The change feed (:mod:`db.change_feed`) calls back in its own thread; this object only emits a
signal there, which Qt queues to the GUI thread, where the controller re-reads the data and the
presenters redraw. No widget is touched from the feed's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.controllers.assessment_controller import AssessmentController
from app.error_reporting import log
from db.errors import StorageError

START_DELAY_MS = 1000
"""The feed starts this long after the window shows its data (the first screen comes first)."""


class LiveUpdates(QObject):
    """Runs a change feed on the controller's database and hands its reports to the controller."""

    changed = Signal(object)
    """The tables another client changed (a frozenset of names); emitted in the feed's thread."""
    applied = Signal(object)
    """The same, once the controller and the views followed (on the GUI thread)."""

    def __init__(self, controller: AssessmentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.feed = None
        self._starter = QTimer(self)
        self._starter.setSingleShot(True)
        self._starter.setInterval(START_DELAY_MS)
        self._starter.timeout.connect(self.start)
        self.changed.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the feed's thread ends first
            app.aboutToQuit.connect(self.stop)

    def start_soon(self) -> None:
        """Start the feed once the first screen is shown."""
        self._starter.start()

    def start(self) -> None:
        """Start watching the database the controller works on now."""
        self._starter.stop()
        if self.feed is not None:
            return
        from db.change_feed import open_change_feed

        feed = open_change_feed(self.controller.context.repository.database, self.changed.emit)
        try:
            feed.start()
        except Exception:  # the app works on without live updates
            log.exception("Changes made by other clients will not be shown until a restart")
            feed.stop()
            return
        self.feed = feed

    def stop(self) -> None:
        """Stop watching (the feed's thread is joined); before the database is closed."""
        self._starter.stop()
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.stop()

    @property
    def running(self) -> bool:
        """Whether the feed is watching."""
        return self.feed is not None and self.feed.running

    def _apply(self, tables: frozenset[str]) -> None:
        if self.feed is None:
            return  # stopped meanwhile: the database may be closed
        log.debug("Other clients changed %s", ", ".join(sorted(tables)))
        try:
            self.controller.reload_changed(tables)
        except StorageError as exc:  # the server away for a moment: the next report catches up
            log.warning("Could not read the changes made by other clients: %s", exc)
            return
        self.applied.emit(tables)
