"""One-on-ones with the current person: every change saved at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from app.controllers.assessment_controller import AssessmentController, EditConflict
from app.formatting import format_date
from app.views.confirm import confirm
from app.views.meetings_page import MeetingsPage
from app.views.view_state import kept_view_state
from core.meetings import ActionItem, Meeting, items_for_meeting
from db.errors import ConflictError, StorageError

MEETING_TABLES = frozenset({"meetings", "action_items", "people"})
"""What the One-on-ones tab shows (the person's name is in its heading)."""
EDIT_RETRY_MS = 1000


class DeleteActionItemCommand(QUndoCommand):
    """Delete an action item; undo puts it back as it was (same place, same meeting)."""

    def __init__(self, presenter: MeetingsPresenter, item: ActionItem) -> None:
        super().__init__(presenter.tr("Delete action item “{text}”").format(text=_short(item.text)))
        self._presenter = presenter
        self._item = item

    def redo(self) -> None:
        self._presenter.repository.delete_action_item(self._item.id)
        self._presenter.show_items()

    def undo(self) -> None:
        self._presenter.repository.restore_action_item(self._item)
        self._presenter.show_items(select=self._item.id)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MeetingsPresenter(QObject):
    """Loads the person's meetings and action items and turns edits into saves."""

    def __init__(
        self,
        controller: AssessmentController,
        page: MeetingsPage,
        today: Callable[[], date] = date.today,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        self.undo_stack = undo_stack if undo_stack is not None else controller.undo_stack
        self._today = today
        self._meetings: list[Meeting] = []
        self._notes_base: dict[int, int] = {}
        self._item_versions: dict[int, int] = {}
        """The stored version of each action item on screen (what an edit is based on)."""
        """Per meeting, the stored version the notes on screen are based on."""
        self._selected: int | None = None
        self._person_id: int | None = None
        controller.assessment_changed.connect(self._on_person_maybe_changed)
        controller.stored_data_changed.connect(self._on_stored_data_changed)
        page.new_meeting_requested.connect(self.new_meeting)
        page.delete_meeting_requested.connect(self.delete_meeting)
        page.meeting_selected.connect(self.select_meeting)
        page.notes_edited.connect(self._save_notes)
        page.date_edited.connect(self._save_date)
        page.item_added.connect(self.add_item)
        page.item_toggled.connect(self.set_item_done)
        page.item_edited.connect(self.edit_item)
        page.item_delete_requested.connect(self.delete_item)
        page.item_move_requested.connect(self.move_item)
        self.reload()

    @property
    def repository(self):  # noqa: ANN201 (the repository type lives in db/)
        """The data."""
        return self.controller.context.repository

    def _on_person_maybe_changed(self) -> None:
        person = self.controller.person
        if (person.id if person else None) != self._person_id:
            self._selected = None
            self.reload()

    def _on_stored_data_changed(self, tables: frozenset[str]) -> None:
        """Another client changed meetings or action items (or the person's name)."""
        if not tables & MEETING_TABLES:
            return
        if self.page.items.state() == QAbstractItemView.State.EditingState:
            # An action item is being edited here: look again once it is done.
            QTimer.singleShot(EDIT_RETRY_MS, lambda: self._on_stored_data_changed(tables))
            return
        with (
            kept_view_state(self.page.meetings, keep_selection=False),
            kept_view_state(self.page.items, keep_selection=False),
        ):
            self.reload(keep_typing=True)

    def reload(self, *, keep_typing: bool = False) -> None:
        """Re-read the person's meetings and show the selected one (the newest by default);
        with ``keep_typing``, meeting notes being typed keep their text."""
        person = self.controller.person
        self._person_id = person.id if person else None
        self._meetings = self.repository.meetings(person.id) if person else []
        typing = keep_typing and self.page.notes.hasFocus()
        for meeting in self._meetings:
            # Notes being typed stay based on the version they were typed over: saving them
            # then finds another client's change, and asks, rather than overwrite it.
            if not (typing and meeting.id == self._selected and meeting.id in self._notes_base):
                self._notes_base[meeting.id] = meeting.version
        ids = [m.id for m in self._meetings]
        if self._selected not in ids:
            newest = max(self._meetings, key=lambda m: (m.held_on, m.id), default=None)
            self._selected = newest.id if newest else None
        self.page.new_button.setEnabled(person is not None)
        self.page.agenda_button.setEnabled(person is not None)
        self.page.show_meetings(self._meetings, self._selected)
        self._show_selected(keep_typing=keep_typing)

    def _show_selected(self, *, keep_typing: bool = False) -> None:
        meeting = next((m for m in self._meetings if m.id == self._selected), None)
        person = self.controller.person
        if meeting is None or person is None:
            return
        items = self._shown_items()
        self._item_versions = {item.id: item.version for item in items}
        self.page.show_meeting(meeting, items, person.name, keep_typing=keep_typing)

    def _shown_items(self) -> list[ActionItem]:
        """The action items of the meeting on screen, in the person's order."""
        meeting = next((m for m in self._meetings if m.id == self._selected), None)
        person = self.controller.person
        if meeting is None or person is None:
            return []
        return items_for_meeting(self.repository.action_items(person.id), meeting, self._meetings)

    def show_items(self, select: int | None = None) -> None:
        """Show the meeting again after its items changed, selecting ``select`` if given."""
        self._show_selected()
        if select is not None:
            self.page.select_item(select)

    def select_meeting(self, meeting_id: int) -> None:
        """Show another meeting."""
        self._selected = meeting_id
        self._show_selected()

    def new_meeting(self) -> None:
        """Start today's meeting, linked to the assessment on screen."""
        person = self.controller.person
        if person is None:
            return
        assessment = self.controller.assessment
        meeting = self.repository.add_meeting(
            person.id, self._today(), "", assessment.id if assessment else None
        )
        self._selected = meeting.id
        self.reload()
        self.page.notes.setFocus()

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting after confirmation; its action items stay with the person."""
        if confirm(
            self.page,
            self.tr("Delete meeting"),
            self.tr("Delete this meeting and its notes? Its action items are kept."),
        ):
            self.repository.delete_meeting(meeting_id)
            self._selected = None
            self.reload()

    def _save_notes(self, notes: str) -> None:
        meeting = next((m for m in self._meetings if m.id == self._selected), None)
        if meeting is None:
            return
        base = self._notes_base.get(meeting.id, meeting.version)
        try:
            self.repository.update_meeting(
                meeting.id, held_on=meeting.held_on, notes=notes, expected_version=base
            )
        except ConflictError as conflict:
            if not self._keep_my_notes(meeting, notes, conflict):
                self._notes_base.pop(meeting.id, None)
                self.reload()  # theirs, on screen
                return
        stored = self.repository.meeting(meeting.id)
        version = stored.version if stored is not None else base
        self._notes_base[meeting.id] = version
        self._meetings = [
            replace(m, notes=notes, version=version) if m.id == meeting.id else m
            for m in self._meetings
        ]

    def _keep_my_notes(self, meeting: Meeting, notes: str, conflict: ConflictError) -> bool:
        """Someone else changed the notes being typed: show both; True when the user keeps
        theirs own (written again over the other client's version)."""
        from app.views.conflict_dialog import ConflictDialog

        theirs = conflict.theirs
        if theirs is None:  # the meeting was deleted meanwhile
            return False
        what = self.tr("Notes of the one-on-one on {date}").format(
            date=format_date(meeting.held_on)
        )
        if not ConflictDialog.ask(EditConflict(what, theirs.notes, notes), self.page):
            return False
        self.repository.update_meeting(
            meeting.id, held_on=meeting.held_on, notes=notes,
            expected_version=conflict.stored_version,
        )  # fmt: skip
        return True

    def _save_date(self, held_on: date) -> None:
        meeting = next((m for m in self._meetings if m.id == self._selected), None)
        if meeting is None:
            return
        base = self._notes_base.get(meeting.id, meeting.version)
        try:
            self.repository.update_meeting(
                meeting.id, held_on=held_on, notes=meeting.notes, expected_version=base
            )
        except ConflictError as conflict:
            from app.views.conflict_dialog import ConflictDialog

            theirs = conflict.theirs
            question = EditConflict(
                self.tr("The date of a one-on-one"),
                format_date(theirs.held_on) if theirs else "",
                format_date(held_on),
            )
            if theirs is not None and ConflictDialog.ask(question, self.page):
                # Their notes are kept: only the date was being changed here.
                self.repository.update_meeting(
                    meeting.id, held_on=held_on, notes=theirs.notes,
                    expected_version=conflict.stored_version,
                )  # fmt: skip
        self._notes_base.pop(meeting.id, None)
        self.reload()

    def add_item(self, text: str) -> None:
        """Add an action item to the selected meeting."""
        person = self.controller.person
        if person is None or self._selected is None:
            return
        try:
            self.repository.add_action_item(person.id, self._selected, text)
        except StorageError as exc:
            QMessageBox.warning(
                self.page, self.tr("Action item not saved"), str(exc).capitalize() + "."
            )
        self._show_selected()

    def set_item_done(self, item_id: int, done: bool) -> None:
        """Tick an action item off (in the meeting on screen, where it then stays) or reopen it."""
        self.repository.set_action_done(item_id, done, self._selected)
        self.show_items(select=item_id)

    def edit_item(self, item_id: int, text: str) -> None:
        """Change an action item's text (over the version on screen: if someone else changed
        it meanwhile, both are shown and the user keeps one)."""
        try:
            try:
                self.repository.update_action_item(
                    item_id, text, expected_version=self._item_versions.get(item_id)
                )
            except ConflictError as conflict:
                from app.views.conflict_dialog import ConflictDialog

                theirs = conflict.theirs
                question = EditConflict(
                    self.tr("An action item"), theirs.text if theirs else "", text
                )
                if theirs is not None and ConflictDialog.ask(question, self.page):
                    self.repository.update_action_item(
                        item_id, text, expected_version=conflict.stored_version
                    )
        except StorageError as exc:
            QMessageBox.warning(
                self.page, self.tr("Action item not saved"), str(exc).capitalize() + "."
            )
        self.show_items(select=item_id)

    def delete_item(self, item_id: int) -> None:
        """Delete an action item (Edit → Undo puts it back)."""
        item = next((i for i in self._shown_items() if i.id == item_id), None)
        if item is not None:
            self.undo_stack.push(DeleteActionItemCommand(self, item))

    def move_item(self, item_id: int, step: int) -> None:
        """Move an action item up (-1) or down (+1) among the items on screen."""
        ids = [item.id for item in self._shown_items()]
        if item_id not in ids:
            return
        row = ids.index(item_id)
        other = row + step
        if not 0 <= other < len(ids):
            return
        self.repository.reorder_action_items(
            [ids[other], item_id] if step > 0 else [item_id, ids[other]]
        )
        self.show_items(select=item_id)
