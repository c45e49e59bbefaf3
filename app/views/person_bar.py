"""The person being assessed: a quick switcher and the way to add someone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.assessment import PersonInfo


class PersonBar(QWidget):
    """A combo of people plus "New person…"."""

    person_chosen = Signal(int)
    new_person_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(22)
        # A 200-character name must not stretch the toolbar; the popup still shows it whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setAccessibleName("Person")
        self.new_button = QPushButton("New person…")
        self.new_button.setAccessibleName("New person")
        label = QLabel("&Person:")
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.new_button)
        self.combo.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_person_requested)

    def set_people(self, people: list[PersonInfo], current_id: int | None) -> None:
        """Refill the combo without emitting a choice."""
        self.combo.blockSignals(True)
        self.combo.clear()
        for person in people:
            self.combo.addItem(
                f"{person.name}{'  (sample)' if person.is_sample else ''}", person.id
            )
        index = self.combo.findData(current_id)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        person_id = self.combo.itemData(index)
        if person_id is not None:
            self.person_chosen.emit(person_id)
