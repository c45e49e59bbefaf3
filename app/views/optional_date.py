"""A date that may be left out: a check box and a calendar field side by side."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """``value()`` is a date when the box is ticked, else None."""

    def __init__(
        self, label: str, accessible: str, value: date | None, default: QDate,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setAccessibleName(self.tr("Set the {field}").format(field=accessible))
        self.date = QDateEdit()
        self.date.setAccessibleName(accessible)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(value.year, value.month, value.day) if value else default)
        self.enabled.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date, 1)

    def value(self) -> date | None:
        """The chosen date, or None when left out."""
        if not self.enabled.isChecked():
            return None
        qdate = self.date.date()
        return date(qdate.year(), qdate.month(), qdate.day())
