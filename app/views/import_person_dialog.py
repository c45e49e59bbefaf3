"""Whose profile an imported assessment goes into, when the file's person is not known here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.assessment import PersonInfo


class ImportPersonDialog(QDialog):
    """Offer the people whose names are closest to the file's, or a new person."""

    def __init__(
        self,
        file_person: str,
        candidates: list[PersonInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Whose assessment is this?"))
        intro = QLabel(
            self.tr(
                "The file holds an assessment of “{name}”, who is not linked to anyone here yet. "
                "Choose whose profile it goes into."
            ).format(name=file_person)
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self._people: dict[int, PersonInfo] = {}
        for index, person in enumerate(candidates):
            button = QRadioButton(self.tr("{name} (already here)").format(name=person.name))
            button.setAccessibleName(person.name)
            self.choices.addButton(button, index)
            self._people[index] = person
            layout.addWidget(button)
        self.new_choice = QRadioButton(self.tr("A &new person named:"))
        self.choices.addButton(self.new_choice, len(candidates))
        self.new_name = QLineEdit(file_person)
        self.new_name.setAccessibleName(self.tr("Name of the new person"))
        self.new_name.setMaxLength(200)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.new_name)
        exact = next((i for i, p in self._people.items() if p.name == file_person), None)
        self.choices.button(exact if exact is not None else len(candidates)).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new_name.textEdited.connect(lambda _text: self.new_choice.setChecked(True))
        self.choices.idToggled.connect(lambda _id, _on: self._update_ok())
        self.new_name.textChanged.connect(lambda _text: self._update_ok())
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.new_choice.isChecked() or bool(self.new_name.text().strip()))

    def chosen_person(self) -> PersonInfo | None:
        """The existing person chosen, or None for a new person."""
        return self._people.get(self.choices.checkedId())

    def new_person_name(self) -> str:
        """The name for a new person."""
        return self.new_name.text().strip()


def closest_people(name: str, people: list[PersonInfo], limit: int = 4) -> list[PersonInfo]:
    """People whose names are close to ``name`` (an exact match first), best first."""
    from difflib import SequenceMatcher

    wanted = name.casefold()

    def score(person: PersonInfo) -> float:
        return SequenceMatcher(None, wanted, person.name.casefold()).ratio()

    ranked = sorted(people, key=score, reverse=True)
    return [p for p in ranked if p.name == name or score(p) >= 0.6][:limit]
