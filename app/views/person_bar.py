"""The person being assessed: a quick switcher and the way to add someone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.assessment import PersonInfo


class PersonBar(QWidget):
    """A combo of people plus "New person…"."""

    person_chosen = Signal(int)
    new_person_requested = Signal()
    profile_requested = Signal()
    show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(22)
        # A 200-character name must not stretch the toolbar; the popup still shows it whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setAccessibleName(self.tr("Person"))
        self._listed: list[PersonInfo] | None = None
        """The people in the combo (refilled only when they change)."""
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setAccessibleName(self.tr("New person"))
        self.profile_button = QPushButton(self.tr("Profile…"))
        self.profile_button.setAccessibleName(self.tr("Edit the person's profile"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setAccessibleName(self.tr("Show archived people"))
        self.show_archived.setToolTip(
            self.tr("People who left keep their history; show them in the list")
        )
        label = QLabel(self.tr("&Person:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.profile_button)
        layout.addWidget(self.new_button)
        layout.addWidget(self.show_archived)
        self.combo.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_person_requested)
        self.profile_button.clicked.connect(self.profile_requested)
        self.show_archived.toggled.connect(self.show_archived_changed)

    def set_people(self, people: list[PersonInfo], current_id: int | None) -> None:
        """Show ``people`` (refilled only if they changed) with ``current_id`` selected, without
        emitting a choice."""
        self.combo.blockSignals(True)
        if people != self._listed:  # a thousand people are added once, not on every change
            self._listed = list(people)
            self.combo.clear()
            for person in people:
                self.combo.addItem(self.person_label(person), person.id)
        index = self.combo.findData(current_id)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.profile_button.setEnabled(index >= 0)

    def person_label(self, person: PersonInfo) -> str:
        """The name with what sets the person apart: you, a sample, archived."""
        marks = []
        if person.is_owner:
            marks.append(self.tr("you"))
        if person.is_sample:
            marks.append(self.tr("sample"))
        if person.archived:
            marks.append(self.tr("archived"))
        if not marks:
            return person.name
        return self.tr("{name} ({marks})").format(name=person.name, marks=", ".join(marks))

    def _on_activated(self, index: int) -> None:
        person_id = self.combo.itemData(index)
        if person_id is not None:
            self.person_chosen.emit(person_id)
