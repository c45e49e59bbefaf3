"""A person's profile: name, role, current and target level, start date and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.views.optional_date import OptionalDateEdit
from core.assessment import PersonInfo
from core.framework import Framework


@dataclass(frozen=True)
class ProfileFields:
    """What the dialog collects."""

    name: str
    role_id: str | None
    current_level: str | None
    target_level: str | None
    start_date: date | None
    notes: str
    is_owner: bool


def _level_combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    return combo


def _fill_levels(
    combo: QComboBox, framework: Framework, role_id: str | None, current: str | None
) -> None:
    """The role's own levels (every level when no role is chosen), keeping ``current`` if the
    role uses it."""
    known = role_id is not None and framework.has_role(role_id)
    levels = framework.role_levels(role_id) if known and role_id else framework.levels
    combo.clear()
    combo.addItem("—", None)
    for level in levels:
        combo.addItem(level.label, level.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class ProfileDialog(QDialog):
    """Edit the profile a manager keeps for a person (or you keep for yourself)."""

    def __init__(
        self, framework: Framework, person: PersonInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile — {person}").format(person=person.name))
        self.name = QLineEdit(person.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem("—", None)
        for role in sorted(framework.roles, key=lambda r: r.name.lower()):
            self.role.addItem(role.name, role.id)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role_id)))
        self.current = _level_combo(self.tr("Current level"))
        self.target = _level_combo(self.tr("Target level"))
        self._framework = framework
        self._fill_levels(person.current_level, person.target_level)
        self.role.currentIndexChanged.connect(
            lambda _row: self._fill_levels(self.current.currentData(), self.target.currentData())
        )
        self.start_field = OptionalDateEdit(
            self.tr("Started on"), self.tr("Start date"), person.start_date, QDate.currentDate()
        )
        self.has_start, self.start = self.start_field.enabled, self.start_field.date
        self.is_owner = QCheckBox(self.tr("This is &me: I keep this data for myself"))
        self.is_owner.setChecked(person.is_owner)
        self.is_owner.setToolTip(
            self.tr(
                "Manager ratings of your own assessments come from your manager's file and are "
                "read-only; you give manager ratings only to the people you lead."
            )
        )
        self.notes = QPlainTextEdit(person.notes)
        self.notes.setAccessibleName(self.tr("Profile notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("Anything worth remembering: strengths, interests, context…")
        )

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.is_owner)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Current level:"), self.current)
        form.addRow(self.tr("&Target level:"), self.target)
        form.addRow(self.tr("Start date:"), self.start_field)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        self.resize(460, 380)

    def _fill_levels(self, current: str | None, target: str | None) -> None:
        role_id = self.role.currentData()
        _fill_levels(self.current, self._framework, role_id, current)
        _fill_levels(self.target, self._framework, role_id, target)

    def fields(self) -> ProfileFields:
        """The values entered."""
        return ProfileFields(
            name=self.name.text().strip(),
            role_id=self.role.currentData(),
            current_level=self.current.currentData(),
            target_level=self.target.currentData(),
            start_date=self.start_field.value(),
            notes=self.notes.toPlainText(),
            is_owner=self.is_owner.isChecked(),
        )
