"""One-on-ones with the current person: meetings by date, their notes, and action items."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.meetings import ActionItem, Meeting

ITEM_ID = Qt.ItemDataRole.UserRole + 1


class MeetingsPage(QWidget):
    """Meetings on the left; the selected meeting's date, notes and action items on the right."""

    new_meeting_requested = Signal()
    delete_meeting_requested = Signal(int)
    meeting_selected = Signal(int)
    notes_edited = Signal(str)
    date_edited = Signal(object)
    item_added = Signal(str)
    item_toggled = Signal(int, bool)
    agenda_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton("New meeting")
        self.new_button.setAccessibleName("New meeting")
        self.delete_button = QPushButton("Delete meeting…")
        self.delete_button.setAccessibleName("Delete meeting")
        self.meetings = QListWidget()
        self.meetings.setAccessibleName("Meetings, newest first")
        self.meetings.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.new_button)
        left.addWidget(self.meetings, 1)
        left.addWidget(self.delete_button)
        left_host = QWidget()
        left_host.setLayout(left)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.held_on = QDateEdit()
        self.held_on.setAccessibleName("Meeting date")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.agenda_button = QPushButton("Export agenda…")
        self.agenda_button.setAccessibleName("Export the next one-on-one's agenda")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Meeting notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            "What you talked about, decisions, feedback… Saved as you type."
        )
        self.items = QListWidget()
        self.items.setAccessibleName("Action items: tick when done")
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName("New action item")
        self.new_item.setPlaceholderText("New action item, then Enter")
        self.new_item.setMaxLength(1000)
        self.add_item_button = QPushButton("Add")
        self.add_item_button.setAccessibleName("Add action item")

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(QLabel("Held on:"))
        header.addWidget(self.held_on)
        header.addWidget(self.agenda_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(header)
        right.addWidget(QLabel("<b>Notes</b>"))
        right.addWidget(self.notes, 3)
        right.addWidget(QLabel("<b>Action items</b> (open ones carry over until done)"))
        right.addWidget(self.items, 2)
        right.addLayout(add_row)
        self.detail = QWidget()
        self.detail.setLayout(right)
        self.placeholder = QLabel(
            "No one-on-ones yet. Start one with “New meeting”: notes are saved as you type, and "
            "open action items move on to the next meeting until they are done."
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_stack = QVBoxLayout()
        right_stack.addWidget(self.detail)
        right_stack.addWidget(self.placeholder)
        right_host = QWidget()
        right_host.setLayout(right_stack)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("meetings-splitter")
        splitter.addWidget(left_host)
        splitter.addWidget(right_host)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._updating = False
        self.new_button.clicked.connect(self.new_meeting_requested)
        self.delete_button.clicked.connect(self._on_delete)
        self.agenda_button.clicked.connect(self.agenda_requested)
        self.meetings.currentItemChanged.connect(self._on_meeting_changed)
        self.notes.textChanged.connect(self._on_notes)
        self.held_on.dateChanged.connect(self._on_date)
        self.new_item.returnPressed.connect(self._on_add_item)
        self.add_item_button.clicked.connect(self._on_add_item)
        self.items.itemChanged.connect(self._on_item_changed)

    # --- showing --------------------------------------------------------------------------------

    def show_meetings(self, meetings: list[Meeting], selected: int | None) -> None:
        """List the meetings, newest first, and select one."""
        self._updating = True
        self.meetings.clear()
        for meeting in sorted(meetings, key=lambda m: (m.held_on, m.id), reverse=True):
            first_line = meeting.notes.strip().splitlines()[0][:60] if meeting.notes.strip() else ""
            text = f"{meeting.held_on:%d %b %Y}" + (f" — {first_line}" if first_line else "")
            item = QListWidgetItem(text)
            item.setData(ITEM_ID, meeting.id)
            self.meetings.addItem(item)
            if meeting.id == selected:
                self.meetings.setCurrentItem(item)
        self._updating = False
        has = bool(meetings)
        self.detail.setVisible(has)
        self.placeholder.setVisible(not has)
        self.delete_button.setEnabled(has)

    def show_meeting(self, meeting: Meeting, items: list[ActionItem], person: str) -> None:
        """Show one meeting's date, notes and action items."""
        self._updating = True
        self.heading.setText(f"<h3 style='margin:0'>One-on-one with {escape(person)}</h3>")
        self.held_on.setDate(
            QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day)
        )
        if self.notes.toPlainText() != meeting.notes:
            self.notes.setPlainText(meeting.notes)
        self.items.clear()
        for action in items:
            item = QListWidgetItem(action.text)
            item.setData(ITEM_ID, action.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if action.is_open else Qt.CheckState.Checked)
            if action.meeting_id != meeting.id:
                item.setToolTip("Carried over from an earlier meeting")
            self.items.addItem(item)
        self._updating = False

    def selected_meeting(self) -> int | None:
        """The id of the selected meeting."""
        item = self.meetings.currentItem()
        return None if item is None else item.data(ITEM_ID)

    # --- reactions -------------------------------------------------------------------------------

    def _on_meeting_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if not self._updating and current is not None:
            self.meeting_selected.emit(current.data(ITEM_ID))

    def _on_delete(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is not None:
            self.delete_meeting_requested.emit(meeting_id)

    def _on_notes(self) -> None:
        if not self._updating:
            self.notes_edited.emit(self.notes.toPlainText())

    def _on_date(self, qdate: QDate) -> None:
        if not self._updating:
            self.date_edited.emit(date(qdate.year(), qdate.month(), qdate.day()))

    def _on_add_item(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self.new_item.clear()
            self.item_added.emit(text)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._updating:
            self.item_toggled.emit(item.data(ITEM_ID), item.checkState() == Qt.CheckState.Checked)
