"""File → Frameworks…: the installed frameworks (built-in first), the details of the one selected,
and the buttons to import, update, export and remove. A view only: the presenter acts on the
requests it emits."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.views.dialog_geometry import GeometryKeeper
from app.views.framework_summary import framework_details_html
from core.framework import Framework
from core.framework_import import format_label
from core.framework_library import LibraryEntry

FRAMEWORK_ID = Qt.ItemDataRole.UserRole
GEOMETRY_KEY = "dialogs/frameworks/geometry"
SPLITTER_KEY = "dialogs/frameworks/splitter"


class FrameworksDialog(QDialog):
    """The library as a table, with the selected framework's details below it."""

    import_requested = Signal()
    update_requested = Signal(str)
    export_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frameworks"))
        self.setObjectName("frameworks-dialog")
        self._entries: list[LibraryEntry] = []
        self._framework_of: Callable[[str], Framework | None] = lambda _id: None
        intro = QLabel(
            self.tr(
                "The frameworks people's roles can come from. Import your company's ladder, "
                "update it to a newer version, export it, or remove one nobody uses."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("frameworks-table")
        self.table.setAccessibleName(self.tr("Installed frameworks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Version"),
                self.tr("Source"),
                self.tr("Licence"),
                self.tr("Imported from"),
                self.tr("Installed"),
                self.tr("People"),
                self.tr("Assessments"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Framework details"))
        self.details.setOpenExternalLinks(True)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("frameworks-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 360])

        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Install a framework from a file: YAML, CSV, XLSX, FT, Monzo or DIRECT")
        )
        self.update_button = QPushButton(self.tr("&Update…"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        buttons = QHBoxLayout()
        for button in (self.import_button, self.update_button, self.export_button,
                       self.remove_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addWidget(self.close_box)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(self.import_requested)
        self.update_button.clicked.connect(lambda: self._request(self.update_requested))
        self.export_button.clicked.connect(lambda: self._request(self.export_requested))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        self.close_box.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)  # Delete on a row: Remove…
        self.resize(960, 620)
        self._geometry = GeometryKeeper(self, GEOMETRY_KEY)
        self._geometry.restore_splitter(self.splitter, SPLITTER_KEY)
        self._selection_changed()

    # --- filling -------------------------------------------------------------------------------

    def set_entries(
        self,
        entries: list[LibraryEntry],
        framework_of: Callable[[str], Framework | None],
        select: str | None = None,
    ) -> None:
        """Show the library; ``framework_of(id)`` gives a framework for the details pane;
        ``select`` (else the row selected before, else the first) is selected."""
        keep = select or self.selected_id()
        self._entries = list(entries)
        self._framework_of = framework_of
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            source = entry.source
            cells = [
                self.tr("{name} (built in)").format(name=entry.name)
                if entry.builtin
                else entry.name,
                entry.version or "—",
                (source.name if source and source.name else "—"),
                (source.licence if source and source.licence else "—"),
                self._imported_from(entry),
                format_date(entry.installed_at) if entry.installed_at else "—",
                str(entry.usage.people),
                str(entry.usage.assessments),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(FRAMEWORK_ID, entry.id)
                if column >= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if source is not None and source.url:
                self.table.item(row, 2).setToolTip(source.url)
            n = entry.usage.archived_people
            if n:
                self.table.item(row, 6).setToolTip(self.tr("and %n archived person(s)", None, n))
        ids = [e.id for e in entries]
        row = ids.index(keep) if keep in ids else 0
        if entries:
            self.table.selectRow(row)
        self._selection_changed()

    def _imported_from(self, entry: LibraryEntry) -> str:
        if entry.builtin:
            return self.tr("comes with the app")
        what = format_label(entry.import_format)
        if not entry.source_files:
            return what
        return self.tr("{format}: {files}").format(format=what, files=", ".join(entry.source_files))

    # --- selection -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the framework selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(FRAMEWORK_ID)

    def selected_entry(self) -> LibraryEntry | None:
        """The library line selected, if any."""
        chosen = self.selected_id()
        return next((e for e in self._entries if e.id == chosen), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Delete in the table asks to remove the selected framework (not the built-in one)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            if self.remove_button.isEnabled():
                self.remove_button.click()
            return True
        return super().eventFilter(watched, event)

    def _request(self, signal: Signal) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            signal.emit(chosen)

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        chosen = entry is not None
        builtin = chosen and entry is not None and entry.builtin
        self.update_button.setEnabled(chosen and not builtin)
        self.export_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not builtin)
        if builtin:
            self.remove_button.setToolTip(
                self.tr("The built-in framework comes with the app and cannot be removed")
            )
            self.update_button.setToolTip(
                self.tr("The built-in framework is updated with the app itself")
            )
        else:
            self.remove_button.setToolTip(
                self.tr("Remove the selected framework (people who use it are asked about first)")
            )
            self.update_button.setToolTip(
                self.tr("Install a newer version of the selected framework and see what changed")
            )
        self.export_button.setToolTip(self.tr("Save the selected framework as YAML, CSV or XLSX"))
        if entry is None:
            self.details.setHtml("")
            return
        framework = self._framework_of(entry.id)
        html = framework_details_html(framework) if framework is not None else ""
        if entry.usage.people or entry.usage.assessments:
            n = entry.usage.people
            used = self.tr("Used by %n person(s)", None, n)
            n = entry.usage.assessments
            assessed = self.tr("%n assessment(s) against it", None, n)
            usage = self.tr("{people}; {assessments}.").format(people=used, assessments=assessed)
        else:
            usage = self.tr("Nobody uses it yet.")
        html += f"<p>{escape(usage)}</p>"
        self.details.setHtml(html)

    def show_outcome(self, text: str) -> None:
        """What the last action did, under the table."""
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
