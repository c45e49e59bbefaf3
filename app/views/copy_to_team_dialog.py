"""File → Copy local data to the team database…: whom to copy, where, and how it went."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.assessment import PersonInfo

PERSON_ID = Qt.ItemDataRole.UserRole


class CopyToTeamDialog(QDialog):
    """A checklist of the local people (all checked), the team database's connection string,
    progress while the copy runs, and its verified counts at the end. A view only: the
    presenter does the work when :attr:`copy_requested` is emitted."""

    copy_requested = Signal()

    def __init__(self, people: list[PersonInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy local data to the team database"))
        intro = QLabel(
            self.tr(
                "The people checked are copied with their whole history (assessments, ratings "
                "and notes, manager ratings, goals, one-on-ones and action items) into the team "
                "database, and checked there afterwards. Nothing is removed from this computer."
            )
        )
        intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People to copy"))
        for person in people:
            label = (
                self.tr("{name} (archived)").format(name=person.name)
                if person.archived
                else person.name
            )
            item = QListWidgetItem(label)
            item.setData(PERSON_ID, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.select_all = QPushButton(self.tr("Check &all"))
        self.select_none = QPushButton(self.tr("Check &none"))
        choices = QHBoxLayout()
        choices.addWidget(self.select_all)
        choices.addWidget(self.select_none)
        choices.addStretch(1)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://user@server.example.org/skill_ladder")
        self.address.setAccessibleName(self.tr("Team database connection string"))
        self.address.setToolTip(
            self.tr(
                "A PostgreSQL URL or libpq settings (host=… dbname=… sslmode=…). Keep the "
                "password in your PostgreSQL password file (~/.pgpass), not here."
            )
        )
        self.skip_existing = QCheckBox(self.tr("&Skip people already in the team database"))
        form = QFormLayout()
        form.addRow(self.tr("&Team database:"), self.address)
        form.addRow("", self.skip_existing)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(choices)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.busy = False
        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_requested)
        self.people.itemChanged.connect(lambda _item: self._update_copy())
        self.address.textChanged.connect(lambda _text: self._update_copy())
        self._update_copy()
        self.resize(520, 480)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(state)

    def _update_copy(self) -> None:
        ready = bool(self.checked_ids()) and bool(self.conninfo()) and not self.busy
        self.copy_button.setEnabled(ready)

    def checked_ids(self) -> list[int]:
        """The ids of the people checked, in the list's order."""
        return [
            int(self.people.item(row).data(PERSON_ID))
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def conninfo(self) -> str:
        """The connection string typed."""
        return self.address.text().strip()

    def set_busy(self, busy: bool) -> None:
        """While copying: progress shown, inputs and buttons off (the dialog stays open)."""
        self.busy = busy
        for widget in (self.people, self.select_all, self.select_none, self.address,
                       self.skip_existing):  # fmt: skip
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.outcome.setText(self.tr("Copying and checking…"))
        self._update_copy()

    def show_progress(self, done: int, total: int) -> None:
        """Steps done of all."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_outcome(self, text: str) -> None:
        """What happened, in words (counts, or why nothing was copied)."""
        self.outcome.setText(text)

    def reject(self) -> None:
        """Close, unless a copy is running (it finishes or fails on its own)."""
        if not self.busy:
            super().reject()
