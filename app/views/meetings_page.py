"""One-on-ones with the current person: meetings by date, their notes, and action items."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from core.meetings import ActionItem, Meeting

ITEM_ID = Qt.ItemDataRole.UserRole + 1
ITEM_TEXT = Qt.ItemDataRole.UserRole + 2
"""The saved text of an action item, to tell an edit from a tick."""


class ActionItemList(QListWidget):
    """The action items: Delete asks to delete the selected one, Alt+Up/Down to move it."""

    delete_pressed = Signal()
    move_pressed = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_pressed.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class MeetingsPage(QWidget):
    """Meetings on the left; the selected meeting's date, notes and action items on the right."""

    new_meeting_requested = Signal()
    delete_meeting_requested = Signal(int)
    meeting_selected = Signal(int)
    notes_edited = Signal(str)
    date_edited = Signal(object)
    item_added = Signal(str)
    item_toggled = Signal(int, bool)
    item_edited = Signal(int, str)
    item_delete_requested = Signal(int)
    item_move_requested = Signal(int, int)
    """An action item's id and the direction it moves in: -1 up, +1 down."""
    agenda_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.delete_button = QPushButton(self.tr("Delete meeting…"))
        self.delete_button.setAccessibleName(self.tr("Delete meeting"))
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(self.tr("Meetings, newest first"))
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
        self.held_on.setAccessibleName(self.tr("Meeting date"))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.agenda_button = QPushButton(self.tr("Export agenda…"))
        self.agenda_button.setAccessibleName(self.tr("Export the next one-on-one's agenda"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Meeting notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("What you talked about, decisions, feedback… Saved as you type.")
        )
        self.items = ActionItemList()
        self.items.setAccessibleName(
            self.tr("Action items: tick when done; F2 edits, Delete removes, Alt+Up/Down move")
        )
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit_item_button = QPushButton(self.tr("Edit"))
        self.edit_item_button.setAccessibleName(self.tr("Edit the selected action item"))
        self.delete_item_button = QPushButton(self.tr("Delete"))
        self.delete_item_button.setAccessibleName(self.tr("Delete the selected action item"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected action item up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected action item down"))
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(self.tr("New action item"))
        self.new_item.setPlaceholderText(self.tr("New action item, then Enter"))
        self.new_item.setMaxLength(1000)
        self.add_item_button = QPushButton(self.tr("Add"))
        self.add_item_button.setAccessibleName(self.tr("Add action item"))

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(QLabel(self.tr("Held on:")))
        header.addWidget(self.held_on)
        header.addWidget(self.agenda_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)
        item_buttons = QHBoxLayout()
        for button in (
            self.edit_item_button,
            self.delete_item_button,
            self.up_button,
            self.down_button,
        ):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(header)
        right.addWidget(QLabel(self.tr("<b>Notes</b>")))
        right.addWidget(self.notes, 3)
        right.addWidget(QLabel(self.tr("<b>Action items</b> (open ones carry over until done)")))
        right.addWidget(self.items, 2)
        right.addLayout(item_buttons)
        right.addLayout(add_row)
        self.detail = QWidget()
        self.detail.setLayout(right)
        self.placeholder = QLabel(
            self.tr(
                "No one-on-ones yet. Start one with “New meeting”: notes are saved as you type, "
                "and open action items move on to the next meeting until they are done."
            )
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
        self.items.currentRowChanged.connect(lambda _row: self._update_item_buttons())
        self.items.customContextMenuRequested.connect(self._item_menu)
        self.edit_item_button.clicked.connect(self.edit_current_item)
        self.delete_item_button.clicked.connect(self._on_delete_item)
        self.up_button.clicked.connect(lambda: self._on_move_item(-1))
        self.down_button.clicked.connect(lambda: self._on_move_item(1))
        self.items.delete_pressed.connect(self._on_delete_item)
        self.items.move_pressed.connect(self._on_move_item)
        self._update_item_buttons()

    # --- showing --------------------------------------------------------------------------------

    def show_meetings(self, meetings: list[Meeting], selected: int | None) -> None:
        """List the meetings, newest first, and select one."""
        self._updating = True
        self.meetings.clear()
        for meeting in sorted(meetings, key=lambda m: (m.held_on, m.id), reverse=True):
            first_line = meeting.notes.strip().splitlines()[0][:60] if meeting.notes.strip() else ""
            when = format_date(meeting.held_on)
            text = (
                self.tr("{date} — {notes}").format(date=when, notes=first_line)
                if first_line
                else when
            )
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

    def show_meeting(
        self, meeting: Meeting, items: list[ActionItem], person: str, *, keep_typing: bool = False
    ) -> None:
        """Show one meeting's date, notes and action items; with ``keep_typing``, notes being
        typed (the editor has the focus) keep their text."""
        self._updating = True
        self.heading.setText(
            "<h3 style='margin:0'>{}</h3>".format(
                self.tr("One-on-one with {person}").format(person=escape(person))
            )
        )
        self.held_on.setDate(
            QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day)
        )
        typing = keep_typing and self.notes.hasFocus()
        if not typing and self.notes.toPlainText() != meeting.notes:
            self.notes.setPlainText(meeting.notes)
        current = self.current_item()
        self.items.clear()
        for action in items:
            item = QListWidgetItem(action.text)
            item.setData(ITEM_ID, action.id)
            item.setData(ITEM_TEXT, action.text)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            item.setCheckState(Qt.CheckState.Unchecked if action.is_open else Qt.CheckState.Checked)
            if action.meeting_id != meeting.id:
                item.setToolTip(self.tr("Carried over from an earlier meeting"))
            self.items.addItem(item)
            if action.id == current:
                self.items.setCurrentItem(item)
        self._updating = False
        self._update_item_buttons()

    def current_item(self) -> int | None:
        """The id of the selected action item."""
        item = self.items.currentItem()
        return None if item is None else item.data(ITEM_ID)

    def select_item(self, item_id: int) -> None:
        """Select an action item by id (if shown)."""
        for row in range(self.items.count()):
            if self.items.item(row).data(ITEM_ID) == item_id:
                self.items.setCurrentRow(row)
                return

    def edit_current_item(self) -> None:
        """Open the selected action item's text for editing."""
        item = self.items.currentItem()
        if item is not None:
            self.items.setFocus()
            self.items.editItem(item)

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
        if self._updating:
            return
        text = item.text().strip()
        if text != item.data(ITEM_TEXT):
            if text:
                self.item_edited.emit(item.data(ITEM_ID), text)
            else:  # emptied: put the saved text back rather than store nothing
                self._updating = True
                item.setText(item.data(ITEM_TEXT))
                self._updating = False
            return
        self.item_toggled.emit(item.data(ITEM_ID), item.checkState() == Qt.CheckState.Checked)

    def _on_delete_item(self) -> None:
        item_id = self.current_item()
        if item_id is not None:
            self.item_delete_requested.emit(item_id)

    def _on_move_item(self, step: int) -> None:
        item_id, row = self.current_item(), self.items.currentRow()
        if item_id is not None and 0 <= row + step < self.items.count():
            self.item_move_requested.emit(item_id, step)

    def _update_item_buttons(self) -> None:
        row, count = self.items.currentRow(), self.items.count()
        selected = self.items.currentItem() is not None
        self.edit_item_button.setEnabled(selected)
        self.delete_item_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < count - 1)

    def _item_menu(self, position: QPoint) -> None:
        item = self.items.itemAt(position)
        if item is None:
            return
        self.items.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit"), self.edit_current_item)
        menu.addAction(self.tr("Delete"), self._on_delete_item)
        menu.addSeparator()
        up = menu.addAction(self.tr("Move up"), lambda: self._on_move_item(-1))
        up.setEnabled(self.up_button.isEnabled())
        down = menu.addAction(self.tr("Move down"), lambda: self._on_move_item(1))
        down.setEnabled(self.down_button.isEnabled())
        menu.exec(self.items.viewport().mapToGlobal(position))
